// UTF-8 to and from code points: encoding shared by every stage that builds text from code
// points (XML character references, JSON \u escapes, XPath string functions), decoding by
// every stage that reads text a code point at a time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archtei {

/// Appends the UTF-8 encoding of `cp` (a Unicode scalar value, at most U+10FFFF) to `out`.
inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// One UTF-8 sequence, as read_utf8() finds it.
struct Utf8Char {
  /// The value the sequence's bits spell; U+FFFD when `length` is 0.
  char32_t code_point = 0xFFFD;
  /// Its bytes, 1 to 4; 0 when the byte read does not begin a complete sequence.
  std::size_t length = 0;
  /// Whether it is also well-formed UTF-8: not an overlong form, not a surrogate, at most
  /// U+10FFFF. Strict readers take only valid sequences; lenient ones any complete one.
  bool valid = false;
};

/// Reads the UTF-8 sequence that starts at `s[i]` (`i < s.size()`). The lead byte announces
/// the length (0xxxxxxx: 1, 110xxxxx: 2, 1110xxxx: 3, 11110xxx: 4; a continuation byte or
/// 0xF8-0xFF announces none); the sequence is complete when that many bytes remain and each
/// after the lead is a continuation byte (10xxxxxx).
constexpr Utf8Char read_utf8(std::string_view s, std::size_t i) noexcept {
  const auto lead = static_cast<unsigned char>(s[i]);
  const std::size_t n = lead < 0x80             ? 1
                        : (lead & 0xE0) == 0xC0 ? 2
                        : (lead & 0xF0) == 0xE0 ? 3
                        : (lead & 0xF8) == 0xF0 ? 4
                                                : 0;
  Utf8Char out;
  if (n == 0 || n > s.size() - i) return out;
  char32_t cp = n == 1 ? lead : lead & (0x7Fu >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return out;
    cp = (cp << 6) | (b & 0x3F);
  }
  constexpr char32_t kShortest[] = {0, 0, 0x80, 0x800, 0x10000};  // below: overlong
  out.code_point = cp;
  out.length = n;
  out.valid = cp >= kShortest[n] && (cp < 0xD800 || cp > 0xDFFF) && cp <= 0x10FFFF;
  return out;
}

}  // namespace archtei
