// Group commit: outputs appear whole, only after their group is committed.
#include "batch/group_commit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "batch/atomic_file.h"
#include "batch/temp_dir.h"

namespace archtei::batch {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

std::vector<std::string> names_under(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path().filename().string());
  return out;
}

TEST(GroupCommit, AFileAppearsOnlyWhenItsGroupIsCommitted) {
  TempDir dir;
  GroupCommit commit(GroupCommit::Options{1000, std::chrono::seconds(60), 4096});
  commit.write(dir / "sub/a.tei.xml", "<TEI/>");
  EXPECT_FALSE(fs::exists(dir / "sub/a.tei.xml"));
  auto waiting = names_under(dir.path());
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_TRUE(is_temporary_name(waiting[0])) << waiting[0];

  EXPECT_TRUE(commit.flush().empty());
  EXPECT_EQ(read_file(dir / "sub/a.tei.xml"), "<TEI/>");
  EXPECT_EQ(names_under(dir.path()), (std::vector<std::string>{"a.tei.xml"}));
}

TEST(GroupCommit, ManyWritersManyGroups) {
  TempDir dir;
  {
    GroupCommit commit(GroupCommit::Options{16, std::chrono::milliseconds(5), 64});
    std::vector<std::thread> writers;
    for (int t = 0; t < 4; ++t)
      writers.emplace_back([&, t] {
        for (int i = 0; i < 250; ++i) {
          std::string name = "d" + std::to_string(i % 7) + "/f" + std::to_string(t) + "-" + std::to_string(i);
          commit.write(dir / name, name);
        }
      });
    for (auto& w : writers) w.join();
    EXPECT_TRUE(commit.flush().empty());
  }
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir.path())) {
    if (!e.is_regular_file()) continue;
    ++files;
    std::string name = e.path().lexically_relative(dir.path()).generic_string();
    EXPECT_EQ(read_file(e.path()), name);
  }
  EXPECT_EQ(files, 1000u);
}

TEST(GroupCommit, ReplacesExistingFilesWhole) {
  TempDir dir;
  dir.write("a", std::string(50000, 'x'));
  GroupCommit commit;
  commit.write(dir / "a", "new");
  EXPECT_TRUE(commit.flush().empty());
  EXPECT_EQ(read_file(dir / "a"), "new");
}

TEST(GroupCommit, AFileThatCannotBeCommittedIsReportedAndLeavesNothing) {
  TempDir dir;
  dir.write("target/inside", "x");  // a folder where the file should go
  GroupCommit commit;
  commit.write(dir / "target", "bytes");
  commit.write(dir / "fine", "bytes");
  auto errors = commit.flush();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, (dir / "target").string());
  EXPECT_EQ(errors[0].code, "write-failed");
  EXPECT_EQ(read_file(dir / "fine"), "bytes");
  auto names = names_under(dir.path());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"fine", "inside"}));
}

TEST(GroupCommit, TheDestructorCommitsWhatIsLeft) {
  TempDir dir;
  {
    GroupCommit commit(GroupCommit::Options{1000, std::chrono::seconds(60), 4096});
    commit.write(dir / "a", "bytes");
  }
  EXPECT_EQ(read_file(dir / "a"), "bytes");
}

}  // namespace
}  // namespace archtei::batch
