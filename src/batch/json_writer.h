// Writes the one-line JSON objects of logs and manifests (and reads manifests back), with
// correct string escaping, without a JSON library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace archtei::batch {

/// `s` as a JSON string literal, quotes included. Control characters, '"' and '\\' are
/// escaped; other UTF-8 is copied; bytes that are not UTF-8 become U+FFFD, so the line is
/// always valid JSON.
std::string json_quote(std::string_view s);

/// Builds one JSON object: `JsonObject().add("a", "x").add("n", 3).str()` -> {"a":"x","n":3}.
class JsonObject {
 public:
  JsonObject& add(std::string_view key, std::string_view value);
  JsonObject& add(std::string_view key, const char* value) { return add(key, std::string_view(value)); }
  JsonObject& add(std::string_view key, std::int64_t value);
  JsonObject& add(std::string_view key, std::uint64_t value);
  JsonObject& add(std::string_view key, int value) { return add(key, static_cast<std::int64_t>(value)); }
  JsonObject& add(std::string_view key, double value);
  JsonObject& add(std::string_view key, bool value);
  /// `json` must already be valid JSON (an array or object built by this file).
  JsonObject& add_raw(std::string_view key, std::string_view json);
  std::string str() const { return text_ + '}'; }

 private:
  void key(std::string_view k);
  std::string text_ = "{";
};

/// `[` + items joined by ',' + `]`; each item must already be valid JSON.
std::string json_array(const std::vector<std::string>& items);

}  // namespace archtei::batch
