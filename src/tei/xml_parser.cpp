// Parses XML text into archtei's lossless XmlDocument tree with pugixml.
//
// pugixml runs with reference expansion off: this file expands character references, the
// five predefined entities and entities declared in the internal DTD subset itself, so that
// an undeclared entity is an error rather than text, and nothing outside the input (an
// external DTD or entity) is ever read.
#include <algorithm>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/input_limits.h"
#include "model/utf8.h"
#include "tei/tei_reader.h"
#include "tei/xml_chars.h"
#include "tei/xml_namespaces.h"

namespace archtei {
namespace {

constexpr std::string_view kCode = "xml-syntax";
// Entities that refer to entities more than this deep are refused; how far they may expand
// is the entity-expansion limit. Together they stop "billion laughs" documents.
constexpr int kMaxEntityDepth = 16;

/// 1-based line and column (in characters) of byte `offset` in `input`.
SourcePos position_of(std::string_view input, std::ptrdiff_t offset) {
  SourcePos pos{1, 1};
  if (offset < 0) return {};
  std::size_t end = std::min(static_cast<std::size_t>(offset), input.size());
  std::size_t i = 0;
  if (input.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a byte-order mark is not a column
  for (; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(input[i]);
    if (c == '\n' || (c == '\r' && (i + 1 >= input.size() || input[i + 1] != '\n'))) {
      ++pos.line;
      pos.column = 1;
    } else if ((c & 0xC0) != 0x80 && c != '\r') {
      ++pos.column;  // continuation bytes do not start a character
    }
  }
  return pos;
}

std::string describe(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_unrecognized_tag: return "unrecognised markup after '<'";
    case pugi::status_bad_pi: return "malformed processing instruction or XML declaration";
    case pugi::status_bad_comment: return "malformed comment";
    case pugi::status_bad_cdata: return "malformed CDATA section";
    case pugi::status_bad_doctype: return "malformed document type declaration";
    case pugi::status_bad_pcdata: return "malformed character data";
    case pugi::status_bad_start_element: return "malformed start tag";
    case pugi::status_bad_attribute: return "malformed attribute";
    case pugi::status_bad_end_element: return "malformed end tag";
    case pugi::status_end_element_mismatch: return "end tag does not match the open element";
    case pugi::status_no_document_element: return "no root element";
    default: return "not well-formed XML";
  }
}

/// What markup a document that stops short with `status` stops inside; empty for the
/// statuses that do not mean that.
std::string unfinished(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_unrecognized_tag: return "a tag";
    case pugi::status_bad_start_element: return "a start tag";
    case pugi::status_bad_attribute: return "an attribute";
    case pugi::status_bad_end_element: return "an end tag";
    case pugi::status_bad_comment: return "a comment";
    case pugi::status_bad_cdata: return "a CDATA section";
    case pugi::status_bad_pi: return "a processing instruction";
    case pugi::status_bad_doctype: return "the document type declaration";
    default: return {};
  }
}

struct Entity {
  std::string value;
  bool external = false;
};

/// The general entities declared in a DOCTYPE's internal subset, first declaration first.
std::map<std::string, Entity, std::less<>> declared_entities(std::string_view doctype) {
  std::map<std::string, Entity, std::less<>> entities;
  std::size_t open = doctype.find('[');
  if (open == std::string_view::npos) return entities;
  std::string_view subset = doctype.substr(open + 1);
  auto skip_space = [&](std::size_t& i) {
    while (i < subset.size() && std::string_view(" \t\r\n").find(subset[i]) != std::string_view::npos) ++i;
  };
  for (std::size_t i = 0; i < subset.size();) {
    if (subset.substr(i, 4) == "<!--") {
      std::size_t end = subset.find("-->", i + 4);
      i = end == std::string_view::npos ? subset.size() : end + 3;
      continue;
    }
    if (subset.substr(i, 8) != "<!ENTITY") {
      ++i;
      continue;
    }
    i += 8;
    skip_space(i);
    if (i < subset.size() && subset[i] == '%') continue;  // parameter entities are not text
    std::size_t name_start = i;
    while (i < subset.size() && std::string_view(" \t\r\n\"'>").find(subset[i]) == std::string_view::npos) ++i;
    std::string name(subset.substr(name_start, i - name_start));
    skip_space(i);
    Entity entity;
    if (i < subset.size() && (subset[i] == '"' || subset[i] == '\'')) {
      char quote = subset[i];
      std::size_t end = subset.find(quote, i + 1);
      if (end == std::string_view::npos) break;
      entity.value = std::string(subset.substr(i + 1, end - i - 1));
      i = end + 1;
    } else {
      entity.external = true;  // SYSTEM or PUBLIC: never fetched
    }
    entities.emplace(std::move(name), std::move(entity));
  }
  return entities;
}

class Converter {
 public:
  Converter(std::string_view input, const std::string& file) : input_(input), file_(file) {}

  XmlDocument convert(const pugi::xml_document& doc) {
    XmlDocument out;
    bool seen_root = false;
    for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling()) {
      switch (n.type()) {
        case pugi::node_declaration:
          break;  // serialize_xml always writes its own UTF-8 declaration
        case pugi::node_doctype: {
          XmlNode d;
          d.kind = XmlNodeKind::Doctype;
          d.value = n.value();
          entities_ = declared_entities(d.value);
          // Character references in an entity's value are replaced when it is declared;
          // its entity references only when it is used (XML 1.0, 4.5).
          for (auto& [name, entity] : entities_)
            entity.value = expand_character_references(entity.value, n.offset_debug());
          std::string_view head = std::string_view(d.value).substr(0, d.value.find('['));
          has_external_subset_ = head.find("SYSTEM") != std::string_view::npos ||
                                 head.find("PUBLIC") != std::string_view::npos;
          out.children.push_back(std::move(d));
          break;
        }
        case pugi::node_pcdata:
        case pugi::node_cdata:
          if (std::size_t first = std::string_view(n.value()).find_first_not_of(" \t\r\n");
              first != std::string_view::npos)
            fail(n.offset_debug() + static_cast<std::ptrdiff_t>(first), "text outside the root element");
          break;  // whitespace between top-level nodes carries nothing
        case pugi::node_element:
          if (seen_root) fail(element_offset(n), "a second root element <" + std::string(n.name()) + ">");
          seen_root = true;
          out.children.push_back(node(n));
          break;
        default:
          out.children.push_back(node(n));
      }
    }
    if (!seen_root) fail(static_cast<std::ptrdiff_t>(input_.size()), "no root element");
    return out;
  }

 private:
  [[noreturn]] void fail(std::ptrdiff_t offset, std::string message) const {
    throw Error::input(file_, position_of(input_, offset), std::move(message), std::string(kCode));
  }

  /// Where an element's start tag begins (pugixml records where its name begins).
  static std::ptrdiff_t element_offset(const pugi::xml_node& n) {
    std::ptrdiff_t offset = n.offset_debug();
    return offset > 0 ? offset - 1 : offset;
  }

  /// `top` and everything under it. pugixml's tree is walked with a stack of its own, so
  /// nesting costs no C++ stack; elements deeper than the depth limit are refused.
  XmlNode node(const pugi::xml_node& top) {
    XmlNode out = shallow_node(top);
    if (top.type() != pugi::node_element) return out;
    enter(top, out);
    // Each entry: a pugixml element and the node it becomes. Only the last entry's
    // children grow, so the addresses of the ones below it stay valid.
    std::vector<std::pair<pugi::xml_node, XmlNode*>> open{{top, &out}};
    std::vector<pugi::xml_node> next{top.first_child()};
    const std::size_t max_depth = input_limits().max_depth;
    while (!open.empty()) {
      pugi::xml_node c = next.back();
      if (!c) {
        scopes_.leave();
        open.pop_back();
        next.pop_back();
        continue;
      }
      next.back() = c.next_sibling();
      XmlNode& parent = *open.back().second;
      XmlNode child = shallow_node(c);
      // Entity expansion can leave two text nodes side by side; the tree holds one.
      if (child.kind == XmlNodeKind::Text && !parent.children.empty() &&
          parent.children.back().kind == XmlNodeKind::Text) {
        parent.children.back().value += child.value;
        continue;
      }
      // `top` is at depth 1.
      if (c.type() == pugi::node_element && open.size() + 1 > max_depth)
        throw Error::input(file_, position_of(input_, element_offset(c)),
                           "elements nested more than " + std::to_string(max_depth) +
                               " deep (raise the limit with --max-depth)",
                           "too-deep");
      parent.children.push_back(std::move(child));
      if (c.type() == pugi::node_element) {
        enter(c, parent.children.back());
        open.emplace_back(c, &parent.children.back());
        next.push_back(c.first_child());
      }
    }
    return out;
  }

  /// Enters the namespace scope of element `n`, read as `element`; fails when its names
  /// break the Namespaces in XML rules (which pugixml does not know).
  void enter(const pugi::xml_node& n, const XmlNode& element) {
    if (auto problem = scopes_.enter(element)) fail(element_offset(n), problem->message);
  }

  /// One node without its children.
  XmlNode shallow_node(const pugi::xml_node& n) {
    XmlNode out;
    switch (n.type()) {
      case pugi::node_element: {
        out.kind = XmlNodeKind::Element;
        out.name = n.name();
        std::set<std::string_view> names;
        for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
          if (!names.insert(a.name()).second)
            fail(element_offset(n), "attribute '" + std::string(a.name()) + "' appears twice on <" + out.name + ">");
          out.attributes.push_back({a.name(), decode(a.value(), n.offset_debug(), 0)});
          if (!xml::is_xml_text(out.attributes.back().name) || !xml::is_xml_text(out.attributes.back().value))
            fail(element_offset(n), "attribute '" + std::string(a.name()) +
                                        "' holds a character not allowed in XML, or input not valid UTF-8");
        }
        break;
      }
      case pugi::node_pcdata:
        out.kind = XmlNodeKind::Text;
        out.value = decode(n.value(), n.offset_debug(), 0);
        break;
      case pugi::node_cdata:
        out.kind = XmlNodeKind::CData;
        out.value = n.value();
        break;
      case pugi::node_comment:
        out.kind = XmlNodeKind::Comment;
        out.value = n.value();
        if (!xml::is_comment_text(out.value)) fail(n.offset_debug(), "a comment containing \"--\" or ending in \"-\"");
        break;
      case pugi::node_pi:
        out.kind = XmlNodeKind::ProcessingInstruction;
        out.name = n.name();
        out.value = n.value();
        if (!xml::is_pi_target(out.name))
          fail(n.offset_debug(), "'" + out.name + "' is not a processing-instruction target");
        break;
      default:
        fail(n.offset_debug(), "unexpected markup");
    }
    if (!xml::is_xml_text(out.value) || !xml::is_xml_text(out.name))
      fail(n.offset_debug(), "character not allowed in XML, or input not valid UTF-8");
    return out;
  }

  std::string expand_character_references(std::string_view raw, std::ptrdiff_t offset) const {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      std::size_t semi = raw.find(';', i);
      if (raw.substr(i, 2) == "&#" && semi != std::string_view::npos) {
        out += character_reference(raw.substr(i + 1, semi - i - 1), offset);
        i = semi;
      } else {
        out += raw[i];
      }
    }
    return out;
  }

  /// Expands references in raw character data or an attribute value found at `offset`
  /// (`depth` > 0: inside the replacement text of an entity).
  std::string decode(std::string_view raw, std::ptrdiff_t offset, int depth) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '&') {
        out += raw[i];
        continue;
      }
      std::ptrdiff_t at = offset < 0 || depth > 0 ? offset : offset + static_cast<std::ptrdiff_t>(i);
      std::size_t semi = raw.find(';', i + 1);
      std::string_view name = semi == std::string_view::npos ? std::string_view{} : raw.substr(i + 1, semi - i - 1);
      if (name.empty() || name.find_first_of(" \t\r\n&<") != std::string_view::npos)
        fail(at, "'&' must start a character or entity reference (write '&amp;' for a literal '&')");
      i = semi;
      if (name.front() == '#') {
        out += character_reference(name, at);
      } else if (auto predefined = predefined_entity(name)) {
        out += *predefined;
      } else {
        std::string expansion = entity(name, at, depth);
        out += expansion;
        if (depth == 0) expanded_ += expansion.size();
      }
      // The limit is on the whole document: below the top level all of `out` is expansion
      // not yet counted; at the top level only what entities gave is.
      const std::size_t limit = input_limits().max_entity_expansion;
      if (depth > 0 ? expanded_ + out.size() > limit : expanded_ > limit)
        fail(at, "entity references expand to more than " + describe_size(limit) +
                     " in all (raise the limit with --max-entity-expansion)");
    }
    return out;
  }

  std::string character_reference(std::string_view name, std::ptrdiff_t at) const {
    bool hex = name.size() > 1 && name[1] == 'x';
    std::string_view digits = name.substr(hex ? 2 : 1);
    char32_t cp = 0;
    bool ok = !digits.empty() && digits.size() <= 8;
    for (char c : digits) {
      int v = c >= '0' && c <= '9' ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (v < 0) ok = false;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v < 0 ? 0 : v);
    }
    std::string utf8;
    if (ok && cp <= 0x10FFFF) append_utf8(utf8, cp);
    if (!ok || cp > 0x10FFFF || !xml::is_xml_text(utf8))
      fail(at, "'&" + std::string(name) + ";' is not a character XML allows");
    return utf8;
  }

  static std::optional<std::string_view> predefined_entity(std::string_view name) {
    if (name == "lt") return "<";
    if (name == "gt") return ">";
    if (name == "amp") return "&";
    if (name == "apos") return "'";
    if (name == "quot") return "\"";
    return std::nullopt;
  }

  std::string entity(std::string_view name, std::ptrdiff_t at, int depth) {
    auto it = entities_.find(name);
    if (it == entities_.end()) {
      if (has_external_subset_)
        fail(at, "entity '&" + std::string(name) +
                     ";' is not declared in the document (external DTDs are never read)");
      fail(at, "undefined entity '&" + std::string(name) + ";'");
    }
    if (it->second.external)
      fail(at, "entity '&" + std::string(name) + ";' is external and is never read");
    if (it->second.value.find('<') != std::string::npos)
      fail(at, "entity '&" + std::string(name) + ";' holds markup, which archtei does not expand");
    if (depth >= kMaxEntityDepth) fail(at, "entity '&" + std::string(name) + ";' nests too deeply");
    return decode(it->second.value, at, depth + 1);
  }

  std::string_view input_;
  const std::string& file_;
  std::map<std::string, Entity, std::less<>> entities_;
  bool has_external_subset_ = false;
  std::size_t expanded_ = 0;  // bytes general entities have expanded to in the document so far
  xml::NamespaceScopes scopes_;
};

}  // namespace

XmlDocument parse_xml(std::string_view input, const std::string& file) {
  constexpr unsigned int kFlags = pugi::parse_cdata | pugi::parse_comments | pugi::parse_pi |
                                  pugi::parse_doctype | pugi::parse_declaration |
                                  pugi::parse_ws_pcdata | pugi::parse_eol |
                                  pugi::parse_wconv_attribute |
                                  // Fragment mode keeps text outside the root, which
                                  // pugixml would otherwise drop; the checks are below.
                                  pugi::parse_fragment;
  pugi::xml_document doc;
  pugi::xml_parse_result result = doc.load_buffer(input.data(), input.size(), kFlags, pugi::encoding_auto);
  if (!result) {
    std::ptrdiff_t offset = result.offset;
    std::string message = describe(result.status);
    // pugixml points at the last byte when the input stops short: a cut-off download.
    const std::size_t after = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)) + 1;
    const bool at_end = input.find_first_not_of(" \t\r\n", after) == std::string_view::npos;
    if (at_end && result.status == pugi::status_end_element_mismatch) {
      offset = static_cast<std::ptrdiff_t>(input.size());
      message = "the document ends before every element is closed";
    } else if (at_end && !unfinished(result.status).empty()) {
      offset = static_cast<std::ptrdiff_t>(input.size());
      message = "the document ends inside " + unfinished(result.status) + " (is the file cut short?)";
    }
    throw Error::input(file, position_of(input, offset), message, std::string(kCode));
  }
  return Converter(input, file).convert(doc);
}

}  // namespace archtei
