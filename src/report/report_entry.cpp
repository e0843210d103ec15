// A manifest record -> one loaded report entry: the source text read again with its spans,
// the TEI output parsed, the problems the run recorded.
#include "report/report_entry.h"

#include "batch/atomic_file.h"
#include "formats/formats.h"
#include "tei/tei_reader.h"
#include "text/source_text.h"
#include "text/text_reader.h"

namespace archtei::report {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, std::string_view end) { return s.size() >= end.size() && s.ends_with(end); }

// A relative input is where the run was started, which is most often the current folder;
// a manifest moved with its inputs has them beside it.
fs::path find_input(const std::string& input, const fs::path& output_dir) {
  fs::path p(input);
  std::error_code ec;
  if (p.is_absolute()) return fs::is_regular_file(p, ec) ? p : fs::path();
  for (const fs::path& candidate : {p, output_dir / p})
    if (fs::is_regular_file(candidate, ec)) return candidate;
  return {};
}

}  // namespace

ReportEntry load_entry(const batch::ManifestRecord& record, const fs::path& output_dir) {
  ReportEntry e;
  e.input = record.input;
  e.status = record.status;
  e.warning_count = record.warnings.size();
  for (const auto& w : record.warnings) e.problems.push_back(w);
  for (const auto& x : record.errors) e.problems.push_back(x);
  std::error_code ec;
  for (const auto& out : record.outputs) {
    fs::path p = output_dir / out.path;
    if (!fs::is_regular_file(p, ec)) continue;
    if (ends_with(out.path, ".jsonld")) e.jsonld = p;
    else if (ends_with(out.path, ".xml")) e.tei = p;
  }
  e.source = find_input(record.input, output_dir);
  const FormatInfo* format = detect_format(record.input);
  try {
    if (!e.source.empty() && format != nullptr && format->format == Format::Text) {
      e.text = decode_text(batch::read_input_file(e.source), record.encoding == "UTF-8" ? "" : record.encoding,
                           record.input)
                   .text;
      Diagnostics diags(record.input);
      e.doc = read_text_traced(e.text, record.input, diags);
      e.reader_warnings = diags.items();
    }
  } catch (const Error& err) {
    e.problems.push_back(std::string("report: ") + err.what());
    e.text.clear();
  }
  try {
    if (!e.tei.empty()) {
      e.tei_tree = parse_xml(batch::read_input_file(e.tei), e.tei.string());
      if (!e.doc.spans.traced) e.doc.metadata = read_tei_metadata(e.tei_tree, record.input);
    }
  } catch (const Error& err) {
    e.problems.push_back(std::string("report: ") + err.what());
  }
  if (e.source.empty()) e.problems.push_back("report: the input " + record.input + " was not found");
  e.doc.metadata.file = record.input;
  return e;
}

}  // namespace archtei::report
