// The derivative RelaxNG validator on small schemas, one per feature, each with documents
// that must pass and documents that must fail. jing, the reference, is asked the same
// questions in the same test, so an expectation written here cannot be wrong unnoticed.
#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "support/oracle.h"
#include "validate/relaxng/rng_derivatives.h"
#include "validate/relaxng/rng_loader.h"

namespace archtei::rng {
namespace {

struct Doc {
  const char* xml;
  bool valid;
};

struct SchemaCase {
  const char* name;
  const char* schema;  // the RelaxNG namespace and XML Schema datatypes are added around it
  std::vector<Doc> docs;
};

std::string wrap(const char* body) {
  return std::string(
             "<grammar xmlns='http://relaxng.org/ns/structure/1.0' "
             "datatypeLibrary='http://www.w3.org/2001/XMLSchema-datatypes'>") +
         body + "</grammar>";
}

const std::vector<SchemaCase>& cases() {
  static const std::vector<SchemaCase> all = {
      {"interleave",
       "<start><element name='a'><interleave><element name='b'><empty/></element>"
       "<element name='c'><empty/></element></interleave></element></start>",
       {{"<a><b/><c/></a>", true}, {"<a><c/><b/></a>", true}, {"<a><b/></a>", false}, {"<a><b/><b/><c/></a>", false}}},
      {"mixed",
       "<start><element name='p'><mixed><zeroOrMore><element name='hi'><text/></element></zeroOrMore></mixed>"
       "</element></start>",
       {{"<p>x<hi>y</hi>z</p>", true}, {"<p/>", true}, {"<p><hi><hi/></hi></p>", false}, {"<p>a<!-- c -->b</p>", true}}},
      {"element_only",
       "<start><element name='list'><oneOrMore><element name='item'><text/></element></oneOrMore></element></start>",
       {{"<list> <item>a</item>\n</list>", true},
        {"<list>x<item/></list>", false},
        {"<list/>", false},
        {"<list><!-- c --><item/><?pi x?><item/></list>", true}}},
      {"attributes",
       "<start><element name='date'><attribute name='when'><data type='date'/></attribute>"
       "<optional><attribute name='cert'><choice><value>high</value><value>low</value></choice></attribute></optional>"
       "</element></start>",
       {{"<date when='2020-01-31'/>", true},
        {"<date when='2020-13-01'/>", false},
        {"<date/>", false},
        {"<date when='2020-01-01' cert=' high '/>", true},
        {"<date when='2020-01-01' cert='medium'/>", false},
        {"<date when='2020-01-01' other='x'/>", false},
        {"<date cert='low' when='1999-12-31'>  </date>", true},
        {"<date when='2020-01-01'>text</date>", false}}},
      {"facets",
       "<start><element name='codes'><oneOrMore><element name='code'><data type='token'>"
       "<param name='pattern'>[A-Z]{2}</param></data></element></oneOrMore>"
       "<optional><element name='note'><data type='string'><param name='maxLength'>3</param></data></element></optional>"
       "</element></start>",
       {{"<codes><code>AB</code></codes>", true},
        {"<codes><code> AB </code></codes>", true},
        {"<codes><code>ABC</code></codes>", false},
        {"<codes><code>AB</code><note>abc</note></codes>", true},
        {"<codes><code>AB</code><note>abcd</note></codes>", false}}},
      {"list",
       "<start><element name='r'><attribute name='target'><list><oneOrMore><data type='anyURI'/></oneOrMore>"
       "</list></attribute></element></start>",
       {{"<r target='#a #b'/>", true}, {"<r target=' #a '/>", true}, {"<r target=''/>", false}}},
      {"name_classes",
       "<start><element><anyName><except><nsName ns='urn:x'/></except></anyName>"
       "<zeroOrMore><attribute><anyName/></attribute></zeroOrMore><text/></element></start>",
       {{"<foo a='1' b='2'>t</foo>", true}, {"<x:foo xmlns:x='urn:x'/>", false}, {"<y:foo xmlns:y='urn:y'/>", true}}},
      {"namespaces",
       "<start><element name='t:doc' xmlns:t='urn:t'><element name='part' ns='urn:t'><empty/></element>"
       "<optional><attribute name='t:key'/></optional></element></start>",
       {{"<doc xmlns='urn:t'><part/></doc>", true},
        {"<t:doc xmlns:t='urn:t' t:key='k'><t:part/></t:doc>", true},
        {"<doc xmlns='urn:t' key='k'><part/></doc>", false},
        {"<doc><part/></doc>", false}}},
      {"combine_and_nested_grammar",
       "<start combine='choice'><ref name='a'/></start><start combine='choice'><ref name='b'/></start>"
       "<define name='a'><element name='a'><ref name='inner'/></element></define>"
       "<define name='b'><element name='b'><empty/></element></define>"
       "<define name='inner'><grammar><start><zeroOrMore><parentRef name='b'/></zeroOrMore></start></grammar></define>",
       {{"<a><b/><b/></a>", true}, {"<b/>", true}, {"<a><a/></a>", false}}},
      {"recursion",
       "<start><ref name='div'/></start>"
       "<define name='div'><element name='div'><zeroOrMore><choice><ref name='div'/>"
       "<element name='p'><text/></element></choice></zeroOrMore></element></define>",
       {{"<div><div><p>x</p><div/></div><p/></div>", true}, {"<div><p><div/></p></div>", false}}},
      {"ids",
       "<start><element name='doc'><zeroOrMore><element name='e'>"
       "<optional><attribute name='id'><data type='ID'/></attribute></optional>"
       "<optional><attribute name='ref'><data type='IDREF'/></attribute></optional>"
       "</element></zeroOrMore></element></start>",
       {{"<doc><e id='a'/><e ref='a'/></doc>", true},
        {"<doc><e ref='a'/><e id='a'/></doc>", true},
        {"<doc><e id='a'/><e id='a'/></doc>", false},
        {"<doc><e ref='b'/></doc>", false}}},
      {"data_except",
       "<start><element name='v'><data type='token'><except><value>none</value></except></data></element></start>",
       {{"<v>x</v>", true}, {"<v>none</v>", false}, {"<v> none </v>", false}}},
      {"group_order",
       "<start><element name='g'><element name='a'><empty/></element>"
       "<optional><element name='b'><empty/></element></optional><element name='c'><empty/></element></element></start>",
       {{"<g><a/><c/></g>", true}, {"<g><a/><b/><c/></g>", true}, {"<g><b/><a/><c/></g>", false}, {"<g><a/><b/></g>", false}}},
      {"string_value",
       "<start><element name='s'><choice><value type='string'>a b</value><value type='integer'>7</value></choice>"
       "</element></start>",
       {{"<s>a b</s>", true}, {"<s>a  b</s>", false}, {"<s> 007 </s>", true}, {"<s>8</s>", false}}},
      {"empty_and_data_content",
       "<start><element name='e'><element name='n'><data type='integer'/></element>"
       "<zeroOrMore><element name='x'><empty/></element></zeroOrMore></element></start>",
       {{"<e><n> 5 </n><x> </x></e>", true},
        {"<e><n/></e>", false},
        {"<e><n>5<!--c-->0</n></e>", true},
        {"<e><n>5</n><x>y</x></e>", false}}},
      {"repeated_attribute_group",
       "<start><element name='w'><oneOrMore><choice><attribute name='a'/><attribute name='b'/></choice></oneOrMore>"
       "</element></start>",
       {{"<w a='1'/>", true}, {"<w a='1' b='2'/>", true}, {"<w/>", false}, {"<w c='3'/>", false}}},
  };
  return all;
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

DocPtr parse(const std::string& text) {
  return DocPtr(xmlReadMemory(text.data(), static_cast<int>(text.size()), "case.xml", nullptr, XML_PARSE_NONET));
}

TEST(DerivativeValidator, VerdictsMatchTheCases) {
  for (const SchemaCase& c : cases()) {
    DocPtr schema_doc = parse(wrap(c.schema));
    ASSERT_TRUE(schema_doc) << c.name;
    std::unique_ptr<Schema> schema = load_schema(schema_doc.get());
    DerivativeValidator validator(*schema);
    // Twice over: the second pass runs on memoized derivatives.
    for (int pass = 0; pass < 2; ++pass) {
      for (const Doc& d : c.docs) {
        DocPtr doc = parse(d.xml);
        ASSERT_TRUE(doc) << d.xml;
        Failure failure;
        EXPECT_EQ(validator.validate(doc.get(), failure), d.valid) << c.name << ": " << d.xml << " " << failure.message;
        if (!d.valid) {
          EXPECT_FALSE(failure.message.empty()) << d.xml;
        }
      }
    }
  }
}

// The expectations above are jing's verdicts.
TEST(DerivativeValidator, CasesAgreeWithJing) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("archtei-rng-cases-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // One jing run per schema; a document is invalid when jing names it in an error. jing
  // that did not run names nothing, so its exit status must say what the cases expect and at
  // least one invalid document must be named.
  std::size_t named = 0;
  for (const SchemaCase& c : cases()) {
    fs::path schema = dir / (std::string(c.name) + ".rng");
    std::ofstream(schema) << wrap(c.schema);
    std::vector<std::string> paths;
    bool any_invalid = false;
    for (std::size_t i = 0; i < c.docs.size(); ++i) {
      paths.push_back((dir / (std::string(c.name) + "-" + std::to_string(i) + ".xml")).string());
      std::ofstream(paths.back()) << c.docs[i].xml;
      any_invalid = any_invalid || !c.docs[i].valid;
    }
    const archtei::testing::ToolRun run = archtei::testing::run_tool(archtei::testing::jing_command(schema.string(), paths));
    ASSERT_EQ(run.status, any_invalid ? 1 : 0) << c.name << ": " << archtei::testing::describe(run);
    for (std::size_t i = 0; i < c.docs.size(); ++i) {
      const bool jing_valid = run.out.find(paths[i] + ":") == std::string::npos;
      named += jing_valid ? 0 : 1;
      EXPECT_EQ(jing_valid, c.docs[i].valid) << c.name << ": " << c.docs[i].xml << "\n" << run.out;
    }
  }
  EXPECT_GT(named, 10u);
  fs::remove_all(dir);
}

TEST(DerivativeValidator, FailureNamesTheNodeAndWhatWasExpected) {
  DocPtr schema_doc = parse(wrap(cases()[12].schema));  // group_order
  auto schema = load_schema(schema_doc.get());
  DerivativeValidator validator(*schema);
  DocPtr doc = parse("<g>\n<a/>\n<d/>\n</g>");
  Failure failure;
  ASSERT_FALSE(validator.validate(doc.get(), failure));
  EXPECT_EQ(failure.code, "rng-element-unexpected");
  EXPECT_EQ(xmlGetLineNo(const_cast<xmlNode*>(failure.node)), 3);
  EXPECT_NE(failure.message.find("\"d\""), std::string::npos) << failure.message;
  EXPECT_NE(failure.message.find("b, c"), std::string::npos) << failure.message;
}

TEST(DerivativeValidator, SchemaErrorsAndUnsupportedConstructs) {
  auto load = [](const char* body) {
    DocPtr d = parse(wrap(body));
    return load_schema(d.get());
  };
  EXPECT_THROW(load("<start><ref name='missing'/></start>"), IncorrectSchema);
  EXPECT_THROW(load("<start><ref name='a'/></start><define name='a'><ref name='a'/></define>"), IncorrectSchema);
  EXPECT_THROW(load("<start><element name='a'><data type='noSuchType'/></element></start>"), IncorrectSchema);
  EXPECT_THROW(load("<start><element name='a'><data type='token'><param name='pattern'>[</param></data></element></start>"),
               IncorrectSchema);
  EXPECT_THROW(load("<include href='other.rng'/><start><empty/></start>"), Unsupported);
  EXPECT_NO_THROW(load("<start><element name='a'><empty/></element></start>"));
}

}  // namespace
}  // namespace archtei::rng
