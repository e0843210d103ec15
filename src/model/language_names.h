// Language names as documents write them ("Russian") and their ISO 639 codes ("ru"), both
// ways: the TEI header's langUsage needs codes, the record names languages.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace archtei {

/// The ISO 639 code for a language name, ignoring case and surrounding spaces; nullopt when
/// src/model/data/languages.tsv does not know the name.
std::optional<std::string> language_code(std::string_view name);

/// The English name of a language tag's language ("ru" -> "Russian", "ru-Latn" ->
/// "Russian"); "" when the table does not know the code.
std::string language_name(std::string_view tag);

}  // namespace archtei
