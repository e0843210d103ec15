// The report's rows -> overview.html: the collection in bar charts drawn as inline SVG
// (documents per year, archive, original language and translator; field coverage; warnings
// by kind), each with its figures as text so it reads without JavaScript or colour.
#include <algorithm>
#include <map>

#include "report/html.h"
#include "report/pages.h"

namespace archtei::report {
namespace {

using Counts = std::vector<std::pair<std::string, std::size_t>>;

// The largest `limit` counts, largest first (ties by name); `keep_order` keeps the given order.
Counts top(const std::map<std::string, std::size_t>& counts, std::size_t limit, bool keep_order) {
  Counts out(counts.begin(), counts.end());
  if (!keep_order)
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::string chart(const std::string& id, const std::string& title, const Counts& counts, std::size_t more,
                  const std::string& unit) {
  std::string out = "<figure class=\"chart\" aria-labelledby=\"" + id + "-t\"><figcaption id=\"" + id + "-t\">" + esc(title) +
                    "</figcaption>";
  if (counts.empty()) return out + "<p>None in this collection.</p></figure>\n";
  std::size_t max = 1;
  for (const auto& [k, n] : counts) max = std::max(max, n);
  const int row = 20, label = 230, width = 360;
  const int height = static_cast<int>(counts.size()) * row + 4;
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + id + "-t\" width=\"" +
         std::to_string(label + width + 60) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
         std::to_string(label + width + 60) + " " + std::to_string(height) + "\">";
  int y = 2;
  for (const auto& [name, n] : counts) {
    std::string shown = name.size() > 34 ? name.substr(0, 32) + "…" : name;
    int w = static_cast<int>(static_cast<double>(n) / static_cast<double>(max) * width + 0.5);
    out += "<g><title>" + esc(name) + ": " + std::to_string(n) + " " + unit + "</title>";
    out += "<text x=\"" + std::to_string(label - 6) + "\" y=\"" + std::to_string(y + 14) + "\" text-anchor=\"end\">" +
           esc(shown) + "</text>";
    out += "<rect x=\"" + std::to_string(label) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
           std::to_string(std::max(w, 1)) + "\" height=\"14\" class=\"bar\"/>";
    out += "<text x=\"" + std::to_string(label + w + 4) + "\" y=\"" + std::to_string(y + 14) + "\">" + std::to_string(n) +
           "</text></g>";
    y += row;
  }
  out += "</svg>";
  if (more) out += "<p>and " + std::to_string(more) + " more</p>";
  return out + "</figure>\n";
}

std::string counted_chart(const std::string& id, const std::string& title,
                          const std::map<std::string, std::size_t>& counts, bool keep_order,
                          const std::string& unit = "documents", std::size_t limit = 30) {
  Counts shown = top(counts, keep_order ? counts.size() : limit, keep_order);
  return chart(id, title, shown, counts.size() - shown.size(), unit);
}

}  // namespace

std::string overview_page(const std::vector<IndexRow>& rows) {
  std::map<std::string, std::size_t> years, archives, languages, translators, coverage, warnings;
  const std::vector<std::pair<std::string, bool (*)(const Metadata&)>> fields = {
      {"title", [](const Metadata& m) { return !m.title.empty(); }},
      {"date", [](const Metadata& m) { return !m.date.empty(); }},
      {"document_type", [](const Metadata& m) { return !m.document_type.empty(); }},
      {"authors", [](const Metadata& m) { return !m.authors.empty(); }},
      {"recipients", [](const Metadata& m) { return !m.recipients.empty(); }},
      {"archives", [](const Metadata& m) { return !m.archives.empty(); }},
      {"published_sources", [](const Metadata& m) { return !m.published_sources.empty(); }},
      {"translators", [](const Metadata& m) { return !m.translators.empty(); }},
      {"contributors", [](const Metadata& m) { return !m.contributors.empty(); }},
      {"funders", [](const Metadata& m) { return !m.funders.empty(); }},
      {"original_languages", [](const Metadata& m) { return !m.original_languages.empty(); }},
      {"summary", [](const Metadata& m) { return !m.summary.empty(); }},
      {"source_url", [](const Metadata& m) { return !m.source_url.empty(); }},
      {"signers", [](const Metadata& m) { return !m.signers.empty(); }},
      {"speakers", [](const Metadata& m) { return !m.speakers.empty(); }},
  };
  for (const IndexRow& r : rows) {
    const Metadata& m = r.record;
    years[m.date.size() >= 4 ? m.date.substr(0, 4) : "no date"]++;
    if (m.archives.empty()) archives["no archive"]++;
    for (const auto& a : m.archives) archives[a.archive.empty() ? "(not named)" : a.archive]++;
    if (m.original_languages.empty()) languages["not stated"]++;
    for (const auto& l : m.original_languages) languages[l]++;
    for (const auto& t : m.translators) translators[t]++;
    for (const auto& [name, has] : fields)
      if (has(m)) coverage[name]++;
    for (const auto& k : r.warning_kinds) warnings[k]++;
  }
  // Coverage in the record's order, not by count.
  Counts cover;
  for (const auto& [name, has] : fields) cover.emplace_back(name, coverage[name]);

  std::string out = page_start("Collection overview — archtei report", "", "overview-page");
  out += "<a class=\"skip\" href=\"#main\">Skip to the charts</a>\n<header>\n<h1>Collection overview</h1>\n"
         "<nav aria-label=\"Report\"><ul class=\"nav\"><li><a href=\"index.html\">All documents</a></li></ul></nav>\n"
         "<p>" + std::to_string(rows.size()) + " documents.</p>\n</header>\n<main id=\"main\" class=\"charts\">\n";
  out += counted_chart("years", "Documents per year", years, true);
  out += counted_chart("archives", "Documents per archive", archives, false);
  out += counted_chart("languages", "Documents per original language", languages, false);
  out += counted_chart("translators", "Documents per translator", translators, false);
  out += chart("coverage", "Field coverage: documents with each field (of " + std::to_string(rows.size()) + ")", cover, 0,
               "documents");
  out += counted_chart("warnings", "Warnings by kind", warnings, false, "warnings");
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace archtei::report
