// Text -> HTML: escaping for element content and attribute values, the only way the report
// puts text into its pages.
#pragma once

#include <string>
#include <cctype>
#include <string_view>

namespace archtei::report {

/// `s` with &, <, > and " escaped, for element content and double-quoted attributes.
inline std::string esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

/// A relative path for an href: '/'-separated, with the characters URLs reserve escaped.
inline std::string href(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '/' || c == '.' || c == '-' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

}  // namespace archtei::report
