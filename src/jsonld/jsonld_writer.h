// Writes a document as JSON-LD: linked-data metadata (schema.org, RiC-O) plus the whole TEI
// tree as a JSON literal, so nothing is lost.
#pragma once

#include <string>

#include "model/diagnostics.h"
#include "model/document.h"

namespace archtei {

std::string write_jsonld(const Document& doc, Diagnostics& diags);

}  // namespace archtei
