// Fuzz target: any bytes through the TEI reader; XML it accepts must come back identical
// through JSON-LD (the roundtrip command's promise) and be written as XML it reads again.
#include "fuzz_target.h"
#include "jsonld/roundtrip.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archtei;
  const std::string_view input = fuzz::as_text(data, size);
  Diagnostics diags("fuzz.xml");
  Document doc;
  try {
    doc = read_tei(input, "fuzz.xml", diags);
  } catch (const Error&) {
    return 0;
  }
  fuzz::expect(parse_xml(write_tei(doc, diags), "fuzz.xml") == doc.tei, "the TEI written reads back the same");
  fuzz::expect(roundtrip_tei(input, "fuzz.xml", diags).identical, "TEI -> JSON-LD -> TEI is identical");
  return 0;
}
