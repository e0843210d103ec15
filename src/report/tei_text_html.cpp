// A TEI tree's <text> -> HTML for reading, each TEI element as the HTML element closest to
// it, with the structure archival readers look for (openers, closers, turns, notes, gaps,
// page breaks) marked by class so the stylesheet can label it.
#include <string_view>

#include "report/html.h"
#include "report/pages.h"

namespace archtei::report {
namespace {

std::string_view local_name(std::string_view name) {
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string attribute(const XmlNode& n, std::string_view name) {
  for (const XmlAttribute& a : n.attributes)
    if (a.name == name) return a.value;
  return {};
}

struct Tags {
  std::string open, close;
};

// An element with content: its opening and closing HTML tags.
Tags tags_of(const XmlNode& n) {
  std::string_view name = local_name(n.name);
  std::string cls = "tei-" + std::string(name);
  if (name == "div") {
    std::string type = attribute(n, "type"), lang = attribute(n, "xml:lang");
    std::string heading = type.empty() ? "" : "<p class=\"tei-part\">" + esc(type) + (lang.empty() ? "" : " (" + esc(lang) + ")") + "</p>";
    return {"<section class=\"" + cls + "\"" + (lang.empty() ? "" : " lang=\"" + esc(lang) + "\"") + ">" + heading,
            "</section>"};
  }
  if (name == "head") return {"<h3 class=\"" + cls + "\">", "</h3>"};
  if (name == "p") return {"<p class=\"" + cls + "\">", "</p>"};
  if (name == "list") return {"<ul class=\"" + cls + "\">", "</ul>"};
  if (name == "item") {
    std::string number = attribute(n, "n");
    return {"<li class=\"" + cls + "\">" + (number.empty() ? "" : "<span class=\"tei-n\">" + esc(number) + "</span> "),
            "</li>"};
  }
  if (name == "add") return {"<ins class=\"" + cls + "\">", "</ins>"};
  if (name == "hi") return {"<em class=\"" + cls + "\">", "</em>"};
  if (name == "speaker") return {"<p class=\"" + cls + "\"><strong>", "</strong></p>"};
  if (name == "note") return {"<span class=\"" + cls + "\" role=\"note\">", "</span>"};
  if (name == "foreign") {
    std::string lang = attribute(n, "xml:lang");
    return {"<i class=\"" + cls + "\"" + (lang.empty() ? "" : " lang=\"" + esc(lang) + "\"") + ">", "</i>"};
  }
  for (std::string_view block : {"opener", "closer", "sp", "salute", "dateline", "signed", "address", "addrLine",
                                 "body", "front", "back", "text", "floatingText", "ab", "postscript", "trailer"})
    if (name == block) return {"<div class=\"" + cls + "\">", "</div>"};
  return {"<span class=\"" + cls + "\">", "</span>"};
}

// An empty element: its HTML.
std::string empty_element(const XmlNode& n) {
  std::string_view name = local_name(n.name);
  if (name == "lb") return "<br>";
  if (name == "pb") {
    std::string number = attribute(n, "n");
    return "<span class=\"tei-pb\">[page" + (number.empty() ? "" : " " + esc(number)) + "]</span>";
  }
  if (name == "gap") {
    std::string why = attribute(n, "reason");
    return "<span class=\"tei-gap\">[gap" + (why.empty() ? "" : ": " + esc(why)) + "]</span>";
  }
  Tags t = tags_of(n);
  return t.open + t.close;
}

}  // namespace

std::string tei_text_html(const XmlDocument& tei) {
  const XmlNode* text = nullptr;
  for (const XmlNode& top : tei.children) {
    if (top.kind != XmlNodeKind::Element) continue;
    for (const XmlNode& child : top.children)
      if (child.kind == XmlNodeKind::Element && local_name(child.name) == "text") text = &child;
  }
  if (text == nullptr) return {};
  std::string out;
  std::vector<std::string> closes;
  walk_xml(
      *text,
      [&](const XmlNode& n, std::size_t) {
        if (n.kind == XmlNodeKind::Text || n.kind == XmlNodeKind::CData) {
          out += esc(n.value);
          return false;
        }
        if (n.kind != XmlNodeKind::Element) return false;
        // A gap's description is the reader's, not the text's: shown in its marker only.
        if (n.children.empty() || local_name(n.name) == "gap") {
          out += empty_element(n);
          return false;
        }
        Tags t = tags_of(n);
        out += t.open;
        closes.push_back(t.close);
        return true;
      },
      [&](const XmlNode&, std::size_t) {
        out += closes.back();
        closes.pop_back();
      });
  return out;
}

}  // namespace archtei::report
