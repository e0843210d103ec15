// Makes a folder a BagIt 1.0 bag (RFC 8493), or brings an existing bag up to date: the
// payload under data/, manifest-sha256.txt, bagit.txt, bag-info.txt and
// tagmanifest-sha256.txt, which lists every other file outside data/ (such as a convert
// run's manifest.jsonl) as a tag file.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "bag/bag_info.h"

namespace archtei::bag {

/// What goes into bag-info.txt besides the payload's figures.
struct BagOptions {
  /// Elements given by the user (--bag-info), written after archtei's own; each replaces the
  /// elements of the same label an earlier bag-info.txt had. A Bagging-Date or
  /// Bag-Software-Agent given here replaces archtei's.
  std::vector<BagInfoLine> info;
  std::string software_agent;  ///< e.g. "archtei 0.1.0"
};

/// Payload files that the caller vouches for, by path in the bag ("data/a.tei.xml"), with
/// the digest it wrote: a convert run's manifest records.
using Vouched = std::unordered_map<std::string, std::string>;

/// Whether `folder` holds a bag declaration (bagit.txt).
bool is_bag(const std::filesystem::path& folder);

/// Moves everything in `folder` into `folder`/data, except the convert manifests
/// (manifest*.jsonl), which stay at the top as tag files with their output paths moved into
/// data/ too. The payload is gathered in a new hidden folder first, so a file or folder
/// already called "data" moves like any other. Throws Error (io).
void move_into_payload(const std::filesystem::path& folder);

/// Writes the bag's manifests, declaration and bag-info.txt for what `folder` holds now.
/// With `vouched` null, every payload file is taken as it is (an explicit `archtei bag`).
/// Otherwise a file whose digest changed since the earlier payload manifest, or that is new,
/// is listed with its new digest only when `vouched` has it with that digest: a change
/// nobody vouches for keeps its old line, and a new unvouched file stays unlisted, so the
/// bag stays invalid and verify_bag names them. An earlier Bagging-Date is kept when the
/// payload manifest comes out the same; otherwise it is today's UTC date, or that of
/// SOURCE_DATE_EPOCH when set. Manifests for other algorithms are removed (archtei could not
/// keep them true). Throws Error (io).
void write_bag(const std::filesystem::path& folder, const BagOptions& options, const Vouched* vouched);

}  // namespace archtei::bag
