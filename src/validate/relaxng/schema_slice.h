// Schema slicing: a RelaxNG grammar plus the element names a batch of documents uses, to a
// smaller grammar with the same verdict on those documents. An element pattern whose name
// never occurs can only match nothing there, so it becomes notAllowed; an optional attribute
// no document carries can only be absent, so it becomes empty; definitions no longer
// reachable from <start> are dropped. libxml2 then compiles a fraction of the schema.
#pragma once

#include <libxml/tree.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "validate/input/xml_input.h"

namespace archtei {

/// Element local names, and attribute local names as "@name", sorted (namespaces are
/// ignored: keeping too much is always safe).
using NameSet = std::set<std::string>;

/// A parsed RelaxNG grammar (XML syntax) ready to be sliced many times.
class RngGrammar {
 public:
  /// Takes the parsed schema. Grammars it cannot slice (includes, nested grammars) are
  /// kept whole: slice() then returns the schema unchanged.
  explicit RngGrammar(xml::DocPtr schema);

  /// The grammar restricted to documents whose element local names are all in `names`,
  /// as RelaxNG XML text.
  std::string slice(const NameSet& names) const;

  /// Whether slice() really prunes (false: it returns the schema whole).
  bool sliceable() const { return sliceable_; }

  /// Local names of every element the schema declares by name.
  NameSet declared_elements() const;

  /// `names` less those no slice depends on: elements the schema does not declare by name,
  /// attributes it does not declare optional. Documents that differ only in those share a
  /// slice, so a batch of documents with stray names needs no more slices than the schema
  /// has names. Empty when slice() returns the schema whole.
  NameSet relevant(const NameSet& names) const;

 private:
  xml::DocPtr schema_;
  bool sliceable_ = false;
  // define name -> every <define> of that name (combine= spreads one over several).
  std::map<std::string, std::vector<xmlNode*>> defines_;
  // define name -> element local name, for defines that are exactly one named element.
  std::map<std::string, std::string> element_defines_;
  // The names slice() looks at: those elements, and "@name" for each optional attribute.
  NameSet sliced_names_;
};

/// Element and attribute ("@name") local names used in a document tree.
NameSet element_names(const xmlDoc* doc);

/// 64-bit FNV-1a of `text`, as 16 hex digits: keys the schema caches.
std::string fnv1a_hex(std::string_view text);

}  // namespace archtei
