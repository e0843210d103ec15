// ISO Schematron on libxml2's XPath engine: a schema (an .sch/.isosch file, or the rules
// embedded in a RelaxNG schema) compiled once, then TEI documents checked against it.
//
// Usage:
//
//   auto rules = archtei::SchematronSchema::from_relaxng_embedded("tei_all.rng");
//   // or SchematronSchema::from_file("tei_all.isosch")
//   for (const archtei::Diagnostic& w : rules.problems()) report(w);  // rules not compiled
//   std::vector<archtei::Diagnostic> found = rules.check(doc, "letter.xml");
//   // each: letter.xml:12: error: The @when attribute cannot be used with ... [schematron:<pattern id>]
//
// check() is const and thread-safe: compiled expressions are shared (libxml2 only caches
// in them the function it resolved for a call, the same value from every thread) and every
// thread has its own XPath context, kept from call to call. A failed assertion is an error
// whatever its @role ("warning", "nonfatal"), as the reference (jing) counts it. The rules'
// XPath 2.0 is translated to XPath 1.0 plus extension functions (schematron_xpath2.h,
// schematron_xpath_functions.h); a rule outside the supported subset is listed in problems()
// and reported by every check() as a warning, so it never passes silently. Phases are not
// implemented: every pattern is active, which is the default phase of a schema that declares
// none (tei_all declares none).
//
// A rule's context is not evaluated from the root for every rule: the document's elements
// are listed once by name, rules whose context needs an element the document lacks are
// skipped, and single-step contexts (`tei:p[@n]`) are tested on the elements of that name
// only (schematron::PatternPlan says when that is exact).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace archtei {

/// Counts of what a schema holds, for reports and tests.
struct SchematronStats {
  std::size_t patterns = 0;
  std::size_t rules = 0;
  std::size_t assertions = 0;  ///< sch:assert plus sch:report
};

/// What one check() did: how many rules it could skip because the document lacks the
/// elements their context needs, for tests and benchmarks.
struct SchematronCheckStats {
  std::size_t rules_evaluated = 0;  ///< rules whose context was matched against the document
  std::size_t rules_skipped = 0;    ///< rules no element of the document can match
  std::size_t firings = 0;          ///< (rule, node) pairs whose assertions were tested
};

/// Choices where Schematron implementations differ.
struct SchematronOptions {
  /// Also fire rules whose context matches attributes (and other non-element nodes), as
  /// the ISO skeleton XSLT does. Off by default: jing, the reference, fires rules on
  /// elements only, so `tei:rt/@target`-style contexts never fire there.
  bool match_non_elements = false;
};

/// A compiled ISO Schematron schema.
class SchematronSchema {
 public:
  /// Reads an ISO Schematron file (root sch:schema). Throws Error(ErrorKind::Schema).
  static SchematronSchema from_file(const std::string& path, SchematronOptions options = {});
  /// Reads the sch:ns, sch:let and sch:pattern elements embedded in a RelaxNG schema.
  static SchematronSchema from_relaxng_embedded(const std::string& path,
                                                SchematronOptions options = {});
  /// Either kind of schema from text in memory; `name` is used in messages.
  static SchematronSchema from_memory(std::string_view xml, const std::string& name,
                                      SchematronOptions options = {});

  ~SchematronSchema();
  SchematronSchema(SchematronSchema&&) noexcept;
  SchematronSchema& operator=(SchematronSchema&&) noexcept;
  SchematronSchema(const SchematronSchema&) = delete;
  SchematronSchema& operator=(const SchematronSchema&) = delete;

  /// Runs every pattern over `doc`. Returns one Error per failed assert or successful
  /// report (at the line of the node the rule fired on, code `schematron:<pattern id>` or
  /// `schematron:<rule context>`), an Error per rule whose evaluation failed at run time
  /// (e.g. a failed cast, code `schematron-dynamic`), and a Warning per rule that could not
  /// be compiled (code `schematron-unsupported`). Sorted by line. `stats`, if given, is
  /// filled in.
  std::vector<Diagnostic> check(xmlDocPtr doc, const std::string& file,
                                SchematronCheckStats* stats = nullptr) const;

  /// Rules or assertions that could not be compiled, as warnings naming the schema.
  const std::vector<Diagnostic>& problems() const;

  SchematronStats stats() const;

  struct Impl;  ///< opaque: the compiled schema

 private:
  explicit SchematronSchema(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

namespace schematron {

/// The Schematron elements of a schema document in document order: the children of an
/// sch:schema root, or for any other root (RelaxNG) every sch:ns, sch:let and sch:pattern
/// found anywhere, with a lone sch:rule standing for a pattern of its own.
std::vector<xmlNodePtr> extract_schematron(xmlDocPtr schema);

/// The ISO Schematron namespace.
inline constexpr const char* kSchNamespace = "http://purl.oclc.org/dsdl/schematron";

}  // namespace schematron
}  // namespace archtei
