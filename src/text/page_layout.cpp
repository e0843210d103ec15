// A page's lines -> its regions: chrome (dropped), labelled metadata blocks, title and date
// lines, and the document's own text.
#include "text/page_layout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "text/citation_parser.h"
#include "text/body_text.h"
#include "text/citation_strings.h"
#include "text/credit_parser.h"
#include "text/date_parser.h"
#include "text/page_chrome.h"
#include "text/page_labels.h"

namespace archtei {
namespace {

// --- flattened pages ---------------------------------------------------------------------

// Copies of a PDF print the site's banner inside other lines ("... Declassified September
// 11, 1962 Telegram from ..."): cut it out, keeping the text on either side as lines.
std::vector<SourceLine> cut_banners(const SourceLine& line) {
  std::vector<SourceLine> out;
  std::size_t pos = 0;
  auto emit = [&](std::size_t from, std::size_t to) {
    std::string s = collapse_space(std::string_view(line.text).substr(from, to - from));
    if (!s.empty()) out.push_back(SourceLine{std::move(s), line.number, from == 0 ? line.indent : 0});
  };
  while (true) {
    std::size_t best = std::string::npos, length = 0;
    for (const auto& banner : chrome_table().banners) {
      for (std::size_t at = line.text.find(banner, pos); at != std::string::npos; at = line.text.find(banner, at + 1)) {
        bool starts_word = at == 0 || line.text[at - 1] == ' ';
        std::size_t end = at + banner.size();
        bool ends_word = end == line.text.size() || !std::isalnum(static_cast<unsigned char>(line.text[end]));
        if (!starts_word || !ends_word) continue;
        if (at < best || (at == best && banner.size() > length)) best = at, length = banner.size();
        break;
      }
    }
    if (best == std::string::npos) break;
    emit(pos, best);
    pos = best + length;
  }
  if (pos == 0) return {line};
  emit(pos, line.text.size());
  return out;
}

// Text pulled out of a PDF can arrive as long lines with the labels inline ("... Citation:
// "Telegram ..." ... Summary: ... Original Language: Russian Contents: English Translation
// ..."). Break such a line before and after each label so the rest of the layout logic sees
// ordinary lines. Two labels with their colons on one long line are the sign: a document's
// own sentences do not read "Summary: ... Contents: ...".
std::vector<SourceLine> split_inline_labels(const SourceLine& l) {
  // Labels as pages capitalise them, with their colon; text markers stand without one.
  std::vector<std::pair<std::string, bool>> markers;  // (marker, has colon)
  for (const auto& d : label_table()) {
    if (!d.anywhere) continue;
    for (const auto& w : d.written) markers.emplace_back(d.field == "text" ? w : w + ":", d.field != "text");
  }
  std::size_t labelled = 0;
  for (const auto& [m, colon] : markers) labelled += colon && l.text.find(m) != std::string::npos;
  if (l.text.size() < 200 || labelled < 2) return {l};
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // (start, length) of markers
  for (const auto& [m, colon] : markers)
    for (std::size_t at = l.text.find(m); at != std::string::npos; at = l.text.find(m, at + 1))
      cuts.emplace_back(at, m.size());
  // At one position the longer marker wins ("English Translation" over "English").
  std::sort(cuts.begin(), cuts.end(), [](auto a, auto b) { return a.first != b.first ? a.first < b.first : a.second > b.second; });
  std::vector<SourceLine> out;
  std::size_t pos = 0;
  auto emit = [&](std::string_view piece) {
    std::string s = collapse_space(piece);
    if (!s.empty()) out.push_back(SourceLine{s, l.number, 0});
  };
  for (auto [at, len] : cuts) {
    if (at < pos) continue;
    emit(std::string_view(l.text).substr(pos, at - pos));
    emit(std::string_view(l.text).substr(at, len));
    pos = at + len;
  }
  emit(std::string_view(l.text).substr(pos));
  return out;
}

bool is_bare_citation(std::string_view text);

// A summary and the citation after it run together on one line ("... to North
// Vietnam."Telegram, Embassy ...," October 29, 1971, ..."): the citation starts a line.
std::vector<SourceLine> split_glued_citation(const SourceLine& l) {
  const std::string& t = l.text;
  for (std::size_t dot = t.find('.'); dot != std::string::npos && dot + 1 < t.size(); dot = t.find('.', dot + 1)) {
    std::size_t q = dot + 1;
    while (q < t.size() && t[q] == ' ') ++q;
    if (q >= t.size() || !(t[q] == '"' || t.compare(q, 3, "\xE2\x80\x9C") == 0)) continue;
    if (dot < 20 || !is_bare_citation(std::string_view(t).substr(q))) continue;
    return {SourceLine{t.substr(0, dot + 1), l.number, l.indent}, SourceLine{t.substr(q), l.number, 0}};
  }
  return {l};
}

// A host's buttons printed at a line's end ("... /document/116616 - Share").
void cut_suffixes(SourceLine& l) {
  for (const auto& suffix : chrome_table().suffixes)
    if (l.text.size() > suffix.size() && l.text.ends_with(suffix) && l.text[l.text.size() - suffix.size() - 1] == ' ')
      l.text = collapse_space(std::string_view(l.text).substr(0, l.text.size() - suffix.size()));
}

std::vector<SourceLine> unflatten(const std::vector<SourceLine>& lines) {
  std::vector<SourceLine> out;
  out.reserve(lines.size());
  for (SourceLine line : lines) {
    if (line.text.empty()) { out.push_back(line); continue; }
    cut_suffixes(line);
    for (const auto& piece : cut_banners(line))
      for (const auto& part : split_inline_labels(piece))
        for (auto& one : split_glued_citation(part)) out.push_back(std::move(one));
  }
  return out;
}

// --- running heads ---------------------------------------------------------------------

bool closes_sentence(std::string_view s);

std::size_t count_letters(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Copies of PDFs repeat each page's head or foot ("• 8/4/2019 Krushchev Mao 1959", "Page 2:
// Zedong and President ..."): a short line with a number in it, no sentence, written twice
// or more with only its numbers changed, is page furniture. The number keeps a document's
// own repeated lines (a speaker's "MAO ZEDONG:", "[...]") out of it. A line that is a date
// (the date line above the title, which comes again as the document's dateline) or a
// numbered heading (after the list of contents that announced it) is no running head; a
// line holding a date and a title is one only when it comes back unchanged, date and all
// (a copy stamps every page with the day it printed it).
std::set<std::size_t> running_heads(const std::vector<SourceLine>& lines) {
  struct Seen { std::vector<std::size_t> at; std::size_t letters = 0; };
  std::map<std::string, Seen> seen;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    if (t.size() < 10 || t.size() > 100 || closes_sentence(t) || t.back() == ':') continue;
    if (!parse_date(t).empty()) continue;
    std::size_t digits = t.find_first_not_of("0123456789");
    if (digits > 0 && digits < t.size() && (t[digits] == '.' || t[digits] == ')')) continue;
    if (std::none_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    if (FoundDate date = find_date(t); !date.iso.empty()) {
      Seen& s = seen['=' + t];
      s.at.push_back(i);
      s.letters = count_letters(t) - count_letters(std::string_view(t).substr(date.offset, date.length));
      continue;
    }
    std::string key;
    for (char c : t) {
      if (c >= '0' && c <= '9') {
        if (key.empty() || key.back() != '#') key += '#';
      } else {
        key += c;
      }
    }
    Seen& s = seen[key];
    s.at.push_back(i);
    s.letters = count_letters(key);
  }
  std::set<std::size_t> out;
  for (const auto& [key, s] : seen)
    if (s.at.size() >= 2 && s.letters >= 6) out.insert(s.at.begin(), s.at.end());
  return out;
}

// --- the walk ----------------------------------------------------------------------------

enum class LineKind { Blank, Chrome, Label, Free };

struct Classified {
  LineKind kind = LineKind::Free;
  std::optional<LabelMatch> label;
};

// Hosts of copied files open the page with the file's name in lower case ("krushchev mao
// 1959"), above their upload notes ("Upload: ...", "Post on ..."): the first line, when it
// is words in lower case with no punctuation and host chrome follows within a few lines, is
// the host's too, and so is the name under a date where the host heads the file's pages.
void mark_file_name(const std::vector<SourceLine>& lines, std::vector<Classified>& cls) {
  std::size_t first = 0;
  while (first < lines.size() && cls[first].kind == LineKind::Blank) ++first;
  if (first == lines.size() || cls[first].kind != LineKind::Free) return;
  const std::string& t = lines[first].text;
  if (t.size() > 100 || t.find(' ') == std::string::npos ||
      !std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-'; }))
    return;
  // Within six lines of the file (a flattened line counts once, however many pieces it gave).
  bool host_notes = false;
  for (std::size_t k = first + 1; k < lines.size() && lines[k].number <= lines[first].number + 6; ++k)
    host_notes |= cls[k].kind == LineKind::Chrome;
  if (!host_notes) return;
  cls[first].kind = LineKind::Chrome;
  // The host heads each page of the file with a date and the name ("• 8/4/2019 Krushchev Mao
  // 1959"): chrome wherever it stands, even once (a page cut off before it comes again).
  for (std::size_t k = first + 1; k < lines.size(); ++k) {
    if (cls[k].kind != LineKind::Free) continue;
    std::string key = match_key(lines[k].text);
    if (key.size() <= t.size() || !key.ends_with(t)) continue;
    std::string_view before = text::trim(std::string_view(key).substr(0, key.size() - t.size()));
    if (!parse_date(before).empty()) cls[k].kind = LineKind::Chrome;
  }
}

bool is_url_line(std::string_view s) {
  std::string key(s);
  if (!key.empty() && key.front() == '<') key.erase(0, 1);
  return key.starts_with("http://") || key.starts_with("https://");
}

bool starts_with_quote(std::string_view s) {
  return s.starts_with("\"") || s.starts_with("\xE2\x80\x9C") || s.starts_with("\xE2\x80\x9E") ||
         s.starts_with("'") || s.starts_with("\xC2\xAB");
}

bool closes_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
  if (s.ends_with("\xE2\x80\x9D")) s.remove_suffix(3);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// "Contents" lists what the page shows: "English Translation", "Scan of Original Document".
bool names_contents(std::string_view line) {
  std::string key = lower_ascii(line);
  if (key.size() > 60) return false;
  for (std::string_view w : {"translation", "transcription", "transcript", "scan", "original", "html", "pdf"})
    if (key.find(w) != std::string::npos) return true;
  return false;
}

// A line right under a field's last value line, with no blank line between (copies of PDFs
// set none): it goes on with the value where that line broke off mid-sentence, where it
// opens in lower case, or where a citation block goes on (the quoted citation under its
// summary, the address, the credits); a list of contents
// takes only what names contents. Otherwise the value has ended and the line is the page's.
bool continues_value(const LabelledField& field, std::string_view line) {
  if (field.label == "contents") return names_contents(line);
  std::string_view last = field.value;
  if (std::size_t nl = last.rfind('\n'); nl != std::string_view::npos) last = last.substr(nl + 1);
  if (!closes_sentence(last)) return true;
  if (!line.empty() && std::islower(static_cast<unsigned char>(line.front()))) return true;
  return field.label == "citation" && (is_url_line(line) || starts_with_quote(line) || is_credit_sentence(line));
}

// How many blank-separated paragraphs a field's value may run to before it ends.
std::size_t max_paragraphs(const std::string& field) {
  if (field == "citation") return 4;  // title line, summary, the citation itself, its URL
  if (field == "unplaced" || field == "source") return 2;
  return 1;
}


// "Related Documents" and the dates and titles listed under it, up to the next label or
// the footer: the index of the section's last line. The list counts as chrome only when
// every line of it reads as an entry (short, no sentence end); otherwise the heading alone.
std::size_t chrome_section_end(const std::vector<SourceLine>& lines, std::size_t i) {
  std::size_t last = i;
  for (std::size_t k = i + 1; k < lines.size(); ++k) {
    const std::string& t = lines[k].text;
    if (t.empty()) continue;
    if (match_label(t) || chrome_kind(t) == ChromeKind::Footer) break;
    if (t.size() > 150 || closes_sentence(t)) return i;
    last = k;
  }
  return last;
}

// Pages that give the text first put the summary right after it, with no label: the
// current site before its "Author(s)", "Associated ..." and "Document Information" blocks,
// older pages (and the collection's blurbs) before their citation block. The last paragraph
// of the text, or its last line where the page sets no blank lines, is that summary when it
// reads as one (a sentence-ended line of some length, not a bracketed note) and such a block
// follows. Before a citation block alone the evidence is weaker: the summary must stand
// after the document's closing lines (a signature, a dateline), not after its prose.
void split_off_trailing_summary(PageRegions& regions) {
  auto& tl = regions.text_lines;
  if (tl.empty()) return;
  bool has_summary = false, citation_after = false, site_block_after = false;
  for (const auto& f : regions.fields) {
    if (f.label == "summary" && !f.value.empty()) has_summary = true;
    if (f.pos.line <= tl.back().number) continue;
    if (f.label == "citation") citation_after = true;
    else if (f.label == "source" || f.label == "unplaced" || f.label == "archive") site_block_after = true;
  }
  if (has_summary || !(citation_after || site_block_after)) return;
  // The site prints an editor's note on the document under its summary: a remark of the
  // page's editors, not the document's text, and not the summary.
  if (site_block_after) {
    std::size_t last = tl.size();
    while (last > 0 && !tl[last - 1].text.empty()) --last;
    std::string key = lower_ascii(tl.back().text.substr(0, 16));
    if (last + 1 == tl.size() && (key.starts_with("editor's note") || key.starts_with("editor\xE2\x80\x99s note") ||
                                  key.starts_with("editorial note"))) {
      regions.fields.push_back({"unplaced", "Editor's Note", tl.back().text, {tl.back().number, 1}});
      tl.pop_back();
      while (!tl.empty() && tl.back().text.empty()) tl.pop_back();
      if (tl.empty()) return;
    }
  }
  auto summary_like = [&](const SourceLine& l) {
    return l.text.size() >= 60 && closes_sentence(l.text) && !l.text.starts_with("[");
  };
  std::size_t start = tl.size();
  while (start > 0 && !tl[start - 1].text.empty()) --start;
  if (start == 0) {
    // No blank-line paragraphs: each line is one, and only the site's blocks tell.
    if (!site_block_after || tl.size() < 2 || !summary_like(tl.back())) return;
    start = tl.size() - 1;
  }
  // A copy that wraps its lines wraps the summary too: a last paragraph whose lines each run
  // on in mid-sentence to a sentence's end on its last is read as one line, and put back as it was when it
  // is not the summary.
  std::vector<SourceLine> wrapped;
  if (start > 0 && tl.size() - start >= 2 && closes_sentence(tl.back().text) &&
      std::all_of(tl.begin() + static_cast<std::ptrdiff_t>(start), tl.end() - 1,
                  [](const SourceLine& l) { return l.text.size() >= 40 && !closes_sentence(l.text); })) {
    wrapped.assign(tl.begin() + static_cast<std::ptrdiff_t>(start), tl.end());
    SourceLine one = wrapped.front();
    for (std::size_t i = 1; i < wrapped.size(); ++i) one.text += ' ' + wrapped[i].text;
    tl.resize(start);
    tl.push_back(std::move(one));
  }
  auto keep_text = [&] {
    if (wrapped.empty()) return;
    tl.resize(start);
    tl.insert(tl.end(), wrapped.begin(), wrapped.end());
  };
  std::size_t k = tl.size();
  while (k > start && summary_like(tl[k - 1])) --k;
  if (k == start && k + 1 == tl.size()) {
    // One sentence paragraph alone after the closing lines (a signature, a dateline): the
    // document has ended, so it is the page's summary.
    std::size_t prev = start;
    while (prev > 0 && tl[prev - 1].text.empty()) --prev;
    if (!site_block_after && (prev == 0 || tl[prev - 1].text.size() >= 60 || closes_sentence(tl[prev - 1].text)))
      return keep_text();
  } else if (k == tl.size() || k == start) {
    return keep_text();
  }
  // The lines after the summary are the blurbs of the collections the document belongs to:
  // page furniture shared by every document of a collection, not this document's metadata.
  regions.fields.push_back({"summary", "", tl[k].text, {tl[k].number, 1}});
  tl.resize(k);
  while (!tl.empty() && tl.back().text.empty()) tl.pop_back();
}

// Lines outside the text put back together where a copy wrapped a sentence: a line that
// stops in mid-sentence and a next line that goes on in lower case are one line.
std::vector<SourceLine> rejoin_wrapped_sentences(const std::vector<SourceLine>& lines) {
  std::vector<SourceLine> out;
  for (const SourceLine& l : lines) {
    if (!out.empty() && !l.text.empty() && !out.back().text.empty() && out.back().text.size() >= 40 &&
        !closes_sentence(out.back().text) && starts_lower(l.text)) {
      out.back().text += ' ' + l.text;
      continue;
    }
    out.push_back(l);
  }
  return out;
}

// Longer than any citation the archive prints (its longest run to some 800 characters).
constexpr std::size_t kLongestCitation = 1500;

// A citation as pages print it: a quoted title, then a date ("\"Telegram, A to B,\" October
// 11, 1949, ..."). Strong enough evidence to take a paragraph out of the text unlabelled.
bool is_bare_citation(std::string_view text) {
  if (text.size() < 30 || text.size() > kLongestCitation) return false;
  if (!starts_with_quote(text)) {
    // Copies of PDFs lose the quotes: a title, then a date and a publisher as pieces of
    // their own ("Minutes of ..., June 25, 1971, History and Public Policy Program Digital
    // Archive, ANIC, ...").
    ParsedCitation pc = parse_citation(collapse_space(text));
    return !pc.title.empty() && !pc.date_text.empty() && !pc.publisher.empty();
  }
  std::size_t open = text.starts_with("\"") || text.starts_with("'") ? 1 : text.starts_with("\xC2\xAB") ? 2 : 3;
  std::size_t close = std::string_view::npos;
  for (std::string_view q : {"\"", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xC2\xBB"}) {
    std::size_t at = text.find(q, open);
    if (at != std::string_view::npos && at < close) close = at + q.size();
  }
  if (close == std::string_view::npos) return false;
  std::string_view rest = text.substr(close);
  while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ')) rest.remove_prefix(1);
  FoundDate d = find_date(rest.substr(0, 40));
  return !d.iso.empty() && d.offset == 0;
}

std::string joined(const std::vector<SourceLine>& lines, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : "\n") + lines[i].text;
  return out;
}

// Takes a bare citation paragraph from the start or the end of a run into a citation field,
// with the summary paragraph pages put right after an opening one. Older pages print the
// date line and the summary right above the citation, with the text right under it: the
// citation may stand a few lines into the run, and a citation line of a whole sentence's
// length is the citation alone, however the text follows it. Returns the lines above the
// citation (the page's head: they are not the text).
std::vector<SourceLine> take_bare_citations(std::vector<SourceLine>& lines, PageRegions& regions) {
  auto paragraph_end = [&](std::size_t from) {
    while (from < lines.size() && !lines[from].text.empty()) ++from;
    return from;
  };
  auto skip_blank = [&](std::size_t from) {
    while (from < lines.size() && lines[from].text.empty()) ++from;
    return from;
  };
  auto has_field = [&](std::string_view label) {
    return std::any_of(regions.fields.begin(), regions.fields.end(),
                       [&](const LabelledField& f) { return f.label == label && !f.value.empty(); });
  };
  std::vector<SourceLine> head;
  if (lines.empty() || has_field("citation")) return head;
  std::size_t at = 0, end = 0;
  std::string first;
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < 6; ++i) {
    if (lines[i].text.empty()) continue;
    ++seen;
    std::size_t e = lines[i].text.size() >= 100 ? i + 1 : paragraph_end(i);
    // A page with no blank lines is one paragraph: a citation wrapped over lines ends with
    // the first line that ends a sentence.
    if (e - i > 1 && joined(lines, i, e).size() > kLongestCitation) {
      std::size_t j = i;
      while (j + 1 < e && !closes_sentence(lines[j].text)) ++j;
      e = j + 1;
    }
    std::string candidate = joined(lines, i, e);
    if (is_bare_citation(candidate)) {
      at = i, end = e, first = std::move(candidate);
      break;
    }
  }
  if (!first.empty()) {
    std::size_t cut = skip_blank(end);
    // A URL line right after the citation belongs to it.
    if (cut < lines.size() && is_url_line(lines[cut].text) && paragraph_end(cut) == cut + 1) {
      first += "\n" + lines[cut].text;
      cut = skip_blank(cut + 1);
    }
    regions.fields.push_back({"citation", "", first, {lines[at].number, 1}});
    std::size_t summary_end = paragraph_end(cut);
    std::string summary = joined(lines, cut, summary_end);
    if (at == 0 && !has_field("summary") && summary.size() >= 60 && closes_sentence(summary) &&
        skip_blank(summary_end) < lines.size()) {
      regions.fields.push_back({"summary", "", collapse_space(summary), {lines[cut].number, 1}});
      cut = skip_blank(summary_end);
    }
    head.assign(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(at));
    lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(cut));
    return head;
  }
  std::size_t start = lines.size();
  while (start > 0 && !lines[start - 1].text.empty()) --start;
  std::string last = joined(lines, start, lines.size());
  if (start > 0 && is_bare_citation(last)) {
    regions.fields.push_back({"citation", "", last, {lines[start].number, 1}});
    lines.resize(start);
    while (!lines.empty() && lines.back().text.empty()) lines.pop_back();
  }
  return head;
}

// The words of `s`, lower-cased, letters and digits apart ("1972Memorandum" is two words,
// as text taken from a PDF runs them together). Typographic quotes and dashes (U+2000 to
// U+206F) part words as ASCII punctuation does.
std::set<std::string> word_set(std::string_view s) {
  std::set<std::string> out;
  std::string w;
  int last = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    bool punctuation = c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80;
    int kind = punctuation ? 0 : c >= '0' && c <= '9' ? 1 : std::isalpha(c) || c >= 0x80 ? 2 : 0;
    if (kind != last && !w.empty()) out.insert(std::exchange(w, {}));
    if (kind) w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (punctuation) i += 2;
    last = kind;
  }
  if (!w.empty()) out.insert(std::move(w));
  return out;
}

// A copy of a PDF may print the cover twice, the host's summary of it and then the PDF's own
// first page, so that a text marker of the first is followed by the second's date and title
// ("March 21, 1972Memorandum of Conversation ..."), not by the text: a short run whose every
// word the page's citation, title or summary already gives restates them.
bool restates_metadata(const std::vector<SourceLine>& run, const std::vector<LabelledField>& fields) {
  std::string text;
  for (const auto& l : run) text += l.text + ' ';
  if (text.size() > 300) return false;
  std::set<std::string> known;
  for (const auto& f : fields)
    if (f.label == "citation" || f.label == "title" || f.label == "summary") known.merge(word_set(f.value));
  const std::set<std::string> words = word_set(text);
  return words.size() >= 3 && std::includes(known.begin(), known.end(), words.begin(), words.end());
}

// The first page of the Cold War International History Project's PDFs, under its collection
// line: the title (a paragraph of a line or a few, or the first line where the page sets no
// blank lines; no sentence), then the summary, which the PDF wraps (a copy may set blank
// lines between its lines) up to the end of its sentence, then the text. The title's lines
// and the summary as one line are taken off `run` and returned; nothing when the run does
// not open with a title.
std::vector<SourceLine> take_collection_cover(std::vector<SourceLine>& run) {
  std::size_t end = 0;
  while (end < run.size() && !run[end].text.empty()) ++end;
  if (end > 3) end = 1;  // a page without blank lines: the first line
  if (end == 0) return {};
  std::size_t title_chars = 0;
  for (std::size_t i = 0; i < end; ++i) title_chars += run[i].text.size();
  if (title_chars > 250 || closes_sentence(run[end - 1].text) || run[end - 1].text.back() == ':') return {};
  std::vector<SourceLine> cover(run.begin(), run.begin() + static_cast<std::ptrdiff_t>(end));
  std::size_t taken = end;
  SourceLine summary;
  for (std::size_t i = end, lines = 0; i < run.size() && lines < 6; ++i) {
    if (run[i].text.empty()) continue;
    if (match_label(run[i].text) || run[i].text.back() == ':') break;
    summary.text += (summary.text.empty() ? "" : " ") + run[i].text;
    if (++lines == 1) summary.number = run[i].number;
    if (closes_sentence(run[i].text)) {
      if (summary.text.size() >= 60) {
        cover.push_back(SourceLine{"", summary.number, 0});
        cover.push_back(std::move(summary));
        taken = i + 1;
      }
      break;
    }
  }
  run.erase(run.begin(), run.begin() + static_cast<std::ptrdiff_t>(taken));
  while (!run.empty() && run.front().text.empty()) run.erase(run.begin());
  return cover;
}

}  // namespace

PageRegions split_page(const std::vector<SourceLine>& input_lines) {
  const std::vector<SourceLine> lines = unflatten(input_lines);
  const std::size_t n = lines.size();

  // 1. Classify every line; the footer swallows the rest of the page.
  const std::set<std::size_t> running = running_heads(lines);
  std::vector<Classified> cls(n);
  bool in_footer = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& t = lines[i].text;
    if (t.empty()) { cls[i].kind = LineKind::Blank; continue; }
    ChromeKind ck = in_footer ? ChromeKind::Footer
                    : is_rule(t) || running.count(i) ? ChromeKind::Line
                                                     : chrome_kind(t);
    if (ck == ChromeKind::Footer) in_footer = true;
    if (ck == ChromeKind::Section) {
      std::size_t last = chrome_section_end(lines, i);
      for (; i < last; ++i) cls[i].kind = lines[i].text.empty() ? LineKind::Blank : LineKind::Chrome;
    }
    if (ck == ChromeKind::Labelled) {
      // The host's label and, on its next line, the short value it labels.
      std::size_t k = i + 1;
      while (k < n && lines[k].text.empty()) cls[k++].kind = LineKind::Blank;
      if (k < n && lines[k].text.size() <= 40 && !closes_sentence(lines[k].text) && !match_label(lines[k].text)) {
        cls[k].kind = LineKind::Chrome;
        cls[i].kind = LineKind::Chrome;
        i = k;
        continue;
      }
    }
    if (ck != ChromeKind::None) { cls[i].kind = LineKind::Chrome; continue; }
    if (auto m = match_label(t)) { cls[i].kind = LineKind::Label; cls[i].label = std::move(m); }
  }
  mark_file_name(lines, cls);

  // Labels that only count among other labels: drop them where no other label is near.
  auto near_other_label = [&](std::size_t i) {
    std::size_t seen = 0;
    for (std::size_t k = i; k-- > 0 && seen < 8;) {
      // A text marker says that what follows it is the document: nothing before it counts,
      // but labels after this one still may.
      if (cls[k].kind == LineKind::Label && cls[k].label->def->field == "text") break;
      if (cls[k].kind == LineKind::Label) return true;
      seen += cls[k].kind == LineKind::Free;
    }
    seen = 0;
    for (std::size_t k = i + 1; k < n && seen < 8; ++k) {
      if (cls[k].kind == LineKind::Label && cls[k].label->def->anywhere) return true;
      seen += cls[k].kind == LineKind::Free;
    }
    return false;
  };
  // The Cold War International History Project's PDFs head their first page with the
  // collection ("Collection: The Cold War in Asia") above the title: a label too.
  bool free_seen = false;
  for (std::size_t i = 0; i < n; ++i) {
    bool heads_page = !free_seen && cls[i].kind == LineKind::Label && cls[i].label->def->label == "Collections";
    if (cls[i].kind == LineKind::Label && !cls[i].label->def->anywhere && !heads_page && !near_other_label(i)) {
      cls[i].kind = LineKind::Free;
      cls[i].label.reset();
    }
    free_seen |= cls[i].kind == LineKind::Free;
  }

  // 2. Walk: each label opens a field that runs for its paragraphs; a text marker opens the
  //    document's text; free lines elsewhere form runs, one of which is the text.
  PageRegions regions;
  struct Run {
    std::vector<SourceLine> lines;
    bool after_marker = false;
    bool under_collection = false;  // opens right under a "Collection:" line
  };
  std::vector<Run> runs(1);
  bool marker_seen = false;
  LabelledField* field = nullptr;
  std::size_t field_paragraphs = 0;
  bool field_line_pending_blank = false;

  auto close_field = [&] { field = nullptr; };
  auto new_run = [&] {
    if (!runs.back().lines.empty()) runs.emplace_back();
  };

  for (std::size_t i = 0; i < n; ++i) {
    const SourceLine& line = lines[i];
    switch (cls[i].kind) {
      case LineKind::Chrome:
        // Chrome ends a field that has its value ("• share document" after a citation) but
        // not one still waiting for it ("get citation" right under "• Citation"), nor a run
        // of text, where it stands in for a blank line.
        if (field && field->value.empty()) continue;
        close_field();
        if (!runs.back().lines.empty()) runs.back().lines.push_back(SourceLine{"", line.number, 0});
        continue;
      case LineKind::Blank:
        if (field) field_line_pending_blank = field->value.size() > 0;
        else if (!runs.back().lines.empty()) runs.back().lines.push_back(line);
        continue;
      case LineKind::Label: {
        const LabelDef& def = *cls[i].label->def;
        // "Document Information" then "Source": the source has its heading after all.
        if (field && field->value.empty() && field == &regions.fields.back() && field->name == "Document Information")
          regions.fields.pop_back();
        close_field();
        if (def.field == "text") {
          marker_seen = true;
          new_run();
          runs.back().after_marker = true;
          continue;
        }
        new_run();
        runs.back().after_marker = false;
        runs.back().under_collection = def.label == "Collections";
        if (def.field == "section") {
          // The current site's "Document Information" opens with the source, unlabelled
          // where the page shows no "Source" heading.
          regions.fields.push_back(LabelledField{"source", def.label, "", {line.number, 1}});
          field = &regions.fields.back();
          field_paragraphs = 0;
          field_line_pending_blank = false;
          continue;
        }
        regions.fields.push_back(LabelledField{def.field, def.label, cls[i].label->value, {line.number, 1}});
        // "Label: value" on one line is complete: the next line, even without a blank line
        // between (PDF text), is not part of it.
        if (!cls[i].label->value.empty()) continue;
        field = &regions.fields.back();
        field_paragraphs = field->value.empty() ? 0 : 1;
        field_line_pending_blank = false;
        continue;
      }
      case LineKind::Free:
        break;
    }
    if (field) {
      bool fits = true;
      if (!field_line_pending_blank && !field->value.empty()) fits = continues_value(*field, line.text);
      if (field_line_pending_blank || field->value.empty()) {
        // A new paragraph of the field's value.
        std::size_t next = field_paragraphs + 1;
        fits = next <= max_paragraphs(field->label);
        // Beyond its first paragraph a citation block takes only citation-like lines.
        if (fits && field->label == "citation" && field_paragraphs >= 1)
          fits = is_url_line(line.text) || starts_with_quote(line.text);
        if (fits) field_paragraphs = next;
      }
      if (fits) {
        if (!field->value.empty()) field->value += '\n';
        field->value += line.text;
        field_line_pending_blank = false;
        continue;
      }
      close_field();
      new_run();
    }
    runs.back().lines.push_back(line);
  }

  // Trim blank lines at the ends of every run.
  for (auto& r : runs) {
    while (!r.lines.empty() && r.lines.back().text.empty()) r.lines.pop_back();
    auto first = std::find_if(r.lines.begin(), r.lines.end(), [](const SourceLine& l) { return !l.text.empty(); });
    r.lines.erase(r.lines.begin(), first);
  }
  runs.erase(std::remove_if(runs.begin(), runs.end(), [](const Run& r) { return r.lines.empty(); }), runs.end());

  // A citation standing on its own, with no "Citation" label, opens or closes a run; the
  // lines above it are a run of their own, before the text.
  for (std::size_t r = 0; r < runs.size(); ++r) {
    std::vector<SourceLine> head = take_bare_citations(runs[r].lines, regions);
    while (!head.empty() && head.back().text.empty()) head.pop_back();
    if (head.empty()) continue;
    runs.insert(runs.begin() + static_cast<std::ptrdiff_t>(r), Run{std::move(head)});
    ++r;
  }
  runs.erase(std::remove_if(runs.begin(), runs.end(), [](const Run& r) { return r.lines.empty(); }), runs.end());

  // 3. Which run is the text: the first after a text marker, else the longest. A copy that
  //    prints the page's metadata twice (a host's summary of the PDF, then the PDF's own
  //    cover) may put a scrap after the first marker and the text further on: a run after
  //    the marker that only restates the metadata is passed over, and a later run of twice
  //    the marker's run's length or more is the text.
  auto chars_of = [](const Run& run) {
    std::size_t chars = 0;
    for (const auto& l : run.lines) chars += l.text.size();
    return chars;
  };
  std::size_t text_run = runs.size();
  if (marker_seen) {
    for (std::size_t r = 0; r < runs.size(); ++r)
      if (runs[r].after_marker) { text_run = r; break; }
    // A short text that happens to use only the summary's words is still the text where
    // nothing longer follows it.
    while (text_run + 1 < runs.size() && restates_metadata(runs[text_run].lines, regions.fields) &&
           chars_of(runs[text_run + 1]) > chars_of(runs[text_run]))
      ++text_run;
    for (std::size_t r = text_run + 1; r < runs.size(); ++r)
      if (chars_of(runs[r]) >= 2 * chars_of(runs[text_run])) text_run = r;
  }
  if (text_run == runs.size()) {
    std::size_t best = 0;
    for (std::size_t r = 0; r < runs.size(); ++r)
      if (chars_of(runs[r]) > best) { best = chars_of(runs[r]); text_run = r; }
  }
  if (text_run < runs.size() && runs[text_run].under_collection) {
    std::vector<SourceLine> cover = take_collection_cover(runs[text_run].lines);
    if (!cover.empty()) {
      runs.insert(runs.begin() + static_cast<std::ptrdiff_t>(text_run), Run{std::move(cover)});
      ++text_run;
    }
  }

  // 4. Free lines before the text: date and title lines, an opening summary.
  //    Free lines elsewhere are page text the layout does not know: kept as fields to warn on.
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (r == text_run) continue;
    runs[r].lines = rejoin_wrapped_sentences(runs[r].lines);
    bool title_open = false;  // the title line's paragraph goes on (a title wrapped by PDF)
    std::size_t open_field = std::string::npos;  // the paragraph's field, which its next line extends
    for (const auto& l : runs[r].lines) {
      if (l.text.empty()) { title_open = false; open_field = std::string::npos; continue; }
      if (is_url_line(l.text)) { regions.fields.push_back({"url", "", l.text, {l.number, 1}}); continue; }
      bool sentence = l.text.size() >= 80 && closes_sentence(l.text);
      // A funder's line above a citation block ("This document was made possible ...").
      if (r < text_run && is_credit_sentence(l.text)) {
        regions.fields.push_back({"credits", "", l.text, {l.number, 1}});
        title_open = false;
        continue;
      }
      if (r < text_run && title_open && !sentence && parse_date(l.text).empty() && l.text.size() < 120) {
        regions.title_line += ' ' + l.text;
        continue;
      }
      title_open = false;
      if (r < text_run && !sentence) {
        if (regions.date_line.empty() && regions.title_line.empty()) {
          FoundDate d = find_date(l.text);
          if (!d.iso.empty() && d.offset == 0) {
            regions.date_line = l.text.substr(0, d.length);
            std::string rest = l.text.substr(d.length);
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.erase(0, 1);
            if (!rest.empty()) regions.title_line = rest;
            continue;
          }
        }
        if (regions.date_line.empty() && (parse_date(l.text).size() > 0 || states_no_date(l.text))) {
          regions.date_line = l.text;  // "[undated]" stands where the date would
          continue;
        }
        // A number alone is a host's counter, not a title.
        if (regions.title_line.empty() && l.text.size() < 300 && l.text.find_first_not_of("0123456789 ") != std::string::npos) {
          regions.title_line = l.text;
          title_open = true;
          continue;
        }
      }
      if (open_field != std::string::npos) {
        regions.fields[open_field].value += ' ' + l.text;
        continue;
      }
      regions.fields.push_back({r < text_run ? "leading" : "trailing", "", l.text, {l.number, 1}});
      open_field = regions.fields.size() - 1;
    }
  }
  regions.text_marked = marker_seen;
  if (text_run < runs.size()) regions.text_lines = std::move(runs[text_run].lines);
  // A page's own address printed at the start or end of the text is metadata, not text.
  auto& tl = regions.text_lines;
  while (!tl.empty() && (tl.front().text.empty() || is_url_line(tl.front().text))) {
    if (!tl.front().text.empty()) regions.fields.push_back({"url", "", tl.front().text, {tl.front().number, 1}});
    tl.erase(tl.begin());
  }
  while (!tl.empty() && (tl.back().text.empty() || is_url_line(tl.back().text))) {
    if (!tl.back().text.empty()) regions.fields.push_back({"url", "", tl.back().text, {tl.back().number, 1}});
    tl.pop_back();
  }
  if (!marker_seen) split_off_trailing_summary(regions);
  return regions;
}

namespace {

// Lower-cased words of letters and digits.
std::vector<std::string> plain_words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

// True when `a` and `b` share `run` words in a row.
bool share_run(const std::vector<std::string>& a, const std::vector<std::string>& b, std::size_t run) {
  if (a.size() < run || b.size() < run) return false;
  for (std::size_t i = 0; i + run <= a.size(); ++i)
    for (std::size_t j = 0; j + run <= b.size(); ++j)
      if (std::equal(a.begin() + i, a.begin() + i + run, b.begin() + j)) return true;
  return false;
}

}  // namespace

std::string take_restating_summary(std::vector<SourceLine>& text, std::string_view title) {
  while (!text.empty() && text.back().text.empty()) text.pop_back();
  std::size_t start = text.size();
  while (start > 0 && !text[start - 1].text.empty()) --start;
  if (start == 0) start = text.size() - std::min<std::size_t>(text.size(), 1);  // no blank lines: the last line
  if (start == 0 || start >= text.size()) return {};
  std::string last;
  for (std::size_t i = start; i < text.size(); ++i) last += (last.empty() ? "" : " ") + text[i].text;
  const std::vector<std::string> words = plain_words(last);
  if (words.size() < 8) return {};
  std::string opening;
  for (std::size_t i = 0; i < start && opening.size() < 400; ++i) opening += text[i].text + ' ';
  if (!share_run(words, plain_words(title), 6) && !share_run(words, plain_words(opening), 8)) return {};
  text.resize(start);
  while (!text.empty() && text.back().text.empty()) text.pop_back();
  return collapse_space(last);
}

}  // namespace archtei
