// A manifest record -> what the report shows of one document: its record and spans (read
// again from the source text), its TEI tree, its status and problems.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "batch/manifest.h"
#include "model/diagnostics.h"
#include "model/document.h"

namespace archtei::report {

/// One document of the report, fully loaded.
struct ReportEntry {
  std::string input;                 ///< the input as the manifest names it
  std::filesystem::path source;      ///< the input found on disk; empty when it is not there
  std::string status;                ///< the manifest's status: ok, unchanged, invalid, failed
  std::vector<std::string> problems;  ///< the manifest's warnings and errors, formatted
  std::size_t warning_count = 0;      ///< the manifest's warnings
  std::filesystem::path tei, jsonld;  ///< written outputs; empty when none
  std::string text;                  ///< the source text as UTF-8, when the input is a text
  Document doc;                      ///< record, spans and body (from the text), or record and tree (from the TEI)
  XmlDocument tei_tree;              ///< the TEI output as written
  std::vector<Diagnostic> reader_warnings;  ///< what reading the text again reported, with lines
};

/// Loads what `record` points to; `output_dir` is the manifest's folder. Never throws for a
/// missing or unreadable file: what cannot be read is left empty and said in `problems`.
ReportEntry load_entry(const batch::ManifestRecord& record, const std::filesystem::path& output_dir);

}  // namespace archtei::report
