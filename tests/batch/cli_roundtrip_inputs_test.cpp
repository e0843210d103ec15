// `archtei roundtrip` takes its inputs as `archtei convert` does: folders, --include,
// --exclude, --files-from, --shard and -j, reporting in input order whatever -j is.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "batch/temp_dir.h"
#include "batch_process.h"
#include "cli_collection.h"

namespace archtei::batch::testing {
namespace {

using Files = std::vector<std::string>;

class RoundtripInputs : public ::testing::Test {
 protected:
  // TEI and JSON-LD made by archtei from the seed documents, in two folders.
  void SetUp() override {
    const auto& texts = fixture_texts();
    for (std::size_t i = 0; i < 4; ++i)
      dir.write("text/" + std::string(i % 2 ? "x/" : "y/") + "doc" + std::to_string(i) + ".txt", texts[i % texts.size()]);
    auto r = run_archtei({"convert", (dir / "text").string(), "-o", (dir / "in").string(), "--to", "tei,jsonld"},
                         dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    dir.write("in/notes.txt", "not TEI");  // neither TEI nor JSON-LD: a folder walk leaves it out
  }

  ProcessResult roundtrip(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), "roundtrip");
    return run_archtei(args, dir.path(), input);
  }

  // The files reported identical, in report order.
  static Files identical(const ProcessResult& r) {
    Files out;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      auto at = line.find(": ");
      if (at != std::string::npos && line.ends_with(": identical")) out.push_back(line.substr(0, at));
    }
    return out;
  }

  TempDir dir;
};

TEST_F(RoundtripInputs, FoldersAreWalkedForTeiAndJsonLdInByteOrder) {
  auto r = roundtrip({"in"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(identical(r), (Files{"in/x/doc1.jsonld", "in/x/doc1.tei.xml", "in/x/doc3.jsonld", "in/x/doc3.tei.xml",
                                 "in/y/doc0.jsonld", "in/y/doc0.tei.xml", "in/y/doc2.jsonld", "in/y/doc2.tei.xml"}));
}

TEST_F(RoundtripInputs, IncludeAndExcludeGlobs) {
  auto r = roundtrip({"in", "--include", "*.jsonld", "--exclude", "y"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(identical(r), (Files{"in/x/doc1.jsonld", "in/x/doc3.jsonld"}));
  auto tei = roundtrip({"in", "--include", "y/*.tei.xml"});
  EXPECT_EQ(identical(tei), (Files{"in/y/doc0.tei.xml", "in/y/doc2.tei.xml"}));
}

TEST_F(RoundtripInputs, FilesFromAFileAndFromStandardInput) {
  dir.write("list.txt", "in/y/doc2.tei.xml\nin/x\r\n\n");
  auto from_file = roundtrip({"--files-from", "list.txt"});
  EXPECT_EQ(from_file.exit_code, 0) << from_file.err;
  EXPECT_EQ(identical(from_file),
            (Files{"in/y/doc2.tei.xml", "in/x/doc1.jsonld", "in/x/doc1.tei.xml", "in/x/doc3.jsonld", "in/x/doc3.tei.xml"}));
  auto from_stdin = roundtrip({"--files-from", "-"}, "in/y/doc0.jsonld\n");
  EXPECT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_EQ(identical(from_stdin), (Files{"in/y/doc0.jsonld"}));
  EXPECT_EQ(roundtrip({"--files-from", "no-such-list.txt"}).exit_code, 2);
}

TEST_F(RoundtripInputs, ShardsAreDisjointAndTogetherTheWhole) {
  Files whole = identical(roundtrip({"in"}));
  Files together;
  for (const char* shard : {"1/2", "2/2"}) {
    Files part = identical(roundtrip({"in", "--shard", shard}));
    together.insert(together.end(), part.begin(), part.end());
  }
  std::sort(together.begin(), together.end());
  EXPECT_EQ(together, whole);
}

TEST_F(RoundtripInputs, OutputIsInInputOrderForAnyNumberOfJobs) {
  // A named file that is not TEI or JSON-LD fails, and so does a missing one.
  std::vector<std::string> args{"in", "in/notes.txt", "in/missing.jsonld"};
  auto base = roundtrip(args);
  EXPECT_EQ(base.exit_code, 1);
  EXPECT_NE(base.err.find("in/notes.txt"), std::string::npos) << base.err;
  EXPECT_NE(base.err.find("in/missing.jsonld"), std::string::npos) << base.err;
  EXPECT_EQ(identical(base).size(), 8u) << base.out;
  for (const char* jobs : {"1", "4"}) {
    args.insert(args.end(), {"-j", jobs});
    auto r = roundtrip(args);
    args.resize(3);
    EXPECT_EQ(r.exit_code, base.exit_code) << jobs;
    EXPECT_EQ(r.out, base.out) << jobs;
    EXPECT_EQ(r.err, base.err) << jobs;
  }
  auto quiet = roundtrip({"in", "-q", "-j", "2"});
  EXPECT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.out, "");
}

TEST_F(RoundtripInputs, UsageErrorsExitWithTwo) {
  EXPECT_EQ(roundtrip({}).exit_code, 2);
  EXPECT_EQ(roundtrip({"in", "--shard", "0/2"}).exit_code, 2);
  EXPECT_EQ(roundtrip({"in", "-j", "0"}).exit_code, 2);
}

}  // namespace
}  // namespace archtei::batch::testing
