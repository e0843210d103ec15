// Turns the raw bytes of a text file into numbered lines: the encoding decoded (UTF-8, UTF-16
// by its byte-order mark, or one the user names), BOM and CR removed, UTF-8 checked,
// indentation marks ("□□□□") and no-break spaces made plain.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archtei {

/// One line of the input, without its line end, after normalisation.
struct SourceLine {
  std::string text;
  std::size_t number = 0;  ///< 1-based line number in the input
  std::size_t indent = 0;  ///< leading indentation in the original (spaces, tabs, □ marks)
};

/// A text file's characters as UTF-8, and the encoding they were read from.
struct DecodedText {
  std::string text;      ///< UTF-8, still to be checked by split_source_lines
  std::string encoding;  ///< "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", or the name given
};

/// Decodes the bytes of a text file. A byte-order mark decides the encoding (UTF-8, UTF-16
/// or UTF-32, either byte order); without one, `encoding` does ("latin1", "windows-1252",
/// "utf-16" or any other name glibc's iconv knows), and when it is empty the bytes are
/// taken as UTF-8. Throws Error (input, "bad-encoding") naming `file` and the byte offset of
/// the first byte that is not valid in the encoding, and Error (usage, "unknown-encoding")
/// for a name iconv does not know.
DecodedText decode_text(std::string_view bytes, std::string_view encoding, const std::string& file);

/// Throws Error (usage, "unknown-encoding") unless glibc's iconv can convert from `encoding`.
void check_encoding(std::string_view encoding);

/// Splits and normalises `input` (UTF-8, or UTF-16/32 with a byte-order mark). Throws
/// Error (input, "invalid-utf8") naming `file`, the line and the column of the first byte
/// that is not UTF-8, and how to name the file's encoding; Error (input, "binary-input")
/// at a NUL byte.
std::vector<SourceLine> split_source_lines(std::string_view input, const std::string& file);

/// Collapses runs of white space to one space and trims both ends.
std::string collapse_space(std::string_view s);

}  // namespace archtei
