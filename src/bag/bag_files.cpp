// Lists a bag's payload and tag files and hashes each with the batch runner's SHA-256.
#include "bag/bag_files.h"

#include <algorithm>

#include "batch/atomic_file.h"
#include "batch/sha256.h"

namespace archtei::bag {

namespace fs = std::filesystem;

namespace {

BagFile hashed(const fs::path& bag, std::string relative) {
  std::string bytes = batch::read_file(bag / relative);
  return BagFile{std::move(relative), bytes.size(), batch::sha256_hex(bytes)};
}

// The regular files under `folder` (symbolic links to folders are not followed), as paths
// relative to `bag`, sorted; `keep` decides on each; others go to `not_regular`.
template <class Keep>
std::vector<std::string> files_under(const fs::path& bag, const fs::path& folder, Keep keep,
                                     std::vector<std::string>* not_regular) {
  std::vector<std::string> paths;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string relative = it->path().lexically_relative(bag).generic_string();
    if (!keep(relative, *it)) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    std::error_code type_ec;
    if (it->is_symlink(type_ec) || (!it->is_regular_file(type_ec) && !it->is_directory(type_ec))) {
      if (not_regular != nullptr) not_regular->push_back(relative);
    } else if (it->is_regular_file(type_ec)) {
      paths.push_back(std::move(relative));
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace

bool is_manifest_name(const std::string& name, bool tag, std::string& algorithm) {
  const std::string prefix = tag ? "tagmanifest-" : "manifest-";
  if (!name.starts_with(prefix) || !name.ends_with(".txt") || name.size() <= prefix.size() + 4) return false;
  algorithm = name.substr(prefix.size(), name.size() - prefix.size() - 4);
  return true;
}

std::vector<BagFile> payload_files(const fs::path& bag, std::vector<std::string>& not_regular) {
  std::vector<BagFile> files;
  for (auto& path : files_under(bag, bag / kPayloadFolder, [](const std::string&, const fs::directory_entry&) { return true; },
                                &not_regular))
    files.push_back(hashed(bag, std::move(path)));
  std::sort(not_regular.begin(), not_regular.end());
  return files;
}

std::vector<BagFile> tag_files(const fs::path& bag) {
  auto keep = [](const std::string& relative, const fs::directory_entry&) {
    std::string algorithm;
    return relative != kPayloadFolder && !is_manifest_name(relative, true, algorithm);
  };
  std::vector<BagFile> files;
  for (auto& path : files_under(bag, bag, keep, nullptr)) files.push_back(hashed(bag, std::move(path)));
  return files;
}

}  // namespace archtei::bag
