// Letter lines -> opener and closer parts, by data/letter_parts.tsv and the date parser.
#include "text/opener_closer.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "model/utf8.h"
#include "text/body_text.h"
#include "text/date_parser.h"
#include "text/source_text.h"
#include "text/speaker_names.h"
#include "text/tables.h"
#include "text/writing_script.h"

namespace archtei {
namespace {

enum class LetterMatch { Line, Prefix, Suffix, Contains, Word, Caps };

struct LetterRule {
  LetterPart part;
  LetterMatch match;
  std::string phrase;
};

const std::vector<LetterRule>& letter_rules() {
  static const std::vector<LetterRule> rules = [] {
    std::vector<LetterRule> out;
    for (const TableRow& row : table("letter_parts")) {
      if (row.size() < 3) continue;
      LetterPart p = row[0] == "classification" ? LetterPart::Classification
                     : row[0] == "routing"      ? LetterPart::Routing
                     : row[0] == "distribution" ? LetterPart::Distribution
                     : row[0] == "salute"       ? LetterPart::Salute
                     : row[0] == "closing"      ? LetterPart::Closing
                     : row[0] == "place"        ? LetterPart::Place
                     : row[0] == "signed"       ? LetterPart::Signed
                     : row[0] == "label"        ? LetterPart::Label
                     : row[0] == "institution"  ? LetterPart::Institution
                     : row[0] == "recorder"     ? LetterPart::Recorder
                     : row[0] == "subject"      ? LetterPart::Subject
                                                : LetterPart::None;
      LetterMatch m = row[1] == "line"     ? LetterMatch::Line
                      : row[1] == "suffix"   ? LetterMatch::Suffix
                      : row[1] == "contains" ? LetterMatch::Contains
                      : row[1] == "word"     ? LetterMatch::Word
                      : row[1] == "caps"     ? LetterMatch::Caps
                                             : LetterMatch::Prefix;
      std::string phrase = row[2];
      if (m == LetterMatch::Suffix || m == LetterMatch::Contains || m == LetterMatch::Word)
        for (char& c : phrase) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (p != LetterPart::None) out.push_back({p, m, std::move(phrase)});
    }
    return out;
  }();
  return rules;
}

std::string_view strip_trailing_punct(std::string_view s) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    while (!s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == ',' || s.back() == '!' || s.back() == ';'))
      s.remove_suffix(1), stripped = true;
    // The full-width forms Chinese and Japanese write: "：", "，", "！", "；", "。".
    for (std::string_view mark : {"\xEF\xBC\x9A", "\xEF\xBC\x8C", "\xEF\xBC\x81", "\xEF\xBC\x9B", "\xE3\x80\x82"})
      if (s.ends_with(mark)) s.remove_suffix(mark.size()), stripped = true;
  }
  return trim(s);
}

// Removes bracketed groups so "[date left blank] October 1948" reads as "October 1948".
std::string without_brackets(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '[') ++depth;
    else if (c == ']' && depth > 0) --depth;
    else if (depth == 0) out += c;
  }
  return std::string(trim(out));
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The words an office or a body's name leaves in lower case: "Chairman of the Council".
bool is_joining_word(std::string_view w) {
  static const std::vector<std::string_view> words = {"of", "the", "and", "for", "in",  "on", "at", "to", "by",
                                                      "de", "du",  "des", "la",  "le",  "von", "van", "der", "und",
                                                      "y",  "&"};
  return std::find(words.begin(), words.end(), w) != words.end();
}

std::string_view strip_word_punct(std::string_view w) {
  while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '\'')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == ')' || w.back() == '"' || w.back() == ',' || w.back() == ':' || w.back() == ';'))
    w.remove_suffix(1);
  return w;
}

// The words of a title line before its first joining word: "Soviet Embassy" in "Soviet
// Embassy in Korea", "Chairman" in "Chairman of the Council".
std::vector<std::string> title_head(std::string_view line) {
  std::vector<std::string> out;
  for (std::string_view w : split_words(line)) {
    std::string_view bare = strip_word_punct(w);
    if (is_joining_word(bare)) break;
    out.push_back(lower_ascii(bare));
  }
  return out;
}


// "STALIN", "KIM", "CHADAEV": a name word in capitals. Acronyms without a vowel ("USSR",
// "DPRK", "CPSU") are bodies, not names.
bool is_capitals_name_word(std::string_view w) {
  std::size_t letters = 0;
  bool vowel = false;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t len;
    char32_t c = decode_utf8(w, i, len);
    i += len;
    if (c == '-' || c == '\'') continue;
    if (!is_upper_letter(c)) return false;
    ++letters;
    vowel = vowel || c > 0x7F || std::string_view("AEIOUY").find(static_cast<char>(c)) != std::string_view::npos;
  }
  return letters >= 2 && vowel;
}

// An office: a title line ("Chairman of the USSR Council of Ministers"), or one whose
// words up to the first joining word are so written and whose complement is a common noun
// ("Chairman of the meeting").
bool is_office_line(std::string_view s) {
  if (is_title_line(s)) return true;
  std::vector<std::string_view> words = split_words(s);
  if (words.size() < 3 || words.size() > 10 || !starts_upper(words[0])) return false;
  std::size_t j = 1;
  while (j < words.size() && !is_joining_word(strip_word_punct(words[j]))) {
    if (!starts_upper(words[j])) return false;
    ++j;
  }
  if (j + 1 >= words.size()) return false;
  std::string_view last = words.back();
  return std::isalpha(static_cast<unsigned char>(last.back())) != 0;
}

// "Chargé d'affaires:", "Ambassador:": an office written as the label of a signature,
// a few words opening with a capital and ending in a colon.
bool is_office_label(std::string_view s) {
  if (!s.ends_with(':')) return false;
  s.remove_suffix(1);
  std::size_t words = count_words(s);
  return words >= 1 && words <= 5 && starts_upper(s) && classify_letter_line(s) == LetterPart::None &&
         !ends_sentence(s);
}

// "CC", "MID", "USSR": a short word wholly in capitals.
bool is_acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  for (char c : w)
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  return true;
}

// "ON THE KOREAN QUESTION": every letter a capital.
bool in_capitals(std::string_view s) {
  bool letter = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    char32_t c = decode_utf8(s, i, len);
    i += len;
    if (!is_letter(c)) continue;
    if (!is_upper_letter(c)) return false;
    letter = true;
  }
  return letter;
}

std::string join_words(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// Where the name starts in "Chairman of the USSR Council of Ministers I. STALIN" or
// "Chief of Staff KANG KON": an office in title case, then a name in capitals, or a name
// opening with an initial. npos when the line is not so made.
std::size_t name_after_office(std::string_view s) {
  std::vector<std::string_view> words = split_words(s);
  if (words.size() < 2) return std::string_view::npos;
  std::size_t n = words.size();
  std::size_t k = n;
  while (k > 0 && (is_initial_word(words[k - 1], 2) || is_capitals_name_word(words[k - 1]))) --k;
  bool capitals = false;
  for (std::size_t i = k; i < n; ++i) capitals = capitals || !is_initial_word(words[i], 2);
  if (k < n && capitals) {
    // Initials open the name ("I. STALIN") when a name word in capitals stands on either side.
    std::size_t first_initial = k;
    while (first_initial < n && !is_initial_word(words[first_initial], 2)) ++first_initial;
    if (first_initial > k && first_initial + 1 < n && !is_initial_word(words[n - 1], 2)) k = first_initial;
  } else {
    // "Ambassador of the USSR A. Puzanov": the name opens with its first initial.
    k = 1;
    while (k < n && !is_initial_word(words[k], 2)) ++k;
  }
  // A name never follows "of the": what stands there names a body ("Department of the CC
  // CPSU", "of the MID USSR"), and the line is all office.
  if (k == 0 || k >= n || is_joining_word(words[k - 1])) return std::string_view::npos;
  // "... of the CC CPSU": one word in capitals after an acronym ends the body's name.
  if (k + 1 == n && !is_initial_word(words[k], 2) && is_acronym(strip_word_punct(words[k - 1])))
    return std::string_view::npos;
  // "Recorded by: N. Fedorenko" is a header label, not an office.
  std::string office = join_words(words, 0, k);
  if (office.ends_with(':') || classify_letter_line(office) != LetterPart::None) return std::string_view::npos;
  if (!is_office_line(office) || !is_person_name(join_words(words, k, n))) return std::string_view::npos;
  return static_cast<std::size_t>(words[k].data() - s.data());
}

// The length of the word of signing that opens `s` ("Signed:", "Sgd."), 0 when none.
std::size_t signed_word_length(std::string_view s) {
  for (const LetterRule& r : letter_rules()) {
    if (r.part != LetterPart::Signed || r.match != LetterMatch::Prefix || !starts_with_nocase(s, r.phrase)) continue;
    std::size_t n = r.phrase.size();
    if (n == s.size() || !std::isalnum(static_cast<unsigned char>(s[n]))) return n;
  }
  return 0;
}

// The dashes a telegram's signature stands between: hyphen, en dash, em dash.
constexpr std::string_view kDashes[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94"};

// "– 52 Kádas –": a telegram's number and its signer between dashes. The name, or empty.
std::string_view name_between_dashes(std::string_view s) {
  std::size_t open = 0, close = 0;
  for (std::string_view d : kDashes) {
    if (open == 0 && s.starts_with(d)) open = d.size();
    if (close == 0 && s.ends_with(d)) close = d.size();
  }
  if (open == 0 || close == 0 || s.size() <= open + close) return {};
  std::string_view inner = trim(s.substr(open, s.size() - open - close));
  std::size_t i = 0;
  while (i < inner.size() && (std::isdigit(static_cast<unsigned char>(inner[i])) || inner[i] == '/')) ++i;
  inner = trim(inner.substr(i));
  return is_person_name(inner) ? inner : std::string_view{};
}

std::size_t find_nocase(std::string_view s, std::string_view word) {
  std::string lower = lower_ascii(s);
  return lower.find(word);
}

}  // namespace

bool is_title_line(std::string_view line) {
  std::string_view s = trim(line);
  while (!s.empty() && (s.back() == ',' || s.back() == ':')) s.remove_suffix(1);
  if (s.empty() || s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ';') return false;
  std::vector<std::string_view> words = split_words(s);
  if (words.empty() || words.size() > 20) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = strip_word_punct(words[i]);
    if (w.empty()) return false;
    if (i > 0 && is_joining_word(w)) continue;
    std::size_t len;
    char32_t c = decode_utf8(w, 0, len);
    if (!is_upper_letter(c) && !(i > 0 && is_digit(c))) return false;
  }
  return true;
}

// The letter or digit at byte `at` of `s` (or the one ending there, `before`); 0 for none.
char32_t word_char_at(std::string_view s, std::size_t at, bool before) {
  if (before) {
    if (at == 0) return 0;
    do --at;
    while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80);
  }
  if (at >= s.size()) return 0;
  Utf8Char c = read_utf8(s, at);
  if (c.length == 0) return 0;
  bool digit = c.code_point < 0x80 && std::isdigit(static_cast<int>(c.code_point));
  return digit || !script_of_letter(c.code_point).empty() ? c.code_point : 0;
}

// A phrase stands on its own where no letter runs into it from the side `before` or after
// it. Chinese and Japanese set no spaces between words: a phrase whose edge is Han or kana
// is whole wherever it stops ("柴军武同志" ends with "同志").
bool stands_alone(std::string_view s, std::size_t at, std::string_view phrase, bool before) {
  char32_t edge = word_char_at(phrase, before ? 0 : phrase.size(), !before);
  std::string_view script = edge ? script_of_letter(edge) : std::string_view();
  if (script == "Hani" || script == "Hira" || script == "Kana") return true;
  return edge == 0 || word_char_at(s, at, before) == 0;
}

LetterPart classify_letter_line(std::string_view line) {
  std::string_view s = trim(line);
  // Leading quotes do not change what a line is ("“Cde. Mao Zedong!").
  for (std::string_view q : {"\"", "\xE2\x80\x9C", "\xC2\xAB"})
    if (s.starts_with(q)) s = trim(s.substr(q.size()));
  if (s.empty() || count_words(s) > 40) return LetterPart::None;
  std::string_view bare = strip_trailing_punct(s);
  bool short_line = count_words(bare) <= 6;
  std::string lower;
  if (short_line) {
    lower = std::string(bare);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  std::vector<std::string> head;
  bool title = false, head_read = false, caps = false, caps_read = false;
  for (const LetterRule& r : letter_rules()) {
    if (r.match == LetterMatch::Word) {
      if (!head_read) {
        head_read = true;
        title = is_title_line(s);
        if (title) head = title_head(s);
      }
      if (title && std::find(head.begin(), head.end(), r.phrase) != head.end()) return r.part;
      continue;
    }
    if (r.match == LetterMatch::Caps) {
      if (!caps_read) {
        caps_read = true;
        caps = in_capitals(bare) && count_words(bare) >= 2 && !ends_sentence(s);
      }
      if (caps && starts_with_nocase(bare, r.phrase) && bare.size() > r.phrase.size() && bare[r.phrase.size()] == ' ')
        return r.part;
      continue;
    }
    if (r.match == LetterMatch::Line) {
      if (equals_nocase(bare, r.phrase)) return r.part;
      continue;
    }
    if (r.match == LetterMatch::Suffix || r.match == LetterMatch::Contains) {
      // Only in short lines: "Five copies printed", "5 copies".
      if (!short_line || bare.size() < r.phrase.size()) continue;
      const std::string& phrase = r.phrase;
      std::size_t at = r.match == LetterMatch::Suffix ? lower.size() - phrase.size() : lower.find(phrase);
      if (at == std::string::npos || lower.compare(at, phrase.size(), phrase) != 0) continue;
      if (!stands_alone(lower, at, phrase, true) || !stands_alone(lower, at + phrase.size(), phrase, false)) continue;
      return r.part;
    }
    if (!starts_with_nocase(s, r.phrase)) continue;
    if (!stands_alone(s, r.phrase.size(), r.phrase, false)) continue;
    return r.part;
  }
  return LetterPart::None;
}

bool is_dateline(std::string_view line) {
  std::string s = without_brackets(line);
  std::string_view v = strip_trailing_punct(s);
  if (v.empty()) return false;
  if (count_words(v) > 8) return false;
  if (classify_letter_line(v) == LetterPart::Place || is_cjk_date(v)) return true;
  FoundDate d = find_date(v);
  if (d.iso.empty()) return false;
  // The words around the date may name a place but not make a sentence.
  std::string rest = std::string(v.substr(0, d.offset)) + " " + std::string(v.substr(d.offset + d.length));
  for (std::string_view w : split_words(rest)) {
    std::string_view bare = strip_trailing_punct(w);
    if (bare.empty() || bare == "-" || bare == "of" || bare == "the" || bare == "on") continue;
    // The year's word in the originals' languages: "1947 року", "1951 года", "1953 roku".
    if (bare == "\xD1\x80\xD0\xBE\xD0\xBA\xD1\x83" || bare == "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0" || bare == "roku" ||
        bare == "\xD0\xB3" || bare == "\xD1\x80")
      continue;
    if (std::isdigit(static_cast<unsigned char>(bare[0]))) continue;
    if (!starts_upper(bare)) return false;
  }
  return true;
}

bool is_reference_initials(std::string_view line) {
  std::string_view s = trim(line);
  if (s.size() < 4 || s.size() > 16 || s.find(' ') != std::string_view::npos) return false;
  // "E.O.B.": two to four capitals, each with its period.
  bool dotted = s.size() % 2 == 0 && s.size() <= 8;
  for (std::size_t i = 0; dotted && i < s.size(); i += 2)
    dotted = std::isupper(static_cast<unsigned char>(s[i])) && s[i + 1] == '.';
  if (dotted) return true;
  // "JFD:mk", "EOB/jm": the drafter's capitals, a colon or slash, the typist's small letters.
  std::size_t sep = s.find_first_of(":/");
  if (sep < 2 || sep > 4 || sep + 1 >= s.size() || s.size() - sep - 1 > 4) return false;
  for (std::size_t i = 0; i < sep; ++i)
    if (!std::isupper(static_cast<unsigned char>(s[i]))) return false;
  for (std::size_t i = sep + 1; i < s.size(); ++i)
    if (!std::islower(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

bool parse_signature(std::string_view line, Signature& out) {
  out = Signature{};
  std::string_view s = trim(line);
  if (s.empty() || s.size() > 120) return false;

  // "Signed: Ion Popa"; "(Signed)" alone marks a signature whose name follows.
  if (std::size_t n = signed_word_length(s); n > 0) {
    std::string_view rest = trim(s.substr(n));
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest = trim(rest.substr(1));
    if (rest.empty()) {
      out.name = std::string(s);
      out.strong = true;
      return true;
    }
    Signature inner;
    if (!parse_signature(rest, inner) || inner.institution) return false;
    out = inner;
    out.strong = true;
    return true;
  }

  // "PARTICIPANTS:": a heading for the lines under it, not a name signed.
  if (s.back() == ':') return false;

  FoundDate d = date_at_start(s);
  std::string_view rest = s;
  if (!d.iso.empty() && d.offset + d.length < s.size()) {
    std::size_t end = d.offset + d.length;
    while (end < s.size() && (s[end] == '.' || s[end] == ',' || s[end] == ' ')) ++end;
    std::string_view after = trim(s.substr(end));
    if (!after.empty() && (is_person_name(after) || after.front() == '[')) {
      out.date = std::string(trim(s.substr(0, d.offset + d.length)));
      rest = after;
    }
  }

  // A signature mark beside the name: "[signature] /A. PUZANOV/", "A. MIKOYAN [signature]".
  // The editor's guess at an illegible one ("[illegible signature, possibly Molotov]") names
  // nobody.
  // The mark may also stand between slashes or parentheses: "/signature/ KALASHNIKOV".
  std::size_t sig = find_nocase(rest, "signature");
  std::size_t open = sig == std::string_view::npos ? sig : rest.rfind('[', sig);
  char closing = ']';
  if (sig != std::string_view::npos && sig > 0 && (rest[sig - 1] == '/' || rest[sig - 1] == '(')) {
    std::size_t end = sig + std::string_view("signature").size();
    char want = rest[sig - 1] == '/' ? '/' : ')';
    if (end < rest.size() && rest[end] == want) open = sig - 1, closing = want;
  }
  if (sig != std::string_view::npos && open != std::string_view::npos) {
    std::size_t close = rest.find(closing, sig);
    if (close == std::string_view::npos) return false;
    out.name = std::string(rest);
    out.strong = true;
    std::string_view after = trim(rest.substr(close + 1));
    std::string_view before = trim(rest.substr(0, open));
    if (!after.empty() && is_person_name(after)) out.signer = tidy_person_name(after);
    else if (!before.empty() && is_person_name(before)) out.signer = tidy_person_name(before);
    // "Chargé d'affaires: [signature]": an office over an unnamed signature.
    else if (!after.empty() || (!before.empty() && !is_office_label(before))) return false;
    return true;
  }

  // "– 52 Kádas –"
  if (std::string_view name = name_between_dashes(rest); !name.empty()) {
    out.name = std::string(rest);
    out.signer = tidy_person_name(name);
    out.strong = true;
    return true;
  }

  if (!is_person_name(rest)) {
    std::size_t at = name_after_office(rest);
    if (at == std::string_view::npos) return false;
    out.name = std::string(rest);
    out.signer = tidy_person_name(rest.substr(at));
    out.strong = true;
    return true;
  }
  out.name = std::string(rest);
  out.signer = tidy_person_name(rest);
  std::vector<std::string_view> words = split_words(rest);
  bool has_caps_word = false, has_initial = false, spaced = words.size() >= 3;
  for (std::string_view w : words) {
    std::size_t letters = 0, upper = 0;
    for (char c : w) {
      if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
      if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    }
    if (letters >= 3 && upper == letters) has_caps_word = true;
    if (w.size() >= 2 && w.back() == '.' && letters <= 3) has_initial = true;
    if (w.size() != 1) spaced = false;
  }
  out.strong = !out.date.empty() || has_caps_word || spaced || (has_initial && words.size() >= 2) ||
               rest.find('[') != std::string_view::npos;
  return true;
}

bool parse_institution_signature(std::string_view line, Signature& out) {
  out = Signature{};
  std::string_view s = trim(line);
  if (classify_letter_line(s) != LetterPart::Institution) return false;
  while (!s.empty() && (s.back() == ',' || s.back() == ':')) s.remove_suffix(1);
  out.name = std::string(s);
  out.signer = collapse_space(s);
  out.institution = true;
  return true;
}

BlockKind letter_line_kind(std::string_view line, bool in_closer) {
  switch (classify_letter_line(line)) {
    case LetterPart::Classification:
      return BlockKind::Classification;
    case LetterPart::Routing:
      return BlockKind::Routing;
    case LetterPart::Distribution:
      return BlockKind::Distribution;
    case LetterPart::Salute:
      return BlockKind::Salute;
    case LetterPart::Closing:
      return in_closer ? BlockKind::Salute : BlockKind::Line;
    case LetterPart::Place:
      return BlockKind::Dateline;
    case LetterPart::Signed:
    case LetterPart::Label:
    case LetterPart::Institution:
    case LetterPart::Recorder:
    case LetterPart::Subject:
    case LetterPart::None:
      break;
  }
  if (is_dateline(line)) return BlockKind::Dateline;
  // "To Vyshinsky": an addressee without a word of address.
  std::string_view s = trim(line);
  if (!in_closer && (s.starts_with("To ") || s.starts_with("to ")) && is_person_name(s.substr(3)))
    return BlockKind::Salute;
  return BlockKind::Line;
}

}  // namespace archtei
