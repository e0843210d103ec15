// Recognises footnotes at the end of a text ("x/ Pseudonym I.V. Stalin.", "1/ ...",
// "* ...") whose markers appear earlier in the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archtei {

/// The footnote marker opening `text` ("x/", "1/", "xx/", "*", "[1]", a bare "1" before a
/// capital); empty when none.
/// `rest` gets where the note's own text starts.
std::string footnote_marker_at_start(std::string_view text, std::size_t* rest = nullptr);

/// True when `marker` is a bare number ("1"): such notes are accepted only as a numbered
/// sequence 1, 2, 3 ... whose every number is referred to in the text.
bool is_bare_number_marker(std::string_view marker);

/// Whether the bare-number marker `marker` stands in `text` at [at, end) as a reference:
/// glued after a word or a sentence's end ("personality.1", "full,2"), not after a space,
/// a digit or an abbreviation ("No.1"), and not followed by a letter or digit.
bool is_bare_number_reference(std::string_view text, std::size_t at, std::size_t end);

/// True when `marker` occurs in `text` as a footnote reference (glued to a word or
/// punctuation, or standing alone), not as part of a longer token.
bool has_footnote_reference(std::string_view text, std::string_view marker);

}  // namespace archtei
