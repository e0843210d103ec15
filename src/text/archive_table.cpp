// Loads data/archives.tsv and matches archive designations against it.
#include "text/archive_table.h"

#include <array>

#include "text/citation_strings.h"
#include "text/tables.h"

namespace archtei::text {
namespace {

constexpr std::size_t kCaseSensitiveUpTo = 12;

bool is_separator(char c) { return c == ' ' || c == '.' || c == '-'; }

/// Length of `text` from `pos` that spells `spelling`, separators aside; 0 when it does not.
std::size_t loose_match(std::string_view text, std::size_t pos, std::string_view spelling) {
  const bool fold = spelling.size() > kCaseSensitiveUpTo;
  std::size_t i = pos;
  std::size_t k = 0;
  while (k < spelling.size()) {
    if (is_separator(spelling[k])) {
      ++k;
      continue;
    }
    while (i < text.size() && is_separator(text[i]) && i > pos) ++i;
    if (i >= text.size()) return 0;
    // A typographic apostrophe spells the same as a straight one.
    if (spelling[k] == '\'' && text.substr(i, 3) == "\xE2\x80\x99") {
      i += 3;
      ++k;
      continue;
    }
    char a = text[i], b = spelling[k];
    if (fold ? ascii_lower(a) != ascii_lower(b) : a != b) return 0;
    ++i;
    ++k;
  }
  // A trailing separator of the spelling ("H.E.") is part of it when the text has it too.
  if (i < text.size() && is_word_byte(text[i]) && is_word_byte(spelling.back())) return 0;
  return i - pos;
}

std::vector<ArchiveEntry> load() {
  std::vector<ArchiveEntry> entries;
  for (const auto& row : table("archives")) {
    if (row.empty() || row[0].empty()) continue;
    ArchiveEntry e;
    e.acronym = row[0];
    e.spellings.push_back(row[0]);
    if (row.size() > 1) {
      std::string_view cell = row[1];
      while (!cell.empty()) {
        std::size_t bar = cell.find('|');
        std::string_view one = trim(cell.substr(0, bar));
        if (!one.empty()) e.spellings.emplace_back(one);
        if (bar == std::string_view::npos) break;
        cell.remove_prefix(bar + 1);
      }
    }
    if (row.size() > 2) e.name = row[2];
    if (row.size() > 3) e.country = row[3];
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace

const std::vector<ArchiveEntry>& archive_entries() {
  static const std::vector<ArchiveEntry> entries = load();
  return entries;
}

namespace {

struct Spelling {
  const ArchiveEntry* entry;
  std::string_view text;
};

// The spellings, in table order, by the lowercased first byte a match can start with: a
// spelling's first letter (matched exactly or without case, so its lowercase serves both),
// and for a leading apostrophe also the typographic one's first byte. Matching tries only
// the list of the byte at the position instead of every spelling.
const std::array<std::vector<Spelling>, 256>& spellings_by_first_byte() {
  static const auto index = [] {
    std::array<std::vector<Spelling>, 256> lists;
    for (const auto& e : archive_entries())
      for (const auto& spelling : e.spellings) {
        std::size_t k = 0;
        while (k < spelling.size() && is_separator(spelling[k])) ++k;
        Spelling one{&e, spelling};
        if (k == spelling.size()) {
          for (auto& list : lists) list.push_back(one);
          continue;
        }
        lists[static_cast<unsigned char>(ascii_lower(spelling[k]))].push_back(one);
        if (spelling[k] == '\'') lists[0xE2].push_back(one);
      }
    return lists;
  }();
  return index;
}

}  // namespace

ArchiveMatch match_archive_at(std::string_view text, std::size_t pos) {
  ArchiveMatch best;
  if (pos >= text.size() || (pos > 0 && is_word_byte(text[pos - 1]))) return best;
  for (const auto& s : spellings_by_first_byte()[static_cast<unsigned char>(ascii_lower(text[pos]))]) {
    std::size_t n = loose_match(text, pos, s.text);
    if (n > best.length) {
      best.entry = s.entry;
      best.length = n;
    }
  }
  return best;
}

}  // namespace archtei::text
