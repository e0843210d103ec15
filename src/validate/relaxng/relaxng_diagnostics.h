// RelaxNG diagnostics: libxml2's validity errors to one Diagnostic per cause, each with the
// element path as written, a column, and a stable rule code.
#pragma once

#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace archtei {

/// One raw libxml2 validity error.
struct RawValidityError {
  int code = 0;               ///< xmlRelaxNGValidErr
  const xmlNode* node = nullptr;
  int line = 0;
  std::string str1, str2;     ///< the names/values libxml2 reports
  std::string message;
};

/// Collects raw errors; pass as the structured error callback's data.
struct RawErrorCollector {
  std::vector<RawValidityError> errors;
  static void callback(void* data, xmlErrorPtr error);
};

/// Where an element sits, with prefixes as written: /TEI/text/body/div[2]/p.
std::string element_path(const xmlNode* node);

/// The 1-based column of `node`'s start tag in `source`, or 0 when it cannot be told.
std::size_t element_column(const xmlNode* node, std::string_view source);

/// Turns raw errors into diagnostics for `file`: drops libxml2's follow-on errors (an
/// ancestor's "failed to validate content" after a precise error inside it, repeated
/// duplicate-ID reports) and words the rest for people.
/// `declared` holds the element local names the schema declares in `schema_ns`, and
/// `declared_attributes` its unqualified attribute names: an element of that namespace, or
/// an unqualified attribute on one, that the schema never declares is reported as such, which is more precise than anything
/// libxml2 says about its ancestors.
std::vector<Diagnostic> relaxng_diagnostics(const std::vector<RawValidityError>& raw,
                                            const std::string& file, std::string_view source,
                                            const xmlDoc* doc, const std::set<std::string>& declared,
                                            const std::set<std::string>& declared_attributes,
                                            const std::string& schema_ns);

}  // namespace archtei
