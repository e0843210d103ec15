// Finds, for a record read from a text, the source spans each of its values was read from.
//
// The spans are located after reading, in the region each field comes from: a value of the
// page's metadata (title, citation, credits, summary...) at every place outside the
// document's own text where it is written, matched with white space collapsed, ASCII case
// ignored and, failing that, with all white space ignored (letter-spaced "S H T Y K O V");
// a date where a date of the text reads as the record's ISO date; an archival reference's
// parts in order inside the reference's own text; signers and speakers at their signature
// and speaker-turn lines; a value the reader derives rather than reads (an archive's full
// name from the archive table, an original language identified from the text's letters)
// at the text it was derived from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/body.h"
#include "model/metadata.h"
#include "model/source_span.h"
#include "text/source_text.h"

namespace archtei {

/// The spans of every value of `record`, read from `input` (the UTF-8 text the reader was
/// given); `body` is the document's text as parsed and `text_lines` its lines. Untraced
/// (no spans) for an input that starts with a UTF-16 or UTF-32 byte-order mark: decode first.
RecordSpans locate_record_spans(std::string_view input, const Metadata& record, const std::vector<Block>& body,
                                const std::vector<SourceLine>& text_lines);

/// What a warning's span holds: the page text the warning quotes, without the message's
/// lead ("unplaced citation text: ", "Rights: ").
std::string warning_subject(std::string_view warning);

}  // namespace archtei
