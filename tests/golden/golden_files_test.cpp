// Regenerates each fixture's TEI and JSON-LD from its input text and compares them with the
// expected files byte for byte. ARCHTEI_ACCEPT=1 rewrites the expected files instead; read
// the diff before committing them.
#include <gtest/gtest.h>

#include <cstdlib>

#include "jsonld/jsonld_writer.h"
#include "support/test_files.h"
#include "tei/tei_writer.h"
#include "text/text_reader.h"

namespace archtei {
namespace {

using testing::fixture_cases;
using testing::fixture_path;
using testing::read_file;
using testing::write_file;

bool accepting() {
  const char* v = std::getenv("ARCHTEI_ACCEPT");
  return v && std::string(v) == "1";
}

// The first line where two texts differ, for a readable failure.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::size_t line = 1, start = 0;
  for (std::size_t i = 0; i < std::min(expected.size(), actual.size()); ++i) {
    if (expected[i] != actual[i]) {
      std::size_t e_end = expected.find('\n', i), a_end = actual.find('\n', i);
      return "line " + std::to_string(line) + "\n  expected: " + expected.substr(start, e_end - start) +
             "\n  actual:   " + actual.substr(start, a_end - start);
    }
    if (expected[i] == '\n') { ++line; start = i + 1; }
  }
  return "one is a prefix of the other (sizes " + std::to_string(expected.size()) + " and " +
         std::to_string(actual.size()) + ")";
}

class GoldenFiles : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenFiles, RegeneratedOutputMatchesExpectedFiles) {
  const auto dir = fixture_path(GetParam());
  Diagnostics diags("input.txt");
  Document doc = read_text(read_file(dir / "input.txt"), "input.txt", diags);
  const std::string tei = write_tei(doc, diags);
  const std::string jsonld = write_jsonld(doc, diags);
  if (accepting()) {
    write_file(dir / "expected.tei.xml", tei);
    write_file(dir / "expected.jsonld", jsonld);
    GTEST_SKIP() << "rewrote the expected files of " << GetParam();
  }
  ASSERT_TRUE(std::filesystem::exists(dir / "expected.tei.xml")) << "run with ARCHTEI_ACCEPT=1 to create it";
  const std::string expected_tei = read_file(dir / "expected.tei.xml");
  EXPECT_EQ(expected_tei, tei) << first_difference(expected_tei, tei);
  const std::string expected_jsonld = read_file(dir / "expected.jsonld");
  EXPECT_EQ(expected_jsonld, jsonld) << first_difference(expected_jsonld, jsonld);
}

TEST_P(GoldenFiles, OutputIsDeterministic) {
  const std::string input = read_file(fixture_path(GetParam()) / "input.txt");
  Diagnostics d1, d2;
  EXPECT_EQ(write_tei(read_text(input, "input.txt", d1), d1), write_tei(read_text(input, "input.txt", d2), d2));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GoldenFiles, ::testing::ValuesIn(fixture_cases()),
                         testing::fixture_test_name);

}  // namespace
}  // namespace archtei
