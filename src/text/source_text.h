// Turns the raw bytes of a text file into numbered lines: BOM and CR removed, UTF-8 checked,
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

/// Splits and normalises `input`. Throws Error (input, "invalid-utf8") naming `file`, the
/// line and the column of the first byte that is not UTF-8.
std::vector<SourceLine> split_source_lines(std::string_view input, const std::string& file);

/// Collapses runs of white space to one space and trims both ends.
std::string collapse_space(std::string_view s);

}  // namespace archtei
