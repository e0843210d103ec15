// Looks language names up in the embedded src/tei/data/languages.tsv.
#include "tei/language_codes.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "tei/languages_tsv.h"

namespace archtei {
namespace {

std::string fold(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

const std::map<std::string, std::string, std::less<>>& codes() {
  // Built once, then only read (also from batch worker threads).
  static const std::map<std::string, std::string, std::less<>> table = [] {
    std::map<std::string, std::string, std::less<>> t;
    std::string_view text = tei_data::kLanguagesTsv;
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      t.emplace(fold(line.substr(0, tab)), std::string(line.substr(tab + 1)));
    }
    return t;
  }();
  return table;
}

}  // namespace

std::optional<std::string> language_code(std::string_view name) {
  auto it = codes().find(fold(name));
  if (it == codes().end()) return std::nullopt;
  return it->second;
}

}  // namespace archtei
