// The body tree: the document's own text as blocks and inlines, the shape a text reader
// produces and the TEI writer encodes. No third-party types.
#pragma once

#include <string>
#include <vector>

#include "source_pos.h"

namespace archtei {

enum class InlineKind {
  Text,       ///< characters, in `text`
  Note,       ///< editorial note; `type` = "translator", "editorial", "footnote"...; content in `children`
  Addition,   ///< text added in the source; `type` = "handwritten", "inserted by hand"...; `children`
  Gap,        ///< omitted or illegible text; `type` = reason ("omitted", "illegible"); `text` = description
  Unclear,    ///< doubtful reading; `children`
  Supplied,   ///< editor's bracketed insertion or gloss; `children`
  Stamp,      ///< a stamp in the source; `children`
  PageBreak,  ///< source page number; `text` = "19-20"
  LineBreak,  ///< a line break the reader kept on purpose (inside openers, addresses, lists)
  NoteRef,    ///< footnote marker such as "x/"; `text` = marker as written, `type` = note id
  Foreign,    ///< words in another language than the block's; `type` = BCP 47 tag ("ru", "ru-Latn"); `children`
};

/// One inline node. Which fields are used depends on `kind` (see InlineKind).
struct Inline {
  InlineKind kind = InlineKind::Text;
  std::string text;
  std::string type;
  std::vector<Inline> children;
  SourcePos pos;

  bool operator==(const Inline&) const = default;
};

enum class BlockKind {
  Paragraph,       ///< `inlines`
  Heading,         ///< `inlines`
  List,            ///< `children` are ListItem blocks; `type` = "ordered" or "bulleted"
  ListItem,        ///< `label` = "1."; `inlines` and/or nested `children` (nested lists)
  Opener,          ///< `children`: Salute, Dateline, Classification, Routing, Distribution, Address, Line
  Closer,          ///< `children`: Signed, Dateline, Salute, Distribution, Routing, Line
  Salute,          ///< addressee or greeting: "To Comrade STALIN I.V."; `inlines`
  Signed,          ///< signature; `inlines`; `label` = the signer's name normalised
  Dateline,        ///< place and/or date line; `inlines`
  Classification,  ///< "Strictly secret", "Top Secret", "Special File"; `inlines`
  Routing,         ///< telegram routing: "From Pyongyang, No. 4040. 10 hours 10 minutes."; `inlines`
  Distribution,    ///< "Copies: Molotov, Malenkov, ..."; `inlines`
  Address,         ///< recipient address block; `inlines` (lines joined with LineBreak)
  Line,            ///< any other opener/closer line; `inlines`
  SpeakerTurn,     ///< conversation turn; `label` = speaker as written; `children` = paragraphs
  BlockNote,       ///< a paragraph that is wholly an editorial note; `type` as for Inline Note; `inlines`
  BlockGap,        ///< a paragraph that is only "[...]"; `type` = reason; `text` = as written
  BlockPageBreak,  ///< a paragraph that is only a page number "[19-20]"; `text` = "19-20"
  Footnotes,       ///< notes at the end that markers point to; `children` = BlockNote with `label` = marker
  Part,            ///< the document in one language: `type` = "original" or "translation"; `lang`; `children`
};

/// One block node. Which fields are used depends on `kind` (see BlockKind).
struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::vector<Inline> inlines;
  std::vector<Block> children;
  std::string type;
  std::string label;
  std::string text;
  std::string lang;  ///< BCP 47 tag: a Part's language, or a block's written in another language than its part
  SourcePos pos;

  bool operator==(const Block&) const = default;
};

}  // namespace archtei
