// Runs one job per input file on N worker threads and hands each result, in input order, to
// a progress reporter: the engine under convert, validate and roundtrip.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/input_set.h"
#include "model/diagnostics.h"

namespace archtei::batch {

/// What became of one input.
enum class ItemStatus {
  Ok,         ///< done: outputs written, or the check passed
  Unchanged,  ///< outputs were already up to date; nothing written
  Invalid,    ///< read, but failed validation or a check; `diagnostics` says why
  Failed,     ///< could not be processed (unreadable, malformed); `diagnostics` says why
};

/// "ok", "unchanged", "invalid", "failed": the names used in logs and manifests.
std::string_view status_name(ItemStatus status);

/// A file a job wrote (or found up to date).
struct OutputFile {
  std::string path;    ///< as written, e.g. "out/ussr/a.tei.xml"
  std::string sha256;  ///< lowercase hex digest of its bytes; empty when not computed

  bool operator==(const OutputFile&) const = default;
};

/// The result of one job.
struct ItemResult {
  ItemStatus status = ItemStatus::Ok;
  std::vector<Diagnostic> diagnostics;  ///< errors and warnings, in the order found
  std::vector<OutputFile> outputs;
  std::string input_sha256;   ///< filled by jobs that hash their input; empty otherwise
  std::string input_encoding;  ///< the encoding a text input was decoded from; empty otherwise
  std::uint64_t input_bytes = 0;  ///< size of the input read, for MB/s figures
  std::string detail;         ///< one short note for people, e.g. "up to date"
  std::chrono::nanoseconds elapsed{};  ///< filled by the runner

  /// Number of diagnostics that are warnings.
  std::size_t warning_count() const;
};

/// The work done for one input. Runs on a worker thread, so it may only share read-only
/// state (tables, a compiled schema) with other calls. May throw: archtei::Error becomes a
/// Failed result carrying the error's diagnostic; any other exception a Failed result with
/// code "internal".
using Job = std::function<ItemResult(const InputFile& input)>;

/// Totals of a run.
struct BatchSummary {
  std::size_t total = 0;        ///< inputs in the run
  std::size_t ok = 0;
  std::size_t unchanged = 0;
  std::size_t invalid = 0;
  std::size_t failed = 0;
  std::size_t not_started = 0;  ///< left undone because the run was interrupted
  std::size_t warnings = 0;
  std::uint64_t input_bytes = 0;
  bool interrupted = false;
  std::chrono::nanoseconds elapsed{};

  /// 0 when every input was ok or unchanged, 1 when any was invalid, failed or not started.
  int exit_code() const;
};

/// Sees a run's progress. The runner calls every method from the thread that called
/// run_batch, one call at a time, so implementations need no locking.
class ProgressReporter {
 public:
  virtual ~ProgressReporter() = default;
  /// Before any job starts.
  virtual void start(std::size_t total) { (void)total; }
  /// Once per finished input, in input order; `index` is its position in the input list.
  virtual void item_done(std::size_t index, const InputFile& input, const ItemResult& result) {
    (void)index, (void)input, (void)result;
  }
  /// After the last job (or after the workers stopped on an interrupt).
  virtual void finish(const BatchSummary& summary) { (void)summary; }
};

/// Forwards every call to several reporters, in the order added.
class ReporterList : public ProgressReporter {
 public:
  void add(ProgressReporter& reporter) { reporters_.push_back(&reporter); }
  void start(std::size_t total) override;
  void item_done(std::size_t index, const InputFile& input, const ItemResult& result) override;
  void finish(const BatchSummary& summary) override;

 private:
  std::vector<ProgressReporter*> reporters_;
};

struct RunOptions {
  unsigned jobs = 0;       ///< worker threads; 0 = the number of cores
  /// At most this many inputs are in flight (started but not yet reported), which bounds
  /// memory whatever the corpus size; 0 = 16 per worker.
  std::size_t window = 0;
  /// When this becomes true no new input is started; running jobs finish. Null = the
  /// SIGINT/SIGTERM flag of interrupt.h.
  const std::atomic<bool>* stop = nullptr;
};

/// Runs `job` over `inputs`. Inputs are started in order; results reach `reporter` in
/// order. Returns when every input is done, or when `stop` was raised and the running jobs
/// have finished (then `interrupted` is set and `not_started` counts the rest).
BatchSummary run_batch(const InputList& inputs, const Job& job,
                       const RunOptions& options, ProgressReporter& reporter);

}  // namespace archtei::batch
