// Checks a folder against the BagIt 1.0 rules it claims (RFC 8493): the declaration, every
// payload file listed and every listed file present with its SHA-256 digest, the tag
// manifest, and Payload-Oxum.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "model/diagnostics.h"

namespace archtei::bag {

/// What a check of a bag found.
struct BagReport {
  /// Errors (the bag is not valid) and warnings, each naming the file concerned: "missing",
  /// "not listed" (extra), "altered", malformed lines, a wrong Payload-Oxum.
  std::vector<Diagnostic> problems;
  std::uint64_t payload_files = 0;
  std::uint64_t payload_bytes = 0;

  /// True when no problem is an error.
  bool valid() const;
};

/// Checks the bag in `folder`. Throws Error (usage) when `folder` is not a folder.
/// Only SHA-256 manifests are checked; a manifest for another algorithm is reported as a
/// warning, and a bag without a SHA-256 payload manifest is not valid for archtei.
BagReport verify_bag(const std::filesystem::path& folder);

}  // namespace archtei::bag
