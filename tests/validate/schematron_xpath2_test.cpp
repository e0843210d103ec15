// XPath 2.0 expressions to their XPath 1.0 translation: table-driven cases.
#include <gtest/gtest.h>

#include <ostream>

#include "validate/schematron_xpath2.h"

namespace {

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
