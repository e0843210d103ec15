// Encodes the body tree (blocks and inlines) as TEI's <text> (see docs/tei-mapping.md).
#pragma once

#include <vector>

#include "model/body.h"
#include "model/diagnostics.h"
#include "model/xml_tree.h"

namespace archtei {

/// The <text> element for `body`, unindented: one <div type="original|translation"> per
/// Part block (a body without parts is one English translation), <text xml:lang> the
/// translation's language, else the first part's. Every block and inline kind
/// maps to valid TEI; where a node has to be written in a simpler form than it has (a
/// heading inside a list item, say) a warning goes to `diags`. No text is ever dropped.
XmlNode encode_tei_text(const std::vector<Block>& body, Diagnostics& diags);

}  // namespace archtei
