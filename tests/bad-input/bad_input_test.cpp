// The bad-input suite: one folder per case under cases/, found by scanning, each run as a
// user runs archtei, checking the one-line message, the exit code and what is (or is not)
// left in the output folder.
//
// A case folder holds its input files (input.*, copied into in/ of a fresh scratch folder
// where the command runs), a page.txt when a setup builds inputs from it, and a file `case`
// of "key: value" lines:
//
//   run:      the archtei arguments; {input} is in/ plus the input's name
//   setup:    (repeatable) how to make what the case needs (see `set_up` below): a generated
//             input, a folder that cannot be written, a file-size limit...
//   exit:     the exit code
//   error:    the one line the command prints with ": error:" in it, exactly; "none" for
//             no such line
//   warning:  (repeatable) a warning the manifest records for the input (convert), or a line
//             the command prints (the others)
//   outputs:  what out/ holds besides manifest.jsonl: "none" (and no temporary file either),
//             the file names, or "N .ext" for N files with that ending; "empty" when out/
//             was made beforehand and must hold nothing at all; "absent" when the command
//             writes no folder
//   contains: FILE TEXT: out/FILE holds TEXT
//   manifest: status=count ...: the manifest's records by status
//   encoding: the encoding every manifest record names
//   untouched: a folder outside out/ that must stay empty
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "batch/manifest.h"
#include "batch/temp_dir.h"
#include "support/test_files.h"

namespace archtei::testing {
namespace {

namespace fs = std::filesystem;
using batch::testing::TempDir;

const fs::path kCases = fs::path(ARCHTEI_SOURCE_DIR) / "tests" / "bad-input" / "cases";

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kCases))
    if (fs::exists(entry.path() / "case")) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string case_test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

// The case file's values by key, in order.
std::multimap<std::string, std::string> read_case(const fs::path& file) {
  std::multimap<std::string, std::string> out;
  std::istringstream in(read_file(file));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    const auto colon = line.find(": ");
    if (colon == std::string::npos) throw std::runtime_error("malformed case line: " + line);
    out.emplace(line.substr(0, colon), line.substr(colon + 2));
  }
  return out;
}

std::vector<std::string> values(const std::multimap<std::string, std::string>& c, const std::string& key) {
  std::vector<std::string> out;
  auto [from, to] = c.equal_range(key);
  for (auto it = from; it != to; ++it) out.push_back(it->second);
  return out;
}

std::vector<std::string> words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// "200M", "64K", "100": a size in bytes.
std::size_t parse_size(const std::string& s) {
  std::size_t n = std::stoul(s);
  switch (s.back()) {
    case 'K': return n << 10;
    case 'M': return n << 20;
    case 'G': return n << 30;
    default: return n;
  }
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// A sentence of ordinary prose, repeated to make large texts.
const std::string kProse =
    "The delegation reported on the talks of the previous day, which had lasted until late in the evening. ";

struct Outcome {
  int exit_code = -1;
  std::string printed;  ///< standard output and standard error
};

class BadInput : public ::testing::TestWithParam<std::string> {
 protected:
  // Makes what one `setup:` line asks for.
  void set_up(const std::string& line) {
    const std::vector<std::string> w = words(line);
    const std::string& what = w.at(0);
    fs::create_directories(dir.path() / "in");
    if (what == "text") {  // a text of SIZE bytes: paragraphs of prose
      std::string text;
      const std::size_t size = parse_size(w.at(1));
      const std::string paragraph = kProse + kProse + "\n\n";
      text.reserve(size);
      while (text.size() + paragraph.size() <= size) text += paragraph;
      text.append(size - text.size(), '.');
      dir.write("in/input.txt", text);
    } else if (what == "tei-text") {  // a TEI file of about SIZE bytes of paragraphs
      std::string xml =
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Long</title>"
          "</titleStmt></fileDesc></teiHeader><text><body>\n";
      const std::size_t size = parse_size(w.at(1));
      while (xml.size() < size) xml += "<p>" + kProse + "</p>\n";
      dir.write("in/input.tei.xml", xml + "</body></text></TEI>\n");
    } else if (what == "long-line") {  // one line of SIZE bytes
      const std::size_t size = parse_size(w.at(1));
      std::string line;
      while (line.size() < size) line += kProse;
      dir.write("in/input.txt", line + "\n");
    } else if (what == "tiny-paragraphs") {  // N one-word paragraphs
      std::string text;
      for (std::size_t i = 0, n = std::stoul(w.at(1)); i < n; ++i) text += "word\n\n";
      dir.write("in/input.txt", text);
    } else if (what == "huge-attribute") {  // a TEI attribute value of SIZE bytes
      dir.write("in/input.tei.xml",
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Huge</title>"
                "</titleStmt></fileDesc></teiHeader><text><body><p n=\"" +
                    std::string(parse_size(w.at(1)), 'n') + "\">x</p></body></text></TEI>\n");
    } else if (what == "deep-tei") {  // N nested elements
      const std::size_t n = std::stoul(w.at(1));
      std::string xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">";
      for (std::size_t i = 1; i < n; ++i) xml += "<div>";
      for (std::size_t i = 1; i < n; ++i) xml += "</div>";
      dir.write("in/input.tei.xml", xml + "</TEI>\n");
    } else if (what == "deep-json") {  // N nested arrays
      const std::size_t n = std::stoul(w.at(1));
      dir.write("in/input.jsonld", std::string(n, '[') + std::string(n, ']'));
    } else if (what == "truncated-jsonld") {  // archtei's own JSON-LD, cut off in the middle
      dir.write("in/page.txt", read_file(kCases / GetParam() / "page.txt"));
      Outcome made = archtei("convert in/page.txt -o made --to jsonld -q");
      EXPECT_EQ(made.exit_code, 0) << made.printed;
      const std::string whole = read_file(dir.path() / "made" / "page.jsonld");
      fs::remove_all(dir.path() / "made");
      fs::remove(dir.path() / "in" / "page.txt");
      std::size_t cut = 0;
      for (int lines = 0; lines < 39; ++lines) cut = whole.find('\n', cut) + 1;
      dir.write("in/input.jsonld", whole.substr(0, cut));
    } else if (what == "unreadable") {
      fs::permissions(dir.path() / "in" / "input.txt", fs::perms::none);
      wrapper_ = unprivileged();
    } else if (what == "read-only-output") {
      fs::create_directories(dir.path() / "out");
      fs::permissions(dir.path() / "out", fs::perms::owner_read | fs::perms::owner_exec);
      wrapper_ = unprivileged();
    } else if (what == "file-size-limit") {  // ulimit -f counts 1024-byte blocks in bash
      shell_ = "ulimit -f " + std::to_string(parse_size(w.at(1)) / 1024) + "; ";
    } else if (what == "collection") {  // N texts doc-000.txt..., number BAD not UTF-8
      const std::size_t n = std::stoul(w.at(1)), bad = std::stoul(w.at(2));
      const std::string page = read_file(kCases / GetParam() / "page.txt");
      for (std::size_t i = 0; i < n; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "in/doc-%03zu.txt", i);
        dir.write(name, i == bad ? "\xFF" + page : page);
      }
    } else if (what == "paths-that-climb-out") {  // a list naming files by "../" and absolute paths
      const std::string page = read_file(kCases / GetParam() / "page.txt");
      dir.write("outside/climbed.txt", page);
      dir.write("outside/absolute.txt", page);
      dir.write("in/list.txt", "../" + dir.path().filename().string() + "/outside/climbed.txt\n" +
                                   (dir.path() / "outside" / "absolute.txt").string() + "\n");
    } else if (what == "symlink-in-output") {  // out/sub is a link to elsewhere/
      dir.write("in/sub/page.txt", read_file(kCases / GetParam() / "page.txt"));
      fs::create_directories(dir.path() / "elsewhere");
      fs::create_directories(dir.path() / "out");
      fs::create_directory_symlink("../elsewhere", dir.path() / "out" / "sub");
    } else {
      ADD_FAILURE() << "unknown setup: " << line;
    }
  }

  // Root reads and writes whatever it likes; without these two capabilities it meets file
  // permissions as a user does.
  static std::string unprivileged() {
    if (::geteuid() != 0) return {};
    return "setpriv --bounding-set -dac_override,-dac_read_search --inh-caps -dac_override,-dac_read_search ";
  }

  // Runs archtei with `args` (shell words) in the scratch folder, as the setup asked.
  Outcome archtei(const std::string& args) {
    const fs::path printed = dir.path() / ".printed";
    const std::string command = "cd " + shell_quote(dir.path().string()) + " && bash -c " +
                                shell_quote(shell_ + "exec " + wrapper_ + shell_quote(ARCHTEI_BINARY) + " " + args) +
                                " > " + shell_quote(printed.string()) + " 2>&1";
    const int status = std::system(command.c_str());
    Outcome r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.printed = read_file(printed);
    fs::remove(printed);
    return r;
  }

  // Every file under out/, hidden ones (temporary files) included.
  std::vector<std::string> output_files() const {
    std::vector<std::string> out;
    const fs::path root = dir.path() / "out";
    if (!fs::exists(root)) return out;
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (!e.is_directory()) out.push_back(e.path().lexically_relative(root).generic_string());
    std::sort(out.begin(), out.end());
    return out;
  }

  TempDir dir;
  std::string shell_;    // shell commands before archtei runs ("ulimit -f 64; ")
  std::string wrapper_;  // a program archtei runs under (setpriv)
};

std::vector<std::string> lines_containing(const std::string& text, const std::string& needle) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.find(needle) != std::string::npos) out.push_back(line);
  return out;
}

TEST_P(BadInput, BehavesAsItsCaseSays) {
  const fs::path folder = kCases / GetParam();
  const auto c = read_case(folder / "case");
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().filename().string().starts_with("input."))
      dir.write("in/" + entry.path().filename().string(), read_file(entry.path()));

  for (const auto& line : values(c, "setup")) set_up(line);
  std::string input;
  for (const auto& entry : fs::directory_iterator(dir.path() / "in"))
    if (entry.path().filename().string().starts_with("input.")) input = "in/" + entry.path().filename().string();
  std::string args = values(c, "run").at(0);
  if (auto at = args.find("{input}"); at != std::string::npos) args.replace(at, 7, input);

  const Outcome r = archtei(args);
  // Put permissions back, so the scratch folder can be removed.
  std::error_code ec;
  for (const char* p : {"out", "in/input.txt"})
    if (fs::exists(dir.path() / p, ec)) fs::permissions(dir.path() / p, fs::perms::owner_all, ec);

  EXPECT_EQ(r.exit_code, std::stoi(values(c, "exit").at(0))) << r.printed;
  const std::string error = values(c, "error").at(0);
  const std::vector<std::string> errors = lines_containing(r.printed, ": error:");
  if (error == "none") {
    EXPECT_TRUE(errors.empty()) << r.printed;
  } else {
    EXPECT_EQ(errors, std::vector<std::string>{error}) << r.printed;
  }
  const fs::path manifest_file = dir.path() / "out" / "manifest.jsonl";
  const bool has_manifest = fs::exists(manifest_file);
  const batch::Manifest m = batch::Manifest::read(manifest_file);
  for (const auto& warning : values(c, "warning")) {
    if (!has_manifest) {
      EXPECT_EQ(lines_containing(r.printed, warning).size(), 1u) << r.printed;
      continue;
    }
    ASSERT_EQ(m.records().size(), 1u);
    EXPECT_EQ(m.records().front().warnings, std::vector<std::string>{warning});
  }

  const std::string outputs = values(c, "outputs").at(0);
  const std::vector<std::string> files = output_files();
  if (outputs == "absent") {
    EXPECT_FALSE(fs::exists(dir.path() / "out"));
  } else if (outputs == "empty") {
    EXPECT_TRUE(files.empty()) << files.front();
  } else {
    std::vector<std::string> expected;
    const std::vector<std::string> w = words(outputs);
    std::vector<std::string> written;
    for (const auto& f : files)
      if (f != "manifest.jsonl") written.push_back(f);
    if (outputs == "none") {
      EXPECT_EQ(written, expected);
    } else if (w.size() == 2 && std::isdigit(static_cast<unsigned char>(w[0][0]))) {
      EXPECT_EQ(written.size(), std::stoul(w[0]));
      for (const auto& f : written) EXPECT_TRUE(f.ends_with(w[1])) << f;
    } else {
      expected = w;
      std::sort(expected.begin(), expected.end());
      EXPECT_EQ(written, expected);
    }
  }
  for (const auto& contains : values(c, "contains")) {
    const auto space = contains.find(' ');
    const std::string file = contains.substr(0, space), text = contains.substr(space + 1);
    EXPECT_NE(read_file(dir.path() / "out" / file).find(text), std::string::npos) << file << " lacks " << text;
  }
  const auto manifest = values(c, "manifest");
  const auto encoding = values(c, "encoding");
  if (!manifest.empty() || !encoding.empty()) {
    EXPECT_TRUE(has_manifest);
    std::map<std::string, std::size_t> by_status;
    for (const auto& record : m.records()) {
      ++by_status[record.status];
      if (!encoding.empty()) {
        EXPECT_EQ(record.encoding, encoding.front());
      }
      // A failure is recorded with its message.
      if (record.status == "failed") {
        EXPECT_EQ(record.errors, std::vector<std::string>{error});
      }
    }
    std::map<std::string, std::size_t> expected;
    for (const auto& pair : words(manifest.at(0))) {
      const auto eq = pair.find('=');
      expected[pair.substr(0, eq)] = std::stoul(pair.substr(eq + 1));
    }
    EXPECT_EQ(by_status, expected);
  }
  for (const auto& folder_name : values(c, "untouched")) EXPECT_TRUE(fs::is_empty(dir.path() / folder_name));
}

INSTANTIATE_TEST_SUITE_P(Cases, BadInput, ::testing::ValuesIn(case_names()), case_test_name);

}  // namespace
}  // namespace archtei::testing
