// Converts a document (metadata record + body) into a TEI tree, and writes it as TEI text.
#include <algorithm>
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
  TextLanguages text;
  text.shares = language_shares(body, std::string(tei::kTextLanguage));
  text.main = main_language(body, std::string(tei::kTextLanguage));
  const bool has_parts = std::any_of(body.begin(), body.end(), [](const Block& b) { return b.kind == BlockKind::Part; });
  text.has_translation = !has_parts || std::any_of(body.begin(), body.end(), [](const Block& b) {
    return b.kind == BlockKind::Part && b.type == "translation";
  });
  for (const Block& b : body)
    if (b.kind == BlockKind::Part && b.type == "original" && !b.lang.empty()) text.originals.push_back(b.lang);
  // A text without words is still in its language (langUsage may not be empty).
  if (text.shares.empty()) text.shares.push_back({text.main, 100});
  xml::append(root, encode_tei_header(metadata, text, diags));
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
