// Layer 2: the XML tree as JSON and back, and the exact error for every way a JSON tree
// can fail to be well-formed XML.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "jsonld/xml_tree_json.h"
#include "model/diagnostics.h"

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

XmlNode element(std::string name, std::vector<XmlAttribute> attributes, std::vector<XmlNode> children) {
  XmlNode n;
  n.name = std::move(name);
  n.attributes = std::move(attributes);
  n.children = std::move(children);
  return n;
}
XmlNode leaf(XmlNodeKind kind, std::string value, std::string name = {}) {
  XmlNode n;
  n.kind = kind;
  n.name = std::move(name);
  n.value = std::move(value);
  return n;
}

TEST(XmlTreeJson, EveryKindOfNodeSurvivesInOrder) {
  XmlDocument tree;
  tree.children = {
      leaf(XmlNodeKind::Doctype, "TEI [<!ENTITY x \"y\">]"),
      leaf(XmlNodeKind::ProcessingInstruction, "href=\"tei_all.rng\" type=\"application/xml\"", "xml-model"),
      leaf(XmlNodeKind::Comment, " before the root "),
      element("TEI",
              {{"xmlns", "http://www.tei-c.org/ns/1.0"}, {"xmlns:xi", "http://www.w3.org/2001/XInclude"},
               {"xml:lang", "en"}},
              {leaf(XmlNodeKind::Text, "\n  "),
               element("p", {{"rend", "a\tb"}},
                       {leaf(XmlNodeKind::Text, "mixed "), element("hi", {}, {leaf(XmlNodeKind::Text, "content")}),
                        leaf(XmlNodeKind::CData, "<raw> & ]]"), leaf(XmlNodeKind::Text, "  \r\n  ")}),
               element("xi:include", {{"href", "x.xml"}}, {}), leaf(XmlNodeKind::Text, "\n")}),
      leaf(XmlNodeKind::Comment, "after"),
  };
  Json j = xml_tree_to_json(tree);
  EXPECT_EQ(j[3]["attributes"][1], Json::array({"xmlns:xi", "http://www.w3.org/2001/XInclude"}));
  EXPECT_EQ(j[3]["children"][1]["children"][2], Json({{"type", "cdata"}, {"value", "<raw> & ]]"}}));
  EXPECT_EQ(xml_tree_from_json(j, "f.jsonld", "/tei"), tree);
  EXPECT_EQ(xml_tree_from_json(Json::parse(j.dump()), "f.jsonld", "/tei"), tree);
}

struct BadTree {
  std::string json;
  std::string message;
};

class XmlTreeJsonErrors : public ::testing::TestWithParam<BadTree> {};

TEST_P(XmlTreeJsonErrors, NamesTheProblemAndItsJsonPointer) {
  try {
    xml_tree_from_json(Json::parse(GetParam().json), "doc.jsonld", "/tei");
    FAIL() << "accepted " << GetParam().json;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    EXPECT_EQ(std::string(e.what()),
              "doc.jsonld: error: layer 2 is not well-formed XML: " + GetParam().message + " [jsonld-tree]");
  }
}

// A document whose root element holds `children`.
std::string root_with(const std::string& children) {
  return "[{\"type\": \"element\", \"name\": \"TEI\", \"attributes\": [], \"children\": [" + children + "]}]";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, XmlTreeJsonErrors,
    ::testing::Values(
        BadTree{"{}", "layer 2 must be an array of nodes at /tei"},
        BadTree{"[]", "no root element at /tei"},
        BadTree{"[{\"type\": \"element\", \"attributes\": [], \"children\": []}]",
                "an element without a name at /tei/0"},
        BadTree{root_with("{\"type\": \"text\", \"value\": \"x\", \"children\": []}"),
                "a text node cannot have \"children\" at /tei/0/children/0/children"},
        BadTree{root_with("{\"type\": \"text\"}"), "no \"value\" at /tei/0/children/0"},
        BadTree{root_with("{\"type\": \"text\", \"value\": 5}"), "\"value\" is not a string at /tei/0/children/0/value"},
        BadTree{root_with("\"bare text\""), "a node must be a JSON object at /tei/0/children/0"},
        BadTree{root_with("{\"type\": \"entity\", \"value\": \"x\"}"),
                "unknown node type \"entity\" at /tei/0/children/0/type"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"1p\", \"attributes\": [], \"children\": []}"),
                "\"1p\" is not an element name at /tei/0/children/0/name"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"tei:p\", \"attributes\": [], \"children\": []}"),
                "namespace prefix \"tei\" is not declared at /tei/0/children/0/name"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"p\", \"attributes\": [[\"n\"]], \"children\": []}"),
                "an attribute must be a [name, value] pair of strings at /tei/0/children/0/attributes/0"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"p\", \"attributes\": [[\"n\", \"1\"], [\"n\", \"2\"]], "
                          "\"children\": []}"),
                "attribute \"n\" given twice at /tei/0/children/0/attributes/1"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"p\", \"attributes\": [[\"x:n\", \"1\"]], "
                          "\"children\": []}"),
                "namespace prefix \"x\" is not declared at /tei/0/children/0/attributes/0/0"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"p\", \"attributes\": [[\"n\", \"a\\u0001\"]], "
                          "\"children\": []}"),
                "a character XML does not allow (U+0001) at /tei/0/children/0/attributes/0/1"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"p\", \"children\": []}"),
                "an element without \"attributes\" at /tei/0/children/0"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"p\", \"attributes\": []}"),
                "an element without \"children\" at /tei/0/children/0"},
        BadTree{root_with("{\"type\": \"comment\", \"value\": \"a -- b\"}"),
                "a comment containing \"--\" or ending in \"-\" at /tei/0/children/0/value"},
        BadTree{root_with("{\"type\": \"cdata\", \"value\": \"a ]]> b\"}"),
                "a CDATA section containing \"]]>\" at /tei/0/children/0/value"},
        BadTree{root_with("{\"type\": \"pi\", \"name\": \"xml\", \"value\": \"\"}"),
                "\"xml\" is not a processing-instruction target at /tei/0/children/0/name"},
        BadTree{root_with("{\"type\": \"pi\", \"name\": \"t\", \"value\": \"a ?> b\"}"),
                "a processing instruction containing \"?>\" at /tei/0/children/0/value"},
        BadTree{root_with("{\"type\": \"doctype\", \"value\": \"TEI\"}"),
                "a DOCTYPE inside an element at /tei/0/children/0"},
        BadTree{"[{\"type\": \"text\", \"value\": \"words\"}]", "text outside the root element at /tei/0"},
        BadTree{"[{\"type\": \"element\", \"name\": \"a\", \"attributes\": [], \"children\": []}, "
                "{\"type\": \"element\", \"name\": \"b\", \"attributes\": [], \"children\": []}]",
                "a second root element at /tei/1"},
        BadTree{root_with("{\"type\": \"element\", \"name\": \"p\", \"attributes\": [[\"xmlns:p\", \"\"]], "
                          "\"children\": []}"),
                "prefix \"p\" bound to an empty namespace name at /tei/0/children/0/attributes/0/1"}));

}  // namespace
}  // namespace archtei
