// `archtei inspect`: the metadata record of text, TEI or JSON-LD files, as an aligned table
// or as the JSON record.
#include <algorithm>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "batch/atomic_file.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "formats/formats.h"
#include "jsonld/record_json.h"
#include "tei/tei_reader.h"
#include "text/source_text.h"
#include "text/text_reader.h"

namespace archtei::cli {

/// The flags of `archtei inspect`.
struct InspectOptions {
  std::vector<std::string> files;
  std::string from;
  bool json = false;
  bool spans = false;
  ReadFlags read;
};

namespace {

Error input_error(const std::string& file, std::string message, std::string code) {
  return Error::input(file, {}, std::move(message), std::move(code));
}

/// The record of one file ("-": standard input, read as `from` or else as text), with its
/// source spans when `traced` and the file is a text; warnings found on the way go to stderr.
Document inspect_file(const std::string& path, const std::string& from, const std::string& encoding, bool traced) {
  const bool standard_input = path == "-";
  const std::string file = standard_input ? std::string(batch::kStandardInputName) : path;
  const FormatInfo* format = !from.empty() ? find_format(from) : standard_input ? find_format("text") : detect_format(file);
  if (format == nullptr || format->read == nullptr)
    throw input_error(file, "cannot tell the format from the file name (.txt, .xml, .tei.xml, .jsonld); give --from",
                      "unknown-format");
  std::string bytes = standard_input ? batch::read_standard_input() : batch::read_input_file(file);
  if (format->format == Format::Text) bytes = decode_text(bytes, encoding, file).text;
  Diagnostics diags(file);
  Document doc = traced && format->format == Format::Text ? read_text_traced(bytes, file, diags)
                                                          : format->read(bytes, file, diags);
  // A tree with no TEI header would print as an empty record, as if all were well.
  if (!doc.tei.empty())
    if (std::string missing = missing_tei_header(doc.tei); !missing.empty())
      throw input_error(file, "nothing to inspect: " + missing, "no-tei-header");
  for (const auto& d : diags.items()) std::cerr << format_diagnostic(d) << '\n';
  if (doc.metadata.file.empty()) doc.metadata.file = file;
  return doc;
}

// The table uses the JSON record's keys as labels, so the two outputs read alike.
constexpr std::size_t kLabelWidth = 20;

void row(std::ostream& out, const std::string& label, const std::vector<std::string>& lines) {
  std::string pad(kLabelWidth, ' ');
  out << label << std::string(kLabelWidth - std::min(label.size(), kLabelWidth - 1), ' ');
  if (lines.empty()) {
    out << "-\n";
    return;
  }
  bool first = true;
  for (const auto& line : lines) {
    // A value that holds line breaks stays inside the value column.
    std::istringstream parts(line);
    std::string part;
    bool any = false;
    while (std::getline(parts, part)) {
      out << (first ? "" : pad) << part << '\n';
      first = false;
      any = true;
    }
    if (!any) {
      out << (first ? "" : pad) << '\n';
      first = false;
    }
  }
}

void row(std::ostream& out, const std::string& label, const std::string& value) {
  row(out, label, value.empty() ? std::vector<std::string>{} : std::vector<std::string>{value});
}

std::vector<std::string> archive_lines(const ArchivalReference& r) {
  std::vector<std::string> lines;
  std::string name = r.archive;
  if (!r.archive_name.empty()) name += (name.empty() ? "" : " — ") + r.archive_name;
  lines.push_back(name.empty() ? "(archive not given)" : name);
  std::string levels;
  for (const auto& [label, value] : {std::pair{"fond", &r.fond}, std::pair{"opis", &r.opis},
                                     std::pair{"delo", &r.delo}, std::pair{"papka", &r.papka},
                                     std::pair{"listy", &r.listy}})
    if (!value->empty()) levels += (levels.empty() ? "" : ", ") + std::string(label) + " " + *value;
  if (!levels.empty()) lines.push_back("  " + levels);
  if (!r.note.empty()) lines.push_back("  note: " + r.note);
  if (!r.citation.empty()) lines.push_back("  citation: " + r.citation);
  return lines;
}

void print_table(std::ostream& out, const Metadata& m) {
  row(out, "file", m.file);
  row(out, "title", m.title);
  row(out, "date", m.date);
  row(out, "document_type", m.document_type);
  row(out, "authors", m.authors);
  row(out, "recipients", m.recipients);
  std::vector<std::string> archives;
  for (const auto& r : m.archives)
    for (auto& line : archive_lines(r)) archives.push_back(std::move(line));
  row(out, "archives", archives);
  row(out, "published_sources", m.published_sources);
  row(out, "translators", m.translators);
  row(out, "contributors", m.contributors);
  row(out, "editors", m.editors);
  std::vector<std::string> credits;
  for (const auto& c : m.other_credits) credits.push_back(c.role + ": " + c.name);
  row(out, "other_credits", credits);
  row(out, "funders", m.funders);
  row(out, "original_languages", m.original_languages);
  row(out, "summary", m.summary);
  row(out, "source_url", m.source_url);
  row(out, "publisher", m.publisher);
  row(out, "signers", m.signers);
  row(out, "speakers", m.speakers);
  row(out, "warnings", m.warnings);
}

std::string span_text(const Spans& spans) {
  std::string out;
  for (const SourceSpan& s : spans)
    out += (out.empty() ? "" : " ") + std::to_string(s.line) + ":" + std::to_string(s.column) + "-" +
           std::to_string(s.end_line) + ":" + std::to_string(s.end_column);
  return out.empty() ? "(none)" : out;
}

void span_row(std::ostream& out, const std::string& label, const Spans& spans, bool present) {
  if (present) row(out, label, span_text(spans));
}

void span_rows(std::ostream& out, const std::string& label, const std::vector<Spans>& lists) {
  for (std::size_t i = 0; i < lists.size(); ++i) row(out, label + "[" + std::to_string(i) + "]", span_text(lists[i]));
}

// The spans as line:column-line:column ranges, one row per value, under the record's keys.
void print_spans(std::ostream& out, const Metadata& m, const RecordSpans& s) {
  if (!s.traced) {
    out << "spans               none: source spans exist only for a text input\n";
    return;
  }
  out << "spans (line:column-end_line:end_column)\n";
  span_row(out, "title", s.title, !m.title.empty());
  span_row(out, "date", s.date, !m.date.empty());
  span_row(out, "document_type", s.document_type, !m.document_type.empty());
  span_rows(out, "authors", s.authors);
  span_rows(out, "recipients", s.recipients);
  for (std::size_t i = 0; i < s.archives.size() && i < m.archives.size(); ++i) {
    const ReferenceSpans& r = s.archives[i];
    const ArchivalReference& a = m.archives[i];
    std::string at = "archives[" + std::to_string(i) + "].";
    span_row(out, at + "archive", r.archive, !a.archive.empty());
    span_row(out, at + "archive_name", r.archive_name, !a.archive_name.empty());
    span_row(out, at + "fond", r.fond, !a.fond.empty());
    span_row(out, at + "opis", r.opis, !a.opis.empty());
    span_row(out, at + "delo", r.delo, !a.delo.empty());
    span_row(out, at + "papka", r.papka, !a.papka.empty());
    span_row(out, at + "listy", r.listy, !a.listy.empty());
    span_row(out, at + "note", r.note, !a.note.empty());
    span_row(out, at + "citation", r.citation, !a.citation.empty());
  }
  span_rows(out, "published_sources", s.published_sources);
  span_rows(out, "translators", s.translators);
  span_rows(out, "contributors", s.contributors);
  span_rows(out, "editors", s.editors);
  for (std::size_t i = 0; i < s.other_credits.size(); ++i) {
    std::string at = "other_credits[" + std::to_string(i) + "].";
    row(out, at + "role", span_text(s.other_credits[i].role));
    row(out, at + "name", span_text(s.other_credits[i].name));
  }
  span_rows(out, "funders", s.funders);
  span_rows(out, "original_languages", s.original_languages);
  span_row(out, "summary", s.summary, !m.summary.empty());
  span_row(out, "source_url", s.source_url, !m.source_url.empty());
  span_row(out, "publisher", s.publisher, !m.publisher.empty());
  span_rows(out, "signers", s.signers);
  span_rows(out, "speakers", s.speakers);
  span_rows(out, "warnings", s.warnings);
}

}  // namespace

int run_inspect(const InspectOptions& o) {
  apply_read_flags(o.read);
  if (!o.from.empty() && (find_format(o.from) == nullptr || find_format(o.from)->read == nullptr))
    throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {},
                                             "--from: unknown input format '" + o.from + "' (text, tei, jsonld)",
                                             "unknown-format"});
  if (std::count(o.files.begin(), o.files.end(), "-") > 1)
    throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {}, "inspect: standard input ('-') can be read once",
                                             "bad-option"});
  int status = kExitOk;
  std::vector<Metadata> records;
  std::vector<RecordSpans> spans;
  for (const auto& file : o.files) {
    // One bad file is reported and the others are still printed.
    try {
      Document doc = inspect_file(file, o.from, o.read.encoding, o.spans);
      records.push_back(std::move(doc.metadata));
      spans.push_back(std::move(doc.spans));
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = kExitFailures;
    } catch (const std::exception& e) {
      std::cerr << format_diagnostic(unexpected_failure(file, e)) << '\n';
      status = kExitFailures;
    }
  }
  if (o.json) {
    if (o.files.size() == 1 && records.size() == 1)
      std::cout << (o.spans ? write_record_json(records.front(), spans.front()) : write_record_json(records.front()))
                << '\n';
    else if (o.files.size() > 1)
      std::cout << (o.spans ? write_records_json(records, spans) : write_records_json(records)) << '\n';
  } else {
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (i != 0) std::cout << '\n';
      print_table(std::cout, records[i]);
      if (o.spans) print_spans(std::cout, records[i], spans[i]);
    }
  }
  return status;
}

void setup_inspect(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* cmd = app.add_subcommand(
      "inspect", "Print the metadata record of text, TEI or JSON-LD files (a text is read, a TEI header read back)");
  cmd->add_option("files", options->files, "Files to inspect (.txt, .xml/.tei.xml, .jsonld); '-' reads standard input")
      ->required();
  cmd->add_option("--from", options->from,
                  "Input format: text, tei or jsonld (default: from each file name; text for standard input)");
  cmd->add_flag("--json", options->json, "Print the record as JSON: one object, or an array for several files");
  cmd->add_flag("--spans", options->spans,
                "Also print where each value was read in a text input (line:column ranges; with --json, a \"spans\" "
                "object keyed like the record, null for TEI and JSON-LD)");
  add_read_flags(*cmd, options->read, /*texts=*/true, /*trees=*/true);
  cmd->callback([options, &exit_code] { exit_code = run_inspect(*options); });
}

}  // namespace archtei::cli
