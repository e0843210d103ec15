// The metadata record each fixture yields, against the record an editor wrote by hand
// (expected.record.json), and the record read back from the TEI against the text's.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "jsonld/record_json.h"
#include "support/test_files.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "text/text_reader.h"

namespace archtei {
namespace {

using nlohmann::json;
using testing::fixture_cases;
using testing::fixture_path;
using testing::read_file;

json record_of_text(const std::string& name, Document* out = nullptr) {
  Diagnostics diags("input.txt");
  Document doc = read_text(read_file(testing::fixture_input(name)), "input.txt", diags);
  json record = json::parse(write_record_json(doc.metadata));
  if (out) *out = std::move(doc);
  return record;
}

// Every key where the two records differ, "file" aside (it names a different file).
std::string differences(const json& expected, const json& actual) {
  std::string out;
  for (auto it = expected.begin(); it != expected.end(); ++it) {
    if (it.key() == "file") continue;
    if (!actual.contains(it.key())) { out += "\n  missing key " + it.key(); continue; }
    if (actual[it.key()] != it.value())
      out += "\n  " + it.key() + ":\n    expected " + it.value().dump() + "\n    actual   " + actual[it.key()].dump();
  }
  for (auto it = actual.begin(); it != actual.end(); ++it)
    if (!expected.contains(it.key())) out += "\n  unexpected key " + it.key();
  return out;
}

class Records : public ::testing::TestWithParam<std::string> {};

TEST_P(Records, TextYieldsTheHandWrittenRecord) {
  const auto path = fixture_path(GetParam()) / "expected.record.json";
  ASSERT_TRUE(std::filesystem::exists(path)) << "every case needs its hand-written record: " << path;
  const json expected = json::parse(read_file(path));
  const json actual = record_of_text(GetParam());
  const std::string diff = differences(expected, actual);
  EXPECT_TRUE(diff.empty()) << GetParam() << diff;
}

TEST_P(Records, TeiHeaderGivesBackTheSameRecord) {
  Document doc;
  const json from_text = record_of_text(GetParam(), &doc);
  Diagnostics diags("input.txt");
  const std::string tei = write_tei(doc, diags);
  const json from_tei = json::parse(write_record_json(read_tei_metadata(parse_xml(tei, "out.tei.xml"), "out.tei.xml")));
  const std::string diff = differences(from_text, from_tei);
  EXPECT_TRUE(diff.empty()) << GetParam() << diff;
}

TEST(RecordKeys, AreExactlyTheDocumentedOnesInOrder) {
  const json record = json::parse(write_record_json(Metadata{}));
  std::vector<std::string> keys;
  for (auto it = record.begin(); it != record.end(); ++it) keys.push_back(it.key());
  // nlohmann::json sorts keys; compare as sets here and check order on the raw text below.
  const std::vector<std::string> documented = {
      "file", "title", "date", "document_type", "authors", "recipients", "archives",
      "published_sources", "translators", "contributors", "editors", "other_credits", "funders",
      "original_languages", "summary", "source_url", "publisher", "signers", "speakers", "warnings"};
  std::vector<std::string> sorted = documented;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted, keys);
  const std::string raw = write_record_json(Metadata{});
  std::size_t last = 0;
  for (const auto& k : documented) {
    std::size_t at = raw.find("\"" + k + "\"");
    ASSERT_NE(at, std::string::npos) << k;
    EXPECT_GT(at, last) << k << " out of order";
    last = at;
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, Records, ::testing::ValuesIn(fixture_cases()),
                         testing::fixture_test_name);

}  // namespace
}  // namespace archtei
