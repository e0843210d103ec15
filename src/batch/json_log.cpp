// The JSON-lines log of a batch run.
#include "batch/json_log.h"

#include "batch/json_writer.h"
#include "model/diagnostics.h"

namespace archtei::batch {

std::string diagnostic_json(const Diagnostic& d) {
  JsonObject o;
  o.add("severity", d.severity == Severity::Error ? "error" : "warning");
  o.add("file", d.file);
  if (d.pos.known()) {
    o.add("line", static_cast<std::uint64_t>(d.pos.line));
    o.add("column", static_cast<std::uint64_t>(d.pos.column));
  }
  o.add("message", d.message);
  o.add("code", d.code);
  return o.str();
}

JsonLogReporter::JsonLogReporter(const std::filesystem::path& file) : out_(file, std::ios::trunc) {
  if (!out_)
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, file.string(), {}, "cannot write the log", "write-failed"});
}

void JsonLogReporter::start(std::size_t total) {
  out_ << JsonObject().add("event", "start").add("total", static_cast<std::uint64_t>(total)).str()
       << std::endl;
}

void JsonLogReporter::item_done(std::size_t index, const InputFile& input, const ItemResult& result) {
  std::vector<std::string> outputs, diagnostics;
  for (const auto& o : result.outputs) outputs.push_back(json_quote(o.path));
  for (const auto& d : result.diagnostics) diagnostics.push_back(diagnostic_json(d));
  JsonObject o;
  o.add("event", "item")
      .add("index", static_cast<std::uint64_t>(index))
      .add("path", input.path.string())
      .add("status", status_name(result.status));
  if (!result.detail.empty()) o.add("detail", result.detail);
  o.add_raw("outputs", json_array(outputs))
      .add_raw("diagnostics", json_array(diagnostics))
      .add("ms", std::chrono::duration<double, std::milli>(result.elapsed).count());
  out_ << o.str() << std::endl;
}

void JsonLogReporter::finish(const BatchSummary& s) {
  out_ << JsonObject()
              .add("event", "summary")
              .add("total", static_cast<std::uint64_t>(s.total))
              .add("ok", static_cast<std::uint64_t>(s.ok))
              .add("unchanged", static_cast<std::uint64_t>(s.unchanged))
              .add("invalid", static_cast<std::uint64_t>(s.invalid))
              .add("failed", static_cast<std::uint64_t>(s.failed))
              .add("not_started", static_cast<std::uint64_t>(s.not_started))
              .add("warnings", static_cast<std::uint64_t>(s.warnings))
              .add("interrupted", s.interrupted)
              .add("seconds", std::chrono::duration<double>(s.elapsed).count())
              .str()
       << std::endl;
}

}  // namespace archtei::batch
