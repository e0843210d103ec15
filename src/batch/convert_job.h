// Converts one input file into the requested formats under an output folder: the job that
// `archtei convert` runs for every input, kept apart from the command line so it can be
// tested and reused.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "batch/group_commit.h"
#include "batch/input_set.h"
#include "batch/manifest.h"
#include "batch/runner.h"
#include "formats/formats.h"

namespace archtei {
class Validator;
}

namespace archtei::batch {

/// Everything a conversion job needs; shared read-only by all workers.
struct ConvertSettings {
  const FormatInfo* from = nullptr;   ///< null: each input's format is detected from its name
  std::vector<const FormatInfo*> to;  ///< formats to write, each with a writer
  /// The encoding of text inputs without a byte-order mark (see decode_text); empty: UTF-8.
  std::string encoding;
  std::filesystem::path output_dir;
  const Validator* validator = nullptr;  ///< when set, the TEI is validated first
  bool keep_invalid = false;  ///< write outputs of inputs whose TEI is invalid
  bool force = false;         ///< convert and overwrite whatever is there
  const Manifest* previous = nullptr;     ///< the earlier run's records, for skipping
  std::filesystem::path manifest_folder;  ///< the folder manifest paths are relative to
  std::string converter;                  ///< e.g. "archtei 0.1.0"
  /// Where outputs are written: through this group commit when set (the caller flushes it
  /// before relying on the files), else one write_file_atomic() each.
  GroupCommit* commit = nullptr;
  /// Standard input's bytes, read once by the caller: the input whose path is "-" is read
  /// from here (as text unless `from` says otherwise) and named "<stdin>" in messages.
  const std::string* standard_input = nullptr;

  /// What outputs depend on besides the input and the converter, e.g.
  /// "from=auto;to=tei,jsonld;validate;encoding=latin1": an earlier run with other settings
  /// is not reused.
  std::string fingerprint() const;
};

/// Where `input`, read as `input_format`, is written as `output_format`: the output folder,
/// then the input's relative path with the extension that selected its format (or, when
/// none did, its last extension) replaced by the output format's: "ussr/a.txt" ->
/// DIR/ussr/a.tei.xml.
std::filesystem::path output_path(const InputFile& input, const FormatInfo& input_format,
                                  const FormatInfo& output_format, const std::filesystem::path& dir);

/// The format `input` is read as: settings.from, or the one its name selects (text for
/// standard input). Null when
/// neither gives a readable format.
const FormatInfo* input_format(const InputFile& input, const ConvertSettings& settings);

/// One input converted in memory.
struct Rendered {
  std::vector<std::string> outputs;  ///< one per ConvertSettings::to, in that order
  std::vector<Diagnostic> diagnostics;  ///< validation problems, then warnings
  std::string encoding;  ///< the encoding a text was decoded from; empty for TEI and JSON-LD
  bool invalid = false;  ///< settings.validator found the TEI invalid
};

/// Decodes `bytes` (a text, from a byte-order mark or settings.encoding), reads them as
/// `from`, writes each of settings.to, and validates the TEI when settings.validator is set.
/// `file` names the input in messages, `tei_name` the TEI in validation problems. Throws
/// Error for a bad input.
Rendered render(std::string bytes, const FormatInfo& from, const std::string& file, const std::string& tei_name,
                const ConvertSettings& settings);

/// Converts one input. Never throws for a bad input: failures come back as a Failed result
/// whose diagnostic names the file (and line/column where the reader knows it); in that case
/// nothing is written for the input. Outputs are written atomically; an existing output is
/// left alone unless it holds the same bytes, an earlier run recorded writing exactly it, or
/// settings.force is set. Up to date (same input digest, converter and fingerprint as the
/// earlier run's record, outputs unchanged since): Unchanged, nothing is converted.
ItemResult convert_one(const InputFile& input, const ConvertSettings& settings);

}  // namespace archtei::batch

namespace archtei::batch {

/// The first two inputs that would be written to the same output file, as a usage error
/// message; empty when there are none.
std::string find_output_collision(const InputList& inputs, const ConvertSettings& settings);

}  // namespace archtei::batch
