// The one compiled tei_all.rng validator of a test binary: libxml2 needs seconds to compile
// tei_all, so every test of the binary shares one.
#pragma once

#include <string>

#include "support/oracle.h"
#include "validate/validator.h"

namespace archtei::testing {

inline const std::string& tei_all_path() {
  static const std::string path = shared_dir() + "/tei/tei_all.rng";
  return path;
}

/// tei_all.rng with its Schematron rules.
inline const Validator& tei_all_validator() {
  static const Validator validator(ValidationOptions{tei_all_path(), "", true, false, "-"});
  return validator;
}

/// archtei's own customization, with its Schematron rules.
inline const Validator& archtei_validator() {
  static const Validator validator(ValidationOptions{});
  return validator;
}

}  // namespace archtei::testing
