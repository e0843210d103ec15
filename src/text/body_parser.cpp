// Lines of a document's text -> body blocks. The stages: units (paragraph_joiner), footnotes
// at the end, speakers, the opener before the first real paragraph, the closer after the
// last, and the blocks between (headings, lists, speaker turns, editorial brackets).
#include "text/body_parser.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "text/body_text.h"
#include "text/bracket_kinds.h"
#include "text/footnote_detector.h"
#include "text/inline_parser.h"
#include "text/list_detector.h"
#include "text/opener_closer.h"
#include "text/paragraph_joiner.h"
#include "text/speaker_detector.h"
#include "text/speaker_names.h"
#include "text/tables.h"
#include "text/writing_script.h"

namespace archtei {
namespace {

// What a unit is on its own, before its place in the document is known.
enum class Shape {
  Gap,        // "[...]"
  PageBreak,  // "[19-20]", "- 3 -"
  Bracketed,  // wholly in brackets: "[Materials from ...]:", "[handwritten: ...]"
  Text,
};

struct Unit {
  TextUnit src;
  JoinedText prose;
  Shape shape = Shape::Text;
  BracketClass bracket;          // for Shape::Bracketed
  std::size_t inner_begin = 0;   // for Shape::Bracketed: content inside the brackets
  std::size_t inner_end = 0;
  std::string page;              // for Shape::PageBreak
  SpeakerPrefix speaker;         // candidate; key empty when none
  bool is_speaker = false;       // accepted
  std::optional<ListLabel> list;
  bool prose_like = false;
  bool heading_like = false;

  const std::string& text() const { return prose.text; }
  SourcePos pos() const { return {src.lines.front().number, src.lines.front().indent + 1}; }
};

bool has_lower_word(std::string_view s) {
  for (std::string_view w : split_words(s))
    if (starts_lower(w)) return true;
  return false;
}

// The words a reader sees as the sentence: editorial brackets that add matter of their own
// (notes, handwriting, stamps, gaps) left out, insertions and glosses kept.
std::string sentence_words(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '[') {
      out += s[i++];
      continue;
    }
    int depth = 0;
    std::size_t j = i;
    for (; j < s.size(); ++j) {
      if (s[j] == '[') ++depth;
      else if (s[j] == ']' && --depth == 0) break;
    }
    if (j >= s.size()) {
      out.append(s.substr(i));
      break;
    }
    std::string_view inner = s.substr(i + 1, j - i - 1);
    if (classify_bracket(inner).kind == BracketKind::Supplied) out.append(inner);
    i = j + 1;
  }
  return std::string(trim(collapse_space(out)));
}

// "10 a.m.", "9:26 p.m.": a time's abbreviation is neither a word in lower case nor the end
// of a sentence, so a routing line "Received June 25, 1950, 9:26 p.m." reads as no prose.
std::string without_time_marks(std::string s) {
  for (std::string_view mark : {"a.m.", "p.m.", "A.M.", "P.M."}) {
    for (std::size_t at = s.find(mark); at != std::string::npos; at = s.find(mark, at)) {
      bool word_start = at == 0 || s[at - 1] == ' ' || std::isdigit(static_cast<unsigned char>(s[at - 1]));
      if (!word_start) {
        at += mark.size();
        continue;
      }
      s.replace(at, mark.size(), mark[0] == 'a' || mark[0] == 'A' ? "AM" : "PM");
    }
  }
  return s;
}

// "14 марта 1951 г.", "12 березня 1947 р.": the year's abbreviation after a date ends no
// sentence.
std::string without_year_abbreviation(std::string s) {
  for (std::string_view mark : {" \xD0\xB3.", " \xD0\xB3\xD0\xB3.", " \xD1\x80."})  // " г.", " гг.", " р."
    if (s.size() > mark.size() && s.ends_with(mark) &&
        std::isdigit(static_cast<unsigned char>(s[s.size() - mark.size() - 1]))) {
      s.pop_back();
      break;
    }
  return s;
}

// "... the cult of personality.1": a note's number after the sentence's end.
std::string without_final_note_number(std::string s) {
  std::size_t end = s.size();
  while (end > 0 && end + 3 > s.size() && std::isdigit(static_cast<unsigned char>(s[end - 1]))) --end;
  bool after_word = end >= 2 && std::isalpha(static_cast<unsigned char>(s[end - 2]));  // not "11.40"
  if (end < s.size() && after_word && (s[end - 1] == '.' || s[end - 1] == '!' || s[end - 1] == '?' || s[end - 1] == '"'))
    s.resize(end);
  return s;
}

// Chinese, Japanese and Korean set no capitals and few spaces, and say in a few characters
// what English says in a line: a line of four characters or more in those scripts that ends
// a sentence ("。", "！", "？", before any closing quote or a note's marker), or of sixty
// characters, is prose.
bool is_cjk_prose(std::string_view text) {
  ScriptTally t = tally_scripts(text);
  if (t.script != "Hani" && t.script != "Jpan" && t.script != "Kore" && t.script != "Hang") return false;
  if (t.letters < 4) return false;
  std::string_view s = trim(text);
  for (bool changed = true; changed;) {
    changed = false;
    // A note's marker ("[3]") or a closing quote or bracket after the sentence's end.
    if (s.ends_with("]") && s.rfind('[') != std::string_view::npos) {
      s = trim(s.substr(0, s.rfind('['))), changed = true;
    }
    for (std::string_view close : {"\xE2\x80\x9D", "\xE3\x80\x8D", "\xEF\xBC\x89", ")"})
      if (s.ends_with(close)) s.remove_suffix(close.size()), changed = true;
  }
  for (std::string_view end : {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", ".", "!", "?"})
    if (s.ends_with(end)) return true;
  return t.letters >= 60;
}

bool is_prose(std::string_view text) {
  if (is_cjk_prose(text)) return true;
  std::string flat = without_year_abbreviation(without_final_note_number(without_time_marks(sentence_words(text))));
  std::string_view s = flat;
  std::size_t words = count_words(s);
  if (s.size() >= 120) return true;
  if (!has_lower_word(s)) return false;
  if (ends_sentence(s, true) && words >= 3) return true;
  if (words >= 6) {
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
      if ((s[i] != '.' && s[i] != '?' && s[i] != '!') || s[i + 1] != ' ' || !starts_upper(s.substr(i + 2))) continue;
      // "I. STALIN": the period of an initial ends no sentence.
      std::size_t w = s.rfind(' ', i);
      w = w == std::string_view::npos ? 0 : w + 1;
      if (s[i] == '.' && i - w <= 2 && starts_upper(s.substr(w))) continue;
      return true;
    }
  }
  return false;
}

bool matches_title_type(std::string_view s) {
  static const std::vector<std::string> types = [] {
    std::vector<std::string> out;
    for (const TableRow& row : table("title_types"))
      if (!row.empty()) out.push_back(row[0]);
    return out;
  }();
  for (const std::string& t : types) {
    if (!starts_with_nocase(s, t)) continue;
    if (s.size() == t.size()) return true;
    char c = s[t.size()];
    if (c == ' ' || c == ',' || c == ':' || c == '-') return true;
  }
  return false;
}

bool is_heading_like(std::string_view s) {
  std::size_t words = count_words(s);
  if (words == 0 || words > 15 || !starts_upper(s)) return false;
  if (ends_sentence(s, true)) return false;
  return matches_title_type(s) || classify_letter_line(s) == LetterPart::Subject;
}

// Page numbers standing alone: "[19-20]", "(p. 1)", "- 3 -".
bool standalone_page(std::string_view s, std::string& number) {
  s = trim(s);
  if (s.size() >= 3 && ((s.front() == '[' && s.back() == ']') || (s.front() == '(' && s.back() == ')'))) {
    std::string_view inner = s.substr(1, s.size() - 2);
    if (s.front() == '(' && !starts_with_nocase(inner, "p")) return false;
    return is_page_number(inner, &number);
  }
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (s.starts_with(dash) && s.ends_with(dash) && s.size() > 2 * dash.size()) {
      std::string_view inner = trim(s.substr(dash.size(), s.size() - 2 * dash.size()));
      if (!inner.empty() && inner.size() <= 4 &&
          std::all_of(inner.begin(), inner.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        number = std::string(inner);
        return true;
      }
    }
  }
  return false;
}

bool is_gap_text(std::string_view s) {
  s = trim(s);
  return s == "[...]" || s == "[\xE2\x80\xA6]" || s == "[....]" || s == "[. . .]" || s == "..." || s == "\xE2\x80\xA6";
}

// Whether the whole of `s` is one bracket, perhaps followed by ":" or ".".
bool wholly_bracketed(std::string_view s, std::size_t& inner_begin, std::size_t& inner_end) {
  if (s.empty() || s.front() != '[') return false;
  std::size_t end = s.size();
  while (end > 0 && (s[end - 1] == ':' || s[end - 1] == '.' || s[end - 1] == ' ')) --end;
  if (end < 2 || s[end - 1] != ']') return false;
  int depth = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if (s[i] == '[') ++depth;
    else if (s[i] == ']' && --depth == 0 && i + 1 != end) return false;
  }
  if (depth != 0) return false;
  inner_begin = 1;
  inner_end = end - 1;
  return true;
}

class BodyBuilder {
 public:
  BodyBuilder(const std::vector<SourceLine>& lines, Diagnostics& diags, const std::vector<std::string>& participants)
      : diags_(diags), participants_(participants) {
    std::vector<TextUnit> units = split_units(lines);
    rejoin_across_page_breaks(units);
    for (TextUnit& t : units) {
      Unit u;
      u.src = std::move(t);
      u.prose = join_prose(u.src.lines);
      units_.push_back(std::move(u));
    }
  }

  // A sentence running over a page number printed between pages ("... the commission",
  // "- 2 -", "will meet ...") is one paragraph with a page break inside it.
  static void rejoin_across_page_breaks(std::vector<TextUnit>& units) {
    std::vector<TextUnit> out;
    for (std::size_t k = 0; k < units.size(); ++k) {
      std::string number;
      bool page = units[k].lines.size() == 1 && standalone_page(units[k].lines[0].text, number);
      if (page && !out.empty() && k + 1 < units.size()) {
        TextUnit& prev = out.back();
        const std::string& last = prev.lines.back().text;
        const std::string& next = units[k + 1].lines.front().text;
        if (!ends_sentence(last, true) && count_words(last) >= 3 && starts_lower(next)) {
          SourceLine mark = units[k].lines[0];
          mark.text = "[" + number + "]";
          prev.lines.push_back(std::move(mark));
          for (SourceLine& l : units[k + 1].lines) prev.lines.push_back(std::move(l));
          ++k;
          continue;
        }
      }
      out.push_back(std::move(units[k]));
    }
    units = std::move(out);
  }

  ParsedBody run() {
    find_footnotes();
    for (std::size_t i = 0; i < fn_begin_; ++i) shape(units_[i]);
    find_speakers();
    find_opener();
    find_closer();
    find_signatures_in_text();
    ParsedBody out;
    emit_opener(out.blocks);
    emit_middle(out.blocks);
    emit_closer(out.blocks);
    emit_footnotes(out.blocks);
    out.signers = std::move(signers_);
    out.speakers = std::move(speakers_);
    return out;
  }

 private:
  // ---- classification of single units ----

  void shape(Unit& u) {
    const std::string& t = u.text();
    if (is_gap_text(t)) {
      u.shape = Shape::Gap;
      return;
    }
    if (standalone_page(t, u.page)) {
      u.shape = Shape::PageBreak;
      return;
    }
    if (wholly_bracketed(t, u.inner_begin, u.inner_end)) {
      u.shape = Shape::Bracketed;
      u.bracket = classify_bracket(std::string_view(t).substr(u.inner_begin, u.inner_end - u.inner_begin));
    }
    SpeakerPrefix sp;
    if (u.shape == Shape::Text && (speaker_prefix_at(t, sp) || participant_prefix_at(t, participants_, sp)))
      u.speaker = sp;
    if (u.shape == Shape::Bracketed && u.bracket.kind == BracketKind::Supplied &&
        is_person_name(std::string_view(t).substr(u.inner_begin, u.inner_end - u.inner_begin))) {
      // "[Pak Seong-cheol]" alone: a speaker label whose words follow.
      u.speaker.label = t;
      u.speaker.key = speaker_key(t);
      u.speaker.bracketed = true;
      u.speaker.begin = 0;
      u.speaker.end = u.speaker.text = t.size();
    }
    ListLabel label;
    if (u.shape == Shape::Text && read_list_label(t, label)) u.list = label;
    u.prose_like = u.shape == Shape::Text && is_prose(t);
    u.heading_like = u.shape == Shape::Text && !u.list && is_heading_like(t);
  }

  bool is_note_unit(const Unit& u) const {
    if (u.shape != Shape::Bracketed || u.is_speaker) return false;
    if (u.bracket.kind == BracketKind::Note) return true;
    return u.bracket.kind == BracketKind::Supplied && count_words(u.text()) >= 3;
  }

  // ---- footnotes ----

  void find_footnotes() {
    fn_begin_ = units_.size();
    std::size_t i = units_.size();
    while (i > 0) {
      const Unit& u = units_[i - 1];
      std::size_t rest = 0;
      std::string marker = footnote_marker_at_start(u.text(), &rest);
      if (marker.empty()) break;
      bool referenced = false;
      for (std::size_t k = 0; k + 1 < i && !referenced; ++k) referenced = has_footnote_reference(units_[k].text(), marker);
      if (!referenced) break;
      --i;
    }
    // Notes numbered in sequence before the first referenced one are notes too: their
    // markers stood in a heading the page left out ("[1]", "[2]" before a referenced "[3]").
    auto number_of = [](const std::string& marker) {
      std::string digits;
      for (char c : marker)
        if (c >= '0' && c <= '9') digits += c;
        else if (c != '[' && c != ']') return -1;
      return digits.empty() || digits.size() > 3 ? -1 : std::stoi(digits);
    };
    if (i < units_.size()) {
      int next = number_of(footnote_marker_at_start(units_[i].text()));
      while (i > 0 && next > 1 && number_of(footnote_marker_at_start(units_[i - 1].text())) == next - 1) {
        --i;
        --next;
      }
    }
    // Bare numbers ("1 The KWP CC plenum ...") are notes only as the whole sequence 1, 2,
    // 3 ...: a run that is not so holds numbered paragraphs, not notes.
    int expected = 1;
    bool sequence = true;
    std::size_t last_bare = i;
    for (std::size_t k = i; k < units_.size(); ++k) {
      std::string marker = footnote_marker_at_start(units_[k].text());
      if (!is_bare_number_marker(marker)) continue;
      sequence = sequence && marker == std::to_string(expected++);
      last_bare = k + 1;
    }
    if (!sequence) i = last_bare;
    fn_begin_ = i;
    for (std::size_t k = fn_begin_; k < units_.size(); ++k) {
      std::string marker = footnote_marker_at_start(units_[k].text());
      // A note is known by its marker; the TEI writer derives the id from it.
      markers_.push_back({marker, marker});
    }
  }

  // ---- speakers ----

  void find_speakers() {
    std::vector<SpeakerPrefix> candidates;
    for (std::size_t i = 0; i < fn_begin_; ++i) {
      candidates.push_back(units_[i].speaker);
      if (units_[i].shape == Shape::Text) collect_labels_in_paragraph(units_[i].text(), candidates);
    }
    known_speakers_ = accept_speakers(candidates);
    // "Cde. ZE:" after "Cde. Zhou Enlai:": initials standing for a speaker named in full.
    for (const std::string& k : known_speakers_) {
      if (k.size() < 2 || k.size() > 3 || !std::all_of(k.begin(), k.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        continue;
      for (const std::string& full : known_speakers_) {
        std::string initials;
        for (std::string_view w : split_words(full))
          if (!w.empty() && w.back() != '.') initials += w.front();
        std::string all;
        for (std::string_view w : split_words(full))
          if (!w.empty()) all += w.front();
        if (full != k && (initials == k || all == k)) aliases_[k] = full;
      }
    }
    for (std::size_t i = 0; i < fn_begin_; ++i) {
      Unit& u = units_[i];
      // A bracketed name alone is a speaker only when a text paragraph follows.
      bool alone = u.shape == Shape::Bracketed;
      u.is_speaker = !u.speaker.key.empty() && known_speakers_.count(u.speaker.key) &&
                     (!alone || (i + 1 < fn_begin_ && units_[i + 1].shape == Shape::Text));
    }
  }

  // ---- opener ----

  bool opener_eligible(const Unit& u) const {
    if (u.is_speaker || u.list) return false;
    if (u.shape == Shape::Gap || u.shape == Shape::PageBreak) return false;
    if (u.shape == Shape::Bracketed) return !is_note_unit(u);
    if (u.heading_like) return true;
    LetterPart part = classify_letter_line(u.src.lines.front().text);
    if (part == LetterPart::Distribution) return true;
    // A record's header: "Time: 4 November 1958, 4:00 p.m. to 5:10 p.m."
    if ((part == LetterPart::Label || part == LetterPart::Recorder) && count_words(u.text()) <= 20) return true;
    if (short_salute(u, part)) return true;
    if (u.prose_like) return false;
    if (part != LetterPart::None) return true;
    return count_words(u.text()) <= 12 && u.text().size() <= 100;
  }

  // "Deeply respected Comrade Stalin!", "Dear Comrade Kim Il Sung,": a short greeting reads
  // like a sentence but is the salute. One ending in a period is a sentence ("Comrade Kim
  // agreed.").
  static bool short_salute(const Unit& u, LetterPart part) {
    if (part != LetterPart::Salute || u.shape != Shape::Text || u.src.lines.size() > 2) return false;
    std::string_view t = trim(u.text());
    return count_words(t) <= 8 && !t.empty() && (t.back() == '!' || t.back() == ',' || t.back() == ':');
  }

  void find_opener() {
    std::size_t i = 0;
    while (i < fn_begin_ && opener_eligible(units_[i])) {
      ++i;
      if (starts_salute(units_[i - 1]))
        while (i < fn_begin_ && address_continues(units_[i - 1], units_[i])) ++i;
      // "Copies:" followed by "1. Comr. Stalin", "2. Comr. Molotov" ...
      if (classify_letter_line(units_[i - 1].text()) == LetterPart::Distribution)
        while (i < fn_begin_ && units_[i].list && !units_[i].is_speaker) ++i;
    }
    // An opener needs text after it; a text made only of short lines has none.
    opener_end_ = i < fn_begin_ ? i : 0;
  }

  // ---- closer ----

  bool closer_eligible(const Unit& u) const {
    if (u.is_speaker || u.heading_like) return false;
    if (u.shape == Shape::Gap || u.shape == Shape::PageBreak) return false;
    if (u.shape == Shape::Bracketed) return !is_note_unit(u) || u.bracket.kind == BracketKind::Gap;
    LetterPart part = classify_letter_line(u.src.lines.front().text);
    if (part == LetterPart::Distribution || part == LetterPart::Routing || part == LetterPart::Recorder) return true;
    if (u.prose_like) return false;
    if (u.list) return true;
    // An office over two lines: "Chairman of the Cabinet of Ministers" / "of the Democratic ...".
    return (count_words(u.text()) <= 12 && u.text().size() <= 100) || is_title_line(u.text());
  }

  bool closer_anchor(const Unit& u) const {
    Signature sig;
    if (parse_signature(u.text(), sig)) return true;
    LetterPart part = classify_letter_line(u.text());
    return part == LetterPart::Distribution || part == LetterPart::Routing || part == LetterPart::Closing ||
           part == LetterPart::Institution || part == LetterPart::Recorder || is_dateline(u.text()) ||
           is_reference_initials(u.text());
  }

  bool strong_signature(const Unit& u) const {
    Signature sig;
    LetterPart part = classify_letter_line(u.text());
    return u.shape != Shape::Gap && (part == LetterPart::None || part == LetterPart::Signed) &&
           parse_signature(u.text(), sig) && sig.strong;
  }

  // "... by 20.00 on 16" / "October.": the unit after this one finishes its sentence and is
  // no closer line. A closing phrase ends in a comma and is not meant.
  bool ends_mid_sentence(const Unit& u) const {
    const std::string& t = u.text();
    if (u.shape != Shape::Text || t.empty() || !std::isalnum(static_cast<unsigned char>(t.back()))) return false;
    Signature sig;
    return count_words(t) >= 5 && has_lower_word(t) && !is_title_line(t) &&
           classify_letter_line(t) == LetterPart::None && !parse_signature(t, sig);
  }

  // List items in a closer belong to a distribution list ("Copies:" then "1. Comr. Stalin");
  // a signature between dashes ("– 52 Kádas –") reads like a bulleted item but is none.
  std::size_t trim_leading_items(std::size_t begin, std::size_t end) const {
    Signature sig;
    while (begin < end && units_[begin].list && !parse_signature(units_[begin].text(), sig)) ++begin;
    return begin;
  }

  void find_closer() {
    std::size_t end = fn_begin_;
    // Editorial notes after the signature ("[In the margins Stalin wrote ...]") and the
    // number of the page it stands on ("- 1 -").
    while (end > opener_end_ && (is_note_unit(units_[end - 1]) || units_[end - 1].shape == Shape::PageBreak)) --end;
    std::size_t begin = end;
    while (begin > opener_end_ && closer_eligible(units_[begin - 1])) --begin;
    begin = trim_leading_items(begin, end);
    while (begin < end && (ends_mid_sentence(units_[begin]) ||
                           (begin > opener_end_ && ends_mid_sentence(units_[begin - 1]))))
      ++begin;
    bool anchored = false;
    for (std::size_t i = begin; i < end; ++i) anchored = anchored || closer_anchor(units_[i]);
    if (begin < end && anchored) {
      closer_begin_ = begin;
      closer_end_ = end;
      return;
    }
    // A signature followed by more text ("13.1.51 ROSHCHIN" then "Spravka: ...").
    for (std::size_t k = fn_begin_; k > opener_end_ && fn_begin_ - k < 5; --k) {
      if (!strong_signature(units_[k - 1]) || !closer_eligible(units_[k - 1])) continue;
      std::size_t b = k - 1, e = k;
      while (b > opener_end_ && closer_eligible(units_[b - 1])) --b;
      while (e < fn_begin_ && closer_eligible(units_[e]) && !units_[e].list) ++e;
      closer_begin_ = trim_leading_items(b, e);
      closer_end_ = e;
      return;
    }
    closer_begin_ = closer_end_ = fn_begin_;
  }

  // ---- signatures inside the text ----

  // Signatures before the closer: a covering note signed above the document it sends
  // ("/signature/ KALASHNIKOV"), a minute forwarding another ("Sd. J. Nehru"), a
  // resolution's signatories set out two names to a line. Only lines that say they are
  // signatures count here: a signing word or mark, or two lines or more of names alone,
  // each written with its initials ("Ts. Dugersuren D. Molomjamts").
  void find_signatures_in_text() {
    std::vector<std::string> grid;  // names of the current run of name lines
    std::size_t grid_lines = 0;
    auto end_grid = [&] {
      if (grid_lines >= 2)
        for (const std::string& name : grid) add_signer(name);
      grid.clear();
      grid_lines = 0;
    };
    for (std::size_t i = opener_end_; i < closer_begin_; ++i) {
      const Unit& u = units_[i];
      if (u.shape != Shape::Text && u.shape != Shape::Bracketed) {
        end_grid();
        continue;
      }
      std::vector<std::string> names;
      bool all_names = true;
      for (const SourceLine& line : u.src.lines) {
        all_names = all_names && names_on_line(line.text, names);
        if (!has_signing_mark(line.text)) continue;
        Signature sig;
        if (parse_signature(line.text, sig)) add_signer(sig.signer);
      }
      if (!all_names) {
        end_grid();
        continue;
      }
      grid.insert(grid.end(), names.begin(), names.end());
      grid_lines += u.src.lines.size();
    }
    end_grid();
  }

  static bool has_signing_mark(std::string_view line) {
    for (std::string_view mark : {"[signature]", "/signature/", "[Signature]", "(signature)"})
      if (line.find(mark) != std::string_view::npos) return true;
    return classify_letter_line(line) == LetterPart::Signed;
  }

  // "Ts. Dugersuren D. Molomjamts": a line of names, each its initials and a surname.
  static bool names_on_line(std::string_view line, std::vector<std::string>& out) {
    std::vector<std::string_view> words = split_words(line);
    std::vector<std::string> found;
    std::size_t i = 0;
    while (i < words.size()) {
      std::size_t start = i;
      while (i < words.size() && is_initial_word(words[i], 3)) ++i;
      if (i == start || i >= words.size() || is_initial_word(words[i], 3) || !is_person_name(words[i])) return false;
      ++i;
      std::string name;
      for (std::size_t k = start; k < i; ++k) name += (name.empty() ? "" : " ") + std::string(words[k]);
      found.push_back(std::move(name));
    }
    if (found.empty()) return false;
    out.insert(out.end(), found.begin(), found.end());
    return true;
  }

  void add_signer(const std::string& signer) {
    if (!signer.empty() && std::find(signers_.begin(), signers_.end(), signer) == signers_.end())
      signers_.push_back(signer);
  }

  // ---- inline parsing ----

  std::vector<Inline> inlines_of(const JoinedText& j) { return inlines_of(j.text, j.positions); }

  std::vector<Inline> inlines_of(std::string_view text, const PositionMap& positions) {
    InlineReport report;
    std::vector<Inline> out = parse_inline_text(text, positions, markers_, &report);
    if (report.unbalanced)
      diags_.warn("unbalanced square bracket kept as text", "unbalanced-bracket", report.first_unbalanced);
    return out;
  }

  // A part of the text [begin, end) with its own positions.
  std::vector<Inline> inlines_of_part(const JoinedText& j, std::size_t begin, std::size_t end) {
    begin = std::min(begin, j.text.size());
    end = std::max(begin, std::min(end, j.text.size()));
    return inlines_of(std::string_view(j.text).substr(begin, end - begin), j.positions.slice(begin, end));
  }

  // Joins an opener or closer unit: wrapped lines as prose, separate lines kept.
  JoinedText letter_text(const Unit& u) const {
    bool continuation = true;
    for (std::size_t i = 1; i < u.src.lines.size(); ++i)
      continuation = continuation && starts_lower(u.src.lines[i].text);
    return continuation ? u.prose : join_kept_lines(u.src.lines);
  }

  Block make_block(BlockKind kind, const Unit& u, std::vector<Inline> inlines) const {
    Block b;
    b.kind = kind;
    b.inlines = std::move(inlines);
    b.pos = u.pos();
    return b;
  }

  BlockKind bracketed_letter_kind(const Unit& u) const {
    std::string_view inner = std::string_view(u.text()).substr(u.inner_begin, u.inner_end - u.inner_begin);
    inner = inner.substr(std::min(inner.size(), u.bracket.content_start));
    return is_dateline(inner) ? BlockKind::Dateline : BlockKind::Line;
  }

  // ---- headings ----

  // "NOTES" / "on the conversation held in the White Palace": a short line in lower case
  // right after a heading, ending no sentence, finishes the heading.
  bool continues_heading(const Unit& u) const {
    if (u.shape != Shape::Text || u.is_speaker || u.list || u.heading_like || u.prose_like) return false;
    std::string_view t = trim(u.text());
    // "of 24.III.1950" under "RESOLUTION No. 1193" is the dateline.
    return starts_lower(t) && count_words(t) <= 12 && !ends_sentence(t, true) &&
           classify_letter_line(t) == LetterPart::None && !is_dateline(t);
  }

  // The heading at units_[i], with the lines that finish it before `end`; `i` is left on
  // its last unit.
  Block heading(std::size_t& i, std::size_t end) {
    Block b = make_block(BlockKind::Heading, units_[i], inlines_of(units_[i].prose));
    while (i + 1 < end && continues_heading(units_[i + 1])) {
      ++i;
      Inline br;
      br.kind = InlineKind::LineBreak;
      br.pos = units_[i].pos();
      b.inlines.push_back(std::move(br));
      for (Inline& in : inlines_of(units_[i].prose)) b.inlines.push_back(std::move(in));
    }
    return b;
  }

  // ---- opener ----

  void emit_opener(std::vector<Block>& out) {
    Block opener;
    opener.kind = BlockKind::Opener;
    auto flush = [&] {
      if (!opener.children.empty()) {
        opener.pos = opener.children.front().pos;
        out.push_back(std::move(opener));
      }
      opener = Block{};
      opener.kind = BlockKind::Opener;
    };
    for (std::size_t i = 0; i < opener_end_; ++i) {
      const Unit& u = units_[i];
      if (u.heading_like) {
        flush();
        out.push_back(heading(i, opener_end_));
        continue;
      }
      if (u.shape == Shape::Bracketed) {
        opener.children.push_back(make_block(bracketed_letter_kind(u), u, inlines_of(letter_text(u))));
        continue;
      }
      if (u.list && extend_distribution(opener.children, u)) continue;
      BlockKind kind = letter_line_kind(u.text(), false);
      if (starts_salute(u) && (u.src.lines.size() > 1 || address_follows(i))) {
        std::vector<SourceLine> lines = u.src.lines;
        while (i + 1 < opener_end_ && address_continues(units_[i], units_[i + 1])) {
          ++i;
          for (const SourceLine& l : units_[i].src.lines) lines.push_back(l);
        }
        opener.children.push_back(make_block(BlockKind::Address, u, inlines_of(join_kept_lines(lines))));
        continue;
      }
      opener.children.push_back(make_block(kind, u, inlines_of(letter_text(u))));
    }
    flush();
  }

  // "to Mr. Kim Il Sung" / "Chairman of the Cabinet ..." / "Pyongyang": address lines are
  // short, in the same block or a lone place name, and not other letter parts.
  bool address_continues(const Unit& prev, const Unit& next) const {
    if (next.shape != Shape::Text || next.heading_like || next.prose_like) return false;
    LetterPart part = classify_letter_line(next.text());
    // "To the Central Committee of the CPSU" / "International Department": a body's name
    // continues the address.
    if (part != LetterPart::None && part != LetterPart::Place && part != LetterPart::Institution) return false;
    if (next.src.block == prev.src.block) return true;
    std::size_t words = count_words(next.text());
    return words <= 3 && (part == LetterPart::Place || find_digit(next.text()) == std::string::npos) &&
           starts_upper(next.text()) && !ends_sentence(next.text());
  }

  bool starts_salute(const Unit& u) const {
    return u.shape == Shape::Text && !u.prose_like &&
           (letter_line_kind(u.src.lines.front().text, false) == BlockKind::Salute ||
            starts_with_nocase(u.text(), "to "));
  }

  static std::size_t find_digit(std::string_view s) { return s.find_first_of("0123456789"); }

  bool address_follows(std::size_t i) const {
    return i + 1 < opener_end_ && address_continues(units_[i], units_[i + 1]);
  }

  // ---- closer ----

  void emit_closer(std::vector<Block>& out) {
    if (closer_begin_ < closer_end_) {
      Block closer;
      closer.kind = BlockKind::Closer;
      closer.pos = units_[closer_begin_].pos();
      // A body signs ("Embassy in Korea") only where no person does.
      bool personal = false;
      for (std::size_t i = closer_begin_; i < closer_end_ && !personal; ++i) {
        Signature sig;
        personal = closer_signature(units_[i], sig);
      }
      for (std::size_t i = closer_begin_; i < closer_end_; ++i) {
        const Unit& u = units_[i];
        if (u.list && extend_distribution(closer.children, u)) continue;
        Signature body_sig;
        if (!personal && u.shape == Shape::Text && u.src.lines.size() == 1 &&
            parse_institution_signature(u.text(), body_sig)) {
          add_signed(closer.children, u, inlines_of(u.prose), body_sig.signer);
          continue;
        }
        emit_closer_unit(u, closer.children);
      }
      out.push_back(std::move(closer));
    }
    // Units after a closer that stands before more text ("Spravka: ...") and editorial
    // notes after the signature.
    emit_middle_unit_range(out, closer_end_, fn_begin_);
  }

  // A numbered line after "Copies:" continues the distribution list on a new line.
  bool extend_distribution(std::vector<Block>& parts, const Unit& u) {
    if (parts.empty() || parts.back().kind != BlockKind::Distribution) return false;
    Block& d = parts.back();
    Inline br;
    br.kind = InlineKind::LineBreak;
    br.pos = u.pos();
    d.inlines.push_back(std::move(br));
    for (Inline& in : inlines_of(letter_text(u))) d.inlines.push_back(std::move(in));
    return true;
  }

  // Whether a closer unit is read as a signature: bracketed, or a single line that is no
  // other letter part ("Pyongyang" is a dateline, not a signer).
  static bool closer_signature(const Unit& u, Signature& sig) {
    if (u.shape == Shape::Bracketed) return parse_signature(u.text(), sig);
    LetterPart part = classify_letter_line(u.text());
    if (part == LetterPart::Recorder || is_reference_initials(u.text())) return false;
    BlockKind kind = letter_line_kind(u.text(), true);
    bool plain = part == LetterPart::None;
    return (kind == BlockKind::Line || (kind == BlockKind::Dateline && plain)) && u.src.lines.size() == 1 &&
           parse_signature(u.text(), sig);
  }

  void emit_closer_unit(const Unit& u, std::vector<Block>& parts) {
    if (u.shape == Shape::Bracketed) {
      Signature sig;
      if (parse_signature(u.text(), sig)) {
        add_signed(parts, u, inlines_of(u.prose), sig.signer);
        return;
      }
      parts.push_back(make_block(bracketed_letter_kind(u), u, inlines_of(letter_text(u))));
      return;
    }
    BlockKind kind = letter_line_kind(u.text(), true);
    {
      Signature sig;
      if (closer_signature(u, sig)) {
        if (!sig.date.empty()) {
          std::size_t cut = u.text().find(sig.name);
          parts.push_back(make_block(BlockKind::Dateline, u, inlines_of_part(u.prose, 0, cut)));
          trim_trailing_space(parts.back().inlines);
          add_signed(parts, u, inlines_of_part(u.prose, cut, u.text().size()), sig.signer);
          parts.back().pos = u.prose.positions.at(cut);
        } else {
          add_signed(parts, u, inlines_of(u.prose), sig.signer);
        }
        return;
      }
    }
    parts.push_back(make_block(kind, u, inlines_of(letter_text(u))));
  }

  static void trim_trailing_space(std::vector<Inline>& inlines) {
    if (inlines.empty() || inlines.back().kind != InlineKind::Text) return;
    std::string& t = inlines.back().text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
  }

  void add_signed(std::vector<Block>& parts, const Unit& u, std::vector<Inline> inlines, const std::string& signer) {
    // "[signature]" then "(A. PUZANOV)": one signature on two lines.
    if (!parts.empty() && parts.back().kind == BlockKind::Signed && parts.back().label.empty()) {
      Block& prev = parts.back();
      Inline br;
      br.kind = InlineKind::LineBreak;
      br.pos = u.pos();
      prev.inlines.push_back(std::move(br));
      for (Inline& in : inlines) prev.inlines.push_back(std::move(in));
      prev.label = signer;
    } else {
      Block b = make_block(BlockKind::Signed, u, std::move(inlines));
      b.label = signer;
      parts.push_back(std::move(b));
    }
    add_signer(signer);
  }

  // ---- the text between opener and closer ----

  void emit_middle(std::vector<Block>& out) { emit_middle_unit_range(out, opener_end_, closer_begin_); }

  void emit_middle_unit_range(std::vector<Block>& out, std::size_t begin, std::size_t end) {
    std::optional<Block> turn;
    auto close_turn = [&] {
      if (turn) {
        out.push_back(std::move(*turn));
        turn.reset();
      }
    };
    auto add = [&](Block b) {
      if (turn) turn->children.push_back(std::move(b));
      else out.push_back(std::move(b));
    };
    auto start_turn = [&](const SpeakerPrefix& sp, SourcePos pos) {
      close_turn();
      turn.emplace();
      turn->kind = BlockKind::SpeakerTurn;
      turn->label = sp.label;
      turn->pos = pos;
      auto alias = aliases_.find(sp.key);
      const std::string& key = alias == aliases_.end() ? sp.key : alias->second;
      if (std::find(speakers_.begin(), speakers_.end(), key) == speakers_.end()) speakers_.push_back(key);
    };

    for (std::size_t i = begin; i < end; ++i) {
      const Unit& u = units_[i];
      switch (u.shape) {
        case Shape::Gap: {
          close_turn();
          Block b = make_block(BlockKind::BlockGap, u, {});
          b.type = "omitted";
          b.text = std::string(trim(u.text()));
          out.push_back(std::move(b));
          continue;
        }
        case Shape::PageBreak: {
          close_turn();
          Block b = make_block(BlockKind::BlockPageBreak, u, {});
          b.text = u.page;
          out.push_back(std::move(b));
          continue;
        }
        case Shape::Bracketed:
          if (u.is_speaker) {
            start_turn(u.speaker, u.pos());
            continue;
          }
          if (is_note_unit(u)) {
            close_turn();
            out.push_back(block_note(u));
            continue;
          }
          add(make_block(BlockKind::Paragraph, u, inlines_of(u.prose)));
          continue;
        case Shape::Text:
          break;
      }
      if (u.heading_like && !u.is_speaker) {
        close_turn();
        out.push_back(heading(i, end));
        continue;
      }
      if (u.list && !u.is_speaker) {
        std::size_t stop = list_end(i, end);
        if (stop > i + 1) {
          add(build_list(i, stop));
          i = stop - 1;
          continue;
        }
      }
      std::size_t text_begin = 0;
      if (u.is_speaker) {
        if (u.speaker.dated_end > 0) {
          close_turn();
          out.push_back(dated_note(u));
        }
        start_turn(u.speaker, u.prose.positions.at(u.speaker.begin));
        text_begin = u.speaker.text;
      }
      emit_paragraph_with_turns(u, text_begin, turn, out, start_turn);
    }
    close_turn();
  }

  // A paragraph, split where a speaker's turn starts inside it.
  template <typename StartTurn>
  void emit_paragraph_with_turns(const Unit& u, std::size_t begin, std::optional<Block>& turn, std::vector<Block>& out,
                                 StartTurn& start_turn) {
    const std::string& t = u.text();
    std::size_t from = begin;
    while (true) {
      SpeakerPrefix next;
      std::size_t at = turn || !known_speakers_.empty()
                           ? find_turn_in_paragraph(t, from, known_speakers_, next)
                           : std::string_view::npos;
      std::size_t stop = at == std::string_view::npos ? t.size() : at;
      std::size_t end = stop;
      while (end > begin && t[end - 1] == ' ') --end;
      if (end > begin) {
        Block p = make_block(BlockKind::Paragraph, u, inlines_of_part(u.prose, begin, end));
        p.pos = u.prose.positions.at(begin);
        if (turn) turn->children.push_back(std::move(p));
        else out.push_back(std::move(p));
      }
      if (at == std::string_view::npos) break;
      known_speakers_.insert(next.key);
      start_turn(next, u.prose.positions.at(at));
      begin = next.text;
      from = next.text;
    }
  }

  Block block_note(const Unit& u) {
    Block b = make_block(BlockKind::BlockNote, u, {});
    b.type = u.bracket.kind == BracketKind::Note ? u.bracket.type : "editorial";
    std::size_t begin = u.inner_begin + (u.bracket.kind == BracketKind::Note ? u.bracket.content_start : 0);
    b.inlines = inlines_of_part(u.prose, begin, u.inner_end);
    return b;
  }

  Block dated_note(const Unit& u) {
    Block b = make_block(BlockKind::BlockNote, u, {});
    b.type = "editorial";
    const std::string& t = u.text();
    std::size_t close = t.rfind(']', u.speaker.dated_end);
    b.inlines = inlines_of_part(u.prose, 1, close == std::string::npos ? 1 : close);
    return b;
  }

  // ---- lists ----

  // The end of the list starting at units_[i]: items in sequence, with unmarked
  // paragraphs between them when the sequence resumes after them.
  std::size_t list_end(std::size_t i, std::size_t end) const {
    ListLabel last = *units_[i].list;
    std::size_t stop = i + 1;
    std::size_t k = i + 1;
    while (k < end) {
      const Unit& u = units_[k];
      if (u.list && !u.is_speaker && continues_list(last, *u.list)) {
        last = *u.list;
        stop = ++k;
        continue;
      }
      // "1) ... that they:" / "a) ..." / "b) ..." / "2) ...": the sub-items belong to item 1).
      if (std::size_t sub = sub_list_end(k, end, last); sub > k) {
        bool resumes = sub < end && units_[sub].list && !units_[sub].is_speaker && continues_list(last, *units_[sub].list);
        if (resumes || ends_with_colon_text(units_[k - 1].text())) {
          stop = k = sub;
          continue;
        }
      }
      // An enumeration run into the paragraph after an item ending in ":".
      if (!u.list && u.shape == Shape::Text) {
        std::size_t j = k;
        while (j < end && j < k + 3 && !units_[j].list && units_[j].shape == Shape::Text && !units_[j].is_speaker &&
               !units_[j].heading_like)
          ++j;
        if (j < end && units_[j].list && continues_list(last, *units_[j].list)) {
          k = j;
          continue;
        }
      }
      if (u.list && !u.is_speaker && !last.bullet && u.list->ordinal == 1 && ends_sentence(units_[k - 1].text(), true) &&
          units_[k - 1].text().back() == ':' && !inline_enumeration(u.text()).empty()) {
        stop = ++k;
        continue;
      }
      break;
    }
    return stop;
  }

  // The end of a run of sub-items starting at units_[k] under a list whose last item is
  // `last`: two or more items in sequence, numbered in a style of their own (a first "a)"
  // or a bullet under "1)"). `k` when there is none.
  std::size_t sub_list_end(std::size_t k, std::size_t end, const ListLabel& last) const {
    const Unit& u = units_[k];
    if (k == 0 || !u.list || u.is_speaker || continues_list(last, *u.list)) return k;
    if (!u.list->bullet && u.list->ordinal != 1) return k;
    if (u.list->bullet == last.bullet && (u.list->bullet ? u.list->label == last.label
                                                         : same_label_style(u.list->label, last.label)))
      return k;
    ListLabel sub_last = *u.list;
    std::size_t j = k + 1, stop = k + 1, items = 1;
    while (j < end) {
      const Unit& v = units_[j];
      if (v.list && !v.is_speaker && continues_list(sub_last, *v.list)) {
        sub_last = *v.list;
        stop = ++j;
        ++items;
        continue;
      }
      // An item's sentence going on in a paragraph of its own ("... to Sunan and" / "Anju
      // within three days;") before the next sub-item.
      if (v.list || v.shape != Shape::Text || v.is_speaker || v.heading_like || j >= stop + 2) break;
      ++j;
    }
    return items >= 2 ? stop : k;
  }

  // "1." and "3." are written alike; "1." and "a)" or "1)" are not.
  static bool same_label_style(std::string_view a, std::string_view b) {
    auto style = [](std::string_view l) {
      std::string out;
      for (char c : l) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
          if (out.empty() || out.back() != '9') out += '9';
        } else if (std::islower(static_cast<unsigned char>(c))) {
          out += 'a';
        } else if (std::isupper(static_cast<unsigned char>(c))) {
          out += 'A';
        } else {
          out += c;
        }
      }
      return out;
    };
    return style(a) == style(b);
  }

  static bool ends_with_colon_text(std::string_view t) {
    t = trim(t);
    return !t.empty() && t.back() == ':';
  }

  Block build_list(std::size_t begin, std::size_t end) {
    Block list;
    list.kind = BlockKind::List;
    list.type = units_[begin].list->bullet ? "bulleted" : "ordered";
    list.pos = units_[begin].pos();
    ListLabel last = *units_[begin].list;
    for (std::size_t k = begin; k < end; ++k) {
      const Unit& u = units_[k];
      bool item = u.list && (k == begin || continues_list(last, *u.list));
      if (item) {
        last = *u.list;
        Block it = make_block(BlockKind::ListItem, u, {});
        it.label = u.list->label;
        std::size_t text_end = u.text().size();
        std::vector<std::pair<std::string, std::size_t>> nested;
        // "4. ... the following agenda: 1. Regarding ... 2. Regarding ..."
        std::size_t colon = u.text().find(": 1");
        if (colon != std::string::npos) {
          nested = inline_enumeration(std::string_view(u.text()).substr(colon + 2));
          for (auto& n : nested) n.second += colon + 2;
          if (!nested.empty()) text_end = colon + 1;
        }
        it.inlines = inlines_of_part(u.prose, u.list->rest, text_end);
        if (!nested.empty()) it.children.push_back(enumeration_list(u, nested));
        list.children.push_back(std::move(it));
        continue;
      }
      if (list.children.empty()) continue;
      Block& owner = list.children.back();
      if (std::size_t sub = sub_list_end(k, end, last); sub > k) {
        owner.children.push_back(build_list(k, sub));
        k = sub - 1;
        continue;
      }
      std::vector<std::pair<std::string, std::size_t>> items = inline_enumeration(u.text());
      bool after_colon = !owner.inlines.empty() && ends_with_colon(owner);
      if (!items.empty() && after_colon) {
        owner.children.push_back(enumeration_list(u, items));
      } else if (!items.empty() && owner.children.empty() && u.list) {
        owner.children.push_back(enumeration_list(u, items));
      } else {
        Block p = make_block(BlockKind::Paragraph, u, inlines_of(u.prose));
        owner.children.push_back(std::move(p));
      }
    }
    return list;
  }

  static bool ends_with_colon(const Block& item) {
    std::string plain = inline_plain_text(item.inlines);
    std::string_view t = trim(plain);
    return !t.empty() && t.back() == ':';
  }

  Block enumeration_list(const Unit& u, const std::vector<std::pair<std::string, std::size_t>>& items) {
    Block list;
    list.kind = BlockKind::List;
    list.type = "ordered";
    list.pos = u.prose.positions.at(items.front().second);
    for (std::size_t n = 0; n < items.size(); ++n) {
      std::size_t begin = items[n].second + items[n].first.size();
      while (begin < u.text().size() && u.text()[begin] == ' ') ++begin;
      std::size_t end = n + 1 < items.size() ? items[n + 1].second : u.text().size();
      while (end > begin && u.text()[end - 1] == ' ') --end;
      Block it;
      it.kind = BlockKind::ListItem;
      it.label = items[n].first;
      it.pos = u.prose.positions.at(items[n].second);
      it.inlines = inlines_of_part(u.prose, begin, end);
      list.children.push_back(std::move(it));
    }
    return list;
  }

  // ---- footnotes ----

  void emit_footnotes(std::vector<Block>& out) {
    if (fn_begin_ >= units_.size()) return;
    Block notes;
    notes.kind = BlockKind::Footnotes;
    notes.pos = units_[fn_begin_].pos();
    for (std::size_t k = fn_begin_; k < units_.size(); ++k) {
      const Unit& u = units_[k];
      std::size_t rest = 0;
      std::string marker = footnote_marker_at_start(u.text(), &rest);
      Block n = make_block(BlockKind::BlockNote, u, {});
      n.type = "footnote";
      n.label = marker;
      // The note's own text must not turn its marker into a reference to itself.
      std::vector<NoteMarker> saved;
      saved.swap(markers_);
      n.inlines = inlines_of_part(u.prose, rest, u.text().size());
      saved.swap(markers_);
      notes.children.push_back(std::move(n));
    }
    out.push_back(std::move(notes));
  }

  Diagnostics& diags_;
  const std::vector<std::string>& participants_;
  std::map<std::string, std::string> aliases_;  // "ZE" -> "Zhou Enlai": initials used as a label
  std::vector<Unit> units_;
  std::vector<NoteMarker> markers_;
  std::set<std::string> known_speakers_;
  std::vector<std::string> signers_;
  std::vector<std::string> speakers_;
  std::size_t fn_begin_ = 0;
  std::size_t opener_end_ = 0;
  std::size_t closer_begin_ = 0;
  std::size_t closer_end_ = 0;
};

}  // namespace

ParsedBody parse_body(const std::vector<SourceLine>& lines, Diagnostics& diags,
                      const std::vector<std::string>& participants) {
  return BodyBuilder(lines, diags, participants).run();
}

}  // namespace archtei
