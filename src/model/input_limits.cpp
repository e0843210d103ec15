// The process-wide input limits and the file-size check every file reader makes.
#include "input_limits.h"

#include <cstdio>

#include "diagnostics.h"

namespace archtei {
namespace {

InputLimits g_limits;

}  // namespace

const InputLimits& input_limits() { return g_limits; }

void set_input_limits(const InputLimits& limits) { g_limits = limits; }

std::string describe_size(std::uint64_t bytes) {
  constexpr const char* kUnits[] = {"KB", "MB", "GB", "TB"};
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  double value = static_cast<double>(bytes) / 1024;
  std::size_t unit = 0;
  while (value >= 1024 && unit + 1 < std::size(kUnits)) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  // Whole sizes (the usual limits) without a fraction: "64 MB", not "64.0 MB".
  if (value == static_cast<double>(static_cast<std::uint64_t>(value)))
    std::snprintf(text, sizeof text, "%llu %s", static_cast<unsigned long long>(value), kUnits[unit]);
  else
    std::snprintf(text, sizeof text, "%.1f %s", value, kUnits[unit]);
  return text;
}

void check_file_size(std::uint64_t size, const std::string& file) {
  const std::uint64_t limit = g_limits.max_file_size;
  if (size <= limit) return;
  throw Error::input(file, {},
                     "the file is " + describe_size(size) + ", larger than the " + describe_size(limit) +
                         " limit (raise it with --max-file-size)",
                     "file-too-large");
}

}  // namespace archtei
