// Marks the words of a paragraph written in another language than the paragraph's: a run
// of another script inside Latin-letter text ("“порусски”", "周恩来" in an English
// translation) and a bracketed gloss in transliterated Russian ("[pristupit k
// obiednineniiu]"), as Foreign inlines tagged with the language (text/language_id.h).
#pragma once

#include <vector>

#include "model/body.h"

namespace archtei {

/// Marks foreign phrases in `inlines`, which stand in a paragraph written in Latin letters
/// (in a Chinese or Russian original, Latin names are part of the text: not for those).
void mark_foreign_phrases(std::vector<Inline>& inlines);

}  // namespace archtei
