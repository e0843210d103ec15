// Source spans: where in the input text each value of the metadata record was read, in the
// shape of cmark's sourcepos (1-based lines and byte columns) plus byte offsets.
#pragma once

#include <cstddef>
#include <vector>

namespace archtei {

/// One stretch of the input: from (line, column) to (end_line, end_column), both inclusive,
/// 1-based, columns counted in bytes; `offset` and `length` in bytes from the start of the
/// input as UTF-8 (a byte-order mark counts).
struct SourceSpan {
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t end_line = 0;
  std::size_t end_column = 0;
  std::size_t offset = 0;
  std::size_t length = 0;

  bool operator==(const SourceSpan&) const = default;
};

/// Every place a value was read from: a value written in several places carries all of them.
using Spans = std::vector<SourceSpan>;

/// The spans of one archival reference, keyed as its fields.
struct ReferenceSpans {
  Spans archive, archive_name, fond, opis, delo, papka, listy, note, citation;
};

/// The spans of one other credit.
struct CreditSpans {
  Spans role, name;
};

/// The spans of a whole record, keyed as Metadata (`file` has none: it is not in the text).
/// Lists are parallel to the record's lists.
struct RecordSpans {
  bool traced = false;  ///< false when the document was not read from text (TEI, JSON-LD)
  Spans title, date, document_type, summary, source_url, publisher;
  std::vector<Spans> authors, recipients, published_sources, translators, contributors, editors, funders,
      original_languages, signers, speakers, warnings;
  std::vector<ReferenceSpans> archives;
  std::vector<CreditSpans> other_credits;
  /// The input's lines that hold the document's own text (not part of the record's keys).
  std::vector<std::size_t> text_lines;
};

}  // namespace archtei
