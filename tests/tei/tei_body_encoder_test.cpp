// Block and inline nodes -> TEI body elements, one small case per node kind.
#include "tei/tei_body_encoder.h"

#include <gtest/gtest.h>

#include "tei_test_support.h"

namespace archtei {
namespace {

using testing::block;
using testing::node;
using testing::para;
using testing::text;

/// The translation division's content, serialised compactly.
std::string body_xml(const std::vector<Block>& body, Diagnostics& diags) {
  XmlNode tei_text = encode_tei_text(body, diags);
  const XmlNode* div = testing::find_element(tei_text, "div");
  std::string out;
  for (const auto& c : div->children) out += testing::fragment(c);
  return out;
}

std::string body_xml(const std::vector<Block>& body) {
  Diagnostics diags;
  std::string out = body_xml(body, diags);
  EXPECT_TRUE(diags.items().empty()) << diags.items().front().message;
  return out;
}

std::string inline_xml(Inline i) { return body_xml({para({text("a "), std::move(i), text(" b")})}); }

TEST(TeiBodyEncoder, TextElementWrapsTheTranslationDivision) {
  Diagnostics diags;
  XmlNode t = encode_tei_text({para({text("x")})}, diags);
  EXPECT_EQ(testing::fragment(t),
            "<text xml:lang=\"en\"><body><div type=\"translation\"><p>x</p></div></body></text>");
}

struct InlineCase {
  const char* name;
  Inline input;
  const char* expected;
};

class InlineKinds : public ::testing::TestWithParam<InlineCase> {};

TEST_P(InlineKinds, MapsToTei) {
  EXPECT_EQ(inline_xml(GetParam().input), std::string("<p>a ") + GetParam().expected + " b</p>");
}

INSTANTIATE_TEST_SUITE_P(
    AllKinds, InlineKinds,
    ::testing::Values(
        InlineCase{"text", text("&<>\"'"), "&amp;&lt;&gt;\"'"},
        InlineCase{"note", node(InlineKind::Note, {text("three words crossed out")}, "translator"),
                   "<note type=\"translator\">three words crossed out</note>"},
        InlineCase{"addition", node(InlineKind::Addition, {text("appropriate")}, "inserted by hand"),
                   "<add type=\"inserted-by-hand\">appropriate</add>"},
        InlineCase{"gap", node(InlineKind::Gap, {}, "illegible", "month"),
                   "<gap reason=\"illegible\"><desc>month</desc></gap>"},
        InlineCase{"bare_gap", node(InlineKind::Gap, {}, "omitted"), "<gap reason=\"omitted\"/>"},
        InlineCase{"unclear", node(InlineKind::Unclear, {text("Molotov")}), "<unclear>Molotov</unclear>"},
        InlineCase{"supplied", node(InlineKind::Supplied, {text("expires")}), "<supplied>expires</supplied>"},
        InlineCase{"stamp", node(InlineKind::Stamp, {text("Top Secret")}), "<stamp>Top Secret</stamp>"},
        InlineCase{"page_break", node(InlineKind::PageBreak, {}, "", "19-20"), "<pb n=\"19-20\"/>"},
        InlineCase{"line_break", node(InlineKind::LineBreak, {}), "<lb/>"},
        InlineCase{"nested", node(InlineKind::Addition, {text("N "), node(InlineKind::Unclear, {text("390")})}, "handwritten"),
                   "<add type=\"handwritten\">N <unclear>390</unclear></add>"}),
    [](const auto& info) { return std::string(info.param.name); });

struct BlockCase {
  const char* name;
  std::vector<Block> input;
  const char* expected;
};

class BlockKinds : public ::testing::TestWithParam<BlockCase> {};

TEST_P(BlockKinds, MapsToTei) { EXPECT_EQ(body_xml(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    AllKinds, BlockKinds,
    ::testing::Values(
        BlockCase{"paragraph", {para({text("One.")}), para({text("Two.")})}, "<p>One.</p><p>Two.</p>"},
        BlockCase{"heading", {block(BlockKind::Heading, {text("Ciphered Telegram")}), para({text("x")})},
                  "<head>Ciphered Telegram</head><p>x</p>"},
        BlockCase{"list",
                  {block(BlockKind::List, {},
                         {block(BlockKind::ListItem, {text("Budget.")}, {}, "", "1."),
                          block(BlockKind::ListItem, {text("Code:")},
                                {block(BlockKind::List, {}, {block(BlockKind::ListItem, {text("a")}, {}, "", "a)")}, "ordered")},
                                "", "2.")},
                         "ordered")},
                  "<list type=\"ordered\"><item n=\"1.\">Budget.</item><item n=\"2.\">Code:<list type=\"ordered\">"
                  "<item n=\"a)\">a</item></list></item></list>"},
        BlockCase{"opener",
                  {block(BlockKind::Opener, {},
                         {block(BlockKind::Classification, {text("Strictly secret")}),
                          block(BlockKind::Distribution, {text("Copies: Stalin, Molotov.")}),
                          block(BlockKind::Routing, {text("From Pyongyang, No. 4040.")}),
                          block(BlockKind::Address, {text("Pyongyang"), node(InlineKind::LineBreak, {}), text("Korea")}),
                          block(BlockKind::Line, {text("Special File")}),
                          block(BlockKind::Salute, {text("To Vyshinsky")}),
                          block(BlockKind::Dateline, {text("8.II.1950")})}),
                   para({text("Text.")})},
                  "<opener><seg type=\"classification\">Strictly secret</seg>\n"
                  "<seg type=\"distribution\">Copies: Stalin, Molotov.</seg>\n"
                  "<seg type=\"routing\">From Pyongyang, No. 4040.</seg>\n"
                  "<seg type=\"address\">Pyongyang<lb/>Korea</seg>\n"
                  "<seg type=\"line\">Special File</seg>\n"
                  "<salute>To Vyshinsky</salute>\n"
                  "<dateline>8.II.1950</dateline></opener><p>Text.</p>"},
        BlockCase{"closer",
                  {para({text("Text.")}),
                   block(BlockKind::Closer, {},
                         {block(BlockKind::Signed, {text("A. Gromyko")}, {}, "", "Gromyko"),
                          block(BlockKind::Dateline, {text("25 December 1951")})})},
                  "<p>Text.</p><closer><signed>A. Gromyko</signed>\n<dateline>25 December 1951</dateline></closer>"},
        BlockCase{"closer_without_text_before_it",
                  {block(BlockKind::Closer, {},
                         {block(BlockKind::Signed, {text("I. STALIN")}), block(BlockKind::Line, {text("Chairman")})})},
                  "<signed>I. STALIN</signed><ab type=\"line\">Chairman</ab>"},
        BlockCase{"speaker_turn",
                  {block(BlockKind::SpeakerTurn, {},
                         {para({text("Further, we would like to consult.")}), para({text("Can this be done?")})},
                         "", "Kim II Sung.")},
                  "<sp><speaker>Kim II Sung.</speaker><p>Further, we would like to consult.</p>"
                  "<p>Can this be done?</p></sp>"},
        BlockCase{"block_note", {block(BlockKind::BlockNote, {text("In the margins Stalin wrote")}, {}, "editorial")},
                  "<note type=\"editorial\">In the margins Stalin wrote</note>"},
        BlockCase{"block_gap", {block(BlockKind::BlockGap, {}, {}, "omitted", "", "[...]")}, "<gap reason=\"omitted\"/>"},
        BlockCase{"block_gap_with_words",
                  {block(BlockKind::BlockGap, {}, {}, "illegible", "", "illegible signature")},
                  "<gap reason=\"illegible\"><desc>illegible signature</desc></gap>"},
        BlockCase{"block_page_break", {block(BlockKind::BlockPageBreak, {}, {}, "", "", "19-20")}, "<pb n=\"19-20\"/>"},
        BlockCase{"footnotes",
                  {para({text("Kim"), node(InlineKind::NoteRef, {}, "x/", "x/"), text(" said.")}),
                   block(BlockKind::Footnotes, {},
                         {block(BlockKind::BlockNote, {text("Kim Il Sung.")}, {}, "", "x/")})},
                  "<p>Kim<ref target=\"#fn-x-\">x/</ref> said.</p>"
                  "<noteGrp type=\"footnotes\"><note xml:id=\"fn-x-\" n=\"x/\" type=\"footnote\">Kim Il Sung.</note></noteGrp>"},
        BlockCase{"heading_after_text_starts_a_division",
                  {para({text("Intro.")}), block(BlockKind::Heading, {text("Part II")}), para({text("More.")})},
                  "<div><p>Intro.</p></div><div><head>Part II</head><p>More.</p></div>"},
        BlockCase{"text_after_closer_starts_a_division",
                  {para({text("A.")}), block(BlockKind::Closer, {}, {block(BlockKind::Signed, {text("S")})}),
                   para({text("P.S.")})},
                  "<div><p>A.</p><closer><signed>S</signed></closer></div><div><p>P.S.</p></div>"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(TeiBodyEncoder, ReportsWhatItCannotRepresent) {
  Diagnostics diags;
  std::string xml = body_xml({block(BlockKind::List, {}, {}),
                              block(BlockKind::List, {}, {block(BlockKind::ListItem, {text("i")}, {block(BlockKind::Heading, {text("H")})})}),
                              para({node(InlineKind::NoteRef, {}, "", "*")})},
                             diags);
  EXPECT_EQ(xml, "<list><item>i<p>H</p></item></list><p><ref>*</ref></p>");
  std::vector<std::string> codes;
  for (const auto& d : diags.items()) codes.push_back(d.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"tei-empty-list", "tei-block-flattened", "tei-dangling-note-ref"}));
}

TEST(TeiBodyEncoder, DuplicateFootnoteMarkersGetDistinctIds) {
  std::string xml = body_xml({block(BlockKind::Footnotes, {},
                                    {block(BlockKind::BlockNote, {text("a")}, {}, "", "1"),
                                     block(BlockKind::BlockNote, {text("b")}, {}, "", "1")})});
  EXPECT_NE(xml.find("xml:id=\"fn-1\""), std::string::npos);
  EXPECT_NE(xml.find("xml:id=\"fn-1-2\""), std::string::npos);
}

}  // namespace
}  // namespace archtei
