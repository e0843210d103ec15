// `archtei report`: the static HTML report of an output folder that `archtei convert` wrote.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "report/report.h"

namespace archtei::cli {

/// The flags of `archtei report`.
struct ReportOptions {
  std::string folder;
  std::string output;
};

int run_report(const ReportOptions& o) {
  std::filesystem::path manifest = o.folder;
  if (std::filesystem::is_directory(manifest)) manifest /= "manifest.jsonl";
  report::ReportSummary summary = report::write_report(manifest, o.output);
  std::cerr << "report: " << summary.documents << " documents written to " << o.output;
  if (summary.missing_sources) std::cerr << " (" << summary.missing_sources << " source texts not found)";
  std::cerr << '\n';
  return summary.missing_sources ? kExitFailures : kExitOk;
}

void setup_report(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Write a static HTML report of an output folder: an index, an overview, a page per document");
  cmd->add_option("folder", options->folder, "Output folder of archtei convert (or its manifest file)")->required();
  cmd->add_option("-o,--output", options->output, "Folder to write the report into")->required();
  cmd->callback([options, &exit_code] { exit_code = run_report(*options); });
}

}  // namespace archtei::cli
