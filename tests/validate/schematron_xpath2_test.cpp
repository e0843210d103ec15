// XPath 2.0 expressions to their XPath 1.0 translation: table-driven cases.
#include <gtest/gtest.h>

#include <ostream>
#include <set>
#include <string>

#include "validate/schematron/schematron_xpath2.h"

namespace {

using archtei::schematron::ElementName;
using archtei::schematron::PatternPlan;
using archtei::schematron::XPathTranslateError;
using archtei::schematron::XPathTranslator;

struct Case {
  const char* xpath2;
  const char* xpath1;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.xpath2; }

class Translate : public ::testing::TestWithParam<Case> {};

TEST_P(Translate, Expression) {
  XPathTranslator t;
  EXPECT_EQ(t.translate(GetParam().xpath2), GetParam().xpath1);
}

INSTANTIATE_TEST_SUITE_P(
    Schematron, Translate,
    ::testing::Values(
        Case{"@notBefore|@notAfter", "@notBefore | @notAfter"},
        Case{"@scheme and not(@scheme eq 'free')", "@scheme and not(@scheme = 'free')"},
        Case{"string-length( normalize-space(.) ) gt 0", "string-length(normalize-space(.)) > 0"},
        Case{"count(tei:lem) lt 2", "count(tei:lem) < 2"},
        Case{"namespace-uri(.) = ('a', 'b')", "namespace-uri(.) = xpath2-seq('a', 'b')"},
        Case{"id( substring( @spanTo, 2 ) ) >> .", "xpath2-precedes(., id(substring(@spanTo, 2)))"},
        Case{"$srcs[2]", "xpath2-item-at($srcs, 2)"},
        Case{"tokenize(@points, ' ')[last()]", "xpath2-item-at(tokenize(@points, ' '), -1)"},
        Case{"ancestor::tei:l[not(.//tei:note//tei:l[. = current()])]",
             "ancestor::tei:l[not(.//tei:note//tei:l[. = current()])]"},
        Case{"@minOccurs cast as xs:integer lt 2", "xs:integer(@minOccurs) < 2"},
        Case{"'Q{'||@ns||'}'", "concat(string(concat(string('Q{'), string(@ns))), string('}'))"},
        Case{"child::* | (@* except (@mode, @ident))",
             "child::* | (xpath2-except(@*, xpath2-seq(@mode, @ident)))"},
        Case{"( $a, $b ) = false()", "xpath2-compare('=', xpath2-seq($a, $b), false())"},
        Case{"exists($a/ancestor::sch:rule/@context)", "boolean($a/ancestor::sch:rule/@context)"},
        Case{"child::*[1]/self::idno", "child::*[1]/self::idno"},
        Case{"tei:a/./@b", "tei:a/./@b"},
        Case{"$a/ancestor::x[1]", "$a/ancestor::x[1]"},
        Case{"@maxOccurs castable as xs:integer", "xpath2-castable('xs:integer', @maxOccurs)"},
        Case{"concat('\"', @mode, '\"')", "concat('\"', @mode, '\"')"},
        Case{"'it''s'", "\"it's\""},
        Case{"//*[ not( generate-id(.) eq generate-id( current() ) ) ]/@prefix = @prefix",
             "//*[not(generate-id(.) = generate-id(current()))]/@prefix = @prefix"}));

TEST(Translate, ClosuresCarryForIfAndQuantifiedBodies) {
  XPathTranslator t;
  EXPECT_EQ(t.translate("for $a in .//x return exists($a/@y)"), "xpath2-for('a', .//x, 0)");
  EXPECT_EQ(t.translate("if (@mode) then 1 else 2"), "xpath2-if(@mode, 1, 2)");
  EXPECT_EQ(t.translate("some $t in tokenize(@a, ' ') satisfies $t = 'x'"),
            "xpath2-some('t', tokenize(@a, ' '), 3)");
  ASSERT_EQ(t.closures().size(), 4u);
  EXPECT_EQ(t.closures()[0], "boolean($a/@y)");
  EXPECT_EQ(t.closures()[1], "1");
  EXPECT_EQ(t.closures()[2], "2");
  EXPECT_EQ(t.closures()[3], "$t = 'x'");
}

TEST(Translate, PatternsSelectFromTheRoot) {
  XPathTranslator t;
  EXPECT_EQ(t.translate_pattern("tei:*[@when]"), "//tei:*[@when]");
  EXPECT_EQ(t.translate_pattern("tei:l//tei:p"), "//tei:l//tei:p");
  EXPECT_EQ(t.translate_pattern("tei:rt/@target"), "//tei:rt/@target");
  EXPECT_EQ(t.translate_pattern("tei:a | tei:b"), "//tei:a | //tei:b");
  EXPECT_EQ(t.translate_pattern("/*[ count( //tei:x ) gt 1 ]"), "/*[count(//tei:x) > 1]");
  EXPECT_EQ(t.translate_pattern("( tei:a | tei:b )/tei:listRef"), "(//tei:a | //tei:b)/tei:listRef");
  EXPECT_EQ(t.translate_pattern("( tei:a[@m] | tei:b )[ @x ]"), "(//tei:a[@m] | //tei:b)[@x]");
}

// Each row: a rule context, the element names its alternatives can select ("" when only
// evaluating it tells), and whether every alternative is decided element by element.
struct PlanCase {
  const char* pattern;
  const char* names;
  bool direct;
};

void PrintTo(const PlanCase& c, std::ostream* os) { *os << c.pattern; }

const std::set<std::string> kPrefixes = {"tei", "xs", "sch"};

std::string joined(const PatternPlan& plan) {
  if (!plan.known) return "";
  std::string out;
  for (const auto& b : plan.branches)
    out += (out.empty() ? "" : " ") +
           (!b.selects_elements ? "@" : (b.element.prefix.empty() ? "" : b.element.prefix + ":") + b.element.local);
  return out;
}

class Plan : public ::testing::TestWithParam<PlanCase> {};

TEST_P(Plan, ElementNames) {
  XPathTranslator t;
  PatternPlan plan = t.plan_pattern(GetParam().pattern, kPrefixes);
  EXPECT_EQ(joined(plan), GetParam().names);
  bool direct = plan.known;
  for (const auto& b : plan.branches) direct = direct && b.direct;
  EXPECT_EQ(direct, GetParam().direct);
}

INSTANTIATE_TEST_SUITE_P(
    Schematron, Plan,
    ::testing::Values(
        PlanCase{"tei:p", "tei:p", true}, PlanCase{"//tei:p", "tei:p", true},
        PlanCase{"p", "p", true}, PlanCase{"*", "*", true}, PlanCase{"tei:*[@when]", "tei:*", true},
        PlanCase{"tei:list[@type='gloss']", "tei:list", true},
        PlanCase{"tei:a | tei:b", "tei:a tei:b", true},
        PlanCase{"tei:msContents|tei:physDesc|tei:history", "tei:msContents tei:physDesc tei:history", true},
        PlanCase{"( tei:a[@m] | tei:b )[ @x ]", "tei:a tei:b", true},
        PlanCase{"child::tei:p", "tei:p", true},
        PlanCase{"/*[ count( //tei:x ) gt 1 ]", "*", true},
        PlanCase{"tei:l//tei:p", "tei:p", false}, PlanCase{"tei:a/tei:b", "tei:b", false},
        PlanCase{"/tei:TEI/tei:text", "tei:text", false},
        PlanCase{"( tei:a | tei:b )/tei:listRef", "tei:listRef", false},
        PlanCase{"tei:facsimile//tei:line | tei:facsimile//tei:zone", "tei:line tei:zone", false},
        PlanCase{"tei:p[1]", "tei:p", false}, PlanCase{"tei:p[last()]", "tei:p", false},
        PlanCase{"tei:p[position() > 1]", "tei:p", false},
        PlanCase{"tei:p[count(tei:s)]", "tei:p", false},
        PlanCase{"tei:p[$n]", "tei:p", false},
        PlanCase{"tei:p[@n = current()/@n]", "tei:p", false},
        PlanCase{"(tei:a | tei:b)[1]", "tei:a tei:b", false},
        PlanCase{"undeclared:p", "undeclared:p", false},
        PlanCase{"tei:rt/@target", "@", false}, PlanCase{"@when", "@", false},
        PlanCase{"tei:a | tei:b/@c", "tei:a @", false},
        PlanCase{"node()", "", false}, PlanCase{"text()", "", false}, PlanCase{"/", "", false},
        PlanCase{"tei:p/..", "", false}, PlanCase{"tei:a | tei:b/..", "", false},
        PlanCase{"descendant::tei:p", "", false}, PlanCase{"tei:p/self::tei:p", "", false}));

TEST(Plan, PredicatesBecomeTestsOnTheElementWhereThatCannotLoseAnError) {
  XPathTranslator t;
  PatternPlan plan = t.plan_pattern("tei:*[not(self::tei:a | self::tei:b)][@x and not(@y)]", kPrefixes);
  ASSERT_EQ(plan.branches.size(), 1u);
  const auto& b = plan.branches[0];
  EXPECT_EQ(b.not_self, (std::vector<ElementName>{{"tei", "a"}, {"tei", "b"}}));
  EXPECT_EQ(b.with_attributes, std::vector<std::string>{"x"});
  EXPECT_EQ(b.without_attributes, std::vector<std::string>{"y"});
  EXPECT_EQ(b.filter, "");

  // An error-free test still runs as XPath, after the attribute it needs is checked.
  plan = t.plan_pattern("tei:*[ starts-with( @spanTo, '#') ]", kPrefixes);
  EXPECT_EQ(plan.branches[0].with_attributes, std::vector<std::string>{"spanTo"});
  EXPECT_EQ(plan.branches[0].filter, "self::node()[starts-with(@spanTo, '#')]");

  // After a test that may fail at run time, later tests stay behind it in the filter.
  plan = t.plan_pattern("tei:x[xs:integer(@n) gt 0][@type]", kPrefixes);
  EXPECT_TRUE(plan.branches[0].with_attributes.empty());
  EXPECT_EQ(plan.branches[0].filter, "self::node()[xs:integer(@n) > 0][@type]");

  // Parts of a conjunction are truth values even when they are numbers.
  plan = t.plan_pattern("tei:x[count(tei:y) and @z]", kPrefixes);
  EXPECT_EQ(plan.branches[0].filter, "self::node()[boolean(count(tei:y))]");
  EXPECT_EQ(plan.branches[0].with_attributes, std::vector<std::string>{"z"});

  plan = t.plan_pattern("/*[@a]", kPrefixes);
  EXPECT_TRUE(plan.branches[0].root_only);
  plan = t.plan_pattern("tei:content//tei:elementRef", kPrefixes);
  EXPECT_EQ(plan.branches[0].required, (std::vector<ElementName>{{"tei", "content"}, {"tei", "elementRef"}}));
  plan = t.plan_pattern("tei:rt/@target", kPrefixes);
  EXPECT_EQ(plan.branches[0].required, (std::vector<ElementName>{{"tei", "rt"}}));
}

TEST(Translate, UnsupportedConstructsAreErrorsNotGuesses) {
  XPathTranslator t;
  EXPECT_THROW(t.translate("1 to 5"), XPathTranslateError);
  EXPECT_THROW(t.translate("format-date(current-date(), '[Y]')"), XPathTranslateError);
  EXPECT_THROW(t.translate(". instance of xs:string"), XPathTranslateError);
  EXPECT_THROW(t.translate("a/(b|c)"), XPathTranslateError);
  EXPECT_THROW(t.translate("@a cast as xs:gYear"), XPathTranslateError);
  EXPECT_THROW(t.translate("(: note :) 1"), XPathTranslateError);
}

}  // namespace
