// What every fuzz target shares: the libFuzzer entry point it defines, and the check that
// turns a broken promise (output archtei cannot read back) into a crash the fuzzer keeps.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

/// libFuzzer's entry point; replay_main.cpp calls it too, once per corpus file.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace archtei::fuzz {

/// The input as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Aborts with `what` when `ok` is false: the fuzzer then records the input as a finding.
inline void expect(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "archtei fuzz target: broken promise: %s\n", what);
  std::abort();
}

}  // namespace archtei::fuzz
