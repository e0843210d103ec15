// Formatting and construction of diagnostics.
#include "diagnostics.h"

#include <new>
#include <utility>

namespace archtei {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file.empty() ? std::string("archtei") : d.file;
  if (d.pos.known()) {
    out += ':' + std::to_string(d.pos.line);
    if (d.pos.column != 0) out += ':' + std::to_string(d.pos.column);
  }
  out += d.severity == Severity::Error ? ": error: " : ": warning: ";
  out += d.message;
  if (!d.code.empty()) out += " [" + d.code + ']';
  return out;
}

Error::Error(ErrorKind kind, Diagnostic diagnostic)
    : std::runtime_error(format_diagnostic(diagnostic)),
      kind_(kind),
      diagnostic_(std::move(diagnostic)) {}

Error Error::input(std::string file, SourcePos pos, std::string message, std::string code) {
  return Error(ErrorKind::Input,
               Diagnostic{Severity::Error, std::move(file), pos, std::move(message), std::move(code)});
}

Diagnostic unexpected_failure(std::string file, const std::exception& e) {
  if (dynamic_cast<const std::bad_alloc*>(&e) != nullptr)
    return Diagnostic{Severity::Error, std::move(file), {}, "out of memory", "memory"};
  return Diagnostic{Severity::Error, std::move(file), {}, std::string("internal error: ") + e.what(), "internal"};
}

void Diagnostics::warn(std::string message, std::string code, SourcePos pos) {
  items_.push_back(Diagnostic{Severity::Warning, file_, pos, std::move(message), std::move(code)});
}

}  // namespace archtei
