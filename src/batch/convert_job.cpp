// The conversion job: read through the formats table, optionally validate, write each
// requested format atomically, and record digests for the manifest.
#include "batch/convert_job.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "batch/atomic_file.h"
#include "batch/sha256.h"
#include "validate/validator.h"

namespace archtei::batch {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// One output of one input, checked before anything is written.
struct Planned {
  fs::path path;
  std::string bytes;
  std::string sha256;
  bool same = false;  // the file already holds exactly these bytes
};

// Whether the earlier run recorded writing `path` with digest `sha256`.
bool recorded_output(const ManifestRecord* record, const std::string& relative, const std::string& sha256) {
  if (record == nullptr) return false;
  return std::any_of(record->outputs.begin(), record->outputs.end(), [&](const OutputFile& o) {
    return o.path == relative && o.sha256 == sha256;
  });
}

std::string manifest_relative(const fs::path& path, const fs::path& folder) {
  return fs::absolute(path).lexically_normal().lexically_relative(folder).generic_string();
}

// Whether every output of `record` is still on disk as the record says, and the record is
// for this input, converter and settings.
bool up_to_date(const ManifestRecord& record, const std::string& input_sha256,
                const std::vector<fs::path>& paths, const ConvertSettings& settings,
                std::vector<OutputFile>& outputs) {
  if (record.input_sha256 != input_sha256 || record.converter != settings.converter ||
      record.settings != settings.fingerprint() ||
      (record.status != "ok" && record.status != "unchanged") ||
      record.outputs.size() != paths.size())
    return false;
  for (const auto& path : paths) {
    std::string relative = manifest_relative(path, settings.manifest_folder);
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return false;
    std::string sha = sha256_hex(read_file(path));
    if (!recorded_output(&record, relative, sha)) return false;
    outputs.push_back(OutputFile{path.string(), sha});
  }
  return true;
}

Diagnostic problem(const InputFile& input, std::string message, std::string code) {
  return Diagnostic{Severity::Error, input.path.string(), {}, std::move(message), std::move(code)};
}

}  // namespace

std::string ConvertSettings::fingerprint() const {
  std::string out = "from=" + std::string(from ? from->name : "auto") + ";to=";
  for (std::size_t i = 0; i < to.size(); ++i) {
    if (i) out += ',';
    out += to[i]->name;
  }
  if (validator != nullptr) out += keep_invalid ? ";validate,keep-invalid" : ";validate";
  return out;
}

fs::path output_path(const InputFile& input, const FormatInfo& input_format,
                     const FormatInfo& output_format, const fs::path& dir) {
  fs::path relative(input.relative);
  std::string name = relative.filename().string();
  std::string lowered = lower(name);
  std::string stem;
  for (auto ext : input_format.extensions)
    if (lowered.size() > ext.size() && lowered.ends_with(ext)) {
      stem = name.substr(0, name.size() - ext.size());
      break;
    }
  if (stem.empty()) stem = relative.stem().string();
  if (stem.empty()) stem = name;
  return dir / relative.parent_path() / (stem + std::string(output_format.output_extension));
}

const FormatInfo* input_format(const InputFile& input, const ConvertSettings& settings) {
  const FormatInfo* f = settings.from ? settings.from : detect_format(input.path.filename().string());
  return f != nullptr && f->read != nullptr ? f : nullptr;
}

std::string find_output_collision(const std::vector<InputFile>& inputs, const ConvertSettings& settings) {
  // Keyed by a hash of the output path, so that the check costs a few bytes per output
  // however long the paths; a hash hit is confirmed on the paths themselves.
  std::unordered_multimap<std::uint64_t, std::pair<std::size_t, const FormatInfo*>> owner;
  auto path_of = [&](std::size_t i, const FormatInfo* to) {
    return output_path(inputs[i], *input_format(inputs[i], settings), *to, settings.output_dir).lexically_normal().string();
  };
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (input_format(inputs[i], settings) == nullptr) continue;
    for (const FormatInfo* to : settings.to) {
      std::string path = path_of(i, to);
      std::uint64_t key = path_hash(path);
      auto [first, last] = owner.equal_range(key);
      for (auto it = first; it != last; ++it)
        if (path_of(it->second.first, it->second.second) == path && inputs[it->second.first].path != inputs[i].path)
          return inputs[it->second.first].path.string() + " and " + inputs[i].path.string() +
                 " would both be written to " + path;
      owner.emplace(key, std::make_pair(i, to));
    }
  }
  return {};
}

ItemResult convert_one(const InputFile& input, const ConvertSettings& settings) {
  ItemResult result;
  const std::string file = input.path.string();
  auto fail = [&](Diagnostic d) {
    if (d.file.empty()) d.file = file;
    result.status = ItemStatus::Failed;
    result.outputs.clear();
    result.diagnostics.push_back(std::move(d));
    return result;
  };

  const FormatInfo* from = input_format(input, settings);
  if (from == nullptr)
    return fail(problem(input, "cannot tell the input format from the file name; give --from", "unknown-format"));

  try {
    std::string bytes = read_file(input.path);
    result.input_bytes = bytes.size();
    result.input_sha256 = sha256_hex(bytes);

    std::vector<fs::path> paths;
    for (const FormatInfo* to : settings.to) {
      paths.push_back(output_path(input, *from, *to, settings.output_dir));
      std::error_code ec;
      if (fs::equivalent(paths.back(), input.path, ec))
        return fail(problem(input, "the output would overwrite the input", "output-is-input"));
    }

    const ManifestRecord* record = settings.previous ? settings.previous->find(file) : nullptr;
    if (!settings.force && record != nullptr &&
        up_to_date(*record, result.input_sha256, paths, settings, result.outputs)) {
      result.status = ItemStatus::Unchanged;
      result.detail = "up to date";
      return result;
    }
    result.outputs.clear();

    Diagnostics diags(file);
    Document doc = from->read(bytes, file, diags);
    bytes = std::string();  // the input is no longer needed; keeps a worker's peak small

    std::vector<Planned> planned;
    for (std::size_t i = 0; i < settings.to.size(); ++i)
      planned.push_back(Planned{paths[i], settings.to[i]->write(doc, diags), {}, false});

    bool invalid = false;
    if (settings.validator != nullptr) {
      auto tei = std::find_if(settings.to.begin(), settings.to.end(),
                              [](const FormatInfo* f) { return f->format == Format::Tei; });
      std::string rendered;
      const std::string* xml = &rendered;
      if (tei != settings.to.end()) xml = &planned[static_cast<std::size_t>(tei - settings.to.begin())].bytes;
      else rendered = find_format("tei")->write(doc, diags);
      ValidationResult verdict = settings.validator->validate(*xml, paths.front().string());
      invalid = !verdict.valid;
      for (auto& d : verdict.problems) result.diagnostics.push_back(std::move(d));
    }
    for (const auto& d : diags.items()) result.diagnostics.push_back(d);
    if (invalid) {
      result.status = ItemStatus::Invalid;
      result.detail = "the TEI is not valid";
      if (!settings.keep_invalid) {
        result.detail += "; nothing written";
        return result;
      }
    }

    // Every output is checked before any is written, so an input never ends half-converted
    // because of a file in the way.
    for (auto& p : planned) {
      p.sha256 = sha256_hex(p.bytes);
      std::error_code ec;
      if (!fs::exists(p.path, ec)) continue;
      std::string existing = read_file(p.path);
      if (existing == p.bytes) {
        p.same = true;
        continue;
      }
      if (settings.force) continue;
      std::string relative = manifest_relative(p.path, settings.manifest_folder);
      if (!recorded_output(record, relative, sha256_hex(existing)))
        return fail(problem(input, p.path.string() + " exists and was not written by an earlier run; give --force to overwrite it",
                            "output-exists"));
    }
    bool wrote = false;
    for (const auto& p : planned) {
      if (!p.same) {
        if (settings.commit != nullptr) settings.commit->write(p.path, p.bytes);
        else write_file_atomic(p.path, p.bytes);
        wrote = true;
      }
      result.outputs.push_back(OutputFile{p.path.string(), p.sha256});
    }
    if (!invalid && !wrote) {
      result.status = ItemStatus::Unchanged;
      result.detail = "outputs already hold the same bytes";
    }
  } catch (const Error& e) {
    return fail(e.diagnostic());
  }
  return result;
}

}  // namespace archtei::batch
