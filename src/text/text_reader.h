// Reads a plain-text archival document page into archtei's model: metadata record + body.
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/document.h"
#include "text/source_text.h"

namespace archtei {

/// What the reader makes of a page before it structures the text: the record (without the
/// signers and speakers, which come from the text) and the lines of the document's own text.
struct PageReading {
  Metadata metadata;
  std::vector<SourceLine> text_lines;
  std::vector<std::string> participants;  ///< who the title says took part ("between A and B")
};

/// The first half of read_text. Throws as read_text does.
PageReading read_page(std::string_view input, const std::string& file, Diagnostics& diags);

/// Reads one plain-text page. Throws Error (ErrorKind::Input) when the bytes are not UTF-8
/// or hold no document text; problems it can work around go to `diags`.
Document read_text(std::string_view input, const std::string& file, Diagnostics& diags);

/// read_text, and the source spans of every value of the record in `spans` (see
/// record_spans.h); offsets count bytes of `input`.
Document read_text_traced(std::string_view input, const std::string& file, Diagnostics& diags);

}  // namespace archtei
