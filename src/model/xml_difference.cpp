// Walks two canonical trees side by side and reports the first node that differs.
#include "xml_difference.h"

#include <algorithm>
#include <map>

#include "canonical_xml.h"

namespace archtei {
namespace {

constexpr std::size_t kMaxShown = 80;

std::string shorten(const std::string& s) {
  if (s.size() <= kMaxShown) return s;
  std::size_t cut = kMaxShown;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "...";
}

std::string quoted(const std::string& s) { return '"' + shorten(s) + '"'; }

std::string summary(const XmlNode& node) {
  switch (node.kind) {
    case XmlNodeKind::Element: {
      std::string tag = '<' + node.name;
      for (const auto& a : node.attributes) tag += ' ' + a.name + "=\"" + a.value + '"';
      return shorten(tag + '>');
    }
    case XmlNodeKind::Text:
    case XmlNodeKind::CData: return "text " + quoted(node.value);
    case XmlNodeKind::Comment: return "comment " + quoted(node.value);
    case XmlNodeKind::ProcessingInstruction: return "<?" + node.name + ' ' + shorten(node.value) + "?>";
    case XmlNodeKind::Doctype: return "DOCTYPE";
  }
  return {};
}

std::string step(const XmlNode& node, std::size_t position) {
  std::string n = '[' + std::to_string(position) + ']';
  switch (node.kind) {
    case XmlNodeKind::Element: return node.name + n;
    case XmlNodeKind::Comment: return "comment()" + n;
    case XmlNodeKind::ProcessingInstruction: return "processing-instruction(" + node.name + ')' + n;
    default: return "text()" + n;
  }
}

// Each child's XPath step, counting earlier siblings of the same kind and name.
std::vector<std::string> steps(const std::vector<XmlNode>& children) {
  std::map<std::string, std::size_t> seen;
  std::vector<std::string> out;
  for (const auto& child : children) {
    std::string key = std::to_string(static_cast<int>(child.kind)) + child.name;
    out.push_back(step(child, ++seen[key]));
  }
  return out;
}

// Whether two attribute lists differ, and where: the attribute's name and both sides.
std::optional<XmlDifference> compare_attributes(const XmlNode& left, const XmlNode& right) {
  std::size_t n = std::max(left.attributes.size(), right.attributes.size());
  for (std::size_t i = 0; i < n; ++i) {
    const XmlAttribute* a = i < left.attributes.size() ? &left.attributes[i] : nullptr;
    const XmlAttribute* b = i < right.attributes.size() ? &right.attributes[i] : nullptr;
    if (a && b && *a == *b) continue;
    std::string name = a && b && a->name != b->name ? std::min(a->name, b->name) : (a ? a->name : b->name);
    auto show = [](const XmlAttribute* x) { return x ? x->name + '=' + quoted(x->value) : std::string("(nothing)"); };
    return XmlDifference{"/@" + name, show(a), show(b)};
  }
  return std::nullopt;
}

// Walks both trees in step with a stack of its own (see xml_tree.h on depth); the path is
// put together only for the difference found.
std::optional<XmlDifference> compare_trees(const std::vector<XmlNode>& left, const std::vector<XmlNode>& right) {
  struct Frame {
    const std::vector<XmlNode>* left;
    const std::vector<XmlNode>* right;
    std::vector<std::string> left_steps, right_steps;
    std::string step;  // of the node whose children these are; empty for the document
    std::size_t next = 0;
  };
  std::vector<Frame> stack;
  stack.push_back({&left, &right, steps(left), steps(right), {}});
  auto path_to = [&stack](const std::string& last) {
    std::string path;
    for (const auto& frame : stack)
      if (!frame.step.empty()) path += '/' + frame.step;
    return path + '/' + last;
  };
  while (!stack.empty()) {
    Frame& f = stack.back();
    const std::size_t n = std::min(f.left->size(), f.right->size());
    if (f.next == n) {
      if (f.left->size() > n) return XmlDifference{path_to(f.left_steps[n]), summary((*f.left)[n]), "(nothing)"};
      if (f.right->size() > n) return XmlDifference{path_to(f.right_steps[n]), "(nothing)", summary((*f.right)[n])};
      stack.pop_back();
      continue;
    }
    const std::size_t i = f.next++;
    const XmlNode& a = (*f.left)[i];
    const XmlNode& b = (*f.right)[i];
    std::string step = f.left_steps[i];
    if (a.kind != b.kind || a.name != b.name) return XmlDifference{path_to(step), summary(a), summary(b)};
    if (a.kind != XmlNodeKind::Element) {
      if (a.value != b.value) return XmlDifference{path_to(step), summary(a), summary(b)};
      continue;
    }
    if (auto d = compare_attributes(a, b)) {
      d->path = path_to(step) + d->path;
      return d;
    }
    stack.push_back({&a.children, &b.children, steps(a.children), steps(b.children), std::move(step)});
  }
  return std::nullopt;
}

}  // namespace

std::optional<XmlDifference> first_xml_difference(const XmlDocument& left, const XmlDocument& right) {
  return compare_trees(canonicalize(left).children, canonicalize(right).children);
}

}  // namespace archtei
