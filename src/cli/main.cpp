// archtei's entry point: parses the command line and hands over to one subcommand.
#include <csignal>
#include <iostream>

#include "archtei/version.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

int main(int argc, char** argv) {
  // Past a file-size limit (ulimit -f) a write then fails with EFBIG and is reported like a
  // full disk, instead of the signal killing the whole run.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"archtei: plain-text archival documents to TEI P5, validation and JSON-LD"};
  app.name("archtei");
  app.set_version_flag("--version", std::string(archtei::kName) + " " + archtei::kVersion);
  app.require_subcommand(1);

  int exit_code = archtei::cli::kExitOk;
  archtei::cli::setup_convert(app, exit_code);
  archtei::cli::setup_inspect(app, exit_code);
  archtei::cli::setup_validate(app, exit_code);
  archtei::cli::setup_roundtrip(app, exit_code);
  archtei::cli::setup_report(app, exit_code);
  archtei::cli::setup_bag(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints help/version as "errors" with code 0; real usage errors exit with 2.
    int code = app.exit(e);
    return code == 0 ? archtei::cli::kExitOk : archtei::cli::kExitUsage;
  } catch (const archtei::Error& e) {
    std::cerr << e.what() << '\n';
    return archtei::cli::exit_code_for(e.kind());
  } catch (const std::exception& e) {
    // Not one file's failure (those are reported per file): the run itself could not go on.
    std::cerr << archtei::format_diagnostic(archtei::unexpected_failure({}, e)) << '\n';
    return archtei::cli::kExitUsage;
  }
  return exit_code;
}
