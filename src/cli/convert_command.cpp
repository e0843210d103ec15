// `archtei convert`: files and folders of text, TEI or JSON-LD to TEI and/or JSON-LD in an
// output folder, in parallel, atomically, skipping what is already up to date.
#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>

#include "archtei/version.h"
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
};

namespace {

Error usage(std::string message, std::string code) {
  return Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {}, std::move(message), std::move(code)});
}

// The manifest's default place: in the output folder; one file per shard, so that shards
// sharing a folder do not overwrite each other's records.
fs::path manifest_path(const ConvertOptions& o, const std::optional<batch::Shard>& shard) {
  if (!o.manifest.empty()) return o.manifest;
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
  batch::InputOptions in = input_options(o.inputs, "convert");
  if (o.keep_invalid && !o.validate) throw usage("--keep-invalid needs --validate", "bad-option");
  in.skip.push_back(o.output_dir);
  const FormatInfo* from = settings.from;
  in.accept = [from](std::string_view name) {
    const FormatInfo* f = detect_format(name);
    return f != nullptr && f->read != nullptr && (from == nullptr || f == from);
  };
  batch::InputList inputs = batch::collect_inputs(in);

  settings.output_dir = o.output_dir;
  settings.force = o.force;
  settings.keep_invalid = o.keep_invalid;
  settings.converter = std::string(kName) + " " + kVersion;
  std::string collision = batch::find_output_collision(inputs, settings);
  if (!collision.empty()) throw usage(collision, "output-collision");

  // The schema is compiled once and shared read-only by every worker.
  std::optional<Validator> validator;
  if (o.validate) {
    validator.emplace(ValidationOptions{});
    settings.validator = &*validator;
  }

  // Temporary files a killed earlier run of this machine left behind.
  std::error_code ec;
  if (fs::is_directory(o.output_dir, ec)) batch::remove_stale_temporaries(o.output_dir);

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
  if (!o.report.empty()) report::write_report(manifest_file, o.report);
  return committer.failed() ? kExitFailures : summary.exit_code();
}

void setup_convert(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* cmd = app.add_subcommand(
      "convert", "Convert text, TEI or JSON-LD files and folders to TEI and/or JSON-LD");
  add_input_flags(*cmd, options->inputs, "Input files and folders (folders are walked recursively)");
  add_read_flags(*cmd, options->read, /*texts=*/true, /*trees=*/true);
  cmd->add_option("-o,--output", options->output_dir, "Output folder; the input tree is mirrored in it")
      ->required();
  cmd->add_option("--from", options->from, "Input format: text, tei or jsonld (default: from each file name)");
  cmd->add_option("--to", options->to, "Output formats, comma-separated: tei, jsonld (default: tei)")
      ->delimiter(',');
  cmd->add_flag("--validate", options->validate, "Validate the TEI; invalid TEI is not written");
  cmd->add_flag("--keep-invalid", options->keep_invalid, "With --validate: write outputs even when invalid");
  cmd->add_flag("--force", options->force, "Convert everything again and overwrite existing outputs");
  cmd->add_flag("-q,--quiet", options->quiet, "No progress bar; only errors and the summary");
  cmd->add_option("--log", options->log, "Write a JSON-lines log of the run to FILE");
  cmd->add_option("--manifest", options->manifest, "Manifest file (default: DIR/manifest.jsonl)");
  cmd->add_option("--report", options->report, "At the end, write the HTML report of the output folder into REPORT");
  cmd->callback([options, &exit_code] { exit_code = run_convert(*options); });
}

}  // namespace archtei::cli
