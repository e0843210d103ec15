// The files of a bag on disk, payload and tag files, each with its size and SHA-256 digest.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace archtei::bag {

/// The names of a bag's fixed files.
inline constexpr const char* kPayloadFolder = "data";
inline constexpr const char* kDeclaration = "bagit.txt";
inline constexpr const char* kBagInfo = "bag-info.txt";
inline constexpr const char* kPayloadManifest = "manifest-sha256.txt";
inline constexpr const char* kTagManifest = "tagmanifest-sha256.txt";

/// One file of a bag.
struct BagFile {
  std::string path;  ///< relative to the bag's folder, '/'-separated: "data/a.tei.xml"
  std::uint64_t size = 0;
  std::string sha256;
};

/// The regular files under `bag`/data, in byte order of their paths, hashed. Anything else
/// found there (a symbolic link, a device) is added to `not_regular` by its path.
std::vector<BagFile> payload_files(const std::filesystem::path& bag, std::vector<std::string>& not_regular);

/// The tag files: the regular files of `bag` outside data/, except tag manifests
/// (tagmanifest-*.txt), in byte order of their paths, hashed.
std::vector<BagFile> tag_files(const std::filesystem::path& bag);

/// Whether `name` (a file at the top of a bag) is a payload manifest (manifest-ALG.txt) or
/// a tag manifest (tagmanifest-ALG.txt); `algorithm` receives ALG.
bool is_manifest_name(const std::string& name, bool tag, std::string& algorithm);

}  // namespace archtei::bag
