// Parses a citation line ("\"Title\", September 20, 1947, Wilson Center Digital Archive,
// RGASPI, f. 558, op. 11, d. 106, ll. 0098-0099. Contributed by X and translated by Y.")
// into its parts: title, date, publisher, archival references, published sources, credits.
//
// How the parts are found:
// - the URL (bare, or in <>) wherever it stands; the title in straight or typographic double
//   quotes, the comma inside or outside them, or, unquoted, everything before a date that
//   stands as a piece of its own; the date right after the title (an unreadable piece before
//   the publisher, such as "undated", is kept as written); the publisher from
//   data/citation_publishers.tsv, or a first piece ending in "Digital Archive";
// - the credits from the first sentence or clause that names a credit role or funder
//   (data/credit_roles.tsv, data/funders.tsv) to the end;
// - in between, the sources, split at sentence ends, at ";", and at "and" or "," when
//   another archive's reference follows, lead-in words such as "A copy may also be
//   accessible in" or "Also in:" passed over. A piece that opens with an archive of
//   data/archives.tsv, that carries fond/opis/delo/papka/listy labels, or whose first part
//   names an archive ("Central Archive of ... (TsAMVD)") is an archival reference; a
//   piece with a year or a bibliographic word ("Bulletin", "vol.", "pp.") is a published
//   source (kept as written, less a lead-in such as "Also published in" and the final
//   period); a statement of a gap ("Fond and Opis not given") after a reference is its note;
//   anything else is unplaced.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/metadata.h"

namespace archtei {

/// What a citation says. Strings are empty and lists empty when the citation does not say.
struct ParsedCitation {
  std::string title;       ///< the quoted title, quotes and trailing comma removed
  std::string date_text;   ///< the date as written right after the title
  std::string publisher;   ///< "Wilson Center Digital Archive", "History and Public Policy Program Digital Archive"
  std::vector<ArchivalReference> archives;   ///< in citation order
  std::vector<std::string> published_sources;  ///< as written, without "Also published in" and final period
  std::string credit_text; ///< the credit sentences at the end ("Contributed by ... translated by ...")
  std::string url;         ///< a URL inside the citation, without <>
  std::vector<std::string> unplaced;  ///< pieces recognised as metadata but not placed
};

/// Parses a whole citation.
ParsedCitation parse_citation(std::string_view citation);

/// Parses just the archival part ("APRF, Fond 3, Opis 65, Delo 829, Listy 94-97 and AVPRF,
/// Fond 059a, ..."), one reference per archive mentioned. Publications, credit sentences and
/// URLs in `text` are passed over (parse_citation reports them).
std::vector<ArchivalReference> parse_archival_references(std::string_view text);

/// Normalises an archive designation ("AP RF" -> "APRF", "Hungarian National Archives (MOL)"
/// -> "MOL") and looks up its full name in the archives table; returns {acronym, full
/// name}. For an unknown archive the full name is empty and the acronym is the one in
/// parentheses, or the designation as written. (In a citation, a known archive followed by
/// an acronym the table does not know keeps the citation's acronym: "... of Mongolia
/// (MFAM)".)
std::pair<std::string, std::string> normalise_archive(std::string_view designation);

}  // namespace archtei
