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

Json span_list(const Spans& spans) {
  Json out = Json::array();
  for (const SourceSpan& s : spans)
    out.push_back(Json{{"line", s.line}, {"column", s.column}, {"end_line", s.end_line},
                       {"end_column", s.end_column}, {"offset", s.offset}, {"length", s.length}});
  return out;
}

Json span_lists(const std::vector<Spans>& lists) {
  Json out = Json::array();
  for (const Spans& s : lists) out.push_back(span_list(s));
  return out;
}

Json spans(const RecordSpans& s) {
  if (!s.traced) return nullptr;
  Json out = Json::object();
  out["title"] = span_list(s.title);
  out["date"] = span_list(s.date);
  out["document_type"] = span_list(s.document_type);
  out["authors"] = span_lists(s.authors);
  out["recipients"] = span_lists(s.recipients);
  out["archives"] = Json::array();
  for (const ReferenceSpans& r : s.archives)
    out["archives"].push_back(Json{{"archive", span_list(r.archive)}, {"archive_name", span_list(r.archive_name)},
                                   {"fond", span_list(r.fond)}, {"opis", span_list(r.opis)},
                                   {"delo", span_list(r.delo)}, {"papka", span_list(r.papka)},
                                   {"listy", span_list(r.listy)}, {"note", span_list(r.note)},
                                   {"citation", span_list(r.citation)}});
  out["published_sources"] = span_lists(s.published_sources);
  out["translators"] = span_lists(s.translators);
  out["contributors"] = span_lists(s.contributors);
  out["editors"] = span_lists(s.editors);
  out["other_credits"] = Json::array();
  for (const CreditSpans& c : s.other_credits)
    out["other_credits"].push_back(Json{{"role", span_list(c.role)}, {"name", span_list(c.name)}});
  out["funders"] = span_lists(s.funders);
  out["original_languages"] = span_lists(s.original_languages);
  out["summary"] = span_list(s.summary);
  out["source_url"] = span_list(s.source_url);
  out["publisher"] = span_list(s.publisher);
  out["signers"] = span_lists(s.signers);
  out["speakers"] = span_lists(s.speakers);
  out["warnings"] = span_lists(s.warnings);
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

std::string write_record_json(const Metadata& m, const RecordSpans& s, int indent) {
  Json out = record(m);
  out["spans"] = spans(s);
  return dump(out, indent);
}

std::string write_records_json(const std::vector<Metadata>& records, const std::vector<RecordSpans>& s,
                               int indent) {
  Json out = Json::array();
  for (std::size_t i = 0; i < records.size(); ++i) {
    Json one = record(records[i]);
    one["spans"] = i < s.size() ? spans(s[i]) : Json(nullptr);
    out.push_back(std::move(one));
  }
  return dump(out, indent);
}

}  // namespace archtei
