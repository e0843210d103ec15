// archtei's public API: problems found in an input or a schema, and the exception that
// carries a fatal one. Plain C++ types only, stable across releases of the same major version.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace archtei::api {

/// How bad a problem is: a warning leaves the output usable, an error does not.
enum class Severity { Warning, Error };

/// One problem found in one input, as archtei's command line reports it.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;     ///< the name the input was given; empty when none was
  std::size_t line = 0;    ///< 1-based; 0 when unknown
  std::size_t column = 0;  ///< 1-based; 0 when unknown
  std::string message;
  std::string code;     ///< short stable identifier, e.g. "invalid-utf8"

  /// `file:line:col: error: message [code]`, leaving out what is unknown.
  std::string to_string() const;
};

/// What kind of failure an Error is.
enum class ErrorKind {
  Input,   ///< the input is malformed (bad UTF-8, not XML, not archtei's JSON-LD)
  Io,      ///< a file could not be read
  Usage,   ///< the caller asked for something impossible (unknown format)
  Schema,  ///< a schema could not be read or compiled
};

/// The one exception type the API throws for expected failures; what() is the diagnostic
/// formatted as by Diagnostic::to_string().
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, Diagnostic diagnostic);

  ErrorKind kind() const noexcept { return kind_; }
  const Diagnostic& diagnostic() const noexcept { return diagnostic_; }

 private:
  ErrorKind kind_;
  Diagnostic diagnostic_;
};

/// "input", "io", "usage", "schema".
const char* to_string(ErrorKind kind) noexcept;

}  // namespace archtei::api
