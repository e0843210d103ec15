// Running reference tools and finding the shared corpora for the tests.
#include "support/oracle.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace archtei::testing {

namespace fs = std::filesystem;

std::string shared_dir() {
  if (const char* dir = std::getenv("ARCHTEI_SHARED_DIR"); dir != nullptr && *dir != '\0') return dir;
  return ARCHTEI_SHARED_DIR_DEFAULT;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

ToolRun run_tool(const std::string& command) {
  // Standard error goes to a file while standard output comes through the pipe: reading
  // both through pipes would need a poll loop for no gain here.
  static std::atomic<int> counter{0};
  const fs::path err_file = fs::temp_directory_path() /
                            ("archtei-tool-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".err");
  ToolRun run;
  FILE* pipe = ::popen(("( " + command + " ) 2>" + shell_quote(err_file.string())).c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[65536];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
  const int status = ::pclose(pipe);
  if (status == -1) run.status = -1;
  else if (WIFEXITED(status)) run.status = WEXITSTATUS(status);
  else if (WIFSIGNALED(status)) run.status = 128 + WTERMSIG(status);
  std::ifstream err(err_file, std::ios::binary);
  std::ostringstream s;
  s << err.rdbuf();
  run.err = s.str();
  fs::remove(err_file);
  return run;
}

std::string describe(const ToolRun& run) {
  auto head = [](const std::string& s) { return s.size() > 2000 ? s.substr(0, 2000) + "..." : s; };
  return "exit status " + std::to_string(run.status) + "\n--- stdout:\n" + head(run.out) + "\n--- stderr:\n" +
         head(run.err);
}

std::string jing_command(const std::string& schema, const std::vector<std::string>& files) {
  std::string command = "jing " + shell_quote(schema);
  for (const auto& f : files) command += ' ' + shell_quote(f);
  return command;
}

const std::string& jing_control_document() {
  // Removed when the process ends.
  struct File {
    std::string path;
    File() {
      path = (fs::temp_directory_path() / ("archtei-jing-control-" + std::to_string(::getpid()) + ".xml")).string();
      std::ofstream(path, std::ios::binary)
          << "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><addSpan spanTo=\"#archtei-jing-control\"/></TEI>\n";
    }
    ~File() {
      std::error_code ignored;
      fs::remove(path, ignored);
    }
  };
  static const File file;
  return file.path;
}

const std::string& jing_control_message() {
  static const std::string message =
      "The element indicated by @spanTo (#archtei-jing-control) must follow the current <addSpan> element.";
  return message;
}

std::string jing_report(const std::string& schema, const std::vector<std::string>& files) {
  std::vector<std::string> arguments = files;
  arguments.push_back(jing_control_document());
  const ToolRun run = run_tool(jing_command(schema, arguments));
  // An entry is a line and the indented lines after it (Schematron messages are indented).
  std::vector<std::string> entries;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    if (!entries.empty() && !line.empty() && (line[0] == ' ' || line[0] == '\t')) entries.back() += "\n" + line;
    else entries.push_back(line);
  }
  std::string report;
  int control_problems = 0;
  for (const auto& entry : entries) {
    const bool names_control = entry.rfind(jing_control_document() + ":", 0) == 0;
    const bool control_message = entry.rfind("error: ", 0) == 0 && entry.find('\n') != std::string::npos &&
                                 normalize_space(entry.substr(entry.find('\n'))) == jing_control_message();
    if (names_control || control_message) ++control_problems;
    else report += entry + "\n";
  }
  EXPECT_EQ(run.status, 1) << "jing did not run as expected: " << describe(run);
  EXPECT_GT(control_problems, 0) << "jing did not report the control document " << jing_control_document()
                                 << ", so it checked nothing: " << describe(run);
  // The Debian launcher's notices about optional jars are all jing may say on stderr.
  std::istringstream err(run.err);
  for (std::string line; std::getline(err, line);)
    if (line.find("Unable to locate") == std::string::npos) report += "stderr: " + line + "\n";
  return report;
}

std::string normalize_space(const std::string& s) {
  std::istringstream in(s);
  std::string word, out;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace archtei::testing
