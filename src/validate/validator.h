// Validator: TEI XML text to a verdict and diagnostics, against a RelaxNG schema (by default
// archtei's own customization, built into the binary) and the Schematron rules it carries.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace archtei {

/// Which schemas a Validator applies.
struct ValidationOptions {
  /// RelaxNG schema (XML syntax). Empty: archtei's built-in customization.
  std::string schema_path;
  /// ISO Schematron file. Empty: the rules embedded in the RelaxNG schema.
  std::string schematron_path;
  /// Apply Schematron rules at all.
  bool schematron = true;
  /// Resolve XInclude, only from the including file's own folder.
  bool xinclude = false;
  /// Folder for compiled-slice caches; empty: $XDG_CACHE_HOME/archtei (or ~/.cache/archtei).
  /// "-" turns the disk cache off.
  std::string cache_dir;
  /// Apply the RelaxNG schema. Off: only the rules of `schematron_path` (which must be set).
  bool relaxng = true;
};

/// The outcome for one document.
struct ValidationResult {
  bool valid = true;                  ///< no problem of Severity::Error
  std::vector<Diagnostic> problems;   ///< in document order, one per cause
};

/// A compiled schema pair. Construction loads the schemas; validate() is const and
/// thread-safe: many threads may validate with one Validator at once.
class Validator {
 public:
  /// Throws archtei::Error(ErrorKind::Schema) when a schema cannot be read or compiled.
  explicit Validator(const ValidationOptions& options);
  ~Validator();
  Validator(const Validator&) = delete;
  Validator& operator=(const Validator&) = delete;
  Validator(Validator&&) noexcept;
  Validator& operator=(Validator&&) noexcept;

  /// Validates the XML text `xml`; `file` names it in diagnostics (and anchors XInclude).
  /// Malformed XML is reported as a problem, not thrown.
  ValidationResult validate(std::string_view xml, const std::string& file) const;

  /// Reads and validates `path`. Throws archtei::Error(ErrorKind::Io) if it cannot be read.
  ValidationResult validate_file(const std::string& path) const;

  /// Prepares the schema for documents using these element local names (and attribute
  /// names as "@name", see scan_element_names), so later validate() calls on a batch do
  /// not compile again. Optional: validate() does it itself.
  void prepare(const std::vector<std::string>& element_names) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Adds the local names of the elements `xml` appears to use to `names`, and of its
/// attributes as "@name". A fast lexical scan (no parse) that may over-collect (names in
/// comments) but never misses a start tag; feed the union of a batch to Validator::prepare().
void scan_element_names(std::string_view xml, std::set<std::string>& names);

/// Reads a whole file; throws archtei::Error(ErrorKind::Io) when it cannot.
std::string read_text_file(const std::string& path);

}  // namespace archtei
