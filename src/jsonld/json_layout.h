// Writes a JSON value as text in archtei's one fixed layout, so the same value always gives
// the same bytes.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace archtei {

/// Two-space indentation, keys in the value's own order, UTF-8 unescaped. Small containers
/// whose members are all scalars (an attribute pair, a text node) stay on one line so the
/// TEI layer reads like the document it holds.
std::string layout_json(const nlohmann::ordered_json& value);

}  // namespace archtei
