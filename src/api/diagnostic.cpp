// The public diagnostic and error types, and their conversions from and to the library's.
#include "archtei/diagnostic.h"

#include "api/api_types.h"

namespace archtei::api {

namespace {

ErrorKind public_kind(archtei::ErrorKind kind) {
  switch (kind) {
    case archtei::ErrorKind::Input: return ErrorKind::Input;
    case archtei::ErrorKind::Io: return ErrorKind::Io;
    case archtei::ErrorKind::Usage: return ErrorKind::Usage;
    case archtei::ErrorKind::Schema: return ErrorKind::Schema;
  }
  return ErrorKind::Input;
}

}  // namespace

std::string Diagnostic::to_string() const { return archtei::format_diagnostic(bridge::to_library(*this)); }

Error::Error(ErrorKind kind, Diagnostic diagnostic)
    : std::runtime_error(diagnostic.to_string()), kind_(kind), diagnostic_(std::move(diagnostic)) {}

const char* to_string(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::Input: return "input";
    case ErrorKind::Io: return "io";
    case ErrorKind::Usage: return "usage";
    case ErrorKind::Schema: return "schema";
  }
  return "input";
}

}  // namespace archtei::api

namespace archtei::bridge {

using api::Severity;

Diagnostic to_public(const archtei::Diagnostic& d) {
  return Diagnostic{d.severity == archtei::Severity::Error ? Severity::Error : Severity::Warning,
                    d.file, d.pos.line, d.pos.column, d.message, d.code};
}

archtei::Diagnostic to_library(const Diagnostic& d) {
  return archtei::Diagnostic{d.severity == Severity::Error ? archtei::Severity::Error : archtei::Severity::Warning,
                             d.file, archtei::SourcePos{d.line, d.column}, d.message, d.code};
}

void append_public(const std::vector<archtei::Diagnostic>& from, std::vector<Diagnostic>& to) {
  for (const auto& d : from) to.push_back(to_public(d));
}

Error to_public(const archtei::Error& e) { return Error(api::public_kind(e.kind()), to_public(e.diagnostic())); }

}  // namespace archtei::bridge
