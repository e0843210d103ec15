// Groups the lines of a document's text into paragraph-sized units and joins a unit's
// lines back into one text: blank lines separate, hard wraps and broken words are
// rejoined, and paragraphs split in mid-sentence are put back together.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text/body_text.h"
#include "text/source_text.h"

namespace archtei {

/// One paragraph-sized run of lines.
struct TextUnit {
  std::vector<SourceLine> lines;  ///< trimmed, never empty
  std::size_t block = 0;          ///< index of the blank-line-separated block it came from
  bool after_rule = false;        ///< a rule line ("———", "____") stood just before it
};

/// Splits `lines` into units. Inside a block a line break ends a unit when the line ends
/// a sentence and is short for the block's line width, when the line is short and the
/// next opens in capitals, or when the next line opens a list item; an open "[" keeps
/// lines together; a unit that stops in mid-sentence joins the next one when that opens
/// in lower case.
std::vector<TextUnit> split_units(const std::vector<SourceLine>& lines);

/// A unit's text with the map back to its lines.
struct JoinedText {
  std::string text;
  PositionMap positions;
};

/// Joins lines as running prose: one space between lines, none inside a word broken
/// across lines ("diplo-" + "matic", "communiqu" + "é").
JoinedText join_prose(const std::vector<SourceLine>& lines);

/// Joins lines keeping each break as "\n" (addresses, openers, closers).
JoinedText join_kept_lines(const std::vector<SourceLine>& lines);

/// True when `text` opens with a list marker: "1.", "2)", "a)", "(a)", "(1)", "-", "•".
/// `label` gets the marker as written and `rest` where the item's text starts.
bool list_marker_at_start(std::string_view text, std::string* label = nullptr, std::size_t* rest = nullptr);

}  // namespace archtei
