// Diagnostics: the one family of fatal errors and the sink for warnings, formatted the way
// a compiler formats them: `file:line:col: error: message [code]`.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "source_pos.h"

namespace archtei {

enum class Severity { Warning, Error };

/// One problem found in one input.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;
  SourcePos pos;          ///< line/column when known
  std::string message;
  std::string code;       ///< short stable identifier, e.g. "invalid-utf8"

  bool operator==(const Diagnostic&) const = default;
};

/// `file:line:col: error: message [code]`, leaving out what is unknown.
std::string format_diagnostic(const Diagnostic& d);

/// What kind of failure an Error is; the CLI maps kinds to exit codes in one place.
enum class ErrorKind {
  Input,   ///< the input is malformed (bad UTF-8, not XML, not this JSON-LD format)
  Io,      ///< a file could not be read or written
  Usage,   ///< the caller asked for something impossible (unknown format, bad option)
  Schema,  ///< a schema could not be loaded or compiled
};

/// The one exception type archtei throws for expected failures.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, Diagnostic diagnostic);
  /// Shorthand for an input error in `file` at `pos`.
  static Error input(std::string file, SourcePos pos, std::string message, std::string code);

  ErrorKind kind() const { return kind_; }
  const Diagnostic& diagnostic() const { return diagnostic_; }

 private:
  ErrorKind kind_;
  Diagnostic diagnostic_;
};

/// The diagnostic for an exception that is not an Error: memory running out ("memory"), or a
/// bug ("internal"). Reported for its file like any other failure, it never ends a run.
Diagnostic unexpected_failure(std::string file, const std::exception& e);

/// Collects warnings while a document is read or written. Not thread-safe: one per document.
class Diagnostics {
 public:
  explicit Diagnostics(std::string file = {}) : file_(std::move(file)) {}

  void warn(std::string message, std::string code, SourcePos pos = {});
  const std::vector<Diagnostic>& items() const { return items_; }
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<Diagnostic> items_;
};

}  // namespace archtei
