// A page's text lines -> its language versions.
#include "text/language_parts.h"

#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "text/language_id.h"

namespace archtei {
namespace {

// A part of its own is some lines of text: two lines and a hundred letters, or one long line.
constexpr std::size_t kPartLetters = 100;
constexpr std::size_t kPartLettersAlone = 300;

// Letters, a Chinese or Japanese character or a Hangul syllable (a three-byte sequence)
// counting as two: it says as much as a word's two or three letters.
std::size_t letters(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c < 0x80 && std::isalpha(c)) ? 1 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  return n;
}

std::string base(const std::string& tag) { return tag.substr(0, tag.find('-')); }

}  // namespace

std::vector<TextPart> split_language_parts(const std::vector<SourceLine>& lines, const std::string& fallback_lang) {
  // 1. Each line's language, "" where it cannot be told, and its script.
  std::vector<std::string> tag(lines.size()), script(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.empty()) continue;
    LanguageGuess g = identify_language(lines[i].text);
    tag[i] = base(g.tag);
    script[i] = g.script;
  }
  // 2. A line too short to tell takes its neighbours' language: the nearest told line in its
  //    own script ("CIPHERED TELEGRAM" after a Russian text goes with the English after it),
  //    else the nearest before, else after.
  //    The nearest told lines before and after each line, in any script and in its own, are
  //    found in one pass each way (a page of short lines must not cost a search per line).
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  const std::size_t n = lines.size();
  std::vector<std::size_t> before_any(n, kNone), after_any(n, kNone), before_same(n, kNone), after_same(n, kNone);
  {
    std::size_t last = kNone;
    std::map<std::string, std::size_t> last_in;
    for (std::size_t i = 0; i < n; ++i) {
      before_any[i] = last;
      if (auto it = last_in.find(script[i]); it != last_in.end()) before_same[i] = it->second;
      if (!tag[i].empty()) last = last_in[script[i]] = i;
    }
    last = kNone;
    last_in.clear();
    for (std::size_t i = n; i-- > 0;) {
      after_any[i] = last;
      if (auto it = last_in.find(script[i]); it != last_in.end()) after_same[i] = it->second;
      if (!tag[i].empty()) last = last_in[script[i]] = i;
    }
  }
  // The closer of the two; the one before on a tie.
  auto closer = [&](std::size_t i, std::size_t before, std::size_t after) -> std::string {
    if (before == kNone && after == kNone) return {};
    if (after == kNone || (before != kNone && i - before <= after - i)) return tag[before];
    return tag[after];
  };
  std::vector<std::string> filled = tag;
  for (std::size_t i = 0; i < n; ++i) {
    if (lines[i].text.empty() || !tag[i].empty()) continue;
    filled[i] = script[i].empty() ? std::string() : closer(i, before_same[i], after_same[i]);
    if (filled[i].empty()) filled[i] = closer(i, before_any[i], after_any[i]);
  }
  tag = std::move(filled);
  // 3. Runs of one language; blank lines go with the run before them.
  std::vector<TextPart> runs;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string t = lines[i].text.empty() || tag[i].empty() ? std::string() : tag[i];
    if (runs.empty() || (!t.empty() && t != runs.back().lang && !runs.back().lang.empty())) runs.push_back({t, {}});
    if (runs.back().lang.empty()) runs.back().lang = t;
    runs.back().lines.push_back(lines[i]);
  }
  // 4. A run too small to be a part is a stray in the part before it (after it, at the start).
  auto substantial = [](const TextPart& run) {
    std::size_t n = 0, text_lines = 0;
    for (const auto& l : run.lines) {
      n += letters(l.text);
      text_lines += !l.text.empty();
    }
    return (text_lines >= 2 && n >= kPartLetters) || n >= kPartLettersAlone;
  };
  std::vector<TextPart> parts;
  for (auto& run : runs) {
    if (parts.empty() || substantial(run)) {
      if (!parts.empty() && parts.back().lang == run.lang) {
        parts.back().lines.insert(parts.back().lines.end(), run.lines.begin(), run.lines.end());
        continue;
      }
      parts.push_back(std::move(run));
      continue;
    }
    parts.back().lines.insert(parts.back().lines.end(), run.lines.begin(), run.lines.end());
  }
  // A first part too small to stand joins the next.
  if (parts.size() >= 2 && !substantial(parts.front())) {
    parts[1].lines.insert(parts[1].lines.begin(), parts[0].lines.begin(), parts[0].lines.end());
    parts.erase(parts.begin());
  }
  for (auto& p : parts)
    if (p.lang.empty()) p.lang = fallback_lang;
  if (parts.empty()) parts.push_back({fallback_lang, lines});
  return parts;
}

}  // namespace archtei
