// The conversion job: read through the formats table, optionally validate, write each
// requested format atomically, and record digests for the manifest.
#include "batch/convert_job.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>

#include "batch/atomic_file.h"
#include "batch/sha256.h"
#include "jsonld/jsonld_writer.h"
#include "tei/tei_writer.h"
#include "text/source_text.h"
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
    if (!fs::is_regular_file(fs::symlink_status(path, ec))) return false;
    std::string sha = sha256_hex(read_file(path));
    if (!recorded_output(&record, relative, sha)) return false;
    outputs.push_back(OutputFile{path.string(), sha});
  }
  return true;
}

Diagnostic problem(const std::string& file, std::string message, std::string code) {
  return Diagnostic{Severity::Error, file, {}, std::move(message), std::move(code)};
}

// Why `path` would be written outside the output folder `dir`: a name that climbs out of it,
// or a symbolic link planted in the output tree (a link to a folder elsewhere would take the
// write there). Empty when the path is safe. The output folder itself may be a link.
std::string escapes_output(const fs::path& path, const fs::path& dir) {
  const fs::path relative = path.lexically_normal().lexically_relative(dir.lexically_normal());
  if (relative.empty() || relative.is_absolute() || *relative.begin() == "..")
    return path.string() + " is outside the output folder " + dir.string();
  fs::path at = dir;
  for (auto part = relative.begin(); part != relative.end(); ++part) {
    at /= *part;
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(at, ec);
    if (ec || status.type() == fs::file_type::not_found) break;  // created later, as a folder
    // The output file itself may be a link: the rename that writes it replaces the link.
    if (fs::is_symlink(status) && std::next(part) != relative.end())
      return at.string() + " is a symbolic link; archtei does not write through links inside the output folder";
  }
  return {};
}

}  // namespace

std::string ConvertSettings::fingerprint() const {
  std::string out = "from=" + std::string(from ? from->name : "auto") + ";to=";
  for (std::size_t i = 0; i < to.size(); ++i) {
    if (i) out += ',';
    out += to[i]->name;
  }
  if (validator != nullptr) out += keep_invalid ? ";validate,keep-invalid" : ";validate";
  if (!encoding.empty()) out += ";encoding=" + encoding;
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
  const FormatInfo* f = settings.from                                          ? settings.from
                        : settings.standard_input != nullptr && input.path == "-" ? find_format("text")
                                                                                 : detect_format(input.path.filename().string());
  return f != nullptr && f->read != nullptr ? f : nullptr;
}

std::string find_output_collision(const InputList& inputs, const ConvertSettings& settings) {
  if (settings.to.empty()) return {};
  // Every output format appends its own extension to the same stem, so two inputs collide
  // in one format exactly when they collide in the first. Hashes of those paths are sorted
  // (16 bytes an input, however long the paths) and equal hashes confirmed on the paths.
  const FormatInfo& first = *settings.to.front();
  auto path_of = [&](const InputFile& input) {
    return output_path(input, *input_format(input, settings), first, settings.output_dir).lexically_normal().string();
  };
  std::vector<std::pair<std::uint64_t, std::size_t>> hashes;
  hashes.reserve(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    InputFile input = inputs[i];
    if (input_format(input, settings) != nullptr) hashes.emplace_back(path_hash(path_of(input)), i);
  }
  std::sort(hashes.begin(), hashes.end());
  // Of all colliding pairs, the one whose later input comes first in the list, named with
  // the first input written to that path: the pair a walk in list order meets first.
  std::string message;
  std::size_t first_later = inputs.size();
  for (std::size_t run = 0; run < hashes.size();) {
    std::size_t end = run + 1;
    while (end < hashes.size() && hashes[end].first == hashes[run].first) ++end;
    for (std::size_t b = run + 1; b < end && hashes[b].second < first_later; ++b) {
      InputFile later = inputs[hashes[b].second];
      std::string path = path_of(later);
      for (std::size_t a = run; a < b; ++a) {
        InputFile earlier = inputs[hashes[a].second];
        if (path_of(earlier) != path || earlier.path == later.path) continue;
        first_later = hashes[b].second;
        message = earlier.path.string() + " and " + later.path.string() + " would both be written to " + path;
        break;
      }
    }
    run = end;
  }
  return message;
}

Rendered render(std::string bytes, const FormatInfo& from, const std::string& file, const std::string& tei_name,
                const ConvertSettings& settings) {
  Rendered rendered;
  // A text is decoded to UTF-8 first: from a byte-order mark's encoding, or --encoding.
  if (from.format == Format::Text) {
    DecodedText decoded = decode_text(bytes, settings.encoding, file);
    rendered.encoding = std::move(decoded.encoding);
    bytes = std::move(decoded.text);
  }
  Diagnostics diags(file);
  Document doc = from.read(bytes, file, diags);
  bytes = std::string();  // the input is no longer needed; keeps a worker's peak small

  // A document read from text and written as both TEI and JSON-LD: the JSON-LD embeds
  // exactly the TEI written, so the TEI is encoded once, and its warnings are reported for
  // each of the two formats as when each writer encoded it.
  auto wanted = [&](Format f) {
    return std::any_of(settings.to.begin(), settings.to.end(), [&](const FormatInfo* to) { return to->format == f; });
  };
  const bool share_tei = doc.tei.empty() && wanted(Format::Tei) && wanted(Format::JsonLd);
  std::optional<std::string> tei;
  Diagnostics tei_diags(file);
  for (const FormatInfo* to : settings.to) {
    std::string out;
    if (share_tei && (to->format == Format::Tei || to->format == Format::JsonLd)) {
      if (!tei) tei = write_tei(doc, tei_diags);
      for (const auto& d : tei_diags.items()) diags.warn(d.message, d.code, d.pos);
      out = to->format == Format::Tei ? *tei : write_jsonld_from_tei(doc, *tei, diags);
    } else {
      out = to->write(doc, diags);
    }
    rendered.outputs.push_back(std::move(out));
  }

  if (settings.validator != nullptr) {
    auto tei_at = std::find_if(settings.to.begin(), settings.to.end(),
                               [](const FormatInfo* f) { return f->format == Format::Tei; });
    std::string written;
    const std::string* xml = &written;
    if (tei_at != settings.to.end()) xml = &rendered.outputs[static_cast<std::size_t>(tei_at - settings.to.begin())];
    else written = find_format("tei")->write(doc, diags);
    ValidationResult verdict = settings.validator->validate(*xml, tei_name);
    rendered.invalid = !verdict.valid;
    for (auto& d : verdict.problems) rendered.diagnostics.push_back(std::move(d));
  }
  for (const auto& d : diags.items()) rendered.diagnostics.push_back(d);
  return rendered;
}

ItemResult convert_one(const InputFile& input, const ConvertSettings& settings) {
  ItemResult result;
  const bool standard_input = settings.standard_input != nullptr && input.path == "-";
  const std::string file = standard_input ? std::string(kStandardInputName) : input.path.string();
  auto fail = [&](Diagnostic d) {
    if (d.file.empty()) d.file = file;
    result.status = ItemStatus::Failed;
    result.outputs.clear();
    result.diagnostics.push_back(std::move(d));
    return result;
  };

  const FormatInfo* from = input_format(input, settings);
  if (from == nullptr)
    return fail(problem(file, "cannot tell the input format from the file name; give --from", "unknown-format"));

  try {
    std::string bytes = standard_input ? *settings.standard_input : read_input_file(input.path);
    result.input_bytes = bytes.size();
    result.input_sha256 = sha256_hex(bytes);

    std::vector<fs::path> paths;
    for (const FormatInfo* to : settings.to) {
      paths.push_back(output_path(input, *from, *to, settings.output_dir));
      if (std::string escape = escapes_output(paths.back(), settings.output_dir); !escape.empty())
        return fail(problem(file, escape, "output-outside"));
      std::error_code ec;
      if (fs::equivalent(paths.back(), input.path, ec))
        return fail(problem(file, "the output would overwrite the input", "output-is-input"));
    }

    const ManifestRecord* record = settings.previous ? settings.previous->find(input.path.string()) : nullptr;
    if (!settings.force && record != nullptr &&
        up_to_date(*record, result.input_sha256, paths, settings, result.outputs)) {
      result.status = ItemStatus::Unchanged;
      result.detail = "up to date";
      return result;
    }
    result.outputs.clear();

    Rendered rendered = render(std::move(bytes), *from, file, paths.front().string(), settings);
    result.input_encoding = std::move(rendered.encoding);
    result.diagnostics = std::move(rendered.diagnostics);
    std::vector<Planned> planned;
    for (std::size_t i = 0; i < paths.size(); ++i)
      planned.push_back(Planned{paths[i], std::move(rendered.outputs[i]), {}, false});
    const bool invalid = rendered.invalid;
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
      const fs::file_status status = fs::symlink_status(p.path, ec);
      if (status.type() == fs::file_type::not_found) continue;
      // A link or a device in the output's place is never read (it could point anywhere,
      // or never end); with --force the rename replaces the link itself.
      if (!fs::is_regular_file(status)) {
        if (settings.force) continue;
        return fail(problem(file, p.path.string() + " exists and is not a regular file; give --force to replace it",
                            "output-exists"));
      }
      std::string existing = read_file(p.path);
      if (existing == p.bytes) {
        p.same = true;
        continue;
      }
      if (settings.force) continue;
      std::string relative = manifest_relative(p.path, settings.manifest_folder);
      if (!recorded_output(record, relative, sha256_hex(existing)))
        return fail(problem(file, p.path.string() + " exists and was not written by an earlier run; give --force to overwrite it",
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
