// Small string helpers shared by the citation, credit, date and title parsers: trimming,
// ASCII case folding and word boundaries over UTF-8 text.
#pragma once

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

namespace archtei::text {

/// True for bytes that belong to words: ASCII letters and digits, and every byte of a
/// non-ASCII UTF-8 sequence (so "Országos" is one word).
inline bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u) != 0;
}

inline bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline bool is_digit_byte(char c) { return c >= '0' && c <= '9'; }

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

/// `s` without leading and trailing white space (a UTF-8 no-break space counts as space).
inline std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && is_space_byte(s.front())) s.remove_prefix(1);
    else if (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    else break;
  }
  for (;;) {
    if (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
    else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    else break;
  }
  return s;
}

/// `s` with every run of white space collapsed to one ASCII space, and trimmed.
inline std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool space = is_space_byte(s[i]);
    if (!space && i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0') {
      space = true;
      ++i;
    }
    if (space) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += s[i];
  }
  return out;
}

/// Case-insensitive (ASCII) equality.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

/// True when `text` holds `word` at `pos` (case-insensitive), not inside a longer word.
inline bool word_at(std::string_view text, std::size_t pos, std::string_view word) {
  if (pos + word.size() > text.size()) return false;
  if (!iequals(text.substr(pos, word.size()), word)) return false;
  if (pos > 0 && is_word_byte(text[pos - 1]) && is_word_byte(word.front())) return false;
  std::size_t end = pos + word.size();
  if (end < text.size() && is_word_byte(text[end]) && is_word_byte(word.back())) return false;
  return true;
}

/// Position of the first `word` in `text` at or after `from`, as a whole word; npos if none.
inline std::size_t find_word(std::string_view text, std::string_view word, std::size_t from = 0) {
  for (std::size_t i = from; i + word.size() <= text.size(); ++i)
    if (word_at(text, i, word)) return i;
  return std::string_view::npos;
}

/// True when the "." at `dot` ends a sentence: it is followed by the end of the text or by
/// a space and a capital letter, a quote, a bracket or "<", and it does not close an initial
/// ("V.P.", "Sh."), or an abbreviation that archival citations put before a number
/// or a name ("f.", "op.", "d.", "ll.", "No.", "Cde.").
inline bool is_sentence_end(std::string_view text, std::size_t dot) {
  if (dot >= text.size() || text[dot] != '.') return false;
  std::size_t next = dot + 1;
  if (next < text.size()) {
    if (!is_space_byte(text[next])) return false;
    while (next < text.size() && is_space_byte(text[next])) ++next;
    if (next < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[next]);
      bool opens = (c >= 'A' && c <= 'Z') || c == '"' || c == '<' || c == '(' || c == '[' || c >= 0x80;
      if (!opens) return false;
    }
  }
  std::size_t start = dot;
  while (start > 0 && is_word_byte(text[start - 1])) --start;
  std::string_view word = text.substr(start, dot - start);
  if (word.empty()) return true;  // ")." or ""."
  if (word.size() == 1 && !is_digit_byte(word[0])) return false;  // an initial
  // Transliterated initials of two letters: "Sh. Sandag", "Yu. Andropov".
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'a' && word[1] <= 'z') return false;
  if (start > 0 && text[start - 1] == '.' && word.size() <= 2) return false;  // "V.P." "D.C."
  static constexpr std::string_view kAbbreviations[] = {
      "f",   "op",  "d",   "dd",  "l",    "ll",   "p",   "pp",  "no",  "nr",   "vol",
      "ed",  "eds", "cf",  "ibid", "tom", "str",  "gg",  "mr",  "mrs", "ms",  "dr",   "cde",
      "tov", "st",  "jr",  "sr",  "gen", "col",  "lt",  "prof", "sept", "jan", "feb", "aug",
      "oct", "nov", "dec", "apr", "jun", "jul", "mar", "sep", "vs",  "etc",  "inv",  "fol",
      "ff",  "nos", "doc", "docs", "ch",  "sec",  "pt",  "ser", "trans"};
  std::string lower = ascii_lower(word);
  for (std::string_view a : kAbbreviations)
    if (lower == a) return false;
  return true;
}

}  // namespace archtei::text
