// The rules of XML names and of Namespaces in XML 1.0 that a tree must keep to be written
// as XML: one set of checks for every reader (TEI files, and JSON-LD's layer 2), so that
// whatever one reader accepts archtei can write and read back through the other.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/xml_tree.h"

namespace archtei::xml {

/// A QName: an XML Name with at most one colon, neither first nor last.
bool is_qname(std::string_view s);

/// A processing instruction's target: an XML Name with no colon (Namespaces in XML) that is
/// not "xml" in any case.
bool is_pi_target(std::string_view s);

/// The prefix of a qualified name; empty when it has none.
std::string_view prefix_of(std::string_view qname);

/// What is wrong with an element's name or attributes, and where.
struct NamespaceProblem {
  enum class Part {
    Whole,  ///< the attribute as a whole (a declaration that may not be made)
    Name,   ///< the attribute's (or, with no attribute, the element's) name
    Value,  ///< the attribute's value
  };
  std::string message;
  /// The attribute at fault, by index; npos for the element's own name.
  std::size_t attribute = std::string::npos;
  Part part = Part::Name;
};

/// The namespace prefixes in scope while a tree is read from the root down.
class NamespaceScopes {
 public:
  /// Checks an element's name and attributes (QNames; xmlns declarations that bind no
  /// reserved name wrongly and no prefix to ""; prefixes declared) and enters the scope of
  /// its declarations. On a problem the element is not entered.
  std::optional<NamespaceProblem> enter(const XmlNode& element);
  /// Leaves the innermost element entered.
  void leave();

 private:
  std::string_view resolve(std::string_view prefix) const;

  std::vector<std::pair<std::string, std::string>> bindings_;  // prefix -> namespace, innermost last
  std::vector<std::size_t> marks_;                             // bindings_.size() at each element entered
};

}  // namespace archtei::xml
