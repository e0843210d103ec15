// Reads a plain-text archival document page into archtei's model: metadata record + body.
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/document.h"

namespace archtei {

/// Reads one plain-text page. Throws Error (ErrorKind::Input) when the bytes are not UTF-8
/// or hold no document text; problems it can work around go to `diags`.
Document read_text(std::string_view input, const std::string& file, Diagnostics& diags);

}  // namespace archtei
