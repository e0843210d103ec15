// `archtei inspect` end to end: table and JSON output, and a bad file among good ones.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include "tei/tei_writer.h"
#include "tei_test_support.h"

namespace archtei {
namespace {

namespace fs = std::filesystem;

struct CommandResult {
  int status;
  std::string out;
};

CommandResult run(const std::string& arguments) {
  std::string command = std::string(ARCHTEI_BINARY) + " " + arguments + " 2>&1";
  CommandResult r{-1, {}};
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buffer;
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) r.out.append(buffer.data(), n);
    int status = ::pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  return r;
}

class InspectCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fs::exists(ARCHTEI_BINARY)) << "the archtei executable is not built";
    dir_ = fs::temp_directory_path() / ("archtei-inspect-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Diagnostics diags;
    Metadata m = testing::full_record();
    std::ofstream(dir_ / "good.tei.xml") << serialize_xml(encode_tei(m, {testing::para({testing::text("x")})}, diags));
    std::ofstream(dir_ / "bad.xml") << "<TEI>\n  <teiHeader>\n</TEI>\n";
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  std::string path(const char* name) const { return "'" + (dir_ / name).string() + "'"; }

  fs::path dir_;
};

TEST_F(InspectCommand, PrintsAnAlignedTable) {
  CommandResult r = run("inspect " + path("good.tei.xml"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("\ntitle               Ciphered Telegram, Shtykov to Vyshinsky\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\ntranslators         Gary Goldberg\n                    Kathryn Weathersby\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("\neditors             A. Editor\n"), std::string::npos);
}

TEST_F(InspectCommand, BadFileIsReportedAndTheOthersStillPrinted) {
  CommandResult r = run("inspect --json " + path("bad.xml") + " " + path("good.tei.xml"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find((dir_ / "bad.xml").string() + ":3:3: error: end tag does not match the open element [xml-syntax]\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("[\n  {\n    \"file\": \"" + (dir_ / "good.tei.xml").string() + "\""), std::string::npos) << r.out;
}

TEST_F(InspectCommand, OneFileGivesOneJsonObject) {
  CommandResult r = run("inspect --json " + path("good.tei.xml"));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.substr(0, 14), "{\n  \"file\": \"/");
}

TEST_F(InspectCommand, SpansOfATeiInputAreNullAndSaidToBeNone) {
  CommandResult json = run("inspect --spans --json " + path("good.tei.xml"));
  EXPECT_EQ(json.status, 0) << json.out;
  EXPECT_NE(json.out.find("\n  \"spans\": null\n}"), std::string::npos) << json.out;
  CommandResult table = run("inspect --spans " + path("good.tei.xml"));
  EXPECT_NE(table.out.find("spans               none: source spans exist only for a text input"), std::string::npos)
      << table.out;
}

TEST_F(InspectCommand, SpansOfATextInputAreListedUnderTheRecordsKeys) {
  std::ofstream(dir_ / "page.txt") << "Citation:\n\"Letter from Stalin to Mao\", March 3, 1950, Wilson Center Digital "
                                      "Archive, APRF, f. 45, op. 1, d. 331, ll. 1-2. Translated by Gary Goldberg.\n\n"
                                      "Translation - English\n\nDear comrade, the text.\n";
  CommandResult table = run("inspect --spans " + path("page.txt"));
  EXPECT_EQ(table.status, 0) << table.out;
  EXPECT_NE(table.out.find("\ntranslators[0]      2:"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("\narchives[0].fond    2:"), std::string::npos) << table.out;
  CommandResult json = run("inspect --spans --json " + path("page.txt"));
  EXPECT_NE(json.out.find("\"spans\": {\n    \"title\": [\n      {\n        \"line\": 2,\n        \"column\": 2,"),
            std::string::npos)
      << json.out;
}

}  // namespace
}  // namespace archtei
