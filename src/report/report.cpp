// An output folder -> the static HTML report: reads the manifest, loads each document in
// turn, writes its page, then the index, the overview and the two assets.
#include "report/report.h"

#include <algorithm>
#include <fstream>
#include <optional>

#include "batch/manifest.h"
#include "report/fields.h"
#include "report/html.h"
#include "report/pages.h"
#include "report/report_assets.h"

namespace archtei::report {
namespace {

namespace fs = std::filesystem;

// `target` as a link from a page in `from`.
std::string link(const fs::path& target, const fs::path& from) {
  if (target.empty()) return {};
  std::error_code ec;
  fs::path rel = fs::relative(fs::absolute(target), fs::absolute(from), ec);
  return ec ? std::string() : href(rel.generic_string());
}

// What a warning is about: "unplaced citation text", "Rights", or a diagnostic's [code].
std::string warning_kind(const std::string& diagnostic) {
  if (diagnostic.ends_with("]"))
    if (std::size_t open = diagnostic.rfind('['); open != std::string::npos) {
      std::string code = diagnostic.substr(open + 1, diagnostic.size() - open - 2);
      if (code != "unplaced-metadata") return code;
    }
  std::size_t at = diagnostic.find("warning: ");
  std::string message = at == std::string::npos ? diagnostic : diagnostic.substr(at + 9);
  std::size_t colon = message.find(": ");
  return colon == std::string::npos ? message : message.substr(0, colon);
}

// A plain write: a report is rebuilt whole from the output folder, so it needs none of the
// per-file fsync that makes deposit outputs safe (10,000 of them cost minutes on a busy disk).
void write(const fs::path& file, std::string_view bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out)
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, file.string(), {}, "cannot write the report file", "io"});
}

}  // namespace

ReportSummary write_report(const fs::path& manifest_file, const fs::path& report_dir) {
  const fs::path output_dir = manifest_file.parent_path().empty() ? fs::path(".") : manifest_file.parent_path();
  std::error_code ec;
  if (!fs::is_regular_file(manifest_file, ec))
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, manifest_file.string(), {},
                                          "no manifest: not a folder archtei convert wrote", "no-manifest"});
  batch::Manifest manifest = batch::Manifest::read(manifest_file);
  std::vector<const batch::ManifestRecord*> records;
  for (const auto& r : manifest.records()) records.push_back(&r);
  // The same folder gives the same bytes: documents in the order of their inputs' paths.
  std::sort(records.begin(), records.end(), [](auto* a, auto* b) { return a->input < b->input; });

  const fs::path docs_dir = report_dir / "docs";
  fs::create_directories(docs_dir, ec);
  if (ec)
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, docs_dir.string(), {}, "cannot create: " + ec.message(), "io"});

  ReportSummary summary;
  std::vector<IndexRow> rows(records.size());
  auto page_name = [](std::size_t i) {
    std::string n = std::to_string(i + 1);
    return "doc-" + std::string(n.size() < 5 ? 5 - n.size() : 0, '0') + n + ".html";
  };
  std::vector<std::string> titles(records.size());
  auto write_page = [&](std::size_t i, const ReportEntry& e) {
    PageLinks links;
    links.index = "../index.html";
    if (i > 0) links.previous = page_name(i - 1), links.previous_title = titles[i - 1];
    if (i + 1 < records.size()) links.next = page_name(i + 1), links.next_title = titles[i + 1];
    links.tei = link(e.tei, docs_dir);
    links.jsonld = link(e.jsonld, docs_dir);
    links.source = link(e.source, docs_dir);
    write(docs_dir / page_name(i), document_page(e, links));
  };
  // A page links to the next document by its title, so each page is written once the next
  // document is loaded; one entry is held at a time.
  std::optional<ReportEntry> held;
  for (std::size_t i = 0; i < records.size(); ++i) {
    ReportEntry e = load_entry(*records[i], output_dir);
    if (e.source.empty()) ++summary.missing_sources;
    IndexRow& row = rows[i];
    row.page = "docs/" + page_name(i);
    row.input = e.input;
    row.record = e.doc.metadata;
    row.status = e.status;
    row.warnings = e.warning_count;
    for (const auto& w : e.problems)
      if (w.find(": warning: ") != std::string::npos) row.warning_kinds.push_back(warning_kind(w));
    titles[i] = row.record.title.empty() ? e.input : row.record.title;
    if (held) write_page(i - 1, *held);
    held = std::move(e);
  }
  if (held) write_page(records.size() - 1, *held);
  summary.documents = rows.size();
  write(report_dir / "index.html", index_page(rows));
  write(report_dir / "overview.html", overview_page(rows));
  std::string css(report_assets::kCss);
  css += "\n/* One highlight colour per field (src/report/fields.cpp). */\n";
  for (const FieldStyle& f : field_styles())
    css += ".f-" + std::string(f.key) + " { background: " + std::string(f.colour) + "; }\n";
  write(report_dir / "report.css", css);
  write(report_dir / "report.js", report_assets::kJs);
  return summary;
}

}  // namespace archtei::report
