// Parses a citation line ("\"Title\", September 20, 1947, Wilson Center Digital Archive,
// RGASPI, f. 558, op. 11, d. 106, ll. 0098-0099. Contributed by X and translated by Y.")
// into its parts: title, date, publisher, archival references, published sources, credits.
//
// How the parts are found:
// - the URL (bare, or in <>) wherever it stands; the title in straight or typographic double
//   quotes, the comma inside or outside them, or, unquoted, everything before a date that
//   stands as a piece of its own; the date right after the title (date_parser.h reads
//   ranges and "c. 1953"; text it cannot read, such as "undated", is kept as written: all
//   of it between the title and the publisher, unless it holds a reference); the publisher
//   from data/citation_publishers.tsv, or a first piece ending in "Digital Archive";
// - the credits from the first sentence or clause that names a credit role or funder
//   (data/credit_roles.tsv, data/funders.tsv) to the end;
// - in between, the sources, split at sentence ends, at ";", at "and" or "," when another
//   archive's reference follows, and at "," or "and" before another source: a lead-in
//   naming a copy or a publication ("copy in", "also published in"), or, after a
//   reference's identifiers, "and" and a designation that names an archive or a collection
//   or a publication. Lead-in words such as "A copy may also be accessible in" or "Also
//   in:" are passed over. A piece that opens with an archive of data/archives.tsv, that
//   carries fond/opis/delo labels, that names a known archive inside its designation
//   ("Dmitrii Volkogonov Papers, Library of Congress", "Vietnam National Archives Center
//   III"), or whose first part names an archive ("Central Archive of ... (TsAMVD)") and
//   shows no publication's marks (pages, volume, issue, a year in parentheses) is an
//   archival reference; any other piece with a year or a bibliographic word ("Bulletin",
//   "vol.", "pp.") is a published source (kept as written, less a lead-in such as "Also
//   published in" and the final period); a statement of a gap ("Fond and Opis not given")
//   after a reference is its note; a "Label: value" statement with a label of
//   data/labels.tsv is reported as such ("Original Archive: RGANI" names the archive of a
//   reference); anything else is unplaced.
// - a reference's values are identifiers as written ("059a", "12ob.-13", "38-39 (verso)"):
//   a value ends where a word follows it; "p." is a papka after fond or opis and before the
//   folios, elsewhere a page, which is not recorded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/metadata.h"

namespace archtei {

/// A "Label: value" statement whose label is one of data/labels.tsv ("Original language:
/// Chinese", "Original Archive: RGANI").
struct LabelledSentence {
  std::string field;  ///< the labels.tsv field: "languages", "archive", ...
  std::string label;  ///< the label as the table names it: "Original Language"
  std::string value;  ///< the value, without the sentence's final period

  bool operator==(const LabelledSentence&) const = default;
};

/// What a citation says. Strings are empty and lists empty when the citation does not say.
struct ParsedCitation {
  std::string title;       ///< the quoted title, quotes and trailing comma removed
  std::string date_text;   ///< the date as written right after the title
  std::string publisher;   ///< "Wilson Center Digital Archive", "History and Public Policy Program Digital Archive"
  std::vector<ArchivalReference> archives;   ///< in citation order
  std::vector<std::string> published_sources;  ///< as written, without "Also published in" and final period
  std::string credit_text; ///< the credit sentences at the end ("Contributed by ... translated by ...")
  std::string url;         ///< a URL inside the citation, without <>
  std::vector<LabelledSentence> labelled;  ///< "Label: value" statements among the sources
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

/// Reads `sentence` as "Label: value" when the label is one of data/labels.tsv (matched
/// without case); nothing otherwise.
std::optional<LabelledSentence> labelled_sentence(std::string_view sentence);

/// The publication a sentence names after a lead-in such as "Published in" or "Also
/// reprinted in", as written without the lead-in and the final period; "" when the sentence
/// does not open with such a lead-in.
std::string publication_in(std::string_view sentence);

/// Records that a document's original is held by the archive `designation` names
/// ("Original Archive: RGANI"): nothing when a reference to that archive is already in
/// `refs`; the archive of the first reference without one when there is such a reference;
/// otherwise a new reference to it.
void add_archive_named(std::string_view designation, std::vector<ArchivalReference>& refs);

/// True when two references name the same archive and the same file: the same acronym and
/// fond, opis, delo, papka and listy, or, when none of those is given, the same identifiers
/// after the archive's designation, however each spells the archive ("AAN, KC PZPR, sygn.
/// 237" and "Archiwum Akt Nowych (AAN), KC PZPR, sygn. 237").
bool same_reference(const ArchivalReference& a, const ArchivalReference& b);

}  // namespace archtei
