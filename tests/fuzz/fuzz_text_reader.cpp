// Fuzz target: any bytes through the whole plain-text reader (metadata and body), then both
// writers; what archtei writes must be well-formed XML and JSON it reads back.
#include "fuzz_target.h"
#include "jsonld/jsonld_reader.h"
#include "jsonld/jsonld_writer.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "text/text_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archtei;
  Diagnostics diags("fuzz.txt");
  Document doc;
  try {
    doc = read_text(fuzz::as_text(data, size), "fuzz.txt", diags);
  } catch (const Error&) {
    return 0;  // refused with a message: what bad input should get
  }
  // From here on the input was accepted, so nothing may fail.
  const std::string tei = write_tei(doc, diags);
  Document back = read_tei(tei, "fuzz.tei.xml", diags);
  const std::string jsonld = write_jsonld_from_tei(doc, tei, diags);
  Document from_jsonld = read_jsonld(jsonld, "fuzz.jsonld", diags);
  fuzz::expect(from_jsonld.tei == back.tei, "the JSON-LD holds the TEI written");
  return 0;
}
