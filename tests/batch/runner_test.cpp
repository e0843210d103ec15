// The batch runner: order, failures, bounded window, stopping.
#include "batch/runner.h"

#include <gtest/gtest.h>

#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

namespace archtei::batch {
namespace {

InputList inputs(std::size_t n) {
  InputList out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(InputFile{"in/" + std::to_string(i), std::to_string(i)});
  return out;
}

// Records what the runner reports.
class Recorder : public ProgressReporter {
 public:
  void start(std::size_t total) override { started_with = total; }
  void item_done(std::size_t index, const InputFile& input, const ItemResult& result) override {
    indices.push_back(index);
    paths.push_back(input.relative);
    results.push_back(result);
  }
  void finish(const BatchSummary& s) override {
    summary = s;
    finished = true;
  }
  std::size_t started_with = 0;
  std::vector<std::size_t> indices;
  std::vector<std::string> paths;
  std::vector<ItemResult> results;
  BatchSummary summary;
  bool finished = false;
};

TEST(Runner, ReportsEveryInputInOrderWhateverTheFinishingOrder) {
  auto in = inputs(200);
  Recorder r;
  std::atomic<bool> stop{false};
  auto summary = run_batch(in, [](const InputFile& f) {
    // Later inputs finish first often enough to test the reordering.
    std::this_thread::sleep_for(std::chrono::microseconds((199 - std::stoi(f.relative)) % 13 * 50));
    ItemResult res;
    res.detail = f.relative;
    return res;
  }, RunOptions{4, 8, &stop}, r);
  ASSERT_EQ(r.indices.size(), 200u);
  for (std::size_t i = 0; i < 200; ++i) {
    EXPECT_EQ(r.indices[i], i);
    EXPECT_EQ(r.results[i].detail, std::to_string(i));
  }
  EXPECT_EQ(r.started_with, 200u);
  EXPECT_TRUE(r.finished);
  EXPECT_EQ(summary.ok, 200u);
  EXPECT_EQ(summary.exit_code(), 0);
}

TEST(Runner, ExceptionsBecomeFailedResultsAndTheRestRuns) {
  auto in = inputs(10);
  Recorder r;
  std::atomic<bool> stop{false};
  auto summary = run_batch(in, [](const InputFile& f) -> ItemResult {
    if (f.relative == "3") throw Error::input(f.path.string(), SourcePos{4, 2}, "bad byte", "invalid-utf8");
    if (f.relative == "5") throw std::runtime_error("boom");
    ItemResult res;
    if (f.relative == "7") res.status = ItemStatus::Invalid;
    if (f.relative == "8") res.status = ItemStatus::Unchanged;
    res.diagnostics.push_back(Diagnostic{Severity::Warning, f.path.string(), {}, "w", "w"});
    return res;
  }, RunOptions{2, 0, &stop}, r);
  ASSERT_EQ(r.results.size(), 10u);
  EXPECT_EQ(r.results[3].status, ItemStatus::Failed);
  EXPECT_EQ(format_diagnostic(r.results[3].diagnostics.at(0)), "in/3:4:2: error: bad byte [invalid-utf8]");
  EXPECT_EQ(r.results[5].status, ItemStatus::Failed);
  EXPECT_EQ(format_diagnostic(r.results[5].diagnostics.at(0)), "in/5: error: internal error: boom [internal]");
  EXPECT_EQ(summary.failed, 2u);
  EXPECT_EQ(summary.invalid, 1u);
  EXPECT_EQ(summary.unchanged, 1u);
  EXPECT_EQ(summary.ok, 6u);
  EXPECT_EQ(summary.warnings, 8u);
  EXPECT_EQ(summary.exit_code(), 1);
}

TEST(Runner, UsesTheRequestedWorkersAndNeverExceedsTheWindow) {
  auto in = inputs(300);
  Recorder r;
  std::atomic<bool> stop{false};
  std::mutex m;
  std::set<std::thread::id> threads;
  std::atomic<int> running{0};
  std::atomic<int> max_running{0};
  run_batch(in, [&](const InputFile&) {
    int now = ++running;
    int seen = max_running.load();
    while (now > seen && !max_running.compare_exchange_weak(seen, now)) {}
    {
      std::lock_guard lock(m);
      threads.insert(std::this_thread::get_id());
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
    --running;
    return ItemResult{};
  }, RunOptions{3, 5, &stop}, r);
  EXPECT_EQ(threads.size(), 3u);
  EXPECT_LE(max_running.load(), 3);
  EXPECT_EQ(r.results.size(), 300u);
}

TEST(Runner, AWindowHoldsBackWorkersWhileTheOldestInputIsSlow) {
  // Input 0 takes long; with a window of 4 at most 4 inputs may be started before it is
  // reported, however many workers there are.
  auto in = inputs(50);
  Recorder r;
  std::atomic<bool> stop{false};
  std::atomic<int> started_while_first_ran{0};
  std::atomic<bool> first_done{false};
  run_batch(in, [&](const InputFile& f) {
    if (f.relative == "0") {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      first_done = true;
    } else if (!first_done) {
      ++started_while_first_ran;
    }
    return ItemResult{};
  }, RunOptions{4, 4, &stop}, r);
  EXPECT_LE(started_while_first_ran.load(), 3);
  EXPECT_EQ(r.results.size(), 50u);
}

TEST(Runner, StopLetsRunningJobsFinishAndStartsNoMore) {
  auto in = inputs(1000);
  Recorder r;
  std::atomic<bool> stop{false};
  std::atomic<int> ran{0};
  auto summary = run_batch(in, [&](const InputFile& f) {
    ++ran;
    if (f.relative == "20") stop = true;
    std::this_thread::sleep_for(std::chrono::microseconds(100));
    return ItemResult{};
  }, RunOptions{2, 0, &stop}, r);
  EXPECT_TRUE(summary.interrupted);
  EXPECT_TRUE(r.finished);
  EXPECT_LT(ran.load(), 40);
  // Everything that ran was reported, in order, with no gap.
  EXPECT_EQ(r.results.size(), static_cast<std::size_t>(ran.load()));
  for (std::size_t i = 0; i < r.indices.size(); ++i) EXPECT_EQ(r.indices[i], i);
  EXPECT_EQ(summary.not_started, 1000u - static_cast<std::size_t>(ran.load()));
  EXPECT_EQ(summary.exit_code(), 1);
}

TEST(Runner, AnEmptyInputListFinishesAtOnce) {
  Recorder r;
  std::atomic<bool> stop{false};
  auto summary = run_batch({}, [](const InputFile&) { return ItemResult{}; }, RunOptions{4, 0, &stop}, r);
  EXPECT_TRUE(r.finished);
  EXPECT_EQ(summary.total, 0u);
  EXPECT_EQ(summary.exit_code(), 0);
}

TEST(Runner, AFailingReporterStopsTheWorkersAndPropagates) {
  struct Throwing : ProgressReporter {
    void item_done(std::size_t index, const InputFile&, const ItemResult&) override {
      if (index == 5) throw std::runtime_error("disk full");
    }
  } reporter;
  std::atomic<bool> stop{false};
  EXPECT_THROW(run_batch(inputs(500), [](const InputFile&) { return ItemResult{}; }, RunOptions{2, 4, &stop},
                         reporter),
               std::runtime_error);
}

}  // namespace
}  // namespace archtei::batch
