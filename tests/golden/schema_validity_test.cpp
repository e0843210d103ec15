// Every golden TEI file is valid: against the official tei_all.rng (checked by jing, the
// reference, and by archtei's own validator), against tei_all's Schematron rules (jing), and
// against archtei's stricter customization. That also tests the customization's claim to be
// a subset of TEI on real output.
#include <gtest/gtest.h>

#include "support/oracle.h"
#include "support/test_files.h"
#include "support/tei_all_validator.h"
#include "validate/validator.h"

namespace archtei {
namespace {

using testing::fixture_cases;
using testing::fixture_path;

const std::string kTeiAll = ::archtei::testing::shared_dir() + "/tei/tei_all.rng";
const std::string kTeiAllSchematron = ::archtei::testing::shared_dir() + "/tei/tei_all.isosch";

std::vector<std::string> golden_tei_files() {
  std::vector<std::string> files;
  for (const auto& name : fixture_cases()) {
    auto p = fixture_path(name) / "expected.tei.xml";
    if (std::filesystem::exists(p)) files.push_back(p.string());
  }
  return files;
}

TEST(GoldenTeiValidity, JingAcceptsEveryFileAgainstTeiAll) {
  auto files = golden_tei_files();
  ASSERT_EQ(files.size(), fixture_cases().size());
  EXPECT_EQ(testing::jing_report(kTeiAll, files), "");
}

TEST(GoldenTeiValidity, JingAcceptsEveryFileAgainstTeiAllSchematron) {
  auto files = golden_tei_files();
  ASSERT_EQ(files.size(), fixture_cases().size());
  EXPECT_EQ(testing::jing_report(kTeiAllSchematron, files), "");
}

TEST(GoldenTeiValidity, ArchteiAcceptsEveryFileAgainstTeiAll) {
  const Validator& validator = testing::tei_all_validator();
  for (const auto& f : golden_tei_files()) {
    ValidationResult r = validator.validate_file(f);
    std::string problems;
    for (const auto& d : r.problems) problems += "\n  " + format_diagnostic(d);
    EXPECT_TRUE(r.valid) << f << problems;
  }
}

TEST(GoldenTeiValidity, ArchteiAcceptsEveryFileAgainstItsOwnSchema) {
  const Validator& validator = testing::archtei_validator();
  for (const auto& f : golden_tei_files()) {
    ValidationResult r = validator.validate_file(f);
    std::string problems;
    for (const auto& d : r.problems) problems += "\n  " + format_diagnostic(d);
    EXPECT_TRUE(r.valid) << f << problems;
  }
}

}  // namespace
}  // namespace archtei
