// Reads archtei's JSON-LD: rebuilds the TEI tree from layer 2, reads the metadata record
// from its header, and checks that layer 1 says the same.
#include "jsonld/jsonld_reader.h"

#include "jsonld/json_compare.h"
#include "jsonld/jsonld_context.h"
#include "jsonld/linked_data.h"
#include "jsonld/xml_tree_json.h"
#include "tei/tei_reader.h"

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

[[noreturn]] void fail(const std::string& file, const std::string& message, const char* code) {
  throw Error::input(file, {}, message, code);
}

std::string shorten(const std::string& value) {
  constexpr std::size_t kMax = 80;
  if (value.size() <= kMax) return value;
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return value.substr(0, cut) + "...";
}

}  // namespace

Document read_jsonld(std::string_view input, const std::string& file, Diagnostics&) {
  Json root = parse_json(input, file);
  if (!root.is_object())
    fail(file, "not archtei JSON-LD: the top level is not a JSON object", "jsonld-format");
  auto context = root.find("@context");
  if (context == root.end()) fail(file, "not archtei JSON-LD: no \"@context\" at /@context", "jsonld-format");
  if (!context->is_object() || !context->contains("tei") || (*context)["tei"] != jsonld_context()["tei"])
    fail(file, "not archtei JSON-LD: the @context does not define \"tei\" as archtei's TEI literal at /@context",
         "jsonld-format");
  // Layer 1 means what the context says; a context of other terms would make it mean
  // something archtei could not carry through TEI and write back.
  if (auto d = compare_json(*context, jsonld_context(), "/@context"))
    fail(file, "not archtei JSON-LD: the @context is not archtei's at " + d->pointer, "jsonld-format");
  if (!root.contains("@type"))
    fail(file, "missing layer 1 (the linked-data description): no \"@type\" at /@type", "jsonld-missing-layer");
  if (!root.contains("tei"))
    fail(file, "missing layer 2 (the TEI document): no \"tei\" at /tei", "jsonld-missing-layer");

  // The converter's stamp names the archtei that wrote the file: any version, but only that
  // shape, which every archtei writes again the same way.
  if (auto c = root.find("converter"); c != root.end()) {
    const bool stamp = c->is_object() && c->size() == 3 && c->value("@type", Json()) == "SoftwareApplication" &&
                       c->value("name", Json()) == "archtei" && c->contains("softwareVersion") &&
                       (*c)["softwareVersion"].is_string();
    if (!stamp)
      fail(file,
           "the converter's stamp at /converter is not {\"@type\": \"SoftwareApplication\", \"name\": \"archtei\", "
           "\"softwareVersion\": \"…\"}",
           "jsonld-format");
  }

  Document doc;
  doc.tei = xml_tree_from_json(root["tei"], file, "/tei");
  doc.metadata = read_tei_metadata(doc.tei, file);

  // Layer 1 is everything but the context, the converter's stamp and layer 2 itself. The
  // root is not copied: a copy of a JSON value recurses once per level of nesting.
  Json stated = std::move(root);
  for (const char* key : {"@context", "converter", "tei"}) stated.erase(key);
  Json derived = describe_document(doc.metadata, doc.tei, file);
  if (!id_comes_from_document(doc.metadata, doc.tei)) {
    // An "@id" made from a file name is the publisher's to change; the TEI cannot contradict it.
    if (stated.contains("@id") && !stated["@id"].is_string())
      fail(file, "layer 1's \"@id\" is not a string at /@id", "jsonld-format");
    if (stated.contains("@id")) derived["@id"] = stated["@id"];
    else derived.erase("@id");
  }
  if (auto d = compare_json(stated, derived)) {
    std::string message = "layer 1 disagrees with the TEI in layer 2 at " + d->pointer + ": layer 1 ";
    message += d->left.empty() ? "has nothing" : "has " + shorten(d->left);
    message += ", the TEI gives ";
    message += d->right.empty() ? "nothing" : shorten(d->right);
    fail(file, message, "jsonld-mismatch");
  }
  return doc;
}

}  // namespace archtei
