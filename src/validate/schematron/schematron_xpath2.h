// XPath 2.0 (the subset ISO Schematron rules with queryBinding xslt2 use) to XPath 1.0 text
// that libxml2 compiles, with the 2.0-only constructs turned into extension-function calls.
#pragma once

#include <set>
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

/// An element name test as written: `prefix` is empty for no namespace, `local` is "*" for
/// any local name; {"", "*"} is XPath 1.0's `*`, any element in any namespace.
struct ElementName {
  std::string prefix;
  std::string local;
  bool operator==(const ElementName&) const = default;
};

/// One alternative of a rule context (`a | b` has two) as far as it is statically known.
/// Every node the alternative matches is an element named by `element` (or, if not
/// `selects_elements`, an attribute: `a/@b`), and no such node exists unless the document
/// contains an element of each name in `required`.
struct PatternBranch {
  bool selects_elements = true;
  ElementName element;                ///< when selects_elements
  std::vector<ElementName> required;  ///< exact names only (no "*"); includes `element`'s
  /// Whether the alternative can be decided node by node from the fields below, without
  /// evaluating the pattern from the root: an element matches exactly when it passes the
  /// name test, is the document element if `root_only`, has every attribute of
  /// `with_attributes` and none of `without_attributes` (no-namespace attributes), is not
  /// named by `not_self`, and `filter` (XPath 1.0 evaluated with the element as context
  /// node; empty: none) selects a node. Only single-step patterns whose predicates do not
  /// depend on position, size or current() qualify.
  bool direct = false;
  bool root_only = false;
  std::vector<std::string> with_attributes;
  std::vector<std::string> without_attributes;
  std::vector<ElementName> not_self;
  std::string filter;
};

/// What a rule context can match. `known` is false when some alternative's last step is
/// neither an element name test on the child axis nor an attribute step (`..`, `node()`,
/// a lone `/`), so only evaluating the whole pattern tells.
struct PatternPlan {
  bool known = false;
  std::vector<PatternBranch> branches;
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

  /// The static analysis of an XSLT match pattern (see PatternPlan). `prefixes` are the
  /// namespace prefixes the evaluation context declares: a name test with any other prefix
  /// fails at run time, so it is never moved ahead of other tests. May add closures.
  PatternPlan plan_pattern(std::string_view pattern, const std::set<std::string>& prefixes);

  /// Closure bodies referenced by index from translated expressions.
  const std::vector<std::string>& closures() const { return closures_; }

 private:
  std::vector<std::string> closures_;
};

}  // namespace archtei::schematron
