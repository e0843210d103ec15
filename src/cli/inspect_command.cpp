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

namespace archtei::cli {

/// The flags of `archtei inspect`.
struct InspectOptions {
  std::vector<std::string> files;
  std::string from;
  bool json = false;
  ReadFlags read;
};

namespace {

Error input_error(const std::string& file, std::string message, std::string code) {
  return Error::input(file, {}, std::move(message), std::move(code));
}

/// The record of one file ("-": standard input, read as `from` or else as text); warnings
/// found on the way go to stderr.
Metadata inspect_file(const std::string& path, const std::string& from, const std::string& encoding) {
  const bool standard_input = path == "-";
  const std::string file = standard_input ? std::string(batch::kStandardInputName) : path;
  const FormatInfo* format = !from.empty() ? find_format(from) : standard_input ? find_format("text") : detect_format(file);
  if (format == nullptr || format->read == nullptr)
    throw input_error(file, "cannot tell the format from the file name (.txt, .xml, .tei.xml, .jsonld); give --from",
                      "unknown-format");
  std::string bytes = standard_input ? batch::read_standard_input() : batch::read_input_file(file);
  if (format->format == Format::Text) bytes = decode_text(bytes, encoding, file).text;
  Diagnostics diags(file);
  Document doc = format->read(bytes, file, diags);
  // A tree with no TEI header would print as an empty record, as if all were well.
  if (!doc.tei.empty())
    if (std::string missing = missing_tei_header(doc.tei); !missing.empty())
      throw input_error(file, "nothing to inspect: " + missing, "no-tei-header");
  for (const auto& d : diags.items()) std::cerr << format_diagnostic(d) << '\n';
  if (doc.metadata.file.empty()) doc.metadata.file = file;
  return doc.metadata;
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
  for (const auto& file : o.files) {
    // One bad file is reported and the others are still printed.
    try {
      records.push_back(inspect_file(file, o.from, o.read.encoding));
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
      std::cout << write_record_json(records.front()) << '\n';
    else if (o.files.size() > 1)
      std::cout << write_records_json(records) << '\n';
  } else {
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (i != 0) std::cout << '\n';
      print_table(std::cout, records[i]);
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
  add_read_flags(*cmd, options->read, /*texts=*/true, /*trees=*/true);
  cmd->callback([options, &exit_code] { exit_code = run_inspect(*options); });
}

}  // namespace archtei::cli
