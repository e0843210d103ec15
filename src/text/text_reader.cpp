// A plain-text page -> Document: the page layout finds the regions, the parsers read the
// citation, credits, dates and title, and the body parser structures the text.
#include "text/text_reader.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "text/body_parser.h"
#include "text/citation_parser.h"
#include "text/credit_parser.h"
#include "text/date_parser.h"
#include "text/page_head.h"
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

}  // namespace

PageReading read_page(std::string_view input, const std::string& file, Diagnostics& diags) {
  const std::vector<SourceLine> lines = split_source_lines(input, file);
  const PageRegions page = split_page(lines);

  PageReading reading;
  Metadata& m = reading.metadata;
  m.file = file;

  auto warn = [&](std::string message, SourcePos pos) {
    m.warnings.push_back(message);
    diags.warn(std::move(message), "unplaced-metadata", pos);
  };

  ParsedCredits credits;
  std::string title_candidate, date_field, type_field, title_field;
  std::vector<std::string> original_archives;  // "Original Archive" values, placed once all references are read
  std::vector<LabelledSentence> statements;     // "Label: value" statements inside the citation and sources
  auto read_field = [&](const LabelledField& f) {
    const std::string value = collapse_space(f.value);
    if (f.label == "citation" || (f.label == "source" && opens_with_quote(value))) {
      CitationBlock block = read_citation_block(f.value);
      if (m.citation.empty()) m.citation = block.citation;
      if (title_candidate.empty()) title_candidate = block.title;
      if (m.summary.empty()) m.summary = block.summary;
      if (m.source_url.empty()) m.source_url = block.url;
    } else if (f.label == "source") {
      // A "Source" block is a citation without the title-and-date frame: archival
      // references or a publication, often with the credits after them.
      ParsedCitation pc = parse_citation(value);
      for (auto& ref : pc.archives) m.archives.push_back(std::move(ref));
      for (auto& src : pc.published_sources) add_unique(m.published_sources, src);
      if (!pc.credit_text.empty()) merge_credits(credits, parse_credits(pc.credit_text));
      if (m.source_url.empty()) m.source_url = pc.url;
      for (auto& statement : pc.labelled) statements.push_back(std::move(statement));
      if (pc.archives.empty() && pc.published_sources.empty() && pc.credit_text.empty() && pc.labelled.empty() &&
          !value.empty())
        m.published_sources.push_back(value);
    } else if (f.label == "summary") {
      if (m.summary.empty()) m.summary = value;
    } else if (f.label == "credits") {
      merge_credits(credits, parse_credits(value));
    } else if (f.label == "languages") {
      for (auto& lang : split_languages(f.value)) add_unique(m.original_languages, lang);
    } else if (f.label == "archive") {
      if (!value.empty()) original_archives.push_back(value);
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
  };
  // A "Label: value" statement inside a citation or a credit line ("Original language:
  // Chinese") reads as the page's own labelled block would.
  auto read_statement = [&](const LabelledSentence& s) {
    if (s.field == "citation" || s.field == "text" || s.field == "section") return false;
    read_field(LabelledField{s.field, s.label, s.value, {}});
    return true;
  };
  for (const LabelledField& f : page.fields) read_field(f);

  if (!m.citation.empty()) {
    ParsedCitation pc = parse_citation(m.citation);
    // A "Source" block and the citation often give the same reference, each spelling the
    // archive its own way: keep it once, as the citation writes it.
    std::erase_if(pc.archives, [&](const ArchivalReference& ref) {
      auto same = std::find_if(m.archives.begin(), m.archives.end(),
                               [&](const ArchivalReference& known) { return same_reference(known, ref); });
      if (same == m.archives.end()) return false;
      std::string note = same->note.empty() ? ref.note : same->note;
      *same = ref;
      same->note = std::move(note);
      return true;
    });
    if (m.title.empty()) m.title = pc.title;
    if (m.date.empty() && !pc.date_text.empty()) m.date = parse_date(pc.date_text);
    m.publisher = pc.publisher;
    for (auto& ref : pc.archives) m.archives.push_back(std::move(ref));
    for (auto& src : pc.published_sources) add_unique(m.published_sources, src);
    if (!pc.credit_text.empty()) merge_credits(credits, parse_credits(pc.credit_text));
    if (m.source_url.empty()) m.source_url = pc.url;
    for (auto& statement : pc.labelled) statements.push_back(std::move(statement));
    for (auto& piece : pc.unplaced) warn("unplaced citation text: " + piece, {});
  }
  for (const auto& statement : statements)
    if (!read_statement(statement)) warn("unplaced citation text: " + statement.label + ": " + statement.value, {});
  // Sentences among the credits that are no credit: a labelled statement ("Original
  // language: Chinese") or a publication ("Published in CWIHP Bulletin 5").
  for (auto& piece : std::exchange(credits.unplaced, {})) {
    if (auto statement = labelled_sentence(piece); statement && read_statement(*statement)) continue;
    if (std::string publication = publication_in(piece); !publication.empty()) {
      add_unique(m.published_sources, publication);
      continue;
    }
    warn("unplaced credit: " + piece, {});
  }
  for (const std::string& archive : original_archives) add_archive_named(archive, m.archives);

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

  std::vector<SourceLine>& text_lines = reading.text_lines;
  text_lines = page.text_lines;
  if (!page.text_marked) {
    // The head above an unlabelled text: its date line is the page's own statement of the
    // date, as a date line above a citation block is.
    PageHead head = read_page_head(text_lines, m.title);
    if (!head.date_line.empty())
      if (std::string iso = parse_date(head.date_line); !iso.empty()) m.date = iso;
    if (m.title.empty()) m.title = head.title;
    if (m.summary.empty()) m.summary = head.summary;
    for (const std::string& line : head.credit_lines) merge_credits(credits, parse_credits(line));
    text_lines.erase(text_lines.begin(), text_lines.begin() + static_cast<std::ptrdiff_t>(head.end));
    // Under the site's head (its date line and title), a page cut off before its blocks may
    // still end with the summary.
    if (m.summary.empty() && !head.date_line.empty() && !head.title.empty())
      m.summary = take_restating_summary(text_lines, m.title);
  }

  ParsedTitle pt = parse_title(m.title);
  m.document_type = pt.document_type.empty() ? type_field : pt.document_type;
  m.authors = std::move(pt.authors);
  m.recipients = std::move(pt.recipients);
  reading.participants = std::move(pt.participants);

  m.translators = std::move(credits.translators);
  m.contributors = std::move(credits.contributors);
  m.editors = std::move(credits.editors);
  m.other_credits = std::move(credits.other_credits);
  m.funders = std::move(credits.funders);

  if (text_lines.empty())
    throw Error::input(file, {}, "no document text found on the page", "no-text");
  return reading;
}

Document read_text(std::string_view input, const std::string& file, Diagnostics& diags) {
  PageReading page = read_page(input, file, diags);
  Document doc;
  doc.metadata = std::move(page.metadata);
  Metadata& m = doc.metadata;
  ParsedBody body = parse_body(page.text_lines, diags, page.participants);
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
