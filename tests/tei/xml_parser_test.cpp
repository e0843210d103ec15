// parse_xml: lossless reading of tricky XML, and errors with exact positions.
#include <gtest/gtest.h>

#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

namespace archtei {
namespace {

std::string round_trip(std::string_view xml) { return serialize_xml(parse_xml(xml, "in.xml")); }

TEST(XmlParser, KeepsEveryNodeKindExactly) {
  const std::string input =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE TEI [ <!ENTITY ent \"expanded &amp; more\"> ]>\n"
      "<?xml-model href=\"tei_all.rng\" type=\"application/xml\"?>\n"
      "<!-- before the root -->\n"
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:x=\"urn:x\" z=\"1\" a=\"2\">\n"
      "  <!-- a comment -->\n"
      "  <?pi some data?>\n"
      "  <p x:attr=\"v\">mixed <hi>content</hi><hi>without</hi> spaces &ent; &#169;&#x41;</p>\n"
      "\t<ab><![CDATA[<raw> & ]]></ab>\n"
      "  <empty/><also-empty></also-empty>\n"
      "</TEI>\n"
      "<!-- after -->\n";
  const std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE TEI [ <!ENTITY ent \"expanded &amp; more\"> ]>\n"
      "<?xml-model href=\"tei_all.rng\" type=\"application/xml\"?>\n"
      "<!-- before the root -->\n"
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:x=\"urn:x\" z=\"1\" a=\"2\">\n"
      "  <!-- a comment -->\n"
      "  <?pi some data?>\n"
      "  <p x:attr=\"v\">mixed <hi>content</hi><hi>without</hi> spaces expanded &amp; more \xC2\xA9"
      "A</p>\n"
      "\t<ab><![CDATA[<raw> & ]]></ab>\n"
      "  <empty/><also-empty/>\n"
      "</TEI>\n"
      "<!-- after -->\n";
  EXPECT_EQ(round_trip(input), expected);
}

TEST(XmlParser, TreeHoldsDecodedValues) {
  XmlDocument doc = parse_xml("<a b=\"&lt;&#10;x\ty\">t&gt;&apos;<![CDATA[c]]><!--k--><?p d?></a>", "in.xml");
  ASSERT_EQ(doc.children.size(), 1u);
  const XmlNode& a = doc.children[0];
  EXPECT_EQ(a.attributes, (std::vector<XmlAttribute>{{"b", "<\nx y"}}));
  ASSERT_EQ(a.children.size(), 4u);
  EXPECT_EQ(a.children[0].kind, XmlNodeKind::Text);
  EXPECT_EQ(a.children[0].value, "t>'");
  EXPECT_EQ(a.children[1].kind, XmlNodeKind::CData);
  EXPECT_EQ(a.children[2].kind, XmlNodeKind::Comment);
  EXPECT_EQ(a.children[2].value, "k");
  EXPECT_EQ(a.children[3].kind, XmlNodeKind::ProcessingInstruction);
  EXPECT_EQ(a.children[3].name, "p");
  EXPECT_EQ(a.children[3].value, "d");
}

TEST(XmlParser, LineEndsAndSpecialCharactersSurviveARoundTrip) {
  const std::string input = "\xEF\xBB\xBF<a t=\"&#9;&#13;&#10;\">x\r\ny&#13;z ]]&gt; <b>&#x1F600;</b></a>";
  XmlDocument first = parse_xml(input, "in.xml");
  EXPECT_EQ(first.children[0].children[0].value, "x\ny\rz ]]> ");
  std::string written = serialize_xml(first);
  EXPECT_EQ(written,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<a t=\"&#9;&#13;&#10;\">x\ny&#13;z ]]&gt; <b>\xF0\x9F\x98\x80</b></a>\n");
  EXPECT_EQ(parse_xml(written, "again.xml"), first);
}

TEST(XmlParser, WhitespaceOnlyTextIsKept) {
  XmlDocument doc = parse_xml("<a>\n  <b/> <c/>\n</a>", "in.xml");
  ASSERT_EQ(doc.children[0].children.size(), 5u);
  EXPECT_EQ(doc.children[0].children[2].value, " ");
}

TEST(XmlParser, CommentsFollowXmlsGrammar) {
  // XML allows no "--" inside a comment and no "-" before its end; such a comment could not
  // be written back as XML (nor carried by JSON-LD's layer 2).
  for (const char* input : {"<a><!-- a -- b --></a>", "<a><!-- ends in a dash ---></a>"}) {
    try {
      parse_xml(input, "in.xml");
      ADD_FAILURE() << "no error for " << input;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("a comment containing \"--\" or ending in \"-\""), std::string::npos)
          << e.what();
    }
  }
  EXPECT_NO_THROW(parse_xml("<a><!-- a - b --></a>", "in.xml"));
}

TEST(XmlParser, ExternalEntitiesAreNeverRead) {
  // If archtei fetched the entity this would hang or read the file; it must refuse.
  const char* input =
      "<!DOCTYPE a [ <!ENTITY ext SYSTEM \"file:///etc/passwd\"> ]>\n<a>&ext;</a>";
  try {
    parse_xml(input, "in.xml");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "in.xml:2:4: error: entity '&ext;' is external and is never read [xml-syntax]");
  }
}

TEST(XmlParser, EntityBombIsStopped) {
  // Ten levels, each referring to the one below ten times: 64 * 10^9 characters if expanded.
  std::string input = "<!DOCTYPE a [ <!ENTITY e0 \"" + std::string(64, 'x') + "\">";
  for (int i = 1; i < 10; ++i) {
    std::string refs;
    for (int k = 0; k < 10; ++k) refs += "&e" + std::to_string(i - 1) + ";";
    input += "<!ENTITY e" + std::to_string(i) + " \"" + refs + "\">";
  }
  input += "]><a>&e9;</a>";
  try {
    parse_xml(input, "bomb.xml");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().message,
              "entity references expand to more than 8 MB in all (raise the limit with --max-entity-expansion)");
  }
}

TEST(XmlParser, InternalEntitiesExpandRecursively) {
  XmlDocument doc = parse_xml("<!DOCTYPE a [<!ENTITY b \"B&#38;amp;\"><!ENTITY c 'C&b;'>]><a t=\"&c;\">&c;</a>", "in.xml");
  const XmlNode& a = doc.children[1];
  EXPECT_EQ(a.attributes[0].value, "CB&");
  EXPECT_EQ(a.children[0].value, "CB&");
}

struct ErrorCase {
  const char* name;
  const char* input;
  const char* message;
};

class XmlParserErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(XmlParserErrors, ReportFileLineAndColumn) {
  try {
    parse_xml(GetParam().input, "doc.xml");
    FAIL() << "parsed without error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_EQ(e.diagnostic().code, "xml-syntax");
    EXPECT_EQ(std::string(e.what()), GetParam().message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, XmlParserErrors,
    ::testing::Values(
        ErrorCase{"empty", "", "doc.xml:1:1: error: no root element [xml-syntax]"},
        ErrorCase{"mismatched_end_tag", "<a>\n  <b>text</c>\n</a>",
                  "doc.xml:2:12: error: end tag does not match the open element [xml-syntax]"},
        ErrorCase{"unclosed_root", "<a>\n<b/>\n", "doc.xml:3:1: error: the document ends before every element is closed [xml-syntax]"},
        ErrorCase{"bad_attribute", "<a>\n<b x=1/></a>", "doc.xml:2:6: error: malformed attribute [xml-syntax]"},
        ErrorCase{"duplicate_attribute", "<a>\n  <b x=\"1\" x=\"2\"/></a>",
                  "doc.xml:2:3: error: attribute 'x' appears twice on <b> [xml-syntax]"},
        ErrorCase{"bare_ampersand", "<a>\nFish & chips</a>",
                  "doc.xml:2:6: error: '&' must start a character or entity reference (write '&amp;' for a literal '&') [xml-syntax]"},
        ErrorCase{"undefined_entity", "<a>\n\xC3\xA9t\xC3\xA9 &nbsp;</a>",
                  "doc.xml:2:5: error: undefined entity '&nbsp;' [xml-syntax]"},
        ErrorCase{"entity_from_external_dtd", "<!DOCTYPE a SYSTEM \"a.dtd\">\n<a>&foo;</a>",
                  "doc.xml:2:4: error: entity '&foo;' is not declared in the document (external DTDs are never read) [xml-syntax]"},
        ErrorCase{"forbidden_character_reference", "<a>&#1;</a>",
                  "doc.xml:1:4: error: '&#1;' is not a character XML allows [xml-syntax]"},
        ErrorCase{"two_roots", "<a/>\n<b/>", "doc.xml:2:1: error: a second root element <b> [xml-syntax]"},
        ErrorCase{"text_after_root", "<a/>\ntext", "doc.xml:2:1: error: text outside the root element [xml-syntax]"},
        ErrorCase{"bad_comment", "<a><!-- x </a>", "doc.xml:1:8: error: malformed comment [xml-syntax]"},
        ErrorCase{"invalid_utf8", "<a>\xFF</a>",
                  "doc.xml:1:4: error: character not allowed in XML, or input not valid UTF-8 [xml-syntax]"},
        ErrorCase{"invalid_utf8_in_attribute", "<a>\n <b n=\"x\x96y\"/></a>",
                  "doc.xml:2:2: error: attribute 'n' holds a character not allowed in XML, or input not valid UTF-8 "
                  "[xml-syntax]"},
        // Namespaces in XML, which pugixml does not check: what archtei could not write as
        // JSON-LD and read back.
        ErrorCase{"attribute_name_not_a_qname", "<a>\n <b xml:=\"1\"/></a>",
                  "doc.xml:2:2: error: \"xml:\" is not an attribute name [xml-syntax]"},
        ErrorCase{"undeclared_prefix", "<a xmlns:x=\"urn:x\"><x:b/>\n<y:c/></a>",
                  "doc.xml:2:1: error: namespace prefix \"y\" is not declared [xml-syntax]"},
        ErrorCase{"prefix_out_of_scope", "<a><b xmlns:x=\"urn:x\"/><c x:n=\"1\"/></a>",
                  "doc.xml:1:24: error: namespace prefix \"x\" is not declared [xml-syntax]"},
        ErrorCase{"xml_prefix_rebound", "<a xmlns:xml=\"urn:other\"/>",
                  "doc.xml:1:1: error: a reserved namespace bound to the wrong prefix [xml-syntax]"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace archtei
