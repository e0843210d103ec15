// Killing `archtei convert` mid-run (SIGINT, SIGTERM, SIGKILL) leaves only complete outputs,
// and a re-run finishes the job.
#include <gtest/gtest.h>
#include <pugixml.hpp>
#include <signal.h>

#include <chrono>
#include <thread>

#include "batch/temp_dir.h"
#include "batch_process.h"
#include "cli_collection.h"

namespace archtei::batch::testing {
namespace {

constexpr std::size_t kDocuments = 1000;

std::size_t count_outputs(const fs::path& dir) {
  std::size_t n = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    n += it->path().filename().string().ends_with(".tei.xml");
  return n;
}

// Every output with a final name is a whole, well-formed TEI document.
void expect_only_complete_outputs(const fs::path& out) {
  std::size_t checked = 0;
  for (const auto& f : files_under(out)) {
    if (!f.ends_with(".tei.xml") || is_temporary_name(fs::path(f).filename().string())) continue;
    pugi::xml_document d;
    auto parsed = d.load_file((out / f).c_str());
    EXPECT_TRUE(parsed) << f << ": " << parsed.description();
    EXPECT_STREQ(d.document_element().name(), "TEI") << f;
    ++checked;
  }
  EXPECT_GT(checked, 0u);
}

// Every manifest line describes files that are there with the recorded digests.
void expect_manifest_true(const fs::path& out) {
  for (const auto& rec : manifest_lines(out / "manifest.jsonl"))
    for (const auto& o : rec.outputs) EXPECT_EQ(sha256_hex(read_file(out / o.path)), o.sha256) << o.path;
}

class Interrupt : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override { names = write_collection(dir / "in", kDocuments); }

  // Starts a run, waits until it has written `after` outputs, sends `signal_number`.
  ProcessResult run_and_kill(int signal_number, std::size_t after) {
    Process p({"convert", "in", "-o", "out", "--to", "tei,jsonld", "-j", "2"}, dir.path(), dir / ".scratch");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (count_outputs(dir / "out") < after && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    p.kill(signal_number);
    return p.wait();
  }

  TempDir dir;
  std::vector<std::string> names;
};

TEST_P(Interrupt, LeavesOnlyCompleteFilesAndARerunFinishes) {
  const int sig = GetParam();
  ProcessResult r = run_and_kill(sig, 40);
  ASSERT_EQ(r.signal, sig) << "the run ended before it was interrupted; exit " << r.exit_code << "\n" << r.err;
  std::size_t done = count_outputs(dir / "out");
  EXPECT_LT(done, kDocuments) << "the run was not cut short";
  expect_only_complete_outputs(dir / "out");

  if (sig != SIGKILL) {
    // A caught signal: running files were finished, temporary files removed, the manifest
    // committed, and the summary says what happened.
    EXPECT_TRUE(temporaries_under(dir / "out").empty());
    EXPECT_NE(r.err.find("interrupted"), std::string::npos) << r.err;
    auto records = manifest_lines(dir / "out" / "manifest.jsonl");
    EXPECT_EQ(records.size(), done);
    expect_manifest_true(dir / "out");
  }

  // The re-run converts the rest, keeps what is done, and cleans up after a killed run.
  ProcessResult again = run_and_kill(0, 0);  // signal 0 only checks the process exists
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(count_outputs(dir / "out"), kDocuments);
  EXPECT_TRUE(temporaries_under(dir / "out").empty());
  EXPECT_EQ(manifest_lines(dir / "out" / "manifest.jsonl").size(), kDocuments);
  expect_manifest_true(dir / "out");
  if (sig != SIGKILL) {
    EXPECT_NE(again.err.find(std::to_string(done) + " unchanged"), std::string::npos) << again.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Signals, Interrupt, ::testing::Values(SIGINT, SIGTERM, SIGKILL),
                         [](const ::testing::TestParamInfo<int>& info) {
                           return std::string(info.param == SIGINT ? "SIGINT" : info.param == SIGTERM ? "SIGTERM" : "SIGKILL");
                         });

}  // namespace
}  // namespace archtei::batch::testing
