// Child processes for the command-line tests, over fork/exec.
#include "batch_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace archtei::batch::testing {

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

Process::Process(const std::vector<std::string>& args, const fs::path& cwd, const fs::path& scratch,
                 const std::string& input) {
  static std::atomic<int> counter{0};
  std::string tag = std::to_string(counter++);
  fs::create_directories(scratch);
  out_ = scratch / ("stdout-" + tag);
  err_ = scratch / ("stderr-" + tag);
  fs::path in = scratch / ("stdin-" + tag);
  std::ofstream(in, std::ios::binary) << input;

  std::vector<std::string> argv_strings{ARCHTEI_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    int fd_in = ::open(in.c_str(), O_RDONLY);
    int fd_out = ::open(out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int fd_err = ::open(err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd_in < 0 || fd_out < 0 || fd_err < 0 || ::chdir(cwd.c_str()) != 0) ::_exit(127);
    ::dup2(fd_in, 0);
    ::dup2(fd_out, 1);
    ::dup2(fd_err, 2);
    // The test runner may ignore or block signals; the child must see them as a user's would.
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
}

Process::~Process() {
  if (!waited_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
}

void Process::kill(int signal_number) const { ::kill(pid_, signal_number); }

ProcessResult Process::wait() {
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0) {
  }
  waited_ = true;
  ProcessResult r;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.out = slurp(out_);
  r.err = slurp(err_);
  return r;
}

ProcessResult run_archtei(const std::vector<std::string>& args, const fs::path& cwd, const std::string& input) {
  Process p(args, cwd, cwd / ".process", input);
  return p.wait();
}

}  // namespace archtei::batch::testing
