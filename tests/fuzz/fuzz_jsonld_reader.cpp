// Fuzz target: any bytes through the JSON-LD reader; JSON-LD it accepts must come back
// identical through TEI (the roundtrip command's promise).
#include "fuzz_target.h"
#include "jsonld/jsonld_reader.h"
#include "jsonld/roundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archtei;
  const std::string_view input = fuzz::as_text(data, size);
  Diagnostics diags("fuzz.jsonld");
  try {
    read_jsonld(input, "fuzz.jsonld", diags);
  } catch (const Error&) {
    return 0;
  }
  // An "@id" made from a file name is not carried by the TEI: it is made again from this
  // file's name, and only it may differ.
  RoundtripResult r = roundtrip_jsonld(input, "fuzz.jsonld", diags);
  fuzz::expect(r.identical || r.where == "/@id", "JSON-LD -> TEI -> JSON-LD is identical");
  return 0;
}
