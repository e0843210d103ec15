// Whole-file reads and atomic writes (temporary file + fsync + rename) over POSIX calls,
// which give the fsync and the O_EXCL creation that iostreams cannot.
#include "batch/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "model/diagnostics.h"
#include "model/input_limits.h"

namespace archtei::batch {

namespace fs = std::filesystem;

namespace {

Error io_error(const fs::path& path, const std::string& what, int error_number, const char* code) {
  return Error(ErrorKind::Io, Diagnostic{Severity::Error, path.string(), {},
                                         what + ": " + std::strerror(error_number), code});
}

// Closes a descriptor on every path out of a function.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  int release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_;
};

std::atomic<unsigned long> g_temp_counter{0};

// The host name, made safe for a file name; the temporary files' names carry it so that a
// machine only ever cleans up after itself.
const std::string& host_name() {
  static const std::string name = [] {
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0 || buf[0] == 0) return std::string("host");
    std::string out;
    for (const char* p = buf; *p; ++p) out += (std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_');
    return out;
  }();
  return name;
}

// The whole of what `fd` gives (`name` in messages); with `limited`, refused when larger
// than the file-size limit.
std::string read_whole(int fd, const std::string& name, bool limited) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw io_error(name, "cannot read", errno, "read-failed");
  if (S_ISDIR(st.st_mode)) throw io_error(name, "cannot read", EISDIR, "read-failed");
  if (limited) check_file_size(static_cast<std::uint64_t>(st.st_size), name);
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t have = 0;
  for (;;) {
    if (have == bytes.size()) bytes.resize(bytes.size() + 65536);  // the file grew, or is a pipe
    ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw io_error(name, "cannot read", errno, "read-failed");
    }
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
    if (limited) check_file_size(have, name);
  }
  bytes.resize(have);
  return bytes;
}

std::string read_whole_file(const fs::path& path, bool limited) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) throw io_error(path, "cannot read", errno, "read-failed");
  return read_whole(fd.get(), path.string(), limited);
}

}  // namespace

std::string read_file(const fs::path& path) { return read_whole_file(path, false); }

std::string read_input_file(const fs::path& path) { return read_whole_file(path, true); }

std::string read_standard_input() { return read_whole(STDIN_FILENO, std::string(kStandardInputName), true); }

fs::path temporary_path_for(const fs::path& target) {
  return target.parent_path() / ("." + target.filename().string() + ".archtei-" + host_name() + "-" +
                                 std::to_string(::getpid()) + "-" + std::to_string(g_temp_counter++) + ".tmp");
}

void write_file_atomic(const fs::path& path, std::string_view bytes) {
  fs::path dir = path.parent_path();
  if (!dir.empty()) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw io_error(dir, "cannot create folder", ec.value(), "write-failed");
  }
  fs::path temp = temporary_path_for(path);
  Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
  if (fd.get() < 0) throw io_error(path, "cannot write", errno, "write-failed");
  auto abandon = [&](int error_number, const char* what) {
    ::close(fd.release());
    ::unlink(temp.c_str());
    return io_error(path, what, error_number, "write-failed");
  };
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw abandon(errno, "cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  // The data must be on disk before the rename makes it visible, or a crash could leave a
  // complete-looking name over empty or partial content.
  if (::fsync(fd.get()) != 0) throw abandon(errno, "cannot flush");
  if (::close(fd.release()) != 0) {
    int error_number = errno;
    ::unlink(temp.c_str());
    throw io_error(path, "cannot write", error_number, "write-failed");
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int error_number = errno;
    ::unlink(temp.c_str());
    throw io_error(path, "cannot rename into place", error_number, "write-failed");
  }
  // Makes the rename itself durable.
  Fd dir_fd(::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir_fd.get() >= 0) ::fsync(dir_fd.get());
}

void commit_temporary(const fs::path& temp, const fs::path& target) {
  {
    Fd fd(::open(temp.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) {
      int error_number = errno;
      ::unlink(temp.c_str());
      throw io_error(target, "cannot flush", error_number, "write-failed");
    }
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    int error_number = errno;
    ::unlink(temp.c_str());
    throw io_error(target, "cannot rename into place", error_number, "write-failed");
  }
  fs::path dir = target.parent_path();
  Fd dir_fd(::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir_fd.get() >= 0) ::fsync(dir_fd.get());
}

bool is_temporary_name(std::string_view file_name) {
  return file_name.starts_with('.') && file_name.ends_with(".tmp") &&
         file_name.find(".archtei-") != std::string_view::npos;
}

std::size_t remove_stale_temporaries(const fs::path& dir) {
  std::size_t removed = 0;
  const std::string prefix = ".archtei-" + host_name() + "-";
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!is_temporary_name(name)) continue;
    std::size_t at = name.rfind(prefix);
    if (at == std::string::npos) continue;  // another machine's, or not ours at all
    long pid = std::strtol(name.c_str() + at + prefix.size(), nullptr, 10);
    // kill(pid, 0) fails with ESRCH exactly when no such process exists.
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    std::error_code remove_error;
    if (fs::remove(it->path(), remove_error)) ++removed;
  }
  return removed;
}

}  // namespace archtei::batch
