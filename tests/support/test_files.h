// Small file helpers shared by the test binaries: reading, writing and finding fixture cases.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace archtei::testing {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

/// The golden cases: every folder of fixtures/ holding an input.txt, sorted by name.
inline std::vector<std::string> fixture_cases() {
  std::vector<std::string> cases;
  for (const auto& entry : std::filesystem::directory_iterator(ARCHTEI_FIXTURES_DIR))
    if (entry.is_directory() && std::filesystem::exists(entry.path() / "input.txt"))
      cases.push_back(entry.path().filename().string());
  std::sort(cases.begin(), cases.end());
  return cases;
}

/// A GoogleTest-safe name for a parameterised test over fixture cases ("seed-000" -> "seed_000").
inline std::string fixture_test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

inline std::filesystem::path fixture_path(const std::string& name) {
  return std::filesystem::path(ARCHTEI_FIXTURES_DIR) / name;
}

}  // namespace archtei::testing
