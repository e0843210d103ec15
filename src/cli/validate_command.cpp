// `archtei validate`: TEI files and folders to a validity report (RelaxNG + Schematron),
// as text, JSON lines, JUnit XML or GitHub Actions annotations.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "batch/atomic_file.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "validate/report/report_format.h"
#include "validate/validator.h"

namespace archtei::cli {

/// The arguments of `archtei validate`.
struct ValidateOptions {
  InputFlags inputs;
  ReadFlags read;
  std::string schema;
  std::string schematron;
  bool no_schematron = false;
  std::string format = "text";
  bool xinclude = false;
};

int run_validate(const ValidateOptions& o) {
  apply_read_flags(o.read);
  auto format = parse_report_format(o.format);
  if (!format)
    throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {}, "unknown --format '" + o.format +
                                                                    "' (text, json, junit, github)", "usage"});
  ValidationOptions options;
  options.schema_path = o.schema;
  options.schematron_path = o.schematron;
  options.schematron = !o.no_schematron;
  options.xinclude = o.xinclude;
  Validator validator(options);

  // Named files, and the .xml files under named folders, in a stable order.
  std::vector<std::string> files;
  for (auto& input : collect_inputs(o.inputs, "validate", [](std::string_view name) {
         return std::filesystem::path(name).extension() == ".xml";
       }))
    files.push_back(input.path.string());
  // Standard input ('-') is read once, before the workers start.
  std::string standard_input;
  if (std::find(files.begin(), files.end(), "-") != files.end()) standard_input = batch::read_standard_input();
  // Files are read by the workers as they go, and reported in input order as soon as every
  // earlier file is done: memory holds one document per worker and the few reports waiting
  // for a slower file before them.
  ReportWriter writer(std::cout, *format);
  std::mutex report_mutex;
  std::map<std::size_t, FileReport> finished;
  std::size_t next_report = 0;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      FileReport report;
      const bool from_standard_input = files[i] == "-";
      report.file = from_standard_input ? std::string(batch::kStandardInputName) : files[i];
      try {
        report.result = validator.validate(from_standard_input ? standard_input : read_text_file(files[i]), report.file);
      } catch (const Error& e) {
        report.unreadable = true;
        report.result.valid = false;
        report.result.problems.push_back(e.diagnostic());
      } catch (const std::exception& e) {
        report.unreadable = true;
        report.result.valid = false;
        report.result.problems.push_back(unexpected_failure(report.file, e));
      }
      std::lock_guard lock(report_mutex);
      finished.emplace(i, std::move(report));
      for (auto it = finished.begin(); it != finished.end() && it->first == next_report; ++next_report) {
        writer.add(it->second);
        it = finished.erase(it);
      }
    }
  };
  unsigned workers = worker_count(o.inputs.jobs, files.size());
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  writer.finish();
  return writer.unreadable() ? kExitUsage : writer.invalid() ? kExitFailures : kExitOk;
}

void setup_validate(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Validate TEI files against RelaxNG and Schematron (default: archtei's own TEI schema)");
  add_input_flags(*cmd, options->inputs, "TEI files, or folders searched for .xml files; '-' reads standard input");
  add_read_flags(*cmd, options->read, /*texts=*/false, /*trees=*/false);
  cmd->add_option("--schema", options->schema, "RelaxNG schema (XML syntax), e.g. tei_all.rng");
  cmd->add_option("--schematron", options->schematron,
                  "ISO Schematron file (default: the rules embedded in the RelaxNG schema)");
  cmd->add_flag("--no-schematron", options->no_schematron, "Skip Schematron rules");
  cmd->add_option("--format", options->format, "Report format: text, json (JSON lines), junit, github")
      ->check(CLI::IsMember({"text", "json", "junit", "github"}));
  cmd->add_flag("--xinclude", options->xinclude, "Resolve XInclude (from the including file's folder only)");
  cmd->callback([options, &exit_code] {
    try {
      exit_code = run_validate(*options);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      exit_code = exit_code_for(e.kind());
    }
  });
}

}  // namespace archtei::cli
