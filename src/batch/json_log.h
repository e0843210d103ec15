// Writes a batch run as JSON lines (--log FILE): one object per input, then one summary.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include "batch/runner.h"

namespace archtei::batch {

/// Each line: {"event":"item","path","status","outputs":[...],"diagnostics":[{"severity",
/// "file","line","column","message","code"}],"ms"}; first {"event":"start","total"}, last
/// {"event":"summary",...}. Lines are flushed as they are written, so the log can be
/// followed with `tail -f`.
class JsonLogReporter : public ProgressReporter {
 public:
  /// Opens (truncates) `file`. Throws Error (io) when it cannot.
  explicit JsonLogReporter(const std::filesystem::path& file);
  void start(std::size_t total) override;
  void item_done(std::size_t index, const InputFile& input, const ItemResult& result) override;
  void finish(const BatchSummary& summary) override;

 private:
  std::ofstream out_;
};

/// One diagnostic as a JSON object.
std::string diagnostic_json(const Diagnostic& d);

}  // namespace archtei::batch
