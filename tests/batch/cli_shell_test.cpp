// The command line as a shell user meets it: list flags that take one value each wherever
// they stand, '-' for standard input, one input to standard output, pipes, and the man pages.
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>

#include "batch/temp_dir.h"
#include "batch_process.h"
#include "cli_collection.h"

namespace archtei::batch::testing {
namespace {

class Shell : public ::testing::Test {
 protected:
  void SetUp() override {
    put("a.txt", 0);
    put("sub/b.txt", 1);
    put("c.txt", 2);
    dir.write("in/notes.md", "not a document\n");
  }
  ProcessResult archtei(std::vector<std::string> args, const std::string& input = {}) {
    return run_archtei(args, dir.path(), input);
  }
  void put(const std::string& relative, std::size_t doc) { dir.write("in/" + relative, text(doc)); }
  static const std::string& text(std::size_t doc) { return fixture_texts()[doc % fixture_texts().size()]; }
  std::string out(const std::string& relative) const { return read_file(dir / "out" / relative); }
  // What a folder run writes for in/a.txt in `format`: the reference for standard output.
  std::string converted(const std::string& to, const std::string& file) {
    auto r = archtei({"convert", "in/a.txt", "-o", "ref-" + to, "--to", to});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return read_file(dir / ("ref-" + to) / file);
  }

  TempDir dir;
};

TEST_F(Shell, ToTakesOneValueAndTheInputsMayFollowIt) {
  auto r = archtei({"convert", "--to", "jsonld", "in/a.txt", "-o", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(dir / "out"), (std::set<std::string>{"a.jsonld", "manifest.jsonl"}));
}

TEST_F(Shell, ToIsRepeatableOrCommaSeparated) {
  auto r = archtei({"convert", "--to", "tei", "in/a.txt", "--to", "jsonld", "-o", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto r2 = archtei({"convert", "-o", "out2", "in/a.txt", "--to", "tei,jsonld"});
  ASSERT_EQ(r2.exit_code, 0) << r2.err;
  EXPECT_EQ(files_under(dir / "out"), (std::set<std::string>{"a.jsonld", "a.tei.xml", "manifest.jsonl"}));
  EXPECT_EQ(files_under(dir / "out2"), files_under(dir / "out"));
}

TEST_F(Shell, IncludeTakesOneGlobAndTheFolderMayFollowIt) {
  auto r = archtei({"convert", "--include", "*.txt", "in", "-o", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(dir / "out"),
            (std::set<std::string>{"a.tei.xml", "c.tei.xml", "manifest.jsonl", "sub/b.tei.xml"}));
}

TEST_F(Shell, ExcludeTakesOneGlobEachAndCommaSeparatedOnesAlike) {
  auto r = archtei({"convert", "--exclude", "a.txt", "--exclude", "sub", "in", "-o", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(dir / "out"), (std::set<std::string>{"c.tei.xml", "manifest.jsonl"}));
  r = archtei({"convert", "in", "--exclude", "a.txt,sub", "-o", "out2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(dir / "out2"), files_under(dir / "out"));
  // A comma inside a character class belongs to the glob.
  put("x,y.txt", 3);
  r = archtei({"convert", "in", "--include", "x[,]y.txt", "-o", "out3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(dir / "out3"), (std::set<std::string>{"manifest.jsonl", "x,y.tei.xml"}));
}

TEST_F(Shell, InspectAndValidateFlagsMayComeAnywhere) {
  ASSERT_EQ(archtei({"convert", "in", "-o", "out"}).exit_code, 0);
  auto r = archtei({"validate", "--exclude", "b.tei.xml", "out", "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"files\":2,\"valid\":2"), std::string::npos) << r.out;
  r = archtei({"inspect", "--json", "in/a.txt"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.front(), '{');
}

TEST_F(Shell, OneFileWithoutOutputFolderGoesToStandardOutput) {
  auto r = archtei({"convert", "in/a.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, converted("tei", "a.tei.xml"));
  EXPECT_EQ(r.err, "");
  EXPECT_FALSE(fs::exists(dir / "manifest.jsonl"));
}

TEST_F(Shell, StandardInputToStandardOutputAsTei) {
  auto r = archtei({"convert", "-"}, text(0));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, converted("tei", "a.tei.xml"));
}

TEST_F(Shell, StandardInputToStandardOutputAsJsonLd) {
  auto r = archtei({"convert", "-", "--to", "jsonld"}, text(0));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, converted("jsonld", "a.jsonld"));
}

TEST_F(Shell, StandardInputReadAsTheFormatFromSays) {
  const std::string tei = converted("tei", "a.tei.xml");
  auto r = archtei({"convert", "--from", "tei", "-", "--to", "jsonld"}, tei);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, converted("jsonld", "a.jsonld"));
}

TEST_F(Shell, ThroughARealPipe) {
  const std::string command = "cat in/a.txt | '" + std::string(ARCHTEI_BINARY) +
                              "' convert - --to jsonld | '" + std::string(ARCHTEI_BINARY) +
                              "' convert --from jsonld - > piped.tei.xml";
  ASSERT_EQ(std::system(("cd '" + dir.path().string() + "' && " + command).c_str()), 0);
  EXPECT_EQ(read_file(dir / "piped.tei.xml"), converted("tei", "a.tei.xml"));
}

TEST_F(Shell, ABadStandardInputIsOneErrorAndNoOutput) {
  auto r = archtei({"convert", "-"}, "Title\n\nText \xFF here\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  ASSERT_EQ(lines_with(r.err, "").size(), 1u) << r.err;
  EXPECT_EQ(r.err.rfind("<stdin>:3:", 0), 0u) << r.err;
}

TEST_F(Shell, StandardInputInABatchIsNamedStdin) {
  auto r = archtei({"convert", "-", "in/c.txt", "-o", "out"}, text(0));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(dir / "out"), (std::set<std::string>{"c.tei.xml", "manifest.jsonl", "stdin.tei.xml"}));
  EXPECT_EQ(out("stdin.tei.xml"), converted("tei", "a.tei.xml"));
}

TEST_F(Shell, SeveralInputsOrAFolderNeedAnOutputFolder) {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"convert", "in/a.txt", "in/c.txt"},
                                               std::vector<std::string>{"convert", "in"},
                                               std::vector<std::string>{"convert", "--files-from", "list"}}) {
    auto r = archtei(args);
    EXPECT_EQ(r.exit_code, 2) << args.back();
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "archtei: error: convert: several inputs, a folder or --files-from need an output folder: "
                     "give -o DIR [no-output]\n");
  }
  auto r = archtei({"convert", "in/a.txt", "--to", "tei,jsonld"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("standard output takes one --to format"), std::string::npos) << r.err;
  EXPECT_EQ(archtei({"convert"}).exit_code, 2);
}

TEST_F(Shell, StandardInputIsReadForOneThingOnly) {
  auto r = archtei({"convert", "-", "--files-from", "-", "-o", "out"}, "in/a.txt\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("standard input cannot be both an input ('-') and --files-from -"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST_F(Shell, InspectReadsStandardInput) {
  auto from_file = archtei({"inspect", "--json", "in/a.txt"});
  auto from_stdin = archtei({"inspect", "-", "--json"}, text(0));
  ASSERT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_NE(from_stdin.out.find("\"file\": \"<stdin>\""), std::string::npos) << from_stdin.out;
  std::string expected = std::regex_replace(from_file.out, std::regex("\"file\": \"in/a.txt\""), "\"file\": \"<stdin>\"");
  EXPECT_EQ(from_stdin.out, expected);
  // A TEI header read back from standard input.
  auto tei = archtei({"inspect", "--from", "tei", "--json", "-"}, converted("tei", "a.tei.xml"));
  EXPECT_EQ(tei.exit_code, 0) << tei.err;
  EXPECT_EQ(tei.out, expected);
}

TEST_F(Shell, ValidateReadsStandardInput) {
  const std::string tei = converted("tei", "a.tei.xml");
  auto r = archtei({"validate", "--format", "json", "-"}, tei);
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  EXPECT_NE(r.out.find("\"files\":1,\"valid\":1"), std::string::npos) << r.out;
  // The same TEI without its title is invalid, and the report names standard input.
  std::string broken = std::regex_replace(tei, std::regex("<title>[^<]*</title>"), "");
  ASSERT_NE(broken, tei);
  r = archtei({"validate", "-"}, broken);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_FALSE(lines_with(r.out, "<stdin>:").empty()) << r.out;
}

// The subcommands `archtei --help` lists.
std::vector<std::string> subcommands(const ProcessResult& help) {
  std::vector<std::string> names;
  std::istringstream in(help.out);
  bool listing = false;
  for (std::string line; std::getline(in, line);) {
    if (line == "Subcommands:") listing = true;
    else if (listing && line.size() > 2 && line[2] != ' ') names.push_back(line.substr(2, line.find(' ', 2) - 2));
  }
  return names;
}

// The long options a --help lists ("  -o,--output TEXT  ..." gives --output).
std::vector<std::string> long_options(const std::string& help) {
  std::vector<std::string> out;
  std::regex option("^  (-[A-Za-z],)?(--[a-z-]+)");
  std::istringstream in(help);
  std::smatch m;
  for (std::string line; std::getline(in, line);)
    if (std::regex_search(line, m, option)) out.push_back(m[2]);
  return out;
}

// A man page's text with roff's escaped hyphens and font changes undone.
std::string man_text(const fs::path& page) {
  std::string text = read_file(page);
  text = std::regex_replace(text, std::regex(R"(\\f[BIRP])"), "");
  text = std::regex_replace(text, std::regex(R"(\\-)"), "-");
  return text;
}

TEST(ManPages, OnePerCommandNamingEveryOption) {
  const fs::path man = ARCHTEI_MAN_DIR;
  TempDir dir;
  auto help = run_archtei({"--help"}, dir.path());
  ASSERT_EQ(help.exit_code, 0);
  std::vector<std::string> commands = subcommands(help);
  ASSERT_GE(commands.size(), 5u) << help.out;
  const std::string top = man_text(man / "archtei.1");
  for (const auto& option : long_options(help.out)) EXPECT_NE(top.find(option), std::string::npos) << option;
  for (const auto& command : commands) {
    SCOPED_TRACE(command);
    EXPECT_NE(top.find(command), std::string::npos);
    const fs::path page = man / ("archtei-" + command + ".1");
    ASSERT_TRUE(fs::exists(page));
    const std::string text = man_text(page);
    EXPECT_NE(text.find(".SH NAME\narchtei " + command + " - "), std::string::npos) << text.substr(0, 300);
    auto options = long_options(run_archtei({command, "--help"}, dir.path()).out);
    EXPECT_GE(options.size(), 2u);
    for (const auto& option : options) EXPECT_NE(text.find(option), std::string::npos) << option;
  }
}

TEST(ManPages, InstalledIntoShareMan1) {
  TempDir dir;
  const std::string command = "cmake --install '" + std::string(ARCHTEI_BUILD_DIR) + "' --component man --prefix '" +
                              dir.path().string() + "' >/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::set<std::string> installed, built;
  for (const auto& f : files_under(dir / "share/man/man1")) installed.insert(f);
  for (const auto& f : files_under(ARCHTEI_MAN_DIR))
    if (f.ends_with(".1")) built.insert(f);
  EXPECT_GE(built.size(), 6u);
  EXPECT_EQ(installed, built);
}

}  // namespace
}  // namespace archtei::batch::testing
