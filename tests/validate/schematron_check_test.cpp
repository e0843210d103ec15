// Small Schematron schemas over small documents: rule semantics, messages, XPath 2.0
// functions, unsupported rules and concurrent use.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "support/oracle.h"
#include "validate/input/xml_input.h"
#include "validate/schematron/schematron.h"

namespace {

using archtei::Diagnostic;
using archtei::SchematronCheckStats;
using archtei::SchematronOptions;
using archtei::SchematronSchema;
using archtei::Severity;

std::string schema_text(const std::string& body) {
  return R"X(<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">)X"
         R"X(<sch:ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/>)X" +
         body + "</sch:schema>";
}

std::vector<Diagnostic> check(const SchematronSchema& schema, const std::string& xml) {
  std::vector<Diagnostic> problems;
  auto doc = archtei::xml::parse_document(xml, "doc.xml", false, problems);
  EXPECT_NE(doc, nullptr) << xml;
  if (!doc) return {};
  return schema.check(doc.get(), "doc.xml");
}

std::vector<std::string> messages(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(d.message);
  return out;
}

const char* const kDoc = R"X(<TEI xmlns="http://www.tei-c.org/ns/1.0">
<text><body>
<p n="1"><date when="2001" notBefore="2000">x</date></p>
<p n="2" rend="a b  c"><name ref="#p1 #p2">N</name></p>
</body></text></TEI>)X";

TEST(SchematronCheck, AssertAndReportWithMessageParts) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:pattern id="dates"><sch:rule context="t:date">
      <sch:report test="@when and @notBefore">Both on <sch:name/> (<sch:value-of select="@when"/>).</sch:report>
      <sch:assert test="@calendar">  no
        calendar  </sch:assert>
    </sch:rule></sch:pattern>)X"), "s.sch");
  auto found = check(s, kDoc);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(archtei::format_diagnostic(found[0]),
            "doc.xml:3: error: Both on date (2001). [schematron:dates]");
  EXPECT_EQ(found[1].message, "no calendar");
  EXPECT_EQ(found[1].severity, Severity::Error);
}

TEST(SchematronCheck, FirstMatchingRuleInAPatternWins) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:pattern id="p">
      <sch:rule context="t:p[@n='1']"><sch:report test="true()">first</sch:report></sch:rule>
      <sch:rule context="t:p"><sch:report test="true()">second <sch:value-of select="@n"/></sch:report></sch:rule>
    </sch:pattern>
    <sch:pattern><sch:rule context="t:p"><sch:report test="@n = 1">other pattern</sch:report></sch:rule></sch:pattern>)X"),
                                         "s.sch");
  EXPECT_EQ(messages(check(s, kDoc)),
            (std::vector<std::string>{"first", "other pattern", "second 2"}));
}

TEST(SchematronCheck, LetsAtEveryLevelAndValueOfJoinsSequences) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:let name="root" value="local-name(/*)"/>
    <sch:pattern id="p"><sch:let name="two" value="2"/>
      <sch:rule context="t:p[@rend]">
        <sch:let name="tokens" value="tokenize(normalize-space(@rend), ' ')"/>
        <sch:report test="count($tokens) gt $two">
          <sch:value-of select="$root"/>: <sch:value-of select="$tokens"/> / <sch:value-of select="$tokens[last()]"/>
          / <sch:value-of select="string-join(($tokens[3], $tokens[1]), '-')"/></sch:report>
      </sch:rule></sch:pattern>)X"), "s.sch");
  EXPECT_EQ(messages(check(s, kDoc)), (std::vector<std::string>{"TEI: a b c / c / c-a"}));
}

// Each row: an XPath 2.0 test evaluated on the second <p>, and whether it holds.
struct FunctionCase {
  const char* test;
  bool holds;
};

void PrintTo(const FunctionCase& c, std::ostream* os) { *os << c.test; }

class Functions : public ::testing::TestWithParam<FunctionCase> {};

TEST_P(Functions, Evaluate) {
  auto s = SchematronSchema::from_memory(
      schema_text(std::string(R"X(<sch:pattern><sch:rule context="t:p[@n='2']"><sch:assert test=")X") +
                  GetParam().test + R"X(">failed</sch:assert></sch:rule></sch:pattern>)X"),
      "s.sch");
  ASSERT_TRUE(s.problems().empty()) << archtei::format_diagnostic(s.problems().front());
  auto found = check(s, kDoc);
  for (const auto& d : found) EXPECT_NE(d.code, "schematron-dynamic") << d.message;
  EXPECT_EQ(found.empty(), GetParam().holds) << GetParam().test;
}

INSTANTIATE_TEST_SUITE_P(
    XPath2, Functions,
    ::testing::Values(
        FunctionCase{"matches(@rend, '^a\\s+b')", true}, FunctionCase{"matches(@rend, '^b')", false},
        FunctionCase{"matches('ÄB', '^äb$', 'i')", true},
        FunctionCase{"replace(@rend, '\\s+', '_') eq 'a_b_c'", true},
        FunctionCase{"replace('abc', '(b)', '[$1]') = 'a[b]c'", true},
        FunctionCase{"matches('a.b', '^a\\.b$') and not(matches('axb', '^a\\.b$'))", true},
        FunctionCase{"matches('x1-y', '^\\i\\c*$') and not(matches('1x', '^\\i'))", true},
        FunctionCase{"not(matches('a&#10;b', '^a.b$')) and matches('a&#10;b', '^a.b$', 's')", true},
        FunctionCase{"count(tokenize(@rend, '\\s+')) = 3", true},
        FunctionCase{"count(tokenize(',a,', ',')) = 3", true},
        FunctionCase{"tokenize(t:name/@ref, ' ') = '#p2'", true},
        FunctionCase{"string-join(('x', 'y'), '+') = 'x+y'", true},
        FunctionCase{"count(distinct-values(('a', 'b', 'a'))) eq 2", true},
        FunctionCase{"exists(@rend) and empty(@type)", true},
        FunctionCase{"ends-with(@rend, ' c') and upper-case('ä') = 'Ä' and lower-case('AB') = 'ab'", true},
        FunctionCase{"@n = ('1', '2')", true}, FunctionCase{"@n = ('3', '4')", false},
        FunctionCase{"xs:integer(@n) + 1 eq 3", true},
        FunctionCase{"@n castable as xs:integer and not(@rend castable as xs:integer)", true},
        FunctionCase{"xs:date('2024-03-01') - xs:date('2024-02-28') = 2", true},
        FunctionCase{"xs:date('2024-03-01') lt current-date()", true},
        FunctionCase{"xs:date('2024-01-01') + xs:dayTimeDuration('P31D') = xs:date('2024-02-01')", true},
        FunctionCase{"not('2024-02-30' castable as xs:date)", true},
        FunctionCase{"if (@n = 2) then true() else false()", true},
        FunctionCase{"if (@n = 3) then true() else false()", false},
        FunctionCase{"some $t in tokenize(@rend, ' ') satisfies $t = 'c'", true},
        FunctionCase{"every $t in tokenize(normalize-space(@rend), ' ') satisfies string-length($t) = 1", true},
        FunctionCase{"every $a in @*, $b in @* satisfies name($a) = name($b)", false},
        FunctionCase{"count(for $a in @* return name($a)) = 2", true},
        FunctionCase{"(for $a in @* return exists($a)) = false()", false},
        FunctionCase{"(for $a in @* return empty($a)) = false()", true},
        FunctionCase{"count(@* except @n) = 1", true},
        FunctionCase{"count(@* intersect @n) = 1", true},
        FunctionCase{"preceding-sibling::t:p[1] &lt;&lt; .", true},
        FunctionCase{"preceding-sibling::t:p[1] >> .", false},
        FunctionCase{"t:name is t:name[1]", true},
        FunctionCase{"('x', @n, 'z')[2] = 2 and ('x', 'y')[last()] = 'y'", true},
        FunctionCase{"(t:name, ..)[1] is t:name and (.., t:name)[1] is ..", true},
        FunctionCase{"current() is .", true},
        FunctionCase{"t:name[current()/@n = 2]", true},
        FunctionCase{"'Q{' || @n || '}' = 'Q{2}'", true},
        FunctionCase{"max((1, 5, 3)) = 5 and min((4, 2)) = 2 and abs(-2) = 2 and avg((1, 3)) = 2", true},
        FunctionCase{"generate-id(.) = generate-id(current()) and generate-id(.) != generate-id(..)", true},
        FunctionCase{"@n idiv 2 = 1 and -@n = -2", true}));

TEST(SchematronCheck, FailedCastIsADynamicErrorNotAPass) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:pattern><sch:rule context="t:p"><sch:assert test="xs:integer(@rend) gt 0">m</sch:assert></sch:rule></sch:pattern>)X"),
                                         "s.sch");
  auto found = check(s, kDoc);
  ASSERT_FALSE(found.empty());
  bool dynamic = false;
  for (const auto& d : found) dynamic = dynamic || (d.code == "schematron-dynamic" && d.severity == Severity::Error);
  EXPECT_TRUE(dynamic);
}

TEST(SchematronCheck, UnsupportedRulesAreReportedNeverSkippedSilently) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:pattern id="ok"><sch:rule context="t:p"><sch:assert test="@n">m</sch:assert></sch:rule></sch:pattern>
    <sch:pattern id="bad"><sch:rule context="t:p"><sch:assert test="format-number(1, '#') = '1'">m</sch:assert></sch:rule></sch:pattern>
    <sch:pattern id="bad-context"><sch:rule context="t:p/(t:a|t:b)"><sch:assert test="true()">m</sch:assert></sch:rule></sch:pattern>)X"),
                                         "s.sch");
  ASSERT_EQ(s.problems().size(), 2u);
  EXPECT_NE(s.problems()[0].message.find("format-number"), std::string::npos);
  auto found = check(s, kDoc);
  std::size_t warnings = 0;
  for (const auto& d : found) {
    EXPECT_EQ(d.severity, Severity::Warning);
    EXPECT_EQ(d.code, "schematron-unsupported");
    ++warnings;
  }
  EXPECT_EQ(warnings, 2u);
}

TEST(SchematronCheck, PhasesAndUnreadableSchemasAreReported) {
  auto s = SchematronSchema::from_memory(
      R"X(<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" defaultPhase="quick">
            <sch:phase id="quick"/></sch:schema>)X",
      "s.sch");
  ASSERT_EQ(s.problems().size(), 1u);
  EXPECT_EQ(s.problems()[0].message, "phases are not supported: all patterns are checked, not only phase 'quick'");
  try {
    SchematronSchema::from_file("/nonexistent/rules.sch");
    FAIL() << "no error";
  } catch (const archtei::Error& e) {
    EXPECT_EQ(e.kind(), archtei::ErrorKind::Schema);
  }
  EXPECT_THROW(SchematronSchema::from_memory("<sch:schema", "broken.sch"), archtei::Error);
}

TEST(SchematronCheck, AbstractRulesAreExtended) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:pattern>
      <sch:rule abstract="true" id="numbered"><sch:assert test="@n">unnumbered <sch:name/></sch:assert></sch:rule>
      <sch:rule context="t:name"><sch:extends rule="numbered"/></sch:rule>
    </sch:pattern>)X"), "s.sch");
  EXPECT_TRUE(s.problems().empty());
  EXPECT_EQ(messages(check(s, kDoc)), (std::vector<std::string>{"unnumbered name"}));
}

TEST(SchematronCheck, AttributeContextsFireOnlyWhenAsked) {
  const std::string text = schema_text(R"X(
    <sch:pattern><sch:rule context="t:date/@when"><sch:report test="../@notBefore">on <sch:name/></sch:report></sch:rule></sch:pattern>)X");
  EXPECT_TRUE(check(SchematronSchema::from_memory(text, "s.sch"), kDoc).empty());
  SchematronOptions iso;
  iso.match_non_elements = true;
  EXPECT_EQ(messages(check(SchematronSchema::from_memory(text, "s.sch", iso), kDoc)),
            (std::vector<std::string>{"on when"}));
}

TEST(SchematronCheck, NameKeepsThePrefixAsWritten) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:pattern><sch:rule context="t:seg"><sch:assert test="@type"><sch:name/> needs @type</sch:assert></sch:rule></sch:pattern>)X"),
                                         "s.sch");
  EXPECT_EQ(messages(check(s, R"X(<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:seg/></tei:TEI>)X")),
            (std::vector<std::string>{"tei:seg needs @type"}));
}

TEST(SchematronCheck, RulesEmbeddedInRelaxNg) {
  auto s = SchematronSchema::from_memory(R"X(
    <grammar xmlns="http://relaxng.org/ns/structure/1.0" xmlns:sch="http://purl.oclc.org/dsdl/schematron">
      <sch:ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/>
      <start><element name="TEI" ns="http://www.tei-c.org/ns/1.0">
        <sch:pattern id="a"><sch:rule context="t:p"><sch:assert test="@n">p needs @n</sch:assert></sch:rule></sch:pattern>
        <sch:rule context="t:name"><sch:report test="@ref">a lone rule</sch:report></sch:rule>
        <anyName/></element></start>
    </grammar>)X", "s.rng");
  EXPECT_EQ(s.stats().patterns, 2u);
  EXPECT_EQ(messages(check(s, kDoc)), (std::vector<std::string>{"a lone rule"}));
}

TEST(SchematronCheck, RulesForAbsentElementsAreSkippedAndPresentOnesFire) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:pattern><sch:rule context="t:absent"><sch:report test="true()">absent</sch:report></sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:absent//t:p"><sch:report test="true()">nested</sch:report></sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:absent | t:name"><sch:report test="true()">name</sch:report></sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:body//t:date"><sch:report test="true()">date</sch:report></sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:p[@rend][not(@type)]"><sch:report test="true()">p</sch:report></sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:*[@rend][@absent]"><sch:report test="true()">never</sch:report></sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:date/@when"><sch:report test="true()">attribute</sch:report></sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:absent/@when"><sch:report test="true()">absent attribute</sch:report></sch:rule></sch:pattern>)X"),
                                         "s.sch");
  SchematronCheckStats stats;
  std::vector<Diagnostic> problems;
  auto doc = archtei::xml::parse_document(kDoc, "doc.xml", false, problems);
  ASSERT_NE(doc, nullptr);
  EXPECT_EQ(messages(s.check(doc.get(), "doc.xml", &stats)), (std::vector<std::string>{"date", "name", "p"}));
  EXPECT_EQ(stats.rules_skipped, 3u);    // t:absent, t:absent//t:p, t:absent/@when
  EXPECT_EQ(stats.rules_evaluated, 5u);  // t:date/@when is evaluated but fires on elements only
  EXPECT_EQ(stats.firings, 3u);
}

TEST(SchematronCheck, ErrorInAContextIsReportedOnceAndMatchesNothing) {
  auto s = SchematronSchema::from_memory(schema_text(R"X(
    <sch:pattern><sch:rule context="t:p[xs:integer(@rend) gt 0]"><sch:report test="true()">m</sch:report></sch:rule></sch:pattern>)X"),
                                         "s.sch");
  auto found = check(s, kDoc);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].code, "schematron-dynamic");
  EXPECT_EQ(found[0].pos.line, 0u);
}

TEST(SchematronCheck, TeiAllRulesAllCompile) {
  auto s = SchematronSchema::from_relaxng_embedded(::archtei::testing::shared_dir() + "/tei/tei_all.rng");
  for (const auto& p : s.problems()) ADD_FAILURE() << archtei::format_diagnostic(p);
  EXPECT_EQ(s.stats().patterns, 93u);
  EXPECT_EQ(s.stats().rules, 98u);
  EXPECT_EQ(s.stats().assertions, 103u);
}

TEST(SchematronCheck, ConcurrentChecksShareOneSchema) {
  auto s = SchematronSchema::from_file(::archtei::testing::shared_dir() + "/tei/tei_all.isosch");
  const std::string doc = R"X(<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
    <p><date when="1956" notBefore="1955"/><seg subtype="x"/><span to="#a #b"/></p>
    <list type="gloss"><item>x</item></list><path points="1,1 2,2 1,1"/>
    </body></text></TEI>)X";
  const auto expected = messages(check(s, doc));
  ASSERT_EQ(expected.size(), 6u);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) same[t] += messages(check(s, doc)) == expected;
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(same[t], 25);
}

}  // namespace
