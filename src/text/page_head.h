// Reads the head the Digital Archive's pages print above a document's text when nothing
// labels it: a date line, the title, and credit lines ("This document was made possible
// with support from ..."), sometimes under a summary printed first.
//
// The head is read in units: a line of its own where the page sets no blank lines between
// its lines (many copies put the date, the title, the funder line and the text each on one
// line), a blank-separated paragraph otherwise, so that a title a PDF wrapped over lines
// stays one title. A date line is a unit that is one date ("October 30, 1956", "undated"),
// or a date opening a unit whose rest is the title ("March 3, 1951 Cable from X to Y"). The
// unit after a date line is the title unless it is a sentence of the text; without a date
// line, a unit is the title when a credit line follows it, when it repeats the title the
// page gives elsewhere, or when it reads like one ("Letter from A to B"). A summary stands
// first only above a date line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/source_text.h"

namespace archtei {

struct PageHead {
  std::string summary;    ///< a summary printed above the date line
  std::string date_line;  ///< the date as written
  std::string title;      ///< whitespace collapsed
  std::vector<std::string> credit_lines;  ///< credit sentences after the title, as written
  std::size_t end = 0;    ///< the head is text[0, end); 0 when the page has none
};

/// Reads the head at the start of `text` (the lines of the page's text region). `known_title`
/// is the title the page gives elsewhere (a citation's), or empty.
PageHead read_page_head(const std::vector<SourceLine>& text, std::string_view known_title);

}  // namespace archtei
