// A bag's manifests (`manifest-sha256.txt`, `tagmanifest-sha256.txt`) to and from lists of
// paths with their SHA-256 digests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace archtei::bag {

/// One manifest line: a file of the bag and its digest.
struct ManifestEntry {
  std::string path;    ///< relative to the bag's folder, '/'-separated: "data/ussr/a.tei.xml"
  std::string sha256;  ///< 64 lowercase hex digits

  bool operator==(const ManifestEntry&) const = default;
};

/// `path` as a manifest writes it: '%', CR and LF percent-encoded (RFC 8493, 2.1.3).
std::string encode_manifest_path(std::string_view path);

/// A path as a manifest wrote it, with %25, %0D and %0A decoded (either case).
std::string decode_manifest_path(std::string_view text);

/// The manifest's text: one "digest  path" line per entry, in the order given, each ending
/// in LF. Two spaces, as `sha256sum` writes them, so `sha256sum -c` checks a bag too.
std::string write_manifest(const std::vector<ManifestEntry>& entries);

/// The entries of a manifest's text. A line that is not a digest, whitespace and a path, a
/// path that is absolute or climbs out of the bag, or a path listed twice is reported in
/// `problems` (naming `file` and the line) and left out.
std::vector<ManifestEntry> parse_manifest(std::string_view text, const std::string& file,
                                          std::vector<Diagnostic>& problems);

}  // namespace archtei::bag
