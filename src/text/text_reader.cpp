// A plain-text page -> Document: the page layout finds the regions, the parsers read the
// citation, credits, dates and title, and the body parser structures the text.
#include "text/text_reader.h"

#include <algorithm>
#include <cctype>

#include "text/body_parser.h"
#include "text/citation_parser.h"
#include "text/credit_parser.h"
#include "text/date_parser.h"
#include "text/page_layout.h"
#include "text/source_text.h"
#include "text/title_parser.h"

namespace archtei {
namespace {

bool is_url(std::string_view s) {
  if (!s.empty() && s.front() == '<') s.remove_prefix(1);
  return s.starts_with("http://") || s.starts_with("https://");
}

std::string strip_angle_brackets(std::string s) {
  if (!s.empty() && s.front() == '<') s.erase(0, 1);
  if (!s.empty() && s.back() == '>') s.pop_back();
  return s;
}

bool opens_with_quote(std::string_view s) {
  return s.starts_with("\"") || s.starts_with("\xE2\x80\x9C") || s.starts_with("\xE2\x80\x9E") ||
         s.starts_with("\xC2\xAB");
}

std::vector<std::string> split_lines(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

void add_unique(std::vector<std::string>& into, const std::string& value) {
  if (!value.empty() && std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
}

// "Russian, Chinese and Korean" -> each language as written.
std::vector<std::string> split_languages(std::string_view value) {
  std::vector<std::string> out;
  std::string s = collapse_space(value);
  for (std::string sep : {" and ", " & ", ";", "/", "\n"}) {
    std::size_t at;
    while ((at = s.find(sep)) != std::string::npos) s.replace(at, sep.size(), ",");
  }
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    add_unique(out, collapse_space(std::string_view(s).substr(start, comma - start)));
    start = comma + 1;
  }
  return out;
}

// What a "Citation" block holds besides the citation: a title line, a summary, the URL.
struct CitationBlock {
  std::string citation;
  std::string title;
  std::string summary;
  std::string url;
};

CitationBlock read_citation_block(std::string_view value) {
  CitationBlock block;
  auto lines = split_lines(value);
  auto quoted = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return opens_with_quote(l); });
  bool any_quoted = quoted != lines.end();
  bool in_citation = !any_quoted;
  for (auto it = lines.begin(); it != lines.end(); ++it) {
    const std::string& l = *it;
    if (l.empty()) continue;
    if (is_url(l)) { if (block.url.empty()) block.url = strip_angle_brackets(l); continue; }
    if (it == quoted) in_citation = true;
    if (in_citation) {
      if (!block.citation.empty()) block.citation += ' ';
      block.citation += l;
    } else if (l.size() > 100 || (l.back() == '.' && l.size() > 60)) {
      block.summary += (block.summary.empty() ? "" : " ") + l;
    } else if (block.title.empty()) {
      block.title = l;
    }
  }
  block.citation = collapse_space(block.citation);
  return block;
}

bool same_words(std::string_view a, std::string_view b) {
  std::string x = collapse_space(a), y = collapse_space(b);
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(x[i])) != std::tolower(static_cast<unsigned char>(y[i]))) return false;
  return true;
}

// A page that does not mark where its text starts may still open with the title (and the
// date) as lines of their own. Such a line is the title when it repeats the title the page
// gives elsewhere, or, with no title elsewhere, when it reads like one ("Letter from A to B").
void take_title_lines(std::vector<SourceLine>& text, Metadata& m) {
  auto standalone = [&](std::size_t i) { return i < text.size() && (i + 1 == text.size() || text[i + 1].text.empty()); };
  auto drop_first = [&] {
    text.erase(text.begin());
    while (!text.empty() && text.front().text.empty()) text.erase(text.begin());
  };
  if (text.size() < 3 || !standalone(0)) return;
  const std::string& first = text.front().text;
  if (!m.title.empty()) {
    if (!same_words(first, m.title)) return;
  } else {
    ParsedTitle pt = parse_title(first);
    bool titled = !pt.document_type.empty() &&
                  (!pt.authors.empty() || !pt.recipients.empty() || first.find(" between ") != std::string::npos);
    if (!titled || first.size() > 200) return;
    m.title = collapse_space(first);
  }
  drop_first();
  if (!m.date.empty() && standalone(0) && text.size() > 2 && parse_date(text.front().text) == m.date) drop_first();
}

}  // namespace

Document read_text(std::string_view input, const std::string& file, Diagnostics& diags) {
  const std::vector<SourceLine> lines = split_source_lines(input, file);
  const PageRegions page = split_page(lines);

  Document doc;
  Metadata& m = doc.metadata;
  m.file = file;

  auto warn = [&](std::string message, SourcePos pos) {
    m.warnings.push_back(message);
    diags.warn(std::move(message), "unplaced-metadata", pos);
  };

  ParsedCredits credits;
  std::string title_candidate, date_field, type_field, title_field;
  for (const LabelledField& f : page.fields) {
    const std::string value = collapse_space(f.value);
    if (f.label == "citation" || (f.label == "source" && opens_with_quote(value))) {
      CitationBlock block = read_citation_block(f.value);
      if (m.citation.empty()) m.citation = block.citation;
      if (title_candidate.empty()) title_candidate = block.title;
      if (m.summary.empty()) m.summary = block.summary;
      if (m.source_url.empty()) m.source_url = block.url;
    } else if (f.label == "source") {
      // A "Source" block gives the archival reference without the citation's frame.
      for (auto& ref : parse_archival_references(f.value)) m.archives.push_back(std::move(ref));
      if (m.archives.empty() && !value.empty()) m.published_sources.push_back(value);
    } else if (f.label == "summary") {
      if (m.summary.empty()) m.summary = value;
    } else if (f.label == "credits") {
      merge_credits(credits, parse_credits(value));
    } else if (f.label == "languages") {
      for (auto& lang : split_languages(f.value)) add_unique(m.original_languages, lang);
    } else if (f.label == "type") {
      type_field = value;
    } else if (f.label == "date") {
      date_field = value;
    } else if (f.label == "title") {
      title_field = value;
    } else if (f.label == "url") {
      if (m.source_url.empty()) m.source_url = strip_angle_brackets(value);
    } else if (f.label == "contents") {
      // The page's table of contents ("Translation - English"): navigation, not metadata.
    } else if (f.label == "leading" && m.summary.empty() && value.size() >= 80) {
      m.summary = value;  // pages that open with the summary
    } else if (!value.empty()) {
      std::string what = f.name.empty() ? "unplaced page text: " : f.name + ": ";
      warn(what + value, f.pos);
    }
  }

  if (!m.citation.empty()) {
    ParsedCitation pc = parse_citation(m.citation);
    if (m.title.empty()) m.title = pc.title;
    if (m.date.empty() && !pc.date_text.empty()) m.date = parse_date(pc.date_text);
    m.publisher = pc.publisher;
    for (auto& ref : pc.archives) m.archives.push_back(std::move(ref));
    for (auto& src : pc.published_sources) add_unique(m.published_sources, src);
    if (!pc.credit_text.empty()) merge_credits(credits, parse_credits(pc.credit_text));
    if (m.source_url.empty()) m.source_url = pc.url;
    for (auto& piece : pc.unplaced) warn("unplaced citation text: " + piece, {});
  }

  // The date line above the title is the page's own statement of the document's date; the
  // citation repeats it, and a title may hold a second, different date.
  if (!page.date_line.empty()) {
    std::string iso = parse_date(page.date_line);
    if (!iso.empty()) m.date = iso;
  }
  if (m.date.empty() && !date_field.empty()) m.date = parse_date(date_field);

  for (const std::string* t : std::initializer_list<const std::string*>{&page.title_line, &title_candidate, &title_field})
    if (m.title.empty() && !t->empty()) m.title = collapse_space(*t);
  if (m.title.size() >= 2 && opens_with_quote(m.title)) m.title = parse_citation(m.title).title;

  std::vector<SourceLine> text_lines = page.text_lines;
  if (!page.text_marked) take_title_lines(text_lines, m);

  ParsedTitle pt = parse_title(m.title);
  m.document_type = pt.document_type.empty() ? type_field : pt.document_type;
  m.authors = std::move(pt.authors);
  m.recipients = std::move(pt.recipients);

  m.translators = std::move(credits.translators);
  m.contributors = std::move(credits.contributors);
  m.editors = std::move(credits.editors);
  m.other_credits = std::move(credits.other_credits);
  m.funders = std::move(credits.funders);
  for (auto& piece : credits.unplaced) warn("unplaced credit: " + piece, {});

  if (text_lines.empty())
    throw Error::input(file, {}, "no document text found on the page", "no-text");
  ParsedBody body = parse_body(text_lines, diags);
  doc.body = std::move(body.blocks);
  m.signers = std::move(body.signers);
  m.speakers = std::move(body.speakers);

  // With no date anywhere in the page's metadata, the text's own dateline is the next best.
  if (m.date.empty()) {
    for (const Block& b : doc.body) {
      if (b.kind != BlockKind::Opener && b.kind != BlockKind::Closer) continue;
      for (const Block& part : b.children) {
        if (part.kind != BlockKind::Dateline || !m.date.empty()) continue;
        std::string text;
        for (const Inline& in : part.inlines)
          if (in.kind == InlineKind::Text) text += in.text;
        m.date = find_date(text).iso;
      }
    }
  }
  return doc;
}

}  // namespace archtei
