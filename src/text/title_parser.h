// Reads document type, authors and recipients from a title such as
// "Ciphered Telegram, Molotov to Cde. Stalin" or "Memorandum from Gromyko to Razuvaev".
//
// The type is the longest spelling of data/title_types.tsv that opens the title (after a
// leading "From the", as in "From the Journal of ..."), with a "via ..." channel before the
// first comma ("Telephone Message via VCh"). After it, "from A to B" or "by A to
// B" names authors A and recipients B ("to B" alone, recipients only; "Speech by A at ..."
// authors only), "of A" does where the table's "of" column says so ("Resolution of the USSR
// Council of Ministers"; for a diary or journal, "of A" names its keeper), and a
// clause after the first comma of the form "A to B" does the same ("Telephone Message via
// VCh, I. Stalin to Kim Il Sung"). "between A and B" names participants, not authors. A
// type whose "from" column is "source" ("Excerpts from ...") takes no names. A trailing
// date ("..., 3 March 1950") is not part of a name. Lists split on ",", "and", "&";
// honorifics (data/honorifics.tsv) and a leading "the" are removed. A title that does not
// open with a known type yields nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace archtei {

struct ParsedTitle {
  std::string document_type;  ///< "Ciphered Telegram", "Memorandum"; empty when not said
  std::vector<std::string> authors;     ///< "Molotov"; honorifics like "Cde." removed
  std::vector<std::string> recipients;  ///< "Stalin"
  std::vector<std::string> participants;  ///< "between A and B": "A", "B" (not part of the record)

  bool operator==(const ParsedTitle&) const = default;
};

ParsedTitle parse_title(std::string_view title);

}  // namespace archtei
