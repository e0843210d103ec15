// Deeply nested JSON-LD: refused past the depth limit with a JSON Pointer or a line and
// column, and written, read, compared and round-tripped without recursion when it is raised.
#include <gtest/gtest.h>

#include "jsonld/json_diff.h"
#include "jsonld/jsonld_reader.h"
#include "jsonld/jsonld_writer.h"
#include "jsonld/roundtrip.h"
#include "jsonld/xml_tree_json.h"
#include "support/limits_scope.h"
#include "tei/tei_reader.h"

namespace archtei {
namespace {

using testing::LimitsScope;
using testing::with_depth;

// A TEI document whose <text> holds `divs` nested <div>s around one paragraph.
std::string nested_tei(std::size_t divs) {
  std::string xml =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Deep</title>"
      "</titleStmt></fileDesc></teiHeader><text><body>";
  for (std::size_t i = 0; i < divs; ++i) xml += "<div>";
  xml += "<p>innermost</p>";
  for (std::size_t i = 0; i < divs; ++i) xml += "</div>";
  return xml + "</body></text></TEI>";
}

// Deep enough that recursing once per level would exhaust an 8 MB stack many times over.
constexpr std::size_t kDivs = 50000;

std::string deep_jsonld() {
  LimitsScope limits(with_depth(kDivs + 10));
  Diagnostics diags("deep.xml");
  return write_jsonld(read_tei(nested_tei(kDivs), "deep.xml", diags), diags);
}

TEST(DeepLayer, ADeepTreeIsWrittenInSpaceLinearInItsDepth) {
  const std::string jsonld = deep_jsonld();
  // Five lines per element; indentation stops growing, so each costs a bounded number of bytes.
  EXPECT_LT(jsonld.size(), kDivs * 1000);
  LimitsScope limits(with_depth(kDivs + 10));
  Diagnostics diags("deep.jsonld");
  Document doc = read_jsonld(jsonld, "deep.jsonld", diags);
  EXPECT_EQ(doc.metadata.title, "Deep");
  Diagnostics tei_diags("deep.xml");
  EXPECT_EQ(doc.tei, read_tei(nested_tei(kDivs), "deep.xml", tei_diags).tei);
}

TEST(DeepLayer, TheDefaultLimitRefusesTheDeepTreeInLayerTwo) {
  // Layer 2 nests two JSON levels per element, so the raw check lets 256 elements through
  // and the tree reader stops at the first element past them.
  std::string jsonld;
  {
    LimitsScope limits(with_depth(310));
    Diagnostics diags("d.xml");
    jsonld = write_jsonld(read_tei(nested_tei(300), "d.xml", diags), diags);
  }
  try {
    Diagnostics diags("d.jsonld");
    read_jsonld(jsonld, "d.jsonld", diags);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().code, "too-deep");
    EXPECT_TRUE(e.diagnostic().message.starts_with("JSON nested more than 515 levels deep")) << e.what();
  }
  const std::string exactly_deep_enough = [] {
    LimitsScope limits(with_depth(256));
    Diagnostics diags("d.xml");
    return write_jsonld(read_tei(nested_tei(252), "d.xml", diags), diags);  // <p> at depth 256
  }();
  Diagnostics diags("d.jsonld");
  EXPECT_NO_THROW(read_jsonld(exactly_deep_enough, "d.jsonld", diags));
}

TEST(DeepLayer, TheTreeReaderNamesTheNodeTooDeep) {
  LimitsScope limits(with_depth(4));
  // TEI, text, body, div, p: the <p> is the fifth level.
  const auto layer = nlohmann::ordered_json::parse(R"([
    {"type": "element", "name": "TEI", "attributes": [], "children": [
      {"type": "element", "name": "text", "attributes": [], "children": [
        {"type": "element", "name": "body", "attributes": [], "children": [
          {"type": "comment", "value": "first"},
          {"type": "element", "name": "div", "attributes": [], "children": [
            {"type": "element", "name": "p", "attributes": [], "children": []}]}]}]}]}])");
  try {
    xml_tree_from_json(layer, "d.jsonld", "/tei");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "d.jsonld: error: layer 2 holds elements nested more than 4 deep at "
                 "/tei/0/children/0/children/0/children/1/children/0 (raise the limit with --max-depth) [too-deep]");
  }
}

TEST(DeepLayer, RawNestingIsRefusedBeforeParsingWithItsPosition) {
  const std::string brackets = "{\"a\":\n" + std::string(100000, '[');
  try {
    Diagnostics diags("b.jsonld");
    read_jsonld(brackets, "b.jsonld", diags);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "b.jsonld:2:515: error: JSON nested more than 515 levels deep, more than a TEI tree within "
                 "--max-depth 256 needs (raise the limit with --max-depth) [too-deep]");
  }
  // Brackets inside strings do not count.
  EXPECT_EQ(first_json_difference("[\"" + std::string(10000, '[') + "\"]", "[\"[\"]", "s.json")->pointer, "/0");
}

TEST(DeepLayer, DeepValuesAreComparedWithoutRecursion) {
  LimitsScope limits(with_depth(kDivs));
  const std::string left = std::string(kDivs, '[') + "1" + std::string(kDivs, ']');
  const std::string right = std::string(kDivs, '[') + "2" + std::string(kDivs, ']');
  auto d = first_json_difference(left, right, "v.json");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->pointer.size(), 2 * kDivs);  // "/0" for every array the value is in
  EXPECT_EQ(d->left, "1");
  EXPECT_EQ(d->right, "2");
  // A deep value on one side only is shown abbreviated rather than dumped.
  auto shallow = first_json_difference("[" + left + "]", "[1]", "v.json");
  ASSERT_TRUE(shallow.has_value());
  EXPECT_EQ(shallow->pointer, "/0");
  EXPECT_EQ(shallow->left, "[...]");
  EXPECT_EQ(first_json_difference(left, left, "v.json"), std::nullopt);
}

TEST(DeepLayer, BothRoundTripsHoldForADeepDocument) {
  LimitsScope limits(with_depth(kDivs + 10));
  Diagnostics diags("deep.xml");
  RoundtripResult tei = roundtrip_tei(nested_tei(kDivs), "deep.xml", diags);
  EXPECT_TRUE(tei.identical) << tei.where;
  RoundtripResult jsonld = roundtrip_jsonld(deep_jsonld(), "deep.jsonld", diags);
  EXPECT_TRUE(jsonld.identical) << jsonld.where;
}

}  // namespace
}  // namespace archtei
