// The XML tree's copy, comparison and destruction, each over a stack of its own so that
// no depth of nesting can exhaust the C++ stack.
#include "xml_tree.h"

#include <utility>

namespace archtei {
namespace {

// Everything of a node but its children.
void copy_fields(XmlNode& to, const XmlNode& from) {
  to.kind = from.kind;
  to.name = from.name;
  to.value = from.value;
  to.attributes = from.attributes;
}

// Gives `to` a copy of `from`'s children, level by level.
void copy_children(XmlNode& to, const XmlNode& from) {
  std::vector<std::pair<XmlNode*, const XmlNode*>> pending{{&to, &from}};
  while (!pending.empty()) {
    auto [target, source] = pending.back();
    pending.pop_back();
    // Sized once: the addresses kept in `pending` stay valid.
    target->children.resize(source->children.size());
    for (std::size_t i = 0; i < source->children.size(); ++i) {
      copy_fields(target->children[i], source->children[i]);
      if (!source->children[i].children.empty())
        pending.emplace_back(&target->children[i], &source->children[i]);
    }
  }
}

bool same_fields(const XmlNode& a, const XmlNode& b) {
  return a.kind == b.kind && a.name == b.name && a.value == b.value && a.attributes == b.attributes &&
         a.children.size() == b.children.size();
}

}  // namespace

XmlNode::XmlNode(const XmlNode& other) {
  copy_fields(*this, other);
  copy_children(*this, other);
}

XmlNode& XmlNode::operator=(const XmlNode& other) {
  if (this != &other) {
    XmlNode copy(other);
    *this = std::move(copy);
  }
  return *this;
}

XmlNode::~XmlNode() {
  if (children.empty()) return;
  // Each node is destroyed only once its children have been moved out, so no destructor
  // below this one has anything to recurse into.
  std::vector<std::vector<XmlNode>> pending;
  pending.push_back(std::move(children));
  while (!pending.empty()) {
    std::vector<XmlNode> nodes = std::move(pending.back());
    pending.pop_back();
    for (auto& n : nodes)
      if (!n.children.empty()) pending.push_back(std::move(n.children));
  }
}

bool XmlNode::operator==(const XmlNode& other) const {
  std::vector<std::pair<const XmlNode*, const XmlNode*>> pending{{this, &other}};
  while (!pending.empty()) {
    auto [a, b] = pending.back();
    pending.pop_back();
    if (!same_fields(*a, *b)) return false;
    for (std::size_t i = 0; i < a->children.size(); ++i) pending.emplace_back(&a->children[i], &b->children[i]);
  }
  return true;
}

void append_string_value(const XmlNode& node, std::string& out) {
  walk_xml(
      node,
      [&out](const XmlNode& n, std::size_t) {
        if (n.kind == XmlNodeKind::Text || n.kind == XmlNodeKind::CData) out += n.value;
        return n.kind == XmlNodeKind::Element;
      },
      [](const XmlNode&, std::size_t) {});
}

}  // namespace archtei
