// Structures the lines of a document's own text into body blocks: paragraphs rejoined across
// hard wraps and broken words, lists, opener/closer, speaker turns, editorial brackets.
#pragma once

#include <string>
#include <vector>

#include "model/body.h"
#include "model/diagnostics.h"
#include "text/source_text.h"

namespace archtei {

struct ParsedBody {
  std::vector<Block> blocks;
  std::vector<std::string> signers;   ///< from Signed blocks, normalised ("S H T Y K O V" -> "SHTYKOV")
  std::vector<std::string> speakers;  ///< distinct speakers of SpeakerTurn blocks, first-seen order
};

/// Structures `lines`, which hold only the document's text (page chrome and labelled
/// metadata blocks already removed by the page layout). `participants` are the people the
/// title says took part in a conversation: a paragraph opening with one of their names
/// and no punctuation is their turn.
ParsedBody parse_body(const std::vector<SourceLine>& lines, Diagnostics& diags,
                      const std::vector<std::string>& participants = {});

/// Parses bracketed editorial matter inside one paragraph's text into inline nodes, by
/// data/brackets.tsv; "\n" in `text` becomes a LineBreak. `pos` is where `text` starts.
std::vector<Inline> parse_inlines(std::string_view text, SourcePos pos);

}  // namespace archtei
