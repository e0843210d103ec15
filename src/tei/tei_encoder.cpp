// Converts a document (metadata record + body) into a TEI tree, and writes it as TEI text.
#include <string>

#include "tei/tei_body_encoder.h"
#include "tei/tei_header_encoder.h"
#include "tei/tei_vocabulary.h"
#include "tei/tei_writer.h"
#include "tei/xml_build.h"
#include "tei/xml_chars.h"
#include "tei/xml_indent.h"

namespace archtei {
namespace {

/// Replaces what XML cannot carry (control characters, broken UTF-8) so that the tree and
/// its serialisation agree; reports how many strings were affected.
void make_xml_safe(XmlNode& node, std::size_t& replaced) {
  auto fix = [&](std::string& s) {
    if (!xml::is_xml_text(s)) {
      s = xml::to_xml_text(s);
      ++replaced;
    }
  };
  fix(node.value);
  for (auto& a : node.attributes) fix(a.value);
  for (auto& child : node.children) make_xml_safe(child, replaced);
}

}  // namespace

XmlDocument encode_tei(const Metadata& metadata, const std::vector<Block>& body, Diagnostics& diags) {
  XmlNode root = xml::element("TEI", {{"xmlns", std::string(tei::kNamespace)}});
  xml::append(root, encode_tei_header(metadata, diags));
  xml::append(root, encode_tei_text(body, diags));
  std::size_t replaced = 0;
  make_xml_safe(root, replaced);
  if (replaced != 0)
    diags.warn(std::to_string(replaced) +
                   " value(s) held characters XML cannot carry; they were replaced by U+FFFD",
               "tei-invalid-character");
  xml::indent(root);
  XmlDocument doc;
  doc.children.push_back(std::move(root));
  return doc;
}

std::string write_tei(const Document& doc, Diagnostics& diags) {
  if (!doc.tei.empty()) return serialize_xml(doc.tei);
  return serialize_xml(encode_tei(doc.metadata, doc.body, diags));
}

}  // namespace archtei
