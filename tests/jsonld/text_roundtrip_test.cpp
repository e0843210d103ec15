// A plain text converted straight to JSON-LD carries exactly the TEI archtei would write for
// it, and comes back from JSON-LD unchanged.
#include <gtest/gtest.h>

#include "jsonld/jsonld_reader.h"
#include "jsonld/jsonld_writer.h"
#include "jsonld/roundtrip.h"
#include "tei/tei_writer.h"
#include "test_corpus.h"
#include "text/text_reader.h"

namespace archtei {
namespace {

class TextRoundtrip : public ::testing::TestWithParam<std::string> {};

TEST_P(TextRoundtrip, TextToJsonLdAndBack) {
  const std::string file = GetParam();
  const std::string input = test::read_bytes(file);
  Diagnostics diags(file);
  Document doc = read_text(input, file, diags);
  std::string jsonld = write_jsonld(doc, diags);
  EXPECT_EQ(jsonld, write_jsonld(read_text(input, file, diags), diags));

  Document back = read_jsonld(jsonld, file, diags);
  EXPECT_EQ(write_tei(back, diags), write_tei(doc, diags));
  RoundtripResult r = roundtrip_jsonld(jsonld, file, diags);
  EXPECT_TRUE(r.identical) << "first difference at " << r.where << ": " << r.original << " vs " << r.returned;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TextRoundtrip, ::testing::ValuesIn(test::text_documents()),
                         [](const auto& info) { return test::test_name(info.param); });

}  // namespace
}  // namespace archtei
