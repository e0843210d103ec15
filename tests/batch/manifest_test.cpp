// Manifest records: written, read back, carried over.
#include "batch/manifest.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "batch/temp_dir.h"

namespace archtei::batch {
namespace {

using testing::TempDir;

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

ManifestRecord sample() {
  ManifestRecord r;
  r.input = "corpus/ussr/\"odd\" name\n.txt";
  r.input_sha256 = std::string(64, 'a');
  r.status = "ok";
  r.outputs = {{"ussr/a.tei.xml", std::string(64, 'b')}, {"ussr/a.jsonld", std::string(64, 'c')}};
  r.warnings = {"a.txt:3:1: warning: x [y]"};
  r.errors = {};
  r.ms = 12.5;
  r.converter = "archtei 0.1.0";
  r.settings = "from=auto;to=tei,jsonld";
  r.encoding = "UTF-16LE";
  return r;
}

void expect_same(const ManifestRecord& a, const ManifestRecord& b) {
  EXPECT_EQ(a.input, b.input);
  EXPECT_EQ(a.input_sha256, b.input_sha256);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.outputs, b.outputs);
  EXPECT_EQ(a.warnings, b.warnings);
  EXPECT_EQ(a.errors, b.errors);
  EXPECT_DOUBLE_EQ(a.ms, b.ms);
  EXPECT_EQ(a.converter, b.converter);
  EXPECT_EQ(a.settings, b.settings);
  EXPECT_EQ(a.encoding, b.encoding);
}

TEST(ManifestRecord, RoundTripsThroughJson) {
  ManifestRecord r = sample();
  std::string line = r.to_json();
  EXPECT_EQ(line.find('\n'), std::string::npos);
  expect_same(ManifestRecord::from_json(line), r);
}

TEST(ManifestRecord, ReadsEscapes) {
  auto r = ManifestRecord::from_json(R"({"input":"a\u00e9\ud834\udd1e\/b","outputs":[]})");
  EXPECT_EQ(r.input, "a\xC3\xA9\xF0\x9D\x84\x9E/b");
}

TEST(ManifestRecord, RejectsWhatIsNotARecord) {
  for (const char* bad : {"", "[]", "{\"x\":1}", "{\"input\":\"a\"", "{\"input\":\"a\"} x", "{\"input\":tru}"})
    EXPECT_THROW(ManifestRecord::from_json(bad), Error) << bad;
}

TEST(ManifestRecord, RejectsNestingNoRecordHasAndBadSurrogates) {
  // The line parser recurses per level; a line edited into deep nesting must not crash it.
  EXPECT_THROW(ManifestRecord::from_json("{\"input\":\"a\",\"x\":" + std::string(100000, '[')), Error);
  EXPECT_THROW(ManifestRecord::from_json(R"({"input":"\ud834\u0041"})"), Error);
  EXPECT_THROW(ManifestRecord::from_json(R"({"input":"\udd1e"})"), Error);
}

TEST(ManifestRecord, LeavesOutTheEncodingOfInputsThatAreNotTexts) {
  ManifestRecord r = sample();
  EXPECT_NE(r.to_json().find(R"("encoding":"UTF-16LE")"), std::string::npos);
  r.encoding.clear();
  EXPECT_EQ(r.to_json().find("encoding"), std::string::npos);
}

TEST(Manifest, MissingFileIsEmptyAndBadLinesAreIgnored) {
  TempDir dir;
  EXPECT_TRUE(Manifest::read(dir / "none.jsonl").records().empty());
  ManifestRecord r = sample();
  dir.write("m.jsonl", "garbage\n" + r.to_json() + "\n{\"input\":\n");
  Manifest m = Manifest::read(dir / "m.jsonl");
  ASSERT_EQ(m.records().size(), 1u);
  ASSERT_NE(m.find(r.input), nullptr);
  expect_same(*m.find(r.input), r);
  EXPECT_EQ(m.find("other"), nullptr);
}

TEST(ManifestWriter, WritesThisRunThenCarriesOverTheRestAtomically) {
  TempDir dir;
  ManifestRecord old_a = sample();
  old_a.input = "in/a.txt";
  ManifestRecord old_b = sample();
  old_b.input = "in/b.txt";
  dir.write("out/manifest.jsonl", old_a.to_json() + "\n" + old_b.to_json() + "\n");
  Manifest previous = Manifest::read(dir / "out/manifest.jsonl");
  {
    ManifestWriter w(dir / "out/manifest.jsonl", previous, "archtei 9", "s");
    ItemResult res;
    res.input_sha256 = std::string(64, 'd');
    res.outputs = {{(dir / "out/sub/a.tei.xml").string(), std::string(64, 'e')}};
    res.diagnostics = {Diagnostic{Severity::Warning, "in/a.txt", {2, 3}, "odd", "odd-thing"}};
    res.elapsed = std::chrono::milliseconds(7);
    w.item_done(0, InputFile{"in/a.txt", "a.txt"}, res);
    // Nothing replaces the old manifest before finish().
    EXPECT_EQ(Manifest::read(dir / "out/manifest.jsonl").find("in/a.txt")->converter, "archtei 0.1.0");
    w.finish(BatchSummary{});
  }
  Manifest now = Manifest::read(dir / "out/manifest.jsonl");
  ASSERT_EQ(now.records().size(), 2u);
  const ManifestRecord& a = now.records()[0];
  EXPECT_EQ(a.input, "in/a.txt");
  EXPECT_EQ(a.converter, "archtei 9");
  EXPECT_EQ(a.settings, "s");
  EXPECT_EQ(a.status, "ok");
  EXPECT_EQ(a.outputs, (std::vector<OutputFile>{{"sub/a.tei.xml", std::string(64, 'e')}}));
  EXPECT_EQ(a.warnings, (std::vector<std::string>{"in/a.txt:2:3: warning: odd [odd-thing]"}));
  EXPECT_DOUBLE_EQ(a.ms, 7.0);
  expect_same(now.records()[1], old_b);
  for (const auto& e : std::filesystem::directory_iterator(dir / "out"))
    EXPECT_EQ(e.path().filename(), "manifest.jsonl");
}

TEST(ManifestWriter, AnAbandonedWriterLeavesTheOldManifestAndNoTemporaryFile) {
  TempDir dir;
  dir.write("manifest.jsonl", sample().to_json() + "\n");
  std::string before = slurp(dir / "manifest.jsonl");
  Manifest previous = Manifest::read(dir / "manifest.jsonl");
  {
    ManifestWriter w(dir / "manifest.jsonl", previous, "v", "s");
    w.item_done(0, InputFile{"x", "x"}, ItemResult{});
  }
  EXPECT_EQ(slurp(dir / "manifest.jsonl"), before);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()), 1);
}

}  // namespace
}  // namespace archtei::batch
