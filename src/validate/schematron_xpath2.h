// XPath 2.0 (the subset ISO Schematron rules with queryBinding xslt2 use) to XPath 1.0 text
// that libxml2 compiles, with the 2.0-only constructs turned into extension-function calls.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace archtei::schematron {

/// Raised for an expression outside the supported subset; the message says what and where.
class XPathTranslateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Translates expressions. Constructs that need lazy evaluation (`for`, `some`, `every`,
/// `if`) become calls carrying the index of a *closure*: an XPath 1.0 body stored in
/// `closures()`, compiled once by the caller and evaluated by the extension functions.
///
/// The translation keeps XPath 1.0 semantics where they agree with 2.0 and maps:
/// value comparisons (`eq`, `ne`, `lt`, `le`, `gt`, `ge`) to general ones (equal for the
/// singletons they take); `||` to concat(); sequences `(a, b)` to `xpath2-seq(a, b)`;
/// `except`, `intersect`, `is`, `<<`, `>>` to functions; `cast as`, `castable as` and
/// `xs:T(...)` constructors to `xs:T(...)` / `xpath2-castable('xs:T', ...)`.
///
/// Limits, each either exact for the rules at hand or reported rather than guessed:
/// anything outside the grammar (`to`, `instance of`, `treat as`, kind tests other than
/// node()/text()/comment()/processing-instruction(), steps that are not axis steps after
/// `/`, unknown functions or cast types) raises XPathTranslateError; a sequence of document
/// nodes listed out of document order is seen in document order, except under a numeric or
/// last() predicate on a literal sequence, which keeps the written order; numbers in
/// messages are formatted the XPath 1.0 way.
class XPathTranslator {
 public:
  /// An XPath 2.0 expression as XPath 1.0.
  std::string translate(std::string_view xpath2);
  /// An XSLT match pattern (a rule's @context) as an XPath 1.0 expression selecting, from
  /// the document node, every node the pattern matches.
  std::string translate_pattern(std::string_view pattern);

  /// Closure bodies referenced by index from translated expressions.
  const std::vector<std::string>& closures() const { return closures_; }

 private:
  std::vector<std::string> closures_;
};

}  // namespace archtei::schematron
