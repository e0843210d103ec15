// Looks language names and codes up in the embedded src/model/data/languages.tsv.
#include "model/language_names.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "model/languages_tsv.h"

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

struct Tables {
  std::map<std::string, std::string, std::less<>> code_of;  // folded name -> code
  std::map<std::string, std::string, std::less<>> name_of;  // code -> first name given for it
};

const Tables& tables() {
  // Built once, then only read (also from batch worker threads).
  static const Tables t = [] {
    Tables out;
    std::string_view text = model_data::kLanguagesTsv;
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::string code(line.substr(tab + 1));
      out.code_of.emplace(fold(line.substr(0, tab)), code);
      out.name_of.emplace(code, std::string(line.substr(0, tab)));
    }
    return out;
  }();
  return t;
}

}  // namespace

std::optional<std::string> language_code(std::string_view name) {
  auto it = tables().code_of.find(fold(name));
  if (it == tables().code_of.end()) return std::nullopt;
  return it->second;
}

std::string language_name(std::string_view tag) {
  std::string_view code = tag.substr(0, tag.find('-'));
  auto it = tables().name_of.find(code);
  return it == tables().name_of.end() ? std::string() : it->second;
}

}  // namespace archtei
