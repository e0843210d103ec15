// Reads TEI XML into archtei's model: the whole tree, losslessly, and the metadata record
// read back from the teiHeader.
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/document.h"
#include "model/xml_tree.h"

namespace archtei {

/// Parses XML without touching the network or resolving external entities. Throws Error
/// (input, "xml-syntax") naming `file`, line and column, when it is not well-formed.
XmlDocument parse_xml(std::string_view input, const std::string& file);

/// Reads the metadata record back from a TEI tree's teiHeader (the inverse of encode_tei's
/// header). TEI archtei did not write gives whatever maps.
Metadata read_tei_metadata(const XmlDocument& tree, const std::string& file);

/// Why `tree` has no TEI header to read a record from: its root is not <TEI> or <teiCorpus>
/// in TEI's namespace, or has no <teiHeader>. Empty when it has one.
std::string missing_tei_header(const XmlDocument& tree);

/// parse_xml + read_tei_metadata.
Document read_tei(std::string_view input, const std::string& file, Diagnostics& diags);

}  // namespace archtei
