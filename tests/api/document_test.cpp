// The public Document: every fixture read through the API gives the golden TEI, JSON-LD and
// record; format detection; errors as public Error with their diagnostic.
#include <gtest/gtest.h>

#include <archtei/archtei.h>
#include <nlohmann/json.hpp>

#include "support/test_files.h"

namespace {

using namespace archtei::api;
using archtei::testing::fixture_path;
using archtei::testing::read_file;

class ApiFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiFixture, GivesTheGoldenTeiJsonLdAndRecord) {
  const std::string text = read_file(archtei::testing::fixture_input(GetParam()));
  Document doc = Document::read(text, ReadOptions{Format::Auto, "input.txt", {}});
  EXPECT_EQ(doc.format(), Format::Text);
  const std::string tei = doc.to_tei();
  EXPECT_EQ(tei, read_file(fixture_path(GetParam()) / "expected.tei.xml"));
  EXPECT_EQ(doc.to_jsonld(), read_file(fixture_path(GetParam()) / "expected.jsonld"));
  EXPECT_EQ(nlohmann::json::parse(doc.record_json()),
            nlohmann::json::parse(read_file(fixture_path(GetParam()) / "expected.record.json")));
  // The TEI back through the API: its JSON-LD, and that JSON-LD back to the same TEI.
  const std::string jsonld = convert(tei, Format::JsonLd);
  EXPECT_EQ(Document::read(jsonld).format(), Format::JsonLd);
  EXPECT_EQ(convert(jsonld, Format::Tei), tei);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ApiFixture, ::testing::ValuesIn(archtei::testing::fixture_cases()),
                         archtei::testing::fixture_test_name);

TEST(ApiDocument, FormatFromTheFileNameBeatsTheFirstCharacter) {
  // A text page that starts with '<' is read as text when its name says so.
  const std::string page = "<Untitled>\n\nMemorandum of the meeting.\n";
  EXPECT_EQ(Document::read(page, ReadOptions{Format::Auto, "page.txt", {}}).format(), Format::Text);
  EXPECT_THROW(Document::read(page), Error);  // sniffed as XML, and not well-formed
  EXPECT_EQ(Document::read(page, ReadOptions{Format::Text, {}, {}}).format(), Format::Text);
}

TEST(ApiDocument, FirstCharacterTellsTeiJsonLdAndText) {
  EXPECT_EQ(Document::read(read_file(fixture_path("bracket-kinds-all") / "expected.tei.xml")).format(), Format::Tei);
  EXPECT_EQ(Document::read(read_file(fixture_path("bracket-kinds-all") / "expected.jsonld")).format(), Format::JsonLd);
  // A page may open with an archival reference in brackets.
  EXPECT_EQ(Document::read(read_file(fixture_path("original-ukrainian-only") / "input.txt")).format(), Format::Text);
}

TEST(ApiDocument, ParseFormatNamesAndAliases) {
  EXPECT_EQ(parse_format("tei"), Format::Tei);
  EXPECT_EQ(parse_format("xml"), Format::Tei);
  EXPECT_EQ(parse_format("json-ld"), Format::JsonLd);
  EXPECT_EQ(parse_format("txt"), Format::Text);
  EXPECT_EQ(parse_format("auto"), Format::Auto);
  try {
    parse_format("docx");
    FAIL() << "no error for an unknown format";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_EQ(e.diagnostic().code, "unknown-format");
  }
  EXPECT_THROW(convert("Text.\n", Format::Text), Error);
}

TEST(ApiDocument, BadUtf8IsAnInputErrorWithItsPosition) {
  try {
    Document::read("Title\n\nA line with a bad \xFF byte.\n", ReadOptions{Format::Auto, "broken.txt", {}});
    FAIL() << "no error for invalid UTF-8";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_EQ(e.diagnostic().file, "broken.txt");
    EXPECT_EQ(e.diagnostic().line, 3u);
    EXPECT_EQ(e.diagnostic().column, 19u);
    EXPECT_EQ(e.diagnostic().code, "invalid-utf8");
    EXPECT_EQ(std::string(e.what()).rfind("broken.txt:3:19: error: ", 0), 0u) << e.what();
  }
}

TEST(ApiDocument, EncodingOfATextIsHonoured) {
  // "Café" in Latin-1.
  Document doc = Document::read("Note on the Caf\xE9 meeting\n\nThe meeting was held.\n",
                                ReadOptions{Format::Text, "latin1.txt", "latin1"});
  EXPECT_NE(doc.to_tei().find("Caf\xC3\xA9"), std::string::npos);
  EXPECT_THROW(Document::read("x\n", ReadOptions{Format::Text, {}, "no-such-encoding"}), Error);
}

TEST(ApiDocument, RecordOfXmlWithoutTeiHeaderIsAnError) {
  Document doc = Document::read("<doc>text</doc>", ReadOptions{Format::Auto, "plain.xml", {}});
  try {
    doc.record_json();
    FAIL() << "no error for XML without a teiHeader";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().code, "no-tei-header");
    EXPECT_EQ(e.diagnostic().file, "plain.xml");
  }
}

TEST(ApiDocument, ReadFileNamesTheFileAndReportsAMissingOne) {
  const auto path = fixture_path("bracket-kinds-all") / "expected.tei.xml";
  Document doc = Document::read_file(path.string());
  EXPECT_EQ(doc.format(), Format::Tei);
  EXPECT_EQ(nlohmann::json::parse(doc.record_json())["file"], path.string());
  try {
    Document::read_file("/nonexistent/page.txt");
    FAIL() << "no error for a missing file";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
  }
}

}  // namespace
