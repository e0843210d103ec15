// `archtei convert`: files and folders of text, TEI or JSON-LD to TEI and/or JSON-LD in an
// output folder (optionally a BagIt bag), in parallel, atomically, skipping what is already
// up to date; or one file, or standard input, to standard output.
#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>

#include "archtei/version.h"
#include "bag/bag_files.h"
#include "bag/bag_verifier.h"
#include "bag/bag_writer.h"
#include "batch/atomic_file.h"
#include "batch/console_reporter.h"
#include "batch/group_commit.h"
#include "batch/convert_job.h"
#include "batch/input_set.h"
#include "batch/interrupt.h"
#include "batch/json_log.h"
#include "batch/manifest.h"
#include "report/report.h"
#include "batch/runner.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "formats/formats.h"
#include "validate/validator.h"

namespace archtei::cli {

namespace fs = std::filesystem;

/// The flags of `archtei convert`.
struct ConvertOptions {
  InputFlags inputs;
  ReadFlags read;
  std::string output_dir;
  std::string from;
  std::vector<std::string> to{"tei"};
  bool validate = false;
  bool keep_invalid = false;
  bool force = false;
  bool quiet = false;
  std::string log;
  std::string manifest;
  std::string report;
  bool bag = false;
  std::vector<std::string> bag_info;
};

namespace {

Error usage(std::string message, std::string code) {
  return Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {}, std::move(message), std::move(code)});
}

// The manifest's default place: in the output folder; one file per shard, so that shards
// sharing a folder do not overwrite each other's records.
fs::path manifest_path(const ConvertOptions& o, const std::optional<batch::Shard>& shard) {
  if (!o.manifest.empty()) return o.manifest;
  // In a bag the manifest sits at the top, beside bagit.txt, as a tag file.
  if (shard)
    return fs::path(o.output_dir) /
           ("manifest.shard-" + std::to_string(shard->index) + "-of-" + std::to_string(shard->count) + ".jsonl");
  return fs::path(o.output_dir) / "manifest.jsonl";
}

// Completes the group commit when the run ends, reporting files that could not be committed.
class CommitReporter : public batch::ProgressReporter {
 public:
  explicit CommitReporter(batch::GroupCommit& commit) : commit_(commit) {}
  void finish(const batch::BatchSummary&) override {
    for (const auto& d : commit_.flush()) {
      std::cerr << format_diagnostic(d) << '\n';
      failed_ = true;
    }
  }
  bool failed() const { return failed_; }

 private:
  batch::GroupCommit& commit_;
  bool failed_ = false;
};

// The one input, converted to the one --to format on standard output; nothing is printed
// there when it fails.
int convert_to_stdout(const ConvertOptions& o, const batch::ConvertSettings& settings) {
  if (settings.to.size() != 1)
    throw usage("convert: standard output takes one --to format; give -o DIR for several", "no-output");
  const std::string& path = o.inputs.paths.front();
  const bool standard_input = path == "-";
  const std::string name = standard_input ? std::string(batch::kStandardInputName) : path;
  const FormatInfo* from = settings.from != nullptr ? settings.from
                           : standard_input        ? find_format("text")
                                                   : detect_format(fs::path(path).filename().string());
  if (from == nullptr || from->read == nullptr)
    throw Error::input(name, {}, "cannot tell the input format from the file name; give --from", "unknown-format");
  std::string bytes = standard_input ? batch::read_standard_input() : batch::read_input_file(path);
  batch::Rendered rendered = batch::render(std::move(bytes), *from, name, name, settings);
  for (const auto& d : rendered.diagnostics) std::cerr << format_diagnostic(d) << '\n';
  if (rendered.invalid && !settings.keep_invalid) return kExitFailures;
  std::cout.write(rendered.outputs.front().data(), static_cast<std::streamsize>(rendered.outputs.front().size()));
  std::cout.flush();
  if (!std::cout)
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, "<stdout>", {}, "cannot write standard output", "write-failed"});
  return rendered.invalid ? kExitFailures : kExitOk;
}

// Checks that --bag can make `dir` a bag: a new or empty folder, or one that already is.
void check_bag_folder(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec) || bag::is_bag(dir)) return;
  if (!fs::is_directory(dir, ec))
    throw usage("--bag: " + dir.string() + " is not a folder", "not-a-bag");
  if (!fs::is_empty(dir, ec))
    throw usage("--bag: " + dir.string() + " holds files but is not a bag; make it one with `archtei bag " +
                    dir.string() + "`, or convert into a new folder",
                "not-a-bag");
}

// Brings the bag in `dir` up to date after a run, vouching for the outputs the run's
// manifest records, and reports what keeps it from being valid; true when it is.
bool update_bag(const fs::path& dir, const fs::path& manifest_file, const ConvertOptions& o,
                const std::string& converter) {
  bag::Vouched vouched;
  const fs::path root = fs::absolute(dir).lexically_normal();
  const batch::Manifest manifest = batch::Manifest::read(manifest_file);
  for (const auto& record : manifest.records())
    for (const auto& output : record.outputs) vouched[output.path] = output.sha256;
  bag::BagOptions options;
  options.software_agent = converter;
  for (const auto& item : o.bag_info) options.info.push_back(bag::parse_bag_info_argument(item));
  bag::write_bag(root, options, &vouched);
  bag::BagReport report = bag::verify_bag(dir);
  for (const auto& d : report.problems) std::cerr << format_diagnostic(d) << '\n';
  if (!report.valid())
    std::cerr << dir.string()
              << ": error: the bag is not valid; the files above are not as archtei wrote them [bag-invalid]\n";
  return report.valid();
}

}  // namespace

int run_convert(const ConvertOptions& o) {
  batch::install_interrupt_handlers();
  apply_read_flags(o.read);

  batch::ConvertSettings settings;
  settings.encoding = o.read.encoding;
  if (!o.from.empty()) {
    settings.from = find_format(o.from);
    if (settings.from == nullptr || settings.from->read == nullptr)
      throw usage("--from: unknown input format '" + o.from + "' (text, tei, jsonld)", "unknown-format");
  }
  for (const auto& name : o.to) {
    const FormatInfo* f = find_format(name);
    if (f == nullptr || f->write == nullptr)
      throw usage("--to: archtei cannot write '" + name + "' (tei, jsonld)", "unknown-format");
    if (std::find(settings.to.begin(), settings.to.end(), f) == settings.to.end()) settings.to.push_back(f);
  }
  if (o.keep_invalid && !o.validate) throw usage("--keep-invalid needs --validate", "bad-option");
  if (!o.bag_info.empty() && !o.bag) throw usage("--bag-info needs --bag", "bad-option");
  // The schema is compiled once and shared read-only by every worker.
  std::optional<Validator> validator;
  auto make_validator = [&] {
    if (!o.validate) return;
    validator.emplace(ValidationOptions{});
    settings.validator = &*validator;
  };

  // Without -o: one file (or standard input) to standard output.
  if (o.output_dir.empty()) {
    std::error_code ec;
    const bool one_file = o.inputs.paths.size() == 1 && o.inputs.files_from.empty() &&
                          !fs::is_directory(o.inputs.paths.front(), ec);
    if (o.bag) throw usage("--bag needs an output folder: give -o DIR", "no-output");
    if (!one_file && (!o.inputs.paths.empty() || !o.inputs.files_from.empty()))
      throw usage("convert: several inputs, a folder or --files-from need an output folder: give -o DIR",
                  "no-output");
    if (one_file) {
      settings.keep_invalid = o.keep_invalid;
      make_validator();
      return convert_to_stdout(o, settings);
    }
  }

  batch::InputOptions in = input_options(o.inputs, "convert");
  if (o.bag) {
    if (!o.manifest.empty()) throw usage("--bag keeps the manifest in the bag; leave out --manifest", "bad-option");
    if (in.shard) throw usage("--bag cannot be used with --shard: shards would update one bag at once", "bad-option");
    for (const auto& item : o.bag_info) bag::parse_bag_info_argument(item);  // refused before any work
    check_bag_folder(o.output_dir);
  }
  // In a bag, the outputs are its payload and the manifest a tag file beside it.
  const fs::path output_dir = o.bag ? fs::path(o.output_dir) / bag::kPayloadFolder : fs::path(o.output_dir);
  in.skip.push_back(o.output_dir);
  const FormatInfo* from = settings.from;
  in.accept = [from](std::string_view name) {
    const FormatInfo* f = detect_format(name);
    return f != nullptr && f->read != nullptr && (from == nullptr || f == from);
  };
  const bool reads_standard_input = std::find(in.paths.begin(), in.paths.end(), "-") != in.paths.end();
  batch::InputList inputs = batch::collect_inputs(in);

  std::string standard_input;
  if (reads_standard_input) {
    standard_input = batch::read_standard_input();
    settings.standard_input = &standard_input;
  }
  settings.output_dir = output_dir;
  settings.force = o.force;
  settings.keep_invalid = o.keep_invalid;
  settings.converter = std::string(kName) + " " + kVersion;
  std::string collision = batch::find_output_collision(inputs, settings);
  if (!collision.empty()) throw usage(collision, "output-collision");
  make_validator();

  // Temporary files a killed earlier run of this machine left behind.
  std::error_code ec;
  if (fs::is_directory(output_dir, ec)) batch::remove_stale_temporaries(output_dir);

  fs::path manifest_file = manifest_path(o, in.shard);
  batch::Manifest previous = batch::Manifest::read(manifest_file);
  settings.previous = &previous;
  settings.manifest_folder = fs::absolute(manifest_file).lexically_normal().parent_path();

  // Outputs are committed in groups (one disk sync per group, not per file); the commit
  // reporter, first in the list, completes them before the manifest is committed.
  batch::GroupCommit commit;
  settings.commit = &commit;
  CommitReporter committer(commit);

  batch::ReporterList reporters;
  reporters.add(committer);
  batch::ConsoleReporter console(std::cerr, batch::ConsoleOptions{batch::stderr_is_terminal() && !o.quiet,
                                                                   o.quiet, false, "converted"});
  reporters.add(console);
  std::unique_ptr<batch::JsonLogReporter> log;
  if (!o.log.empty()) {
    log = std::make_unique<batch::JsonLogReporter>(o.log);
    reporters.add(*log);
  }
  batch::ManifestWriter manifest(manifest_file, previous, settings.converter, settings.fingerprint());
  reporters.add(manifest);

  batch::RunOptions run;
  run.jobs = o.inputs.jobs;
  batch::BatchSummary summary = batch::run_batch(
      inputs, [&settings](const batch::InputFile& input) { return batch::convert_one(input, settings); },
      run, reporters);
  std::cerr.flush();
  batch::reraise_stop_signal();
  bool failed = committer.failed();
  if (o.bag && !update_bag(o.output_dir, manifest_file, o, settings.converter)) failed = true;
  if (!o.report.empty()) report::write_report(manifest_file, o.report);
  return failed ? kExitFailures : summary.exit_code();
}

void setup_convert(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* cmd = app.add_subcommand(
      "convert", "Convert text, TEI or JSON-LD files and folders to TEI and/or JSON-LD");
  add_input_flags(*cmd, options->inputs,
                  "Input files and folders (folders are walked recursively); '-' reads standard input");
  add_read_flags(*cmd, options->read, /*texts=*/true, /*trees=*/true);
  cmd->add_option("-o,--output", options->output_dir,
                  "Output folder; the input tree is mirrored in it (without it, one input goes to standard output)");
  cmd->add_option("--from", options->from,
                  "Input format: text, tei or jsonld (default: from each file name; text for standard input)");
  one_value_each(cmd->add_option("--to", options->to,
                                 "Output formats, comma-separated or repeated: tei, jsonld (default: tei)"))
      ->delimiter(',')
      ->type_name("FORMAT");
  cmd->add_flag("--validate", options->validate, "Validate the TEI; invalid TEI is not written");
  cmd->add_flag("--keep-invalid", options->keep_invalid, "With --validate: write outputs even when invalid");
  cmd->add_flag("--force", options->force, "Convert everything again and overwrite existing outputs");
  cmd->add_flag("-q,--quiet", options->quiet, "No progress bar; only errors and the summary");
  cmd->add_option("--log", options->log, "Write a JSON-lines log of the run to FILE");
  cmd->add_option("--manifest", options->manifest, "Manifest file (default: DIR/manifest.jsonl)");
  cmd->add_option("--report", options->report, "At the end, write the HTML report of the output folder into REPORT");
  cmd->add_flag("--bag", options->bag,
                "Make the output folder a BagIt 1.0 bag: outputs under DIR/data, manifests and bag-info.txt");
  one_value_each(
      cmd->add_option("--bag-info", options->bag_info, "With --bag: a KEY=VALUE line for bag-info.txt (repeatable)"))
      ->type_name("KEY=VALUE");
  cmd->callback([options, &exit_code] { exit_code = run_convert(*options); });
}

}  // namespace archtei::cli
