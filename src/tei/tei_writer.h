// Writes a document as TEI P5 XML.
#pragma once

#include <string>

#include "model/diagnostics.h"
#include "model/document.h"
#include "model/xml_tree.h"

namespace archtei {

/// Encodes metadata + body as a TEI tree (teiHeader and text). Pure model-to-model. The
/// tree carries its own indentation: element-only content is indented with two spaces per
/// level (as whitespace text nodes); mixed content never gets whitespace added.
XmlDocument encode_tei(const Metadata& metadata, const std::vector<Block>& body, Diagnostics& diags);

/// Serialises a tree: `<?xml version="1.0" encoding="UTF-8"?>`, then every node exactly as
/// held (whitespace text nodes included), one line per node outside the root. It adds no
/// whitespace inside the root, so a parsed document keeps its layout and mixed content is
/// never touched; encode_tei's trees come out indented. Deterministic: same tree, same bytes.
std::string serialize_xml(const XmlDocument& tree);

/// The document as TEI: `doc.tei` when present, else encode_tei(doc.metadata, doc.body).
std::string write_tei(const Document& doc, Diagnostics& diags);

}  // namespace archtei
