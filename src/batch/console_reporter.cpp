// The console view of a batch run: problem lines, a throttled progress bar, a summary.
#include "batch/console_reporter.h"

#include <unistd.h>

#include <cstdio>
#include <ostream>

namespace archtei::batch {

namespace {

std::string duration_text(double seconds) {
  char buf[32];
  if (seconds < 60) {
    std::snprintf(buf, sizeof buf, "%.1f s", seconds);
  } else {
    auto s = static_cast<long>(seconds + 0.5);
    if (s < 3600)
      std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    else
      std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  }
  return buf;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

ConsoleReporter::ConsoleReporter(std::ostream& out, ConsoleOptions options)
    : out_(out), options_(std::move(options)) {}

void ConsoleReporter::start(std::size_t total) {
  total_ = total;
  started_ = std::chrono::steady_clock::now();
  if (options_.progress && !options_.quiet) draw_bar(true);
}

void ConsoleReporter::item_done(std::size_t, const InputFile& input, const ItemResult& result) {
  ++done_;
  bool problem = result.status == ItemStatus::Failed || result.status == ItemStatus::Invalid;
  if (problem) ++problems_;
  bool printed_error = false;
  for (const auto& d : result.diagnostics) {
    bool is_error = d.severity == Severity::Error;
    if (!is_error && (!options_.warnings || options_.quiet)) continue;
    clear_bar();
    out_ << format_diagnostic(d) << '\n';
    printed_error = printed_error || is_error;
  }
  if (problem && !printed_error) {
    clear_bar();
    out_ << format_diagnostic(Diagnostic{Severity::Error, input.path.string(), {},
                                         result.detail.empty() ? std::string(status_name(result.status))
                                                               : result.detail,
                                         std::string(status_name(result.status))})
         << '\n';
  }
  if (options_.progress && !options_.quiet) draw_bar(false);
}

void ConsoleReporter::finish(const BatchSummary& summary) {
  clear_bar();
  out_ << format_summary(summary, options_.verb) << '\n';
  out_.flush();
}

void ConsoleReporter::draw_bar(bool force) {
  auto now = std::chrono::steady_clock::now();
  // Redrawing costs a write per file; ten times a second is smooth enough.
  if (!force && done_ != total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  constexpr int kWidth = 30;
  double fraction = total_ == 0 ? 1.0 : static_cast<double>(done_) / static_cast<double>(total_);
  int filled = static_cast<int>(fraction * kWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, '.');
  double elapsed = seconds_since(started_);
  double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
  char line[160];
  std::snprintf(line, sizeof line, "\r[%s] %zu/%zu %3d%% %.0f files/s", bar.c_str(), done_, total_,
                static_cast<int>(fraction * 100), rate);
  std::string text = line;
  if (rate > 0 && done_ < total_)
    text += " ETA " + duration_text(static_cast<double>(total_ - done_) / rate);
  if (problems_ > 0) text += " " + std::to_string(problems_) + " failed";
  out_ << text << "\x1b[K" << std::flush;
  bar_shown_ = true;
}

void ConsoleReporter::clear_bar() {
  if (!bar_shown_) return;
  out_ << "\r\x1b[K";
  bar_shown_ = false;
}

std::string format_summary(const BatchSummary& s, std::string_view verb) {
  double seconds = std::chrono::duration<double>(s.elapsed).count();
  std::size_t done = s.ok + s.unchanged + s.invalid + s.failed;
  char rate[48] = "";
  if (seconds > 0) std::snprintf(rate, sizeof rate, " (%.0f files/s)", static_cast<double>(done) / seconds);
  std::string out = std::string(verb) + " " + std::to_string(s.ok) + " of " + std::to_string(s.total) +
                    " files in " + duration_text(seconds) + rate + ": " + std::to_string(s.failed) +
                    " failed, " + std::to_string(s.invalid) + " invalid, " +
                    std::to_string(s.unchanged) + " unchanged, " + std::to_string(s.warnings) +
                    " warnings";
  if (s.interrupted) out += "; interrupted, " + std::to_string(s.not_started) + " not started";
  return out;
}

}  // namespace archtei::batch
