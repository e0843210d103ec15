// `archtei validate` takes its inputs as `archtei convert` does: folders, --include,
// --exclude, --files-from, --shard and -j, with the report unchanged by -j.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "batch/atomic_file.h"
#include "batch/temp_dir.h"
#include "batch_process.h"
#include "support/oracle.h"

namespace archtei::batch::testing {
namespace {

const std::string kTeiAll = ::archtei::testing::shared_dir() + "/tei/tei_all.rng";
const std::string kValidTei = ::archtei::testing::shared_dir() + "/tei-corpus/valid/bodleian-armenian/MS_Arm_e_12.xml";
const std::string kInvalidTei =
    ::archtei::testing::shared_dir() + "/tei-corpus/invalid/lebenswelten/1855-07-22_CM_v_L_Simons.xml";

class ValidateInputs : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string valid = read_file(kValidTei);
    for (const char* f : {"a/one.xml", "a/two.xml", "b/deep/three.xml", "b/four.xml", "drafts/five.xml",
                          "six.xml", "seven.xml", "c/eight.xml"})
      dir.write(std::string("in/") + f, valid);
    dir.write("in/b/bad.xml", read_file(kInvalidTei));
    dir.write("in/notes.txt", "not TEI");           // not .xml: a folder walk leaves it out
    dir.write("in/.hidden/nine.xml", valid);         // hidden: a folder walk leaves it out
  }

  ProcessResult validate(std::vector<std::string> args, const std::string& input = {}) {
    std::vector<std::string> all{"validate", "--no-schematron", "--schema", kTeiAll};
    if (std::find(args.begin(), args.end(), "--format") == args.end()) all.insert(all.end(), {"--format", "junit"});
    all.insert(all.end(), args.begin(), args.end());
    return run_archtei(all, dir.path(), input);
  }

  // The files of a JUnit report, in report order, relative to the test folder.
  std::vector<std::string> reported(const ProcessResult& r) const {
    std::vector<std::string> out;
    static const std::regex testcase("<testcase classname=\"validate\" name=\"([^\"]*)\"");
    for (std::sregex_iterator it(r.out.begin(), r.out.end(), testcase), end; it != end; ++it) {
      std::string name = (*it)[1];
      const std::string prefix = dir.path().string() + "/";
      if (name.starts_with(prefix)) name.erase(0, prefix.size());
      out.push_back(name);
    }
    return out;
  }

  std::string in(const std::string& relative = {}) const { return (dir / "in" / relative).string(); }

  TempDir dir;
};

using Files = std::vector<std::string>;

TEST_F(ValidateInputs, FoldersAreWalkedInByteOrderSkippingHiddenAndNonXml) {
  auto r = validate({in()});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // b/bad.xml is invalid
  EXPECT_EQ(reported(r), (Files{"in/a/one.xml", "in/a/two.xml", "in/b/bad.xml", "in/b/deep/three.xml",
                                "in/b/four.xml", "in/c/eight.xml", "in/drafts/five.xml", "in/seven.xml",
                                "in/six.xml"}));
}

TEST_F(ValidateInputs, IncludeAndExcludeGlobs) {
  auto r = validate({in(), "--exclude", "drafts", "--exclude", "bad.xml", "--include", "*.xml"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(reported(r), (Files{"in/a/one.xml", "in/a/two.xml", "in/b/deep/three.xml", "in/b/four.xml",
                                "in/c/eight.xml", "in/seven.xml", "in/six.xml"}));
  auto only_b = validate({in(), "--include", "b/**/*.xml"});
  EXPECT_EQ(reported(only_b), (Files{"in/b/bad.xml", "in/b/deep/three.xml", "in/b/four.xml"}));
  EXPECT_EQ(only_b.exit_code, 1);
}

TEST_F(ValidateInputs, FilesFromAFileAndFromStandardInput) {
  dir.write("list.txt", "in/six.xml\n\nin/a\r\nin/b/bad.xml\n");
  auto from_file = validate({"--files-from", "list.txt"});
  EXPECT_EQ(from_file.exit_code, 1) << from_file.err;
  EXPECT_EQ(reported(from_file), (Files{"in/six.xml", "in/a/one.xml", "in/a/two.xml", "in/b/bad.xml"}));
  auto from_stdin = validate({"--files-from", "-"}, "in/seven.xml\nin/c\n");
  EXPECT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_EQ(reported(from_stdin), (Files{"in/seven.xml", "in/c/eight.xml"}));
  EXPECT_EQ(validate({"--files-from", "no-such-list.txt"}).exit_code, 2);
}

TEST_F(ValidateInputs, ShardsAreDisjointAndTogetherTheWhole) {
  Files whole = reported(validate({in()}));
  Files together;
  for (const char* shard : {"1/3", "2/3", "3/3"}) {
    auto r = validate({in(), "--shard", shard});
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
    Files part = reported(r);
    EXPECT_TRUE(std::is_sorted(part.begin(), part.end())) << shard;
    together.insert(together.end(), part.begin(), part.end());
  }
  std::sort(together.begin(), together.end());
  EXPECT_EQ(together, whole);
}

TEST_F(ValidateInputs, TheReportIsTheSameForAnyNumberOfJobs) {
  for (const char* format : {"text", "json", "junit", "github"}) {
    auto base = validate({in(), "--format", format});
    for (const char* jobs : {"1", "3"}) {
      auto r = validate({in(), "--format", format, "-j", jobs});
      EXPECT_EQ(r.exit_code, base.exit_code) << format << " -j " << jobs;
      EXPECT_EQ(r.out, base.out) << format << " -j " << jobs;
    }
  }
}

TEST_F(ValidateInputs, UsageErrorsExitWithTwo) {
  EXPECT_EQ(validate({}).exit_code, 2);
  EXPECT_EQ(validate({in(), "--shard", "4/3"}).exit_code, 2);
  EXPECT_EQ(validate({in(), "--shard", "x"}).exit_code, 2);
  EXPECT_EQ(validate({in(), "-j", "0"}).exit_code, 2);
}

}  // namespace
}  // namespace archtei::batch::testing
