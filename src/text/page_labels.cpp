// A page's line -> the label it is or opens, by labels.tsv; and the key page tables match by.
#include "text/page_labels.h"

#include "text/tables.h"

namespace archtei {

// A–Z only, without the locale lookups std::tolower makes per byte (archtei never sets a
// locale, so std::tolower did exactly this).
std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string match_key(std::string_view text) {
  std::string s(text);
  auto strip_prefix = [&](std::string_view p) {
    if (s.starts_with(p)) { s.erase(0, p.size()); return true; }
    return false;
  };
  bool changed = true;
  while (changed) {
    changed = false;
    while (!s.empty() && (s.front() == ' ' || s.front() == '#' || s.front() == '>')) { s.erase(0, 1); changed = true; }
    changed |= strip_prefix("\xE2\x80\xA2");  // •
    changed |= strip_prefix("**");
    changed |= strip_prefix("* ");
    changed |= strip_prefix("- ");
    changed |= strip_prefix("__");
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '*' || s.back() == '_')) s.pop_back();
  if (!s.empty() && s.back() == ':') s.pop_back();
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return lower_ascii(s);
}

const std::vector<LabelDef>& label_table() {
  static const std::vector<LabelDef> t = [] {
    std::vector<LabelDef> defs;
    for (const auto& row : table("labels")) {
      if (row.size() < 4) continue;
      LabelDef d{row[0], {}, {}, row[2], row[3] == "anywhere"};
      std::string_view sp = row[1];
      while (!sp.empty()) {
        std::size_t bar = sp.find('|');
        d.spellings.push_back(match_key(sp.substr(0, bar)));
        d.written.emplace_back(sp.substr(0, bar));
        if (bar == std::string_view::npos) break;
        sp.remove_prefix(bar + 1);
      }
      defs.push_back(std::move(d));
    }
    return defs;
  }();
  return t;
}

std::optional<LabelMatch> match_label(std::string_view text) {
  std::string key = match_key(text);
  for (const auto& d : label_table())
    for (const auto& sp : d.spellings)
      if (key == sp) return LabelMatch{&d, {}};
  // "Label: value" on one line; the label must be the text before the first colon.
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 48) return std::nullopt;
  std::string head = match_key(text.substr(0, colon));
  for (const auto& d : label_table())
    for (const auto& sp : d.spellings)
      if (head == sp) {
        std::string_view rest = text.substr(colon + 1);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        return LabelMatch{&d, std::string(rest)};
      }
  return std::nullopt;
}

}  // namespace archtei
