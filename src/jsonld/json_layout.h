// Writes a JSON value as text in archtei's one fixed layout, so the same value always gives
// the same bytes.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace archtei {

/// Two-space indentation, keys in the value's own order, UTF-8 unescaped. Small containers
/// whose members are all scalars (an attribute pair, a text node) stay on one line so the
/// TEI layer reads like the document it holds.
std::string layout_json(const nlohmann::ordered_json& value);

/// Appends `value` as layout_json lays it out when it sits `depth` levels deep (a member of
/// the top-level object is at depth 1), without the final newline.
void append_json(std::string& out, const nlohmann::ordered_json& value, int depth);

/// Appends `text` as the JSON string layout_json writes for it. Throws what layout_json
/// throws (nlohmann::json's type_error) when `text` is not valid UTF-8.
void append_json_string(std::string& out, std::string_view text);

}  // namespace archtei
