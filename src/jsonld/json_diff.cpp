// First difference between two JSON values, and JSON parsing with compiler-style errors.
#include "jsonld/json_diff.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "jsonld/json_compare.h"
#include "model/diagnostics.h"
#include "model/input_limits.h"

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

// nlohmann/json's dump recurses once per level, so values nested deeper than this are
// shown abbreviated.
constexpr std::size_t kMaxShownDepth = 64;

bool deeper_than(const Json& v, std::size_t limit) {
  std::vector<std::pair<const Json*, std::size_t>> pending{{&v, 1}};
  while (!pending.empty()) {
    auto [value, depth] = pending.back();
    pending.pop_back();
    if (!value->is_structured()) continue;
    if (depth > limit) return true;
    for (const auto& member : *value) pending.emplace_back(&member, depth + 1);
  }
  return false;
}

std::string show(const Json& v) {
  if (v.is_structured() && deeper_than(v, kMaxShownDepth)) return v.is_array() ? "[...]" : "{...}";
  return v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The position of `text[offset]` as a 1-based line and column (in characters).
SourcePos position_of(std::string_view text, std::size_t offset) {
  SourcePos pos{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  return pos;
}

// Refuses JSON nested deeper than `limit` before it is parsed: the parser itself does not
// recurse, but a file of nothing but '[' would cost some 80 bytes of memory per byte.
void check_nesting(std::string_view text, std::size_t limit, const std::string& file) {
  std::size_t depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      // Past the string; an escaped quote does not end it.
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '[' || c == '{') {
      if (++depth > limit)
        throw Error::input(file, position_of(text, i),
                           "JSON nested more than " + std::to_string(limit) +
                               " levels deep, more than a TEI tree within --max-depth " +
                               std::to_string(input_limits().max_depth) + " needs (raise the limit with --max-depth)",
                           "too-deep");
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
}

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
  // Both values are walked with a stack of their own: JSON read from a file may nest deeper
  // than the C++ stack allows recursion. Pointers are put together only for the difference.
  struct Frame {
    const Json* left;
    const Json* right;
    std::string token;  // this pair's place in its parent; unused for the first frame
    Json::const_iterator member;  // objects: the next member of left, then of right
    bool right_only = false;      // objects: walking the members only right has
    std::size_t index = 0;        // arrays: the next element
  };
  std::vector<Frame> stack;
  auto pointer_to = [&](const std::string& last) {
    std::string out = pointer;
    for (std::size_t k = 1; k < stack.size(); ++k) out += '/' + stack[k].token;
    return out + '/' + last;
  };
  // Compares one pair of values, the child `token` of the last frame (none for the first),
  // and opens a frame for a pair of containers.
  auto step = [&](const Json& l, const Json& r, std::string token) -> std::optional<JsonDifference> {
    const bool differ = (l.type() != r.type() && !(l.is_number() && r.is_number())) ||
                        (!l.is_structured() && l != r);
    if (differ) return JsonDifference{stack.empty() ? pointer : pointer_to(token), show(l), show(r)};
    if (l.is_structured()) stack.push_back({&l, &r, std::move(token), l.cbegin()});
    return std::nullopt;
  };
  if (auto d = step(left, right, {})) return d;
  while (!stack.empty()) {
    Frame& f = stack.back();
    const Json& l = *f.left;
    const Json& r = *f.right;
    if (l.is_object() && !f.right_only) {
      if (f.member == l.cend()) {
        f.right_only = true;
        f.member = r.cbegin();
        continue;
      }
      auto m = f.member++;
      std::string token = pointer_token(m.key());
      auto it = r.find(m.key());
      if (it == r.end()) return JsonDifference{pointer_to(token), show(m.value()), {}};
      if (auto d = step(m.value(), *it, std::move(token))) return d;
    } else if (l.is_object()) {
      if (f.member == r.cend()) {
        stack.pop_back();
        continue;
      }
      auto m = f.member++;
      if (!l.contains(m.key())) return JsonDifference{pointer_to(pointer_token(m.key())), {}, show(m.value())};
    } else {
      const std::size_t n = std::min(l.size(), r.size());
      if (f.index == n) {
        if (l.size() > n) return JsonDifference{pointer_to(std::to_string(n)), show(l[n]), {}};
        if (r.size() > n) return JsonDifference{pointer_to(std::to_string(n)), {}, show(r[n])};
        stack.pop_back();
        continue;
      }
      const std::size_t i = f.index++;
      if (auto d = step(l[i], r[i], std::to_string(i))) return d;
    }
  }
  return std::nullopt;
}

Json parse_json(std::string_view text, const std::string& file) {
  // A TEI tree n elements deep is 2n + 3 JSON levels deep in layer 2 (an element's object
  // and its children array per level, then a text node's object or an attribute pair).
  check_nesting(text, 2 * input_limits().max_depth + 3, file);
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    SourcePos pos = position_of(text, std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size()));
    std::string what = e.what();
    // nlohmann's text reads "[json.exception.parse_error.101] parse error at line 1, column 2: ...".
    auto colon = what.find(": ");
    throw Error::input(file, pos, "not JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)),
                       "json-syntax");
  } catch (const Json::out_of_range& e) {
    // A number past a double's range ("1e999"): nlohmann gives no position for it.
    std::string what = e.what();
    auto bracket = what.find("] ");
    throw Error::input(file, SourcePos{}, "not JSON archtei can read: " +
                                              (bracket == std::string::npos ? what : what.substr(bracket + 2)),
                       "json-syntax");
  }
}

std::optional<JsonDifference> first_json_difference(std::string_view left, std::string_view right,
                                                    const std::string& file) {
  return compare_json(parse_json(left, file), parse_json(right, file));
}

}  // namespace archtei
