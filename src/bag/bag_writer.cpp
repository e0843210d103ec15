// Writes and updates a bag's tag files: payload manifest, bag-info.txt, bagit.txt and the
// tag manifest, each atomically and in that order, the tag manifest last.
#include "bag/bag_writer.h"

#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <map>

#include "bag/bag_files.h"
#include "bag/manifest_lines.h"
#include "batch/atomic_file.h"
#include "batch/manifest.h"

namespace archtei::bag {

namespace fs = std::filesystem;

namespace {

Error io_error(const fs::path& path, std::string message) {
  return Error(ErrorKind::Io, Diagnostic{Severity::Error, path.string(), {}, std::move(message), "write-failed"});
}

bool is_convert_manifest(const std::string& name) { return name.starts_with("manifest") && name.ends_with(".jsonl"); }

// A convert manifest's output paths, moved into the payload folder with the files.
void move_manifest_outputs(const fs::path& file) {
  batch::Manifest manifest = batch::Manifest::read(file);
  std::string text;
  for (batch::ManifestRecord record : manifest.records()) {
    for (auto& output : record.outputs) output.path = std::string(kPayloadFolder) + "/" + output.path;
    text += record.to_json() + '\n';
  }
  batch::write_file_atomic(file, text);
}

std::string file_text(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) ? batch::read_file(path) : std::string();
}

}  // namespace

bool is_bag(const fs::path& folder) {
  std::error_code ec;
  return fs::is_regular_file(folder / kDeclaration, ec);
}

void move_into_payload(const fs::path& folder) {
  const fs::path gathering = folder / (".archtei-bag-" + std::to_string(::getpid()) + ".tmp");
  std::error_code ec;
  fs::create_directory(gathering, ec);
  if (ec) throw io_error(gathering, "cannot create folder: " + ec.message());
  // The entries are listed first: a folder is not renamed out of while it is being read.
  std::vector<fs::path> entries, manifests;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path() != gathering) entries.push_back(entry.path());
  for (const auto& entry : entries) {
    const std::string name = entry.filename().string();
    if (is_convert_manifest(name) && fs::is_regular_file(entry)) {
      manifests.push_back(entry);
      continue;
    }
    fs::rename(entry, gathering / name, ec);
    if (ec) throw io_error(entry, "cannot move into the payload: " + ec.message());
  }
  fs::rename(gathering, folder / kPayloadFolder, ec);
  if (ec) throw io_error(folder / kPayloadFolder, "cannot create the payload folder: " + ec.message());
  for (const auto& m : manifests) move_manifest_outputs(m);
}

void write_bag(const fs::path& folder, const BagOptions& options, const Vouched* vouched) {
  std::error_code ec;
  fs::create_directories(folder / kPayloadFolder, ec);
  if (ec) throw io_error(folder / kPayloadFolder, "cannot create folder: " + ec.message());

  // The earlier payload manifest, as far as it can be read.
  const std::string old_manifest = file_text(folder / kPayloadManifest);
  std::vector<Diagnostic> ignored;
  std::map<std::string, std::string> old_entries;
  for (auto& e : parse_manifest(old_manifest, kPayloadManifest, ignored)) old_entries.emplace(e.path, e.sha256);

  std::vector<std::string> not_regular;
  std::vector<BagFile> payload = payload_files(folder, not_regular);
  std::uint64_t octets = 0;
  std::map<std::string, std::string> entries;
  for (const auto& f : payload) {
    octets += f.size;
    auto old = old_entries.find(f.path);
    bool listed_as_is = old != old_entries.end() && old->second == f.sha256;
    bool accepted = vouched == nullptr || listed_as_is;
    if (!accepted) {
      auto v = vouched->find(f.path);
      accepted = v != vouched->end() && v->second == f.sha256;
    }
    if (accepted) entries[f.path] = f.sha256;
    else if (old != old_entries.end()) entries[f.path] = old->second;
  }
  // A listed file that is gone stays listed unless the whole payload is being taken anew.
  if (vouched != nullptr)
    for (const auto& [path, sha] : old_entries) entries.emplace(path, sha);
  std::vector<ManifestEntry> lines;
  for (const auto& [path, sha] : entries) lines.push_back(ManifestEntry{path, sha});
  const std::string manifest = write_manifest(lines);

  // bag-info.txt: archtei's elements, then the earlier bag's other elements that no option
  // replaces, then the options'.
  std::vector<BagInfoLine> old_info = parse_bag_info(file_text(folder / kBagInfo));
  auto given = [&](std::string_view label) {
    return std::any_of(options.info.begin(), options.info.end(), [&](const BagInfoLine& l) { return same_label(l.label, label); });
  };
  std::string date;
  if (manifest == old_manifest)
    for (const auto& l : old_info)
      if (same_label(l.label, kBaggingDate)) date = l.value;
  if (date.empty()) date = iso_date(source_date_epoch().value_or(std::time(nullptr)));
  std::vector<BagInfoLine> info;
  if (!given(kSoftwareAgent)) info.push_back(BagInfoLine{std::string(kSoftwareAgent), options.software_agent});
  if (!given(kBaggingDate)) info.push_back(BagInfoLine{std::string(kBaggingDate), date});
  info.push_back(BagInfoLine{std::string(kPayloadOxum), payload_oxum(octets, payload.size())});
  for (const auto& l : old_info)
    if (!same_label(l.label, kSoftwareAgent) && !same_label(l.label, kBaggingDate) &&
        !same_label(l.label, kPayloadOxum) && !given(l.label))
      info.push_back(l);
  info.insert(info.end(), options.info.begin(), options.info.end());

  for (const auto& entry : fs::directory_iterator(folder)) {
    std::string name = entry.path().filename().string(), algorithm;
    if ((is_manifest_name(name, false, algorithm) || is_manifest_name(name, true, algorithm)) && algorithm != "sha256")
      fs::remove(entry.path());
  }
  batch::write_file_atomic(folder / kPayloadManifest, manifest);
  batch::write_file_atomic(folder / kBagInfo, write_bag_info(info));
  batch::write_file_atomic(folder / kDeclaration, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
  std::vector<ManifestEntry> tags;
  for (auto& f : tag_files(folder)) tags.push_back(ManifestEntry{std::move(f.path), std::move(f.sha256)});
  batch::write_file_atomic(folder / kTagManifest, write_manifest(tags));
}

}  // namespace archtei::bag
