// `archtei validate` from the command line: exit codes, folders, report formats.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include "support/oracle.h"

namespace {

namespace fs = std::filesystem;

const std::string kTeiAll = ::archtei::testing::shared_dir() + "/tei/tei_all.rng";
const std::string kCorpus = ::archtei::testing::shared_dir() + "/tei-corpus";

struct CliRun {
  int status;
  std::string out;
};

CliRun archtei(const std::string& args) {
  std::string command = std::string("'") + ARCHTEI_BINARY + "' " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  CliRun r{-1, {}};
  if (!pipe) return r;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

const std::string kValid = kCorpus + "/valid/bodleian-armenian/MS_Arm_e_12.xml";
const std::string kInvalid = kCorpus + "/invalid/lebenswelten/1855-07-22_CM_v_L_Simons.xml";

TEST(ValidateCli, ExitCodes) {
  EXPECT_EQ(archtei("validate --schema '" + kTeiAll + "' '" + kValid + "'").status, 0);
  CliRun bad = archtei("validate --schema '" + kTeiAll + "' '" + kValid + "' '" + kInvalid + "'");
  EXPECT_EQ(bad.status, 1) << bad.out;
  EXPECT_NE(bad.out.find("1855-07-22_CM_v_L_Simons.xml:"), std::string::npos) << bad.out;
  EXPECT_NE(bad.out.find("2 files: 1 valid, 1 invalid"), std::string::npos) << bad.out;
  EXPECT_EQ(archtei("validate --schema '" + kTeiAll + "' /no/such/file.xml").status, 2);
  EXPECT_EQ(archtei("validate --schema /no/such/schema.rng '" + kValid + "'").status, 2);
  EXPECT_EQ(archtei("validate --format yaml '" + kValid + "'").status, 2);
}

TEST(ValidateCli, FoldersAreSearchedForXmlFiles) {
  CliRun r = archtei("validate --no-schematron --schema '" + kTeiAll + "' '" + kCorpus + "/invalid/lebenswelten'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("3 files: 0 valid, 3 invalid"), std::string::npos) << r.out;
}

TEST(ValidateCli, JsonLinesAndGithubAndJunit) {
  std::string files = " '" + kValid + "' '" + kInvalid + "'";
  CliRun json = archtei("validate --format json --schema '" + kTeiAll + "'" + files);
  EXPECT_NE(json.out.find("\"rule\":\"rng-attribute-not-allowed\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("{\"summary\":{\"files\":2,\"valid\":1,\"invalid\":1"), std::string::npos) << json.out;
  CliRun gh = archtei("validate --format github --schema '" + kTeiAll + "'" + files);
  EXPECT_NE(gh.out.find("::error file=" + kInvalid + ",line=1,col=1,title=rng-attribute-not-allowed::"),
            std::string::npos)
      << gh.out;
  CliRun junit = archtei("validate --format junit --schema '" + kTeiAll + "'" + files);
  EXPECT_NE(junit.out.find("<testsuite name=\"TEI validation\" tests=\"2\" failures=\"1\""), std::string::npos)
      << junit.out;
  EXPECT_NE(junit.out.find("<failure"), std::string::npos);
}

TEST(ValidateCli, BuiltInSchemaNeedsNoFiles) {
  fs::path dir = fs::temp_directory_path() / ("archtei-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // A TEI document with no deposit metadata: valid TEI, not a valid archtei deposit.
  std::ofstream(dir / "bare.xml")
      << "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title>"
         "</titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><bibl>B</bibl></sourceDesc>"
         "</fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>";
  CliRun r = archtei("validate '" + (dir / "bare.xml").string() + "'");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("[schematron:archtei-language]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[schematron:archtei-provenance]"), std::string::npos) << r.out;
  fs::remove_all(dir);
}



// Reports stream as files finish, yet always in input order, whatever the threads do.
TEST(ValidateCli, ReportsFollowInputOrderOnManyThreads) {
  fs::path dir = fs::temp_directory_path() / ("archtei-order-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string files;
  for (int i = 0; i < 24; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%02d.xml", i);
    // Alternate large and small documents so later files often finish first.
    std::ofstream(dir / name) << "<TEI xmlns='http://www.tei-c.org/ns/1.0'><bogus/>"
                              << std::string(i % 2 ? 10 : 200000, ' ') << "</TEI>";
    files += " '" + (dir / name).string() + "'";
  }
  CliRun r = archtei("validate -j 4 --no-schematron --schema '" + kTeiAll + "'" + files);
  EXPECT_EQ(r.status, 1);
  std::size_t at = 0;
  for (int i = 0; i < 24; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "/%02d.xml:", i);
    std::size_t found = r.out.find(name, at);
    ASSERT_NE(found, std::string::npos) << name << " missing or out of order:\n" << r.out;
    at = found;
  }
  EXPECT_NE(r.out.find("24 files: 0 valid, 24 invalid"), std::string::npos) << r.out;
  fs::remove_all(dir);
}

}  // namespace
