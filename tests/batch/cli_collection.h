// Test collections for the command-line tests: copies of the fixture documents laid out in
// folders, plus helpers to inspect an output folder.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "batch/atomic_file.h"
#include "batch/manifest.h"
#include "support/test_files.h"
#include "batch/sha256.h"

namespace archtei::batch::testing {

namespace fs = std::filesystem;

/// The input texts of the five seed pages (real documents every build must convert), in
/// name order.
inline const std::vector<std::string>& fixture_texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (const auto& name : ::archtei::testing::fixture_cases())
      if (name.starts_with("seed-")) out.push_back(read_file(::archtei::testing::fixture_input(name)));
    if (out.empty()) throw std::runtime_error(std::string("no seed-* case in ") + ARCHTEI_FIXTURES_DIR);
    return out;
  }();
  return texts;
}

/// Writes `n` text documents under `root`, spread over nested folders
/// ("c3/d1/doc-00042.txt"), cycling through the seed texts. Returns their relative paths.
inline std::vector<std::string> write_collection(const fs::path& root, std::size_t n) {
  std::vector<std::string> out;
  const auto& texts = fixture_texts();
  for (std::size_t i = 0; i < n; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "c%zu/d%zu/doc-%05zu.txt", i % 5, i / 5 % 3, i);
    fs::create_directories((root / name).parent_path());
    std::ofstream(root / name, std::ios::binary) << texts[i % texts.size()];
    out.push_back(name);
  }
  return out;
}

/// Every regular file under `dir`, relative and '/'-separated, hidden ones included.
inline std::set<std::string> files_under(const fs::path& dir) {
  std::set<std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.insert(e.path().lexically_relative(dir).generic_string());
  return out;
}

/// Files under `dir` whose name marks them as temporary.
inline std::vector<std::string> temporaries_under(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& f : files_under(dir))
    if (is_temporary_name(fs::path(f).filename().string())) out.push_back(f);
  return out;
}

/// The records of a manifest, in file order.
inline std::vector<ManifestRecord> manifest_lines(const fs::path& file) {
  std::vector<ManifestRecord> out;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) out.push_back(ManifestRecord::from_json(line));
  return out;
}

/// Lines of `text` that contain `needle`.
inline std::vector<std::string> lines_with(const std::string& text, const std::string& needle) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.find(needle) != std::string::npos) out.push_back(line);
  return out;
}

}  // namespace archtei::batch::testing
