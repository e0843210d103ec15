// Regenerates each fixture's TEI and JSON-LD from its input text and compares them with the
// expected files byte for byte, in this process and from two archtei processes.
// ARCHTEI_ACCEPT=1 rewrites the expected files instead; read the diff before committing them.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "jsonld/jsonld_writer.h"
#include "support/oracle.h"
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
  Document doc = read_text(read_file(testing::fixture_input(GetParam())), "input.txt", diags);
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

INSTANTIATE_TEST_SUITE_P(Fixtures, GoldenFiles, ::testing::ValuesIn(fixture_cases()),
                         testing::fixture_test_name);

// The output does not depend on the run: two separate archtei processes, one on one thread
// and one on four, write exactly the expected files for every case.
TEST(GoldenDeterminism, SeparateProcessesOnDifferentThreadCountsWriteTheExpectedFiles) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("archtei-determinism-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const std::vector<std::string> cases = fixture_cases();
  for (const auto& name : cases) {
    fs::create_directories(dir / "in" / name);
    write_file(dir / "in" / name / "input.txt", read_file(testing::fixture_input(name)));
  }
  for (const char* jobs : {"1", "4"}) {
    const testing::ToolRun run =
        testing::run_tool(testing::shell_quote(ARCHTEI_BINARY) + " convert --quiet --to tei,jsonld -j " + jobs + " -o " +
                          testing::shell_quote((dir / ("out-" + std::string(jobs))).string()) + " " +
                          testing::shell_quote((dir / "in").string()));
    ASSERT_EQ(run.status, 0) << testing::describe(run);
    for (const auto& name : cases) {
      const fs::path out = dir / ("out-" + std::string(jobs)) / name;
      EXPECT_EQ(read_file(out / "input.tei.xml"), read_file(fixture_path(name) / "expected.tei.xml"))
          << name << " with -j " << jobs;
      EXPECT_EQ(read_file(out / "input.jsonld"), read_file(fixture_path(name) / "expected.jsonld"))
          << name << " with -j " << jobs;
    }
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace archtei
