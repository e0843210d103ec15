// The formats table over the text, TEI and JSON-LD readers and writers.
#include "formats/formats.h"

#include <algorithm>
#include <cctype>

#include "jsonld/jsonld_reader.h"
#include "jsonld/jsonld_writer.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "text/text_reader.h"

namespace archtei {

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> table = {
      {Format::Text, "text", {".txt", ".text"}, ".txt", &read_text, nullptr},
      {Format::Tei, "tei", {".tei.xml", ".xml", ".tei"}, ".tei.xml", &read_tei, &write_tei},
      {Format::JsonLd, "jsonld", {".jsonld", ".json"}, ".jsonld", &read_jsonld, &write_jsonld},
  };
  return table;
}

const FormatInfo* find_format(std::string_view name) {
  static const std::vector<std::pair<std::string_view, std::string_view>> aliases = {
      {"txt", "text"}, {"xml", "tei"}, {"json", "jsonld"}, {"json-ld", "jsonld"}};
  for (const auto& [alias, real] : aliases)
    if (name == alias) name = real;
  for (const auto& f : formats())
    if (f.name == name) return &f;
  return nullptr;
}

const FormatInfo* detect_format(std::string_view file_name) {
  std::string lower(file_name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const FormatInfo* best = nullptr;
  std::size_t best_len = 0;
  for (const auto& f : formats())
    for (auto ext : f.extensions)
      if (lower.size() > ext.size() && lower.ends_with(ext) && ext.size() > best_len) {
        best = &f;
        best_len = ext.size();
      }
  return best;
}

}  // namespace archtei
