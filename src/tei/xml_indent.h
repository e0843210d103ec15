// Puts indentation into an encoded tree as whitespace text nodes, outside mixed content.
#pragma once

#include <string_view>

#include "model/xml_tree.h"

namespace archtei::xml {

/// True when `element`'s content is mixed and must be kept exactly as held: it has a text
/// or CDATA child, or it is a TEI element whose content model allows text (p, head, note,
/// item, opener, salute, title, persName...), even when this instance holds only elements.
bool is_mixed_content(const XmlNode& element);

/// Indents element-only content below `element` (which sits at `depth`) with two spaces per
/// level. Mixed content, and everything inside it, is left as it is, except that a text
/// child that is exactly "\n" (the encoder's separator between the lines of an opener or
/// closer) is followed by the children's indentation.
void indent(XmlNode& element, int depth = 0);

}  // namespace archtei::xml
