// Converts the lossless XML tree to and from layer 2 of archtei's JSON-LD: a JSON literal
// holding every node of the TEI in order.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/xml_tree.h"

namespace archtei {

/// The document's nodes as a JSON array. Each node is an object whose "type" is one of
/// "element" (with "name", "attributes" as [name, value] pairs, namespace declarations
/// included, and "children"), "text", "cdata", "comment", "doctype" (with "value") or
/// "pi" (with "name" and "value").
nlohmann::ordered_json xml_tree_to_json(const XmlDocument& tree);

/// Appends layout_json's text for xml_tree_to_json(tree) sitting `depth` levels deep (see
/// append_json): the same bytes, written straight from the tree.
void append_xml_tree_json(std::string& out, const XmlDocument& tree, int depth);

/// The inverse of xml_tree_to_json. Throws Error (input, "jsonld-tree") naming `file` and
/// the JSON Pointer of the first node that is not of this shape or would not be
/// namespace-well-formed XML; `pointer` is where `layer` sits in the file.
XmlDocument xml_tree_from_json(const nlohmann::ordered_json& layer, const std::string& file,
                               const std::string& pointer);

}  // namespace archtei
