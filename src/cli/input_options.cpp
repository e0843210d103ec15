// Command-line input flags shared by the commands that take many files, to the batch input
// set they select.
#include "cli/input_options.h"

#include <algorithm>
#include <thread>

#include "model/diagnostics.h"

namespace archtei::cli {

void add_input_flags(CLI::App& cmd, InputFlags& flags, const std::string& paths_help) {
  cmd.add_option("paths", flags.paths, paths_help);
  cmd.add_option("-j,--jobs", flags.jobs, "Worker threads (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd.add_option("--include", flags.include, "Only files matching this glob (repeatable)");
  cmd.add_option("--exclude", flags.exclude, "Leave out files and folders matching this glob (repeatable)");
  cmd.add_option("--files-from", flags.files_from, "Read input paths, one per line, from FILE ('-': stdin)");
  cmd.add_option("--shard", flags.shard, "Process only the K-th of N disjoint slices of the inputs (K/N)");
}

batch::InputOptions input_options(const InputFlags& flags, std::string_view command) {
  if (flags.paths.empty() && flags.files_from.empty())
    throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {},
                                             std::string(command) + ": give input files or folders, or --files-from",
                                             "no-inputs"});
  batch::InputOptions in;
  in.paths = flags.paths;
  in.files_from = flags.files_from;
  in.include = flags.include;
  in.exclude = flags.exclude;
  if (!flags.shard.empty()) in.shard = batch::parse_shard(flags.shard);
  return in;
}

batch::InputList collect_inputs(const InputFlags& flags, std::string_view command,
                                std::function<bool(std::string_view)> accept) {
  batch::InputOptions in = input_options(flags, command);
  in.accept = std::move(accept);
  return batch::collect_inputs(in);
}

unsigned worker_count(unsigned jobs, std::size_t tasks) {
  std::size_t wanted = jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::clamp<std::size_t>(wanted, 1, std::max<std::size_t>(tasks, 1)));
}

}  // namespace archtei::cli
