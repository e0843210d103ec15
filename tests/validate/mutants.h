// Broken-variant generator: a valid TEI document to many deliberately broken copies, one
// mutation each (missing required children, wrong order, unknown elements and attributes,
// bad dates and enumerated values, dangling pointers, duplicate IDs, stray text,
// Schematron-only violations), for the agreement tests against jing.
#pragma once

#include <string>
#include <vector>

namespace archtei::testing {

struct Mutant {
  std::string mutation;  ///< e.g. "remove-titleStmt"
  std::string xml;
};

/// Every mutation that applies to `xml` (a mutation that finds nothing to change is left
/// out); `truncated` adds a copy cut in half (not well-formed).
std::vector<Mutant> make_mutants(const std::string& xml, bool truncated);

/// `xml` with one element inserted into its first paragraph (or other phrase-level holder)
/// that is valid RelaxNG but breaks one tei_all Schematron rule; `which` picks the rule, in
/// turn. Empty `xml` in the result when the document has no such holder.
Mutant break_one_schematron_rule(const std::string& xml, std::size_t which);

/// The names of all mutations, in the order make_mutants tries them.
std::vector<std::string> mutation_names();

}  // namespace archtei::testing
