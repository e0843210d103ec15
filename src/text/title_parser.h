// Reads document type, authors and recipients from a title such as
// "Ciphered Telegram, Molotov to Cde. Stalin" or "Memorandum from Gromyko to Razuvaev".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace archtei {

struct ParsedTitle {
  std::string document_type;  ///< "Ciphered Telegram", "Memorandum"; empty when not said
  std::vector<std::string> authors;     ///< "Molotov"; honorifics like "Cde." removed
  std::vector<std::string> recipients;  ///< "Stalin"
};

ParsedTitle parse_title(std::string_view title);

}  // namespace archtei
