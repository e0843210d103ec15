// Parses a citation line ("\"Title\", September 20, 1947, Wilson Center Digital Archive,
// RGASPI, f. 558, op. 11, d. 106, ll. 0098-0099. Contributed by X and translated by Y.")
// into its parts: title, date, publisher, archival references, published sources, credits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/metadata.h"

namespace archtei {

/// What a citation says. Strings are empty and lists empty when the citation does not say.
struct ParsedCitation {
  std::string title;       ///< the quoted title, quotes and trailing comma removed
  std::string date_text;   ///< the date as written right after the title
  std::string publisher;   ///< "Wilson Center Digital Archive", "History and Public Policy Program Digital Archive"
  std::vector<ArchivalReference> archives;   ///< in citation order
  std::vector<std::string> published_sources;
  std::string credit_text; ///< the credit sentences at the end ("Contributed by ... translated by ...")
  std::string url;         ///< a URL inside the citation, without <>
  std::vector<std::string> unplaced;  ///< pieces recognised as metadata but not placed
};

/// Parses a whole citation.
ParsedCitation parse_citation(std::string_view citation);

/// Parses just the archival part ("APRF, Fond 3, Opis 65, Delo 829, Listy 94-97 and AVPRF,
/// Fond 059a, ..."), one reference per archive mentioned.
std::vector<ArchivalReference> parse_archival_references(std::string_view text);

/// Normalises an archive designation ("AP RF" -> "APRF") and looks up its full name in the
/// archives table; returns {acronym, full name}, full name empty when unknown.
std::pair<std::string, std::string> normalise_archive(std::string_view designation);

}  // namespace archtei
