// Collecting inputs: folder walks, order, globs, lists, shards.
#include "batch/input_set.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "batch/temp_dir.h"
#include "model/diagnostics.h"

namespace archtei::batch {
namespace {

using testing::TempDir;

std::vector<std::string> relatives(const InputList& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.relative);
  return out;
}

class InputSet : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"b.txt", "a.txt", "sub/z.txt", "sub/deeper/c.txt", "sub/notes.md",
                             "drafts/d.txt", ".hidden/e.txt", ".f.txt"})
      dir.write(std::string("corpus/") + name, "x");
  }
  InputList collect(InputOptions o, const std::string& list = {}) {
    std::istringstream in(list);
    return collect_inputs(o, in);
  }
  void TearDown() override { std::filesystem::current_path(cwd); }
  InputOptions folder() {
    InputOptions o;
    o.paths = {(dir / "corpus").string()};
    return o;
  }
  TempDir dir;
  std::filesystem::path cwd = std::filesystem::current_path();
};

TEST_F(InputSet, WalksFoldersInByteOrderSkippingHiddenOnes) {
  EXPECT_EQ(relatives(collect(folder())),
            (std::vector<std::string>{"a.txt", "b.txt", "drafts/d.txt", "sub/deeper/c.txt", "sub/notes.md",
                                      "sub/z.txt"}));
}

TEST_F(InputSet, PathsAreTheFolderGivenPlusTheRelativePath) {
  auto files = collect(folder());
  ASSERT_FALSE(files.empty());
  EXPECT_EQ(files[0].path, dir / "corpus" / "a.txt");
}

TEST_F(InputSet, AcceptDecidesWhatAWalkTakes) {
  InputOptions o = folder();
  o.accept = [](std::string_view name) { return name.ends_with(".txt"); };
  EXPECT_EQ(relatives(collect(o)),
            (std::vector<std::string>{"a.txt", "b.txt", "drafts/d.txt", "sub/deeper/c.txt", "sub/z.txt"}));
}

TEST_F(InputSet, IncludeOverridesAccept) {
  InputOptions o = folder();
  o.accept = [](std::string_view name) { return name.ends_with(".txt"); };
  o.include = {"*.md"};
  EXPECT_EQ(relatives(collect(o)), (std::vector<std::string>{"sub/notes.md"}));
}

TEST_F(InputSet, ExcludePrunesFoldersAndFiles) {
  InputOptions o = folder();
  o.exclude = {"drafts", "z.*"};
  EXPECT_EQ(relatives(collect(o)),
            (std::vector<std::string>{"a.txt", "b.txt", "sub/deeper/c.txt", "sub/notes.md"}));
}

TEST_F(InputSet, GlobsWithSlashMatchTheRelativePath) {
  InputOptions o = folder();
  o.include = {"sub/**/*.txt"};
  EXPECT_EQ(relatives(collect(o)), (std::vector<std::string>{"sub/deeper/c.txt", "sub/z.txt"}));
}

TEST_F(InputSet, SkipLeavesOutFolders) {
  InputOptions o = folder();
  o.skip = {dir / "corpus" / "sub"};
  EXPECT_EQ(relatives(collect(o)), (std::vector<std::string>{"a.txt", "b.txt", "drafts/d.txt"}));
}

TEST_F(InputSet, NamedFilesKeepCommandLineOrderAndTheirNameOnly) {
  InputOptions o;
  o.paths = {(dir / "corpus/sub/z.txt").string(), (dir / "corpus/a.txt").string()};
  auto files = collect(o);
  EXPECT_EQ(relatives(files), (std::vector<std::string>{"z.txt", "a.txt"}));
}

TEST_F(InputSet, APathNamedTwiceIsTakenOnce) {
  InputOptions o = folder();
  o.paths.push_back((dir / "corpus/a.txt").string());
  EXPECT_EQ(collect(o).size(), 6u);
}

TEST_F(InputSet, MissingPathsAreKeptForTheJobToReport) {
  InputOptions o;
  o.paths = {(dir / "nope.txt").string()};
  EXPECT_EQ(relatives(collect(o)), (std::vector<std::string>{"nope.txt"}));
}

TEST_F(InputSet, FilesFromKeepsRelativePathsAndWalksFolders) {
  std::filesystem::current_path(dir.path());
  InputOptions o;
  o.files_from = "-";
  auto files = collect(o, "corpus/sub/z.txt\r\n\n./corpus/a.txt\n" + (dir / "corpus/drafts").string() + "\n");
  EXPECT_EQ(relatives(files), (std::vector<std::string>{"corpus/sub/z.txt", "corpus/a.txt", "d.txt"}));
}

TEST_F(InputSet, FilesFromAFile) {
  std::filesystem::current_path(dir.path());
  dir.write("list", "corpus/b.txt\n");
  InputOptions o;
  o.files_from = (dir / "list").string();
  o.paths = {"corpus/a.txt"};
  EXPECT_EQ(relatives(collect(o)), (std::vector<std::string>{"a.txt", "corpus/b.txt"}));
}

TEST_F(InputSet, AnUnreadableListIsAnIoError) {
  InputOptions o;
  o.files_from = (dir / "missing-list").string();
  try {
    collect(o);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
  }
}

TEST_F(InputSet, WalkOrderIsByteOrderOfWholeRelativePaths) {
  // '-' < '.' < '/' < '0': a folder's files sort between its name's siblings.
  for (const char* name : {"a0.txt", "a/x.txt", "a.txt", "a-b.txt", "a/b/y.txt", "a/b.txt"})
    dir.write(std::string("order/") + name, "x");
  InputOptions o;
  o.paths = {(dir / "order").string()};
  EXPECT_EQ(relatives(collect(o)),
            (std::vector<std::string>{"a-b.txt", "a.txt", "a/b.txt", "a/b/y.txt", "a/x.txt", "a0.txt"}));
}

TEST_F(InputSet, OverlappingFoldersGiveEachFileOnceInFirstSeenPlace) {
  InputOptions o;
  o.paths = {(dir / "corpus/sub").string(), (dir / "corpus").string(), (dir / "corpus/sub/z.txt").string()};
  EXPECT_EQ(relatives(collect(o)),
            (std::vector<std::string>{"deeper/c.txt", "notes.md", "z.txt", "a.txt", "b.txt", "drafts/d.txt"}));
}

TEST_F(InputSet, ShardsOfOverlappingSourcesAreDisjointAndCovering) {
  // The same files reach the list twice under different relative paths; each must still
  // land in exactly one shard.
  std::string list = (dir / "corpus/sub/z.txt").string() + "\n" + (dir / "corpus/a.txt").string() + "\n";
  auto options = [&] {
    InputOptions o = folder();
    o.paths.push_back((dir / "corpus/sub").string());
    o.files_from = "-";
    return o;
  };
  std::multiset<std::string> paths;
  for (unsigned k = 1; k <= 4; ++k) {
    InputOptions o = options();
    o.shard = Shard{k, 4};
    for (const auto& f : collect(o, list)) paths.insert(f.path.lexically_normal().string());
  }
  std::multiset<std::string> all;
  for (const auto& f : collect(options(), list)) all.insert(f.path.lexically_normal().string());
  EXPECT_EQ(all.size(), 6u);
  EXPECT_EQ(paths, all);
}

TEST(InputList, HoldsNamedFilesAndFilesUnderFolders) {
  InputList list;
  list.push_back(InputFile{"in/x/../a.txt", "a.txt"});
  list.push_back_under("corpus", "ussr/1947/b.txt");
  list.push_back_under("corpus", "c.txt");
  list.push_back_under("other/", "d.txt");
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(list[0], (InputFile{"in/x/../a.txt", "a.txt"}));
  EXPECT_EQ(list[1], (InputFile{"corpus/ussr/1947/b.txt", "ussr/1947/b.txt"}));
  EXPECT_EQ(list[2], (InputFile{"corpus/c.txt", "c.txt"}));
  EXPECT_EQ(list[3], (InputFile{"other/d.txt", "d.txt"}));
  EXPECT_EQ(list.relative(1), "ussr/1947/b.txt");
  EXPECT_EQ(list.relative(0), "a.txt");
  std::vector<std::string> seen;
  for (const auto& f : list) seen.push_back(f.path.string());
  EXPECT_EQ(seen, (std::vector<std::string>{"in/x/../a.txt", "corpus/ussr/1947/b.txt", "corpus/c.txt", "other/d.txt"}));
}

TEST(InputList, KeepsEveryPathWhole) {
  // Enough paths to fill many storage blocks, and one longer than a block.
  InputList list;
  std::string long_name(100000, 'n');
  for (int i = 0; i < 20000; ++i) {
    if (i == 7000) list.push_back(InputFile{"/x/" + long_name, long_name});
    list.push_back_under(i % 2 ? "even" : "odd", "d" + std::to_string(i % 97) + "/doc-" + std::to_string(i) + ".txt");
  }
  ASSERT_EQ(list.size(), 20001u);
  EXPECT_EQ(list[7000].relative, long_name);
  EXPECT_EQ(list[7000].path, "/x/" + long_name);
  for (int i = 0; i < 20000; ++i) {
    std::size_t at = static_cast<std::size_t>(i < 7000 ? i : i + 1);
    std::string relative = "d" + std::to_string(i % 97) + "/doc-" + std::to_string(i) + ".txt";
    ASSERT_EQ(list[at], (InputFile{std::filesystem::path(i % 2 ? "even" : "odd") / relative, relative})) << i;
  }
}

TEST(InputList, KeepIfKeepsOrder) {
  InputList list;
  for (int i = 0; i < 10; ++i) list.push_back_under("r", std::to_string(i));
  list.keep_if([](std::size_t i) { return i % 3 == 0; });
  std::vector<std::string> left;
  for (std::size_t i = 0; i < list.size(); ++i) left.emplace_back(list.relative(i));
  EXPECT_EQ(left, (std::vector<std::string>{"0", "3", "6", "9"}));
}

TEST(Shard, ParsesKOfN) {
  EXPECT_EQ(parse_shard("2/5"), (Shard{2, 5}));
  for (const char* bad : {"0/3", "4/3", "1/0", "1", "a/b", "1/2/3", "/2", "1/", "-1/2"})
    EXPECT_THROW(parse_shard(bad), Error) << bad;
}

TEST(Shard, SlicesAreDisjointCoveringAndStable) {
  std::vector<std::string> names;
  for (int i = 0; i < 2000; ++i) names.push_back("dir" + std::to_string(i % 7) + "/doc-" + std::to_string(i) + ".txt");
  for (unsigned n : {1u, 2u, 3u, 8u}) {
    std::vector<int> owners(names.size(), 0);
    for (unsigned k = 1; k <= n; ++k) {
      std::size_t count = 0;
      for (std::size_t i = 0; i < names.size(); ++i)
        if (in_shard(names[i], Shard{k, n})) {
          ++owners[i];
          ++count;
        }
      // Balanced within a loose bound: a hash, not a count, decides.
      EXPECT_GT(count, names.size() / n / 2) << k << "/" << n;
    }
    for (int o : owners) EXPECT_EQ(o, 1);
  }
  // The slice depends only on the path, through a hash fixed forever (64-bit FNV-1a: "a"
  // hashes to 0xaf63dc4c8601ec8c), so machines and releases agree.
  EXPECT_TRUE(in_shard("a", Shard{1, 2}));
  EXPECT_TRUE(in_shard("a", Shard{0xaf63dc4c8601ec8cull % 7 + 1, 7}));
}

TEST_F(InputSet, ShardOptionFiltersTheCollection) {
  std::set<std::string> all;
  for (unsigned k = 1; k <= 3; ++k) {
    InputOptions o = folder();
    o.shard = Shard{k, 3};
    for (const auto& r : relatives(collect(o))) EXPECT_TRUE(all.insert(r).second) << r;
  }
  EXPECT_EQ(all.size(), collect(folder()).size());
}

}  // namespace
}  // namespace archtei::batch
