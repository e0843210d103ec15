// Converts metadata records into the JSON object (or array) `archtei inspect --json` prints.
#include "jsonld/record_json.h"

#include <nlohmann/json.hpp>

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

/// An absent string is null, not "".
Json string_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json strings(const std::vector<std::string>& list) {
  Json out = Json::array();
  for (const auto& s : list) out.push_back(s);
  return out;
}

Json archive(const ArchivalReference& r) {
  Json out = Json::object();
  out["archive"] = string_or_null(r.archive);
  out["archive_name"] = string_or_null(r.archive_name);
  out["fond"] = string_or_null(r.fond);
  out["opis"] = string_or_null(r.opis);
  out["delo"] = string_or_null(r.delo);
  out["papka"] = string_or_null(r.papka);
  out["listy"] = string_or_null(r.listy);
  out["note"] = string_or_null(r.note);
  out["citation"] = string_or_null(r.citation);
  return out;
}

Json record(const Metadata& m) {
  Json out = Json::object();
  out["file"] = string_or_null(m.file);
  out["title"] = string_or_null(m.title);
  out["date"] = string_or_null(m.date);
  out["document_type"] = string_or_null(m.document_type);
  out["authors"] = strings(m.authors);
  out["recipients"] = strings(m.recipients);
  out["archives"] = Json::array();
  for (const auto& r : m.archives) out["archives"].push_back(archive(r));
  out["published_sources"] = strings(m.published_sources);
  out["translators"] = strings(m.translators);
  out["contributors"] = strings(m.contributors);
  out["editors"] = strings(m.editors);
  out["other_credits"] = Json::array();
  for (const auto& c : m.other_credits)
    out["other_credits"].push_back(Json{{"role", string_or_null(c.role)}, {"name", string_or_null(c.name)}});
  out["funders"] = strings(m.funders);
  out["original_languages"] = strings(m.original_languages);
  out["summary"] = string_or_null(m.summary);
  out["source_url"] = string_or_null(m.source_url);
  out["publisher"] = string_or_null(m.publisher);
  out["signers"] = strings(m.signers);
  out["speakers"] = strings(m.speakers);
  out["warnings"] = strings(m.warnings);
  return out;
}

std::string dump(const Json& j, int indent) {
  // Invalid UTF-8 is replaced rather than thrown: inspect must print something for any input.
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string write_record_json(const Metadata& record, int indent) { return dump(archtei::record(record), indent); }

std::string write_records_json(const std::vector<Metadata>& records, int indent) {
  Json out = Json::array();
  for (const auto& r : records) out.push_back(record(r));
  return dump(out, indent);
}

}  // namespace archtei
