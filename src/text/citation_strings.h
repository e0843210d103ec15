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
/// Length of an opening quotation mark at `pos` (", ', “, ‘, „, «); 0 when there is none.
inline std::size_t quote_length(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  if (s[pos] == '"' || s[pos] == '\'') return 1;
  for (std::string_view q : {"\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E", "\xC2\xAB"})
    if (s.substr(pos, q.size()) == q) return q.size();
  return 0;
}

/// True when an opening quotation mark stands right before `pos`.
inline bool quote_before(std::string_view s, std::size_t pos) {
  for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{3}})
    if (pos >= n && quote_length(s, pos - n) == n) return true;
  return false;
}

/// The offset just past the closing quotation marks that follow position `pos` (a
/// sentence's period inside its quotation: `... Bhabha."`); `pos` itself when none follow.
inline std::size_t past_closing_quotes(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    if (text[pos] == '"' || text[pos] == '\'') ++pos;
    else if (text.substr(pos, 3) == "\xE2\x80\x9D" || text.substr(pos, 3) == "\xE2\x80\x99") pos += 3;
    else break;
  }
  return pos;
}

/// `value` without its final period, which may stand inside closing quotation marks
/// (`"Biography of Homi Bhabha."` -> `"Biography of Homi Bhabha"`).
inline std::string_view drop_final_period(std::string_view value, std::string& buffer) {
  std::size_t end = value.size();
  std::size_t quotes = end;
  while (quotes > 0 && (value[quotes - 1] == '"' || value[quotes - 1] == '\'')) --quotes;
  while (quotes >= 3 && (value.substr(quotes - 3, 3) == "\xE2\x80\x9D" || value.substr(quotes - 3, 3) == "\xE2\x80\x99"))
    quotes -= 3;
  if (quotes == 0 || value[quotes - 1] != '.') return value;
  if (quotes == end) return value.substr(0, end - 1);
  buffer = std::string(value.substr(0, quotes - 1)) + std::string(value.substr(quotes));
  return buffer;
}

inline bool is_sentence_end(std::string_view text, std::size_t dot) {
  if (dot >= text.size() || text[dot] != '.') return false;
  // A sentence may end inside its quotation: "... of Homi Bhabha." Obtained by ...
  std::size_t next = past_closing_quotes(text, dot + 1);
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
      "ff",  "nos", "doc", "docs", "ch",  "sec",  "pt",  "ser", "trans", "cdes", "amb", "gov", "pres",
      "sen", "rep", "dept", "secy", "messrs", "adm", "capt", "maj", "sgt"};
  std::string lower = ascii_lower(word);
  for (std::string_view a : kAbbreviations)
    if (lower == a) return false;
  return true;
}

}  // namespace archtei::text
