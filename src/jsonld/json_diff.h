// Finds the first place two JSON documents differ, as a JSON Pointer and the two values.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace archtei {

/// Where two JSON values first differ: `pointer` (RFC 6901) and each side's value as
/// compact JSON, or empty when that side has no value there.
struct JsonDifference {
  std::string pointer;
  std::string left;
  std::string right;

  bool operator==(const JsonDifference&) const = default;
};

/// Compares two JSON texts as values (object key order does not matter, array order does).
/// Throws Error (input, "json-syntax") naming `file` when either is not JSON.
std::optional<JsonDifference> first_json_difference(std::string_view left, std::string_view right,
                                                    const std::string& file);

}  // namespace archtei
