// Collects a batch's input files from paths, folders and path lists; filters and shards them.
#include "batch/input_set.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iostream>
#include <system_error>
#include <unordered_set>

#include "batch/glob.h"
#include "model/diagnostics.h"

namespace archtei::batch {

namespace fs = std::filesystem;

namespace {

Error usage(std::string message, std::string code) {
  return Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {}, std::move(message), std::move(code)});
}

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

class Collector {
 public:
  explicit Collector(const InputOptions& options) : options_(options) {
    for (const auto& dir : options.skip) {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical(dir, ec);
      if (!ec) skip_.insert(canonical.string());
    }
  }

  // A file named directly: on the command line (`keep_dirs` false) or in a list.
  void add_named(const std::string& text, bool keep_dirs) {
    fs::path path(text);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      walk(path);
      return;
    }
    fs::path normal = path.lexically_normal();
    std::string relative = normal.filename().string();
    if (keep_dirs && normal.is_relative() && !normal.empty() && *normal.begin() != "..")
      relative = normal.generic_string();
    if (relative.empty()) relative = text;
    take(InputFile{path, std::move(relative)});
  }

  std::vector<InputFile> result() && {
    std::vector<InputFile> out = std::move(files_);
    if (options_.shard) {
      std::erase_if(out, [&](const InputFile& f) { return !in_shard(f.relative, *options_.shard); });
    }
    return out;
  }

 private:
  bool excluded(std::string_view relative) const {
    return std::any_of(options_.exclude.begin(), options_.exclude.end(),
                       [&](const std::string& g) { return path_matches(g, relative); });
  }

  bool included(std::string_view relative) const {
    return options_.include.empty() ||
           std::any_of(options_.include.begin(), options_.include.end(),
                       [&](const std::string& g) { return path_matches(g, relative); });
  }

  // Moves the file in: with libstdc++ a std::filesystem::path costs about 500 bytes (it keeps
  // its parsed components), so copies of 100,000 paths would dominate the run's memory.
  void take(InputFile&& file) {
    if (!included(file.relative) || excluded(file.relative)) return;
    std::string key = fs::absolute(file.path).lexically_normal().string();
    if (!seen_.insert(std::move(key)).second) return;
    files_.push_back(std::move(file));
  }

  bool skipped_dir(const fs::path& dir) const {
    if (skip_.empty()) return false;
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(dir, ec);
    return !ec && skip_.count(canonical.string()) != 0;
  }

  void walk(const fs::path& root) {
    if (skipped_dir(root)) return;
    std::vector<InputFile> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw Error(ErrorKind::Io, Diagnostic{Severity::Error, root.string(), {},
                                                  "cannot read folder: " + ec.message(), "read-failed"});
    for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
      if (ec) break;
      const fs::directory_entry& entry = *it;
      std::string relative = entry.path().lexically_relative(root).generic_string();
      bool is_dir = entry.is_directory(ec);
      if (hidden(entry.path()) || (is_dir && (excluded(relative) || skipped_dir(entry.path())))) {
        if (is_dir) it.disable_recursion_pending();
        continue;
      }
      if (is_dir || !entry.is_regular_file(ec)) continue;
      if (options_.include.empty() && options_.accept &&
          !options_.accept(entry.path().filename().string()))
        continue;
      found.push_back(InputFile{entry.path(), std::move(relative)});
    }
    std::sort(found.begin(), found.end(),
              [](const InputFile& a, const InputFile& b) { return a.relative < b.relative; });
    for (auto& f : found) take(std::move(f));
  }

  const InputOptions& options_;
  std::unordered_set<std::string> skip_;
  std::unordered_set<std::string> seen_;
  std::vector<InputFile> files_;
};

void read_list(std::istream& in, Collector& collector) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    collector.add_named(line, true);
  }
}

}  // namespace

// FNV-1a because a shard assignment must never change between releases or platforms, which
// std::hash does not promise.
std::uint64_t path_hash(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

Shard parse_shard(std::string_view text) {
  auto bad = [&] {
    return usage("--shard expects K/N with 1 <= K <= N, got '" + std::string(text) + "'", "bad-shard");
  };
  std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) throw bad();
  Shard shard;
  auto number = [&](std::string_view part, unsigned& out) {
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    if (ec != std::errc() || ptr != part.data() + part.size() || part.empty()) throw bad();
  };
  number(text.substr(0, slash), shard.index);
  number(text.substr(slash + 1), shard.count);
  if (shard.count == 0 || shard.index == 0 || shard.index > shard.count) throw bad();
  return shard;
}

bool in_shard(std::string_view relative, const Shard& shard) {
  return path_hash(relative) % shard.count == shard.index - 1;
}

std::vector<InputFile> collect_inputs(const InputOptions& options, std::istream& standard_input) {
  Collector collector(options);
  for (const auto& path : options.paths) collector.add_named(path, false);
  if (options.files_from == "-") {
    read_list(standard_input, collector);
  } else if (!options.files_from.empty()) {
    std::ifstream list(options.files_from);
    if (!list)
      throw Error(ErrorKind::Io, Diagnostic{Severity::Error, options.files_from, {},
                                            "cannot read the list of files", "read-failed"});
    read_list(list, collector);
  }
  return std::move(collector).result();
}

std::vector<InputFile> collect_inputs(const InputOptions& options) {
  return collect_inputs(options, std::cin);
}

}  // namespace archtei::batch
