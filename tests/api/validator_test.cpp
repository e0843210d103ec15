// The public Validator: archtei's own schema, a RelaxNG file, a Schematron file alone, and
// problems and schema errors as public types.
#include <gtest/gtest.h>

#include <archtei/archtei.h>

#include <filesystem>

#include "support/test_files.h"

namespace {

using namespace archtei::api;
using archtei::testing::fixture_path;
using archtei::testing::read_file;

const std::string kTeiNs = "http://www.tei-c.org/ns/1.0";

TEST(ApiValidator, GoldenTeiIsValidAndAHeaderlessOneIsNot) {
  const Validator validator;
  const std::string tei = read_file(fixture_path("bracket-kinds-all") / "expected.tei.xml");
  ValidationResult ok = validator.validate(tei, "good.tei.xml");
  EXPECT_TRUE(ok.valid);
  EXPECT_TRUE(ok.problems.empty());

  const std::string bad = "<TEI xmlns=\"" + kTeiNs + "\"><text><body><p>x</p></body></text></TEI>";
  ValidationResult result = validator.validate(bad, "bad.xml");
  EXPECT_FALSE(result.valid);
  ASSERT_FALSE(result.problems.empty());
  EXPECT_EQ(result.problems.front().severity, Severity::Error);
  EXPECT_EQ(result.problems.front().file, "bad.xml");
  EXPECT_EQ(result.problems.front().line, 1u);
}

TEST(ApiValidator, MalformedXmlIsAProblemNotAnException) {
  ValidationResult result = Validator().validate("<TEI><unclosed></TEI>", "broken.xml");
  EXPECT_FALSE(result.valid);
  ASSERT_FALSE(result.problems.empty());
  EXPECT_NE(result.problems.front().line, 0u);
}

TEST(ApiValidator, SchematronFileAloneChecksOnlyItsRules) {
  const auto dir = std::filesystem::temp_directory_path() / ("archtei-api-sch-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto sch = dir / "rules.sch";
  archtei::testing::write_file(sch, R"(<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <pattern id="needs-b"><rule context="a"><assert test="b" id="a-needs-b">an a needs a b</assert></rule></pattern>
</schema>
)");
  const Validator validator(ValidatorOptions{sch.string(), true});
  // Not TEI at all: no RelaxNG applies, only the rule.
  EXPECT_TRUE(validator.validate("<a><b/></a>").valid);
  ValidationResult result = validator.validate("<a><c/></a>", "doc.xml");
  EXPECT_FALSE(result.valid);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_NE(result.problems.front().message.find("an a needs a b"), std::string::npos);
  EXPECT_THROW(Validator(ValidatorOptions{sch.string(), false}), Error);
  std::filesystem::remove_all(dir);
}

TEST(ApiValidator, UnreadableSchemaIsASchemaError) {
  try {
    Validator(ValidatorOptions{"/nonexistent/schema.rng", true});
    FAIL() << "no error for a missing schema";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Schema);
    EXPECT_EQ(e.diagnostic().file, "/nonexistent/schema.rng");
  }
}

TEST(ApiValidator, TeiAllFromTheSharedFolder) {
  const Validator validator(ValidatorOptions{archtei::testing::shared_dir() + "/tei/tei_all.rng", true});
  EXPECT_TRUE(validator.validate(read_file(fixture_path("bracket-kinds-all") / "expected.tei.xml")).valid);
}

}  // namespace
