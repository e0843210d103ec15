// The document: what every reader produces and every writer consumes.
#pragma once

#include <vector>

#include "body.h"
#include "metadata.h"
#include "source_span.h"
#include "xml_tree.h"

namespace archtei {

/// A document in archtei's model.
///
/// A text reader fills `metadata` and `body`. A TEI or JSON-LD reader fills `metadata`
/// (read back from the header) and `tei`, the whole TEI tree as read, so TEI archtei did
/// not write passes through unchanged. Writers use `tei` when it is present and encode
/// `metadata` + `body` otherwise.
struct Document {
  Metadata metadata;
  std::vector<Block> body;
  XmlDocument tei;
  /// Where each value of `metadata` was read in the input; filled by the text reader only.
  RecordSpans spans;
};

}  // namespace archtei
