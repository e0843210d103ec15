// serialize_xml: escaping, exact layout, determinism; and the indentation encode_tei uses.
#include <gtest/gtest.h>

#include "tei/tei_writer.h"
#include "tei/xml_build.h"
#include "tei/xml_indent.h"
#include "tei_test_support.h"

namespace archtei {
namespace {

XmlNode make(XmlNodeKind kind, std::string name, std::string value) {
  XmlNode n;
  n.kind = kind;
  n.name = std::move(name);
  n.value = std::move(value);
  return n;
}

TEST(XmlSerializer, EscapesTextAndAttributes) {
  XmlNode e = xml::element("a", {{"v", "<&\"'>\t\n\r"}});
  xml::append_text(e, "<&>\"'\r\n\t]]>");
  EXPECT_EQ(testing::fragment(e), "<a v=\"&lt;&amp;&quot;'>&#9;&#10;&#13;\">&lt;&amp;&gt;\"'&#13;\n\t]]&gt;</a>");
}

TEST(XmlSerializer, WritesEveryNodeKind) {
  XmlDocument doc;
  doc.children.push_back(make(XmlNodeKind::Doctype, "", "TEI SYSTEM \"tei.dtd\""));
  doc.children.push_back(make(XmlNodeKind::ProcessingInstruction, "xml-model", "href=\"x.rng\""));
  XmlNode root = xml::element("TEI", {{"xmlns", "http://www.tei-c.org/ns/1.0"}});
  root.children.push_back(make(XmlNodeKind::Comment, "", " c "));
  root.children.push_back(make(XmlNodeKind::CData, "", "a]]>b"));
  root.children.push_back(make(XmlNodeKind::ProcessingInstruction, "empty", ""));
  xml::append(root, xml::element("lb"));
  doc.children.push_back(root);
  EXPECT_EQ(serialize_xml(doc),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE TEI SYSTEM \"tei.dtd\">\n"
            "<?xml-model href=\"x.rng\"?>\n"
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><!-- c --><![CDATA[a]]]]><![CDATA[>b]]><?empty?><lb/></TEI>\n");
}

TEST(XmlSerializer, ReplacesCharactersXmlCannotCarry) {
  XmlNode e = xml::text_element("p", std::string("a\x01" "b\xFF", 4));
  EXPECT_EQ(testing::fragment(e), "<p>a\xEF\xBF\xBD" "b\xEF\xBF\xBD</p>");
}

TEST(XmlSerializer, SameTreeSameBytes) {
  Diagnostics d1, d2;
  Metadata m = testing::full_record();
  std::vector<Block> body = {testing::para({testing::text("x")})};
  EXPECT_EQ(serialize_xml(encode_tei(m, body, d1)), serialize_xml(encode_tei(m, body, d2)));
}

TEST(XmlIndent, IndentsElementOnlyContentAndLeavesMixedContentAlone) {
  XmlNode div = xml::element("div");
  XmlNode& p = xml::append(div, xml::element("p"));
  xml::append(p, xml::text_element("hi", "a"));
  xml::append(p, xml::text_element("hi", "b"));
  XmlNode& list = xml::append(div, xml::element("list"));
  xml::append(list, xml::text_element("item", "one"));
  xml::append(div, xml::element("pb", {{"n", "2"}}));
  xml::indent(div);
  EXPECT_EQ(testing::fragment(div),
            "<div>\n  <p><hi>a</hi><hi>b</hi></p>\n  <list>\n    <item>one</item>\n  </list>\n  <pb n=\"2\"/>\n</div>");
}

TEST(XmlIndent, MixedContentIsDecidedByTextOrByName) {
  XmlNode unknown_with_text = xml::element("x");
  xml::append(unknown_with_text, xml::element("y"));
  xml::append_text(unknown_with_text, " ");
  EXPECT_TRUE(xml::is_mixed_content(unknown_with_text));
  XmlNode salute = xml::element("salute");
  xml::append(salute, xml::element("persName"));
  EXPECT_TRUE(xml::is_mixed_content(salute));
  XmlNode tei_list = xml::element("tei:list");
  xml::append(tei_list, xml::element("tei:item"));
  EXPECT_FALSE(xml::is_mixed_content(tei_list));
}

}  // namespace
}  // namespace archtei
