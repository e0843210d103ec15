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

// The @context laid out as a member of the top-level object: the same for every file.
const std::string& context_text() {
  static const std::string text = [] {
    std::string out;
    append_json(out, jsonld_context(), 1);
    return out;
  }();
  return text;
}

// The document as JSON-LD: layer 1 describes `metadata`, layer 2 holds `tree`. `tei_size`,
// the size of the tree as XML when known, sizes the buffer: layer 2 takes about four bytes
// for each byte of XML.
std::string jsonld_text(const Metadata& metadata, const XmlDocument& tree, const std::string& file,
                        std::size_t tei_size) {
  // The top-level object as layout_json would lay it out; layer 2, by far the largest part,
  // is written straight from the tree.
  std::string out;
  out.reserve(context_text().size() + 4096 + 4 * tei_size);
  out += "{\n  \"@context\": ";
  out += context_text();
  auto member = [&](std::string_view key, const Json& value) {
    out += ",\n  ";
    append_json_string(out, key);
    out += ": ";
    append_json(out, value, 1);
  };
  Json description = describe_document(metadata, tree, file);
  for (const auto& [key, value] : description.items()) member(key, value);
  member("converter", Json{{"@type", "SoftwareApplication"}, {"name", kName}, {"softwareVersion", kVersion}});
  out += ",\n  \"tei\": ";
  append_xml_tree_json(out, tree, 1);
  out += "\n}\n";
  return out;
}

}  // namespace

std::string write_jsonld(const Document& doc, Diagnostics& diags) {
  if (!doc.tei.empty()) return jsonld_text(doc.metadata, doc.tei, doc.metadata.file, 0);
  return write_jsonld_from_tei(doc, write_tei(doc, diags), diags);
}

std::string write_jsonld_from_tei(const Document& doc, std::string_view tei, Diagnostics& diags) {
  // Layer 2 holds the TEI file archtei writes, exactly as a reader gets it back, and layer 1
  // what that TEI's header says: so reading the output back finds both in step.
  const std::string& file = doc.metadata.file;
  XmlDocument tree = parse_xml(tei, file);
  Metadata metadata = read_tei_metadata(tree, file);
  if (std::string lost = lost_fields(doc.metadata, metadata); !lost.empty())
    diags.warn("the TEI header does not carry back " + lost + "; the JSON-LD describes what the TEI holds",
               "jsonld-lost-field");
  return jsonld_text(metadata, tree, file, tei.size());
}

}  // namespace archtei
