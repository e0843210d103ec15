// archtei's public API: TEI XML to a list of problems, against archtei's own schema or any
// RelaxNG schema (with the Schematron rules it embeds) or ISO Schematron file.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "archtei/diagnostic.h"

namespace archtei::api {

/// Which schemas a Validator applies.
struct ValidatorOptions {
  /// A RelaxNG schema (XML syntax), or an ISO Schematron file (ending in .sch): then only
  /// its rules are checked. Empty: archtei's own TEI schema, as `archtei validate` uses.
  std::string schema;
  /// Check the Schematron rules the RelaxNG schema embeds (or the .sch file's).
  bool schematron = true;
};

/// The outcome for one document.
struct ValidationResult {
  bool valid = true;                  ///< no problem is an error
  std::vector<Diagnostic> problems;   ///< in document order; malformed XML is one of them
};

/// Compiled schemas. Construction loads them; validate() is const and thread-safe: many
/// threads may validate with one Validator at once.
class Validator {
 public:
  /// Throws Error (schema) when a schema cannot be read or compiled.
  explicit Validator(const ValidatorOptions& options = {});
  Validator(Validator&&) noexcept;
  Validator& operator=(Validator&&) noexcept;
  ~Validator();

  /// Validates the XML text `xml`; `file` names it in the problems.
  ValidationResult validate(std::string_view xml, const std::string& file = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace archtei::api
