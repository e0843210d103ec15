// Verifies a bag: completeness (every file listed, every listed file there) and fixity
// (every digest), as RFC 8493 defines a valid bag.
#include "bag/bag_verifier.h"

#include <algorithm>
#include <map>

#include "bag/bag_files.h"
#include "bag/bag_info.h"
#include "bag/manifest_lines.h"
#include "batch/atomic_file.h"

namespace archtei::bag {

namespace fs = std::filesystem;

namespace {

class Checker {
 public:
  explicit Checker(const fs::path& folder) : folder_(folder) {}

  void error(const std::string& relative, std::string message, std::string code) {
    add(Severity::Error, relative, std::move(message), std::move(code));
  }
  void warning(const std::string& relative, std::string message, std::string code) {
    add(Severity::Warning, relative, std::move(message), std::move(code));
  }

  // The text of a top-level file, or nullopt (and an error) when it is not there.
  std::optional<std::string> required(const std::string& name) {
    std::error_code ec;
    if (!fs::is_regular_file(folder_ / name, ec)) {
      error(name, "missing: a bag must have it", "bag-missing");
      return std::nullopt;
    }
    return batch::read_file(folder_ / name);
  }

  // Compares a manifest's entries with the files found; `complete`: every file found must
  // be listed (a payload manifest), else only listed files are checked (a tag manifest).
  void compare(const std::string& manifest, const std::vector<ManifestEntry>& entries,
               const std::vector<BagFile>& files, bool complete) {
    std::map<std::string, const BagFile*> found;
    for (const auto& f : files) found.emplace(f.path, &f);
    for (const auto& e : entries) {
      auto it = found.find(e.path);
      if (it == found.end()) {
        error(e.path, "missing: listed in " + manifest + " but not in the bag", "bag-missing");
      } else {
        if (it->second->sha256 != e.sha256)
          error(e.path, "altered: its SHA-256 is " + it->second->sha256 + ", " + manifest + " says " + e.sha256,
                "bag-altered");
        found.erase(it);
      }
    }
    if (complete)
      for (const auto& [path, file] : found)
        error(path, "extra: in the payload but not listed in " + manifest, "bag-extra");
  }

  std::vector<ManifestEntry> manifest(const std::string& name, const std::string& text) {
    return parse_manifest(text, (folder_ / name).string(), report_.problems);
  }

  BagReport take() && { return std::move(report_); }
  BagReport& report() { return report_; }

 private:
  void add(Severity severity, const std::string& relative, std::string message, std::string code) {
    report_.problems.push_back(Diagnostic{severity, (folder_ / relative).string(), {}, std::move(message), std::move(code)});
  }

  fs::path folder_;
  BagReport report_;
};

}  // namespace

bool BagReport::valid() const {
  return std::none_of(problems.begin(), problems.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

BagReport verify_bag(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, folder.string(), {}, "not a folder", "not-a-bag"});
  Checker check(folder);

  if (auto declaration = check.required(kDeclaration)) {
    std::vector<BagInfoLine> lines = parse_bag_info(*declaration);
    auto value = [&](std::string_view label) -> std::string {
      for (const auto& l : lines)
        if (same_label(l.label, label)) return l.value;
      return {};
    };
    std::string version = value("BagIt-Version");
    if (version != "1.0" && version != "0.97")
      check.error(kDeclaration, "BagIt-Version is '" + version + "'; expected 1.0 (or 0.97)", "bag-malformed");
    if (value("Tag-File-Character-Encoding") != "UTF-8")
      check.error(kDeclaration, "Tag-File-Character-Encoding must be UTF-8", "bag-malformed");
  }

  if (!fs::is_directory(folder / kPayloadFolder, ec)) check.error(kPayloadFolder, "missing: the payload folder", "bag-missing");
  std::vector<std::string> not_regular;
  std::vector<BagFile> payload = payload_files(folder, not_regular);
  for (const auto& path : not_regular) check.error(path, "not a regular file", "bag-not-regular");
  for (const auto& f : payload) {
    check.report().payload_bytes += f.size;
    ++check.report().payload_files;
  }

  if (auto text = check.required(kPayloadManifest))
    check.compare(kPayloadManifest, check.manifest(kPayloadManifest, *text), payload, true);

  // Manifests for other algorithms, which archtei cannot check.
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    std::string name = entry.path().filename().string(), algorithm;
    if ((is_manifest_name(name, false, algorithm) || is_manifest_name(name, true, algorithm)) && algorithm != "sha256")
      check.warning(name, "not checked: archtei checks SHA-256 manifests only", "bag-unchecked");
  }

  std::error_code exists_ec;
  if (fs::exists(folder / kTagManifest, exists_ec)) {
    std::string text = batch::read_file(folder / kTagManifest);
    check.compare(kTagManifest, check.manifest(kTagManifest, text), tag_files(folder), false);
  }

  if (fs::exists(folder / kBagInfo, exists_ec)) {
    std::string oxum_now = payload_oxum(check.report().payload_bytes, check.report().payload_files);
    for (const auto& l : parse_bag_info(batch::read_file(folder / kBagInfo)))
      if (same_label(l.label, kPayloadOxum) && l.value != oxum_now)
        check.error(kBagInfo, "Payload-Oxum is " + l.value + ", the payload is " + oxum_now + " (octets.files)",
                    "bag-oxum");
  }
  return std::move(check).take();
}

}  // namespace archtei::bag
