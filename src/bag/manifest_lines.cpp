// Reads and writes the lines of a bag's manifests: digest, whitespace, percent-encoded path.
#include "bag/manifest_lines.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace archtei::bag {

namespace {

bool is_hex_digest(std::string_view s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
         });
}

// Whether a manifest path stays inside the bag: relative, and no segment is "..".
bool inside_bag(std::string_view path) {
  if (path.empty() || path.front() == '/') return false;
  std::size_t start = 0;
  for (;;) {
    std::size_t slash = path.find('/', start);
    if (path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start) == "..")
      return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

}  // namespace

std::string encode_manifest_path(std::string_view path) {
  std::string out;
  for (char c : path) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string decode_manifest_path(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      std::string code(text.substr(i + 1, 2));
      for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (code == "25" || code == "0D" || code == "0A") {
        out += code == "25" ? '%' : code == "0D" ? '\r' : '\n';
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string write_manifest(const std::vector<ManifestEntry>& entries) {
  std::string out;
  for (const auto& e : entries) out += e.sha256 + "  " + encode_manifest_path(e.path) + '\n';
  return out;
}

std::vector<ManifestEntry> parse_manifest(std::string_view text, const std::string& file,
                                          std::vector<Diagnostic>& problems) {
  std::vector<ManifestEntry> entries;
  std::unordered_set<std::string> seen;
  std::size_t line_number = 0;
  auto problem = [&](std::string message) {
    problems.push_back(Diagnostic{Severity::Error, file, SourcePos{line_number, 0}, std::move(message),
                                  "bag-malformed"});
  };
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    std::size_t gap = line.find_first_of(" \t");
    std::size_t path_at = gap == std::string_view::npos ? gap : line.find_first_not_of(" \t", gap);
    if (path_at == std::string_view::npos || !is_hex_digest(line.substr(0, gap))) {
      problem("not a SHA-256 manifest line (a digest, spaces, a path)");
      continue;
    }
    ManifestEntry entry{decode_manifest_path(line.substr(path_at)), std::string(line.substr(0, gap))};
    for (char& c : entry.sha256) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!inside_bag(entry.path)) {
      problem("'" + entry.path + "' is not a path inside the bag");
      continue;
    }
    if (!seen.insert(entry.path).second) {
      problem("'" + entry.path + "' is listed twice");
      continue;
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace archtei::bag
