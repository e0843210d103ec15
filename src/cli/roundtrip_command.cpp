// `archtei roundtrip`: checks that TEI and JSON-LD files survive a trip through the other
// format and back, and prints the first difference when one does not.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "formats/formats.h"
#include "jsonld/roundtrip.h"

namespace archtei::cli {

/// The arguments of `archtei roundtrip`.
struct RoundtripOptions {
  std::vector<std::string> files;
  bool quiet = false;
};

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, path, {}, "cannot read the file", "io-read"});
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Runs one file's round trip; true when it came back the same.
bool check_one(const std::string& file, bool quiet) {
  const FormatInfo* format = detect_format(file);
  if (format == nullptr || (format->format != Format::Tei && format->format != Format::JsonLd))
    throw Error::input(file, {}, "roundtrip takes TEI (.xml) or JSON-LD (.jsonld, .json) files", "roundtrip-format");
  std::string input = read_file(file);
  Diagnostics diags(file);
  const bool tei = format->format == Format::Tei;
  RoundtripResult r = tei ? roundtrip_tei(input, file, diags) : roundtrip_jsonld(input, file, diags);
  for (const auto& w : diags.items()) std::cerr << format_diagnostic(w) << '\n';
  const char* trip = tei ? "TEI -> JSON-LD -> TEI" : "JSON-LD -> TEI -> JSON-LD";
  if (!r.identical) {
    std::cerr << format_diagnostic(Diagnostic{Severity::Error, file, {},
                                              std::string(trip) + " differs at " + r.where + ": original " +
                                                  r.original + ", after the round trip " + r.returned,
                                              "roundtrip-difference"})
              << '\n';
    return false;
  }
  if (!quiet) std::cout << file << ": " << trip << ": identical\n";
  return true;
}

}  // namespace

int run_roundtrip(const RoundtripOptions& o) {
  int status = kExitOk;
  for (const auto& file : o.files) {
    try {
      if (!check_one(file, o.quiet)) status = std::max(status, kExitFailures);
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      status = std::max(status, kExitFailures);
    }
  }
  return status;
}

void setup_roundtrip(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RoundtripOptions>();
  CLI::App* cmd = app.add_subcommand(
      "roundtrip", "Check that TEI and JSON-LD files come back unchanged through the other format");
  cmd->add_option("files", options->files, "TEI (.xml) and JSON-LD (.jsonld) files")->required();
  cmd->add_flag("-q,--quiet", options->quiet, "Print only the files that differ");
  cmd->callback([options, &exit_code] { exit_code = run_roundtrip(*options); });
}

}  // namespace archtei::cli
