// Every document encode_tei writes is valid TEI P5: tei_all.rng and its Schematron, by jing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "support/oracle.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "tei_test_support.h"

namespace archtei {
namespace {

using testing::block;
using testing::node;
using testing::para;
using testing::text;

const std::string kRng = ::archtei::testing::shared_dir() + "/tei/tei_all.rng";
const std::string kSchematron = ::archtei::testing::shared_dir() + "/tei/tei_all.isosch";

/// A body using every block and inline kind, in the places a text reader puts them.
std::vector<Block> every_kind_body() {
  return {
      block(BlockKind::BlockPageBreak, {}, {}, "", "", "1"),
      block(BlockKind::Heading, {text("Ciphered Telegram")}),
      block(BlockKind::Opener, {},
            {block(BlockKind::Classification, {text("Strictly secret")}),
             block(BlockKind::Routing, {text("From Pyongyang, No. 4040.")}),
             block(BlockKind::Distribution, {text("Copies: Stalin, Molotov.")}),
             block(BlockKind::Address, {text("Pyongyang"), node(InlineKind::LineBreak, {}), text("Korea")}),
             block(BlockKind::Line, {text("Special File")}),
             block(BlockKind::Salute, {text("To Vyshinsky")}),
             block(BlockKind::Dateline, {text("8.II.1950")}),
             block(BlockKind::Signed, {text("Shtykov")})}),
      para({text("close "), node(InlineKind::Addition, {text("appropriate")}, "inserted by hand"), text(" relations"),
            node(InlineKind::Note, {text("three words crossed out")}, "translator"),
            node(InlineKind::Gap, {}, "illegible", "month"), node(InlineKind::Unclear, {text("Molotov")}),
            node(InlineKind::Supplied, {text("expires")}), node(InlineKind::Stamp, {text("Top Secret")}),
            node(InlineKind::PageBreak, {}, "", "19-20"), node(InlineKind::LineBreak, {}),
            node(InlineKind::NoteRef, {}, "x/", "x/")}),
      block(BlockKind::List, {},
            {block(BlockKind::ListItem, {text("Budget.")}, {}, "", "1."),
             block(BlockKind::ListItem, {text("Code:")},
                   {block(BlockKind::List, {}, {block(BlockKind::ListItem, {text("a")}, {}, "", "a)")}, "ordered")},
                   "", "2.")},
            "ordered"),
      block(BlockKind::ListItem, {text("stray item")}),
      block(BlockKind::Classification, {text("Top secret")}),
      block(BlockKind::SpeakerTurn, {}, {para({text("We agree.")}), block(BlockKind::BlockNote, {text("laughs")}, {}, "editorial")},
            "", "Kim II Sung."),
      block(BlockKind::SpeakerTurn, {}, {}, "", "N. S. Khrushchev."),
      block(BlockKind::BlockNote, {text("In the margins Stalin wrote")}, {}, "editorial"),
      block(BlockKind::BlockGap, {}, {}, "omitted", "", "[...]"),
      block(BlockKind::Closer, {},
            {block(BlockKind::Signed, {text("A. Gromyko")}), block(BlockKind::Dateline, {text("25 December 1951")}),
             block(BlockKind::Salute, {text("Regards")}), block(BlockKind::Distribution, {text("Copies: Molotov.")}),
             block(BlockKind::Routing, {text("sent by Yerofeyev")}), block(BlockKind::Line, {text("No. 396")})}),
      block(BlockKind::Footnotes, {}, {block(BlockKind::BlockNote, {text("Kim Il Sung.")}, {}, "", "x/")}),
      para({text("A postscript after the closer.")}),
      block(BlockKind::Heading, {text("Second part")}),
      block(BlockKind::Salute, {text("Dear comrade")}),
      block(BlockKind::Dateline, {text("Moscow")}),
      para({text("Text.")}),
      block(BlockKind::Signed, {text("I. STALIN")}),
  };
}

struct Case {
  std::string name;
  Metadata metadata;
  std::vector<Block> body;
};

std::vector<Case> cases() {
  Metadata sparse;
  sparse.source_url = "https://example.org/doc/1";
  sparse.archives = {{"", "", "", "", "", "", "12ob.", "", ""}, {"GARF", "", "5446", "", "", "", "", "", ""}};
  sparse.date = "1950";
  sparse.original_languages = {"Klingon"};

  Metadata name_only;
  name_only.archives = {{"", "Bodleian Library", "", "", "", "", "", "", "as cited"}};
  name_only.date = "the 5th";
  name_only.publisher = "Site";

  return {
      {"full-record-every-node-kind", testing::full_record(), every_kind_body()},
      {"empty-record", Metadata{}, {para({text("Only text.")})}},
      {"empty-body", Metadata{}, {}},
      {"sparse-record", sparse, {para({text("x")})}},
      {"opener-and-closer-only", name_only,
       {block(BlockKind::Opener, {}, {block(BlockKind::Salute, {text("To X")})}),
        block(BlockKind::Closer, {}, {block(BlockKind::Signed, {text("Y")})})}},
  };
}

TEST(TeiEncoder, EncodedTreeSurvivesSerializeAndParse) {
  // The JSON-LD layer carries the encoded tree; reading its serialisation back must give it.
  for (const auto& c : cases()) {
    SCOPED_TRACE(c.name);
    Diagnostics diags;
    XmlDocument tree = encode_tei(c.metadata, c.body, diags);
    EXPECT_EQ(parse_xml(serialize_xml(tree), c.name), tree);
  }
}

TEST(TeiValidity, EncodedDocumentsAreValidTei) {
  ASSERT_TRUE(std::filesystem::exists(kRng)) << kRng;
  ASSERT_TRUE(std::filesystem::exists(kSchematron)) << kSchematron;
  std::vector<std::pair<std::string, std::string>> documents;
  for (const auto& c : cases()) {
    Diagnostics diags;
    documents.emplace_back(c.name, serialize_xml(encode_tei(c.metadata, c.body, diags)));
    if (std::getenv("ARCHTEI_SHOW_TEI")) std::cout << documents.back().second;
  }
  EXPECT_EQ(testing::jing_errors(kRng, documents), "");
  EXPECT_EQ(testing::jing_errors(kSchematron, documents), "");
}

}  // namespace
}  // namespace archtei
