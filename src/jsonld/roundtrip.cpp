// The round-trip property behind `archtei roundtrip` and the corpus tests.
#include "jsonld/roundtrip.h"

#include "jsonld/json_diff.h"
#include "jsonld/jsonld_reader.h"
#include "jsonld/jsonld_writer.h"
#include "model/xml_difference.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

namespace archtei {

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
  std::string returned = write_jsonld(back, diags);
  RoundtripResult result;
  if (auto d = first_json_difference(input, returned, file))
    result = RoundtripResult{false, d->pointer.empty() ? std::string("\"\"") : d->pointer,
                             d->left.empty() ? "(nothing)" : d->left, d->right.empty() ? "(nothing)" : d->right};
  return result;
}

}  // namespace archtei
