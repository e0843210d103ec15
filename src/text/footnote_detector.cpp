// Footnote markers at the start of notes and in the text.
#include "text/footnote_detector.h"

#include <cctype>

namespace archtei {
namespace {

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool is_number(std::string_view s) {
  if (s.empty() || s[0] == '0') return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

bool is_bare_number_reference(std::string_view text, std::size_t at, std::size_t end) {
  if (at == 0) return false;
  char before = text[at - 1];
  bool glued = std::isalpha(static_cast<unsigned char>(before)) || before == '.' || before == ',' || before == ';' ||
               before == ':' || before == ')' || before == '"' || before == '\'' ||
               static_cast<unsigned char>(before) >= 0x80;
  if (!glued) return false;
  // "3.1", "1,2": a number after digits is part of a number.
  if ((before == '.' || before == ',') && at >= 2 && std::isdigit(static_cast<unsigned char>(text[at - 2])))
    return false;
  // "No.1", "f.3", "p.2": a number after an abbreviation is a number.
  if (before == '.' && at >= 2 && std::isalpha(static_cast<unsigned char>(text[at - 2]))) {
    std::size_t w = at - 2;
    while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
    if (w == 0 || text[w - 1] == ' ' || text[w - 1] == '(') {
      std::string_view word = text.substr(w, at - 1 - w);
      std::string low;
      for (char c : word) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (word.size() <= 2 || low == "vol" || low == "art" || low == "fol") return false;
    }
  }
  return end >= text.size() || !alnum(text[end]);
}

std::string footnote_marker_at_start(std::string_view text, std::size_t* rest) {
  std::size_t n = 0;
  std::string marker;
  if (!text.empty() && text[0] == '*') {
    while (n < text.size() && n < 3 && text[n] == '*') ++n;
    marker = std::string(text.substr(0, n));
  } else if (!text.empty() && text[0] == '[') {
    while (n + 1 < text.size() && n < 3 && std::isdigit(static_cast<unsigned char>(text[n + 1]))) ++n;
    if (n == 0 || n + 1 >= text.size() || text[n + 1] != ']') return {};
    n += 2;
    marker = std::string(text.substr(0, n));
  } else {
    while (n < text.size() && n < 3 && alnum(text[n])) ++n;
    if (n > 0 && n < text.size() && text[n] == ' ' && is_number(text.substr(0, n))) {
      // "1 The KWP CC plenum ...": a bare number opens a note when a capital or a quote
      // follows ("1 copy" does not).
      std::size_t r = n + 1;
      if (r >= text.size() || !(std::isupper(static_cast<unsigned char>(text[r])) || text[r] == '"' ||
                                static_cast<unsigned char>(text[r]) >= 0x80))
        return {};
      marker = std::string(text.substr(0, n));
    } else {
      if (n == 0 || n >= text.size() || text[n] != '/') return {};
      ++n;
      marker = std::string(text.substr(0, n));
    }
  }
  if (n >= text.size() || text[n] != ' ') return {};
  std::size_t r = n;
  while (r < text.size() && text[r] == ' ') ++r;
  if (r >= text.size()) return {};
  if (rest) *rest = r;
  return marker;
}

bool is_bare_number_marker(std::string_view marker) { return is_number(marker); }

bool has_footnote_reference(std::string_view text, std::string_view marker) {
  if (marker.empty()) return false;
  if (is_number(marker)) {
    for (std::size_t at = text.find(marker); at != std::string_view::npos; at = text.find(marker, at + 1))
      if (is_bare_number_reference(text, at, at + marker.size())) return true;
    return false;
  }
  bool letters = std::isalpha(static_cast<unsigned char>(marker[0])) != 0;
  for (std::size_t at = text.find(marker); at != std::string_view::npos; at = text.find(marker, at + 1)) {
    std::size_t end = at + marker.size();
    if (end < text.size() && alnum(text[end])) continue;
    if (at > 0 && marker[0] != '[' && marker[0] != '*' && letters && alnum(text[at - 1])) continue;
    if (at > 0 && marker[0] != '[' && !letters && std::isdigit(static_cast<unsigned char>(text[at - 1]))) continue;
    // "13/5-50" is a date, not a marker.
    if (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) continue;
    return true;
  }
  return false;
}

}  // namespace archtei
