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

#include "support/oracle.h"

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

/// The golden cases: every folder of fixtures/ with an input (its own input.txt, or an
/// input.location naming a real page kept in the shared folder), sorted by name.
inline std::vector<std::string> fixture_cases() {
  std::vector<std::string> cases;
  for (const auto& entry : std::filesystem::directory_iterator(ARCHTEI_FIXTURES_DIR))
    if (entry.is_directory() && (std::filesystem::exists(entry.path() / "input.txt") ||
                                 std::filesystem::exists(entry.path() / "input.location")))
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

/// A case's input text: fixtures/<case>/input.txt, written here, or the real page that
/// fixtures/<case>/input.location names inside the shared folder (third-party text stays
/// there: "seeds/000_63bdb44de7502612.txt"). A page missing there is a failure when read.
inline std::filesystem::path fixture_input(const std::string& name) {
  const std::filesystem::path own = fixture_path(name) / "input.txt";
  if (std::filesystem::exists(own)) return own;
  std::string location = read_file(fixture_path(name) / "input.location");
  while (!location.empty() && (location.back() == '\n' || location.back() == '\r' || location.back() == ' '))
    location.pop_back();
  return std::filesystem::path(shared_dir()) / location;
}

}  // namespace archtei::testing
