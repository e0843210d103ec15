// RelaxNG XML syntax to simplified patterns: a schema document (one file: grammar, define,
// start, div, nested grammars, parentRef) to a PatternStore and its start pattern.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "validate/relaxng/rng_datatypes.h"
#include "validate/relaxng/rng_patterns.h"

namespace archtei::rng {

/// A compiled schema: shared read-only by every validating thread.
struct Schema {
  PatternStore patterns;  ///< copied by each thread, which then adds its derivatives
  Datatypes datatypes;
  PatternId start = PatternStore::kNotAllowed;
  /// Attributes typed ID, IDREF or IDREFS, by "namespace URI\x1Flocal name".
  std::unordered_map<std::string, IdType> id_attributes;
};

/// The schema uses something the loader leaves to libxml2 (include, externalRef).
struct Unsupported : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The schema is not correct RelaxNG; what() says why.
struct IncorrectSchema : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Compiles a parsed RelaxNG schema (XML syntax). Throws Unsupported or IncorrectSchema.
std::unique_ptr<Schema> load_schema(const xmlDoc* doc);

/// The key of Schema::id_attributes.
inline std::string attribute_key(const std::string& ns, const std::string& local) {
  return ns + '\x1F' + local;
}

}  // namespace archtei::rng
