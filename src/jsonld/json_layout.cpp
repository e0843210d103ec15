// Deterministic JSON text: one indentation, one key order, one line-breaking rule.
#include "jsonld/json_layout.h"

#include <algorithm>

#include "model/utf8.h"

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
  if (v.is_string()) {
    append_json_string(out, v.get_ref<const std::string&>());
  } else if (is_scalar(v)) {
    out += scalar_text(v);
  } else if (v.is_object()) {
    out += '{';
    bool first = true;
    for (const auto& [key, member] : v.items()) {
      if (!first) out += ", ";
      first = false;
      append_json_string(out, key);
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
  if (v.is_string()) {
    append_json_string(out, v.get_ref<const std::string&>());
    return;
  }
  if (v.empty() || fits_on_one_line(v)) {
    write_inline(v, out);
    return;
  }
  const std::string inner(static_cast<std::size_t>(depth + 1) * 2, ' ');
  const bool object = v.is_object();
  out += object ? "{\n" : "[\n";
  bool first = true;
  auto member_line = [&]() {
    if (!first) out += ",\n";
    first = false;
    out += inner;
  };
  if (object) {
    for (const auto& [key, member] : v.items()) {
      member_line();
      append_json_string(out, key);
      out += ": ";
      write_value(member, depth + 1, out);
    }
  } else {
    for (const auto& member : v) {
      member_line();
      write_value(member, depth + 1, out);
    }
  }
  out += '\n';
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  out += object ? '}' : ']';
}

}  // namespace

// What nlohmann::json's dump does to a string, in one pass: the two-character escapes JSON
// names, \u00xx for other control characters, everything else (UTF-8 included) as it is.
// Invalid UTF-8 goes through nlohmann::json, so that it fails exactly as it always did.
void append_json_string(std::string& out, std::string_view text) {
  static const char hex[] = "0123456789abcdef";
  const std::size_t mark = out.size();
  out += '"';
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const Utf8Char u = read_utf8(text, i);
      if (!u.valid) {
        out.resize(mark);
        out += scalar_text(Json(std::string(text)));
        return;
      }
      i += u.length;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(text, plain, i - plain);
    plain = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
  }
  out.append(text, plain, text.size() - plain);
  out += '"';
}

void append_json(std::string& out, const Json& value, int depth) { write_value(value, depth, out); }

std::string layout_json(const Json& value) {
  std::string out;
  write_value(value, 0, out);
  out += '\n';
  return out;
}

}  // namespace archtei
