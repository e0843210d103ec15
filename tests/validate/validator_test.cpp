// Validator behaviour on small inline documents: diagnostics (position, path, one per
// cause), safe parsing, XInclude confinement, the built-in schema, caches and threads.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "support/oracle.h"
#include "validate/validator.h"

namespace archtei {
namespace {

namespace fs = std::filesystem;

const std::string kTeiAll = ::archtei::testing::shared_dir() + "/tei/tei_all.rng";

const Validator& tei_all() {
  static const Validator v(ValidationOptions{kTeiAll, "", false, false, "-"});
  return v;
}

// A minimal tei_all-valid document with `header_extra` in the header and `body` as body.
std::string tei(const std::string& body, const std::string& root_attrs = "") {
  return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"" + root_attrs +
         ">\n<teiHeader>\n<fileDesc>\n<titleStmt><title>T</title></titleStmt>\n"
         "<publicationStmt><p>P</p></publicationStmt>\n<sourceDesc><p>S</p></sourceDesc>\n"
         "</fileDesc>\n</teiHeader>\n<text>\n<body>\n" +
         body + "\n</body>\n</text>\n</TEI>\n";
}

fs::path temp_dir(const std::string& name) {
  fs::path p = fs::temp_directory_path() / ("archtei-validator-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

TEST(Validator, AcceptsAMinimalDocument) {
  ValidationResult r = tei_all().validate(tei("<p>Hello</p>"), "ok.xml");
  EXPECT_TRUE(r.valid);
  EXPECT_TRUE(r.problems.empty());
}

struct DiagnosticCase {
  std::string name;
  std::string xml;
  std::string code;
  std::size_t line, column;
  std::string fragment;  // must appear in the message
};

void PrintTo(const DiagnosticCase& c, std::ostream* os) { *os << c.name; }

class DiagnosticTest : public ::testing::TestWithParam<DiagnosticCase> {};

TEST_P(DiagnosticTest, OneErrorAtTheCause) {
  const auto& c = GetParam();
  ValidationResult r = tei_all().validate(c.xml, "doc.xml");
  EXPECT_FALSE(r.valid);
  ASSERT_EQ(r.problems.size(), 1u) << [&] {
    std::string s;
    for (const auto& d : r.problems) s += format_diagnostic(d) + "\n";
    return s;
  }();
  const Diagnostic& d = r.problems[0];
  EXPECT_EQ(d.code, c.code);
  EXPECT_EQ(d.file, "doc.xml");
  EXPECT_EQ(d.pos.line, c.line);
  if (c.column != 0) {
    EXPECT_EQ(d.pos.column, c.column);
  }
  EXPECT_NE(d.message.find(c.fragment), std::string::npos) << d.message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DiagnosticTest,
    ::testing::Values(
        DiagnosticCase{"foreign_attribute", tei("<p>x</p>", " xmlns:zz=\"urn:zz\" zz:flag=\"1\""),
                       "rng-attribute-not-allowed", 1, 1, "\"zz:flag\""},
        DiagnosticCase{"unknown_element", tei("<p>a</p><p>b <bogus/></p>"), "rng-element-not-allowed", 11, 14,
                       "/TEI/text/body/p[2]"},
        DiagnosticCase{"duplicate_id", tei("<p xml:id=\"a\">x</p>\n<p xml:id=\"a\">y</p>"), "rng-duplicate-id", 12,
                       0, "\"a\""},
        DiagnosticCase{"bad_id", tei("<p xml:id=\"1 a\">x</p>"), "rng-bad-id", 11, 0, "\"1 a\""},
        DiagnosticCase{"text_in_element_only", tei("<p>x</p>").replace(tei("").find("<fileDesc>") + 10, 0, "stray"),
                       "rng-text-not-allowed", 3, 1, "fileDesc"},
        DiagnosticCase{"malformed", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n</TEI>",
                       "xml-malformed", 3, 0, ""}),
    [](const ::testing::TestParamInfo<DiagnosticCase>& i) { return i.param.name; });

TEST(Validator, ReportsMalformedXmlWithItsPosition) {
  ValidationResult r = tei_all().validate("<TEI>\n  <a>\n</TEI>\n", "bad.xml");
  EXPECT_FALSE(r.valid);
  ASSERT_FALSE(r.problems.empty());
  EXPECT_EQ(r.problems[0].code, "xml-malformed");
  EXPECT_EQ(r.problems[0].pos.line, 3u);
  EXPECT_GT(r.problems[0].pos.column, 0u);
}

TEST(Validator, NeverLoadsExternalEntities) {
  fs::path dir = temp_dir("entity");
  std::ofstream(dir / "secret.txt") << "TOP-SECRET-MARKER";
  std::string xml = "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"secret.txt\">]>\n" + tei("<p>&x;</p>");
  ValidationResult r = tei_all().validate(xml, (dir / "doc.xml").string());
  EXPECT_FALSE(r.valid);
  for (const auto& d : r.problems) EXPECT_EQ(d.message.find("TOP-SECRET"), std::string::npos);
}

TEST(Validator, BoundsEntityExpansion) {
  std::string xml = "<!DOCTYPE TEI [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">";
  std::string prev = "a";
  for (char c = 'b'; c <= 'k'; ++c) {
    xml += std::string("<!ENTITY ") + c + " \"" + [&] {
      std::string s;
      for (int i = 0; i < 10; ++i) s += "&" + prev + ";";
      return s;
    }() + "\">";
    prev = std::string(1, c);
  }
  xml += "]>\n" + tei("<p>&k;</p>");
  ValidationResult r = tei_all().validate(xml, "laughs.xml");
  EXPECT_FALSE(r.valid);
  ASSERT_FALSE(r.problems.empty());
  EXPECT_EQ(r.problems[0].code, "xml-malformed");
}

TEST(Validator, XIncludeOnlyWhenAskedAndOnlyFromTheLocalFolder) {
  fs::path dir = temp_dir("xinclude");
  fs::create_directories(dir / "docs");
  std::ofstream(dir / "docs" / "part.xml") << "<p xmlns=\"http://www.tei-c.org/ns/1.0\">included</p>";
  std::ofstream(dir / "outside.xml") << "<p xmlns=\"http://www.tei-c.org/ns/1.0\">outside</p>";
  auto doc = [&](const std::string& href) {
    return tei("<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + href + "\"/>");
  };
  std::string file = (dir / "docs" / "main.xml").string();

  // Off: the xi:include element itself is not TEI.
  EXPECT_FALSE(tei_all().validate(doc("part.xml"), file).valid);

  static const Validator with(ValidationOptions{kTeiAll, "", false, true, "-"});
  ValidationResult local = with.validate(doc("part.xml"), file);
  EXPECT_TRUE(local.valid) << (local.problems.empty() ? "" : format_diagnostic(local.problems[0]));
  ValidationResult outside = with.validate(doc("../outside.xml"), file);
  EXPECT_FALSE(outside.valid);
  ValidationResult remote = with.validate(doc("http://example.org/part.xml"), file);
  EXPECT_FALSE(remote.valid);
}

TEST(Validator, ColumnsCountCharactersAndFindTheRightTag) {
  ValidationResult r = tei_all().validate(tei("<p>é</p><p>ü</p><p bogus=\"1\">x</p>"), "c.xml");
  ASSERT_EQ(r.problems.size(), 1u) << format_diagnostic(r.problems[0]) << "\n" << format_diagnostic(r.problems[1]);
  EXPECT_EQ(r.problems[0].pos.line, 11u);
  EXPECT_EQ(r.problems[0].pos.column, 17u) << format_diagnostic(r.problems[0]);
  EXPECT_NE(r.problems[0].message.find("/TEI/text/body/p[3]"), std::string::npos) << r.problems[0].message;
}

TEST(Validator, ThreadsShareOneValidator) {
  std::vector<std::string> docs = {tei("<p>a</p>"), tei("<p><bogus/></p>"), tei("<list><item>x</item></list>"),
                                   tei("<p xml:id=\"a\"/><p xml:id=\"a\"/>")};
  std::vector<bool> serial;
  for (const auto& d : docs) serial.push_back(tei_all().validate(d, "s.xml").valid);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round)
        for (std::size_t i = 0; i < docs.size(); ++i)
          if (tei_all().validate(docs[i], "t.xml").valid != serial[i]) ++mismatches[t];
    });
  for (auto& t : threads) t.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
  EXPECT_EQ(serial, (std::vector<bool>{true, false, true, false}));
}

TEST(Validator, DiskCacheHoldsSlicesAndGivesTheSameVerdicts) {
  fs::path dir = temp_dir("cache");
  std::string good = tei("<p>a</p>"), bad = tei("<p><bogus/></p>");
  bool first_good, first_bad;
  {
    Validator v(ValidationOptions{kTeiAll, "", false, false, dir.string()});
    first_good = v.validate(good, "a.xml").valid;
    first_bad = v.validate(bad, "b.xml").valid;
  }
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.path().extension() == ".rng";
  EXPECT_GE(files, 1u);
  Validator again(ValidationOptions{kTeiAll, "", false, false, dir.string()});
  EXPECT_EQ(again.validate(good, "a.xml").valid, first_good);
  EXPECT_EQ(again.validate(bad, "b.xml").valid, first_bad);
  EXPECT_TRUE(first_good);
  EXPECT_FALSE(first_bad);
}

// Each invalid document is explained against a slice of the schema for its names; names
// the schema does not declare change nothing in a slice, so documents that differ only in
// stray elements and attributes share one (a slice per stray name grew without bound).
TEST(Validator, StrayNamesShareTheirSlices) {
  fs::path dir = temp_dir("stray");
  {
    Validator v(ValidationOptions{kTeiAll, "", false, false, dir.string()});
    for (int i = 0; i < 12; ++i) {
      const std::string n = std::to_string(i);
      ValidationResult r = v.validate(tei("<p><stray" + n + " stray" + n + "=\"x\"/></p>"), "s" + n + ".xml");
      EXPECT_FALSE(r.valid);
      EXPECT_FALSE(r.problems.empty());
    }
  }
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.path().extension() == ".rng";
  EXPECT_EQ(files, 1u);
  fs::remove_all(dir);
}

TEST(Validator, UnreadableSchemaIsASchemaError) {
  try {
    Validator v(ValidationOptions{"/no/such/schema.rng", "", false, false, "-"});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Schema);
  }
}

TEST(Validator, ScanFindsEveryStartTag) {
  std::set<std::string> names;
  scan_element_names("<?xml version='1.0'?><!-- <c> --><a:TEI x='1'><b/><c>t</c></a:TEI>", names);
  EXPECT_EQ(names, (std::set<std::string>{"TEI", "b", "c", "@x"}));
}

}  // namespace
}  // namespace archtei
