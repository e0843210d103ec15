// An output folder (its manifest, TEI and JSON-LD, and the source texts the manifest names)
// -> a static HTML report: an index of the documents, an overview of the collection, and a
// page per document with its source text, its record traced into the text, and its TEI.
#pragma once

#include <cstddef>
#include <filesystem>

namespace archtei::report {

/// What a report run did.
struct ReportSummary {
  std::size_t documents = 0;       ///< rows of the index
  std::size_t missing_sources = 0;  ///< inputs the manifest names that could not be read
};

/// Writes the report of the run `manifest_file` records (a folder's manifest.jsonl, written by
/// `archtei convert`; the outputs are relative to its folder) into `report_dir`: index.html, overview.html, one page per document under
/// docs/, report.css and report.js. The pages work from file:// with no server and no
/// network, and the same folder gives the same bytes. Inputs the manifest names by a
/// relative path are looked for from the current folder, then from the manifest's folder. Throws
/// Error (io) when the manifest cannot be read or the report cannot be written.
ReportSummary write_report(const std::filesystem::path& manifest_file, const std::filesystem::path& report_dir);

}  // namespace archtei::report
