// The limits that protect a run from hostile or broken input: how large a file, how deep
// its nesting and how far its entities expand may be before archtei refuses it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace archtei {

/// What archtei takes from one input file. Every limit is documented in
/// docs/reliability.md and raised by a command-line flag of the same name.
struct InputLimits {
  /// Largest input file read, in bytes (--max-file-size).
  std::uint64_t max_file_size = 16ull << 20;
  /// Deepest nesting of XML elements, in a TEI file or in a JSON-LD file's TEI layer
  /// (--max-depth). The readers and writers iterate, so raising it is safe.
  std::size_t max_depth = 256;
  /// Largest text that entity references in one XML text node or attribute may expand
  /// to, in bytes (--max-entity-expansion).
  std::size_t max_entity_expansion = 8u << 20;
};

/// The limits in force. The defaults until set_input_limits() is called.
const InputLimits& input_limits();

/// Sets the limits for the whole process. Call before any input is read (the command line
/// does, before it starts workers): readers on other threads read them without locking.
void set_input_limits(const InputLimits& limits);

/// Throws Error (input, "file-too-large") naming `file` when `size` bytes exceed the
/// file-size limit.
void check_file_size(std::uint64_t size, const std::string& file);

/// "64 MB", "1.5 GB", "512 bytes": a size as messages show it.
std::string describe_size(std::uint64_t bytes);

}  // namespace archtei
