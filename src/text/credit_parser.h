// Parses credit sentences ("Contributed by Sergey Radchenko and translated by Gary Goldberg.",
// "This document was made possible with support from Leon Levy Foundation") into roles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/metadata.h"

namespace archtei {

struct ParsedCredits {
  std::vector<std::string> translators;
  std::vector<std::string> contributors;
  std::vector<std::string> editors;
  std::vector<Credit> other_credits;  ///< "obtained by", "transcribed by", ...
  std::vector<std::string> funders;
  std::vector<std::string> unplaced;  ///< credit-like text whose role was not recognised
};

/// Parses one or more credit sentences. Names keep their spelling; "and", commas and
/// "for NKIDP"-style qualifiers are split off.
ParsedCredits parse_credits(std::string_view text);

/// Appends `more` to `into`, skipping names already present.
void merge_credits(ParsedCredits& into, const ParsedCredits& more);

}  // namespace archtei
