// Command-line input flags shared by the commands that take many files (files and folders,
// --include, --exclude, --files-from, --shard, -j) to the batch input set they select, and
// the flags every reading command shares (input limits, --encoding).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/input_set.h"

namespace archtei::cli {

/// The input flags as given.
struct InputFlags {
  std::vector<std::string> paths;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::string files_from;
  std::string shard;
  unsigned jobs = 0;  ///< 0: the number of cores
};

/// Makes a list option take exactly one value each time it is given (it may be repeated), so
/// that it never takes the words after it: `--to jsonld page.txt` converts page.txt.
CLI::Option* one_value_each(CLI::Option* option);

/// Declares the positional `paths` (described by `paths_help`), --include, --exclude,
/// --files-from, --shard and -j/--jobs on `cmd`, stored in `flags`.
void add_input_flags(CLI::App& cmd, InputFlags& flags, const std::string& paths_help);

/// The globs of --include or --exclude values: each value split at its commas, except a
/// comma inside a character class (`[,;]`) or after a backslash (`\,`), which the glob
/// matches literally.
std::vector<std::string> split_globs(const std::vector<std::string>& values);

/// The batch input options the flags give (without `accept` and `skip`, which are the
/// command's). Throws Error (usage) when no input is named, --shard is malformed, or
/// standard input is asked for twice ('-' and --files-from -).
batch::InputOptions input_options(const InputFlags& flags, std::string_view command);

/// Collects the inputs the flags select; `accept` decides which files a folder walk takes.
/// Throws Error (usage) when no input is named or a flag is malformed, (io) when
/// --files-from cannot be read.
batch::InputList collect_inputs(const InputFlags& flags, std::string_view command,
                                std::function<bool(std::string_view)> accept);

/// How files are read: the input limits (see model/input_limits.h) and the encoding of
/// texts without a byte-order mark. Empty or 0: the default.
struct ReadFlags {
  std::string encoding;
  std::string max_file_size;
  std::size_t max_depth = 0;
  std::string max_entity_expansion;
};

/// Declares --max-file-size on `cmd`; --encoding too with `texts` (commands that read
/// texts), and --max-depth and --max-entity-expansion with `trees` (commands that read TEI
/// or JSON-LD into archtei's tree; validation keeps libxml2's own limits).
void add_read_flags(CLI::App& cmd, ReadFlags& flags, bool texts, bool trees);

/// Sets the process's input limits from the flags and checks the encoding's name. Call
/// before any file is read. Throws Error (usage) for a malformed size or an unknown encoding.
void apply_read_flags(const ReadFlags& flags);

/// The number of worker threads for `jobs` (0: the number of cores) and `tasks` tasks.
unsigned worker_count(unsigned jobs, std::size_t tasks);

}  // namespace archtei::cli
