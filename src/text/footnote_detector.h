// Recognises footnotes at the end of a text ("x/ Pseudonym I.V. Stalin.", "1/ ...",
// "* ...") whose markers appear earlier in the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archtei {

/// The footnote marker opening `text` ("x/", "1/", "xx/", "*", "[1]"); empty when none.
/// `rest` gets where the note's own text starts.
std::string footnote_marker_at_start(std::string_view text, std::size_t* rest = nullptr);

/// True when `marker` occurs in `text` as a footnote reference (glued to a word or
/// punctuation, or standing alone), not as part of a longer token.
bool has_footnote_reference(std::string_view text, std::string_view marker);

}  // namespace archtei
