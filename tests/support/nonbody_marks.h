// A page's text without the parts a person marked as not the document's own
// (fixtures/.../nonbody.txt: line numbers, ranges "12-40" with an optional comment after a
// space, or "N: exact text" inside line N), for tests that check every remaining word
// reaches the TEI body.
#pragma once

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace archtei::testing {

struct NonbodyMarks {
  std::set<std::size_t> lines;                                ///< whole lines, 1-based
  std::vector<std::pair<std::size_t, std::string>> pieces;    ///< (line, text inside it)
};

inline NonbodyMarks read_nonbody_marks(const std::string& text) {
  NonbodyMarks marks;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::size_t colon = line.find(':');
    std::size_t digits = line.find_first_not_of("0123456789-");
    if (colon != std::string::npos && colon == digits) {
      std::size_t at = colon + 1;
      if (at < line.size() && line[at] == ' ') ++at;
      marks.pieces.emplace_back(std::stoul(line.substr(0, colon)), line.substr(at));
      continue;
    }
    std::size_t used = 0, more = 0;
    std::size_t from = std::stoul(line, &used), to = from;
    if (used < line.size() && line[used] == '-') {
      to = std::stoul(line.substr(used + 1), &more);
      used += 1 + more;
    }
    if (used < line.size() && line[used] != ' ' && line[used] != '\t')
      throw std::runtime_error("nonbody mark not understood: " + line);
    if (to < from) throw std::runtime_error("nonbody range runs backwards: " + line);
    for (std::size_t n = from; n <= to; ++n) marks.lines.insert(n);
  }
  return marks;
}

/// `page` (its raw bytes) without the marked lines and pieces; a byte-order mark, line-end
/// CRs, indentation runs (U+25A1) and no-break spaces are layout, not letters. Throws when a
/// mark names a line the page lacks or a piece its line does not hold, so a stale mark
/// cannot pass.
inline std::string text_outside_marks(std::string page, const NonbodyMarks& marks) {
  if (page.starts_with("\xEF\xBB\xBF")) page.erase(0, 3);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= page.size()) {
    std::size_t end = page.find('\n', start);
    if (end == std::string::npos) end = page.size();
    lines.push_back(page.substr(start, end - start));
    if (lines.back().ends_with('\r')) lines.back().pop_back();
    start = end + 1;
  }
  if (!marks.lines.empty() && *marks.lines.rbegin() > lines.size())
    throw std::runtime_error("nonbody mark for a line the page lacks: " + std::to_string(*marks.lines.rbegin()));
  for (const auto& [n, piece] : marks.pieces) {
    if (n == 0 || n > lines.size()) throw std::runtime_error("nonbody mark for a line the page lacks: " + std::to_string(n));
    std::string& line = lines[n - 1];
    std::size_t at = line.find(piece);
    if (at == std::string::npos) throw std::runtime_error("nonbody piece not in line " + std::to_string(n) + ": " + piece);
    line.replace(at, piece.size(), " ");
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (marks.lines.count(i + 1)) continue;
    out += lines[i];
    out += '\n';
  }
  for (const std::string_view space : {"\xE2\x96\xA1", "\xC2\xA0"})
    for (std::size_t at = out.find(space); at != std::string::npos; at = out.find(space, at)) out.replace(at, space.size(), " ");
  return out;
}

}  // namespace archtei::testing
