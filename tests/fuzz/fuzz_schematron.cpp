// Fuzz target: Schematron on both sides of its input. A document is checked against the
// rules archtei's schema embeds; an ISO Schematron schema (any input naming its namespace)
// is compiled and run over a fixture's TEI.
#include <fstream>
#include <iterator>
#include <string>

#include "fuzz_target.h"
#include "validate/input/xml_input.h"
#include "validate/schematron/schematron.h"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archtei;
  static const SchematronSchema rules =
      SchematronSchema::from_memory(read(ARCHTEI_SCHEMAS_DIR "/archtei.rng"), "archtei.rng");
  static const std::string fixture = read(ARCHTEI_FIXTURES_DIR "/seed-000/expected.tei.xml");
  const std::string_view input = fuzz::as_text(data, size);
  std::vector<Diagnostic> problems;
  if (input.find(schematron::kSchNamespace) != std::string_view::npos) {
    try {
      SchematronSchema schema = SchematronSchema::from_memory(input, "fuzz.sch");
      xml::DocPtr doc = xml::parse_document(fixture, "fixture.xml", false, problems);
      fuzz::expect(doc != nullptr, "the fixture parses");
      schema.check(doc.get(), "fixture.xml");
    } catch (const Error&) {
      // a schema refused with a message
    }
    return 0;
  }
  xml::DocPtr doc = xml::parse_document(input, "fuzz.xml", false, problems);
  if (doc) rules.check(doc.get(), "fuzz.xml");
  return 0;
}
