// Indentation of element-only content, as whitespace text nodes in the tree itself.
#include "tei/xml_indent.h"

#include <algorithm>
#include <array>
#include <string>

#include "tei/xml_build.h"

namespace archtei::xml {
namespace {

// TEI elements whose content models allow character data. An instance holding only child
// elements (a <p> that is a single <gap/>, a <repository> holding <choice>) is still mixed:
// whitespace added there would become part of the text.
constexpr auto kMixedElements = std::to_array<std::string_view>({
    "ab", "abbr", "add", "addrLine", "author", "bibl", "closer", "corr", "date", "dateline",
    "del", "desc", "distributor", "edition", "editor", "expan", "foreign", "funder", "head",
    "hi", "idno", "item", "l", "label", "language", "locus", "name", "note", "opener",
    "orgName", "p", "persName", "placeName", "postscript", "publisher", "q", "quote", "ref",
    "repository", "resp", "salute", "seg", "sic", "signed", "speaker", "stage", "stamp",
    "supplied", "term", "title", "trailer", "unclear",
});

std::string_view local_name(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

}  // namespace

bool is_mixed_content(const XmlNode& element) {
  for (const auto& child : element.children)
    if (child.kind == XmlNodeKind::Text || child.kind == XmlNodeKind::CData) return true;
  return std::find(kMixedElements.begin(), kMixedElements.end(), local_name(element.name)) !=
         kMixedElements.end();
}

void indent(XmlNode& element, int depth) {
  const std::string child_indent = "\n" + std::string(2 * (depth + 1), ' ');
  if (is_mixed_content(element)) {
    // A lone newline between the lines of an opener or closer is a separator the encoder
    // put there; it is lined up with the children's level. Nothing else is touched.
    for (auto& child : element.children)
      if (child.kind == XmlNodeKind::Text && child.value == "\n") child.value = child_indent;
    return;
  }
  if (element.children.empty()) return;
  std::vector<XmlNode> laid_out;
  laid_out.reserve(2 * element.children.size() + 1);
  for (auto& child : element.children) {
    laid_out.push_back(text(child_indent));
    if (child.kind == XmlNodeKind::Element) indent(child, depth + 1);
    laid_out.push_back(std::move(child));
  }
  laid_out.push_back(text("\n" + std::string(2 * depth, ' ')));
  element.children = std::move(laid_out);
}

}  // namespace archtei::xml
