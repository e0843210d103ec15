// Manifest lines: percent-encoded paths, the sha256sum layout, and malformed lines reported
// with their line numbers.
#include <gtest/gtest.h>

#include "bag/manifest_lines.h"

namespace archtei::bag {
namespace {

const std::string kDigest(64, 'a');

TEST(ManifestLines, PercentEncodesOnlyPercentCrAndLf) {
  EXPECT_EQ(encode_manifest_path("data/50%\r\nx y.txt"), "data/50%25%0D%0Ax y.txt");
  for (std::string path : {"data/a b/c.txt", "data/100%/x", "data/line\nbreak", "data/é.txt"})
    EXPECT_EQ(decode_manifest_path(encode_manifest_path(path)), path) << path;
  EXPECT_EQ(decode_manifest_path("data/%0a%0d%25%41"), "data/\n\r%%41");  // %41 is not one of the three
}

TEST(ManifestLines, WritesWhatItReads) {
  std::vector<ManifestEntry> entries{{"data/a.tei.xml", kDigest}, {"data/sub dir/b%.jsonld", std::string(64, 'b')}};
  std::string text = write_manifest(entries);
  EXPECT_EQ(text.substr(0, 66), kDigest + "  ");
  std::vector<Diagnostic> problems;
  EXPECT_EQ(parse_manifest(text, "m", problems), entries);
  EXPECT_TRUE(problems.empty());
}

TEST(ManifestLines, ReadsTabsCrlfAndUppercaseDigests) {
  std::vector<Diagnostic> problems;
  auto entries = parse_manifest(std::string(64, 'A') + "\t data/x.txt\r\n\n", "m", problems);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0], (ManifestEntry{"data/x.txt", std::string(64, 'a')}));
  EXPECT_TRUE(problems.empty());
}

TEST(ManifestLines, ReportsBadLinesWithTheirNumbers) {
  std::vector<Diagnostic> problems;
  std::string text = kDigest + "  data/ok.txt\n" +     // 1
                     "abc  data/short.txt\n" +          // 2: not a digest
                     kDigest + "\n" +                   // 3: no path
                     kDigest + "  ../outside.txt\n" +   // 4: climbs out
                     kDigest + "  /etc/passwd\n" +      // 5: absolute
                     kDigest + "  data/ok.txt\n";       // 6: twice
  auto entries = parse_manifest(text, "bag/manifest-sha256.txt", problems);
  ASSERT_EQ(entries.size(), 1u);
  std::vector<std::size_t> lines;
  for (const auto& p : problems) {
    lines.push_back(p.pos.line);
    EXPECT_EQ(p.file, "bag/manifest-sha256.txt");
    EXPECT_EQ(p.code, "bag-malformed");
  }
  EXPECT_EQ(lines, (std::vector<std::size_t>{2, 3, 4, 5, 6}));
}

}  // namespace
}  // namespace archtei::bag
