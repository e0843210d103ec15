// Reads input files whole and writes output files atomically: a temporary file in the target
// folder, flushed to disk, then renamed over the target, so a reader (or a crash) never sees
// a half-written output.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace archtei::batch {

/// The whole file. Throws Error (io, "read-failed") naming the file.
std::string read_file(const std::filesystem::path& path);

/// Writes `bytes` to `path` atomically, creating missing parent folders: the bytes go to a
/// hidden temporary file beside the target (".<name>.archtei-<pid>-<n>.tmp"), which is
/// fsync'ed and renamed over `path`; the folder is then fsync'ed. On any failure the
/// temporary file is removed and Error (io, "write-failed") is thrown; `path` is then
/// untouched.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

/// Whether `file_name` has the form of write_file_atomic's temporary files.
bool is_temporary_name(std::string_view file_name);

}  // namespace archtei::batch
