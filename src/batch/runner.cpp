// The batch runner: worker threads take inputs in order within a bounded window; the calling
// thread hands results to the reporter in input order.
#include "batch/runner.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <locale>
#include <mutex>
#include <optional>
#include <thread>

#include "batch/interrupt.h"

namespace archtei::batch {

std::string_view status_name(ItemStatus status) {
  switch (status) {
    case ItemStatus::Ok: return "ok";
    case ItemStatus::Unchanged: return "unchanged";
    case ItemStatus::Invalid: return "invalid";
    case ItemStatus::Failed: return "failed";
  }
  return "failed";
}

std::size_t ItemResult::warning_count() const {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
      [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

int BatchSummary::exit_code() const {
  return invalid + failed + not_started == 0 && !interrupted ? 0 : 1;
}

void ReporterList::start(std::size_t total) {
  for (auto* r : reporters_) r->start(total);
}

void ReporterList::item_done(std::size_t index, const InputFile& input, const ItemResult& result) {
  for (auto* r : reporters_) r->item_done(index, input, result);
}

void ReporterList::finish(const BatchSummary& summary) {
  for (auto* r : reporters_) r->finish(summary);
}

namespace {

ItemResult run_one(const Job& job, const InputFile& input) {
  auto started = std::chrono::steady_clock::now();
  ItemResult result;
  auto fail = [&](Diagnostic d) {
    result = ItemResult{};
    result.status = ItemStatus::Failed;
    if (d.file.empty()) d.file = input.path.string();
    result.diagnostics.push_back(std::move(d));
  };
  try {
    result = job(input);
  } catch (const Error& e) {
    fail(e.diagnostic());
  } catch (const std::exception& e) {
    fail(unexpected_failure(input.path.string(), e));
  }
  result.elapsed = std::chrono::steady_clock::now() - started;
  return result;
}

// Shared state between the workers and the reporting thread.
class Pipeline {
 public:
  Pipeline(const InputList& inputs, const Job& job, std::size_t window,
           const std::atomic<bool>& stop)
      : inputs_(inputs), job_(job), window_(window), stop_(stop), slots_(window) {}

  void work() {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] {
          return halted_ || next_ >= inputs_.size() || next_ < delivered_ + window_;
        });
        if (halted_ || next_ >= inputs_.size() || stop_.load()) break;
        index = next_++;
      }
      ItemResult result = run_one(job_, inputs_[index]);
      {
        std::lock_guard lock(mutex_);
        slots_[index % window_] = std::move(result);
      }
      ready_.notify_one();
    }
    std::lock_guard lock(mutex_);
    --active_;
    ready_.notify_one();
  }

  // Delivers results in order until all inputs are done or the run stopped; returns whether
  // it stopped early.
  bool deliver(ProgressReporter& reporter, BatchSummary& summary) {
    for (;;) {
      std::optional<ItemResult> result;
      std::size_t index;
      {
        std::unique_lock lock(mutex_);
        for (;;) {
          if (stop_.load() && !halted_) {
            halted_ = true;
            space_.notify_all();
          }
          if (slots_[delivered_ % window_] && delivered_ < next_) break;
          if (delivered_ == inputs_.size()) return false;
          if (active_ == 0 && delivered_ == next_) return true;
          // Polls the stop flag: a signal handler cannot notify a condition variable.
          ready_.wait_for(lock, std::chrono::milliseconds(50));
        }
        index = delivered_;
        result = std::move(slots_[index % window_]);
        slots_[index % window_].reset();
        ++delivered_;
      }
      space_.notify_one();
      count(*result, summary);
      reporter.item_done(index, inputs_[index], *result);
    }
  }

  void halt() {
    std::lock_guard lock(mutex_);
    halted_ = true;
    space_.notify_all();
  }

  void set_active(std::size_t n) { active_ = n; }

 private:
  static void count(const ItemResult& r, BatchSummary& s) {
    switch (r.status) {
      case ItemStatus::Ok: ++s.ok; break;
      case ItemStatus::Unchanged: ++s.unchanged; break;
      case ItemStatus::Invalid: ++s.invalid; break;
      case ItemStatus::Failed: ++s.failed; break;
    }
    s.warnings += r.warning_count();
    s.input_bytes += r.input_bytes;
  }

  const InputList& inputs_;
  const Job& job_;
  const std::size_t window_;
  const std::atomic<bool>& stop_;
  std::mutex mutex_;
  std::condition_variable space_;  // a worker may start another input
  std::condition_variable ready_;  // a result arrived or a worker left
  std::vector<std::optional<ItemResult>> slots_;  // ring of in-flight results
  std::size_t next_ = 0;       // first input not yet started
  std::size_t delivered_ = 0;  // first input not yet reported
  std::size_t active_ = 0;     // workers still running
  bool halted_ = false;
};

// libstdc++ fills std::ctype<char>'s narrow() table one entry per call, and std::regex
// calls it while it compiles a pattern: two workers compiling patterns at once write the
// same table (GCC bug 77704, which ThreadSanitizer reports). Filling the whole table before
// the workers start leaves them only reads.
void fill_narrow_table() {
  const auto& ctype = std::use_facet<std::ctype<char>>(std::locale());
  char from[256], to[256];
  for (int i = 0; i < 256; ++i) from[i] = static_cast<char>(i);
  ctype.narrow(from, from + 256, '\0', to);
}

}  // namespace

BatchSummary run_batch(const InputList& inputs, const Job& job,
                       const RunOptions& options, ProgressReporter& reporter) {
  unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(inputs.size(), 1)));
  std::size_t window = std::max<std::size_t>(options.window != 0 ? options.window : 16 * jobs, jobs);
  const std::atomic<bool>& stop = options.stop != nullptr ? *options.stop : stop_flag();

  BatchSummary summary;
  summary.total = inputs.size();
  auto started = std::chrono::steady_clock::now();
  reporter.start(inputs.size());

  fill_narrow_table();
  Pipeline pipeline(inputs, job, window, stop);
  pipeline.set_active(jobs);
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned i = 0; i < jobs; ++i) workers.emplace_back([&] { pipeline.work(); });
  try {
    summary.interrupted = pipeline.deliver(reporter, summary);
  } catch (...) {
    // A reporter failed (e.g. the manifest's disk is full): stop the workers before leaving.
    pipeline.halt();
    for (auto& w : workers) w.join();
    throw;
  }
  for (auto& w : workers) w.join();

  std::size_t reported = summary.ok + summary.unchanged + summary.invalid + summary.failed;
  summary.not_started = inputs.size() - reported;
  summary.elapsed = std::chrono::steady_clock::now() - started;
  reporter.finish(summary);
  return summary;
}

}  // namespace archtei::batch
