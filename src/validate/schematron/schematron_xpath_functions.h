// The XPath 2.0 functions and operators Schematron rules use, as libxml2 XPath extension
// functions over an XPath 1.0 context (the targets of schematron_xpath2.cpp's translation).
#pragma once

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <string>
#include <vector>

namespace archtei::schematron {

/// Per-evaluation state the extension functions reach through the context's userData.
/// One per thread (kept with its XPath context from document to document): never shared.
struct XPathRuntime {
  /// Holds the elements that stand for atomic items (strings, numbers, booleans) inside
  /// node-sets, which is how XPath 1.0 values carry XPath 2.0 sequences.
  xmlDocPtr scratch = nullptr;
  xmlNodePtr scratch_root = nullptr;
  /// The node the current rule fired on: what current() returns.
  xmlNodePtr current = nullptr;
  /// Compiled closure bodies (for/some/every/if branches), indexed by closure number.
  const std::vector<xmlXPathCompExprPtr>* closures = nullptr;
  /// The first dynamic error since the last reset (failed cast, bad regex, libxml2 error).
  std::string error;

  XPathRuntime();
  ~XPathRuntime();
  XPathRuntime(const XPathRuntime&) = delete;
  XPathRuntime& operator=(const XPathRuntime&) = delete;

  /// Frees the atomic items made so far; no value referring to them may survive.
  void clear_atomics();
};

/// The namespace of XML Schema types (`xs:` constructor functions).
inline constexpr const char* kXsNamespace = "http://www.w3.org/2001/XMLSchema";

/// A context for `doc` with every extension function registered and `runtime` attached.
/// The caller owns the context (xmlXPathFreeContext) and keeps `runtime` alive with it.
xmlXPathContextPtr new_xpath2_context(xmlDocPtr doc, XPathRuntime& runtime);

/// The items of a value as strings, in order (XPath 2.0 atomization).
std::vector<std::string> atomize(xmlXPathObjectPtr value);

}  // namespace archtei::schematron
