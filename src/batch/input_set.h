// Turns what the user named (files, folders, a list of paths) into the ordered list of input
// files a batch runs over, filtered by globs and cut into shards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archtei::batch {

/// One input of a batch.
struct InputFile {
  std::filesystem::path path;  ///< where to read it: as named, or the folder given + its place under it
  /// Its place in the output tree, '/'-separated, extension kept: "ussr/1947/a.txt". A file
  /// found under a folder gets its path below that folder; a file named on the command line
  /// gets its file name; a relative path in --files-from is kept (lexically normalised).
  std::string relative;

  bool operator==(const InputFile&) const = default;
};

/// The inputs of a batch, in order, held compactly so that a collection of millions costs a
/// few tens of bytes per file: the characters of every path in shared blocks, and a file
/// found under a folder as that folder (stored once) plus its relative path. Inputs are
/// handed out one at a time as InputFile values.
class InputList {
 public:
  InputList() = default;
  InputList(std::initializer_list<InputFile> files);

  /// Appends a file whose path and relative path are unrelated (a file named directly).
  void push_back(const InputFile& file);
  /// Appends a file found under folder `root`: its path is root / relative.
  void push_back_under(const std::filesystem::path& root, std::string_view relative);

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  /// The i-th input.
  InputFile operator[](std::size_t i) const;
  /// The i-th input's relative path, without building the whole InputFile.
  std::string_view relative(std::size_t i) const;

  /// Keeps the inputs for which `keep(index)` is true, in order.
  template <class Keep>
  void keep_if(Keep keep) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < entries_.size(); ++i)
      if (keep(i)) entries_[out++] = entries_[i];
    entries_.resize(out);
  }

  /// Walks the inputs in order; each step builds one InputFile.
  class const_iterator {
   public:
    using value_type = InputFile;
    using difference_type = std::ptrdiff_t;
    const_iterator(const InputList* list, std::size_t i) : list_(list), i_(i) {}
    const InputFile& operator*() const {
      current_ = (*list_)[i_];
      return current_;
    }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& other) const { return i_ == other.i_; }

   private:
    const InputList* list_;
    std::size_t i_;
    mutable InputFile current_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, entries_.size()}; }

 private:
  // Where an input's text starts in blocks_; the root (an index into roots_, or kNamed for a
  // file named directly) is stored in the text, before the path.
  struct Entry {
    std::uint32_t block;
    std::uint32_t offset;
  };
  static constexpr std::uint32_t kNamed = 0xFFFFFFFF;
  std::string_view text(const Entry& e) const;
  void append(std::uint32_t root, std::string_view first, std::string_view second);

  std::vector<std::string> roots_;
  std::vector<std::string> blocks_;  // each reserved once and never grown, so views stay valid
  std::deque<Entry> entries_;        // a deque grows without copying what it holds
};

/// `--shard K/N`: the K-th (1-based) of N disjoint slices.
struct Shard {
  unsigned index = 1;
  unsigned count = 1;

  bool operator==(const Shard&) const = default;
};

/// Parses "K/N" (1 <= K <= N). Throws Error (usage) otherwise.
Shard parse_shard(std::string_view text);

/// A 64-bit FNV-1a hash of `text`: fixed forever and the same on every platform. Shards
/// are assigned by it; bookkeeping over many paths keys on it to stay small.
std::uint64_t path_hash(std::string_view text);

/// Whether the input whose relative path is `relative` belongs to `shard`. The slice depends
/// only on the relative path (a stable hash), so it does not change when files are added or
/// the list is ordered differently, and it is the same on every machine.
bool in_shard(std::string_view relative, const Shard& shard);

/// What to collect.
struct InputOptions {
  std::vector<std::string> paths;  ///< files and folders as given on the command line
  std::string files_from;          ///< a file listing one path per line; "-" is standard input
  std::vector<std::string> include;  ///< globs (see glob.h); when given, a file must match one
  std::vector<std::string> exclude;  ///< globs; a matching file or folder is left out
  std::optional<Shard> shard;
  /// Decides which files a folder walk takes when no --include is given (e.g. "has a
  /// readable format's extension"). Null takes every file. Files named directly are always
  /// taken (then filtered by --include/--exclude like the others).
  std::function<bool(std::string_view file_name)> accept;
  /// Folders never walked into, e.g. the output folder when it lies inside an input folder.
  std::vector<std::filesystem::path> skip;
};

/// Collects the inputs: command-line paths in the order given, each folder walked
/// recursively in byte order of its relative paths (hidden files and folders, whose names
/// start with '.', are skipped; symbolic links to folders are not followed), then the
/// --files-from entries in list order (a folder there is walked the same way). A path named
/// twice is taken once. A path that does not exist is kept as a file, so the job reports it
/// as a failed input instead of stopping the batch. "-" on the command line is standard
/// input: the input "-" with the relative path "stdin", kept whatever the globs (the caller
/// reads it). Throws Error (io) when --files-from
/// cannot be read and Error (usage) for a malformed option.
InputList collect_inputs(const InputOptions& options, std::istream& standard_input);

/// collect_inputs reading "-" from std::cin.
InputList collect_inputs(const InputOptions& options);

}  // namespace archtei::batch
