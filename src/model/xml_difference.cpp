// Walks two canonical trees side by side and reports the first node that differs.
#include "xml_difference.h"

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

std::optional<XmlDifference> compare_children(const std::vector<XmlNode>& left,
                                              const std::vector<XmlNode>& right, const std::string& path);

std::optional<XmlDifference> compare_nodes(const XmlNode& left, const XmlNode& right, const std::string& path) {
  if (left.kind != right.kind || left.name != right.name)
    return XmlDifference{path, summary(left), summary(right)};
  if (left.kind != XmlNodeKind::Element) {
    if (left.value != right.value) return XmlDifference{path, summary(left), summary(right)};
    return std::nullopt;
  }
  std::size_t n = std::max(left.attributes.size(), right.attributes.size());
  for (std::size_t i = 0; i < n; ++i) {
    const XmlAttribute* a = i < left.attributes.size() ? &left.attributes[i] : nullptr;
    const XmlAttribute* b = i < right.attributes.size() ? &right.attributes[i] : nullptr;
    if (a && b && *a == *b) continue;
    std::string name = a && b && a->name != b->name ? std::min(a->name, b->name) : (a ? a->name : b->name);
    auto show = [](const XmlAttribute* x) { return x ? x->name + '=' + quoted(x->value) : std::string("(nothing)"); };
    return XmlDifference{path + "/@" + name, show(a), show(b)};
  }
  return compare_children(left.children, right.children, path);
}

std::optional<XmlDifference> compare_children(const std::vector<XmlNode>& left,
                                              const std::vector<XmlNode>& right, const std::string& path) {
  auto left_steps = steps(left), right_steps = steps(right);
  std::size_t n = std::min(left.size(), right.size());
  for (std::size_t i = 0; i < n; ++i)
    if (auto d = compare_nodes(left[i], right[i], path + '/' + left_steps[i])) return d;
  if (left.size() > n) return XmlDifference{path + '/' + left_steps[n], summary(left[n]), "(nothing)"};
  if (right.size() > n) return XmlDifference{path + '/' + right_steps[n], "(nothing)", summary(right[n])};
  return std::nullopt;
}

}  // namespace

std::optional<XmlDifference> first_xml_difference(const XmlDocument& left, const XmlDocument& right) {
  return compare_children(canonicalize(left).children, canonicalize(right).children, "");
}

}  // namespace archtei
