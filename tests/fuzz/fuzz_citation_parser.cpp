// Fuzz target: the citation parser on every line of any text, and on the whole of it.
#include "fuzz_target.h"
#include "fuzz_text_fields.h"
#include "text/citation_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archtei;
  for (const auto& text : fuzz::field_texts(fuzz::as_text(data, size))) {
    ParsedCitation citation = parse_citation(text);
    for (const auto& ref : citation.archives)
      fuzz::expect(same_reference(ref, ref), "a reference is the same as itself");
    parse_archival_references(text);
    normalise_archive(text);
    labelled_sentence(text);
    publication_in(text);
  }
  return 0;
}
