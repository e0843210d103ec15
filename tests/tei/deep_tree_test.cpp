// Deeply nested XML: refused past the depth limit with the element's position, and read,
// copied, compared, written and destroyed without recursion when the limit is raised.
#include <gtest/gtest.h>

#include "model/canonical_xml.h"
#include "model/xml_difference.h"
#include "support/limits_scope.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

namespace archtei {
namespace {

using testing::LimitsScope;
using testing::with_depth;

// A TEI root holding `depth` - 1 nested <div>s, the innermost holding `text`.
std::string nested(std::size_t depth, std::string_view text = "x") {
  std::string xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">";
  for (std::size_t i = 1; i < depth; ++i) xml += "<div>";
  xml += text;
  for (std::size_t i = 1; i < depth; ++i) xml += "</div>";
  return xml + "</TEI>";
}

constexpr std::size_t kDeep = 200000;

TEST(DeepTree, NestingPastTheLimitIsRefusedAtTheFirstElementTooDeep) {
  LimitsScope limits(with_depth(3));
  EXPECT_NO_THROW(parse_xml(nested(3), "ok.xml"));
  try {
    parse_xml("<a>\n  <b><c><d/></c></b></a>", "deep.xml");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "deep.xml:2:9: error: elements nested more than 3 deep (raise the limit with --max-depth) "
                 "[too-deep]");
  }
}

TEST(DeepTree, TheDefaultLimitRefusesTwoHundredThousandLevels) {
  try {
    parse_xml(nested(kDeep), "deep.xml");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().code, "too-deep");
    EXPECT_EQ(e.diagnostic().message, "elements nested more than 256 deep (raise the limit with --max-depth)");
  }
}

TEST(DeepTree, TwoHundredThousandLevelsAreReadWrittenComparedAndDestroyed) {
  LimitsScope limits(with_depth(kDeep));
  const std::string xml = nested(kDeep, "innermost");
  XmlDocument tree = parse_xml(xml, "deep.xml");
  EXPECT_EQ(serialize_xml(tree), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml + "\n");

  XmlDocument copy = tree;
  EXPECT_EQ(copy, tree);
  EXPECT_EQ(first_xml_difference(tree, copy), std::nullopt);
  EXPECT_EQ(canonical_xml(tree), xml);

  // The innermost text changed: the difference is found at the bottom.
  XmlNode* node = &copy.children.front();
  while (node->children.front().kind == XmlNodeKind::Element) node = &node->children.front();
  node->children.front().value = "changed";
  EXPECT_NE(copy, tree);
  auto d = first_xml_difference(tree, copy);
  ASSERT_TRUE(d.has_value());
  EXPECT_TRUE(d->path.starts_with("/TEI[1]/div[1]/div[1]/"));
  EXPECT_TRUE(d->path.ends_with("/div[1]/text()[1]"));
  EXPECT_EQ(d->left, "text \"innermost\"");
  EXPECT_EQ(d->right, "text \"changed\"");

  std::string text;
  append_string_value(tree.children.front(), text);
  EXPECT_EQ(text, "innermost");
}

TEST(DeepTree, ARecordIsReadFromAHeaderNestedAnywhere) {
  LimitsScope limits(with_depth(kDeep));
  std::string title;
  for (int i = 0; i < 50000; ++i) title += "<hi>";
  title += "Deep title";
  for (int i = 0; i < 50000; ++i) title += "</hi>";
  Diagnostics diags("deep.xml");
  Document doc = read_tei("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>" +
                              title + "</title></titleStmt></fileDesc></teiHeader></TEI>",
                          "deep.xml", diags);
  EXPECT_EQ(doc.metadata.title, "Deep title");
  EXPECT_TRUE(diags.items().empty());
}

TEST(DeepTree, EntityExpansionIsBoundedOverTheWholeDocument) {
  // Each reference expands to 1 MB, well under the limit alone; nine of them are over it.
  std::string xml = "<!DOCTYPE a [<!ENTITY e0 \"" + std::string(1000, 'x') + "\">";
  xml += "<!ENTITY e1 \"";
  for (int k = 0; k < 1000; ++k) xml += "&e0;";
  xml += "\">]><a>";
  for (int i = 0; i < 9; ++i) xml += "<b>&e1;</b>";
  xml += "</a>";
  try {
    parse_xml(xml, "bomb.xml");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().message,
              "entity references expand to more than 8 MB in all (raise the limit with --max-entity-expansion)");
  }
  InputLimits raised;
  raised.max_entity_expansion = 16u << 20;
  LimitsScope limits(raised);
  EXPECT_EQ(parse_xml(xml, "bomb.xml").children.back().children.size(), 9u);
}

TEST(DeepTree, TeiWithoutAHeaderSaysWhy) {
  EXPECT_EQ(missing_tei_header(parse_xml("<TEI><teiHeader/></TEI>", "a.xml")),
            "<TEI> is in no namespace, not TEI's (http://www.tei-c.org/ns/1.0)");
  EXPECT_EQ(missing_tei_header(parse_xml("<TEI xmlns=\"urn:other\"><teiHeader/></TEI>", "a.xml")),
            "<TEI> is in the namespace urn:other, not TEI's (http://www.tei-c.org/ns/1.0)");
  EXPECT_EQ(missing_tei_header(parse_xml("<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\"><tei:teiHeader/>"
                                         "</tei:TEI>",
                                         "a.xml")),
            "");
  EXPECT_EQ(missing_tei_header(parse_xml("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>", "a.xml")),
            "<TEI> has no <teiHeader>, so there is no record to read");
  EXPECT_EQ(missing_tei_header(parse_xml("<html/>", "a.xml")), "the root element is <html>, not TEI's <TEI> or <teiCorpus>");
}

}  // namespace
}  // namespace archtei
