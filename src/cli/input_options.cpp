// Command-line input flags shared by the commands that take many files, to the batch input
// set they select.
#include "cli/input_options.h"

#include <algorithm>
#include <cctype>
#include <thread>

#include "model/diagnostics.h"
#include "model/input_limits.h"
#include "text/source_text.h"

namespace archtei::cli {

CLI::Option* one_value_each(CLI::Option* option) {
  return option->expected(1)->allow_extra_args(false)->take_all();
}

void add_input_flags(CLI::App& cmd, InputFlags& flags, const std::string& paths_help) {
  cmd.add_option("paths", flags.paths, paths_help);
  cmd.add_option("-j,--jobs", flags.jobs, "Worker threads (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u));
  one_value_each(cmd.add_option("--include", flags.include, "Only files matching GLOB (repeatable, or comma-separated)"))
      ->type_name("GLOB");
  one_value_each(cmd.add_option("--exclude", flags.exclude,
                                "Leave out files and folders matching GLOB (repeatable, or comma-separated)"))
      ->type_name("GLOB");
  cmd.add_option("--files-from", flags.files_from, "Read input paths, one per line, from FILE ('-': stdin)");
  cmd.add_option("--shard", flags.shard, "Process only the K-th of N disjoint slices of the inputs (K/N)");
}

std::vector<std::string> split_globs(const std::vector<std::string>& values) {
  std::vector<std::string> globs;
  for (const auto& value : values) {
    std::string glob;
    bool in_class = false;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const char c = value[i];
      if (c == ',' && !in_class) {
        if (!glob.empty()) globs.push_back(std::move(glob));
        glob.clear();
        continue;
      }
      glob += c;
      if (c == '\\' && i + 1 < value.size()) glob += value[++i];
      else if (c == '[' && !in_class) in_class = true;
      else if (c == ']' && in_class) in_class = false;
    }
    if (!glob.empty()) globs.push_back(std::move(glob));
  }
  return globs;
}

batch::InputOptions input_options(const InputFlags& flags, std::string_view command) {
  if (flags.paths.empty() && flags.files_from.empty())
    throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {},
                                             std::string(command) + ": give input files or folders, or --files-from",
                                             "no-inputs"});
  if (flags.files_from == "-" && std::find(flags.paths.begin(), flags.paths.end(), "-") != flags.paths.end())
    throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {},
                                             std::string(command) +
                                                 ": standard input cannot be both an input ('-') and --files-from -",
                                             "bad-option"});
  batch::InputOptions in;
  in.paths = flags.paths;
  in.files_from = flags.files_from;
  in.include = split_globs(flags.include);
  in.exclude = split_globs(flags.exclude);
  if (!flags.shard.empty()) in.shard = batch::parse_shard(flags.shard);
  return in;
}

batch::InputList collect_inputs(const InputFlags& flags, std::string_view command,
                                std::function<bool(std::string_view)> accept) {
  batch::InputOptions in = input_options(flags, command);
  in.accept = std::move(accept);
  return batch::collect_inputs(in);
}

namespace {

// "64M", "1G", "512K", "200MB", "1048576": a size in bytes, K/M/G/T meaning 1024^n.
std::uint64_t parse_size(const std::string& text, std::string_view flag) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  std::string unit = text.substr(digits);
  for (char& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (unit.ends_with("B") && unit.size() > 1) unit.pop_back();
  if (unit.ends_with("I")) unit.pop_back();  // "MiB" means what "M" does here
  const std::string_view units = "KMGT";
  const std::size_t power = unit.empty() ? 0 : units.find(unit) + 1;
  const bool ok = digits > 0 && digits <= 12 && (unit.empty() || (unit.size() == 1 && power != 0)) &&
                  std::stoull(text.substr(0, digits)) <= (~std::uint64_t{0} >> (10 * power));
  if (!ok)
    throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {},
                                             std::string(flag) + ": '" + text +
                                                 "' is not a size (a number of bytes, or with K, M, G or T: 64M)",
                                             "bad-option"});
  return std::stoull(text.substr(0, digits)) << (10 * power);
}

}  // namespace

void add_read_flags(CLI::App& cmd, ReadFlags& flags, bool texts, bool trees) {
  if (texts)
    cmd.add_option("--encoding", flags.encoding,
                   "Encoding of texts without a byte-order mark (default UTF-8): latin1, windows-1252, utf-16, ...");
  cmd.add_option("--max-file-size", flags.max_file_size, "Refuse input files larger than SIZE (default 16M)");
  if (!trees) return;
  cmd.add_option("--max-depth", flags.max_depth, "Refuse XML elements nested deeper than N (default 256)")
      ->check(CLI::PositiveNumber);
  cmd.add_option("--max-entity-expansion", flags.max_entity_expansion,
                 "Refuse XML whose entities expand to more than SIZE in all (default 8M)");
}

void apply_read_flags(const ReadFlags& flags) {
  InputLimits limits;
  if (!flags.max_file_size.empty()) limits.max_file_size = parse_size(flags.max_file_size, "--max-file-size");
  if (flags.max_depth != 0) limits.max_depth = flags.max_depth;
  if (!flags.max_entity_expansion.empty())
    limits.max_entity_expansion = parse_size(flags.max_entity_expansion, "--max-entity-expansion");
  set_input_limits(limits);
  if (!flags.encoding.empty()) check_encoding(flags.encoding);
}

unsigned worker_count(unsigned jobs, std::size_t tasks) {
  std::size_t wanted = jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::clamp<std::size_t>(wanted, 1, std::max<std::size_t>(tasks, 1)));
}

}  // namespace archtei::cli
