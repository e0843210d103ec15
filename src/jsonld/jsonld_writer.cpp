// Writes archtei's JSON-LD: the embedded @context, layer 1 (linked-data description) and
// layer 2 (the whole TEI tree as a JSON literal).
#include "jsonld/jsonld_writer.h"

#include "archtei/version.h"
#include "jsonld/json_layout.h"
#include "jsonld/jsonld_context.h"
#include "jsonld/linked_data.h"
#include "jsonld/xml_tree_json.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

// The names of the record fields that differ between what the writer was given and what
// the TEI header carries back.
std::string lost_fields(const Metadata& given, const Metadata& carried) {
  std::string out;
  auto check = [&](bool same, const char* name) {
    if (same) return;
    if (!out.empty()) out += ", ";
    out += name;
  };
  check(given.title == carried.title, "title");
  check(given.date == carried.date, "date");
  check(given.document_type == carried.document_type, "document_type");
  check(given.authors == carried.authors, "authors");
  check(given.recipients == carried.recipients, "recipients");
  check(given.archives == carried.archives, "archives");
  check(given.published_sources == carried.published_sources, "published_sources");
  check(given.translators == carried.translators, "translators");
  check(given.contributors == carried.contributors, "contributors");
  check(given.editors == carried.editors, "editors");
  check(given.other_credits == carried.other_credits, "other_credits");
  check(given.funders == carried.funders, "funders");
  check(given.original_languages == carried.original_languages, "original_languages");
  check(given.summary == carried.summary, "summary");
  check(given.source_url == carried.source_url, "source_url");
  check(given.publisher == carried.publisher, "publisher");
  check(given.signers == carried.signers, "signers");
  check(given.speakers == carried.speakers, "speakers");
  return out;
}

}  // namespace

std::string write_jsonld(const Document& doc, Diagnostics& diags) {
  const std::string& file = doc.metadata.file;
  XmlDocument tree;
  Metadata metadata;
  if (!doc.tei.empty()) {
    tree = doc.tei;
    metadata = doc.metadata;
  } else {
    // Layer 2 holds the TEI file archtei would write, exactly as a reader gets it back, and
    // layer 1 what that TEI's header says: so reading the output back finds both in step.
    tree = parse_xml(serialize_xml(encode_tei(doc.metadata, doc.body, diags)), file);
    metadata = read_tei_metadata(tree, file);
    if (std::string lost = lost_fields(doc.metadata, metadata); !lost.empty())
      diags.warn("the TEI header does not carry back " + lost +
                     "; the JSON-LD describes what the TEI holds",
                 "jsonld-lost-field");
  }

  Json out = Json::object();
  out["@context"] = jsonld_context();
  Json description = describe_document(metadata, tree, file);
  for (auto& [key, value] : description.items()) out[key] = std::move(value);
  out["converter"] = Json{{"@type", "SoftwareApplication"}, {"name", kName}, {"softwareVersion", kVersion}};
  out["tei"] = xml_tree_to_json(tree);
  return layout_json(out);
}

}  // namespace archtei
