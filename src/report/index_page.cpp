// The report's rows -> index.html: one row per document, sortable by every column and
// filterable (report.js), readable as a plain table without JavaScript.
#include <set>

#include "report/html.h"
#include "report/pages.h"

namespace archtei::report {
namespace {

// Rows per chunk of the index: the unit the browser skips laying out when off screen.
constexpr std::size_t kRowsPerChunk = 100;

std::string joined(const std::vector<std::string>& values, const std::string& sep) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : sep) + v;
  return out;
}

// "RGASPI f. 558, op. 11, d. 106" for each reference.
std::string archive_cell(const Metadata& m) {
  std::vector<std::string> refs;
  for (const ArchivalReference& r : m.archives) {
    std::string levels;
    for (auto [label, value] : {std::pair{"f.", &r.fond}, std::pair{"op.", &r.opis}, std::pair{"d.", &r.delo}})
      if (!value->empty()) levels += (levels.empty() ? "" : ", ") + std::string(label) + " " + *value;
    refs.push_back(r.archive + (levels.empty() ? "" : " " + levels));
  }
  return joined(refs, "; ");
}

std::string options(const std::set<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += "<option>" + esc(v) + "</option>";
  return out;
}

}  // namespace

std::string page_start(const std::string& title, const std::string& assets, const std::string& body_class) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         esc(title) + "</title>\n<link rel=\"stylesheet\" href=\"" + assets + "report.css\">\n<script src=\"" + assets +
         "report.js\" defer></script>\n</head>\n<body class=\"" + body_class + "\">\n";
}

std::string decade_of(const std::string& iso) {
  if (iso.size() < 4 || !std::isdigit(static_cast<unsigned char>(iso[3]))) return {};
  return iso.substr(0, 3) + "0s";
}

std::string index_page(const std::vector<IndexRow>& rows) {
  std::set<std::string> archives, translators, decades;
  for (const IndexRow& r : rows) {
    for (const auto& a : r.record.archives)
      if (!a.archive.empty()) archives.insert(a.archive);
    for (const auto& t : r.record.translators) translators.insert(t);
    if (std::string d = decade_of(r.record.date); !d.empty()) decades.insert(d);
  }
  std::string out = page_start("Documents — archtei report", "", "index-page");
  out += "<a class=\"skip\" href=\"#documents\">Skip to the documents</a>\n<header>\n<h1>Documents</h1>\n"
         "<nav aria-label=\"Report\"><ul class=\"nav\"><li><a href=\"overview.html\">Collection overview</a></li></ul></nav>\n</header>\n<main>\n";
  out += "<form class=\"filters\" id=\"filters\" hidden role=\"search\" aria-label=\"Filter documents\">\n"
         "<label>Search <input type=\"search\" id=\"f-text\" autocomplete=\"off\"></label>\n"
         "<label><input type=\"checkbox\" id=\"f-warnings\"> has warnings</label>\n"
         "<label><input type=\"checkbox\" id=\"f-invalid\"> invalid or failed</label>\n"
         "<label>Archive <select id=\"f-archive\"><option value=\"\">all</option>" + options(archives) + "</select></label>\n"
         "<label>Translator <select id=\"f-translator\"><option value=\"\">all</option>" + options(translators) + "</select></label>\n"
         "<label>Decade <select id=\"f-decade\"><option value=\"\">all</option>" + options(decades) + "</select></label>\n"
         "</form>\n";
  out += "<p id=\"count\" role=\"status\" aria-live=\"polite\">" + std::to_string(rows.size()) + " documents</p>\n";
  // A grid of rows in chunks rather than a <table>: the browser lays out and paints only the
  // chunks near the viewport (content-visibility), which keeps 10,000 rows fast to open and
  // to filter. ARIA roles give it a table's semantics.
  out += "<div id=\"documents\" class=\"documents\" role=\"table\" aria-label=\"Converted documents, one row each\" "
         "aria-rowcount=\"" + std::to_string(rows.size() + 1) + "\">\n<div role=\"rowgroup\" class=\"head\"><div role=\"row\" class=\"row\">";
  const char* columns[][2] = {{"title", "Title"},      {"date", "Date"},          {"type", "Type"},
                              {"archive", "Archive"},  {"translators", "Translators"}, {"status", "Status"},
                              {"warnings", "Warnings"}};
  for (auto& c : columns)
    out += std::string("<span role=\"columnheader\" data-key=\"") + c[0] + "\"" +
           (std::string_view(c[0]) == "warnings" ? " data-numeric=\"1\"" : "") + ">" + c[1] + "</span>";
  out += "</div></div>\n<div role=\"rowgroup\" class=\"rows\" id=\"rows\">\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const IndexRow& r = rows[i];
    if (i % kRowsPerChunk == 0) out += std::string(i == 0 ? "" : "</div>\n") + "<div class=\"chunk\">\n";
    std::vector<std::string> acronyms;
    for (const auto& a : r.record.archives) acronyms.push_back(a.archive);
    const std::string title = r.record.title.empty() ? r.input : r.record.title;
    out += "<div role=\"row\" class=\"row\" data-archives=\"" + esc(joined(acronyms, "|")) + "\" data-translators=\"" +
           esc(joined(r.record.translators, "|")) + "\" data-decade=\"" + decade_of(r.record.date) + "\">";
    out += "<span role=\"cell\"><a href=\"" + href(r.page) + "\">" + esc(title) + "</a></span>";
    out += "<span role=\"cell\">" + esc(r.record.date) + "</span>";
    out += "<span role=\"cell\">" + esc(r.record.document_type) + "</span>";
    out += "<span role=\"cell\">" + esc(archive_cell(r.record)) + "</span>";
    out += "<span role=\"cell\">" + esc(joined(r.record.translators, ", ")) + "</span>";
    out += "<span role=\"cell\" class=\"status status-" + esc(r.status) + "\">" + esc(r.status) + "</span>";
    out += "<span role=\"cell\" class=\"num\">" + std::to_string(r.warnings) + "</span></div>\n";
  }
  if (!rows.empty()) out += "</div>\n";
  out += "</div>\n</div>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace archtei::report
