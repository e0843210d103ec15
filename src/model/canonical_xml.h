// Canonical XML 1.0 (with comments) over the lossless tree: the normal form in which two
// XML documents that mean the same are equal, as `xmllint --c14n` writes it.
#pragma once

#include <string>

#include "xml_tree.h"

namespace archtei {

/// The tree in canonical form: no DOCTYPE, no whitespace outside the root element, CDATA
/// sections merged into text, redundant namespace declarations dropped, namespace
/// declarations then attributes in canonical order.
XmlDocument canonicalize(const XmlDocument& tree);

/// The canonical XML bytes of `tree` (the tree need not be canonical already).
std::string canonical_xml(const XmlDocument& tree);

}  // namespace archtei
