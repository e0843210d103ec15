// Runs the archtei binary as a child process for the command-line tests: to completion, or
// in the background to be signalled mid-run.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace archtei::batch::testing {

struct ProcessResult {
  int exit_code = -1;  ///< when it exited normally
  int signal = 0;      ///< the signal that ended it, or 0
  std::string out;     ///< standard output
  std::string err;     ///< standard error
};

/// A started archtei process; its output goes to files in `scratch`.
class Process {
 public:
  /// Starts ARCHTEI_BINARY with `args` in `cwd`, standard input from `input`.
  Process(const std::vector<std::string>& args, const std::filesystem::path& cwd,
          const std::filesystem::path& scratch, const std::string& input = {});
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;
  ~Process();

  pid_t pid() const { return pid_; }
  void kill(int signal_number) const;
  /// Waits for it to end.
  ProcessResult wait();

 private:
  pid_t pid_ = -1;
  std::filesystem::path out_, err_;
  bool waited_ = false;
};

/// Runs archtei to completion.
ProcessResult run_archtei(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                          const std::string& input = {});

}  // namespace archtei::batch::testing
