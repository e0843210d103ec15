// Small helpers for building archtei's XmlNode trees by hand, used by the TEI encoders.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/xml_tree.h"

namespace archtei::xml {

/// An element with the given attributes and no children.
inline XmlNode element(std::string name, std::vector<XmlAttribute> attributes = {}) {
  XmlNode n;
  n.kind = XmlNodeKind::Element;
  n.name = std::move(name);
  n.attributes = std::move(attributes);
  return n;
}

/// A text node holding `value` as character data.
inline XmlNode text(std::string value) {
  XmlNode n;
  n.kind = XmlNodeKind::Text;
  n.value = std::move(value);
  return n;
}

/// Appends `child` to `parent` and returns the appended node.
inline XmlNode& append(XmlNode& parent, XmlNode child) {
  parent.children.push_back(std::move(child));
  return parent.children.back();
}

/// Appends character data, merging with a preceding text node so a tree never holds two
/// adjacent text nodes (a parser could not tell them apart).
inline void append_text(XmlNode& parent, std::string_view value) {
  if (value.empty()) return;
  if (!parent.children.empty() && parent.children.back().kind == XmlNodeKind::Text)
    parent.children.back().value += value;
  else
    parent.children.push_back(text(std::string(value)));
}

/// `<name attributes>value</name>`, or `<name attributes/>` when value is empty.
inline XmlNode text_element(std::string name, std::string_view value,
                            std::vector<XmlAttribute> attributes = {}) {
  XmlNode n = element(std::move(name), std::move(attributes));
  append_text(n, value);
  return n;
}

/// The attribute's value, or nullptr when the element has none of that name.
inline const std::string* attribute(const XmlNode& node, std::string_view name) {
  for (const auto& a : node.attributes)
    if (a.name == name) return &a.value;
  return nullptr;
}

}  // namespace archtei::xml
