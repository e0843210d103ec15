// Conversions between the library's own diagnostics and errors and the public API's
// (include/archtei/diagnostic.h), which share their meaning but not their types.
#pragma once

#include <utility>
#include <vector>

#include "archtei/diagnostic.h"
#include "model/diagnostics.h"

// Not in archtei::api: libarchtei exports that namespace alone, and these are its insides.
namespace archtei::bridge {

using api::Diagnostic;
using api::Error;

/// The public form of a library diagnostic.
Diagnostic to_public(const archtei::Diagnostic& d);
/// The library form of a public diagnostic (to format it the one way archtei does).
archtei::Diagnostic to_library(const Diagnostic& d);
/// Appends the public forms of `from` to `to`.
void append_public(const std::vector<archtei::Diagnostic>& from, std::vector<Diagnostic>& to);
/// The public form of a library error.
Error to_public(const archtei::Error& e);

/// Runs `f`, turning a library Error it throws into the public Error of the same kind, so
/// no library type crosses the API.
template <typename F>
auto translate_errors(F&& f) -> decltype(f()) {
  try {
    return std::forward<F>(f)();
  } catch (const archtei::Error& e) {
    throw to_public(e);
  }
}

}  // namespace archtei::bridge
