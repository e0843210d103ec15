// The round-trip property behind `archtei roundtrip` and the corpus tests.
#include "jsonld/roundtrip.h"

#include <nlohmann/json.hpp>

#include "jsonld/json_compare.h"
#include "jsonld/jsonld_reader.h"
#include "jsonld/jsonld_writer.h"
#include "model/xml_difference.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

namespace archtei {
namespace {

// The converter's stamp names the archtei that wrote a file, and writing the file again
// stamps it anew: it says who wrote this copy, not what the document holds. The returned
// file is compared with the original's stamp put back (or taken away, where it had none).
void restamp(nlohmann::ordered_json& returned, const nlohmann::ordered_json& original) {
  if (!returned.is_object() || !original.is_object()) return;
  if (auto stamp = original.find("converter"); stamp != original.end()) returned["converter"] = *stamp;
  else returned.erase("converter");
}

}  // namespace

RoundtripResult roundtrip_tei(std::string_view input, const std::string& file, Diagnostics& diags) {
  Document original = read_tei(input, file, diags);
  Document back = read_jsonld(write_jsonld(original, diags), file, diags);
  XmlDocument returned = parse_xml(write_tei(back, diags), file);
  RoundtripResult result;
  if (auto d = first_xml_difference(original.tei, returned))
    result = RoundtripResult{false, d->path, d->left, d->right};
  return result;
}

RoundtripResult roundtrip_jsonld(std::string_view input, const std::string& file, Diagnostics& diags) {
  Document original = read_jsonld(input, file, diags);
  Document back = read_tei(write_tei(original, diags), file, diags);
  // Parsed and compared without recursion: layer 2 nests as deep as the TEI tree.
  const nlohmann::ordered_json original_json = parse_json(input, file);
  nlohmann::ordered_json returned = parse_json(write_jsonld(back, diags), file);
  restamp(returned, original_json);
  RoundtripResult result;
  if (auto d = compare_json(original_json, returned))
    result = RoundtripResult{false, d->pointer.empty() ? std::string("\"\"") : d->pointer,
                             d->left.empty() ? "(nothing)" : d->left, d->right.empty() ? "(nothing)" : d->right};
  return result;
}

}  // namespace archtei
