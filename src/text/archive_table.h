// The table of known archives (data/archives.tsv): finds an archive's designation in a
// citation and gives its normalised acronym and full name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archtei::text {

/// One archive of data/archives.tsv.
struct ArchiveEntry {
  std::string acronym;                 ///< the normalised designation, e.g. "APRF"
  std::vector<std::string> spellings;  ///< how citations write it: "AP RF", "Presidential Archive"
  std::string name;                    ///< full English name
  std::string country;
};

/// A known archive written at some position of a text.
struct ArchiveMatch {
  const ArchiveEntry* entry = nullptr;  ///< null when nothing matched
  std::size_t length = 0;               ///< bytes of the text the spelling covers
};

/// Every archive of the table, in table order.
const std::vector<ArchiveEntry>& archive_entries();

/// The longest known spelling written at `pos` of `text`, as a whole word. Spaces, dots
/// and hyphens are ignored inside acronyms ("AP RF" = "APRF", "PA AA" = "PAAA"); spellings
/// of up to 12 bytes must match letter case, longer names match in any case.
ArchiveMatch match_archive_at(std::string_view text, std::size_t pos);

}  // namespace archtei::text
