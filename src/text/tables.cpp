// Parses the embedded TSV tables once, on first use.
#include "text/tables.h"

#include <map>
#include <mutex>
#include <stdexcept>

#include "embedded_tables.h"

namespace archtei {
namespace {

std::vector<TableRow> parse_tsv(std::string_view text) {
  std::vector<TableRow> rows;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    TableRow row;
    std::size_t cell_start = 0;
    while (true) {
      std::size_t tab = line.find('\t', cell_start);
      row.emplace_back(line.substr(cell_start, tab == std::string_view::npos ? line.npos : tab - cell_start));
      if (tab == std::string_view::npos) break;
      cell_start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

const std::vector<TableRow>& table(std::string_view name) {
  // Parsed once and then shared read-only by every worker thread.
  static const std::map<std::string, std::vector<TableRow>, std::less<>> tables = [] {
    std::map<std::string, std::vector<TableRow>, std::less<>> t;
    for (const auto& e : kEmbeddedTables) t.emplace(e.name, parse_tsv(e.text));
    return t;
  }();
  auto it = tables.find(name);
  if (it == tables.end()) throw std::logic_error("no embedded table named " + std::string(name));
  return it->second;
}

}  // namespace archtei
