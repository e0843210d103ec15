// The comparison behind first_json_difference, on parsed values, for the JSON-LD reader.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "jsonld/json_diff.h"

namespace archtei {

/// The first difference between `left` and `right`, whose pointers start with `pointer`.
/// Object members are visited in `left`'s order, then members only `right` has.
std::optional<JsonDifference> compare_json(const nlohmann::ordered_json& left,
                                           const nlohmann::ordered_json& right,
                                           const std::string& pointer = {});

/// `key` escaped for use in a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string pointer_token(const std::string& key);

/// Parses `text` as JSON; throws Error (input, "json-syntax") with line and column.
nlohmann::ordered_json parse_json(std::string_view text, const std::string& file);

}  // namespace archtei
