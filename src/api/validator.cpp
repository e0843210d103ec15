// The public Validator: options to the library's Validator, its problems to public
// diagnostics. The library's Validator is already thread-safe; this adds no state.
#include "archtei/validator.h"

#include <algorithm>
#include <cctype>

#include "api/api_types.h"
#include "validate/validator.h"

namespace archtei::api {

using bridge::append_public;
using bridge::translate_errors;

namespace {

bool is_schematron_file(const std::string& path) {
  std::string lower = path;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.ends_with(".sch");
}

archtei::ValidationOptions library_options(const ValidatorOptions& options) {
  archtei::ValidationOptions out;
  if (is_schematron_file(options.schema)) {
    if (!options.schematron)
      throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, options.schema, 0, 0,
                                               "a Schematron file with its rules turned off checks nothing", "usage"});
    out.relaxng = false;
    out.schematron_path = options.schema;
  } else {
    out.schema_path = options.schema;
    out.schematron = options.schematron;
  }
  return out;
}

}  // namespace

struct Validator::Impl {
  explicit Impl(const archtei::ValidationOptions& options) : validator(options) {}
  archtei::Validator validator;
};

Validator::Validator(const ValidatorOptions& options)
    : impl_(translate_errors([&] { return std::make_unique<Impl>(library_options(options)); })) {}
Validator::Validator(Validator&&) noexcept = default;
Validator& Validator::operator=(Validator&&) noexcept = default;
Validator::~Validator() = default;

ValidationResult Validator::validate(std::string_view xml, const std::string& file) const {
  return translate_errors([&] {
    archtei::ValidationResult verdict = impl_->validator.validate(xml, file);
    ValidationResult result;
    result.valid = verdict.valid;
    append_public(verdict.problems, result.problems);
    return result;
  });
}

}  // namespace archtei::api
