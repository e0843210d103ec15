// Turns one paragraph's text into inline nodes: editor's brackets (notes, additions, gaps,
// stamps, page numbers, insertions), footnote markers, and kept line breaks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/body.h"
#include "text/body_text.h"

namespace archtei {

/// A footnote marker as written in the text ("x/", "1/", "*", "[1]") and the id of its note.
struct NoteMarker {
  std::string marker;
  std::string id;
};

/// How inline parsing went, for the caller's diagnostics.
struct InlineReport {
  bool unbalanced = false;  ///< a "[" or "]" had no partner and was kept as text
  SourcePos first_unbalanced;
};

/// Parses `text` into inlines. "\n" in `text` becomes a LineBreak; brackets nest to any
/// depth but are interpreted only 64 levels deep (deeper ones stay text). Footnote
/// `markers` become NoteRef inlines.
std::vector<Inline> parse_inline_text(std::string_view text, const PositionMap& positions,
                                      const std::vector<NoteMarker>& markers, InlineReport* report = nullptr);

/// The characters of `inlines` as plain text, brackets and notes included.
std::string inline_plain_text(const std::vector<Inline>& inlines);

}  // namespace archtei
