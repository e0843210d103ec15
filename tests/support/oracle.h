// Running the reference tools the tests compare archtei with (jing, xmllint, node) and
// finding the shared corpora, so that a test fails, never passes, when an oracle is missing,
// cannot start or says nothing.
#pragma once

#include <string>
#include <vector>

namespace archtei::testing {

/// The folder holding tei/, tei-corpus/ and seeds/: $ARCHTEI_SHARED_DIR when set (the oracle
/// self-test points it at an empty folder), else the `../shared` the build was configured with.
std::string shared_dir();

/// What a command did: its exit status (128 + signal when killed, -1 when it could not be
/// started) and what it printed on each stream.
struct ToolRun {
  int status = -1;
  std::string out;
  std::string err;
};

/// Runs `command` with /bin/sh, capturing standard output and standard error separately.
ToolRun run_tool(const std::string& command);

/// `s` quoted for /bin/sh.
std::string shell_quote(const std::string& s);

/// One line describing a run, for failure messages: status and the start of both streams.
std::string describe(const ToolRun& run);

/// `schema` and `files` as arguments to jing.
std::string jing_command(const std::string& schema, const std::vector<std::string>& files);

/// A document that fails exactly one tei_all Schematron rule (and RelaxNG validity), so a jing
/// run that includes it must report it: proof that jing read the files. Written once per
/// process to the temporary folder; returns its path.
const std::string& jing_control_document();

/// The message jing prints for jing_control_document() against tei_all.isosch, whitespace
/// normalised.
const std::string& jing_control_message();

/// jing's report on `files` against `schema` (a .rng or .isosch file), from one run with
/// jing_control_document() added last, without the control document's problems: empty when
/// every file is valid. Fails the current test unless jing ran (exit status 1, as the control
/// is invalid) and reported the control document, and reports anything unexpected jing
/// printed on standard error.
std::string jing_report(const std::string& schema, const std::vector<std::string>& files);

/// Runs of whitespace to one space, trimmed.
std::string normalize_space(const std::string& s);

}  // namespace archtei::testing
