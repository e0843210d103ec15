// `archtei bag`: makes a folder a BagIt 1.0 bag (or brings a bag up to date), or verifies
// one and names what is missing, extra or altered.
#include <iostream>
#include <memory>

#include "archtei/version.h"
#include "bag/bag_verifier.h"
#include "bag/bag_writer.h"
#include "batch/atomic_file.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"

namespace archtei::cli {

namespace fs = std::filesystem;

/// The arguments of `archtei bag`.
struct BagCommandOptions {
  std::string folder;
  bool verify = false;
  std::vector<std::string> bag_info;
};

namespace {

Error usage(std::string message, std::string code) {
  return Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {}, std::move(message), std::move(code)});
}

int verify(const fs::path& folder) {
  bag::BagReport report = bag::verify_bag(folder);
  for (const auto& d : report.problems) std::cerr << format_diagnostic(d) << '\n';
  if (!report.valid()) {
    std::cerr << folder.string() << ": error: not a valid bag [bag-invalid]\n";
    return kExitFailures;
  }
  std::cout << folder.string() << ": valid bag: " << report.payload_files << " payload files, "
            << report.payload_bytes << " bytes\n";
  return kExitOk;
}

}  // namespace

int run_bag(const BagCommandOptions& o) {
  const fs::path folder(o.folder);
  if (o.verify) {
    if (!o.bag_info.empty()) throw usage("--bag-info cannot be used with --verify", "bad-option");
    return verify(folder);
  }
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throw usage(o.folder + ": not a folder", "not-a-bag");
  bag::BagOptions options;
  options.software_agent = std::string(kName) + " " + kVersion;
  for (const auto& item : o.bag_info) options.info.push_back(bag::parse_bag_info_argument(item));
  batch::remove_stale_temporaries(folder);
  if (!bag::is_bag(folder)) bag::move_into_payload(folder);
  bag::write_bag(folder, options, nullptr);
  return verify(folder);
}

void setup_bag(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<BagCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "bag", "Make a folder a BagIt 1.0 bag (its files move under data/), bring a bag up to date, or verify one");
  cmd->add_option("folder", options->folder, "The folder to bag or to verify")->required();
  cmd->add_flag("--verify", options->verify,
                "Check the bag: every file present and listed, every SHA-256 digest, Payload-Oxum");
  one_value_each(cmd->add_option("--bag-info", options->bag_info, "A KEY=VALUE line for bag-info.txt (repeatable)"))
      ->type_name("KEY=VALUE");
  cmd->callback([options, &exit_code] { exit_code = run_bag(*options); });
}

}  // namespace archtei::cli
