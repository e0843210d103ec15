// Language names ("Russian") to the ISO 639 codes TEI's langUsage needs ("ru").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace archtei {

/// The ISO 639 code for a language name as documents write it, ignoring case and
/// surrounding spaces; nullopt when src/tei/data/languages.tsv does not know the name.
std::optional<std::string> language_code(std::string_view name);

}  // namespace archtei
