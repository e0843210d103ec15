// A generic, lossless XML tree: how a TEI document read from a file (or rebuilt from
// JSON-LD) is held, so that foreign TEI survives a round trip untouched.
#pragma once

#include <string>
#include <vector>

namespace archtei {

enum class XmlNodeKind {
  Element,                ///< `name` = qualified name as written; `attributes`; `children`
  Text,                   ///< `value` = character data, whitespace intact
  CData,                  ///< `value` = CDATA section content
  Comment,                ///< `value` = comment text
  ProcessingInstruction,  ///< `name` = target, `value` = data
  Doctype,                ///< `value` = the DOCTYPE declaration's content as written
};

/// An attribute as written, namespace declarations (`xmlns`, `xmlns:p`) included, in order.
struct XmlAttribute {
  std::string name;
  std::string value;

  bool operator==(const XmlAttribute&) const = default;
};

/// One node of the tree. Which fields are used depends on `kind`.
struct XmlNode {
  XmlNodeKind kind = XmlNodeKind::Element;
  std::string name;
  std::string value;
  std::vector<XmlAttribute> attributes;
  std::vector<XmlNode> children;

  bool operator==(const XmlNode&) const = default;
};

/// A whole document: the prolog's nodes, the root element and anything after it, in order.
struct XmlDocument {
  std::vector<XmlNode> children;

  bool empty() const { return children.empty(); }
  bool operator==(const XmlDocument&) const = default;
};

}  // namespace archtei
