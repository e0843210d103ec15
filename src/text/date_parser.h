// Reads the dates archival pages write ("September 20, 1947", "20 September 1947",
// "7.II.50", "24.III.1950", "13/5-50", "10/14/50", "8.II.1950", "October 1948", "1950")
// as ISO 8601.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archtei {

/// A date found in text.
struct FoundDate {
  std::string iso;             ///< "1947-09-20", "1950-02" or "1950"
  std::size_t offset = 0;      ///< byte offset of the match in the searched text
  std::size_t length = 0;      ///< byte length of the match
};

/// Parses `text` when the whole of it (trimmed, trailing punctuation aside) is one date;
/// returns "" otherwise.
std::string parse_date(std::string_view text);

/// Finds the first date in running text; iso is empty when there is none.
/// Two-digit years are read as 19xx.
FoundDate find_date(std::string_view text);

}  // namespace archtei
