// Splits a page into its regions: chrome (dropped), the labelled metadata blocks
// (Citation, Summary, Credits, Original Language, Document Information...), the title and
// date lines, and the document's own text.
#pragma once

#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "text/source_text.h"

namespace archtei {

/// A labelled block's value as found on the page.
struct LabelledField {
  std::string label;   ///< the record field it feeds (labels.tsv "field" column), or "url", "leading", "trailing"
  std::string name;    ///< the label as the table names it ("Associated Places"); empty for unlabelled text
  std::string value;   ///< the block's text, lines joined by "\n"
  SourcePos pos;
};

struct PageRegions {
  std::string title_line;     ///< a title line before the text, when the page has one
  std::string date_line;      ///< a date line before the text, when the page has one
  std::vector<LabelledField> fields;  ///< in page order
  std::vector<SourceLine> text_lines; ///< the document's own text
  bool text_marked = false;  ///< the page said where its text starts ("Translation - English")
};

/// Splits a normalised page. Never fails: a page with no recognisable layout is all text.
PageRegions split_page(const std::vector<SourceLine>& lines);

/// A summary the page prints after the text with nothing after it to mark it (a page cut
/// off before its "Document Information"): the last paragraph (the last line, where the
/// page sets no blank lines) when it restates the title (six words of it in a row) or the
/// document's opening (eight words in a row). It is taken off `text` and returned; ""
/// when the last paragraph restates neither.
std::string take_restating_summary(std::vector<SourceLine>& text, std::string_view title);

}  // namespace archtei
