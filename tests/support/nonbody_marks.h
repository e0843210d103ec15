// A page's text without the parts a person marked as not the document's own
// (fixtures/.../nonbody.txt: line numbers, ranges "12-40", or "N: exact text" inside line
// N), for tests that check every remaining word reaches the TEI body.
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
    if (colon != std::string::npos) {
      std::size_t at = colon + 1;
      if (at < line.size() && line[at] == ' ') ++at;
      marks.pieces.emplace_back(std::stoul(line.substr(0, colon)), line.substr(at));
      continue;
    }
    std::size_t dash = line.find('-');
    std::size_t from = std::stoul(line.substr(0, dash));
    std::size_t to = dash == std::string::npos ? from : std::stoul(line.substr(dash + 1));
    if (to < from) throw std::runtime_error("nonbody range runs backwards: " + line);
    for (std::size_t n = from; n <= to; ++n) marks.lines.insert(n);
  }
  return marks;
}

/// `page` (its raw bytes) without the marked lines and pieces; no-break spaces become
/// spaces. Throws when a marked piece is not in its line, so a stale mark cannot pass.
inline std::string text_outside_marks(const std::string& page, const NonbodyMarks& marks) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= page.size()) {
    std::size_t end = page.find('\n', start);
    if (end == std::string::npos) end = page.size();
    lines.push_back(page.substr(start, end - start));
    start = end + 1;
  }
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
  for (std::size_t at = out.find("\xC2\xA0"); at != std::string::npos; at = out.find("\xC2\xA0", at)) out.replace(at, 2, " ");
  return out;
}

}  // namespace archtei::testing
