// The agreement corpus: third-party TEI (valid and invalid per jing), the golden fixtures'
// TEI, and generated broken variants, with jing's verdicts computed in the same test run.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace archtei::testing {

/// One file the verdicts are compared on.
struct AgreementCase {
  std::string path;   ///< absolute
  std::string group;  ///< "corpus", "corpus-rule" (one Schematron rule broken), "golden" or "mutant"
  std::string label;  ///< for messages: corpus path, fixture name, or source + mutation
};

/// All cases, built once (mutants are written to a temporary folder on first use).
const std::vector<AgreementCase>& agreement_cases();

/// jing's verdict (true: valid) for every case against `schema` (a .rng or .isosch file),
/// from as few jing runs as possible; computed once per schema per test binary.
const std::map<std::string, bool>& jing_verdicts(const std::string& schema);

/// The shared TEI schemas.
std::string tei_all_rng();
std::string tei_all_isosch();

}  // namespace archtei::testing
