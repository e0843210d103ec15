// The report's rows -> index.html: one row per document, sortable by every column and
// filterable (report.js), readable as a plain table without JavaScript.
#include <map>
#include <set>

#include "report/html.h"
#include "report/pages.h"

namespace archtei::report {
namespace {

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
  out += "<table id=\"documents\" class=\"documents\">\n<caption>Converted documents, one row each</caption>\n<thead><tr>";
  const char* columns[][2] = {{"title", "Title"},      {"date", "Date"},          {"type", "Type"},
                              {"archive", "Archive"},  {"translators", "Translators"}, {"status", "Status"},
                              {"warnings", "Warnings"}};
  for (auto& c : columns)
    out += std::string("<th scope=\"col\" data-key=\"") + c[0] + "\"" +
           (std::string_view(c[0]) == "warnings" ? " data-numeric=\"1\"" : "") + ">" + c[1] + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const IndexRow& r : rows) {
    std::vector<std::string> acronyms;
    for (const auto& a : r.record.archives) acronyms.push_back(a.archive);
    const std::string title = r.record.title.empty() ? r.input : r.record.title;
    out += "<tr data-archives=\"" + esc(joined(acronyms, "|")) + "\" data-translators=\"" +
           esc(joined(r.record.translators, "|")) + "\" data-decade=\"" + decade_of(r.record.date) + "\">";
    out += "<td><a href=\"" + href(r.page) + "\">" + esc(title) + "</a></td>";
    out += "<td>" + esc(r.record.date) + "</td>";
    out += "<td>" + esc(r.record.document_type) + "</td>";
    out += "<td>" + esc(archive_cell(r.record)) + "</td>";
    out += "<td>" + esc(joined(r.record.translators, ", ")) + "</td>";
    out += "<td class=\"status status-" + esc(r.status) + "\">" + esc(r.status) + "</td>";
    out += "<td class=\"num\">" + std::to_string(r.warnings) + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace archtei::report
