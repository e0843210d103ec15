// The round-trip property behind `archtei roundtrip` and the corpus tests.
#include "jsonld/roundtrip.h"

#include <nlohmann/json.hpp>

#include "jsonld/json_diff.h"
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
std::string with_stamp_of(const std::string& returned, std::string_view original) {
  using Json = nlohmann::ordered_json;
  Json in = Json::parse(original, nullptr, false);
  Json out = Json::parse(returned, nullptr, false);
  if (!in.is_object() || !out.is_object()) return returned;
  if (auto stamp = in.find("converter"); stamp != in.end()) out["converter"] = *stamp;
  else out.erase("converter");
  return out.dump();
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
  const std::string returned = with_stamp_of(write_jsonld(back, diags), input);
  RoundtripResult result;
  if (auto d = first_json_difference(input, returned, file))
    result = RoundtripResult{false, d->pointer.empty() ? std::string("\"\"") : d->pointer,
                             d->left.empty() ? "(nothing)" : d->left, d->right.empty() ? "(nothing)" : d->right};
  return result;
}

}  // namespace archtei
