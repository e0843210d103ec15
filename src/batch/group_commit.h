// Writes many output files atomically at a fraction of the cost of an fsync per file: each
// file goes to a temporary file at once, and a background thread commits them in groups —
// one syncfs() for the group, then the renames — so no output name ever points at data that
// is not on disk.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <sys/types.h>

#include "model/diagnostics.h"

namespace archtei::batch {

/// A group commit of atomic file writes. Thread-safe.
class GroupCommit {
 public:
  struct Options {
    std::size_t group_size = 256;                 ///< commit when this many files wait
    std::chrono::milliseconds delay{200};         ///< or when the oldest has waited this long
    std::size_t max_waiting = 4096;               ///< writers block beyond this many
  };

  GroupCommit();
  explicit GroupCommit(Options options);
  /// Commits what is left; errors found then are lost, so call flush() first.
  ~GroupCommit();
  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  /// Writes `bytes` to a temporary file beside `path` (creating folders) and queues it; the
  /// file appears under `path` at the next commit. Throws Error (io) when the temporary file
  /// cannot be written; nothing is queued then.
  void write(const std::filesystem::path& path, std::string_view bytes);

  /// Commits everything queued and makes the renames durable. Returns one diagnostic per
  /// file that could not be committed (its temporary file is removed).
  std::vector<Diagnostic> flush();

 private:
  // Plain strings: a std::filesystem::path also keeps its parsed components, several times
  // the size, and up to max_waiting of these wait at once.
  struct Pending {
    std::string temp;
    std::string target;
  };
  void run();
  void commit(std::vector<Pending>& group);

  Options options_;
  std::mutex mutex_;
  std::condition_variable wake_;     // the committer has work or must stop
  std::condition_variable drained_;  // a group was committed
  std::vector<Pending> waiting_;
  std::chrono::steady_clock::time_point oldest_;
  std::size_t committing_ = 0;
  std::vector<Diagnostic> errors_;
  bool flush_requested_ = false;
  bool stopping_ = false;
  std::map<dev_t, std::filesystem::path> devices_;  // file systems renamed into since the last sync
  std::thread committer_;
};

}  // namespace archtei::batch
