// The teiHeader: encode_tei's header read back by read_tei_metadata gives the same record,
// field by field, for full and sparse records; and the header's shape for small records.
#include <gtest/gtest.h>

#include "tei/tei_header_encoder.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "tei_test_support.h"

namespace archtei {
namespace {

/// The record after encode_tei -> serialize_xml -> parse_xml -> read_tei_metadata.
Metadata through_tei(const Metadata& m) {
  Diagnostics diags;
  std::string xml = serialize_xml(encode_tei(m, {testing::para({testing::text("x")})}, diags));
  return read_tei_metadata(parse_xml(xml, "out.tei.xml"), m.file);
}

void expect_same_record(const Metadata& expected, const Metadata& actual) {
  EXPECT_EQ(actual.file, expected.file);
  EXPECT_EQ(actual.title, expected.title);
  EXPECT_EQ(actual.date, expected.date);
  EXPECT_EQ(actual.document_type, expected.document_type);
  EXPECT_EQ(actual.authors, expected.authors);
  EXPECT_EQ(actual.recipients, expected.recipients);
  EXPECT_EQ(actual.archives, expected.archives);
  EXPECT_EQ(actual.published_sources, expected.published_sources);
  EXPECT_EQ(actual.translators, expected.translators);
  EXPECT_EQ(actual.contributors, expected.contributors);
  EXPECT_EQ(actual.editors, expected.editors);
  EXPECT_EQ(actual.other_credits, expected.other_credits);
  EXPECT_EQ(actual.funders, expected.funders);
  EXPECT_EQ(actual.original_languages, expected.original_languages);
  EXPECT_EQ(actual.summary, expected.summary);
  EXPECT_EQ(actual.source_url, expected.source_url);
  EXPECT_EQ(actual.publisher, expected.publisher);
  EXPECT_EQ(actual.signers, expected.signers);
  EXPECT_EQ(actual.speakers, expected.speakers);
  EXPECT_EQ(actual.warnings, expected.warnings);
  EXPECT_EQ(actual.citation, expected.citation);
  EXPECT_EQ(actual, expected);
}

TEST(TeiHeaderRoundTrip, FullRecord) {
  Metadata m = testing::full_record();
  expect_same_record(m, through_tei(m));
}

TEST(TeiHeaderRoundTrip, EmptyRecord) {
  Metadata m;
  m.file = "empty.txt";
  expect_same_record(m, through_tei(m));
}

TEST(TeiHeaderRoundTrip, EachFieldAlone) {
  // One record per field, so a field that only survives next to others is caught.
  const Metadata full = testing::full_record();
  std::vector<Metadata> cases(21);
  cases[0].title = full.title;
  cases[1].date = "1950-02";
  cases[2].document_type = full.document_type;
  cases[3].authors = full.authors;
  cases[4].recipients = full.recipients;
  cases[5].archives = full.archives;
  cases[6].published_sources = full.published_sources;
  cases[7].translators = full.translators;
  cases[8].contributors = full.contributors;
  cases[9].editors = full.editors;
  cases[10].other_credits = full.other_credits;
  cases[11].funders = full.funders;
  cases[12].original_languages = {"Klingon"};  // no code known: written as "und", name kept
  cases[13].summary = "  Leading and trailing spaces,\nand a line break.  ";
  cases[14].source_url = full.source_url;
  cases[15].publisher = full.publisher;
  cases[16].signers = full.signers;
  cases[17].speakers = full.speakers;
  cases[18].warnings = full.warnings;
  cases[19].citation = full.citation;
  cases[20].date = "20 [illegible month] 1947";  // not ISO: kept as text
  for (std::size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE("case " + std::to_string(i));
    expect_same_record(cases[i], through_tei(cases[i]));
  }
}

TEST(TeiHeaderRoundTrip, SparseArchivalReferences) {
  Metadata m;
  m.archives = {
      {"APRF", "", "", "", "", "", "", "", ""},                          // acronym only
      {"Bodleian Library", "Bodleian Library", "", "", "", "", "", "", ""},  // known by its name only
      {"", "", "", "", "", "", "12ob.", "Delo not given", "l. 12ob."},  // nothing identifying
      {"", "", "", "", "", "", "94-97", "", ""},                         // folios only
      {"", "", "558", "", "", "", "", "", ""},                           // fond only
      {"RGASPI", "", "", "", "", "", "5", "", ""},                       // folios without citation
  };
  expect_same_record(m, through_tei(m));
}

TEST(TeiHeader, ReadsTeiFromElsewhereWithNormalisedSpace) {
  const char* xml = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
    <titleStmt><title type="sub">Sub</title><title type="main">Letter   of
      Ivan</title><author>Ivan</author><editor>Ed</editor>
      <respStmt><resp>Encoded by</resp><name>Someone</name></respStmt></titleStmt>
    <publicationStmt><distributor>Library</distributor><idno type="URI">https://x</idno></publicationStmt>
    <sourceDesc><msDesc><msIdentifier><settlement>Oxford</settlement><repository>Bodleian
      Library</repository><idno>MS 1</idno></msIdentifier></msDesc>
    <msDesc><msIdentifier><institution>BAR</institution></msIdentifier></msDesc><bibl type="printed"/></sourceDesc>
  </fileDesc><profileDesc><langUsage><language ident="hy"/></langUsage>
  <creation><date when="1201">in 1201</date></creation></profileDesc></teiHeader><text><body><p/></body></text></TEI>)";
  Metadata m = read_tei_metadata(parse_xml(xml, "x.xml"), "x.xml");
  EXPECT_EQ(m.title, "Letter of Ivan");
  EXPECT_EQ(m.authors, std::vector<std::string>{"Ivan"});
  EXPECT_EQ(m.editors, std::vector<std::string>{"Ed"});
  EXPECT_EQ(m.other_credits, (std::vector<Credit>{{"Encoded by", "Someone"}}));
  EXPECT_EQ(m.publisher, "Library");
  EXPECT_EQ(m.source_url, "https://x");
  ASSERT_EQ(m.archives.size(), 2u);
  EXPECT_EQ(m.archives[0].archive_name, "Bodleian Library");
  EXPECT_EQ(m.archives[1].archive_name, "BAR");
  EXPECT_TRUE(m.published_sources.empty());
  EXPECT_EQ(m.original_languages, std::vector<std::string>{"hy"});
  EXPECT_EQ(m.date, "1201");
}

TEST(TeiHeader, LetterDateFromCorrespDescWhenNoCreationDate) {
  const char* xml = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><correspDesc>
    <correspAction type="sent"><persName>A</persName><date when="1851-01-01">[1851?]</date></correspAction>
    </correspDesc></profileDesc></teiHeader></TEI>)";
  Metadata m = read_tei_metadata(parse_xml(xml, "x.xml"), "x.xml");
  EXPECT_EQ(m.date, "1851-01-01");
  EXPECT_EQ(m.authors, std::vector<std::string>{"A"});
}

TEST(TeiHeader, ArchivalReferenceShape) {
  Metadata m;
  m.archives = {{"AVPRF", "Archive of Foreign Policy of the Russian Federation", "059a", "5a", "4", "11",
                 "0145-0146", "Opis not given", "AVP RF, Fond 059a"}};
  Diagnostics diags;
  XmlNode header = encode_tei_header(m, TextLanguages{}, diags);
  EXPECT_EQ(testing::fragment(*testing::find_element(header, "msDesc")),
            "<msDesc><msIdentifier><repository><choice><abbr>AVPRF</abbr>"
            "<expan>Archive of Foreign Policy of the Russian Federation</expan></choice></repository>"
            "<idno type=\"fond\">059a</idno><idno type=\"opis\">5a</idno><idno type=\"delo\">4</idno>"
            "<idno type=\"papka\">11</idno></msIdentifier><msContents><msItem>"
            "<locus from=\"145\" to=\"146\">0145-0146</locus><bibl>AVP RF, Fond 059a</bibl>"
            "<note>Opis not given</note></msItem></msContents></msDesc>");
}

TEST(TeiHeader, CreditsFundersAndPublication) {
  Metadata m;
  m.title = "T";
  m.translators = {"Gary Goldberg"};
  m.other_credits = {{"obtained by", "Kathryn Weathersby"}};
  m.funders = {"Leon Levy Foundation"};
  m.source_url = "https://digitalarchive.wilsoncenter.org/document/119377";
  Diagnostics diags;
  XmlNode header = encode_tei_header(m, TextLanguages{}, diags);
  EXPECT_EQ(testing::fragment(*testing::find_element(header, "titleStmt")),
            "<titleStmt><title>T</title><respStmt><resp ref=\"http://id.loc.gov/vocabulary/relators/trl\">"
            "translated by</resp><persName>Gary Goldberg</persName></respStmt><respStmt><resp>obtained by</resp>"
            "<persName>Kathryn Weathersby</persName></respStmt><funder>Leon Levy Foundation</funder></titleStmt>");
  EXPECT_EQ(testing::fragment(*testing::find_element(header, "publicationStmt")),
            "<publicationStmt><publisher/><idno type=\"URL\">"
            "https://digitalarchive.wilsoncenter.org/document/119377</idno></publicationStmt>");
}

TEST(TeiHeader, ProfileDescription) {
  Metadata m;
  m.summary = "S";
  m.date = "1948-10-12";
  m.original_languages = {"Russian", "chinese"};
  m.document_type = "Telephone Message";
  m.authors = {"I. Stalin"};
  m.recipients = {"Kim Il Sung"};
  m.signers = {"I. Stalin"};
  Diagnostics diags;
  XmlNode header = encode_tei_header(m, TextLanguages{}, diags);
  EXPECT_TRUE(diags.items().empty());
  EXPECT_EQ(testing::fragment(*testing::find_element(header, "profileDesc")),
            "<profileDesc><abstract><p>S</p></abstract><creation><date when=\"1948-10-12\">1948-10-12</date>"
            "</creation><langUsage><language ident=\"ru\">Russian</language><language ident=\"zh\">chinese"
            "</language><language ident=\"en\" usage=\"100\">English</language></langUsage><textClass><keywords><term type=\"documentType\">Telephone Message</term>"
            "</keywords></textClass><correspDesc><correspAction type=\"sent\"><persName>I. Stalin</persName>"
            "</correspAction><correspAction type=\"received\"><persName>Kim Il Sung</persName></correspAction>"
            "</correspDesc><particDesc><listPerson><person role=\"signer\"><persName>I. Stalin</persName>"
            "</person></listPerson></particDesc></profileDesc>");
}

TEST(TeiHeader, StatesWhatADepositNeedsWhenThePageDoesNotSayIt) {
  Metadata m;
  m.document_type = "Ciphered Telegram";
  m.date = "1950-02-07";
  m.original_languages = {"Russian"};
  Diagnostics diags;
  XmlNode header = encode_tei_header(m, TextLanguages{}, diags);
  EXPECT_EQ(testing::fragment(*testing::find_element(header, "titleStmt")),
            "<titleStmt><title type=\"supplied\">Ciphered Telegram, 1950-02-07</title><respStmt>"
            "<resp ref=\"http://id.loc.gov/vocabulary/relators/trl\">translated by</resp>"
            "<name type=\"unknown\">not stated in the source</name></respStmt></titleStmt>");
  // None of it is read back as the source's own statement.
  Metadata back = through_tei(m);
  EXPECT_EQ(back.title, "");
  EXPECT_TRUE(back.translators.empty());
  EXPECT_EQ(back.original_languages, std::vector<std::string>{"Russian"});
}

TEST(TeiHeader, AnEnglishOriginalIsNotATranslation) {
  Metadata m;
  m.title = "Memorandum";
  m.original_languages = {"English"};
  Diagnostics diags;
  TextLanguages text;
  text.originals = {"en"};
  XmlNode header = encode_tei_header(m, text, diags);
  EXPECT_EQ(testing::fragment(*testing::find_element(header, "titleStmt")), "<titleStmt><title>Memorandum</title></titleStmt>");
  EXPECT_EQ(testing::fragment(*testing::find_element(header, "langUsage")),
            "<langUsage><language ident=\"en\" usage=\"100\">English</language></langUsage>");
}

TEST(TeiHeader, WarnsAboutWhatItCannotNormalise) {
  Metadata m;
  m.date = "7.II.50";
  m.original_languages = {"Klingon"};
  Diagnostics diags;
  encode_tei_header(m, TextLanguages{}, diags);
  ASSERT_EQ(diags.items().size(), 2u);
  EXPECT_EQ(diags.items()[0].code, "tei-date-not-iso");
  EXPECT_EQ(diags.items()[1].code, "tei-unknown-language");
}

struct FolioCase {
  const char* listy;
  const char* from;
  const char* to;
};

class Folios : public ::testing::TestWithParam<FolioCase> {};

TEST_P(Folios, Normalise) {
  FolioRange r = normalise_folios(GetParam().listy);
  EXPECT_EQ(r.from, GetParam().from);
  EXPECT_EQ(r.to, GetParam().to);
}

INSTANTIATE_TEST_SUITE_P(Table, Folios,
                         ::testing::Values(FolioCase{"0098-0099", "98", "99"}, FolioCase{"94-97", "94", "97"},
                                           FolioCase{"0113", "113", "113"}, FolioCase{"12ob.", "12v", "12v"},
                                           FolioCase{"12 ob", "12v", "12v"}, FolioCase{"5-5ob.", "5", "5v"},
                                           FolioCase{"12r", "12r", "12r"}, FolioCase{"145\xE2\x80\x93" "146", "145", "146"},
                                           FolioCase{"0", "0", "0"}, FolioCase{"5, 7-9", "", ""},
                                           FolioCase{"1-2-3", "", ""}, FolioCase{"n/a", "", ""}));

}  // namespace
}  // namespace archtei
