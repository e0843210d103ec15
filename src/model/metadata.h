// The metadata record: everything archtei knows about a document apart from its text.
// Readers fill it, writers render it; it holds no third-party types.
#pragma once

#include <string>
#include <vector>

namespace archtei {

/// One archival reference: where a copy of the document is held.
/// Empty strings mean "not given".
struct ArchivalReference {
  std::string archive;       ///< normalised acronym, e.g. "APRF" (from "AP RF")
  std::string archive_name;  ///< full name from the archive table; empty when unknown
  std::string fond;          ///< values exactly as written: "059a", "558"
  std::string opis;
  std::string delo;
  std::string papka;
  std::string listy;         ///< folios as written: "0098-0099", "94-97", "12ob."
  std::string note;          ///< stated gaps and remarks: "Fond and Opis not given"
  std::string citation;      ///< this reference as written in the citation

  bool operator==(const ArchivalReference&) const = default;
};

/// A credit that is not translator, contributor, editor or funder.
struct Credit {
  std::string role;  ///< e.g. "obtained by", "transcribed by"
  std::string name;

  bool operator==(const Credit&) const = default;
};

/// The record `archtei inspect` prints; field names follow its JSON keys.
struct Metadata {
  std::string file;  ///< the path the document was read from
  std::string title;
  std::string date;  ///< ISO 8601: "1947-09-20", "1950-02", "1950", or an interval "1953-04-12/1953-04-13"; empty when unknown
  std::string document_type;  ///< e.g. "Ciphered Telegram", "Memorandum"
  std::vector<std::string> authors;
  std::vector<std::string> recipients;
  std::vector<ArchivalReference> archives;
  std::vector<std::string> published_sources;  ///< bibliographic references as written
  std::vector<std::string> translators;
  std::vector<std::string> contributors;
  std::vector<std::string> editors;
  std::vector<Credit> other_credits;
  std::vector<std::string> funders;
  std::vector<std::string> original_languages;  ///< language names as written: "Russian"
  std::string summary;
  std::string source_url;
  std::string publisher;  ///< publishing programme or site: "Wilson Center Digital Archive"
  std::vector<std::string> signers;
  std::vector<std::string> speakers;
  std::vector<std::string> warnings;  ///< recognised metadata that could not be placed

  /// The full citation as written, when the page has one (not part of the JSON record,
  /// kept so the TEI can carry it verbatim).
  std::string citation;

  bool operator==(const Metadata&) const = default;
};

}  // namespace archtei
