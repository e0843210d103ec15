// Runs a fuzz target over corpus files without libFuzzer, so that ctest replays every seed
// and every input that once crashed (the regression cases) on each build.
//
//   replay_<target> [--suffix=.txt]... [--seeds=FOLDER]... FILE_OR_FOLDER...
//
// Folders are walked recursively. From a --seeds folder (fixtures, shared corpora) only
// files whose names end with one of the suffixes are taken; from any other folder (the
// target's own corpus, where libFuzzer's findings keep their bare names) every file. A path
// that does not exist, or a run that finds no input at all, fails: a moved corpus must not
// pass unnoticed.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_target.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::vector<std::string> suffixes;
  std::vector<fs::path> files;
  std::vector<std::pair<fs::path, bool>> folders;  // and whether the suffixes filter it
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    const bool seeds = arg.starts_with("--seeds=");
    if (seeds) arg = arg.substr(8);
    if (arg.starts_with("--suffix=")) {
      suffixes.push_back(arg.substr(9));
    } else if (fs::is_directory(arg)) {
      folders.emplace_back(arg, seeds);
    } else if (fs::is_regular_file(arg) && !seeds) {
      files.push_back(arg);
    } else {
      std::cerr << arg << ": error: no such " << (seeds ? "folder" : "file or folder") << '\n';
      return 2;
    }
  }
  auto wanted = [&](const fs::path& p) {
    const std::string name = p.filename().string();
    return std::any_of(suffixes.begin(), suffixes.end(), [&](const std::string& s) { return name.ends_with(s); });
  };
  for (const auto& [folder, filtered] : folders)
    for (const auto& entry : fs::recursive_directory_iterator(folder))
      if (entry.is_regular_file() && (!filtered || wanted(entry.path()))) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "error: no corpus input found\n";
    return 2;
  }
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // The target aborts on a finding; the file being replayed is then the last one named.
    std::cerr << file.string() << '\n';
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << "replayed " << files.size() << " inputs\n";
  return 0;
}
