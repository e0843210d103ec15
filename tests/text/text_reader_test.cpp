// Tests of the text reader's record: how the references, sources, credits and dates of a
// page's blocks and citation come together.
#include "text/text_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace archtei {
namespace {

Metadata read(const std::string& page) {
  Diagnostics diags;
  return read_page(page, "input.txt", diags).metadata;
}

std::vector<std::string> archives(const Metadata& m) {
  std::vector<std::string> out;
  for (const auto& r : m.archives) out.push_back(r.archive + " | " + r.citation);
  return out;
}

// A labelled page around a citation, with a "Source" block and more after the text.
std::string page(const std::string& citation, const std::string& after_text = "") {
  return "\nMarch 5, 1953\n\nCable from the Embassy in Moscow\n\nCitation:\n\n" + citation +
         "\n\nSummary:\n\nThe embassy reports.\n\nContents:\n\nTranslation - English\n\nThe funeral took place "
         "today in the presence of many delegations.\n\n" +
         after_text;
}

TEST(ReadPage, OneReferenceWhenSourceAndCitationSpellTheArchiveDifferently) {
  struct Case {
    std::string source;
    std::string citation;
    std::vector<std::string> archives;
  };
  const std::vector<Case> cases = {
      {"AAN, KC PZPR, sygn. 237/XXII-345, k. 12-13.",
       "\"Cable from the Embassy in Moscow,\" March 5, 1953, History and Public Policy Program Digital Archive, "
       "Archiwum Akt Nowych (AAN), KC PZPR, sygn. 237/XXII-345, k. 12-13.",
       {"AAN | Archiwum Akt Nowych (AAN), KC PZPR, sygn. 237/XXII-345, k. 12-13"}},
      {"APRF, f. 52, op. 1, d. 499, ll. 1-33.",
       "\"Cable from the Embassy in Moscow,\" March 5, 1953, History and Public Policy Program Digital Archive, "
       "Archive of the President of the Russian Federation (APRF), fond 52, opis 1, delo 499, listy 1-33.",
       {"APRF | Archive of the President of the Russian Federation (APRF), fond 52, opis 1, delo 499, listy 1-33"}},
      // Another file of the same archive is another reference.
      {"APRF, f. 52, op. 1, d. 500, ll. 1-33.",
       "\"Cable from the Embassy in Moscow,\" March 5, 1953, History and Public Policy Program Digital Archive, "
       "APRF, f. 52, op. 1, d. 499, ll. 1-33.",
       {"APRF | APRF, f. 52, op. 1, d. 500, ll. 1-33", "APRF | APRF, f. 52, op. 1, d. 499, ll. 1-33"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.source);
    Metadata m = read(page(c.citation, "Document Information\n\nSource\n\n" + c.source + "\n\nRights\n\nReuse welcome.\n"));
    EXPECT_EQ(archives(m), c.archives);
  }
}

TEST(ReadPage, StatementsAmongTheCreditsGoWhereTheySay) {
  Metadata m = read(page(
      "\"Cable from the Embassy in Moscow\", c. 1953, Wilson Center Digital Archive, Central Archives of the Chinese "
      "Communist Party. Translated by Chen Jian. Original language: Chinese. Published in CWIHP Bulletin 6-7 (Winter "
      "1995/1996), p. 216. Reviewed in passing."));
  EXPECT_EQ(m.translators, std::vector<std::string>{"Chen Jian"});
  EXPECT_EQ(m.original_languages, std::vector<std::string>{"Chinese"});
  EXPECT_EQ(m.published_sources, std::vector<std::string>{"CWIHP Bulletin 6-7 (Winter 1995/1996), p. 216"});
  EXPECT_EQ(m.warnings, std::vector<std::string>{"unplaced credit: Reviewed in passing"});
  EXPECT_EQ(m.date, "1953-03-05");  // the date line above the title wins over the citation's
}

TEST(ReadPage, StatementsInASourceBlockGoWhereTheySay) {
  Metadata m = read(page("\"Cable from the Embassy in Moscow\", March 5, 1953, Wilson Center Digital Archive.",
                         "Document Information\n\nSource\n\nRGANI, f. 5, op. 30, d. 335. Original language: Russian. "
                         "Record ID: 112088.\n\nRights\n\nReuse welcome.\n"));
  EXPECT_EQ(archives(m), std::vector<std::string>{"RGANI | RGANI, f. 5, op. 30, d. 335"});
  EXPECT_EQ(m.original_languages, std::vector<std::string>{"Russian"});
  EXPECT_EQ(m.warnings, (std::vector<std::string>{"Rights: Reuse welcome.", "Record ID: 112088"}));
}

TEST(ReadPage, OriginalArchiveNamesTheArchiveOfAReference) {
  const std::string citation =
      "\"Cable from the Embassy in Moscow\", March 5, 1953, Wilson Center Digital Archive, f. 5, op. 30, d. 335.";
  Metadata named = read(page(citation, "Document Information\n\nOriginal Archive\n\nRussian State Archive of "
                                       "Contemporary History (RGANI)\n\nRights\n\nReuse welcome.\n"));
  EXPECT_EQ(archives(named), std::vector<std::string>{"RGANI | f. 5, op. 30, d. 335"});
  EXPECT_TRUE(named.warnings.size() == 1 && named.warnings[0].starts_with("Rights: "));

  Metadata same = read(page(
      "\"Cable from the Embassy in Moscow\", March 5, 1953, Wilson Center Digital Archive, RGANI, f. 5, op. 30, d. "
      "335. Original Archive: Russian State Archive of Contemporary History. Translated by Gary Goldberg."));
  EXPECT_EQ(archives(same), std::vector<std::string>{"RGANI | RGANI, f. 5, op. 30, d. 335"});
  EXPECT_TRUE(same.warnings.empty());
}

TEST(ReadPage, AnUndatedLineStandsWhereTheDateWould) {
  for (std::string date_line : {"[undated]", "undated", "n.d."}) {
    SCOPED_TRACE(date_line);
    Metadata m = read("\n" + date_line +
                      "\n\nCable from the Embassy in Moscow\n\nCitation:\n\n\"Cable from the Embassy in Moscow\", c. "
                      "1953, Wilson Center Digital Archive, RGANI, f. 5, op. 30, d. 335.\n\nContents:\n\nTranslation - "
                      "English\n\nThe funeral took place today.\n");
    EXPECT_EQ(m.title, "Cable from the Embassy in Moscow");
    EXPECT_EQ(m.date, "1953");  // the citation's
    EXPECT_TRUE(m.warnings.empty());
  }
}

TEST(ReadPage, DatesAsRangesAndApproximations) {
  struct Case {
    std::string date_line;
    std::string iso;
  };
  const std::vector<Case> cases = {
      {"April 12-13, 1953", "1953-04-12/1953-04-13"},
      {"c. 1953", "1953"},
      {"Spring 1953", "1953"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.date_line);
    Metadata m = read("\n" + c.date_line +
                      "\n\nCable from the Embassy in Moscow\n\nCitation:\n\n\"Cable from the Embassy in Moscow\", " +
                      c.date_line +
                      ", Wilson Center Digital Archive, RGANI, f. 5, op. 30, d. 335.\n\nContents:\n\nTranslation - "
                      "English\n\nThe funeral took place today.\n");
    EXPECT_EQ(m.date, c.iso);
    EXPECT_EQ(m.title, "Cable from the Embassy in Moscow");
    EXPECT_EQ(m.publisher, "Wilson Center Digital Archive");
    EXPECT_TRUE(m.warnings.empty());
  }
}

// A page cut off in its summary, before the text: its record, a warning, and a body that
// says the text is missing. A page with nothing on it at all is still refused.
TEST(ReadText, APageCutOffBeforeItsTextGivesItsRecordAndMarksTheTextMissing) {
  Diagnostics diags;
  Document doc = read_text(
      "\nMarch 5, 1953\n\nCable from the Embassy in Moscow\n\nCitation:\n\n\"Cable from the Embassy in Moscow,\" "
      "March 5, 1953, Wilson Center Digital Archive, RGANI, f. 5, op. 30, d. 335.\n\nSummary:\n\nThe embassy "
      "reports on the fun",
      "input.txt", diags);
  EXPECT_EQ(doc.metadata.title, "Cable from the Embassy in Moscow");
  EXPECT_EQ(doc.metadata.date, "1953-03-05");
  ASSERT_EQ(doc.body.size(), 1u);
  ASSERT_EQ(doc.body.front().children.size(), 1u);
  EXPECT_EQ(doc.body.front().children.front().kind, BlockKind::BlockGap);
  EXPECT_EQ(doc.body.front().children.front().type, "missing");
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items().front().code, "no-text");

  Diagnostics none;
  EXPECT_THROW(read_text("\n  \n", "input.txt", none), Error);
}

}  // namespace
}  // namespace archtei
