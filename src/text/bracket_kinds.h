// Classifies the content of an editor's square bracket ("Translator's note: ...",
// "handwritten: ...", "illegible signature", "19-20") by the table data/brackets.tsv.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archtei {

enum class BracketKind { Note, Addition, Gap, Unclear, Stamp, Supplied, PageBreak };

/// What one bracket means.
struct BracketClass {
  BracketKind kind = BracketKind::Supplied;
  std::string type;            ///< note type, addition type or gap reason
  std::size_t content_start = 0;  ///< where the content starts once a dropped label is skipped
};

/// Classifies `content`, the text between "[" and "]". Page numbers ("19-20", "21",
/// "Page 158", "p. 3") are PageBreak with content_start at the number.
BracketClass classify_bracket(std::string_view content);

/// True when `content` is only a page number or range: "19-20", "21", "Page 158", "p. 3".
/// `number` gets the number as written.
bool is_page_number(std::string_view content, std::string* number = nullptr);

}  // namespace archtei
