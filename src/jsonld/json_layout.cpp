// Deterministic JSON text: one indentation, one key order, one line-breaking rule.
#include "jsonld/json_layout.h"

#include <algorithm>

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

std::string scalar_text(const Json& v) {
  return v.dump(-1, ' ', false, Json::error_handler_t::strict);
}

bool is_scalar(const Json& v) { return !v.is_structured(); }

// Inline: a scalar, an object of scalars, or an array of scalars or of scalar arrays.
bool fits_on_one_line(const Json& v) {
  if (is_scalar(v)) return true;
  if (v.is_object())
    return std::all_of(v.begin(), v.end(), [](const Json& m) { return is_scalar(m); });
  return std::all_of(v.begin(), v.end(), [](const Json& m) {
    return is_scalar(m) || (m.is_array() && std::all_of(m.begin(), m.end(), is_scalar));
  });
}

void write_inline(const Json& v, std::string& out) {
  if (is_scalar(v)) {
    out += scalar_text(v);
  } else if (v.is_object()) {
    out += '{';
    bool first = true;
    for (const auto& [key, member] : v.items()) {
      if (!first) out += ", ";
      first = false;
      out += scalar_text(Json(key));
      out += ": ";
      write_inline(member, out);
    }
    out += '}';
  } else {
    out += '[';
    bool first = true;
    for (const auto& member : v) {
      if (!first) out += ", ";
      first = false;
      write_inline(member, out);
    }
    out += ']';
  }
}

void write_value(const Json& v, int depth, std::string& out) {
  if (v.empty() || fits_on_one_line(v)) {
    write_inline(v, out);
    return;
  }
  const std::string inner(static_cast<std::size_t>(depth + 1) * 2, ' ');
  const bool object = v.is_object();
  out += object ? "{\n" : "[\n";
  bool first = true;
  for (const auto& [key, member] : v.items()) {
    if (!first) out += ",\n";
    first = false;
    out += inner;
    if (object) {
      out += scalar_text(Json(key));
      out += ": ";
    }
    write_value(member, depth + 1, out);
  }
  out += '\n';
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  out += object ? '}' : ']';
}

}  // namespace

std::string layout_json(const Json& value) {
  std::string out;
  write_value(value, 0, out);
  out += '\n';
  return out;
}

}  // namespace archtei
