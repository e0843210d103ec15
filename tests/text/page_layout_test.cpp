// split_page: which lines of a page are chrome, labelled metadata, title/date, and text.
#include <gtest/gtest.h>

#include "text/page_layout.h"
#include "text/source_text.h"

namespace archtei {
namespace {

PageRegions layout(std::string_view page) { return split_page(split_source_lines(page, "t.txt")); }

std::vector<std::string> text_of(const PageRegions& r) {
  std::vector<std::string> out;
  for (const auto& l : r.text_lines) out.push_back(l.text);
  return out;
}

std::string field(const PageRegions& r, std::string_view label) {
  for (const auto& f : r.fields)
    if (f.label == label) return f.value;
  return "<none>";
}

TEST(PageLayout, LabelledBlocksBeforeTheText) {
  auto r = layout(
      "\n\nMarch 3, 1953\n\nLetter from Bulganin to Malenkov\n\nCitation:\n\n"
      "\"Letter from Bulganin to Malenkov\", March 3, 1953, Wilson Center Digital Archive, GARF, f. 5446. "
      "Translated by Jane Doe.\n<https://example.org/document/1>\n\nSummary:\n\nBulganin asks for a meeting.\n\n"
      "Credits:\n\nThis document was made possible with support from Some Foundation\n\n"
      "Original Language:\n\nRussian\n\nContents:\n\nTranslation - English\n\n"
      "To Comrade Malenkov\n\nI ask you to receive me.\n\nN. Bulganin\n");
  EXPECT_EQ(r.date_line, "March 3, 1953");
  EXPECT_EQ(r.title_line, "Letter from Bulganin to Malenkov");
  EXPECT_EQ(field(r, "summary"), "Bulganin asks for a meeting.");
  EXPECT_EQ(field(r, "languages"), "Russian");
  EXPECT_EQ(field(r, "credits"), "This document was made possible with support from Some Foundation");
  EXPECT_NE(field(r, "citation").find("GARF, f. 5446"), std::string::npos);
  EXPECT_NE(field(r, "citation").find("<https://example.org/document/1>"), std::string::npos);
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"To Comrade Malenkov", "", "I ask you to receive me.", "",
                                                   "N. Bulganin"}));
}

TEST(PageLayout, DateAndTitleOnOneLine) {
  auto r = layout("June 1, 1961 Excerpts from a Diary\n\nCitation:\n\n\"Excerpts\", June 1, 1961, X.\n\n"
                  "Contents:\n\nTranslation - English\n\nThe text.\n");
  EXPECT_EQ(r.date_line, "June 1, 1961");
  EXPECT_EQ(r.title_line, "Excerpts from a Diary");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"The text."}));
}

TEST(PageLayout, ChromeAndABulletCitationBeforeTheText) {
  auto r = layout(
      "Search in\n\nDigital Archive International History Declassified\n\nMay 5, 1950\n\n\n"
      "  \xE2\x80\xA2 Citation\n\n    get citation\n\n"
      "    Someone proposes something to someone else about a matter of some importance to both.\n"
      "    \"Note from A to B,\" May 5, 1950, History and Public Policy Program Digital Archive, RGANI, f. 5.\n"
      "  \xE2\x80\xA2 share document\n\n\nEnglish HTML\n\nTo Comrade B.\n\nThe note itself.\n");
  EXPECT_EQ(r.date_line, "May 5, 1950");
  EXPECT_EQ(r.title_line, "");
  const std::string citation = field(r, "citation");
  EXPECT_NE(citation.find("Someone proposes"), std::string::npos);
  EXPECT_NE(citation.find("\"Note from A to B,\""), std::string::npos);
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"To Comrade B.", "", "The note itself."}));
}

TEST(PageLayout, MarkdownFurnitureAndBareSiteAddressAreChrome) {
  auto r = layout("**Wilson\nCenter**\n\nDigital Archive\nInternational History Declassified\n\n"
                  "digitalarchive.wilsoncenter.org\n\nApril 2, 1949\n\nA Title\n\nContents:\n\n"
                  "Translation - English\n\nBody line.\n");
  EXPECT_EQ(r.date_line, "April 2, 1949");
  EXPECT_EQ(r.title_line, "A Title");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"Body line."}));
  for (const auto& f : r.fields) EXPECT_NE(f.label, "leading") << f.value;
}

TEST(PageLayout, TextFirstThenSummaryCitationAndFooter) {
  auto r = layout(
      "TOP SECRET\n\xC2\xA0\nTo Comrade X\n\xC2\xA0\nThe first paragraph of the telegram itself.\n\xC2\xA0\n"
      "[signature]\n"
      " A writes to X about the first paragraph and what it means for the talks that follow.\n"
      " Records from some archive shed light on the talks of that year and the years after.\n\n\n"
      "Go to Sources & Methods \n\n  Citation\n\n    Telegram, A to X\n\n"
      "      \"Telegram, A to X\", May 1, 1950, Wilson Center Digital Archive, RGASPI, f. 1.\n"
      "         https://example.org/document/2\n\n"
      "     About Digital Archive\n\n     The Wilson Center Digital Archive is a resource where...\n     Donate\n");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"TOP SECRET", "", "To Comrade X", "",
                                                   "The first paragraph of the telegram itself.", "",
                                                   "[signature]"}));
  EXPECT_EQ(field(r, "summary"),
            "A writes to X about the first paragraph and what it means for the talks that follow.");
  const std::string citation = field(r, "citation");
  EXPECT_NE(citation.find("Telegram, A to X\n"), std::string::npos);
  EXPECT_NE(citation.find("https://example.org/document/2"), std::string::npos);
  EXPECT_EQ(citation.find("Donate"), std::string::npos);
}

TEST(PageLayout, DocumentInformationAfterTheText) {
  auto r = layout(
      "Record of a Conversation between A and B\n\nThe text of the record, first paragraph.\n\nSecond paragraph.\n\n"
      "Document Information\n\nSource\n\nGARF, f. 1, op. 2, d. 3.\n\nRights\n\nSome rights statement.\n\n"
      "Original Uploaded Date\n\n2012-01-01\n\nType\n\nMemorandum\n\nLanguage\n\nRussian\n\n"
      "Associated Places\n\nMoscow\n");
  // Without a text marker the title line is told apart by the reader, which knows the title.
  EXPECT_EQ(r.title_line, "");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"Record of a Conversation between A and B", "", "The text of the record, first paragraph.", "",
                                                   "Second paragraph."}));
  EXPECT_EQ(field(r, "source"), "GARF, f. 1, op. 2, d. 3.");
  EXPECT_EQ(field(r, "type"), "Memorandum");
  EXPECT_EQ(field(r, "languages"), "Russian");
  EXPECT_EQ(field(r, "unplaced"), "Some rights statement.");
}

TEST(PageLayout, ABareFieldWordInsideTheTextStaysText) {
  auto r = layout("Contents:\n\nTranslation - English\n\nFirst.\n\nSource\n\nThe source of the rumour was unclear.\n");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"First.", "", "Source", "",
                                                   "The source of the rumour was unclear."}));
}

TEST(PageLayout, EmptyLabelValuesDoNotSwallowTheNextBlock) {
  auto r = layout("Title Line\n\nSummary:\n\nCredits:\n\nOriginal Language:\n\nRussian\n\nContents:\n\n"
                  "Translation - English\n\nText.\n");
  EXPECT_EQ(field(r, "summary"), "");
  EXPECT_EQ(field(r, "credits"), "");
  EXPECT_EQ(field(r, "languages"), "Russian");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"Text."}));
}

TEST(PageLayout, InlineLabelValues) {
  auto r = layout("Original Language: Chinese\nSummary: A short summary.\n\nContents:\n\nTranslation - English\n\nText.\n");
  EXPECT_EQ(field(r, "languages"), "Chinese");
  EXPECT_EQ(field(r, "summary"), "A short summary.");
}

TEST(PageLayout, FlattenedPdfTextIsSplitAtItsLabels) {
  auto r = layout(
      "Cable from A to B Citation: \"Cable from A to B\", July 4, 1956, Wilson Center Digital Archive, "
      "PRC FMA 109-00001-01. Summary: A cable about a visit that took place in the summer of that year. "
      "Original Language: Chinese Contents: Translation - English To the Foreign Ministry: The visit went well.");
  EXPECT_EQ(r.title_line, "Cable from A to B");
  EXPECT_NE(field(r, "citation").find("PRC FMA 109-00001-01"), std::string::npos);
  EXPECT_EQ(field(r, "summary"), "A cable about a visit that took place in the summer of that year.");
  EXPECT_EQ(field(r, "languages"), "Chinese");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"To the Foreign Ministry: The visit went well."}));
}

TEST(PageLayout, SkipToContentAndFooterNeverReachTheText) {
  auto r = layout("Skip to content\n\nContents:\n\nTranslation - English\n\nText.\n\nAbout the Archive\n\nMore.\n");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"Text."}));
}

TEST(PageLayout, APageWithNoLayoutIsAllText) {
  auto r = layout("Just a paragraph.\n\nAnd another.\n");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"Just a paragraph.", "", "And another."}));
}

TEST(PageLayout, InlineLabelLinesEndAtTheirLineEvenWithoutBlankLines) {
  auto r = layout("Title: Order No. 1\nDate: 10/14/50\nSource: NARA, RG 242.\nOriginal language: Korean\n"
                  "--------------------\nORDER No. 1\nThe enemy has crossed the river.\n");
  EXPECT_EQ(field(r, "languages"), "Korean");
  EXPECT_EQ(field(r, "title"), "Order No. 1");
  EXPECT_EQ(field(r, "date"), "10/14/50");
  EXPECT_EQ(field(r, "source"), "NARA, RG 242.");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"ORDER No. 1", "The enemy has crossed the river."}));
}

TEST(PageLayout, SourceBlockAfterAShortTextWithoutDocumentInformation) {
  auto r = layout(
      "October 2, 1959\n\nRecord of Conversation between N.S. Khrushchev and Mao Zedong\n\nEnglish HTML\n\n"
      "Khrushchev: We have already spoken about this.\n\nMao Zedong: We will release them.\n\n"
      "Source\n\nAPRF, f. 52, op. 1, d. 499, ll. 1-33.\n\n"
      "Original Archive\n\nArchive of the President of the Russian Federation (APRF)\n\nLanguage\n\nRussian\n");
  EXPECT_EQ(text_of(r), (std::vector<std::string>{"Khrushchev: We have already spoken about this.", "",
                                                   "Mao Zedong: We will release them."}));
  EXPECT_EQ(field(r, "source"), "APRF, f. 52, op. 1, d. 499, ll. 1-33.");
}

std::vector<std::string> nonblank_text_of(const PageRegions& r) {
  std::vector<std::string> out;
  for (const auto& l : r.text_lines)
    if (!l.text.empty()) out.push_back(l.text);
  return out;
}

TEST(PageLayout, ACopiedPdfLosesItsHostsNotesRunningHeadsAndCover) {
  auto r = layout(
      "telegram petrov ivanov 1950\n\nUpload: someone\n\nPost on 07-Apr-2018\n\n3 views\n\nCategory:\n\n"
      "Documents\n\n\xE2\x80\xA2 8/4/2019 Telegram Petrov Ivanov 1950\n\n"
      "CCold War International History Project\n\nCollection: The Cold War in Europe\n\n"
      "Telegram from Petrov to Ivanov\n\n"
      "Petrov reports on the talks with the delegation of the republic and asks\n\nfor instructions.\n\n"
      "The talks opened on Monday in the presence of the minister.\n\n"
      "\xE2\x80\xA2 8/4/2019 Telegram Petrov Ivanov 1950\n\n"
      "The minister asked for a reply by Friday.\n");
  EXPECT_EQ(r.title_line, "Telegram from Petrov to Ivanov");
  EXPECT_EQ(field(r, "leading"),
            "Petrov reports on the talks with the delegation of the republic and asks for instructions.");
  EXPECT_EQ(field(r, "unplaced"), "The Cold War in Europe");
  EXPECT_EQ(nonblank_text_of(r), (std::vector<std::string>{"The talks opened on Monday in the presence of the minister.",
                                                            "The minister asked for a reply by Friday."}));
}

TEST(PageLayout, DatedLinesAreRunningHeadsOnlyWhenRepeatedUnchanged) {
  auto r = layout(
      "Moscow, 12 March 1950\n\nThe first telegram was sent.\n\nMoscow, 14 March 1950\n\n"
      "The second telegram was sent.\n\n12 September 1950\n\nA third.\n\n12 September 1950\n\nA fourth.\n");
  EXPECT_EQ(nonblank_text_of(r),
            (std::vector<std::string>{"Moscow, 12 March 1950", "The first telegram was sent.", "Moscow, 14 March 1950",
                                      "The second telegram was sent.", "12 September 1950", "A third.",
                                      "12 September 1950", "A fourth."}));
}

TEST(PageLayout, ACoverPrintedTwiceIsNotTakenForTheText) {
  // The host's summary of the PDF (one flattened line, with a text marker), then the PDF's
  // own cover, whose date and title come right after that marker, then the document.
  auto r = layout(
      "Digital Archive International History Declassified digitalarchive.wilsoncenter.org March 21, 1972 "
      "Memorandum of Conversation between Able "
      "and Baker Citation: \xE2\x80\x9CMemorandum of Conversation between Able and Baker,\xE2\x80\x9D March 21, 1972, "
      "History and Public Policy Program Digital Archive, Some Presidential Library (Box 19). Summary: Able and Baker "
      "talk about philosophy. Original Language: English Contents: English Transcription\n\nUpload: others\n\n"
      "March 21, 1972Memorandum of Conversation between Able\n\nand Baker\n\nCitation:\n\n"
      "\xE2\x80\x9CMemorandum of Conversation between Able and Baker,\xE2\x80\x9D March21, 1972, History and Public "
      "Policy Program Digital Archive, Some Presidential Library (Box 19).\n\nSummary:\n\nAble and Baker talk about "
      "philosophy.\n\nMEMORANDUM\n\nPARTICIPANTS:\n\nMr. Able, Chairman of the Council\n\n"
      "Mr. Baker, President of the Republic\n");
  EXPECT_EQ(nonblank_text_of(r), (std::vector<std::string>{"MEMORANDUM", "PARTICIPANTS:",
                                                            "Mr. Able, Chairman of the Council",
                                                            "Mr. Baker, President of the Republic"}));
  EXPECT_EQ(r.date_line, "March 21, 1972");
  EXPECT_EQ(r.title_line, "Memorandum of Conversation between Able and Baker");
}

TEST(PageLayout, AShortTextInTheSummarysWordsIsStillTheText) {
  auto r = layout(
      "Citation:\n\n\"Telegram from Petrov to Ivanov,\" March 3, 1950, History and Public Policy Program Digital "
      "Archive, AVPRF, f. 07.\n\nSummary:\n\nPetrov: Agree with the proposal of Ivanov.\n\n"
      "Translation - English\n\nAgree with the proposal. Petrov\n\nOriginal Archive:\n\nAVPRF\n\nNote\n");
  EXPECT_EQ(nonblank_text_of(r), (std::vector<std::string>{"Agree with the proposal. Petrov"}));
}

}  // namespace
}  // namespace archtei
