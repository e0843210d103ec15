// A plain-text page -> Document: the page layout finds the regions, the parsers read the
// citation, credits, dates and title, and the body parser structures the text.
#include "text/text_reader.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <utility>

#include "model/language_names.h"
#include "text/archive_table.h"
#include "text/body_parser.h"
#include "text/body_text.h"
#include "text/citation_parser.h"
#include "text/credit_parser.h"
#include "text/date_parser.h"
#include "text/foreign_phrases.h"
#include "text/language_id.h"
#include "text/language_parts.h"
#include "text/page_head.h"
#include "text/page_layout.h"
#include "text/record_spans.h"
#include "text/source_text.h"
#include "text/tables.h"
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
  // A copy that wraps lines wraps the summary too: a line going on in lower case is the
  // rest of the line before it.
  std::vector<std::string> lines;
  for (std::string& l : split_lines(value)) {
    if (!lines.empty() && !lines.back().empty() && !l.empty() && !ends_sentence(lines.back()) && starts_lower(l))
      lines.back() += ' ' + l;
    else
      lines.push_back(std::move(l));
  }
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

// The language archtei's pages are translated into.
constexpr const char* kTranslationLanguage = "en";

// A document written in English: the page's "Original Language" says so, or, where it says
// nothing, its archive is in a country that kept its records in English.
bool written_in_english(const Metadata& m) {
  if (!m.original_languages.empty())
    return std::any_of(m.original_languages.begin(), m.original_languages.end(),
                       [](const std::string& name) { return language_code(name).value_or("") == kTranslationLanguage; });
  for (const ArchivalReference& ref : m.archives)
    for (const text::ArchiveEntry& entry : text::archive_entries()) {
      if (entry.acronym != ref.archive) continue;
      for (const auto& row : table("record_languages"))
        if (row.size() >= 2 && row[0] == entry.country && language_code(row[1]).value_or("") == kTranslationLanguage)
          return true;
    }
  return false;
}

// An original copied with its archive's reference in brackets above or below it ("[ЦДАГО
// України, Фонд 1, Опис 16, Справа 7, Арк. 12-14]"): a bracketed line that names a fond,
// an opis or a delo is the source, not the text.
void take_bracketed_source(std::vector<SourceLine>& text, Metadata& m) {
  auto take = [&](std::size_t at) {
    const std::string& line = text[at].text;
    if (line.size() < 4 || line.front() != '[' || line.back() != ']') return false;
    std::vector<ArchivalReference> refs = parse_archival_references(std::string_view(line).substr(1, line.size() - 2));
    bool filed = std::any_of(refs.begin(), refs.end(), [](const ArchivalReference& r) {
      return !r.fond.empty() || !r.opis.empty() || !r.delo.empty();
    });
    if (!filed) return false;
    for (auto& r : refs)
      if (std::none_of(m.archives.begin(), m.archives.end(), [&](const ArchivalReference& k) { return same_reference(k, r); }))
        m.archives.push_back(std::move(r));
    text.erase(text.begin() + static_cast<std::ptrdiff_t>(at));
    return true;
  };
  auto first = std::find_if(text.begin(), text.end(), [](const SourceLine& l) { return !l.text.empty(); });
  if (first != text.end()) take(static_cast<std::size_t>(first - text.begin()));
  auto last = std::find_if(text.rbegin(), text.rend(), [](const SourceLine& l) { return !l.text.empty(); });
  if (last != text.rend()) take(static_cast<std::size_t>(text.rend() - last - 1));
}

// The text of a block's inlines, for telling its language.
std::string block_text(const Block& b) {
  std::string out;
  std::function<void(const std::vector<Inline>&)> walk = [&](const std::vector<Inline>& items) {
    for (const auto& i : items) {
      out += i.text;
      walk(i.children);
    }
  };
  walk(b.inlines);
  return out;
}

// Inside a part: a block written in another script than the part (a Chinese note line in
// the English translation, a Russian date line) is marked with its language; in a part in
// Latin letters, foreign phrases inside the blocks are marked too.
void mark_languages(Block& part, const std::string& script) {
  std::function<void(std::vector<Block>&)> walk = [&](std::vector<Block>& blocks) {
    for (Block& b : blocks) {
      if (!b.inlines.empty()) {
        LanguageGuess g = identify_language(block_text(b));
        if (!g.tag.empty() && !g.script.empty() && g.script != script &&
            g.tag.substr(0, g.tag.find('-')) != part.lang)
          b.lang = g.tag;
        else if (script == "Latn")
          mark_foreign_phrases(b.inlines);
      }
      walk(b.children);
    }
  };
  walk(part.children);
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

  take_bracketed_source(text_lines, m);

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

  // A page cut off before its text still gives its record; a page with neither is no page.
  if (text_lines.empty()) {
    if (m.title.empty() && m.citation.empty() && m.summary.empty())
      throw Error::input(file, {}, "no document text found on the page", "no-text");
    diags.warn("no document text on the page (cut off before it?): the body marks it missing", "no-text");
  }
  return reading;
}

namespace {

Document read_document(std::string_view input, const std::string& file, Diagnostics& diags, bool traced) {
  PageReading page = read_page(input, file, diags);
  Document doc;
  doc.metadata = std::move(page.metadata);
  Metadata& m = doc.metadata;

  // The document in each language the page gives it in: the original and the English
  // translation, or one of them. English is the translation unless it is the only language
  // and the page says (or its archive shows) the document was written in English.
  std::vector<TextPart> parts = split_language_parts(page.text_lines, kTranslationLanguage);
  const bool english_only = parts.size() == 1 && parts.front().lang == kTranslationLanguage;
  const bool english_original = english_only && written_in_english(m);
  std::vector<std::string> originals_found;
  for (TextPart& part : parts) {
    std::string all;
    for (const SourceLine& line : part.lines) all += line.text + ' ';
    const std::string script = identify_language(all).script;
    ParsedBody body = parse_body(part.lines, diags, page.participants);
    Block block;
    block.kind = BlockKind::Part;
    block.lang = part.lang;
    block.type = part.lang != kTranslationLanguage || english_original ? "original" : "translation";
    block.children = std::move(body.blocks);
    if (!part.lines.empty()) block.pos = {part.lines.front().number, 1};
    mark_languages(block, script);
    for (auto& s : body.signers) add_unique(m.signers, s);
    for (auto& s : body.speakers) add_unique(m.speakers, s);
    if (block.type == "original" && m.original_languages.empty())
      if (std::string name = language_name(part.lang); !name.empty()) add_unique(originals_found, name);
    doc.body.push_back(std::move(block));
  }
  if (m.original_languages.empty()) m.original_languages = std::move(originals_found);
  // A page cut off before its text: the body says the text is missing.
  if (page.text_lines.empty()) {
    Block missing;
    missing.kind = BlockKind::BlockGap;
    missing.type = "missing";
    if (doc.body.empty()) doc.body.push_back(std::move(missing));
    else doc.body.front().children.push_back(std::move(missing));
  }

  // With no date anywhere in the page's metadata, the text's own dateline is the next best.
  if (m.date.empty()) {
    for (const Block& part : doc.body) {
      for (const Block& b : part.children) {
        if (b.kind != BlockKind::Opener && b.kind != BlockKind::Closer) continue;
        for (const Block& line : b.children) {
          if (line.kind != BlockKind::Dateline || !m.date.empty()) continue;
          std::string text;
          for (const Inline& in : line.inlines)
            if (in.kind == InlineKind::Text) text += in.text;
          m.date = find_date(text).iso;
        }
      }
    }
  }
  if (traced) doc.spans = locate_record_spans(input, m, doc.body, page.text_lines);
  return doc;
}

}  // namespace

Document read_text(std::string_view input, const std::string& file, Diagnostics& diags) {
  return read_document(input, file, diags, false);
}

Document read_text_traced(std::string_view input, const std::string& file, Diagnostics& diags) {
  return read_document(input, file, diags, true);
}

}  // namespace archtei
