// The real pages with hand-written records: fixtures/real/<page>/ beside
// ../shared/wcda-pages/<page>.txt, which stays where it is (third-party text).
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/oracle.h"

namespace archtei::testing {

struct RealPage {
  std::string name;                  ///< "s-01"
  std::filesystem::path input;       ///< ../shared/wcda-pages/s-01.txt
  std::filesystem::path record;      ///< fixtures/real/s-01/expected.record.json
  std::filesystem::path nonbody;     ///< fixtures/real/s-01/nonbody.txt
};

/// Every folder of fixtures/real/ with a record, sorted by name. The page itself need not
/// exist: a test that reads a missing page fails, it does not shrink its corpus.
inline std::vector<RealPage> real_pages() {
  std::vector<RealPage> pages;
  const std::filesystem::path root = std::filesystem::path(ARCHTEI_FIXTURES_DIR) / "real";
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (!entry.is_directory() || !std::filesystem::exists(entry.path() / "expected.record.json")) continue;
    std::string name = entry.path().filename().string();
    pages.push_back({name, std::filesystem::path(shared_dir()) / "wcda-pages" / (name + ".txt"),
                     entry.path() / "expected.record.json", entry.path() / "nonbody.txt"});
  }
  std::sort(pages.begin(), pages.end(), [](const RealPage& a, const RealPage& b) { return a.name < b.name; });
  return pages;
}

}  // namespace archtei::testing
