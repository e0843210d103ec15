// Layer 2 both ways. Reading checks everything XML's well-formedness and the Namespaces
// recommendation ask of a tree, because the tree will be written out as XML unseen.
#include "jsonld/xml_tree_json.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "jsonld/json_layout.h"
#include "model/diagnostics.h"
#include "model/input_limits.h"
#include "model/utf8.h"
#include "tei/xml_chars.h"
#include "tei/xml_namespaces.h"

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

const char* kind_name(XmlNodeKind kind) {
  switch (kind) {
    case XmlNodeKind::Element: return "element";
    case XmlNodeKind::Text: return "text";
    case XmlNodeKind::CData: return "cdata";
    case XmlNodeKind::Comment: return "comment";
    case XmlNodeKind::ProcessingInstruction: return "pi";
    case XmlNodeKind::Doctype: return "doctype";
  }
  return "text";
}

// One node without its children: an element's "children" is an empty array.
Json shallow_json(const XmlNode& node) {
  Json j = Json::object();
  j["type"] = kind_name(node.kind);
  if (node.kind == XmlNodeKind::Element) {
    j["name"] = node.name;
    Json attributes = Json::array();
    for (const auto& a : node.attributes) attributes.push_back(Json::array({a.name, a.value}));
    j["attributes"] = std::move(attributes);
    j["children"] = Json::array();
  } else {
    if (node.kind == XmlNodeKind::ProcessingInstruction) j["name"] = node.name;
    j["value"] = node.value;
  }
  return j;
}

// A node and everything under it, built with a stack of its own (see xml_tree.h on depth).
Json node_to_json(const XmlNode& root) {
  Json out = shallow_json(root);
  if (root.kind != XmlNodeKind::Element) return out;
  // Each entry: an element and its "children" array; only the last entry's array grows.
  std::vector<std::pair<const XmlNode*, Json*>> open{{&root, &out["children"]}};
  std::vector<std::size_t> next{0};
  while (!open.empty()) {
    auto [node, children] = open.back();
    if (next.back() == node->children.size()) {
      open.pop_back();
      next.pop_back();
      continue;
    }
    const XmlNode& child = node->children[next.back()++];
    children->push_back(shallow_json(child));
    if (!child.children.empty()) {
      open.emplace_back(&child, &children->back()["children"]);
      next.push_back(0);
    }
  }
  return out;
}

// Indentation stops growing this many levels down: JSON from a deeply nested tree would
// otherwise grow with the square of its depth. Trees of real documents never reach it.
constexpr int kMaxIndentLevels = 64;

void indent_to(std::string& out, int depth) {
  out.append(static_cast<std::size_t>(std::min(depth, kMaxIndentLevels)) * 2, ' ');
}

// Everything of a node up to its children: a whole leaf on one line, or an element's
// members up to "children": (its members are containers, so it spans several lines).
// Returns whether the children follow (then "[\n" has been written).
bool append_node_start(std::string& out, const XmlNode& node, int depth) {
  if (node.kind != XmlNodeKind::Element) {
    out += "{\"type\": \"";
    out += kind_name(node.kind);
    out += '"';
    if (node.kind == XmlNodeKind::ProcessingInstruction) {
      out += ", \"name\": ";
      append_json_string(out, node.name);
    }
    out += ", \"value\": ";
    append_json_string(out, node.value);
    out += '}';
    return false;
  }
  out += "{\n";
  indent_to(out, depth + 1);
  out += "\"type\": \"element\",\n";
  indent_to(out, depth + 1);
  out += "\"name\": ";
  append_json_string(out, node.name);
  out += ",\n";
  indent_to(out, depth + 1);
  out += "\"attributes\": [";
  for (std::size_t i = 0; i < node.attributes.size(); ++i) {
    if (i) out += ", ";
    out += '[';
    append_json_string(out, node.attributes[i].name);
    out += ", ";
    append_json_string(out, node.attributes[i].value);
    out += ']';
  }
  out += "],\n";
  indent_to(out, depth + 1);
  out += "\"children\": ";
  if (node.children.empty()) {
    out += "[]\n";
    indent_to(out, depth);
    out += '}';
    return false;
  }
  out += "[\n";
  return true;
}

// One node as layout_json lays out node_to_json(node) at `depth` (up to the indentation
// cap): the attribute pairs on one line, the children one per line.
void append_node(std::string& out, const XmlNode& root, int depth) {
  std::vector<bool> first_child;  // for each open element: no child written yet
  walk_xml(
      root,
      [&](const XmlNode& node, std::size_t level) {
        const int at = depth + 2 * static_cast<int>(level);
        if (level > 0) {
          if (!first_child.back()) out += ",\n";
          first_child.back() = false;
          indent_to(out, at);
        }
        const bool children = append_node_start(out, node, at);
        if (children) first_child.push_back(true);
        return children;
      },
      [&](const XmlNode&, std::size_t level) {
        const int at = depth + 2 * static_cast<int>(level);
        first_child.pop_back();
        out += '\n';
        indent_to(out, at + 1);
        out += "]\n";
        indent_to(out, at);
        out += '}';
      });
}

// --- UTF-8 and XML 1.0 (fifth edition) character classes -------------------------------

// Decodes the code points of `s`; nlohmann/json has already rejected invalid UTF-8.
std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const Utf8Char c = read_utf8(s, i);
    out.push_back(c.code_point);
    i += c.length ? c.length : 1;
  }
  return out;
}

bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// --- reading ------------------------------------------------------------------------------

// Reads layer 2 with a stack of its own (see xml_tree.h on depth). JSON Pointers are put
// together only for an error: building one for every node would cost the square of the
// depth.
class TreeReader {
 public:
  TreeReader(const std::string& file, const std::string& pointer) : file_(file), pointer_(pointer) {}

  XmlDocument read_document(const Json& layer) {
    if (!layer.is_array()) fail("layer 2 must be an array of nodes", {});
    XmlDocument doc;
    bool seen_root = false;
    for (std::size_t i = 0; i < layer.size(); ++i) {
      path_.assign(1, i);
      XmlNode node = read_tree(layer[i]);
      switch (node.kind) {
        case XmlNodeKind::Element:
          if (seen_root) fail("a second root element", "");
          seen_root = true;
          break;
        case XmlNodeKind::Text:
          if (node.value.find_first_not_of(" \t\r\n") != std::string::npos)
            fail("text outside the root element", "");
          break;
        case XmlNodeKind::CData: fail("a CDATA section outside the root element", "");
        case XmlNodeKind::Doctype:
          if (seen_root) fail("a DOCTYPE after the root element", "");
          for (const auto& before : doc.children)
            if (before.kind == XmlNodeKind::Doctype) fail("a second DOCTYPE", "");
          break;
        default: break;
      }
      doc.children.push_back(std::move(node));
    }
    path_.clear();
    if (!seen_root) fail("no root element", "");
    return doc;
  }

 private:
  // The JSON Pointer of the node being read (`path_`: the child indices from the layer
  // down; empty for the layer itself), then `suffix`.
  std::string where(std::string_view suffix) const {
    std::string out = pointer_;
    for (std::size_t k = 0; k < path_.size(); ++k) out += (k == 0 ? "/" : "/children/") + std::to_string(path_[k]);
    out += suffix;
    return out;
  }

  /// Fails at the node being read, `suffix` appended to its pointer ("/name").
  [[noreturn]] void fail(const std::string& problem, std::string_view suffix) const {
    std::string pointer = where(suffix);
    throw Error::input(file_, {},
                       "layer 2 is not well-formed XML: " + problem + " at " +
                           (pointer.empty() ? std::string("the top level") : pointer),
                       "jsonld-tree");
  }

  [[noreturn]] void fail_depth(std::size_t max_depth) const {
    throw Error::input(file_, {},
                       "layer 2 holds elements nested more than " + std::to_string(max_depth) + " deep at " + where("") +
                           " (raise the limit with --max-depth)",
                       "too-deep");
  }

  // A node and everything under it; path_ names the node and is left as it was.
  XmlNode read_tree(const Json& top) {
    struct Frame {
      const Json* children;
      XmlNode* node;  // only the last frame's children grow, so the others' addresses hold
      std::size_t next = 0;
    };
    // Every element read has entered scopes_, and has a frame that leaves it.
    XmlNode root = read_node(top, /*top_level=*/true);
    std::vector<Frame> stack;
    if (root.kind == XmlNodeKind::Element) stack.push_back({&top.at("children"), &root});
    const std::size_t max_depth = input_limits().max_depth;
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next == f.children->size()) {
        scopes_.leave();
        stack.pop_back();
        if (!stack.empty()) path_.pop_back();
        continue;
      }
      const std::size_t i = f.next++;
      const Json& j = (*f.children)[i];
      path_.push_back(i);
      XmlNode* parent = f.node;
      XmlNode node = read_node(j, /*top_level=*/false);
      if (node.kind != XmlNodeKind::Element) {
        parent->children.push_back(std::move(node));
        path_.pop_back();
        continue;
      }
      // The root element is at depth 1.
      if (stack.size() + 1 > max_depth) fail_depth(max_depth);
      parent->children.push_back(std::move(node));
      stack.push_back({&j.at("children"), &parent->children.back()});
    }
    return root;
  }

  const std::string& string_member(const Json& node, const char* key) {
    auto it = node.find(key);
    if (it == node.end()) fail(std::string("no \"") + key + "\"", "");
    if (!it->is_string()) fail(std::string("\"") + key + "\" is not a string", std::string("/") + key);
    return it->get_ref<const std::string&>();
  }

  void check_chars(const std::string& value, std::string_view suffix) {
    for (char32_t c : code_points(value))
      if (!is_xml_char(c)) fail("a character XML does not allow (U+" + hex(c) + ")", suffix);
  }

  static std::string hex(char32_t c) {
    static const char digits[] = "0123456789ABCDEF";
    std::string s;
    for (int shift = 12; shift >= 0; shift -= 4) s += digits[(c >> shift) & 0xF];
    if (c > 0xFFFF) s.insert(0, 1, digits[(c >> 16) & 0xF]);
    return s;
  }

  void check_keys(const Json& node, std::initializer_list<std::string_view> allowed, std::string_view type) {
    for (const auto& [key, value] : node.items()) {
      bool ok = false;
      for (auto a : allowed) ok = ok || key == a;
      if (!ok) fail(std::string("a ") + std::string(type) + " node cannot have \"" + key + "\"", "/" + key);
    }
  }

  // One node without its children (an element's "children" is checked to be an array);
  // an element's namespace declarations are pushed onto scopes_.
  XmlNode read_node(const Json& j, bool top_level) {
    if (!j.is_object()) fail("a node must be a JSON object", "");
    const std::string& type = string_member(j, "type");
    XmlNode node;
    if (type == "element") return read_element(j);
    if (type == "text" || type == "cdata" || type == "comment" || type == "doctype") {
      check_keys(j, {"type", "value"}, type);
      node.kind = type == "text" ? XmlNodeKind::Text
                  : type == "cdata" ? XmlNodeKind::CData
                  : type == "comment" ? XmlNodeKind::Comment
                                      : XmlNodeKind::Doctype;
      node.value = string_member(j, "value");
      check_chars(node.value, "/value");
      if (node.kind == XmlNodeKind::CData && node.value.find("]]>") != std::string::npos)
        fail("a CDATA section containing \"]]>\"", "/value");
      if (node.kind == XmlNodeKind::Comment &&
          !xml::is_comment_text(node.value))
        fail("a comment containing \"--\" or ending in \"-\"", "/value");
      if (node.kind == XmlNodeKind::Doctype && !top_level) fail("a DOCTYPE inside an element", "");
      return node;
    }
    if (type == "pi") {
      check_keys(j, {"type", "name", "value"}, type);
      node.kind = XmlNodeKind::ProcessingInstruction;
      node.name = string_member(j, "name");
      node.value = string_member(j, "value");
      if (!xml::is_pi_target(node.name))
        fail("\"" + node.name + "\" is not a processing-instruction target", "/name");
      check_chars(node.value, "/value");
      if (node.value.find("?>") != std::string::npos)
        fail("a processing instruction containing \"?>\"", "/value");
      return node;
    }
    fail("unknown node type \"" + type + "\"", "/type");
  }

  // An element without its children; its namespace declarations enter scopes_.
  XmlNode read_element(const Json& j) {
    check_keys(j, {"type", "name", "attributes", "children"}, "element");
    XmlNode node;
    node.kind = XmlNodeKind::Element;
    if (!j.contains("name")) fail("an element without a name", "");
    node.name = string_member(j, "name");

    auto attrs = j.find("attributes");
    if (attrs == j.end()) fail("an element without \"attributes\"", "");
    if (!attrs->is_array()) fail("\"attributes\" is not an array", "/attributes");
    for (std::size_t i = 0; i < attrs->size(); ++i) {
      const std::string at = "/attributes/" + std::to_string(i);
      const Json& a = (*attrs)[i];
      if (!a.is_array() || a.size() != 2 || !a[0].is_string() || !a[1].is_string())
        fail("an attribute must be a [name, value] pair of strings", at);
      XmlAttribute attr{a[0].get<std::string>(), a[1].get<std::string>()};
      check_chars(attr.value, at + "/1");
      for (const auto& before : node.attributes)
        if (before.name == attr.name) fail("attribute \"" + attr.name + "\" given twice", at);
      node.attributes.push_back(std::move(attr));
    }
    if (auto problem = scopes_.enter(node)) {
      using Part = xml::NamespaceProblem::Part;
      std::string at = "/name";
      if (problem->attribute != std::string::npos)
        at = "/attributes/" + std::to_string(problem->attribute) +
             (problem->part == Part::Name ? "/0" : problem->part == Part::Value ? "/1" : "");
      fail(problem->message, at);
    }

    // A failure abandons the whole reading, scopes_ included.
    auto children = j.find("children");
    if (children == j.end()) fail("an element without \"children\"", "");
    if (!children->is_array()) fail("\"children\" is not an array", "/children");
    return node;
  }

  const std::string& file_;
  const std::string& pointer_;                                // where the layer sits in the file
  std::vector<std::size_t> path_;                             // see where()
  xml::NamespaceScopes scopes_;
};

}  // namespace

Json xml_tree_to_json(const XmlDocument& tree) {
  Json nodes = Json::array();
  for (const auto& node : tree.children) nodes.push_back(node_to_json(node));
  return nodes;
}

void append_xml_tree_json(std::string& out, const XmlDocument& tree, int depth) {
  if (tree.children.empty()) {
    out += "[]";
    return;
  }
  out += "[\n";
  for (std::size_t i = 0; i < tree.children.size(); ++i) {
    if (i) out += ",\n";
    indent_to(out, depth + 1);
    append_node(out, tree.children[i], depth + 1);
  }
  out += '\n';
  indent_to(out, depth);
  out += ']';
}

XmlDocument xml_tree_from_json(const Json& layer, const std::string& file, const std::string& pointer) {
  return TreeReader(file, pointer).read_document(layer);
}

}  // namespace archtei
