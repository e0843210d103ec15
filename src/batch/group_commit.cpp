// Group commit of atomic writes: temporary files now, syncfs + renames in batches.
#include "batch/group_commit.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>
#include <map>

#include "batch/atomic_file.h"

namespace archtei::batch {

namespace fs = std::filesystem;

namespace {

Error io_error(const fs::path& path, const std::string& what, int error_number) {
  return Error(ErrorKind::Io, Diagnostic{Severity::Error, path.string(), {},
                                         what + ": " + std::strerror(error_number), "write-failed"});
}

// One folder on each file system that holds one of `dirs`.
std::map<dev_t, fs::path> file_systems(const std::vector<fs::path>& dirs) {
  std::map<dev_t, fs::path> devices;
  for (const auto& dir : dirs) {
    fs::path d = dir.empty() ? fs::path(".") : dir;
    struct stat st {};
    if (::stat(d.c_str(), &st) == 0) devices.emplace(st.st_dev, d);
  }
  return devices;
}

// Flushes each file system to disk: one syncfs() each, which costs about what a single
// fsync() does however many files are dirty.
void sync_file_systems(const std::map<dev_t, fs::path>& devices) {
  for (const auto& [device, dir] : devices) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) continue;
    ::syncfs(fd);
    ::close(fd);
  }
}

}  // namespace

GroupCommit::GroupCommit() : GroupCommit(Options{}) {}

GroupCommit::GroupCommit(Options options) : options_(options) {
  committer_ = std::thread([this] { run(); });
}

GroupCommit::~GroupCommit() {
  flush();
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  committer_.join();
}

void GroupCommit::write(const fs::path& path, std::string_view bytes) {
  fs::path dir = path.parent_path();
  if (!dir.empty()) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw io_error(dir, "cannot create folder", ec.value());
  }
  fs::path temp = temporary_path_for(path);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) throw io_error(path, "cannot write", errno);
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error_number = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      throw io_error(path, "cannot write", error_number);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    int error_number = errno;
    ::unlink(temp.c_str());
    throw io_error(path, "cannot write", error_number);
  }
  std::unique_lock lock(mutex_);
  drained_.wait(lock, [&] { return waiting_.size() < options_.max_waiting; });
  if (waiting_.empty()) oldest_ = std::chrono::steady_clock::now();
  waiting_.push_back(Pending{temp.native(), path.native()});
  if (waiting_.size() >= options_.group_size) wake_.notify_one();
}

std::vector<Diagnostic> GroupCommit::flush() {
  std::unique_lock lock(mutex_);
  flush_requested_ = true;
  wake_.notify_one();
  drained_.wait(lock, [&] { return waiting_.empty() && committing_ == 0 && !flush_requested_; });
  return std::exchange(errors_, {});
}

void GroupCommit::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait_for(lock, options_.delay, [&] {
      return stopping_ || flush_requested_ || waiting_.size() >= options_.group_size ||
             (!waiting_.empty() && std::chrono::steady_clock::now() - oldest_ >= options_.delay);
    });
    bool flushing = flush_requested_;
    if (!waiting_.empty() &&
        (flushing || stopping_ || waiting_.size() >= options_.group_size ||
         std::chrono::steady_clock::now() - oldest_ >= options_.delay)) {
      std::vector<Pending> group = std::move(waiting_);
      waiting_.clear();
      committing_ = group.size();
      lock.unlock();
      drained_.notify_all();
      commit(group);
      lock.lock();
      committing_ = 0;
    }
    if (flushing && waiting_.empty()) {
      lock.unlock();
      // The renames themselves become durable with one more sync.
      sync_file_systems(devices_);
      devices_.clear();
      lock.lock();
      flush_requested_ = false;
    }
    drained_.notify_all();
    if (stopping_ && waiting_.empty()) return;
  }
}

void GroupCommit::commit(std::vector<Pending>& group) {
  std::vector<fs::path> dirs;
  for (const auto& p : group)
    if (fs::path dir = fs::path(p.target).parent_path(); dirs.empty() || dirs.back() != dir) dirs.push_back(std::move(dir));
  auto devices = file_systems(dirs);
  // The data must be on disk before a rename makes it visible.
  sync_file_systems(devices);
  devices_.merge(devices);
  for (const auto& p : group) {
    if (::rename(p.temp.c_str(), p.target.c_str()) == 0) continue;
    int error_number = errno;
    ::unlink(p.temp.c_str());
    std::lock_guard lock(mutex_);
    errors_.push_back(io_error(p.target, "cannot rename into place", error_number).diagnostic());
  }
}

}  // namespace archtei::batch
