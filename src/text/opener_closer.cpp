// Letter lines -> opener and closer parts, by data/letter_parts.tsv and the date parser.
#include "text/opener_closer.h"

#include <cctype>
#include <vector>

#include "text/body_text.h"
#include "text/date_parser.h"
#include "text/speaker_names.h"
#include "text/tables.h"

namespace archtei {
namespace {

enum class LetterMatch { Line, Prefix, Suffix, Contains };

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
                                                : LetterPart::None;
      LetterMatch m = row[1] == "line"     ? LetterMatch::Line
                      : row[1] == "suffix"   ? LetterMatch::Suffix
                      : row[1] == "contains" ? LetterMatch::Contains
                                             : LetterMatch::Prefix;
      std::string phrase = row[2];
      if (m == LetterMatch::Suffix || m == LetterMatch::Contains)
        for (char& c : phrase) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (p != LetterPart::None) out.push_back({p, m, std::move(phrase)});
    }
    return out;
  }();
  return rules;
}

std::string_view strip_trailing_punct(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == ',' || s.back() == '!' || s.back() == ';'))
    s.remove_suffix(1);
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

}  // namespace

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
  for (const LetterRule& r : letter_rules()) {
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
      if (at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1]))) continue;
      std::size_t end = at + phrase.size();
      if (end < lower.size() && std::isalnum(static_cast<unsigned char>(lower[end]))) continue;
      return r.part;
    }
    if (!starts_with_nocase(s, r.phrase)) continue;
    std::size_t n = r.phrase.size();
    bool boundary = n == s.size() || !std::isalnum(static_cast<unsigned char>(s[n])) ||
                    !std::isalnum(static_cast<unsigned char>(r.phrase.back()));
    if (!boundary) continue;
    return r.part;
  }
  return LetterPart::None;
}

bool is_dateline(std::string_view line) {
  std::string s = without_brackets(line);
  std::string_view v = strip_trailing_punct(s);
  if (v.empty()) return false;
  if (count_words(v) > 8) return false;
  if (classify_letter_line(v) == LetterPart::Place) return true;
  FoundDate d = find_date(v);
  if (d.iso.empty()) return false;
  // The words around the date may name a place but not make a sentence.
  std::string rest = std::string(v.substr(0, d.offset)) + " " + std::string(v.substr(d.offset + d.length));
  for (std::string_view w : split_words(rest)) {
    std::string_view bare = strip_trailing_punct(w);
    if (bare.empty() || bare == "-" || bare == "of" || bare == "the" || bare == "on") continue;
    if (std::isdigit(static_cast<unsigned char>(bare[0]))) continue;
    if (!starts_upper(bare)) return false;
  }
  return true;
}

bool parse_signature(std::string_view line, Signature& out) {
  out = Signature{};
  std::string_view s = trim(line);
  if (s.empty() || s.size() > 120) return false;

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

  // A bracketed signature: "[illegible signature, possibly Molotov]", "[signature] /A. PUZANOV/".
  std::size_t sig = rest.find("signature");
  std::size_t open = rest.rfind('[', sig);
  if (sig != std::string_view::npos && open != std::string_view::npos) {
    std::size_t close = rest.find(']', sig);
    if (close == std::string_view::npos) return false;
    out.name = std::string(rest);
    out.strong = true;
    std::string_view after = trim(rest.substr(close + 1));
    if (!after.empty() && is_person_name(after)) {
      out.signer = tidy_person_name(after);
      return true;
    }
    std::string_view inside = rest.substr(open + 1, close - open - 1);
    for (std::string_view hedge : {"possibly ", "probably ", "presumably ", "apparently "}) {
      std::size_t at = inside.find(hedge);
      if (at == std::string_view::npos) continue;
      std::string_view who = trim(inside.substr(at + hedge.size()));
      if (is_person_name(who)) out.signer = tidy_person_name(who);
      break;
    }
    return true;
  }

  if (!is_person_name(rest)) return false;
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
