// Code points -> ISO 15924 scripts by the ranges of data/scripts.tsv; letters -> lower case.
#include "text/writing_script.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "model/utf8.h"
#include "text/tables.h"

namespace archtei {
namespace {

struct ScriptRange {
  char32_t first = 0;
  char32_t last = 0;
  std::size_t script = 0;  // index into Scripts::names
};

// Code points below this are looked up in a flat array (Latin, Greek, Cyrillic, Armenian,
// Hebrew: most letters archival text holds), the rest by binary search over the ranges.
constexpr char32_t kFlatLimit = 0x800;

struct Scripts {
  std::vector<ScriptRange> ranges;     // sorted by first code point
  std::vector<std::string> names;      // distinct ISO 15924 codes, in table order
  std::vector<std::string> languages;  // per name; "" for "-"
  std::array<std::uint8_t, kFlatLimit> flat{};  // script index + 1 per code point; 0: no letter
};

// Tallies are kept in a fixed array per call, so the table may name at most this many
// scripts.
constexpr std::size_t kMaxScripts = 32;

const Scripts& scripts() {
  static const Scripts all = [] {
    Scripts s;
    for (const TableRow& row : table("scripts")) {
      if (row.size() < 4) throw std::logic_error("scripts.tsv: a row needs script, first, last, language");
      auto known = std::find(s.names.begin(), s.names.end(), row[0]);
      std::size_t index = static_cast<std::size_t>(known - s.names.begin());
      if (known == s.names.end()) {
        s.names.push_back(row[0]);
        s.languages.push_back(row[3] == "-" ? "" : row[3]);
      }
      s.ranges.push_back({static_cast<char32_t>(std::stoul(row[1], nullptr, 16)),
                          static_cast<char32_t>(std::stoul(row[2], nullptr, 16)), index});
    }
    if (s.names.size() > kMaxScripts) throw std::logic_error("scripts.tsv: too many scripts");
    std::sort(s.ranges.begin(), s.ranges.end(),
              [](const ScriptRange& a, const ScriptRange& b) { return a.first < b.first; });
    for (const ScriptRange& r : s.ranges)
      for (char32_t c = r.first; c <= r.last && c < kFlatLimit; ++c) s.flat[c] = static_cast<std::uint8_t>(r.script + 1);
    return s;
  }();
  return all;
}

// The index of `c`'s script in Scripts::names, or names.size() when `c` is no letter.
std::size_t script_index(const Scripts& s, char32_t c) {
  if (c < kFlatLimit) return s.flat[c] == 0 ? s.names.size() : s.flat[c] - 1u;
  auto after = std::upper_bound(s.ranges.begin(), s.ranges.end(), c,
                                [](char32_t cp, const ScriptRange& r) { return cp < r.first; });
  if (after == s.ranges.begin()) return s.names.size();
  const ScriptRange& r = *(after - 1);
  return c <= r.last ? r.script : s.names.size();
}

std::size_t index_of(const Scripts& s, std::string_view name) {
  return static_cast<std::size_t>(std::find(s.names.begin(), s.names.end(), name) - s.names.begin());
}

// Lower case of Latin (Basic, Latin-1, Extended-A and -B as far as European languages and
// Vietnamese use them, Extended Additional), Greek and Cyrillic letters.
char32_t lower_case(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 32;
  if (c >= 0x100 && c <= 0x137) return c == 0x130 ? 'i' : c | 1;
  if (c >= 0x139 && c <= 0x148) return (c & 1) ? c + 1 : c;
  if (c >= 0x14A && c <= 0x177) return c | 1;
  if (c == 0x178) return 0xFF;
  if (c >= 0x179 && c <= 0x17E) return (c & 1) ? c + 1 : c;
  if (c == 0x1A0 || c == 0x1AF) return c + 1;                // Ơ Ư
  if (c >= 0x1CD && c <= 0x1DC) return (c & 1) ? c + 1 : c;  // pinyin tone letters
  if (c >= 0x200 && c <= 0x233) return c | 1;                // Ș Ț and their neighbours
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x391 && c <= 0x3AB) return c == 0x3A2 ? c : c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) return c | 1;
  if (c == 0x4C0) return 0x4CF;
  if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : c;
  if (c >= 0x1E00 && c <= 0x1E95) return c | 1;
  if (c == 0x1E9E) return 0xDF;  // capital sharp s
  if (c >= 0x1EA0 && c <= 0x1EFF) return c | 1;
  return c;
}

}  // namespace

std::string_view script_of_letter(char32_t c) {
  const Scripts& s = scripts();
  std::size_t i = script_index(s, c);
  return i < s.names.size() ? std::string_view(s.names[i]) : std::string_view();
}

ScriptTally tally_scripts(std::string_view text) {
  const Scripts& s = scripts();
  std::array<std::size_t, kMaxScripts + 1> counts{};
  ScriptTally tally;
  for (std::size_t i = 0; i < text.size();) {
    Utf8Char ch = read_utf8(text, i);
    i += ch.length == 0 ? 1 : ch.length;
    if (!ch.valid) continue;
    const std::size_t script = script_index(s, ch.code_point);
    ++counts[script];
    if (script == s.names.size()) continue;
    if (lower_case(ch.code_point) != ch.code_point) ++tally.upper_case;
    else ++tally.lower_case;
  }
  for (std::size_t k = 0; k < s.names.size(); ++k) tally.all_letters += counts[k];
  if (tally.all_letters == 0) return tally;

  auto count_of = [&](std::string_view name) {
    std::size_t k = index_of(s, name);
    return k < s.names.size() ? counts[k] : 0;
  };
  const std::size_t han = count_of("Hani");
  const std::size_t kana = count_of("Hira") + count_of("Kana");
  const std::size_t hangul = count_of("Hang");
  const std::size_t cjk = han + kana + hangul;

  // A Han character or a kana or Hangul syllable writes what takes an alphabet about three
  // letters, so it weighs three against alphabetic scripts ("使用 deluser 命令" is Chinese).
  constexpr std::size_t kSyllableWeight = 3;
  std::size_t best = s.names.size();
  for (std::size_t k = 0; k < s.names.size(); ++k) {
    const std::string& name = s.names[k];
    if (name == "Hani" || name == "Hira" || name == "Kana" || name == "Hang") continue;
    if (counts[k] > 0 && (best == s.names.size() || counts[k] > counts[best])) best = k;
  }
  if (cjk > 0 && (best == s.names.size() || cjk * kSyllableWeight > counts[best])) {
    tally.letters = cjk;
    if (kana > 0 && kana * 20 >= cjk) {
      tally.script = "Jpan";
      tally.language = "ja";
    } else if (hangul > 0 && hangul * 10 >= cjk) {
      tally.script = han > 0 ? "Kore" : "Hang";
      tally.language = "ko";
    } else {
      tally.script = "Hani";
      tally.language = s.languages[index_of(s, "Hani")];
    }
    return tally;
  }
  tally.script = s.names[best];
  tally.language = s.languages[best];
  tally.letters = counts[best];
  return tally;
}

std::string script_of(std::string_view text) { return std::string(tally_scripts(text).script); }

char32_t lower_letter(char32_t c) {
  char32_t lower = lower_case(c);
  if (lower == 0x15F) return 0x219;  // ş -> ș
  if (lower == 0x163) return 0x21B;  // ţ -> ț
  return lower;
}

bool is_upper_case_letter(char32_t c) { return lower_case(c) != c; }

}  // namespace archtei
