// First difference between two JSON values, and JSON parsing with compiler-style errors.
#include "jsonld/json_diff.h"

#include "jsonld/json_compare.h"
#include "model/diagnostics.h"

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

std::string show(const Json& v) { return v.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::optional<JsonDifference> compare_json(const Json& left, const Json& right, const std::string& pointer) {
  if (left.type() != right.type() && !(left.is_number() && right.is_number()))
    return JsonDifference{pointer, show(left), show(right)};
  if (left.is_object()) {
    for (const auto& [key, value] : left.items()) {
      std::string at = pointer + '/' + pointer_token(key);
      auto it = right.find(key);
      if (it == right.end()) return JsonDifference{at, show(value), {}};
      if (auto d = compare_json(value, *it, at)) return d;
    }
    for (const auto& [key, value] : right.items())
      if (!left.contains(key)) return JsonDifference{pointer + '/' + pointer_token(key), {}, show(value)};
    return std::nullopt;
  }
  if (left.is_array()) {
    std::size_t n = std::min(left.size(), right.size());
    for (std::size_t i = 0; i < n; ++i)
      if (auto d = compare_json(left[i], right[i], pointer + '/' + std::to_string(i))) return d;
    if (left.size() > n) return JsonDifference{pointer + '/' + std::to_string(n), show(left[n]), {}};
    if (right.size() > n) return JsonDifference{pointer + '/' + std::to_string(n), {}, show(right[n])};
    return std::nullopt;
  }
  if (left != right) return JsonDifference{pointer, show(left), show(right)};
  return std::nullopt;
}

Json parse_json(std::string_view text, const std::string& file) {
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    SourcePos pos{1, 1};
    for (std::size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') {
        ++pos.line;
        pos.column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++pos.column;
      }
    }
    std::string what = e.what();
    // nlohmann's text reads "[json.exception.parse_error.101] parse error at line 1, column 2: ...".
    auto colon = what.find(": ");
    throw Error::input(file, pos, "not JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)),
                       "json-syntax");
  }
}

std::optional<JsonDifference> first_json_difference(std::string_view left, std::string_view right,
                                                    const std::string& file) {
  return compare_json(parse_json(left, file), parse_json(right, file));
}

}  // namespace archtei
