// One report entry -> its document page: the source text with every traced value marked
// in place, the record beside it (each value tied to its marks), problems linked to their
// lines, and the TEI text for reading.
#include <algorithm>
#include <set>

#include "report/fields.h"
#include "report/html.h"
#include "report/pages.h"

namespace archtei::report {
namespace {

/// One value of the record with its spans, as the record panel lists it.
struct TracedValue {
  std::string key;     ///< the field's key in field_styles()
  std::string label;   ///< what the panel calls it ("translators", "archives[0].fond")
  std::string value;
  const Spans* spans;  ///< null when the document was not traced
  std::vector<std::string> ids;  ///< the ids of its marks, filled when marking the text
};

std::vector<TracedValue> traced_values(const Metadata& m, const RecordSpans& s) {
  std::vector<TracedValue> out;
  const bool t = s.traced;
  auto one = [&](const std::string& key, const std::string& label, const std::string& value, const Spans* spans) {
    if (!value.empty()) out.push_back({key, label, value, t ? spans : nullptr, {}});
  };
  auto many = [&](const std::string& key, const std::vector<std::string>& values, const std::vector<Spans>& spans) {
    for (std::size_t i = 0; i < values.size(); ++i)
      one(key, key, values[i], t && i < spans.size() ? &spans[i] : nullptr);
  };
  one("title", "title", m.title, &s.title);
  one("date", "date", m.date, &s.date);
  one("document_type", "document_type", m.document_type, &s.document_type);
  many("authors", m.authors, s.authors);
  many("recipients", m.recipients, s.recipients);
  for (std::size_t i = 0; i < m.archives.size(); ++i) {
    const ArchivalReference& r = m.archives[i];
    const ReferenceSpans* rs = t && i < s.archives.size() ? &s.archives[i] : nullptr;
    std::string at = "archives[" + std::to_string(i) + "].";
    one("archive", at + "archive", r.archive, rs ? &rs->archive : nullptr);
    one("archive_name", at + "archive_name", r.archive_name, rs ? &rs->archive_name : nullptr);
    one("fond", at + "fond", r.fond, rs ? &rs->fond : nullptr);
    one("opis", at + "opis", r.opis, rs ? &rs->opis : nullptr);
    one("delo", at + "delo", r.delo, rs ? &rs->delo : nullptr);
    one("papka", at + "papka", r.papka, rs ? &rs->papka : nullptr);
    one("listy", at + "listy", r.listy, rs ? &rs->listy : nullptr);
    one("note", at + "note", r.note, rs ? &rs->note : nullptr);
    one("citation", at + "citation", r.citation, rs ? &rs->citation : nullptr);
  }
  many("published_sources", m.published_sources, s.published_sources);
  many("translators", m.translators, s.translators);
  many("contributors", m.contributors, s.contributors);
  many("editors", m.editors, s.editors);
  for (std::size_t i = 0; i < m.other_credits.size(); ++i) {
    const CreditSpans* cs = t && i < s.other_credits.size() ? &s.other_credits[i] : nullptr;
    std::string at = "other_credits[" + std::to_string(i) + "].";
    one("role", at + "role", m.other_credits[i].role, cs ? &cs->role : nullptr);
    one("name", at + "name", m.other_credits[i].name, cs ? &cs->name : nullptr);
  }
  many("funders", m.funders, s.funders);
  many("original_languages", m.original_languages, s.original_languages);
  one("summary", "summary", m.summary, &s.summary);
  one("source_url", "source_url", m.source_url, &s.source_url);
  one("publisher", "publisher", m.publisher, &s.publisher);
  many("signers", m.signers, s.signers);
  many("speakers", m.speakers, s.speakers);
  many("warnings", m.warnings, s.warnings);
  return out;
}

struct Mark {
  std::size_t begin, end;
  std::string id;
  std::size_t value;  // index into the traced values
};

// The source text, line by line, each stretch covered by spans in a <mark> naming them.
std::string source_html(const std::string& text, const RecordSpans& spans, std::vector<TracedValue>& values) {
  std::vector<Mark> marks;
  for (std::size_t v = 0; v < values.size(); ++v) {
    if (values[v].spans == nullptr) continue;
    for (const SourceSpan& s : *values[v].spans) {
      std::string id = "s" + std::to_string(marks.size() + 1);
      marks.push_back({s.offset, s.offset + s.length, id, v});
      values[v].ids.push_back(id);
    }
  }
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) line_starts.push_back(i + 1);
  std::set<std::size_t> body(spans.text_lines.begin(), spans.text_lines.end());
  std::vector<bool> marked_line(line_starts.size() + 1, false);
  for (const Mark& m : marks)
    for (std::size_t l = 0; l < line_starts.size(); ++l) {
      std::size_t ls = line_starts[l], le = l + 1 < line_starts.size() ? line_starts[l + 1] : text.size();
      if (m.begin < le && m.end > ls) marked_line[l + 1] = true;
    }
  std::set<std::size_t> cuts;
  for (const Mark& m : marks) {
    cuts.insert(m.begin);
    cuts.insert(m.end);
  }
  std::string out = "<div class=\"src\" id=\"source-text\">";
  for (std::size_t l = 0; l < line_starts.size(); ++l) {
    std::size_t begin = line_starts[l];
    std::size_t end = l + 1 < line_starts.size() ? line_starts[l + 1] : text.size();
    while (end > begin && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    const std::size_t number = l + 1;
    bool blank = std::all_of(text.begin() + static_cast<std::ptrdiff_t>(begin),
                             text.begin() + static_cast<std::ptrdiff_t>(end), [](char c) { return c == ' ' || c == '\t'; });
    // A line the reader took neither into the text nor into the record: chrome, labels.
    const char* kind = blank ? "" : body.count(number) ? " body" : marked_line[number] ? " meta" : " unused";
    out += "<div class=\"ln" + std::string(kind) + "\" id=\"L" + std::to_string(number) + "\"><span class=\"no\" aria-hidden=\"true\">" +
           std::to_string(number) + "</span><span class=\"tx\">";
    if (std::string(kind) == " unused") out += "<del>";
    std::size_t at = begin;
    while (at < end) {
      auto next_cut = cuts.upper_bound(at);
      std::size_t stop = next_cut == cuts.end() ? end : std::min(end, *next_cut);
      std::vector<const Mark*> over;
      for (const Mark& m : marks)
        if (m.begin <= at && m.end >= stop) over.push_back(&m);
      std::string piece = esc(std::string_view(text).substr(at, stop - at));
      if (over.empty()) {
        out += piece;
      } else {
        // The colour is the narrowest span's: a fond inside its reference shows as the fond.
        const Mark* inner = *std::min_element(over.begin(), over.end(), [](const Mark* a, const Mark* b) {
          return a->end - a->begin < b->end - b->begin;
        });
        std::string ids, names;
        std::set<std::string> seen;
        for (const Mark* m : over) {
          ids += (ids.empty() ? "" : " ") + m->id;
          if (seen.insert(values[m->value].label).second) names += (names.empty() ? "" : "; ") + values[m->value].label;
        }
        out += "<mark class=\"f-" + values[inner->value].key + "\" data-s=\"" + ids + "\" title=\"" + esc(names) + "\">" +
               piece + "</mark>";
      }
      at = stop;
    }
    if (std::string(kind) == " unused") out += "</del>";
    out += "</span></div>\n";
  }
  out += "</div>";
  return out;
}

std::string legend(const std::vector<TracedValue>& values) {
  std::set<std::string> present;
  for (const auto& v : values)
    if (v.spans && !v.spans->empty()) present.insert(v.key);
  std::string out = "<ul class=\"legend\" aria-label=\"Highlight colours\">";
  for (const FieldStyle& f : field_styles())
    if (present.count(std::string(f.key)))
      out += "<li><mark class=\"f-" + std::string(f.key) + "\">" + esc(f.label) + "</mark></li>";
  out += "<li><del>struck out</del>: page chrome and labels, used for neither the record nor the text</li></ul>";
  return out;
}

std::string record_html(const std::vector<TracedValue>& values, bool traced) {
  std::string out = "<dl class=\"record\">";
  std::string last;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const TracedValue& v = values[i];
    if (v.label != last) out += "<dt>" + esc(v.label) + "</dt>";
    last = v.label;
    std::string ids;
    for (const auto& id : v.ids) ids += (ids.empty() ? "" : " ") + id;
    out += "<dd><button type=\"button\" class=\"val f-" + v.key + "\" id=\"v" + std::to_string(i + 1) + "\" data-spans=\"" +
           ids + "\" data-field=\"" + esc(v.label) + "\">" + esc(v.value) + "</button>";
    // Where it was read, as links to the lines: the way there for keyboards, readers and print.
    if (v.spans && !v.spans->empty()) {
      out += " <span class=\"where\">read at ";
      std::set<std::size_t> lines;
      for (const SourceSpan& s : *v.spans)
        if (lines.insert(s.line).second)
          out += std::string(lines.size() > 1 ? ", " : "") + "<a href=\"#L" + std::to_string(s.line) + "\">line " +
                 std::to_string(s.line) + "</a>";
      out += "</span>";
    }
    if (traced && v.ids.empty()) out += " <span class=\"nospan\">(no source span)</span>";
    out += "</dd>";
  }
  out += "</dl>";
  return out;
}

// "file:12:3: warning: ..." -> 12, for a diagnostic about `file`; 0 otherwise.
std::size_t line_of(const std::string& diagnostic, const std::string& file) {
  if (!diagnostic.starts_with(file + ":")) return 0;
  std::size_t at = file.size() + 1, n = 0;
  while (at < diagnostic.size() && std::isdigit(static_cast<unsigned char>(diagnostic[at]))) n = n * 10 + (diagnostic[at++] - '0');
  return at < diagnostic.size() && diagnostic[at] == ':' ? n : 0;
}

std::string problems_html(const ReportEntry& e, const std::vector<TracedValue>& values) {
  std::string items;
  for (const std::string& p : e.problems) {
    std::size_t line = line_of(p, e.input);
    items += "<li>" + (line ? "<a href=\"#L" + std::to_string(line) + "\">line " + std::to_string(line) + "</a>: " : std::string()) +
             esc(p) + "</li>";
  }
  // The record's warnings, at the lines their spans start on.
  for (const TracedValue& v : values) {
    if (v.key != "warnings") continue;
    std::string where;
    if (v.spans)
      for (const SourceSpan& s : *v.spans)
        where += "<a href=\"#L" + std::to_string(s.line) + "\">line " + std::to_string(s.line) + "</a> ";
    items += "<li>" + where + "record warning: " + esc(v.value) + "</li>";
  }
  if (items.empty()) return "<p>No warnings or validation problems.</p>";
  return "<ul class=\"problems\">" + items + "</ul>";
}

}  // namespace

std::string document_page(const ReportEntry& e, const PageLinks& links) {
  const Metadata& m = e.doc.metadata;
  std::vector<TracedValue> values = traced_values(m, e.doc.spans);
  std::string title = m.title.empty() ? e.input : m.title;
  std::string out = page_start(title + " — archtei report", "../", "doc-page");
  out += "<a class=\"skip\" href=\"#main\">Skip to the document</a>\n<header>\n<nav aria-label=\"Documents\"><ul class=\"nav\">";
  out += "<li><a href=\"" + links.index + "\">All documents</a></li>";
  if (!links.previous.empty())
    out += "<li><a rel=\"prev\" href=\"" + links.previous + "\">← Previous: " + esc(links.previous_title) + "</a></li>";
  if (!links.next.empty())
    out += "<li><a rel=\"next\" href=\"" + links.next + "\">Next: " + esc(links.next_title) + " →</a></li>";
  out += "</ul></nav>\n<h1>" + esc(title) + "</h1>\n<p class=\"meta\">";
  out += "<span class=\"status status-" + esc(e.status) + "\">" + esc(e.status) + "</span> · " + esc(e.input);
  if (!links.source.empty()) out += " · <a href=\"" + links.source + "\">source text</a>";
  if (!links.tei.empty()) out += " · <a href=\"" + links.tei + "\">TEI</a>";
  if (!links.jsonld.empty()) out += " · <a href=\"" + links.jsonld + "\">JSON-LD</a>";
  out += "</p>\n</header>\n<main id=\"main\">\n";
  out += "<section class=\"issues\" aria-labelledby=\"problems-h\"><h2 id=\"problems-h\">Warnings and validation</h2>" +
         problems_html(e, values) + "</section>\n";
  out += "<div class=\"columns\">\n<section class=\"source\" aria-labelledby=\"source-h\"><h2 id=\"source-h\">Source text</h2>";
  std::string source;
  if (e.doc.spans.traced) {
    source = source_html(e.text, e.doc.spans, values);
    out += legend(values) + source;
  } else {
    out += "<p>No source text: the input is not a text, or it could not be read; the record comes from the TEI header and has no source spans.</p>";
  }
  out += "</section>\n<section class=\"record-panel\" aria-labelledby=\"record-h\"><h2 id=\"record-h\">Record</h2>"
         "<p class=\"hint\">Hover or focus a value to see where it was read.</p>" +
         record_html(values, e.doc.spans.traced) + "</section>\n</div>\n";
  std::string tei = tei_text_html(e.tei_tree);
  out += "<section class=\"tei-view\" aria-labelledby=\"tei-h\"><h2 id=\"tei-h\">TEI text</h2>" +
         (tei.empty() ? std::string("<p>No TEI was written for this document.</p>") : tei) + "</section>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace archtei::report
