// Turns what the user named (files, folders, a list of paths) into the ordered list of input
// files a batch runs over, filtered by globs and cut into shards.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
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
/// as a failed input instead of stopping the batch. Throws Error (io) when --files-from
/// cannot be read and Error (usage) for a malformed option.
std::vector<InputFile> collect_inputs(const InputOptions& options, std::istream& standard_input);

/// collect_inputs reading "-" from std::cin.
std::vector<InputFile> collect_inputs(const InputOptions& options);

}  // namespace archtei::batch
