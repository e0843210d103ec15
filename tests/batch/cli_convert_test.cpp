// `archtei convert` over collections, run as a user runs it: output tree, formats, manifest,
// re-runs, overwriting, bad files, selection, shards, exit codes.
#include <gtest/gtest.h>
#include <pugixml.hpp>
#include <sys/stat.h>

#include <regex>

#include "archtei/version.h"
#include "batch/temp_dir.h"
#include "batch_process.h"
#include "cli_collection.h"

namespace archtei::batch::testing {
namespace {

class Convert : public ::testing::Test {
 protected:
  ProcessResult archtei(std::vector<std::string> args, const std::string& input = {}) {
    return run_archtei(args, dir.path(), input);
  }
  std::string in(const std::string& relative = {}) const { return (dir / "in" / relative).string(); }
  std::string out(const std::string& relative = {}) const { return (dir / "out" / relative).string(); }
  void put(const std::string& relative, const std::string& bytes) { dir.write("in/" + relative, bytes); }
  const std::string& doc(std::size_t i) const { return fixture_texts()[i % fixture_texts().size()]; }

  TempDir dir;
};

bool well_formed_tei(const std::string& path) {
  pugi::xml_document d;
  return d.load_file(path.c_str()) && std::string(d.document_element().name()) == "TEI";
}

struct timespec mtime(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mtim;
}

bool same_time(struct timespec a, struct timespec b) { return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec; }

TEST_F(Convert, MirrorsTheInputTree) {
  put("ussr/1947/a.txt", doc(0));
  put("prc/b.txt", doc(1));
  put("c.txt", doc(2));
  put("notes.md", "not a document");  // no readable extension: not taken from a folder walk
  auto r = archtei({"convert", in(), "-o", out()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(out()), (std::set<std::string>{"c.tei.xml", "manifest.jsonl", "prc/b.tei.xml",
                                                       "ussr/1947/a.tei.xml"}));
  for (const char* f : {"c.tei.xml", "prc/b.tei.xml", "ussr/1947/a.tei.xml"}) EXPECT_TRUE(well_formed_tei(out(f))) << f;
  // Not a terminal: nothing but the summary.
  EXPECT_EQ(lines_with(r.err, "").size(), 1u) << r.err;
  EXPECT_EQ(r.err.rfind("converted 3 of 3 files in ", 0), 0u) << r.err;
}

TEST_F(Convert, AFileNamedDirectlyGoesToTheTopOfTheOutputFolder) {
  put("deep/er/a.txt", doc(0));
  auto r = archtei({"convert", in("deep/er/a.txt"), "-o", out()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(out()), (std::set<std::string>{"a.tei.xml", "manifest.jsonl"}));
}

TEST_F(Convert, WritesEveryRequestedFormat) {
  put("a.txt", doc(0));
  put("sub/b.txt", doc(1));
  auto r = archtei({"convert", in(), "-o", out(), "--to", "tei,jsonld"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(out()), (std::set<std::string>{"a.jsonld", "a.tei.xml", "manifest.jsonl", "sub/b.jsonld",
                                                       "sub/b.tei.xml"}));
  EXPECT_EQ(read_file(out("a.jsonld")).front(), '{');

  // --to replaces the default rather than adding to it.
  r = archtei({"convert", in("a.txt"), "-o", out("j"), "--to", "jsonld"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(out("j")), (std::set<std::string>{"a.jsonld", "manifest.jsonl"}));
}

TEST_F(Convert, ConvertsBackFromJsonLd) {
  put("a.txt", doc(0));
  ASSERT_EQ(archtei({"convert", in(), "-o", out("1"), "--to", "tei,jsonld"}).exit_code, 0);
  auto r = archtei({"convert", out("1/a.jsonld"), "-o", out("2")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(well_formed_tei(out("2/a.tei.xml")));
}

TEST_F(Convert, ManifestRecordsEveryInputWithMatchingDigests) {
  for (int i = 0; i < 7; ++i) put("d" + std::to_string(i % 2) + "/doc" + std::to_string(i) + ".txt", doc(i));
  auto r = archtei({"convert", in(), "-o", out(), "--to", "tei,jsonld", "-j", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto records = manifest_lines(out("manifest.jsonl"));
  ASSERT_EQ(records.size(), 7u);
  std::set<std::string> inputs;
  for (const auto& rec : records) {
    inputs.insert(rec.input);
    EXPECT_EQ(rec.status, "ok");
    EXPECT_EQ(rec.converter, std::string("archtei ") + kVersion);
    EXPECT_EQ(rec.input_sha256, sha256_hex(read_file(rec.input))) << rec.input;
    ASSERT_EQ(rec.outputs.size(), 2u);
    for (const auto& o : rec.outputs) EXPECT_EQ(o.sha256, sha256_hex(read_file(out(o.path)))) << o.path;
    EXPECT_GE(rec.ms, 0.0);
  }
  EXPECT_EQ(inputs.size(), 7u);
  // In input order, so the record is deterministic.
  EXPECT_TRUE(std::is_sorted(records.begin(), records.end(),
                             [](const ManifestRecord& a, const ManifestRecord& b) { return a.input < b.input; }));
}

TEST_F(Convert, ManifestCanGoElsewhere) {
  put("a.txt", doc(0));
  auto r = archtei({"convert", in(), "-o", out(), "--manifest", (dir / "records/m.jsonl").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto records = manifest_lines(dir / "records/m.jsonl");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].outputs.at(0).path, "../out/a.tei.xml");
  EXPECT_FALSE(fs::exists(out("manifest.jsonl")));
}

TEST_F(Convert, ARerunSkipsWhatIsUpToDateAndRedoesWhatChanged) {
  for (int i = 0; i < 4; ++i) put("doc" + std::to_string(i) + ".txt", doc(i));
  ASSERT_EQ(archtei({"convert", in(), "-o", out()}).exit_code, 0);
  auto before0 = mtime(out("doc0.tei.xml"));
  auto before1 = mtime(out("doc1.tei.xml"));

  auto r = archtei({"convert", in(), "-o", out()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("converted 0 of 4 files"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4 unchanged"), std::string::npos) << r.err;
  EXPECT_TRUE(same_time(mtime(out("doc0.tei.xml")), before0));
  for (const auto& rec : manifest_lines(out("manifest.jsonl"))) EXPECT_EQ(rec.status, "unchanged");

  put("doc1.txt", doc(1) + "\nA paragraph added later.\n");
  r = archtei({"convert", in(), "-o", out()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("converted 1 of 4 files"), std::string::npos) << r.err;
  EXPECT_FALSE(same_time(mtime(out("doc1.tei.xml")), before1));
  EXPECT_NE(read_file(out("doc1.tei.xml")).find("A paragraph added later."), std::string::npos);
  EXPECT_TRUE(same_time(mtime(out("doc0.tei.xml")), before0));
}

TEST_F(Convert, ChangedSettingsAreNotUpToDate) {
  put("a.txt", doc(0));
  ASSERT_EQ(archtei({"convert", in(), "-o", out()}).exit_code, 0);
  auto tei_time = mtime(out("a.tei.xml"));
  auto r = archtei({"convert", in(), "-o", out(), "--to", "tei,jsonld"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("converted 1 of 1"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(out("a.jsonld")));
  // The TEI came out the same bytes, so it was not rewritten.
  EXPECT_TRUE(same_time(mtime(out("a.tei.xml")), tei_time));
  EXPECT_EQ(manifest_lines(out("manifest.jsonl")).at(0).outputs.size(), 2u);
}

TEST_F(Convert, ForceConvertsAndOverwritesEverything) {
  put("a.txt", doc(0));
  ASSERT_EQ(archtei({"convert", in(), "-o", out()}).exit_code, 0);
  std::string good = read_file(out("a.tei.xml"));
  dir.write("out/a.tei.xml", "edited by hand");
  auto r = archtei({"convert", in(), "-o", out()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a.tei.xml exists and was not written by an earlier run; give --force to overwrite it "
                       "[output-exists]"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(read_file(out("a.tei.xml")), "edited by hand");

  r = archtei({"convert", in(), "-o", out(), "--force"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(out("a.tei.xml")), good);
  EXPECT_NE(r.err.find("converted 1 of 1"), std::string::npos) << r.err;
}

TEST_F(Convert, AnOutputThatWasThereFirstIsNotOverwritten) {
  put("a.txt", doc(0));
  put("b.txt", doc(1));
  dir.write("out/a.tei.xml", "someone else's file");
  auto r = archtei({"convert", in(), "-o", out()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines_with(r.err, "[output-exists]").size(), 1u) << r.err;
  EXPECT_EQ(read_file(out("a.tei.xml")), "someone else's file");
  EXPECT_TRUE(well_formed_tei(out("b.tei.xml")));
}

TEST_F(Convert, AnOutputOfAnEarlierRunIsReplacedWhenItsInputChanged) {
  put("a.txt", doc(0));
  ASSERT_EQ(archtei({"convert", in(), "-o", out()}).exit_code, 0);
  put("a.txt", doc(1));
  auto r = archtei({"convert", in(), "-o", out()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("converted 1 of 1"), std::string::npos) << r.err;
}

TEST_F(Convert, BadFilesAreReportedWithPositionsAndTheRestConverts) {
  for (int i = 0; i < 12; ++i) put("good" + std::to_string(i) + ".txt", doc(i));
  put("m1-bad-utf8.txt", "Line one\nLine two\nBroken \xff byte here\n" + doc(0));
  // A TEI file cut off half-way: not well-formed.
  ASSERT_EQ(archtei({"convert", in("good0.txt"), "-o", out("ref")}).exit_code, 0);
  std::string tei = read_file(out("ref/good0.tei.xml"));
  put("m2-truncated.tei.xml", tei.substr(0, tei.size() / 2));
  put("m3-empty.txt", "");

  auto r = archtei({"convert", in(), "-o", out("run"), "-j", "2"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto bad_utf8 = lines_with(r.err, "m1-bad-utf8.txt");
  ASSERT_EQ(bad_utf8.size(), 1u) << r.err;
  EXPECT_TRUE(std::regex_match(bad_utf8[0], std::regex(".*/in/m1-bad-utf8\\.txt:3:[0-9]+: error: .+ \\[[a-z0-9-]+\\]")))
      << bad_utf8[0];
  auto truncated = lines_with(r.err, "m2-truncated.tei.xml");
  ASSERT_EQ(truncated.size(), 1u) << r.err;
  EXPECT_TRUE(std::regex_match(truncated[0],
                               std::regex(".*/in/m2-truncated\\.tei\\.xml:[0-9]+:[0-9]+: error: .+ \\[[a-z0-9-]+\\]")))
      << truncated[0];
  EXPECT_EQ(lines_with(r.err, "m3-empty.txt").size(), 1u) << r.err;
  EXPECT_NE(r.err.find("converted 12 of 15 files"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 failed"), std::string::npos) << r.err;

  auto written = files_under(out("run"));
  for (int i = 0; i < 12; ++i) EXPECT_TRUE(written.count("good" + std::to_string(i) + ".tei.xml")) << i;
  for (const auto& f : written)
    EXPECT_FALSE(f.starts_with("m1") || f.starts_with("m2") || f.starts_with("m3")) << "partial output " << f;
  std::map<std::string, std::string> status;
  for (const auto& rec : manifest_lines(out("run/manifest.jsonl")))
    status[fs::path(rec.input).filename().string()] = rec.status;
  EXPECT_EQ(status["m1-bad-utf8.txt"], "failed");
  EXPECT_EQ(status["m2-truncated.tei.xml"], "failed");
  EXPECT_EQ(status["good3.txt"], "ok");
}

TEST_F(Convert, AMissingInputFailsAloneWithExitOne) {
  put("a.txt", doc(0));
  auto r = archtei({"convert", in("a.txt"), in("missing.txt"), "-o", out()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines_with(r.err, "missing.txt: error: cannot read: No such file or directory [read-failed]").size(), 1u)
      << r.err;
  EXPECT_TRUE(fs::exists(out("a.tei.xml")));
}

TEST_F(Convert, IncludeAndExcludeSelectFiles) {
  put("ussr/a.txt", doc(0));
  put("ussr/drafts/b.txt", doc(1));
  put("prc/c.txt", doc(2));
  put("prc/d.text", doc(3));
  auto r = archtei({"convert", in(), "-o", out(), "--include", "ussr/**", "--include", "*.text", "--exclude",
                    "drafts"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(out()), (std::set<std::string>{"manifest.jsonl", "prc/d.tei.xml", "ussr/a.tei.xml"}));
}

TEST_F(Convert, FilesFromAListOrStandardInput) {
  put("x/a.txt", doc(0));
  put("x/b.txt", doc(1));
  put("y/c.txt", doc(2));
  dir.write("list.txt", "in/x/a.txt\nin/y/c.txt\n");
  auto r = archtei({"convert", "--files-from", "list.txt", "-o", out("1")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(out("1")), (std::set<std::string>{"in/x/a.tei.xml", "in/y/c.tei.xml", "manifest.jsonl"}));

  r = archtei({"convert", "--files-from", "-", "-o", out("2")}, "in/x/b.txt\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(out("2")), (std::set<std::string>{"in/x/b.tei.xml", "manifest.jsonl"}));
}

TEST_F(Convert, ShardsAreDisjointAndTogetherConvertEverything) {
  auto names = write_collection(dir / "in", 40);
  std::set<std::string> seen;
  for (int k = 1; k <= 3; ++k) {
    auto r = archtei({"convert", in(), "-o", out(), "--shard", std::to_string(k) + "/3"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto records = manifest_lines(out("manifest.shard-" + std::to_string(k) + "-of-3.jsonl"));
    EXPECT_FALSE(records.empty());
    for (const auto& rec : records) EXPECT_TRUE(seen.insert(rec.input).second) << rec.input << " in two shards";
  }
  EXPECT_EQ(seen.size(), names.size());
  std::size_t tei = 0;
  for (const auto& f : files_under(out())) tei += f.ends_with(".tei.xml");
  EXPECT_EQ(tei, names.size());
}

TEST_F(Convert, InvalidTeiIsNotWrittenUnlessKept) {
  put("bad.tei.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><notAnElement/></TEI>\n");
  put("a.txt", doc(0));
  auto r = archtei({"convert", in("bad.tei.xml"), "-o", out(), "--validate", "--to", "tei,jsonld"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_FALSE(lines_with(r.err, ": error: ").empty()) << r.err;
  EXPECT_NE(r.err.find("1 invalid"), std::string::npos) << r.err;
  EXPECT_EQ(files_under(out()), (std::set<std::string>{"manifest.jsonl"}));

  r = archtei({"convert", in("bad.tei.xml"), "-o", out(), "--validate", "--keep-invalid"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(fs::exists(out("bad.tei.xml")));
  EXPECT_EQ(manifest_lines(out("manifest.jsonl")).at(0).status, "invalid");
}

TEST_F(Convert, TheInputIsNeverOverwritten) {
  put("a.tei.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
  std::string before = read_file(in("a.tei.xml"));
  auto r = archtei({"convert", in("a.tei.xml"), "-o", in()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines_with(r.err, "[output-is-input]").size(), 1u) << r.err;
  EXPECT_EQ(read_file(in("a.tei.xml")), before);
}

TEST_F(Convert, AnOutputFolderInsideTheInputFolderIsNotReadBack) {
  put("a.txt", doc(0));
  ASSERT_EQ(archtei({"convert", in(), "-o", in("converted"), "--to", "tei,jsonld"}).exit_code, 0);
  auto r = archtei({"convert", in(), "-o", in("converted"), "--to", "tei,jsonld"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("of 1 files"), std::string::npos) << r.err;
}

TEST_F(Convert, TwoInputsForOneOutputIsAUsageError) {
  put("a.txt", doc(0));
  put("a.tei.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
  auto r = archtei({"convert", in(), "-o", out(), "--to", "jsonld"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("would both be written to"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out()));
}

TEST_F(Convert, UsageErrorsExitTwo) {
  put("a.txt", doc(0));
  const std::vector<std::vector<std::string>> cases = {
      {"convert", in()},                                             // no -o
      {"convert", "-o", out()},                                      // no inputs
      {"convert", in(), "-o", out(), "--from", "docx"},
      {"convert", in(), "-o", out(), "--to", "text"},                // cannot write text
      {"convert", in(), "-o", out(), "--shard", "4/3"},
      {"convert", in(), "-o", out(), "-j", "0"},
      {"convert", in(), "-o", out(), "--keep-invalid"},
      {"convert", in(), "-o", out(), "--files-from", "no-such-list"},
      {"convert", in(), "-o", out(), "--no-such-flag"},
  };
  for (const auto& args : cases) {
    auto r = archtei(args);
    EXPECT_EQ(r.exit_code, 2) << args.back() << "\n" << r.err;
  }
  EXPECT_FALSE(fs::exists(out("a.tei.xml")));
}

TEST_F(Convert, LogFileHasOneJsonLinePerInput) {
  put("a.txt", doc(0));
  put("b.txt", "\xff");
  auto r = archtei({"convert", in(), "-o", out(), "--log", (dir / "run.jsonl").string()});
  EXPECT_EQ(r.exit_code, 1);
  std::string log = read_file(dir / "run.jsonl");
  EXPECT_EQ(lines_with(log, "\"event\":\"item\"").size(), 2u) << log;
  EXPECT_EQ(lines_with(log, "\"status\":\"failed\"").size(), 1u) << log;
  EXPECT_EQ(lines_with(log, "\"event\":\"summary\"").size(), 1u) << log;
}

TEST_F(Convert, QuietPrintsOnlyErrorsAndTheSummary) {
  put("a.txt", doc(0));
  auto r = archtei({"convert", in(), "-o", out(), "--quiet"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(lines_with(r.err, "").size(), 1u) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

}  // namespace
}  // namespace archtei::batch::testing
