// Raw bytes of a text file -> numbered, normalised lines. Other encodings are converted with
// glibc's iconv, which knows every encoding a text is likely to come in.
#include "text/source_text.h"

#include <iconv.h>

#include <cerrno>
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

// The line and column of byte `offset`, counting line ends as split_source_lines does (LF,
// CRLF, a lone CR) and a byte that is not UTF-8 as one column.
SourcePos position_at(std::string_view input, std::size_t offset) {
  SourcePos pos{1, 1};
  for (std::size_t i = 0; i < offset;) {
    const bool crlf = input[i] == '\r' && i + 1 < input.size() && input[i + 1] == '\n';
    if (input[i] == '\n' || (input[i] == '\r' && !crlf)) {
      ++pos.line;
      pos.column = 1;
    } else if (!crlf) {
      ++pos.column;
    }
    const std::size_t n = utf8_sequence_length(input, i);
    i += n == 0 ? 1 : n;
  }
  return pos;
}

// Byte-order marks, longest first: UTF-32LE's begins like UTF-16LE's.
struct ByteOrderMark {
  std::string_view bytes;
  const char* encoding;
};
constexpr ByteOrderMark kByteOrderMarks[] = {
    {{"\xFF\xFE\x00\x00", 4}, "UTF-32LE"}, {{"\x00\x00\xFE\xFF", 4}, "UTF-32BE"},
    {"\xEF\xBB\xBF", "UTF-8"},              {"\xFF\xFE", "UTF-16LE"},
    {"\xFE\xFF", "UTF-16BE"},
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

Error unknown_encoding(std::string_view encoding) {
  return Error(ErrorKind::Usage,
               Diagnostic{Severity::Error, {}, {},
                          "--encoding: unknown encoding '" + std::string(encoding) +
                              "' (try latin1, windows-1252, utf-16, or see 'iconv --list')",
                          "unknown-encoding"});
}

const ByteOrderMark* byte_order_mark(std::string_view bytes) {
  for (const auto& bom : kByteOrderMarks)
    if (bytes.starts_with(bom.bytes)) return &bom;
  return nullptr;
}

// An iconv conversion to UTF-8, closed on every path out.
class IconvDecoder {
 public:
  explicit IconvDecoder(std::string_view from) : cd_(iconv_open("UTF-8", std::string(from).c_str())) {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) throw unknown_encoding(from);
  }
  ~IconvDecoder() { iconv_close(cd_); }
  IconvDecoder(const IconvDecoder&) = delete;
  IconvDecoder& operator=(const IconvDecoder&) = delete;

  /// `bytes` (which start `skipped` bytes into the file) in UTF-8; throws at the first
  /// byte the encoding does not allow.
  std::string convert(std::string_view bytes, std::size_t skipped, std::string_view encoding,
                      const std::string& file) {
    std::string out;
    out.resize(bytes.size() * 2 + 16);
    char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write there
    std::size_t in_left = bytes.size();
    std::size_t done = 0;
    while (in_left > 0) {
      char* to = out.data() + done;
      std::size_t to_left = out.size() - done;
      std::size_t r = iconv(cd_, &in, &in_left, &to, &to_left);
      done = out.size() - to_left;
      if (r != static_cast<std::size_t>(-1)) break;
      if (errno == E2BIG) {
        out.resize(out.size() * 2);
        continue;
      }
      const std::size_t offset = bytes.size() - in_left;
      const std::string at = std::to_string(skipped + offset);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[offset]));
      throw Error::input(file, {},
                         errno == EINVAL ? "the text ends inside a character of " + upper(encoding) +
                                               " at byte offset " + at
                                         : "byte " + std::string(hex) + " at byte offset " + at + " is not valid " +
                                               upper(encoding),
                         "bad-encoding");
    }
    out.resize(done);
    return out;
  }

 private:
  iconv_t cd_;
};

}  // namespace

void check_encoding(std::string_view encoding) { IconvDecoder check(encoding); }

DecodedText decode_text(std::string_view bytes, std::string_view encoding, const std::string& file) {
  if (const ByteOrderMark* bom = byte_order_mark(bytes)) {
    bytes.remove_prefix(bom->bytes.size());
    if (std::string_view(bom->encoding) == "UTF-8") return {std::string(bytes), bom->encoding};
    return {IconvDecoder(bom->encoding).convert(bytes, bom->bytes.size(), bom->encoding, file), bom->encoding};
  }
  if (encoding.empty()) return {std::string(bytes), "UTF-8"};
  return {IconvDecoder(encoding).convert(bytes, 0, encoding, file), upper(encoding)};
}

std::vector<SourceLine> split_source_lines(std::string_view input, const std::string& file) {
  // UTF-16 and UTF-32, found by their byte-order marks, are converted first.
  std::string decoded;
  if (const ByteOrderMark* bom = byte_order_mark(input); bom && std::string_view(bom->encoding) != "UTF-8") {
    decoded = decode_text(input, {}, file).text;
    input = decoded;
  }
  if (input.starts_with("\xEF\xBB\xBF")) input.remove_prefix(3);

  // A NUL byte anywhere marks a binary file (or UTF-16 without its byte-order mark), whatever
  // bytes come before it.
  if (std::size_t nul = input.find('\0'); nul != std::string_view::npos)
    throw Error::input(file, position_at(input, nul),
                       "NUL byte at byte offset " + std::to_string(nul) +
                           ": not a text file (UTF-16 without a byte-order mark needs --encoding utf-16le or "
                           "utf-16be)",
                       "binary-input");

  // Check the encoding first so the error can name the exact line and column.
  for (std::size_t i = 0; i < input.size();) {
    std::size_t len = utf8_sequence_length(input, i);
    if (len == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(input[i]));
      throw Error::input(file, position_at(input, i),
                         std::string("invalid UTF-8 byte ") + hex + " at byte offset " + std::to_string(i) +
                             " (a text in another encoding needs --encoding, e.g. --encoding windows-1252)",
                         "invalid-utf8");
    }
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
