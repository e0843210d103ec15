// archtei's verdicts equal the reference's on every file of the agreement corpus: RelaxNG
// against jing on tei_all.rng, Schematron against jing (with Saxon) on tei_all.isosch.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "agreement_corpus.h"
#include "validate/validator.h"

namespace archtei {
namespace {

using testing::agreement_cases;
using testing::AgreementCase;
using testing::jing_verdicts;

// The element names of the whole corpus, so each Validator compiles one slice for it.
std::vector<std::string> corpus_names() {
  std::set<std::string> names;
  for (const AgreementCase& c : agreement_cases()) {
    std::ifstream in(c.path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    scan_element_names(s.str(), names);
  }
  // XInclude targets are not listed as cases but are part of the documents jing sees.
  names.insert("encodingDesc");
  return {names.begin(), names.end()};
}

// tei_all.rng compiled once for the whole binary (sliced to the corpus' element names).
const Validator& tei_all_relaxng() {
  static const Validator v = [] {
    ValidationOptions o;
    o.schema_path = testing::tei_all_rng();
    o.schematron = false;
    o.xinclude = true;  // jing resolves XInclude too
    o.cache_dir = "-";
    Validator v(o);
    v.prepare(corpus_names());
    return v;
  }();
  return v;
}

const Validator& tei_all_schematron() {
  static const Validator v = [] {
    ValidationOptions o;
    o.schema_path = testing::tei_all_rng();
    o.schematron_path = testing::tei_all_isosch();
    o.xinclude = true;
    o.cache_dir = "-";
    Validator v(o);
    v.prepare(corpus_names());
    return v;
  }();
  return v;
}

bool is_schematron(const Diagnostic& d) { return d.code.rfind("schematron", 0) == 0; }

std::string listing(const ValidationResult& r) {
  std::string out;
  for (const auto& d : r.problems) out += "\n    " + format_diagnostic(d);
  return out;
}

// RelaxNG verdict: well-formed and no RelaxNG error.
bool relaxng_valid(const ValidationResult& r) {
  for (const auto& d : r.problems)
    if (d.severity == Severity::Error && !is_schematron(d)) return false;
  return true;
}

// Schematron verdict, as jing gives it on an .isosch: well-formed and no failed rule.
bool schematron_valid(const ValidationResult& r) {
  for (const auto& d : r.problems) {
    if (d.severity != Severity::Error) continue;
    if (is_schematron(d) || d.code == "xml-malformed" || d.code == "xinclude") return false;
  }
  return true;
}

struct Tally {
  int cases = 0, valid = 0, invalid = 0;
};

Tally compare_relaxng(const std::string& group) {
  const auto& reference = jing_verdicts(testing::tei_all_rng());
  const Validator& v = tei_all_relaxng();
  Tally t;
  for (const AgreementCase& c : agreement_cases()) {
    if (c.group != group) continue;
    ++t.cases;
    ValidationResult r = v.validate_file(c.path);
    bool ours = relaxng_valid(r);
    (ours ? t.valid : t.invalid)++;
    EXPECT_EQ(ours, reference.at(c.path)) << c.label << " (" << c.path << "): jing says "
                                          << (reference.at(c.path) ? "valid" : "invalid") << listing(r);
    // A verdict of invalid always comes with at least one reason.
    if (!ours) {
      EXPECT_FALSE(r.problems.empty()) << c.label;
    }
  }
  return t;
}

Tally compare_schematron(const std::string& group) {
  const auto& reference = jing_verdicts(testing::tei_all_isosch());
  const Validator& v = tei_all_schematron();
  Tally t;
  for (const AgreementCase& c : agreement_cases()) {
    if (c.group != group) continue;
    ++t.cases;
    ValidationResult r = v.validate_file(c.path);
    bool ours = schematron_valid(r);
    (ours ? t.valid : t.invalid)++;
    EXPECT_EQ(ours, reference.at(c.path)) << c.label << " (" << c.path << "): jing+Saxon says "
                                          << (reference.at(c.path) ? "valid" : "invalid") << listing(r);
  }
  return t;
}

TEST(RelaxNGAgreement, ThirdPartyCorpusMatchesJing) {
  Tally t = compare_relaxng("corpus");
  EXPECT_GE(t.cases, 56);
  EXPECT_GE(t.invalid, 7);  // the corpus' invalid/ folder
}

TEST(RelaxNGAgreement, GoldenFixturesMatchJing) {
  Tally t = compare_relaxng("golden");
  EXPECT_GE(t.cases, 40);
  EXPECT_EQ(t.valid, t.cases);  // archtei writes valid TEI, and jing agreed on each above
}

TEST(RelaxNGAgreement, BrokenVariantsMatchJing) {
  Tally t = compare_relaxng("mutant");
  EXPECT_GE(t.cases, 100);
  EXPECT_GE(t.invalid, 50);  // most mutations break RelaxNG validity
}

TEST(SchematronAgreement, ThirdPartyCorpusMatchesJing) {
  Tally t = compare_schematron("corpus");
  EXPECT_GE(t.cases, 56);
  // Every corpus document passes every rule; the same documents with one rule broken each
  // must be found invalid, by jing and (compared above) by archtei.
  const auto& reference = jing_verdicts(testing::tei_all_isosch());
  Tally broken = compare_schematron("corpus-rule");
  EXPECT_GE(broken.cases, 40);
  EXPECT_EQ(broken.invalid, broken.cases);
  for (const AgreementCase& c : agreement_cases())
    if (c.group == "corpus-rule") {
      EXPECT_FALSE(reference.at(c.path)) << "jing+Saxon finds no broken rule in " << c.label;
    }
}

TEST(SchematronAgreement, GoldenFixturesMatchJing) {
  Tally t = compare_schematron("golden");
  EXPECT_GE(t.cases, 40);
  EXPECT_EQ(t.valid, t.cases);
}

TEST(SchematronAgreement, BrokenVariantsMatchJing) {
  Tally t = compare_schematron("mutant");
  EXPECT_GE(t.cases, 100);
  EXPECT_GE(t.invalid, 1);  // @when with @notBefore, at least
}

}  // namespace
}  // namespace archtei
