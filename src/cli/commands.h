// The subcommands. Each lives in its own file: an options struct, setup_<name>(app) that
// declares its flags, and run_<name>(options) that calls the library.
#pragma once

#include <CLI/CLI.hpp>

namespace archtei::cli {

/// Each setup function adds its subcommand to `app`; when it runs, its exit status is
/// stored in `exit_code`.
void setup_convert(CLI::App& app, int& exit_code);
void setup_inspect(CLI::App& app, int& exit_code);
void setup_validate(CLI::App& app, int& exit_code);
void setup_roundtrip(CLI::App& app, int& exit_code);
void setup_report(CLI::App& app, int& exit_code);
void setup_bag(CLI::App& app, int& exit_code);

}  // namespace archtei::cli
