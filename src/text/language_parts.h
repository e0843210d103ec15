// Splits a page's text into the document's language versions: an original before or after
// its translation ("Original and translation" pages), or the original alone.
//
// Each line is identified by text/language_id.h; a line too short to tell (a date, a name,
// "[...]") takes the language of its nearest neighbour written in the same script.
// Consecutive lines of one language form a part; a part of a line or two in another
// language than the lines around it (a Russian date line inside the English translation)
// is a stray of that part, not a part of its own. Parts of one language that end up side by
// side are one part.
#pragma once

#include <string>
#include <vector>

#include "text/source_text.h"

namespace archtei {

/// One language version of the document, its lines in page order.
struct TextPart {
  std::string lang;  ///< BCP 47 tag
  std::vector<SourceLine> lines;
};

/// The parts of `lines` in page order; one part in `fallback_lang` when no line says its
/// language.
std::vector<TextPart> split_language_parts(const std::vector<SourceLine>& lines, const std::string& fallback_lang);

}  // namespace archtei
