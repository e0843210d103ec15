// The manifest: the deposit record of a convert run, one JSON line per input (path, outputs,
// SHA-256 digests, status, warnings, time, converter version), read back on the next run to
// skip inputs whose outputs are up to date.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "batch/runner.h"

namespace archtei::batch {

/// One manifest line.
struct ManifestRecord {
  std::string input;         ///< the input's path as read
  std::string input_sha256;
  std::string encoding;      ///< the encoding a text input was read in ("UTF-8"); empty for TEI and JSON-LD
  std::string status;        ///< status_name() of the result
  /// Outputs with their digests; paths relative to the manifest's folder, '/'-separated.
  std::vector<OutputFile> outputs;
  std::vector<std::string> warnings;  ///< formatted diagnostics
  std::vector<std::string> errors;    ///< formatted diagnostics
  double ms = 0;             ///< time taken
  std::string converter;     ///< "archtei 0.1.0"
  std::string settings;      ///< what was asked, e.g. "to=tei,jsonld;validate"

  /// The record as one JSON line (no newline).
  std::string to_json() const;
  /// Parses one line written by to_json(); throws Error (input) when it is not one.
  static ManifestRecord from_json(std::string_view line);
};

/// An earlier run's records by input path. Lines that are not records are ignored: the
/// manifest only ever makes a re-run faster, never wrong.
class Manifest {
 public:
  Manifest() = default;
  /// Reads `file`; a missing file gives an empty manifest.
  static Manifest read(const std::filesystem::path& file);

  const ManifestRecord* find(const std::string& input) const;
  const std::vector<ManifestRecord>& records() const { return records_; }

 private:
  std::vector<ManifestRecord> records_;
  std::unordered_map<std::string, std::size_t> by_input_;
};

/// Writes the manifest as the run goes (a reporter): lines go to a temporary file beside the
/// manifest, and finish() appends the earlier records of inputs this run did not touch and
/// renames the file into place, so the manifest is always complete and always one run's.
class ManifestWriter : public ProgressReporter {
 public:
  /// `previous` is carried over for inputs not in this run. Throws Error (io).
  ManifestWriter(std::filesystem::path file, const Manifest& previous, std::string converter,
                 std::string settings);
  ~ManifestWriter() override;
  void item_done(std::size_t index, const InputFile& input, const ItemResult& result) override;
  void finish(const BatchSummary& summary) override;

  /// A path as the manifest records it: relative to the manifest's folder.
  std::string relative_path(const std::filesystem::path& path) const;

 private:
  std::filesystem::path file_;
  std::filesystem::path folder_;  // absolute
  std::filesystem::path temp_;
  std::ofstream out_;
  const Manifest& previous_;
  std::string converter_;
  std::string settings_;
  std::vector<bool> rewritten_;  // by index in previous_.records(): recorded again in this run
  bool finished_ = false;
};

}  // namespace archtei::batch
