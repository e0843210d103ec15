// Character, word and position helpers shared by the body parser's stages: UTF-8 letter
// case, word counts, sentence ends, and the map from joined paragraph text back to lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/source_pos.h"

namespace archtei {

/// Maps byte offsets in a paragraph's joined text back to source lines and columns.
class PositionMap {
 public:
  /// Records that the text from `offset` on starts at `pos` (offsets added in order).
  void add(std::size_t offset, SourcePos pos);
  /// The source position of the byte at `offset`; unknown when nothing was added.
  SourcePos at(std::size_t offset) const;
  /// The map of the text's part [begin, end), with offsets counted from `begin`.
  PositionMap slice(std::size_t begin, std::size_t end) const;

 private:
  struct Anchor {
    std::size_t offset;
    SourcePos pos;
  };
  std::vector<Anchor> anchors_;
};

/// The code point starting at s[i] (U+FFFD for a malformed byte); `len` gets its length.
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len);
/// The code point ending just before s[end]; `len` gets its length.
char32_t decode_utf8_before(std::string_view s, std::size_t end, std::size_t& len);

bool is_lower_letter(char32_t c);
bool is_upper_letter(char32_t c);
inline bool is_letter(char32_t c) { return is_lower_letter(c) || is_upper_letter(c); }
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

/// True when `s` starts with a lower-case letter.
bool starts_lower(std::string_view s);
/// True when `s` starts with an upper-case letter.
bool starts_upper(std::string_view s);

/// `s` without leading and trailing spaces.
std::string_view trim(std::string_view s);
/// Space-separated words in `s`.
std::vector<std::string_view> split_words(std::string_view s);
std::size_t count_words(std::string_view s);

/// True when `s` ends a sentence: ".", "!" or "?" possibly followed by closing quotes,
/// brackets or a footnote marker. With `colon`, ":" and ";" count as well.
bool ends_sentence(std::string_view s, bool colon = false);

/// ASCII case-insensitive comparison of `s`'s start with `prefix`.
bool starts_with_nocase(std::string_view s, std::string_view prefix);
bool equals_nocase(std::string_view a, std::string_view b);

/// Normalises apostrophes and quotes to ASCII so table phrases match either spelling.
std::string fold_quotes(std::string_view s);

/// True when the line holds only rule characters ("———", "____", "* * *").
bool is_rule_line(std::string_view s);

}  // namespace archtei
