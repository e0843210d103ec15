// Fuzz target: any bytes validated against archtei's RelaxNG schema (the derivative
// validator, and libxml2's for the messages), Schematron off.
#include "fuzz_target.h"
#include "validate/validator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archtei;
  static const Validator validator = [] {
    ValidationOptions options;
    options.schematron = false;
    options.cache_dir = "-";  // no compiled slices left on disk between runs
    return Validator(options);
  }();
  ValidationResult result = validator.validate(fuzz::as_text(data, size), "fuzz.xml");
  fuzz::expect(result.valid || !result.problems.empty(), "an invalid document is told why");
  return 0;
}
