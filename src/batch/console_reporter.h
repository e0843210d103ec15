// Shows a batch run to a person: one compiler-style line per problem, a progress bar on a
// terminal (done/total, rate, ETA, failures), and a final summary.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>

#include "batch/runner.h"

namespace archtei::batch {

struct ConsoleOptions {
  bool progress = false;   ///< draw the progress bar (use when standard error is a terminal)
  bool quiet = false;      ///< only errors and the final summary
  bool warnings = false;   ///< also print each warning
  std::string verb = "processed";  ///< summary wording: "converted", "validated"...
};

/// Whether standard error is a terminal.
bool stderr_is_terminal();

/// A reporter writing to `out` (standard error in the CLI). Errors of failed and invalid
/// inputs are always printed, one line each (`file:line:col: error: message [code]`).
class ConsoleReporter : public ProgressReporter {
 public:
  ConsoleReporter(std::ostream& out, ConsoleOptions options);
  void start(std::size_t total) override;
  void item_done(std::size_t index, const InputFile& input, const ItemResult& result) override;
  void finish(const BatchSummary& summary) override;

 private:
  void draw_bar(bool force);
  void clear_bar();

  std::ostream& out_;
  ConsoleOptions options_;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  std::size_t problems_ = 0;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_draw_;
  bool bar_shown_ = false;
};

/// Formats the summary line: "converted 9998 of 10000 files in 8.2 s (1219 files/s):
/// 2 failed, 0 invalid, 0 unchanged, 17 warnings".
std::string format_summary(const BatchSummary& summary, std::string_view verb);

}  // namespace archtei::batch
