// Writes a document as TEI P5 XML.
#pragma once

#include <string>

#include "model/diagnostics.h"
#include "model/document.h"
#include "model/xml_tree.h"

namespace archtei {

/// Encodes metadata + body as a TEI tree (teiHeader and text). Pure model-to-model.
XmlDocument encode_tei(const Metadata& metadata, const std::vector<Block>& body, Diagnostics& diags);

/// Serialises a TEI tree: UTF-8, XML declaration, element-only content indented, mixed
/// content written exactly as held. Deterministic: same tree, same bytes.
std::string serialize_xml(const XmlDocument& tree);

/// The document as TEI: `doc.tei` when present, else encode_tei(doc.metadata, doc.body).
std::string write_tei(const Document& doc, Diagnostics& diags);

}  // namespace archtei
