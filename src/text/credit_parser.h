// Parses credit sentences ("Contributed by Sergey Radchenko and translated by Gary Goldberg.",
// "This document was made possible with support from Leon Levy Foundation") into roles.
// The phrasings come from data/credit_roles.tsv and data/funders.tsv; honorifics from
// data/honorifics.tsv are removed from names.
#pragma once

#include <cstddef>
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

  bool operator==(const ParsedCredits&) const = default;
};

/// Parses one or more credit sentences. Names keep their spelling; "and", "&", commas
/// (the Oxford comma too) separate names, and "for NKIDP"-style qualifiers are split off.
/// A sentence that names no known role is returned whole in `unplaced`.
ParsedCredits parse_credits(std::string_view text);

/// True when `text` is credit sentences and nothing else ("This document was made possible
/// with support from X", "Translated by Y."): a line a page may print on its own.
bool is_credit_sentence(std::string_view text);

/// Appends `more` to `into`, skipping names already present.
void merge_credits(ParsedCredits& into, const ParsedCredits& more);

/// Byte offset in `text` where credit sentences begin (a sentence or clause naming a
/// credit role or a funder, e.g. "Translated by ..." after an archival reference);
/// npos when there is none. `text` is expected with single spaces between words.
std::size_t find_credit_start(std::string_view text);

/// `name` without leading honorifics ("Cde. Stalin" -> "Stalin", "Comrade STALIN I.V." ->
/// "STALIN I.V."), trimmed.
std::string strip_honorifics(std::string_view name);

}  // namespace archtei
