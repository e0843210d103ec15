// Reads archtei's JSON-LD back into the model: the TEI tree from the literal layer, checked
// against the linked-data layer.
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/document.h"

namespace archtei {

/// Throws Error (input) naming `file` and the JSON Pointer of the problem.
Document read_jsonld(std::string_view input, const std::string& file, Diagnostics& diags);

}  // namespace archtei
