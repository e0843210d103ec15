// Reading RelaxNG's XML syntax from a libxml2 tree: which nodes are RelaxNG elements, and
// their attributes as strings. Shared by the loader, the slicer and the customizer.
#pragma once

#include <libxml/tree.h>

#include <cstring>
#include <string>

namespace archtei::rng_syntax {

inline constexpr const char* kRngNs = "http://relaxng.org/ns/structure/1.0";

/// An element in namespace `ns`.
inline bool in_namespace(const xmlNode* n, const char* ns) {
  return n->type == XML_ELEMENT_NODE && n->ns != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0;
}

/// A RelaxNG element (anything else in a schema is an annotation).
inline bool is_rng(const xmlNode* n) { return in_namespace(n, kRngNs); }

/// The RelaxNG element `name`.
inline bool is_rng(const xmlNode* n, const char* name) {
  return is_rng(n) && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

inline bool has_attribute(const xmlNode* n, const char* name) {
  return xmlHasNsProp(n, reinterpret_cast<const xmlChar*>(name), nullptr) != nullptr;
}

/// The unqualified attribute `name`, or "" when absent.
inline std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

/// Without the leading and trailing whitespace RelaxNG allows around names and tokens.
inline std::string trimmed(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  auto e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace archtei::rng_syntax
