// A page's line -> whether it is chrome, and which kind, by chrome.tsv.
#include "text/page_chrome.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "text/body_text.h"
#include "text/citation_strings.h"
#include "text/date_parser.h"
#include "text/page_labels.h"
#include "text/source_text.h"
#include "text/tables.h"

namespace archtei {
namespace {

bool is_bare_site_address(std::string_view key) {
  // "digitalarchive.wilsoncenter.org", "www.example.org/": a host name alone on its line.
  if (key.empty() || key.find(' ') != std::string_view::npos) return false;
  if (key.starts_with("http://") || key.starts_with("https://")) return false;
  std::size_t dot = key.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string_view tld = key.substr(dot + 1);
  if (!tld.empty() && tld.back() == '/') tld.remove_suffix(1);
  static const std::vector<std::string_view> tlds = {"org", "com", "edu", "net", "gov", "info"};
  return std::find(tlds.begin(), tlds.end(), tld) != tlds.end() &&
         std::all_of(key.begin(), key.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '/';
         });
}

// Text taken from a PDF doubles a drop capital ("CCold War International History Project"):
// the line without its first letter, when it opens that way.
std::optional<std::string> without_drop_cap(std::string_view text) {
  std::string_view t = text::trim(text);
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (t.size() >= 3 && upper(t[0]) && t[0] == t[1] && lower(t[2])) return std::string(t.substr(1));
  return std::nullopt;
}

}  // namespace

bool is_rule(std::string_view t) {
  std::size_t marks = 0;
  for (char c : t) {
    if (c == '-' || c == '=' || c == '_' || c == '*' || c == '~') ++marks;
    else if (c != ' ') return false;
  }
  return marks >= 3;
}

const ChromeTable& chrome_table() {
  static const ChromeTable t = [] {
    ChromeTable c;
    for (const auto& row : table("chrome")) {
      if (row.size() < 2) continue;
      std::string key = match_key(row[1]);
      if (row[0] == "line") c.lines.push_back(key);
      // A prefix keeps its colon: "Upload:" is chrome, "Uploaded materials ..." is not.
      else if (row[0] == "prefix") c.prefixes.push_back(lower_ascii(collapse_space(row[1])));
      else if (row[0] == "dated") c.dated.push_back(key);
      else if (row[0] == "suffix") c.suffixes.push_back(row[1]);
      else if (row[0] == "count") c.counted.push_back(key);
      else if (row[0] == "paged") c.paged.push_back(key);
      else if (row[0] == "labelled") c.labelled.push_back(key);
      else if (row[0] == "footer") c.footers.push_back(key);
      else if (row[0] == "section") c.sections.push_back(key);
      else if (row[0] == "banner") c.banners.push_back(row[1]);
    }
    return c;
  }();
  return t;
}

ChromeKind chrome_kind(std::string_view text) {
  std::string key = match_key(text);
  if (key.empty()) return ChromeKind::None;
  const auto& t = chrome_table();
  if (std::find(t.labelled.begin(), t.labelled.end(), key) != t.labelled.end()) return ChromeKind::Labelled;
  for (const auto& f : t.footers)
    if (key.starts_with(f)) return ChromeKind::Footer;
  if (std::find(t.sections.begin(), t.sections.end(), key) != t.sections.end()) return ChromeKind::Section;
  if (std::find(t.lines.begin(), t.lines.end(), key) != t.lines.end()) return ChromeKind::Line;
  for (const auto& p : t.prefixes)
    if (key.starts_with(p)) return ChromeKind::Line;
  if (std::size_t digits = key.find_first_not_of("0123456789"); digits > 0 && digits != std::string::npos &&
                                                                 key[digits] == ' ')
    for (const auto& word : t.counted)
      if (std::string_view(key).substr(digits + 1) == word) return ChromeKind::Line;
  for (const auto& word : t.paged) {
    // "page 1 of 2": the word, a number, "of", a number, and nothing else.
    if (!key.starts_with(word + " ")) continue;
    std::string_view rest = std::string_view(key).substr(word.size() + 1);
    std::size_t n = rest.find_first_not_of("0123456789");
    if (n == 0 || n == std::string_view::npos || !rest.substr(n).starts_with(" of ")) continue;
    std::string_view total = rest.substr(n + 4);
    if (!total.empty() && total.find_first_not_of("0123456789") == std::string_view::npos) return ChromeKind::Line;
  }
  for (const auto& d : t.dated) {
    if (!key.starts_with(d)) continue;
    std::string_view line = text::trim(text);
    FoundDate date = find_date(line);
    if (!date.iso.empty() && date.offset + date.length == line.size()) return ChromeKind::Line;
  }
  if (is_bare_site_address(key)) return ChromeKind::Line;
  if (auto plain = without_drop_cap(text)) return chrome_kind(*plain);
  return ChromeKind::None;
}

}  // namespace archtei
