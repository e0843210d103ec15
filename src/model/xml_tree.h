// A generic, lossless XML tree: how a TEI document read from a file (or rebuilt from
// JSON-LD) is held, so that foreign TEI survives a round trip untouched.
#pragma once

#include <cstddef>
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
///
/// A tree read from a file can nest deeper than the C++ stack allows recursion (a file of
/// 200,000 nested elements is a few megabytes), so copying, comparing and destroying a node
/// work through a stack of their own instead of recursing, and so does walk_xml().
struct XmlNode {
  XmlNodeKind kind = XmlNodeKind::Element;
  std::string name;
  std::string value;
  std::vector<XmlAttribute> attributes;
  std::vector<XmlNode> children;

  XmlNode() = default;
  XmlNode(const XmlNode& other);
  XmlNode(XmlNode&&) noexcept = default;
  XmlNode& operator=(const XmlNode& other);
  XmlNode& operator=(XmlNode&&) noexcept = default;
  ~XmlNode();

  bool operator==(const XmlNode& other) const;
};

/// A whole document: the prolog's nodes, the root element and anything after it, in order.
struct XmlDocument {
  std::vector<XmlNode> children;

  bool empty() const { return children.empty(); }
  bool operator==(const XmlDocument&) const = default;
};

/// Visits `root` and every node below it in document order without recursion.
/// `enter(node, depth)` is called before a node's children (`depth` 0 for `root`) and
/// returns whether to visit them; `leave(node, depth)` is called after the children of
/// every node whose children were visited.
template <class Enter, class Leave>
void walk_xml(const XmlNode& root, Enter&& enter, Leave&& leave) {
  struct Frame {
    const XmlNode* node;
    std::size_t next;
  };
  if (!enter(root, std::size_t{0})) return;
  std::vector<Frame> stack{{&root, 0}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next < top.node->children.size()) {
      const XmlNode& child = top.node->children[top.next++];
      if (enter(child, stack.size())) stack.push_back({&child, 0});
    } else {
      const XmlNode& done = *top.node;
      stack.pop_back();
      leave(done, stack.size());
    }
  }
}

/// Appends the character data (text and CDATA) of `node` and all its descendants, in
/// document order: XPath's string value of an element.
void append_string_value(const XmlNode& node, std::string& out);

}  // namespace archtei
