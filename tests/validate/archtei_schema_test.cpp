// archtei's built-in TEI customization: it is there with no files around, it requires what
// an archival deposit needs, and what it accepts tei_all.rng accepts too.
#include <gtest/gtest.h>

#include <map>

#include "support/oracle.h"
#include "validate/validator.h"

namespace archtei {
namespace {

const std::string kTeiAll = ::archtei::testing::shared_dir() + "/tei/tei_all.rng";

const Validator& builtin() {
  static const Validator v(ValidationOptions{"", "", true, false, "-"});
  return v;
}

const Validator& tei_all_with_rules() {
  static const Validator v(ValidationOptions{kTeiAll, "", true, false, "-"});
  return v;
}

// A deposit-ready document in the shape archtei writes; each replacement breaks one need.
std::string deposit(std::map<std::string, std::string> replace = {}) {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Ciphered Telegram, Molotov to Cde. Stalin</title>
        @TRANSLATOR@
      </titleStmt>
      <publicationStmt>
        <publisher>Wilson Center Digital Archive</publisher>
      </publicationStmt>
      <sourceDesc>
        @SOURCE@
      </sourceDesc>
    </fileDesc>
    @ENCODING@
    <profileDesc>
      @LANGUAGE@
    </profileDesc>
  </teiHeader>
  <text xml:lang="en">
    <body>
      <p>Text of the telegram.</p>
    </body>
  </text>
</TEI>
)";
  std::map<std::string, std::string> parts = {
      {"@TRANSLATOR@",
       R"(<respStmt><resp ref="http://id.loc.gov/vocabulary/relators/trl">translated by</resp><persName>Gary Goldberg</persName></respStmt>)"},
      {"@SOURCE@",
       R"(<msDesc><msIdentifier><repository>RGASPI</repository><idno type="fond">558</idno></msIdentifier></msDesc>)"},
      {"@ENCODING@",
       R"(<encodingDesc><appInfo><application ident="archtei" version="0.1.0"><label>archtei</label></application></appInfo></encodingDesc>)"},
      {"@LANGUAGE@", R"(<langUsage><language ident="ru">Russian</language></langUsage>)"},
  };
  for (auto& [k, v] : replace) parts[k] = v;
  for (const auto& [k, v] : parts) xml.replace(xml.find(k), k.size(), v);
  return xml;
}

std::string listing(const ValidationResult& r) {
  std::string s;
  for (const auto& d : r.problems) s += "\n  " + format_diagnostic(d);
  return s;
}

TEST(ArchteiSchema, IsBuiltInAndAcceptsADepositReadyDocument) {
  ValidationResult r = builtin().validate(deposit(), "deposit.xml");
  EXPECT_TRUE(r.valid) << listing(r);
  ValidationResult t = tei_all_with_rules().validate(deposit(), "deposit.xml");
  EXPECT_TRUE(t.valid) << listing(t);
}

struct Need {
  std::string name;
  std::map<std::string, std::string> replace;
  std::string code;  // the rule that must fire
};

void PrintTo(const Need& n, std::ostream* os) { *os << n.name; }

class ArchteiNeed : public ::testing::TestWithParam<Need> {};

TEST_P(ArchteiNeed, IsRequiredAndTheDocumentStaysTeiValid) {
  const Need& n = GetParam();
  std::string xml = deposit(n.replace);
  ValidationResult r = builtin().validate(xml, "d.xml");
  EXPECT_FALSE(r.valid);
  bool fired = false;
  for (const auto& d : r.problems) fired |= d.code.rfind(n.code, 0) == 0;
  EXPECT_TRUE(fired) << "expected " << n.code << listing(r);
  // Stricter than TEI: the same document is fine for tei_all (RelaxNG and its rules).
  ValidationResult t = tei_all_with_rules().validate(xml, "d.xml");
  EXPECT_TRUE(t.valid) << listing(t);
}

INSTANTIATE_TEST_SUITE_P(
    Needs, ArchteiNeed,
    ::testing::Values(
        Need{"title", {{"<title>Ciphered Telegram, Molotov to Cde. Stalin</title>", "<title/>"}},
             "schematron:archtei-title"},
        Need{"translation_credit", {{"@TRANSLATOR@", ""}}, "schematron:archtei-translation-credit"},
        Need{"translator_name",
             {{"@TRANSLATOR@", R"(<respStmt><resp>Translation</resp><name/></respStmt>)"}},
             "schematron:archtei-translation-credit"},
        Need{"source_with_identifier",
             {{"@SOURCE@", R"(<msDesc><msIdentifier><repository>RGASPI</repository></msIdentifier></msDesc>)"}},
             "schematron:archtei-source"},
        Need{"source_not_prose", {{"@SOURCE@", "<p>No source is given for this document.</p>"}},
             "rng-"},
        Need{"language_usage", {{"@LANGUAGE@", "<abstract><p>x</p></abstract>"}}, "schematron:archtei-language"},
        Need{"provenance", {{"@ENCODING@", "<encodingDesc><p>Converted.</p></encodingDesc>"}},
             "schematron:archtei-provenance"}),
    [](const ::testing::TestParamInfo<Need>& i) { return i.param.name; });

TEST(ArchteiSchema, APublishedSourceIsEnough) {
  std::string xml = deposit({{"@SOURCE@", R"(<bibl type="published">Tkachenko, Koreiskii Poluostrov</bibl>)"}});
  ValidationResult r = builtin().validate(xml, "d.xml");
  EXPECT_TRUE(r.valid) << listing(r);
}

}  // namespace
}  // namespace archtei
