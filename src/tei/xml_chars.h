// Which characters XML 1.0 can carry, and how archtei makes arbitrary strings fit.
#pragma once

#include <string>
#include <string_view>

namespace archtei::xml {

/// True when `s` is valid UTF-8 made only of characters XML 1.0 allows.
bool is_xml_text(std::string_view s);

/// `s` with invalid UTF-8 sequences and characters XML 1.0 forbids (C0 controls other than
/// tab, LF and CR; U+FFFE, U+FFFF) replaced by U+FFFD.
std::string to_xml_text(std::string_view s);

/// True when `s` may stand inside a comment: no "--" in it and no "-" at its end.
bool is_comment_text(std::string_view s);

}  // namespace archtei::xml
