// Finds the first place two XML trees differ under Canonical XML, as a path and two values.
#pragma once

#include <optional>
#include <string>

#include "xml_tree.h"

namespace archtei {

/// Where two documents first differ: an XPath-like `path` ("/TEI[1]/text[1]/body[1]/p[3]",
/// ".../@n", ".../text()[2]") and a short rendering of each side ("(nothing)" when absent).
struct XmlDifference {
  std::string path;
  std::string left;
  std::string right;

  bool operator==(const XmlDifference&) const = default;
};

/// Compares the canonical forms of `left` and `right`; nullopt when they are equal.
std::optional<XmlDifference> first_xml_difference(const XmlDocument& left, const XmlDocument& right);

}  // namespace archtei
