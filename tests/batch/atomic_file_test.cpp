// Whole-file reads and atomic writes.
#include "batch/atomic_file.h"

#include <grp.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "batch/temp_dir.h"
#include "model/diagnostics.h"

namespace archtei::batch {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) ++n;
  return n;
}

TEST(AtomicFile, WritesCreatingFoldersAndLeavesNoTemporaryFile) {
  TempDir dir;
  write_file_atomic(dir / "a/b/c.tei.xml", "<TEI/>");
  EXPECT_EQ(read_file(dir / "a/b/c.tei.xml"), "<TEI/>");
  EXPECT_EQ(entries(dir.path()), 3u);  // a, a/b, a/b/c.tei.xml
}

TEST(AtomicFile, ReplacesAnExistingFileWhole) {
  TempDir dir;
  dir.write("f", std::string(100000, 'x'));
  write_file_atomic(dir / "f", "short");
  EXPECT_EQ(read_file(dir / "f"), "short");
}

TEST(AtomicFile, ReadsBinaryAndEmptyFiles) {
  TempDir dir;
  std::string bytes("\0\xff\n\r", 4);
  write_file_atomic(dir / "bin", bytes);
  EXPECT_EQ(read_file(dir / "bin"), bytes);
  write_file_atomic(dir / "empty", "");
  EXPECT_EQ(read_file(dir / "empty"), "");
}

TEST(AtomicFile, ErrorsNameTheFile) {
  TempDir dir;
  try {
    read_file(dir / "missing.txt");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
    EXPECT_EQ(e.diagnostic().code, "read-failed");
    EXPECT_NE(std::string(e.what()).find("missing.txt: error: cannot read: No such file"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(read_file(dir.path()), Error);
}

// Runs write_file_atomic(path, bytes) in a child process without root's rights (root ignores
// folder permissions, and the suite runs as root in CI): 0 when it threw write-failed, 1 when
// it did not throw, 2 for another error, 3 when the rights could not be dropped.
int write_without_privileges(const fs::path& path, const std::string& bytes) {
  pid_t child = ::fork();
  if (child == 0) {
    constexpr uid_t kNobody = 65534;
    if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
      ::_exit(3);
    try {
      write_file_atomic(path, bytes);
      ::_exit(1);
    } catch (const Error& e) {
      ::_exit(e.diagnostic().code == "write-failed" ? 0 : 2);
    } catch (...) {
      ::_exit(2);
    }
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(AtomicFile, AFailedWriteLeavesTheTargetAndNoTemporaryFile) {
  TempDir dir;
  dir.write("ro/f", "old");
  ::chmod(dir.path().c_str(), 0755);
  ::chmod((dir / "ro").c_str(), 0555);
  EXPECT_EQ(write_without_privileges(dir / "ro/f", "new"), 0) << "0: threw write-failed; 1: wrote; 3: cannot drop root";
  ::chmod((dir / "ro").c_str(), 0755);
  EXPECT_EQ(read_file(dir / "ro/f"), "old");
  EXPECT_EQ(entries(dir / "ro"), 1u);
}

TEST(AtomicFile, AFailedRenameRemovesTheTemporaryFile) {
  TempDir dir;
  dir.write("target/inside", "x");  // a folder where the file should go: rename fails
  try {
    write_file_atomic(dir / "target", "new");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().code, "write-failed");
    EXPECT_EQ(e.diagnostic().file, (dir / "target").string());
  }
  EXPECT_EQ(entries(dir.path()), 2u);  // target, target/inside
}

TEST(AtomicFile, TemporaryNamesAreRecognised) {
  fs::path t = temporary_path_for("/x/out/a.tei.xml");
  EXPECT_EQ(t.parent_path(), "/x/out");
  EXPECT_TRUE(is_temporary_name(t.filename().string()));
  EXPECT_NE(temporary_path_for("/x/out/a.tei.xml"), t);
  EXPECT_FALSE(is_temporary_name("a.tei.xml"));
  EXPECT_FALSE(is_temporary_name(".hidden.tmp"));
}

TEST(AtomicFile, RemovesOnlyStaleTemporariesOfThisMachine) {
  TempDir dir;
  // A process that has exited: its pid is free (reuse within the test is very unlikely).
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  std::string mine = temporary_path_for(dir / "sub/a.tei.xml").filename().string();
  std::string ours_dead = mine;
  std::string pid = std::to_string(::getpid());
  ours_dead.replace(ours_dead.find("-" + pid + "-"), pid.size() + 2, "-" + std::to_string(child) + "-");
  dir.write("sub/" + ours_dead, "partial");
  dir.write("sub/" + mine, "being written by a live process");
  dir.write("sub/.a.tei.xml.archtei-otherhost-" + std::to_string(child) + "-0.tmp", "another machine's");
  dir.write("sub/a.tei.xml", "complete");
  EXPECT_EQ(remove_stale_temporaries(dir.path()), 1u);
  EXPECT_FALSE(fs::exists(dir / ("sub/" + ours_dead)));
  EXPECT_TRUE(fs::exists(dir / ("sub/" + mine)));
  EXPECT_EQ(entries(dir / "sub"), 3u);
}

}  // namespace
}  // namespace archtei::batch
