// Counts the letters of a body tree by the language each stands in.
#include "model/body_languages.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace archtei {
namespace {

std::string base_tag(const std::string& tag) { return tag.substr(0, tag.find('-')); }

// Letters and digits: ASCII ones, and every UTF-8 sequence start above ASCII (one per
// character, so a Chinese text counts its characters, not its bytes).
std::size_t letters(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    n += (c < 0x80 && std::isalnum(c)) || c >= 0xC0;
  return n;
}

struct Counter {
  std::vector<std::string> order;
  std::map<std::string, std::size_t> count;

  void add(const std::string& tag, std::size_t n) {
    if (n == 0) return;
    std::string base = base_tag(tag);
    if (!count.count(base)) order.push_back(base);
    count[base] += n;
  }

  void inlines(const std::vector<Inline>& items, const std::string& lang) {
    for (const auto& i : items) {
      const std::string& here = i.kind == InlineKind::Foreign && !i.type.empty() ? i.type : lang;
      add(here, letters(i.text));
      inlines(i.children, here);
    }
  }

  void blocks(const std::vector<Block>& items, const std::string& lang) {
    for (const auto& b : items) {
      const std::string& here = b.lang.empty() ? lang : b.lang;
      add(here, letters(b.text) + letters(b.label) * (b.kind == BlockKind::SpeakerTurn));
      inlines(b.inlines, here);
      blocks(b.children, here);
    }
  }
};

}  // namespace

std::vector<LanguageShare> language_shares(const std::vector<Block>& body, const std::string& default_tag) {
  Counter c;
  c.blocks(body, default_tag);
  std::size_t total = 0;
  for (const auto& [tag, n] : c.count) total += n;
  std::vector<LanguageShare> out;
  if (total == 0) return out;
  // Largest remainders, so the percents add up to 100.
  int given = 0;
  std::vector<std::pair<double, std::size_t>> remainders;
  for (const auto& tag : c.order) {
    double exact = 100.0 * static_cast<double>(c.count[tag]) / static_cast<double>(total);
    int floor = static_cast<int>(std::floor(exact));
    out.push_back({tag, floor});
    given += floor;
    remainders.emplace_back(exact - floor, out.size() - 1);
  }
  std::stable_sort(remainders.begin(), remainders.end(), [](auto a, auto b) { return a.first > b.first; });
  for (std::size_t k = 0; given < 100 && k < remainders.size(); ++k, ++given) ++out[remainders[k].second].percent;
  // A language the text holds at all has a share of at least 1, taken from the largest.
  for (auto& share : out) {
    if (share.percent > 0) continue;
    auto largest = std::max_element(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.percent < b.percent; });
    --largest->percent;
    share.percent = 1;
  }
  return out;
}

std::string main_language(const std::vector<Block>& body, const std::string& default_tag) {
  std::string first;
  for (const auto& b : body) {
    if (b.kind != BlockKind::Part || b.lang.empty()) continue;
    if (b.type == "translation") return b.lang;
    if (first.empty()) first = b.lang;
  }
  return first.empty() ? default_tag : first;
}

}  // namespace archtei
