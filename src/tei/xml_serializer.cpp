// Serialises archtei's XmlDocument tree to XML text, writing every node exactly as held.
//
// Layout is part of the tree, not of this function: encode_tei puts its indentation into
// the tree as whitespace text nodes, and a parsed document keeps its own whitespace. So
// the serializer never adds a character inside the root element, which is what makes
// parse_xml -> serialize_xml lossless and keeps mixed content untouched.
#include <string>
#include <string_view>

#include "tei/tei_writer.h"
#include "tei/xml_chars.h"

namespace archtei {
namespace {

/// Characters XML cannot carry become U+FFFD rather than producing a file no parser reads.
std::string_view safe(std::string_view s, std::string& buffer) {
  if (xml::is_xml_text(s)) return s;
  buffer = xml::to_xml_text(s);
  return buffer;
}

void write_text(std::string& out, std::string_view raw) {
  std::string buffer;
  for (char c : safe(raw, buffer)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      // Always escaped so that "]]>" can never appear in character data.
      case '>': out += "&gt;"; break;
      // A literal CR would be turned into LF by the next parser.
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
}

void write_attribute_value(std::string& out, std::string_view raw) {
  std::string buffer;
  for (char c : safe(raw, buffer)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '"': out += "&quot;"; break;
      // Attribute-value normalisation would turn these into spaces; references survive it.
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
}

void write_cdata(std::string& out, std::string_view raw) {
  std::string buffer;
  std::string_view value = safe(raw, buffer);
  out += "<![CDATA[";
  // "]]>" cannot occur inside one section, so it is split across two.
  for (std::size_t pos = 0;;) {
    std::size_t end = value.find("]]>", pos);
    if (end == std::string_view::npos) {
      out.append(value.substr(pos));
      break;
    }
    out.append(value.substr(pos, end + 2 - pos));
    out += "]]><![CDATA[";
    pos = end + 2;
  }
  out += "]]>";
}

void write_start_tag(std::string& out, const XmlNode& element) {
  out += '<';
  out += element.name;
  for (const auto& a : element.attributes) {
    out += ' ';
    out += a.name;
    out += "=\"";
    write_attribute_value(out, a.value);
    out += '"';
  }
  out += element.children.empty() ? "/>" : ">";
}

// Everything but an element's children; returns whether the node has children to write.
bool write_node_start(std::string& out, const XmlNode& node) {
  std::string buffer;
  switch (node.kind) {
    case XmlNodeKind::Element:
      write_start_tag(out, node);
      return !node.children.empty();
    case XmlNodeKind::Text:
      write_text(out, node.value);
      break;
    case XmlNodeKind::CData:
      write_cdata(out, node.value);
      break;
    case XmlNodeKind::Comment:
      out += "<!--";
      out += safe(node.value, buffer);
      out += "-->";
      break;
    case XmlNodeKind::ProcessingInstruction:
      out += "<?";
      out += node.name;
      if (!node.value.empty()) {
        out += ' ';
        out += safe(node.value, buffer);
      }
      out += "?>";
      break;
    case XmlNodeKind::Doctype:
      out += "<!DOCTYPE ";
      out += safe(node.value, buffer);
      out += '>';
      break;
  }
  return false;
}

void write_node(std::string& out, const XmlNode& node) {
  walk_xml(
      node, [&out](const XmlNode& n, std::size_t) { return write_node_start(out, n); },
      [&out](const XmlNode& n, std::size_t) {
        out += "</";
        out += n.name;
        out += '>';
      });
}

}  // namespace

std::string serialize_xml(const XmlDocument& tree) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  // Outside the root element whitespace carries no information; one line per node.
  for (const auto& node : tree.children) {
    write_node(out, node);
    out += '\n';
  }
  return out;
}

}  // namespace archtei
