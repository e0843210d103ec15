// Describes a document as linked data (layer 1 of archtei's JSON-LD): schema.org for the
// document and its people, RiC-O 1.0 for the archival hierarchy and identifiers.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/metadata.h"
#include "model/xml_tree.h"

namespace archtei {

/// Layer 1 for `metadata` as read from the TEI `tree`: "@id", "@type" and the described
/// properties, in a fixed order, absent values left out. `file` is where the document
/// came from; it names the document only when neither the source URL nor the TEI root's
/// xml:id does.
nlohmann::ordered_json describe_document(const Metadata& metadata, const XmlDocument& tree,
                                         const std::string& file);

/// Whether describe_document derives "@id" from the document itself (source URL or xml:id)
/// rather than from its file name; only such an "@id" must match on reading.
bool id_comes_from_document(const Metadata& metadata, const XmlDocument& tree);

}  // namespace archtei
