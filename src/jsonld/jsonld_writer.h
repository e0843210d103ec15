// Writes a document as JSON-LD: linked-data metadata (schema.org, RiC-O) plus the whole TEI
// tree as a JSON literal, so nothing is lost.
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/document.h"

namespace archtei {

std::string write_jsonld(const Document& doc, Diagnostics& diags);

/// write_jsonld for a document without a TEI tree (one read from text), given `tei`, the
/// text write_tei(doc) returned: the same bytes, without encoding the TEI again. Reports
/// what write_jsonld reports except the warnings of encoding the TEI, which came with `tei`.
std::string write_jsonld_from_tei(const Document& doc, std::string_view tei, Diagnostics& diags);

}  // namespace archtei
