// Character, word and position helpers shared by the body parser's stages.
#include "text/body_text.h"

#include <algorithm>
#include <cctype>

#include "model/utf8.h"
#include "text/writing_script.h"

namespace archtei {

void PositionMap::add(std::size_t offset, SourcePos pos) { anchors_.push_back({offset, pos}); }

SourcePos PositionMap::at(std::size_t offset) const {
  if (anchors_.empty()) return {};
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](std::size_t o, const Anchor& a) { return o < a.offset; });
  if (it != anchors_.begin()) --it;
  SourcePos pos = it->pos;
  if (pos.column != 0 && offset >= it->offset) pos.column += offset - it->offset;
  return pos;
}

PositionMap PositionMap::slice(std::size_t begin, std::size_t end) const {
  PositionMap out;
  out.add(0, at(begin));
  for (const Anchor& a : anchors_)
    if (a.offset > begin && a.offset < end) out.add(a.offset - begin, a.pos);
  return out;
}

char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len) {
  len = 1;
  if (i >= s.size()) return 0;
  const Utf8Char c = read_utf8(s, i);
  if (c.length == 0) return 0xFFFD;
  len = c.length;
  return c.code_point;
}

char32_t decode_utf8_before(std::string_view s, std::size_t end, std::size_t& len) {
  len = 0;
  if (end == 0) return 0;
  std::size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  char32_t c = decode_utf8(s, start, len);
  if (start + len != end) {
    len = 1;
    return 0xFFFD;
  }
  return c;
}

// Latin, Greek and Cyrillic cover the names and words of these documents; other scripts
// have no case and count as neither.
bool is_lower_letter(char32_t c) {
  if (c >= 'a' && c <= 'z') return true;
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 1 ? c != 0x130 && c != 0x149 : c == 0x138;
  if (c >= 0x3B1 && c <= 0x3C9) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

bool is_upper_letter(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 0 ? c != 0x138 : c == 0x130;
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}

bool starts_lower(std::string_view s) {
  std::size_t len;
  return !s.empty() && is_lower_letter(decode_utf8(s, 0, len));
}

bool starts_upper(std::string_view s) {
  std::size_t len;
  return !s.empty() && is_upper_letter(decode_utf8(s, 0, len));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
    std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

namespace {

bool is_closing_mark(std::string_view s, std::size_t end, std::size_t& len) {
  char32_t c = decode_utf8_before(s, end, len);
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == '*';
}

// A footnote marker glued to a sentence end: "Stalin].x/".
std::size_t marker_suffix(std::string_view s) {
  if (s.empty() || s.back() != '/') return 0;
  std::size_t i = s.size() - 1;
  std::size_t n = 0;
  while (i > 0 && n < 3 && std::isalnum(static_cast<unsigned char>(s[i - 1]))) { --i; ++n; }
  return n == 0 ? 0 : n + 1;
}

}  // namespace

bool ends_sentence(std::string_view s, bool colon) {
  s = trim(s);
  if (std::size_t m = marker_suffix(s); m != 0 && m < s.size()) s.remove_suffix(m);
  std::size_t len;
  for (int guard = 0; guard < 4 && !s.empty() && is_closing_mark(s, s.size(), len); ++guard)
    s.remove_suffix(len);
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?') return true;
  if (s.ends_with("\xE2\x80\xA6")) return true;  // …
  // Chinese and Japanese full stops, exclamation and question marks: 。！？
  for (std::string_view mark : {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"})
    if (s.ends_with(mark)) return true;
  return colon && (c == ':' || c == ';');
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  // Letter by letter, so that Cyrillic and Greek compare without case too ("ШИФРТЕЛЕГРАММА").
  for (std::size_t i = 0; i < prefix.size();) {
    std::size_t a_len, b_len;
    char32_t a = decode_utf8(s, i, a_len), b = decode_utf8(prefix, i, b_len);
    if (a_len != b_len || lower_letter(a) != lower_letter(b)) return false;
    i += b_len;
  }
  return true;
}

bool equals_nocase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && starts_with_nocase(a, b);
}

std::string fold_quotes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    char32_t c = decode_utf8(s, i, len);
    if (c == 0x2018 || c == 0x2019 || c == 0x02BC) out += '\'';
    else if (c == 0x201C || c == 0x201D) out += '"';
    else out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

bool is_rule_line(std::string_view s) {
  s = trim(s);
  if (s.size() < 3) return false;
  std::size_t marks = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    char32_t c = decode_utf8(s, i, len);
    i += len;
    if (c == ' ') continue;
    if (c == '-' || c == '_' || c == '=' || c == '*' || c == '~' || c == 0x2014 || c == 0x2013 || c == 0x2015 ||
        c == 0x2500 || c == 0x2501)
      ++marks;
    else
      return false;
  }
  return marks >= 3;
}

}  // namespace archtei
