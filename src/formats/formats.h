// The formats table: every format archtei reads or writes, with its reader and writer.
// This is the one list; the CLI and the batch runner look formats up here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"
#include "model/document.h"

namespace archtei {

enum class Format { Text, Tei, JsonLd };

/// Reads `input` (the whole file's bytes) named `file`; throws Error on malformed input.
using Reader = Document (*)(std::string_view input, const std::string& file, Diagnostics& diags);
/// Renders a document; content it cannot represent is reported to `diags`.
using Writer = std::string (*)(const Document& doc, Diagnostics& diags);

struct FormatInfo {
  Format format;
  std::string_view name;                     ///< as given to --from/--to: "text", "tei", "jsonld"
  std::vector<std::string_view> extensions;  ///< file name endings that select it, longest first
  std::string_view output_extension;         ///< what a written file ends with
  Reader read;                               ///< nullptr when archtei cannot read it
  Writer write;                              ///< nullptr when archtei cannot write it
};

/// All formats, in a fixed order.
const std::vector<FormatInfo>& formats();
/// The format called `name` ("text", "tei", "jsonld"; "txt", "xml", "json" are accepted too).
const FormatInfo* find_format(std::string_view name);
/// The format a file name selects by its ending, if any.
const FormatInfo* detect_format(std::string_view file_name);

}  // namespace archtei
