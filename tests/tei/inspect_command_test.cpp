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

}  // namespace
}  // namespace archtei
