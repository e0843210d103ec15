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

// Paths are stored in blocks of this size; a longer one gets a block of its own.
constexpr std::size_t kBlockSize = 64 * 1024;

void put_length(std::string& out, std::size_t n) {
  for (; n >= 0x80; n >>= 7) out += static_cast<char>((n & 0x7F) | 0x80);
  out += static_cast<char>(n);
}

std::size_t get_length(std::string_view& in) {
  std::size_t n = 0;
  for (int shift = 0;; shift += 7) {
    auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    n |= static_cast<std::size_t>(byte & 0x7F) << shift;
    if (byte < 0x80) return n;
  }
}

std::string_view get_string(std::string_view& in) {
  std::size_t n = get_length(in);
  std::string_view s = in.substr(0, n);
  in.remove_prefix(n);
  return s;
}

}  // namespace

InputList::InputList(std::initializer_list<InputFile> files) {
  for (const auto& f : files) push_back(f);
}

// An input's text: its root + 1 (0 for a file named directly), then one length-prefixed
// string (the relative path under the root) or two (the path, then the relative path).
void InputList::append(std::uint32_t root, std::string_view first, std::string_view second) {
  std::string record;
  put_length(record, root == kNamed ? 0 : std::size_t{root} + 1);
  put_length(record, first.size());
  record += first;
  if (root == kNamed) {
    put_length(record, second.size());
    record += second;
  }
  if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < record.size()) {
    blocks_.emplace_back();
    blocks_.back().reserve(std::max(kBlockSize, record.size()));
  }
  std::string& block = blocks_.back();
  entries_.push_back(Entry{static_cast<std::uint32_t>(blocks_.size() - 1), static_cast<std::uint32_t>(block.size())});
  block += record;
}

void InputList::push_back(const InputFile& file) { append(kNamed, file.path.native(), file.relative); }

void InputList::push_back_under(const fs::path& root, std::string_view relative) {
  if (roots_.empty() || roots_.back() != root.native()) roots_.push_back(root.native());
  append(static_cast<std::uint32_t>(roots_.size() - 1), relative, {});
}

std::string_view InputList::text(const Entry& e) const {
  return std::string_view(blocks_[e.block]).substr(e.offset);
}

InputFile InputList::operator[](std::size_t i) const {
  std::string_view in = text(entries_[i]);
  std::size_t root = get_length(in);
  std::string_view first = get_string(in);
  if (root == 0) return InputFile{fs::path(first), std::string(get_string(in))};
  // As a folder walk names its files: the folder as given, then the path below it.
  return InputFile{fs::path(roots_[root - 1]) / first, std::string(first)};
}

std::string_view InputList::relative(std::size_t i) const {
  std::string_view in = text(entries_[i]);
  std::size_t root = get_length(in);
  std::string_view first = get_string(in);
  return root == 0 ? get_string(in) : first;
}

namespace {

class Collector {
 public:
  explicit Collector(const InputOptions& options)
      : options_(options),
        // One path named, no list: no input can come twice, so shards can be cut at once.
        single_source_(options.paths.size() == 1 && options.files_from.empty()) {
    for (const auto& dir : options.skip) {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical(dir, ec);
      if (!ec) skip_.insert(canonical.string());
    }
  }

  // A file named directly: on the command line (`keep_dirs` false) or in a list.
  void add_named(const std::string& text, bool keep_dirs) {
    // Standard input, named on the command line: no glob applies to a name it does not have.
    if (!keep_dirs && text == "-") {
      files_.push_back(InputFile{"-", "stdin"});
      return;
    }
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
    if (wanted(relative)) files_.push_back(InputFile{std::move(path), std::move(relative)});
  }

  InputList result() && {
    if (!single_source_) {
      std::vector<bool> duplicate = duplicates();
      files_.keep_if([&](std::size_t i) {
        return !duplicate[i] && (!options_.shard || in_shard(files_.relative(i), *options_.shard));
      });
    }
    return std::move(files_);
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

  bool wanted(std::string_view relative) const {
    if (!included(relative) || excluded(relative)) return false;
    return !single_source_ || !options_.shard || in_shard(relative, *options_.shard);
  }

  // Marks every input whose file came earlier in the list (the same absolute, lexically
  // normal path). Sorting hashes costs 16 bytes per input for the moment it runs, where a
  // set of the paths themselves would cost hundreds; equal hashes are confirmed on the paths.
  std::vector<bool> duplicates() const {
    auto key = [&](std::size_t i) { return fs::absolute(files_[i].path).lexically_normal().native(); };
    std::vector<std::pair<std::uint64_t, std::size_t>> hashes;
    hashes.reserve(files_.size());
    for (std::size_t i = 0; i < files_.size(); ++i) hashes.emplace_back(path_hash(key(i)), i);
    std::sort(hashes.begin(), hashes.end());
    std::vector<bool> duplicate(files_.size(), false);
    for (std::size_t run = 0; run < hashes.size();) {
      std::size_t end = run + 1;
      while (end < hashes.size() && hashes[end].first == hashes[run].first) ++end;
      for (std::size_t a = run; a < end; ++a) {
        if (duplicate[hashes[a].second]) continue;
        std::string first = key(hashes[a].second);
        for (std::size_t b = a + 1; b < end; ++b)
          if (!duplicate[hashes[b].second] && key(hashes[b].second) == first) duplicate[hashes[b].second] = true;
      }
      run = end;
    }
    return duplicate;
  }

  bool skipped_dir(const fs::path& dir) const {
    if (skip_.empty()) return false;
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(dir, ec);
    return !ec && skip_.count(canonical.string()) != 0;
  }

  void walk(const fs::path& root) {
    if (skipped_dir(root)) return;
    std::error_code ec;
    fs::directory_iterator probe(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw Error(ErrorKind::Io, Diagnostic{Severity::Error, root.string(), {},
                                                  "cannot read folder: " + ec.message(), "read-failed"});
    walk_folder(root, root, {});
  }

  // Takes the files under `dir` (whose relative path is `prefix`, "" or ending in '/') in
  // byte order of their relative paths, holding one folder's names at a time: a folder sorts
  // as its name followed by '/', exactly as the paths of the files in it do.
  void walk_folder(const fs::path& root, const fs::path& dir, const std::string& prefix) {
    std::vector<std::string> names;  // files as they are; folders with a '/' appended
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::string name = entry.path().filename().string();
      if (name.empty() || name[0] == '.') continue;  // hidden
      std::error_code type_ec;
      if (entry.is_directory(type_ec)) {
        // Symbolic links to folders are not followed.
        if (entry.is_symlink(type_ec) || excluded(prefix + name) || skipped_dir(entry.path())) continue;
        names.push_back(std::move(name) + '/');
        continue;
      }
      if (!entry.is_regular_file(type_ec)) continue;
      if (options_.include.empty() && options_.accept && !options_.accept(name)) continue;
      names.push_back(std::move(name));
    }
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
      std::string relative = prefix + name;
      if (name.back() == '/') {
        walk_folder(root, dir / std::string_view(name).substr(0, name.size() - 1), relative);
      } else if (wanted(relative)) {
        files_.push_back_under(root, relative);
      }
    }
  }

  const InputOptions& options_;
  const bool single_source_;
  std::unordered_set<std::string> skip_;
  InputList files_;
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

InputList collect_inputs(const InputOptions& options, std::istream& standard_input) {
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

InputList collect_inputs(const InputOptions& options) {
  return collect_inputs(options, std::cin);
}

}  // namespace archtei::batch
