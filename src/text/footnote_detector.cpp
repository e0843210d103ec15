// Footnote markers at the start of notes and in the text.
#include "text/footnote_detector.h"

#include <cctype>

namespace archtei {
namespace {

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

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
    if (n == 0 || n >= text.size() || text[n] != '/') return {};
    ++n;
    marker = std::string(text.substr(0, n));
  }
  if (n >= text.size() || text[n] != ' ') return {};
  std::size_t r = n;
  while (r < text.size() && text[r] == ' ') ++r;
  if (r >= text.size()) return {};
  if (rest) *rest = r;
  return marker;
}

bool has_footnote_reference(std::string_view text, std::string_view marker) {
  if (marker.empty()) return false;
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
