// `archtei roundtrip`: checks that TEI and JSON-LD files survive a trip through the other
// format and back, and prints the first difference when one does not.
#include <atomic>
#include <iostream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include "batch/atomic_file.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "formats/formats.h"
#include "jsonld/roundtrip.h"

namespace archtei::cli {

/// The arguments of `archtei roundtrip`.
struct RoundtripOptions {
  InputFlags inputs;
  ReadFlags read;
  bool quiet = false;
};

namespace {

// What one file's check printed, held back so that files checked in parallel are reported
// in input order.
struct CheckOutput {
  std::ostringstream out;
  std::ostringstream err;
  bool failed = false;
};

// Runs one file's round trip; true when it came back the same.
bool check_one(const std::string& file, bool quiet, std::ostream& out, std::ostream& err) {
  const FormatInfo* format = detect_format(file);
  if (format == nullptr || (format->format != Format::Tei && format->format != Format::JsonLd))
    throw Error::input(file, {}, "roundtrip takes TEI (.xml) or JSON-LD (.jsonld, .json) files", "roundtrip-format");
  std::string input = batch::read_input_file(file);
  Diagnostics diags(file);
  const bool tei = format->format == Format::Tei;
  RoundtripResult r = tei ? roundtrip_tei(input, file, diags) : roundtrip_jsonld(input, file, diags);
  for (const auto& w : diags.items()) err << format_diagnostic(w) << '\n';
  const char* trip = tei ? "TEI -> JSON-LD -> TEI" : "JSON-LD -> TEI -> JSON-LD";
  if (!r.identical) {
    err << format_diagnostic(Diagnostic{Severity::Error, file, {},
                                        std::string(trip) + " differs at " + r.where + ": original " + r.original +
                                            ", after the round trip " + r.returned,
                                        "roundtrip-difference"})
        << '\n';
    return false;
  }
  if (!quiet) out << file << ": " << trip << ": identical\n";
  return true;
}

void check_into(const std::string& file, bool quiet, CheckOutput& output) {
  try {
    output.failed = !check_one(file, quiet, output.out, output.err);
  } catch (const Error& e) {
    output.err << e.what() << '\n';
    output.failed = true;
  } catch (const std::exception& e) {
    output.err << format_diagnostic(unexpected_failure(file, e)) << '\n';
    output.failed = true;
  }
}

}  // namespace

int run_roundtrip(const RoundtripOptions& o) {
  apply_read_flags(o.read);
  std::vector<std::string> files;
  for (auto& input : collect_inputs(o.inputs, "roundtrip", [](std::string_view name) {
         const FormatInfo* f = detect_format(name);
         return f != nullptr && (f->format == Format::Tei || f->format == Format::JsonLd);
       }))
    files.push_back(input.path.string());

  // Workers take files in turn; each finished file's output is printed as soon as every file
  // before it has been printed.
  std::vector<CheckOutput> outputs(files.size());
  std::vector<char> done(files.size(), 0);
  std::size_t printed = 0;
  bool failed = false;
  std::mutex print;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      check_into(files[i], o.quiet, outputs[i]);
      std::lock_guard lock(print);
      done[i] = 1;
      for (; printed < files.size() && done[printed]; ++printed) {
        CheckOutput& p = outputs[printed];
        std::cerr << p.err.str();
        std::cout << p.out.str();
        failed = failed || p.failed;
        p = CheckOutput{};
      }
    }
  };
  unsigned workers = worker_count(o.inputs.jobs, files.size());
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  return failed ? kExitFailures : kExitOk;
}

void setup_roundtrip(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RoundtripOptions>();
  CLI::App* cmd = app.add_subcommand(
      "roundtrip", "Check that TEI and JSON-LD files come back unchanged through the other format");
  add_input_flags(*cmd, options->inputs,
                  "TEI (.xml) and JSON-LD (.jsonld) files, or folders searched for them");
  add_read_flags(*cmd, options->read, /*texts=*/false, /*trees=*/true);
  cmd->add_flag("-q,--quiet", options->quiet, "Print only the files that differ");
  cmd->callback([options, &exit_code] { exit_code = run_roundtrip(*options); });
}

}  // namespace archtei::cli
