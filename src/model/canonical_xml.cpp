// Implements W3C Canonical XML 1.0 for whole documents, on archtei's XML tree.
#include "canonical_xml.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>

namespace archtei {
namespace {

using Bindings = std::map<std::string, std::string, std::less<>>;  // prefix -> namespace name

bool is_declaration(std::string_view name) { return name == "xmlns" || name.starts_with("xmlns:"); }

std::string declared_prefix(std::string_view name) {
  return name == "xmlns" ? std::string() : std::string(name.substr(6));
}

std::pair<std::string_view, std::string_view> split_qname(std::string_view qname) {
  auto colon = qname.find(':');
  if (colon == std::string_view::npos) return {{}, qname};
  return {qname.substr(0, colon), qname.substr(colon + 1)};
}

void append_text(std::vector<XmlNode>& out, const std::string& value) {
  if (value.empty()) return;
  if (!out.empty() && out.back().kind == XmlNodeKind::Text) {
    out.back().value += value;
  } else {
    XmlNode text;
    text.kind = XmlNodeKind::Text;
    text.value = value;
    out.push_back(std::move(text));
  }
}

// An element's canonical start: its name, then the namespace declarations that differ from
// `parent`'s bindings (C14N renders a namespace node only where its value differs from the
// parent's), then its attributes in canonical order. `scope` receives the bindings in scope
// at the element.
XmlNode canonical_start(const XmlNode& element, const Bindings& parent, Bindings& scope) {
  XmlNode out;
  out.kind = XmlNodeKind::Element;
  out.name = element.name;
  scope = parent;
  std::vector<XmlAttribute> declarations, attributes;
  for (const auto& a : element.attributes) {
    if (!is_declaration(a.name)) {
      attributes.push_back(a);
      continue;
    }
    std::string prefix = declared_prefix(a.name);
    if (prefix == "xml") continue;
    auto it = parent.find(prefix);
    std::string_view inherited = it == parent.end() ? std::string_view() : std::string_view(it->second);
    scope[prefix] = a.value;
    if (inherited != a.value) declarations.push_back(a);
  }
  std::sort(declarations.begin(), declarations.end(), [](const XmlAttribute& x, const XmlAttribute& y) {
    return declared_prefix(x.name) < declared_prefix(y.name);
  });
  auto key = [&](const XmlAttribute& a) {
    auto [prefix, local] = split_qname(a.name);
    std::string uri;
    if (prefix == "xml") uri = "http://www.w3.org/XML/1998/namespace";
    else if (!prefix.empty())
      if (auto it = scope.find(prefix); it != scope.end()) uri = it->second;
    return std::make_pair(uri, std::string(local));
  };
  std::stable_sort(attributes.begin(), attributes.end(),
                   [&](const XmlAttribute& x, const XmlAttribute& y) { return key(x) < key(y); });
  out.attributes = std::move(declarations);
  out.attributes.insert(out.attributes.end(), attributes.begin(), attributes.end());
  return out;
}

// The canonical form of a root element and everything in it, built with a stack of its own
// (see xml_tree.h on depth).
XmlNode canonical_element(const XmlNode& root) {
  struct Frame {
    const XmlNode* source;
    XmlNode* out;  // only the last frame's children grow, so the others' addresses hold
    Bindings scope;
    std::size_t next = 0;
  };
  Bindings root_scope;
  XmlNode result = canonical_start(root, {}, root_scope);
  std::vector<Frame> stack;
  stack.push_back({&root, &result, std::move(root_scope)});
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next == top.source->children.size()) {
      stack.pop_back();
      continue;
    }
    const XmlNode& child = top.source->children[top.next++];
    switch (child.kind) {
      case XmlNodeKind::Text:
      case XmlNodeKind::CData: append_text(top.out->children, child.value); break;
      case XmlNodeKind::Element: {
        Bindings scope;
        top.out->children.push_back(canonical_start(child, top.scope, scope));
        XmlNode* out = &top.out->children.back();
        stack.push_back({&child, out, std::move(scope)});  // `top` is not used after this
        break;
      }
      case XmlNodeKind::Comment:
      case XmlNodeKind::ProcessingInstruction: top.out->children.push_back(child); break;
      case XmlNodeKind::Doctype: break;
    }
  }
  return result;
}

void escape(std::string_view s, bool attribute, std::string& out) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += attribute ? ">" : "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\t': out += attribute ? "&#x9;" : "\t"; break;
      case '\n': out += attribute ? "&#xA;" : "\n"; break;
      case '\r': out += "&#xD;"; break;
      default: out += c;
    }
  }
}

// Everything but an element's children and end tag; returns whether it has children.
bool write_start(const XmlNode& node, std::string& out) {
  switch (node.kind) {
    case XmlNodeKind::Element:
      out += '<' + node.name;
      for (const auto& a : node.attributes) {
        out += ' ' + a.name + "=\"";
        escape(a.value, true, out);
        out += '"';
      }
      out += '>';
      // C14N writes empty elements as a start and an end tag.
      if (node.children.empty()) out += "</" + node.name + '>';
      return !node.children.empty();
    case XmlNodeKind::Text:
    case XmlNodeKind::CData: escape(node.value, false, out); break;
    case XmlNodeKind::Comment: out += "<!--" + node.value + "-->"; break;
    case XmlNodeKind::ProcessingInstruction:
      out += "<?" + node.name + (node.value.empty() ? "" : " " + node.value) + "?>";
      break;
    case XmlNodeKind::Doctype: break;
  }
  return false;
}

void write_node(const XmlNode& node, std::string& out) {
  walk_xml(
      node, [&out](const XmlNode& n, std::size_t) { return write_start(n, out); },
      [&out](const XmlNode& n, std::size_t) { out += "</" + n.name + '>'; });
}

}  // namespace

XmlDocument canonicalize(const XmlDocument& tree) {
  XmlDocument out;
  for (const auto& node : tree.children) {
    switch (node.kind) {
      case XmlNodeKind::Element: out.children.push_back(canonical_element(node)); break;
      case XmlNodeKind::Comment:
      case XmlNodeKind::ProcessingInstruction: out.children.push_back(node); break;
      default: break;  // the DOCTYPE and whitespace between top-level nodes are not kept
    }
  }
  return out;
}

std::string canonical_xml(const XmlDocument& tree) {
  XmlDocument canonical = canonicalize(tree);
  std::string out;
  bool after_root = false;
  for (const auto& node : canonical.children) {
    if (node.kind == XmlNodeKind::Element) {
      write_node(node, out);
      after_root = true;
    } else if (after_root) {
      out += '\n';
      write_node(node, out);
    } else {
      write_node(node, out);
      out += '\n';
    }
  }
  return out;
}

}  // namespace archtei
