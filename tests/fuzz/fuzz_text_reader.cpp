// Fuzz target: any bytes through the whole plain-text reader (metadata, body and the source
// spans of the record), then both writers; every span must lie inside the input, and what
// archtei writes must be well-formed XML and JSON it reads back.
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
    doc = read_text_traced(fuzz::as_text(data, size), "fuzz.txt", diags);
  } catch (const Error&) {
    return 0;  // refused with a message: what bad input should get
  }
  // From here on the input was accepted, so nothing may fail.
  auto inside = [&](const Spans& spans) {
    for (const SourceSpan& s : spans)
      fuzz::expect(s.length > 0 && s.offset + s.length <= size && s.line <= s.end_line, "a span lies inside the input");
  };
  const RecordSpans& sp = doc.spans;
  for (const Spans* one : {&sp.title, &sp.date, &sp.document_type, &sp.summary, &sp.source_url, &sp.publisher}) inside(*one);
  for (const auto* list : {&sp.authors, &sp.recipients, &sp.published_sources, &sp.translators, &sp.contributors,
                           &sp.editors, &sp.funders, &sp.original_languages, &sp.signers, &sp.speakers, &sp.warnings})
    for (const Spans& one : *list) inside(one);
  for (const ReferenceSpans& r : sp.archives)
    for (const Spans* one : {&r.archive, &r.archive_name, &r.fond, &r.opis, &r.delo, &r.papka, &r.listy, &r.note, &r.citation})
      inside(*one);
  for (const CreditSpans& c : sp.other_credits) {
    inside(c.role);
    inside(c.name);
  }
  const std::string tei = write_tei(doc, diags);
  Document back = read_tei(tei, "fuzz.tei.xml", diags);
  const std::string jsonld = write_jsonld_from_tei(doc, tei, diags);
  Document from_jsonld = read_jsonld(jsonld, "fuzz.jsonld", diags);
  fuzz::expect(from_jsonld.tei == back.tei, "the JSON-LD holds the TEI written");
  return 0;
}
