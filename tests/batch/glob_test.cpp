// Glob matching for --include/--exclude, table-driven.
#include "batch/glob.h"

#include <gtest/gtest.h>

namespace archtei::batch {
namespace {

struct GlobCase {
  const char* pattern;
  const char* path;
  bool match;
};

class GlobMatch : public ::testing::TestWithParam<GlobCase> {};

TEST_P(GlobMatch, MatchesLikeAShell) {
  const auto& c = GetParam();
  EXPECT_EQ(glob_match(c.pattern, c.path), c.match) << c.pattern << " vs " << c.path;
}

INSTANTIATE_TEST_SUITE_P(Cases, GlobMatch, ::testing::Values(
    GlobCase{"*.txt", "a.txt", true},
    GlobCase{"*.txt", "a.txt.bak", false},
    GlobCase{"*.txt", "dir/a.txt", false},  // '*' stops at '/'
    GlobCase{"*", "", true},
    GlobCase{"?.txt", "a.txt", true},
    GlobCase{"?.txt", "ab.txt", false},
    GlobCase{"a?b", "a/b", false},
    GlobCase{"[abc].txt", "b.txt", true},
    GlobCase{"[abc].txt", "d.txt", false},
    GlobCase{"[a-c]1", "b1", true},
    GlobCase{"[!a-c]1", "b1", false},
    GlobCase{"[!a-c]1", "z1", true},
    GlobCase{"[]]", "]", true},
    GlobCase{"[", "[", true},
    GlobCase{"\\*", "*", true},
    GlobCase{"\\*", "a", false},
    GlobCase{"**/*.txt", "a.txt", true},
    GlobCase{"**/*.txt", "x/y/a.txt", true},
    GlobCase{"ussr/**/*.txt", "ussr/a.txt", true},
    GlobCase{"ussr/**/*.txt", "ussr/1947/09/a.txt", true},
    GlobCase{"ussr/**/*.txt", "prc/1947/a.txt", false},
    GlobCase{"ussr/**", "ussr/1947/a.txt", true},
    GlobCase{"a**b", "axxb", true},  // not a whole segment: an ordinary '*'
    GlobCase{"a**b", "ax/xb", false},
    GlobCase{"*/drafts/*", "x/drafts/a.txt", true},
    GlobCase{"*/drafts/*", "x/y/drafts/a.txt", false},
    GlobCase{"*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaa", false}));

TEST(PathMatches, PatternWithoutSlashMatchesTheName) {
  EXPECT_TRUE(path_matches("*.txt", "ussr/1947/a.txt"));
  EXPECT_TRUE(path_matches("drafts", "ussr/drafts"));
  EXPECT_FALSE(path_matches("ussr", "ussr/a.txt"));
}

TEST(PathMatches, PatternWithSlashMatchesTheWholePath) {
  EXPECT_TRUE(path_matches("ussr/*.txt", "ussr/a.txt"));
  EXPECT_FALSE(path_matches("ussr/*.txt", "prc/ussr/a.txt"));
}

}  // namespace
}  // namespace archtei::batch
