// The documented exit codes, and the one place errors are mapped to them.
#pragma once

#include "model/diagnostics.h"

namespace archtei::cli {

inline constexpr int kExitOk = 0;        ///< every input succeeded
inline constexpr int kExitFailures = 1;  ///< some inputs failed (or were invalid)
inline constexpr int kExitUsage = 2;     ///< usage error, unreadable schema, I/O error on setup

/// The exit code for an error that stopped the whole run.
inline int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Input: return kExitFailures;
    case ErrorKind::Io:
    case ErrorKind::Usage:
    case ErrorKind::Schema: return kExitUsage;
  }
  return kExitUsage;
}

}  // namespace archtei::cli
