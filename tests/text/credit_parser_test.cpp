// Tests of the credit parser: every phrasing of translators, contributors, editors, other
// roles and funders, and credit-like text that fits no role.
#include "text/credit_parser.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace archtei {

void PrintTo(const Credit& c, std::ostream* os) { *os << "{" << c.role << ": " << c.name << "}"; }

namespace {

struct CreditCase {
  std::string text;
  ParsedCredits expected;
};

ParsedCredits credits(std::vector<std::string> translators, std::vector<std::string> contributors = {},
                      std::vector<std::string> editors = {}, std::vector<Credit> other = {},
                      std::vector<std::string> funders = {}, std::vector<std::string> unplaced = {}) {
  return ParsedCredits{std::move(translators), std::move(contributors), std::move(editors),
                       std::move(other),       std::move(funders),      std::move(unplaced)};
}

void check(const CreditCase& c) {
  SCOPED_TRACE(c.text);
  ParsedCredits p = parse_credits(c.text);
  EXPECT_EQ(p.translators, c.expected.translators);
  EXPECT_EQ(p.contributors, c.expected.contributors);
  EXPECT_EQ(p.editors, c.expected.editors);
  EXPECT_EQ(p.other_credits, c.expected.other_credits);
  EXPECT_EQ(p.funders, c.expected.funders);
  EXPECT_EQ(p.unplaced, c.expected.unplaced);
}

TEST(ParseCredits, Phrasings) {
  const std::vector<CreditCase> cases = {
      {"Contributed by Sergey Radchenko and translated by Gary Goldberg.",
       credits({"Gary Goldberg"}, {"Sergey Radchenko"})},
      {"Translated by Gary Goldberg.", credits({"Gary Goldberg"})},
      {"Translated by Gary Goldberg", credits({"Gary Goldberg"})},
      {"Translated for NKIDP by Gary Goldberg.", credits({"Gary Goldberg"})},
      {"Translated from the Russian by Gary Goldberg for CWIHP.", credits({"Gary Goldberg"})},
      {"translated and edited by A. Smith, B. Jones, and C. Brown",
       credits({"A. Smith", "B. Jones", "C. Brown"}, {}, {"A. Smith", "B. Jones", "C. Brown"})},
      {"Translated and edited by A. Smith, B. Jones and C. Brown.",
       credits({"A. Smith", "B. Jones", "C. Brown"}, {}, {"A. Smith", "B. Jones", "C. Brown"})},
      {"Obtained by Sergey Radchenko; translated by Gary Goldberg",
       credits({"Gary Goldberg"}, {}, {}, {{"obtained by", "Sergey Radchenko"}})},
      {"Obtained and translated by Charles Kraus.",
       credits({"Charles Kraus"}, {}, {}, {{"obtained by", "Charles Kraus"}})},
      {"Obtained and translated for NKIDP by Balazs Szalontai.",
       credits({"Balazs Szalontai"}, {}, {}, {{"obtained by", "Balazs Szalontai"}})},
      {"Translated by Sergey Radchenko & Gary Goldberg", credits({"Sergey Radchenko", "Gary Goldberg"})},
      {"Contributed by James Person", credits({}, {"James Person"})},
      {"Obtained by James Person. Translation and annotation by Charles Kraus.",
       credits({"Charles Kraus"}, {}, {"Charles Kraus"}, {{"obtained by", "James Person"}})},
      {"Transcription and translation by Kim Min-ji", credits({"Kim Min-ji"}, {}, {}, {{"transcribed by", "Kim Min-ji"}})},
      {"Translation and introduction by Sergey Radchenko.", credits({"Sergey Radchenko"}, {}, {"Sergey Radchenko"})},
      {"Edited by Christian F. Ostermann.", credits({}, {}, {"Christian F. Ostermann"})},
      {"Transcribed by Jane Doe; donated by John Roe.",
       credits({}, {}, {}, {{"transcribed by", "Jane Doe"}, {"donated by", "John Roe"}})},
      {"Provided by the Sejong Institute.", credits({}, {}, {}, {{"provided by", "Sejong Institute"}})},
      {"Obtained by the Cold War International History Project and translated by Gary Goldberg.",
       credits({"Gary Goldberg"}, {}, {}, {{"obtained by", "Cold War International History Project"}})},
      {"Translator: Gary Goldberg", credits({"Gary Goldberg"})},
      {"Translated by Vladislav M. Zubok.", credits({"Vladislav M. Zubok"})},
      {"Translated by Kathryn Weathersby and Mark H. Doctoroff.",
       credits({"Kathryn Weathersby", "Mark H. Doctoroff"})},
      {"Donated by Dr. Jan van der Berg & Ludwig von Mises, Jr.",
       credits({}, {}, {}, {{"donated by", "Jan van der Berg"}, {"donated by", "Ludwig von Mises, Jr."}})},
      {"Document obtained by Christian Ostermann and translated by Bernd Schaefer. This document was made possible with "
       "support from Leon Levy Foundation.",
       credits({"Bernd Schaefer"}, {}, {}, {{"obtained by", "Christian Ostermann"}}, {"Leon Levy Foundation"})},
      {"Translated by Gary Goldberg; contributed by Sergey Radchenko.",
       credits({"Gary Goldberg"}, {"Sergey Radchenko"})},
      {"Translated by Gary Goldberg. Translated by Gary Goldberg.", credits({"Gary Goldberg"})},
      {"TRANSLATED BY GARY GOLDBERG", credits({"GARY GOLDBERG"})},
      {"Translated by Gary Goldberg\nThis document was made possible with support from Leon Levy Foundation",
       credits({"Gary Goldberg"}, {}, {}, {}, {"Leon Levy Foundation"})},
      {"Translated by Gary\nGoldberg and Sergey\r\nRadchenko", credits({"Gary Goldberg", "Sergey Radchenko"})},
  };
  for (const auto& c : cases) check(c);
}

TEST(ParseCredits, Funders) {
  const std::vector<CreditCase> cases = {
      {"This document was made possible with support from Leon Levy Foundation",
       credits({}, {}, {}, {}, {"Leon Levy Foundation"})},
      {"This document was made possible with support from the Leon Levy Foundation.",
       credits({}, {}, {}, {}, {"Leon Levy Foundation"})},
      {"Made possible with the generous support of the John D. and Catherine T. MacArthur Foundation and the Henry Luce "
       "Foundation.",
       credits({}, {}, {}, {}, {"John D. and Catherine T. MacArthur Foundation", "Henry Luce Foundation"})},
      {"Funded by the Korea Foundation, the Carnegie Corporation of New York, and the Ministry of Unification.",
       credits({}, {}, {}, {}, {"Korea Foundation", "Carnegie Corporation of New York", "Ministry of Unification"})},
      {"Translated by Gary Goldberg with support from the Henry Luce Foundation.",
       credits({"Gary Goldberg"}, {}, {}, {}, {"Henry Luce Foundation"})},
  };
  for (const auto& c : cases) check(c);
}

TEST(ParseCredits, TextWithoutARoleIsUnplaced) {
  const std::vector<CreditCase> cases = {
      {"Some weird credit line without role", credits({}, {}, {}, {}, {}, {"Some weird credit line without role"})},
      {"Translated by Gary Goldberg. Some unrelated text here.",
       credits({"Gary Goldberg"}, {}, {}, {}, {}, {"Some unrelated text here"})},
      {"Courtesy note: scan quality is poor; translated by Gary Goldberg.",
       credits({"Gary Goldberg"}, {}, {}, {}, {}, {"Courtesy note: scan quality is poor"})},
      {"The Wilson Center thanks the archive staff, the interns and many others for their help in preparing this "
       "document; translated by Gary Goldberg.",
       credits({"Gary Goldberg"}, {}, {}, {}, {},
               {"The Wilson Center thanks the archive staff, the interns and many others for their help in preparing "
                "this document"})},
      {"Translated by. Edited by Christian Ostermann.",
       credits({}, {}, {"Christian Ostermann"}, {}, {}, {"Translated by"})},
  };
  for (const auto& c : cases) check(c);
  EXPECT_EQ(parse_credits(""), ParsedCredits{});
  EXPECT_EQ(parse_credits(" . "), ParsedCredits{});
}

TEST(MergeCredits, SkipsNamesAlreadyThere) {
  ParsedCredits a = parse_credits("Translated by Gary Goldberg. Obtained by Sergey Radchenko.");
  merge_credits(a, parse_credits("Translated by Gary Goldberg and Anna Ivanova. Funded by the Leon Levy Foundation. "
                                 "Obtained by Sergey Radchenko."));
  EXPECT_EQ(a.translators, (std::vector<std::string>{"Gary Goldberg", "Anna Ivanova"}));
  EXPECT_EQ(a.other_credits, (std::vector<Credit>{{"obtained by", "Sergey Radchenko"}}));
  EXPECT_EQ(a.funders, (std::vector<std::string>{"Leon Levy Foundation"}));
}

TEST(FindCreditStart, SentencesAndClauses) {
  struct Case {
    std::string text;
    std::string from;  // the text from the credit start on; "" when none
  };
  const std::vector<Case> cases = {
      {"RGASPI, f. 558, op. 11, d. 106, ll. 0098-0099. Contributed by X and translated by Y.",
       "Contributed by X and translated by Y."},
      {"RGASPI, f. 17, op. 137, d. 947, ll. 5-6, translated by Gary Goldberg", "translated by Gary Goldberg"},
      {"APRF, f. 3. This document was made possible with support from Leon Levy Foundation",
       "This document was made possible with support from Leon Levy Foundation"},
      {"The Cold War in Asia, edited by James Hershberg (Washington, 1996), 45.", ""},
      {"APRF, Fond 3, Opis 65, Delo 829, Listy 94-97", ""},
      {"Obtained by X; translated by Y", "Obtained by X; translated by Y"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    std::size_t start = find_credit_start(c.text);
    EXPECT_EQ(start == std::string::npos ? std::string() : c.text.substr(start), c.from);
  }
}

TEST(StripHonorifics, WordsOfAddressGo) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Cde. Stalin", "Stalin"},
      {"Comrade STALIN I.V.", "STALIN I.V."},
      {"Mr. Kim Il Sung", "Kim Il Sung"},
      {"Tov. Molotov", "Molotov"},
      {"Ambassador Shtykov", "Shtykov"},
      {"Cde. Ambassador Puzanov", "Puzanov"},
      {"General Secretary Brezhnev", "Brezhnev"},
      {"Stalin", "Stalin"},
      {"General", "General"},
      {"  Cdes.  Kim  ", "Kim"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(strip_honorifics(in), out) << in;
}

// One qualifier stands between a role and its "by" ("translated for NKIDP from the Russian
// by"); a run of them is read once, not tried in every split of its words (forty of them
// once took longer than any test may run).
TEST(ParseCredits, AQualifierBeforeByIsReadOnce) {
  EXPECT_EQ(parse_credits("Translated for NKIDP from the Russian by Gary Goldberg.").translators,
            (std::vector<std::string>{"Gary Goldberg"}));
  std::string run = "Translated";
  for (int i = 0; i < 40; ++i) run += " for x";
  run += " by Ann Example.";
  const ParsedCredits pc = parse_credits(run);
  EXPECT_TRUE(pc.translators.empty());
  EXPECT_FALSE(pc.unplaced.empty());
}

}  // namespace
}  // namespace archtei
