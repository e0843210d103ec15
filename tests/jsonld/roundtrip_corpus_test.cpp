// The round-trip property over every golden fixture and the whole third-party TEI corpus:
// TEI -> JSON-LD -> TEI is identical under Canonical XML (checked with archtei's own
// comparison and with `xmllint --c14n` on the bytes), JSON-LD -> TEI -> JSON-LD gives the
// same JSON, and writing is deterministic.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "jsonld/jsonld_reader.h"
#include "jsonld/jsonld_writer.h"
#include "jsonld/roundtrip.h"
#include "model/canonical_xml.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "test_corpus.h"

namespace archtei {
namespace {

namespace fs = std::filesystem;

fs::path scratch_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("archtei-jsonld-" + std::to_string(::getpid())) / name;
  fs::create_directories(dir);
  return dir;
}

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// `xmllint --c14n FILE`, or a failure naming the file when xmllint did not run or printed
// nothing.
std::string xmllint_c14n(const fs::path& file) {
  testing::ToolRun run = testing::run_tool("xmllint --nonet --c14n " + testing::shell_quote(file.string()));
  if (run.status != 0 || run.out.empty()) return "(xmllint failed on " + file.string() + ": " + testing::describe(run) + ")";
  return run.out;
}

class TeiRoundtrip : public ::testing::TestWithParam<std::string> {};

TEST_P(TeiRoundtrip, TeiThroughJsonLdIsIdenticalUnderC14n) {
  const std::string file = GetParam();
  const std::string original = test::read_bytes(file);
  Diagnostics diags(file);

  RoundtripResult r = roundtrip_tei(original, file, diags);
  EXPECT_TRUE(r.identical) << "first difference at " << r.where << ": " << r.original << " vs " << r.returned;

  // The same property, judged by libxml2's canonicaliser on the bytes a user would get.
  std::string jsonld = write_jsonld(read_tei(original, file, diags), diags);
  std::string returned = write_tei(read_jsonld(jsonld, file, diags), diags);
  fs::path dir = scratch_dir("c14n");
  fs::path returned_file = dir / (test::test_name(file) + ".xml");
  write_bytes(returned_file, returned);
  std::string expected_c14n = xmllint_c14n(file);
  ASSERT_FALSE(expected_c14n.starts_with("(")) << expected_c14n;
  EXPECT_EQ(expected_c14n, xmllint_c14n(returned_file));
  // archtei's Canonical XML is the same as libxml2's.
  EXPECT_EQ(expected_c14n, canonical_xml(parse_xml(original, file)));
}

TEST_P(TeiRoundtrip, JsonLdThroughTeiIsIdenticalJson) {
  const std::string file = GetParam();
  Diagnostics diags(file);
  std::string jsonld = write_jsonld(read_tei(test::read_bytes(file), file, diags), diags);
  RoundtripResult r = roundtrip_jsonld(jsonld, file, diags);
  EXPECT_TRUE(r.identical) << "first difference at " << r.where << ": " << r.original << " vs " << r.returned;
  // Bytes, not only values: the writer's layout is fixed.
  std::string again = write_jsonld(read_tei(write_tei(read_jsonld(jsonld, file, diags), diags), file, diags), diags);
  EXPECT_EQ(jsonld, again);
}

TEST_P(TeiRoundtrip, WritingIsDeterministic) {
  const std::string file = GetParam();
  const std::string input = test::read_bytes(file);
  Diagnostics a(file), b(file);
  EXPECT_EQ(write_jsonld(read_tei(input, file, a), a), write_jsonld(read_tei(input, file, b), b));
}

// The round trips above are one test per file: without the corpus they would silently be
// fewer. Every file on disk is in the manifest and every file the manifest lists is there.
TEST(TeiCorpus, IsThereWhole) {
  const fs::path corpus = fs::path(testing::shared_dir()) / "tei-corpus";
  ASSERT_TRUE(fs::is_regular_file(corpus / "MANIFEST.tsv")) << "no third-party corpus at " << corpus;
  const std::vector<std::string> listed = test::corpus_documents();
  EXPECT_GE(listed.size(), 59u);
  for (const auto& f : listed) EXPECT_TRUE(fs::is_regular_file(f)) << "listed in the manifest but missing: " << f;
  std::size_t on_disk = 0;
  for (const auto& e : fs::recursive_directory_iterator(corpus))
    if (e.is_regular_file() && e.path().extension() == ".xml") ++on_disk;
  EXPECT_EQ(on_disk, listed.size()) << "files on disk and manifest rows differ";
}

INSTANTIATE_TEST_SUITE_P(Corpus, TeiRoundtrip, ::testing::ValuesIn(test::tei_documents()),
                         [](const auto& info) { return test::test_name(info.param); });

}  // namespace
}  // namespace archtei
