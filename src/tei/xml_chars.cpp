// UTF-8 decoding and the XML 1.0 character range, for the serializer and the encoders.
#include "tei/xml_chars.h"

#include "model/utf8.h"

namespace archtei::xml {
namespace {

bool allowed(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

/// Decodes one code point at `i`; returns its length, or 0 for an invalid sequence.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const Utf8Char c = read_utf8(s, i);
  if (!c.valid) return 0;
  cp = c.code_point;
  return c.length;
}

}  // namespace

bool is_xml_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t len = decode(s, i, cp);
    if (len == 0 || !allowed(cp)) return false;
    i += len;
  }
  return true;
}

std::string to_xml_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t len = decode(s, i, cp);
    if (len == 0) {
      append_utf8(out, 0xFFFD);
      ++i;
    } else {
      if (allowed(cp))
        out.append(s.substr(i, len));
      else
        append_utf8(out, 0xFFFD);
      i += len;
    }
  }
  return out;
}

bool is_comment_text(std::string_view s) {
  return s.find("--") == std::string_view::npos && !s.ends_with('-');
}

}  // namespace archtei::xml
