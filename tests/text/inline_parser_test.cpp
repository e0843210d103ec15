// Editorial brackets, footnote markers and line breaks -> inline nodes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "body_test_util.h"
#include "text/body_parser.h"
#include "text/inline_parser.h"

namespace archtei {
namespace {

using test::leaf;
using test::node;
using test::text;

struct InlineCase {
  std::string input;
  std::vector<Inline> expected;
};

class InlineCases : public ::testing::TestWithParam<InlineCase> {};

TEST_P(InlineCases, ParsesBrackets) {
  const InlineCase& c = GetParam();
  EXPECT_EQ(test::without_pos(parse_inlines(c.input, {1, 1})), c.expected) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Brackets, InlineCases,
    ::testing::Values(
        InlineCase{"plain words only", {text("plain words only")}},
        InlineCase{"close [Translator's note: three words were crossed out] the",
                   {text("close "),
                    node(InlineKind::Note, "translator", {text("Translator's note: three words were crossed out")}),
                    text(" the")}},
        InlineCase{"close [Translator\xE2\x80\x99s note: curly] end",
                   {text("close "), node(InlineKind::Note, "translator", {text("Translator\xE2\x80\x99s note: curly")}),
                    text(" end")}},
        InlineCase{"[Ed. note: added later]",
                   {node(InlineKind::Note, "editorial", {text("Ed. note: added later")})}},
        InlineCase{"[handwritten: It comes to mind that] As is",
                   {node(InlineKind::Addition, "handwritten", {text("It comes to mind that")}), text(" As is")}},
        InlineCase{"close [inserted by hand: appropriate] relations",
                   {text("close "), node(InlineKind::Addition, "inserted by hand", {text("appropriate")}),
                    text(" relations")}},
        InlineCase{"[illegible signature, possibly Molotov]",
                   {leaf(InlineKind::Gap, "signature, possibly Molotov", "illegible")}},
        InlineCase{"a [...] b", {text("a "), leaf(InlineKind::Gap, "", "omitted"), text(" b")}},
        InlineCase{"a [\xE2\x80\xA6] b", {text("a "), leaf(InlineKind::Gap, "", "omitted"), text(" b")}},
        InlineCase{"text [19-20] more", {text("text "), leaf(InlineKind::PageBreak, "19-20"), text(" more")}},
        InlineCase{"text [Page 158] more", {text("text "), leaf(InlineKind::PageBreak, "158"), text(" more")}},
        InlineCase{"on 5 March [19]56 in", {text("on 5 March "), node(InlineKind::Supplied, "", {text("19")}), text("56 in")}},
        InlineCase{"in support of Vietnam.[2] I told him",
                   {text("in support of Vietnam."), leaf(InlineKind::NoteRef, "[2]"), text(" I told him")}},
        InlineCase{"the agency Tanjug[1]. They",
                   {text("the agency Tanjug"), leaf(InlineKind::NoteRef, "[1]"), text(". They")}},
        InlineCase{"the end. [12] The next", {text("the end. "), leaf(InlineKind::PageBreak, "12"), text(" The next")}},
        InlineCase{"in [1950] it", {text("in "), node(InlineKind::Supplied, "", {text("1950")}), text(" it")}},
        InlineCase{"[Stamp: Declassified 1993]", {node(InlineKind::Stamp, "", {text("Declassified 1993")})}},
        InlineCase{"[MFA stamp: Incoming 0157]", {node(InlineKind::Stamp, "", {text("MFA stamp: Incoming 0157")})}},
        InlineCase{"MID [Ministry of Foreign Affairs] DPRK",
                   {text("MID "), node(InlineKind::Supplied, "", {text("Ministry of Foreign Affairs")}), text(" DPRK")}},
        InlineCase{"in the USSR [u nas].",
                   {text("in the USSR "), node(InlineKind::Supplied, "", {text("u nas")}), text(".")}},
        InlineCase{"[handwritten: 20 [illegible month]1947]",
                   {node(InlineKind::Addition, "handwritten",
                         {text("20 "), leaf(InlineKind::Gap, "month", "illegible"), text("1947")})}},
        InlineCase{"[date left blank] October 1948",
                   {leaf(InlineKind::Gap, "date left blank", "blank"), text(" October 1948")}},
        InlineCase{"a mistake [sic] here",
                   {text("a mistake "), node(InlineKind::Note, "editorial", {text("sic")}), text(" here")}},
        InlineCase{"met Varnov [?] there",
                   {text("met "), node(InlineKind::Unclear, "", {text("Varnov")}), text(" there")}},
        InlineCase{"to Cdes. [[Varnov?]] and",
                   {text("to Cdes. "), node(InlineKind::Unclear, "", {text("Varnov?")}), text(" and")}},
        InlineCase{"to [[two names illegible]] and",
                   {text("to "), leaf(InlineKind::Gap, "two names illegible", "illegible"), text(" and")}},
        InlineCase{"[In the margins Stalin wrote \"yes\"]",
                   {node(InlineKind::Note, "margin", {text("In the margins Stalin wrote \"yes\"")})}},
        InlineCase{"one\ntwo", {text("one"), leaf(InlineKind::LineBreak, ""), text("two")}},
        InlineCase{"unbalanced [ bracket", {text("unbalanced [ bracket")}},
        InlineCase{"stray ] bracket", {text("stray ] bracket")}},
        InlineCase{"[a] ] [b", {node(InlineKind::Supplied, "", {text("a")}), text(" ] [b")}},
        InlineCase{"[handwritten] Mielke", {node(InlineKind::Note, "editorial", {text("handwritten")}), text(" Mielke")}},
        InlineCase{"[in handwriting] 12.IV.53",
                   {node(InlineKind::Note, "editorial", {text("in handwriting")}), text(" 12.IV.53")}},
        InlineCase{"[handwritten signature]", {leaf(InlineKind::Gap, "handwritten signature", "signature")}}));

TEST(InlineParser, FootnoteMarkersBecomeReferences) {
  PositionMap positions;
  positions.add(0, {3, 1});
  std::vector<NoteMarker> markers = {{"x/", "x/"}, {"1/", "1/"}};
  std::vector<Inline> got =
      test::without_pos(parse_inline_text("to Filippov [Stalin].x/ and/or on 13/5-50 and Molotov1/ too", positions, markers));
  std::vector<Inline> expected = {text("to Filippov "), node(InlineKind::Supplied, "", {text("Stalin")}), text("."),
                                  leaf(InlineKind::NoteRef, "x/", "x/"), text(" and/or on 13/5-50 and Molotov"),
                                  leaf(InlineKind::NoteRef, "1/", "1/"), text(" too")};
  EXPECT_EQ(got, expected);
}

TEST(InlineParser, BareNumbersGluedToTheTextBecomeReferences) {
  PositionMap positions;
  positions.add(0, {3, 1});
  std::vector<NoteMarker> markers = {{"1", "1"}, {"2", "2"}};
  std::vector<Inline> got = test::without_pos(
      parse_inline_text("the cult of personality.1 In 1961, No.2 and 3.2 were in full,2 then", positions, markers));
  std::vector<Inline> expected = {text("the cult of personality."), leaf(InlineKind::NoteRef, "1", "1"),
                                  text(" In 1961, No.2 and 3.2 were in full,"), leaf(InlineKind::NoteRef, "2", "2"),
                                  text(" then")};
  EXPECT_EQ(got, expected);
}

TEST(InlineParser, PositionsFollowTheSourceLines) {
  PositionMap positions;
  positions.add(0, {10, 1});
  positions.add(6, {11, 5});
  std::vector<Inline> got = parse_inline_text("first [second]", positions, {});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].pos, (SourcePos{10, 1}));
  EXPECT_EQ(got[1].pos, (SourcePos{11, 5}));
  EXPECT_EQ(got[1].children.at(0).pos, (SourcePos{11, 6}));
}

TEST(InlineParser, ReportsUnbalancedBrackets) {
  PositionMap positions;
  positions.add(0, {4, 1});
  InlineReport report;
  std::vector<Inline> got = parse_inline_text("ok [x] then [ open", positions, {}, &report);
  EXPECT_TRUE(report.unbalanced);
  EXPECT_EQ(report.first_unbalanced, (SourcePos{4, 13}));
  EXPECT_EQ(test::plain(got), "ok x then [ open");
}

TEST(InlineParser, DeepNestingKeepsEveryCharacter) {
  const std::size_t depth = 10000;
  std::string input = std::string(depth, '[') + "core" + std::string(depth, ']');
  std::vector<Inline> got = parse_inlines(input, {1, 1});
  // Interpretation stops at a fixed depth; what lies deeper is kept as text.
  std::string all = inline_plain_text(got);
  EXPECT_NE(all.find("core"), std::string::npos);
  std::size_t opens = 0;
  const Inline* cur = &got.at(0);
  while (!cur->children.empty()) {
    ++opens;
    cur = &cur->children.front();
  }
  EXPECT_LT(opens, 100u);
}

TEST(InlineParser, ManyBracketsInOneParagraph) {
  std::string input;
  for (int i = 0; i < 20000; ++i) input += "word [gloss] ";
  std::vector<Inline> got = parse_inlines(input, {1, 1});
  EXPECT_EQ(got.size(), 40001u);
}

}  // namespace
}  // namespace archtei
