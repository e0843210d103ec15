// The documents the JSON-LD tests run over: every golden TEI and text fixture, and every
// file of the third-party TEI corpus listed in its manifest.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/oracle.h"
#include "support/test_files.h"

namespace archtei::test {

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// The third-party corpus' files as its manifest lists them (valid/ and invalid/); empty when
/// there is no manifest, which the test TeiCorpus.IsThereWhole turns into a failure.
inline std::vector<std::string> corpus_documents() {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  const fs::path corpus = fs::path(::archtei::testing::shared_dir()) / "tei-corpus";
  std::istringstream manifest(read_bytes(corpus / "MANIFEST.tsv"));
  std::string line;
  std::getline(manifest, line);  // the header row
  while (std::getline(manifest, line))
    if (!line.empty()) files.push_back((corpus / line.substr(0, line.find('\t'))).string());
  return files;
}

/// fixtures/*/expected.tei.xml and the third-party corpus' files.
inline std::vector<std::string> tei_documents() {
  namespace fs = std::filesystem;
  std::vector<std::string> files = corpus_documents();
  for (const auto& entry : fs::directory_iterator(ARCHTEI_FIXTURES_DIR))
    if (fs::exists(entry.path() / "expected.tei.xml")) files.push_back((entry.path() / "expected.tei.xml").string());
  std::sort(files.begin(), files.end());
  return files;
}

/// The fixtures' input texts (a real page's where the case names one in the shared folder).
inline std::vector<std::string> text_documents() {
  std::vector<std::string> files;
  for (const auto& name : testing::fixture_cases()) files.push_back(testing::fixture_input(name).string());
  std::sort(files.begin(), files.end());
  return files;
}

/// A readable, unique test name for a file: its path's last three parts, alphanumerics only.
inline std::string test_name(const std::string& file) {
  std::filesystem::path p(file);
  std::string raw = p.parent_path().parent_path().filename().string() + "_" +
                    p.parent_path().filename().string() + "_" + p.filename().string();
  std::string out;
  for (char c : raw) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

}  // namespace archtei::test
