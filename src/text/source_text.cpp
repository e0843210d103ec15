// Raw bytes of a text file -> numbered, normalised lines.
#include "text/source_text.h"

#include <cstdio>
#include <string>

#include "model/diagnostics.h"
#include "model/utf8.h"

namespace archtei {
namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 when it is malformed (overlong,
// surrogate, out of range or truncated).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const Utf8Char c = read_utf8(s, i);
  return c.valid ? c.length : 0;
}

// Characters that stand for layout, not text: no-break space (U+00A0), the white square
// (U+25A1) copied pages use for indentation, and the ideographic space (U+3000).
std::size_t layout_space_length(std::string_view s, std::size_t i) {
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(i, 3, "\xE2\x96\xA1") == 0) return 3;
  if (s.compare(i, 3, "\xE3\x80\x80") == 0) return 3;
  return 0;
}

// Invisible characters that only get in the way: zero-width space/joiners and a stray BOM.
std::size_t invisible_length(std::string_view s, std::size_t i) {
  for (const char* z : {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xEF\xBB\xBF", "\xC2\xAD"})
    if (s.compare(i, std::char_traits<char>::length(z), z) == 0) return std::char_traits<char>::length(z);
  return 0;
}

SourceLine normalise_line(std::string_view raw, std::size_t number) {
  SourceLine line;
  line.number = number;
  std::string& out = line.text;
  out.reserve(raw.size());
  bool leading = true;
  for (std::size_t i = 0; i < raw.size();) {
    // Plain ASCII is nearly all of the input: only a lead byte can start the sequences below.
    const bool multibyte = static_cast<unsigned char>(raw[i]) >= 0x80;
    if (std::size_t n = multibyte ? invisible_length(raw, i) : 0) { i += n; continue; }
    std::size_t n = multibyte ? layout_space_length(raw, i) : 0;
    bool space = n != 0 || raw[i] == ' ' || raw[i] == '\t';
    if (n == 0) n = 1;
    if (space) {
      if (leading) ++line.indent;
      else out += ' ';
    } else {
      leading = false;
      out.append(raw.substr(i, n));
    }
    i += n;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return line;
}

}  // namespace

std::vector<SourceLine> split_source_lines(std::string_view input, const std::string& file) {
  if (input.starts_with("\xEF\xBB\xBF")) input.remove_prefix(3);

  // Check the encoding first so the error can name the exact line and column.
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < input.size();) {
    unsigned char c = static_cast<unsigned char>(input[i]);
    if (c == 0) {
      throw Error::input(file, {line, column},
                         "NUL byte at byte offset " + std::to_string(i) + ": not a text file",
                         "binary-input");
    }
    std::size_t len = utf8_sequence_length(input, i);
    if (len == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", c);
      throw Error::input(file, {line, column},
                         std::string("invalid UTF-8 byte ") + hex + " at byte offset " + std::to_string(i),
                         "invalid-utf8");
    }
    if (c == '\n') { ++line; column = 1; } else { ++column; }
    i += len;
  }

  std::vector<SourceLine> lines;
  std::size_t start = 0, number = 1;
  while (start <= input.size()) {
    std::size_t end = input.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = input.size();
    lines.push_back(normalise_line(input.substr(start, end - start), number++));
    if (end == input.size()) break;
    // CRLF, LF and a lone CR each end one line.
    start = end + ((input[end] == '\r' && end + 1 < input.size() && input[end + 1] == '\n') ? 2 : 1);
    if (start == input.size()) break;
  }
  return lines;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending = !out.empty();
    } else {
      if (pending) out += ' ';
      pending = false;
      out += c;
    }
  }
  return out;
}

}  // namespace archtei
