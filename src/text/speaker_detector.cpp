// Paragraph openings -> speaker turns.
#include "text/speaker_detector.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "text/body_text.h"
#include "text/citation_strings.h"
#include "text/date_parser.h"
#include "text/opener_closer.h"
#include "text/speaker_names.h"

namespace archtei {
namespace {

constexpr std::size_t kMaxNameWords = 7;

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

std::size_t matching_close(std::string_view s, std::size_t open) {
  char o = s[open], c = o == '[' ? ']' : ')';
  int depth = 0;
  for (std::size_t i = open; i < s.size() && i < open + 200; ++i) {
    if (s[i] == o) ++depth;
    else if (s[i] == c && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// The turn's text must open like a sentence, or the label stands alone.
bool opens_turn_text(std::string_view s, std::size_t i) {
  if (i >= s.size()) return true;
  std::string_view rest = s.substr(i);
  if (starts_upper(rest)) return true;
  char c = rest[0];
  return c == '"' || c == '[' || c == '(' || c == '-' || c == '\'' || std::isdigit(static_cast<unsigned char>(c)) ||
         rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xC2\xAB");
}

bool is_initial_word(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  std::size_t letters = 0;
  for (char c : w)
    if (c != '.') ++letters;
  return letters <= 2 && starts_upper(w);
}

// A plain "Name." or "Name:" label starting at `begin`.
bool plain_label(std::string_view s, std::size_t begin, SpeakerPrefix& out) {
  std::size_t i = begin;
  for (std::size_t words = 0; words < kMaxNameWords && i < s.size(); ++words) {
    std::size_t start = i;
    if (s[i] == '[' || s[i] == '(') {
      std::size_t close = matching_close(s, i);
      if (close == std::string_view::npos) return false;
      i = close + 1;
      out.alternative = true;
    } else {
      while (i < s.size() && s[i] != ' ') ++i;
    }
    std::string_view word = s.substr(start, i - start);
    bool colon = word.ends_with(':');
    bool period = word.ends_with('.') && !is_initial_word(word) && !is_honorific(word);
    if (colon || period) {
      std::string_view label = s.substr(begin, i - begin);
      std::string_view name = label.substr(0, label.size() - 1);
      if (!is_person_name(name)) return false;
      // "Copies:", "From:", "Secret:" are letter lines, not speakers; "Comrade Kim:" is one.
      LetterPart part = classify_letter_line(label);
      if (part != LetterPart::None && part != LetterPart::Salute) return false;
      out.begin = begin;
      out.end = i;
      out.colon = colon;
      out.label = std::string(label);
      out.key = speaker_key(name);
      out.declared = !declared_short_name_of(name).empty();
      out.text = skip_spaces(s, i);
      out.followed = out.text < s.size();
      // "Cde. N. Ceausescu: spoke with ...": after a word of address and a colon, the turn
      // may go on in lower case.
      std::size_t first_end = std::min(label.find(' '), label.size());
      bool addressed = colon && is_honorific(label.substr(0, first_end));
      return !out.key.empty() && (opens_turn_text(s, out.text) || addressed);
    }
    i = skip_spaces(s, i);
  }
  return false;
}

}  // namespace

bool speaker_prefix_at(std::string_view text, SpeakerPrefix& out) {
  out = SpeakerPrefix{};
  std::size_t i = skip_spaces(text, 0);
  if (i < text.size() && text[i] == '[') {
    std::size_t close = matching_close(text, i);
    if (close == std::string_view::npos) return false;
    std::string_view content = trim(text.substr(i + 1, close - i - 1));
    std::size_t after = skip_spaces(text, close + 1);
    // "[Pak Seong-cheol] We ...", but not an editor's word inside a name ("[North] Korea"):
    // after a one-word name, a turn says more than a word or two.
    if (is_person_name(content) && after < text.size() && opens_turn_text(text, after) &&
        (count_words(content) >= 2 || count_words(text.substr(after)) >= 3)) {
      out.begin = i;
      out.end = close + 1;
      out.text = after;
      out.label = std::string(text.substr(i, close + 1 - i));
      out.key = speaker_key(content);
      out.bracketed = true;
      out.followed = true;
      return !out.key.empty();
    }
    // "[8 October 1971. Pak Seong-cheol (Pak Song Chol)] In ..."
    std::size_t dot = content.rfind(". ");
    if (dot != std::string_view::npos && !find_date(content.substr(0, dot)).iso.empty() &&
        is_person_name(content.substr(dot + 2)) && opens_turn_text(text, after) && after < text.size()) {
      out.begin = i;
      out.end = close + 1;
      out.text = after;
      out.label = std::string(text.substr(i, close + 1 - i));
      out.key = speaker_key(content.substr(dot + 2));
      out.bracketed = true;
      out.followed = true;
      return !out.key.empty();
    }
    // "[March 1961] N. S. Khrushchev. I would ..."
    if (count_words(content) <= 6 && !find_date(content).iso.empty()) {
      SpeakerPrefix inner;
      if (plain_label(text, after, inner)) {
        out = inner;
        out.dated_end = after;
        return true;
      }
    }
    return false;
  }
  // "Warsaw. 5 June 1962" is a dateline, not a turn.
  return plain_label(text, i, out) && !is_dateline(text);
}

namespace {

// "CHERNENKO", "N. S. KHRUSHCHEV": a name in capitals, as transcripts write speakers.
bool in_capitals(std::string_view key) {
  std::size_t letters = 0;
  for (char c : key) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 3;
}

}  // namespace

std::set<std::string> accept_speakers(const std::vector<SpeakerPrefix>& candidates) {
  std::map<std::string, std::size_t> count;
  std::set<std::string> capitals;  // names in capitals opening a paragraph with a period
  for (const SpeakerPrefix& c : candidates) {
    if (c.key.empty()) continue;
    ++count[c.key];
    if (!c.in_paragraph && !c.colon && in_capitals(c.key)) capitals.insert(c.key);
  }
  std::set<std::string> accepted;
  for (const SpeakerPrefix& c : candidates) {
    if (c.key.empty()) continue;
    // Inside running text (a page flattened onto one line) a colon counts after a name in
    // full or a word of address ("... Zhou Enlai: When ...", "Ambassador Shen: Since ...").
    bool colon = c.colon && (!c.in_paragraph || count_words(c.key) >= 2 || c.label != c.key + ":");
    if (count[c.key] >= 2 || colon || c.bracketed || c.alternative || c.declared || c.participant ||
        (capitals.size() >= 2 && capitals.count(c.key)))
      accepted.insert(c.key);
  }
  if (accepted.empty()) return accepted;
  // A conversation: a name that speaks once is a speaker too.
  std::set<std::string> once;
  for (const SpeakerPrefix& c : candidates) {
    if (c.key.empty() || !c.followed || accepted.count(c.key)) continue;
    if (!c.in_paragraph || c.colon || count_words(c.key) >= 2) once.insert(c.key);
  }
  accepted.insert(once.begin(), once.end());
  // A conversation has two voices, or one that speaks again, or one named in full: a lone
  // "Decision:" or "Reference:" label opening a paragraph once is a heading of the text,
  // not a turn.
  if (accepted.size() == 1 && count[*accepted.begin()] < 2) {
    const std::string& lone = *accepted.begin();
    bool full_name = count_words(lone) >= 2;
    bool declared = std::any_of(candidates.begin(), candidates.end(),
                                [&](const SpeakerPrefix& c) { return c.key == lone && (c.declared || c.participant); });
    if (!full_name && !declared) accepted.clear();
  }
  return accepted;
}

namespace {

// The next name label standing as a sentence of its own after `from`: "... reject it. Kim
// Gwang-hyeop [Kim Kwang Hyop]. We understand ...". npos when there is none.
std::size_t next_label_in_text(std::string_view text, std::size_t from, SpeakerPrefix& out) {
  for (std::size_t i = from; i + 2 < text.size(); ++i) {
    char c = text[i];
    // A sentence end, or the end of an editor's bracket or heading: "...]: Kim II Sung. We".
    if (c != '.' && c != '?' && c != '!' && c != ':' && c != ']') continue;
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == '"' || text[j] == ')' || text[j] == ':')) ++j;
    if (j >= text.size() || text[j] != ' ') continue;
    j = skip_spaces(text, j);
    if (j >= text.size() || !starts_upper(text.substr(j))) continue;
    // The text before must end a sentence with a word, not an initial ("N. S.") or an
    // abbreviated word of address ("Cde.", "Prof."); a word written out ("... Komarek,
    // Ambassador. Comrade Komarek: I have ...") ends its sentence.
    std::size_t w = i;
    while (w > 0 && text[w - 1] != ' ') --w;
    std::string_view before = text.substr(w, i + 1 - w);
    if (is_initial_word(before) || (is_honorific(before) && before.size() <= 5)) continue;
    SpeakerPrefix p;
    if (!plain_label(text, j, p)) continue;
    out = p;
    return j;
  }
  return std::string_view::npos;
}

}  // namespace

void collect_labels_in_paragraph(std::string_view text, std::vector<SpeakerPrefix>& out) {
  std::size_t from = 0;
  SpeakerPrefix p;
  for (std::size_t at; (at = next_label_in_text(text, from, p)) != std::string_view::npos; from = p.end) {
    // Inside running text mostly recurrence counts: one "Moscow:" is not a speaker.
    p.alternative = p.bracketed = false;
    p.in_paragraph = true;
    out.push_back(p);
  }
}

std::size_t find_turn_in_paragraph(std::string_view text, std::size_t from, const std::set<std::string>& known,
                                   SpeakerPrefix& out) {
  if (known.empty()) return std::string_view::npos;
  SpeakerPrefix p;
  for (std::size_t at; (at = next_label_in_text(text, from, p)) != std::string_view::npos; from = p.end) {
    if (known.count(p.key) == 0 && !p.alternative) continue;
    out = p;
    return at;
  }
  return std::string_view::npos;
}

bool participant_prefix_at(std::string_view text, const std::vector<std::string>& participants, SpeakerPrefix& out) {
  std::size_t i = skip_spaces(text, 0);
  std::string_view rest = text.substr(i);
  for (const std::string& p : participants) {
    // The name as the title gives it, or its last word when that is a surname of some length.
    std::size_t space = p.rfind(' ');
    std::string_view surname = space == std::string::npos ? std::string_view(p) : std::string_view(p).substr(space + 1);
    for (std::string_view name : {std::string_view(p), surname}) {
      if (name.size() < 3 || name.size() > rest.size() || !text::iequals(rest.substr(0, name.size()), name)) continue;
      std::size_t after = name.size();
      if (after >= rest.size() || rest[after] != ' ') continue;
      std::size_t next = skip_spaces(rest, after);
      if (next >= rest.size() || !starts_upper(rest.substr(next))) continue;
      // "MAO ZEDONG AND HO CHI MINH" is the record's heading, not a turn: the words must go on
      // in ordinary case, and not join a second name.
      std::string_view words = rest.substr(next);
      if (text::word_at(words, 0, "and") || std::none_of(words.begin(), words.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        continue;
      out = SpeakerPrefix{};
      out.begin = i;
      out.end = i + after;
      out.text = i + next;
      out.label = std::string(rest.substr(0, after));
      out.key = speaker_key(out.label);
      out.participant = true;
      out.followed = true;
      return !out.key.empty();
    }
  }
  return false;
}

}  // namespace archtei
