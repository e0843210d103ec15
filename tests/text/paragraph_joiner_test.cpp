// Lines -> paragraph units: blank lines, hard wraps, broken words, mid-sentence splits.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "body_test_util.h"
#include "text/paragraph_joiner.h"

namespace archtei {
namespace {

std::vector<std::string> unit_texts(std::string_view input) {
  std::vector<std::string> out;
  for (const TextUnit& u : split_units(test::lines_of(input))) out.push_back(join_prose(u.lines).text);
  return out;
}

struct JoinCase {
  const char* name;
  const char* input;
  std::vector<std::string> expected;
};

class JoinCases : public ::testing::TestWithParam<JoinCase> {};

TEST_P(JoinCases, SplitsAndJoins) { EXPECT_EQ(unit_texts(GetParam().input), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    Units, JoinCases,
    ::testing::Values(
        JoinCase{"blank lines separate", "First paragraph.\n\nSecond paragraph.\n",
                 {"First paragraph.", "Second paragraph."}},
        JoinCase{"hard wrap joined",
                 "The delegation arrived on Monday and was met at the station by the\n"
                 "deputy minister and several officials of the foreign ministry who\n"
                 "accompanied it to the residence.\n",
                 {"The delegation arrived on Monday and was met at the station by the deputy minister and several "
                  "officials of the foreign ministry who accompanied it to the residence."}},
        JoinCase{"broken accented word", "should send such a communiqu\n\xC3\xA9 to the chairman of the Assembly.\n",
                 {"should send such a communiqu\xC3\xA9 to the chairman of the Assembly."}},
        JoinCase{"hyphenated word", "the diplo-\nmatic relations were restored.\n",
                 {"the diplomatic relations were restored."}},
        JoinCase{"capitalised compound keeps its hyphen", "the Soviet-\nAmerican commission met again.\n",
                 {"the Soviet-American commission met again."}},
        JoinCase{"sentence split by a blank line",
                 "When we sign the treaty no one will dare attack. I think that\n\nwe will manage to come in the autumn.\n",
                 {"When we sign the treaty no one will dare attack. I think that we will manage to come in the autumn."}},
        JoinCase{"short lines stay apart", "25 December 1951\nNo. 396\nCopies: Molotov, Malenkov.\n",
                 {"25 December 1951", "No. 396", "Copies: Molotov, Malenkov."}},
        JoinCase{"one paragraph per line",
                 "This first paragraph is long enough to be a paragraph of its own and it ends with a full stop "
                 "as paragraphs do in pages copied from a browser window.\n"
                 "The second paragraph follows on the next line without a blank line between them, as in text "
                 "copied from a web page by a researcher.\n",
                 {"This first paragraph is long enough to be a paragraph of its own and it ends with a full stop as "
                  "paragraphs do in pages copied from a browser window.",
                  "The second paragraph follows on the next line without a blank line between them, as in text copied "
                  "from a web page by a researcher."}},
        JoinCase{"list items start units",
                 "We propose the following:\n1. To send a delegation.\n2. To publish a statement.\n",
                 {"We propose the following:", "1. To send a delegation.", "2. To publish a statement."}},
        JoinCase{"open bracket spans blank lines", "[faded stamp:\n\n01234-gs\n\n20 May 1958]\n\nText follows here.\n",
                 {"[faded stamp: 01234-gs 20 May 1958]", "Text follows here."}},
        JoinCase{"closer lines are not a wrapped sentence", "12 October 1948\nsent by Yerofeyev\n",
                 {"12 October 1948", "sent by Yerofeyev"}},
        JoinCase{"address lines start lower case but stay one unit",
                 "to Mr. Kim Il Sung\nChairman of the Cabinet of Ministers of\nthe Democratic People's Republic\n",
                 {"to Mr. Kim Il Sung",
                  "Chairman of the Cabinet of Ministers of the Democratic People's Republic"}},
        JoinCase{"rule lines are dropped", "Text of the letter.\n\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\nx/ A note.\n",
                 {"Text of the letter.", "x/ A note."}},
        JoinCase{"a copy that sets a blank line after every line of print",
                 "The delegation arrived on Monday and was met at the station by the\n\n"
                 "deputy minister and several officials of the foreign ministry, who\n\n"
                 "accompanied it to the residence.\n\n"
                 "On Tuesday the talks opened in the hall of the Council of Ministers\n\n"
                 "with a statement by the head of the delegation, Comrade Ivanov, and\n\n"
                 "Comrade Petrov.\n\n"
                 "The minister answered that the government of the republic is ready\n\n"
                 "to sign the agreement.\n",
                 {"The delegation arrived on Monday and was met at the station by the deputy minister and several "
                  "officials of the foreign ministry, who accompanied it to the residence.",
                  "On Tuesday the talks opened in the hall of the Council of Ministers with a statement by the head "
                  "of the delegation, Comrade Ivanov, and Comrade Petrov.",
                  "The minister answered that the government of the republic is ready to sign the agreement."}},
        JoinCase{"one-line paragraphs apart, even where some end without a full stop",
                 "We did not disclose the object of the factory\n\nWe did not commit to inspection\n\n"
                 "We mentioned and stressed sovereignty in the timing of friendly inspections,\n\n"
                 "We did not break from the content of the letters\n\n"
                 "The French inspection procedure on the fuel before start-up\n\n[Unclear scribble]\n\n"
                 "Next point.\n\nLast point.\n",
                 {"We did not disclose the object of the factory", "We did not commit to inspection",
                  "We mentioned and stressed sovereignty in the timing of friendly inspections,",
                  "We did not break from the content of the letters",
                  "The French inspection procedure on the fuel before start-up", "[Unclear scribble]", "Next point.",
                  "Last point."}},
        JoinCase{"runs of spaces collapse", "the words  \xE2\x80\x98" "by the end\xE2\x80\x9D  here\n",
                 {"the words \xE2\x80\x98" "by the end\xE2\x80\x9D here"}}));

TEST(ParagraphJoiner, KeptLinesUseNewlines) {
  std::vector<TextUnit> units = split_units(test::lines_of("[handwritten: a second copy\nwas sent to Moscow]\n"));
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(join_kept_lines(units[0].lines).text, "[handwritten: a second copy\nwas sent to Moscow]");
}

TEST(ParagraphJoiner, PositionsPointAtEachLine) {
  std::vector<TextUnit> units = split_units(test::lines_of("\n  first line of a paragraph that wraps\nsecond line.\n"));
  ASSERT_EQ(units.size(), 1u);
  JoinedText j = join_prose(units[0].lines);
  EXPECT_EQ(j.positions.at(0), (SourcePos{2, 3}));
  EXPECT_EQ(j.positions.at(j.text.find("second")), (SourcePos{3, 1}));
}

TEST(ParagraphJoiner, RuleMarksTheNextUnit) {
  std::vector<TextUnit> units = split_units(test::lines_of("Text.\n______\nx/ Note.\n"));
  ASSERT_EQ(units.size(), 2u);
  EXPECT_FALSE(units[0].after_rule);
  EXPECT_TRUE(units[1].after_rule);
}

TEST(ParagraphJoiner, HugeParagraphIsOneUnit) {
  std::vector<std::string> input(100000, "word and more words in a long wrapped paragraph line");
  std::vector<TextUnit> units = split_units(test::numbered_lines(input));
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].lines.size(), 100000u);
}

struct MarkerCase {
  const char* input;
  bool is_item;
  const char* label;
};

class MarkerCases : public ::testing::TestWithParam<MarkerCase> {};

TEST_P(MarkerCases, ReadsListMarkers) {
  std::string label;
  bool got = list_marker_at_start(GetParam().input, &label);
  EXPECT_EQ(got, GetParam().is_item) << GetParam().input;
  if (got) {
    EXPECT_EQ(label, GetParam().label);
  }
}

INSTANTIATE_TEST_SUITE_P(Markers, MarkerCases,
                         ::testing::Values(MarkerCase{"1. Regarding the budget", true, "1."},
                                           MarkerCase{"12) Twelfth point", true, "12)"},
                                           MarkerCase{"a) to send", true, "a)"},
                                           MarkerCase{"(b) to allocate", true, "(b)"},
                                           MarkerCase{"(3) third", true, "(3)"},
                                           MarkerCase{"- Right now the state", true, "-"},
                                           MarkerCase{"\xE2\x80\xA2 bullet", true, "\xE2\x80\xA2"},
                                           MarkerCase{"1 - Cde. A. A. Gromyko", true, "1 -"},
                                           MarkerCase{"1950 was a difficult year", false, ""},
                                           MarkerCase{"1950. The year", false, ""},
                                           MarkerCase{"8.II.1950", false, ""},
                                           MarkerCase{"1.5 million tons", false, ""},
                                           MarkerCase{"A. Gromyko", false, ""},
                                           MarkerCase{"1.", false, ""}));

}  // namespace
}  // namespace archtei
