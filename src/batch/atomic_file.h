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

/// The whole of an input file, as read_file, but refused with Error (input,
/// "file-too-large") when it is larger than the file-size limit (model/input_limits.h).
std::string read_input_file(const std::filesystem::path& path);

/// The name messages give standard input, as compilers do.
inline constexpr std::string_view kStandardInputName = "<stdin>";

/// The whole of standard input, refused like read_input_file past the file-size limit;
/// errors name it kStandardInputName.
std::string read_standard_input();

/// Writes `bytes` to `path` atomically, creating missing parent folders: the bytes go to a
/// hidden temporary file beside the target (".<name>.archtei-<host>-<pid>-<n>.tmp"), which is
/// fsync'ed and renamed over `path`; the folder is then fsync'ed. On any failure the
/// temporary file is removed and Error (io, "write-failed") is thrown; `path` is then
/// untouched.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

/// A new temporary file name beside `target`, of the form write_file_atomic uses, unique
/// within this process.
std::filesystem::path temporary_path_for(const std::filesystem::path& target);

/// Flushes the finished temporary file `temp` to disk and renames it over `target` (how a
/// file written by other means, such as a stream, is committed). Throws Error (io); `temp`
/// is removed on failure.
void commit_temporary(const std::filesystem::path& temp, const std::filesystem::path& target);

/// Whether `file_name` has the form of write_file_atomic's temporary files.
bool is_temporary_name(std::string_view file_name);

/// Removes, anywhere under `dir`, the temporary files that a killed run (SIGKILL, power
/// loss) of this machine left behind: those whose process no longer runs. Temporary files of
/// running processes and of other machines sharing the folder are left alone. Returns how
/// many were removed.
std::size_t remove_stale_temporaries(const std::filesystem::path& dir);

}  // namespace archtei::batch
