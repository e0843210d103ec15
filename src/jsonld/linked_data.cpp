// Layer 1: the metadata record rendered with established vocabularies. Every value here is
// derived from the record and the tree, so a reader can derive it again and compare.
#include "jsonld/linked_data.h"

#include <array>
#include <string_view>

#include "model/language_names.h"

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

std::string_view local_name(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

const XmlNode* root_element(const XmlDocument& tree) {
  for (const auto& node : tree.children)
    if (node.kind == XmlNodeKind::Element) return &node;
  return nullptr;
}

const std::string* attribute(const XmlNode& element, std::string_view name) {
  for (const auto& a : element.attributes)
    if (a.name == name) return &a.value;
  return nullptr;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

const XmlNode* child_element(const XmlNode* parent, std::string_view name) {
  if (!parent) return nullptr;
  for (const auto& c : parent->children)
    if (c.kind == XmlNodeKind::Element && local_name(c.name) == name) return &c;
  return nullptr;
}

// The language of the translation the TEI text holds (<div type="translation">, in its own
// xml:lang or the text's); "" when it holds none.
std::string translation_language(const XmlDocument& tree) {
  const XmlNode* text = child_element(root_element(tree), "text");
  const XmlNode* body = child_element(text, "body");
  if (!body) return {};
  for (const auto& div : body->children) {
    if (div.kind != XmlNodeKind::Element || local_name(div.name) != "div") continue;
    const std::string* type = attribute(div, "type");
    if (!type || *type != "translation") continue;
    if (const std::string* lang = attribute(div, "xml:lang")) return *lang;
    const std::string* text_lang = attribute(*text, "xml:lang");
    return text_lang ? *text_lang : std::string();
  }
  return {};
}

// The words of the TEI <text>, whitespace runs collapsed, for full-text search.
std::string plain_text(const XmlDocument& tree) {
  const XmlNode* root = root_element(tree);
  if (!root) return {};
  std::string raw;
  for (const auto& child : root->children)
    if (child.kind == XmlNodeKind::Element && local_name(child.name) == "text") append_string_value(child, raw);
  std::string out;
  bool pending_space = false;
  for (char c : raw) {
    if (is_space(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
  return out;
}

std::string percent_encode(std::string_view s) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 0xF];
    }
  }
  return out;
}

// The file's name without folders and without the ending that selected its format.
std::string file_stem(std::string_view file) {
  auto slash = file.find_last_of("/\\");
  if (slash != std::string_view::npos) file.remove_prefix(slash + 1);
  for (std::string_view ending : {".tei.xml", ".jsonld", ".json", ".xml", ".tei", ".txt", ".text"})
    if (file.size() > ending.size() && file.ends_with(ending)) {
      file.remove_suffix(ending.size());
      break;
    }
  return std::string(file);
}

std::string document_id(const Metadata& md, const XmlDocument& tree, const std::string& file) {
  if (!md.source_url.empty()) return md.source_url;
  if (const XmlNode* root = root_element(tree))
    if (const std::string* id = attribute(*root, "xml:id"); id && !id->empty())
      return "urn:archtei:" + percent_encode(*id);
  std::string stem = file_stem(file);
  return stem.empty() ? std::string() : "urn:archtei:" + percent_encode(stem);
}

// ISO 8601 dates as typed literals, so triple stores can compare them.
Json date_value(const std::string& date) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (i >= date.size() || date[i] < '0' || date[i] > '9') return false;
    return true;
  };
  const char* type = nullptr;
  if (date.size() == 10 && digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' && digits(8, 2))
    type = "xsd:date";
  else if (date.size() == 7 && digits(0, 4) && date[4] == '-' && digits(5, 2))
    type = "xsd:gYearMonth";
  else if (date.size() == 4 && digits(0, 4))
    type = "xsd:gYear";
  if (!type) return date;
  return Json{{"@value", date}, {"@type", type}};
}

Json agents(const std::vector<std::string>& names) {
  Json list = Json::array();
  for (const auto& name : names) list.push_back(Json{{"name", name}});
  return list;
}

void put(Json& node, const char* key, Json value) {
  if (value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty()) ||
      (value.is_array() && value.empty()))
    return;
  node[key] = std::move(value);
}

Json identifier(const std::string& value, const std::string& type) {
  return Json{{"@type", "Identifier"}, {"textualValue", value}, {"hasIdentifierType", "archtei:" + type}};
}

struct Level {
  const std::string ArchivalReference::*field;
  const char* name;
  const char* record_set_type;  // nullptr when RiC's vocabulary has no matching concept
};

// From the top of the hierarchy down; Russian archives cite fond, opis, papka, delo.
constexpr std::array<Level, 4> kLevels = {{
    {&ArchivalReference::fond, "fond", "ric-rst:Fonds"},
    {&ArchivalReference::opis, "opis", "ric-rst:Series"},
    {&ArchivalReference::papka, "papka", nullptr},
    {&ArchivalReference::delo, "delo", "ric-rst:File"},
}};

}  // namespace

bool id_comes_from_document(const Metadata& md, const XmlDocument& tree) {
  if (!md.source_url.empty()) return true;
  const XmlNode* root = root_element(tree);
  const std::string* id = root ? attribute(*root, "xml:id") : nullptr;
  return id && !id->empty();
}

Json describe_document(const Metadata& md, const XmlDocument& tree, const std::string& file) {
  Json doc = Json::object();
  put(doc, "@id", document_id(md, tree, file));
  doc["@type"] = Json::array({"ArchiveComponent", "CreativeWork", "Record"});
  put(doc, "name", md.title);
  if (!md.date.empty()) doc["dateCreated"] = date_value(md.date);
  if (!md.document_type.empty())
    doc["hasDocumentaryFormType"] = Json{{"@type", "DocumentaryFormType"}, {"ricoName", md.document_type}};
  put(doc, "author", agents(md.authors));
  put(doc, "hasAuthor", agents(md.signers));
  put(doc, "hasAddressee", agents(md.recipients));
  put(doc, "translator", agents(md.translators));
  put(doc, "editor", agents(md.editors));
  Json contributors = agents(md.contributors);
  for (const auto& credit : md.other_credits)
    contributors.push_back(
        Json{{"@type", "Role"}, {"roleName", credit.role}, {"contributor", Json{{"name", credit.name}}}});
  put(doc, "contributor", std::move(contributors));
  put(doc, "funder", agents(md.funders));
  if (!md.publisher.empty()) doc["publisher"] = Json{{"@type", "Organization"}, {"name", md.publisher}};
  // The document is in its original languages (BCP 47 codes where known); the translation
  // the TEI holds is a work of its own language.
  Json languages = Json::array();
  for (const auto& name : md.original_languages) languages.push_back(language_code(name).value_or(name));
  put(doc, "inLanguage", std::move(languages));
  if (std::string lang = translation_language(tree); !lang.empty())
    doc["workTranslation"] = Json{{"@type", "CreativeWork"}, {"inLanguage", lang}};
  put(doc, "abstract", md.summary);
  put(doc, "url", md.source_url);
  Json sources = Json::array();
  for (const auto& source : md.published_sources)
    sources.push_back(Json{{"@type", "CreativeWork"}, {"name", source}});
  put(doc, "isBasedOn", std::move(sources));

  // One archive node per reference, shared by holdingArchive and the top record set.
  Json archives = Json::array(), included_in = Json::array(), holders = Json::array(),
       identifiers = Json::array();
  for (std::size_t i = 0; i < md.archives.size(); ++i) {
    const ArchivalReference& ref = md.archives[i];
    std::string archive_id = "_:archive" + std::to_string(i + 1);
    bool has_archive = !ref.archive.empty() || !ref.archive_name.empty();
    if (has_archive) {
      Json org{{"@id", archive_id}, {"@type", Json::array({"ArchiveOrganization", "CorporateBody"})}};
      org["name"] = ref.archive_name.empty() ? ref.archive : ref.archive_name;
      if (!ref.archive_name.empty() && !ref.archive.empty()) org["alternateName"] = ref.archive;
      archives.push_back(std::move(org));
    }
    Json set;  // the lowest record set given, each nested in the one above it
    for (const Level& level : kLevels) {
      const std::string& value = ref.*level.field;
      if (value.empty()) continue;
      Json node{{"@type", "RecordSet"}, {"ricoType", level.name}};
      if (level.record_set_type) node["hasRecordSetType"] = level.record_set_type;
      node["hasOrHadIdentifier"] = identifier(value, level.name);
      if (set.is_null()) {
        if (has_archive) node["hasOrHadHolder"] = Json{{"@id", archive_id}};
      } else {
        node["isOrWasIncludedIn"] = std::move(set);
      }
      set = std::move(node);
    }
    if (!set.is_null())
      included_in.push_back(std::move(set));
    else if (has_archive)
      holders.push_back(Json{{"@id", archive_id}});
    if (!ref.listy.empty()) identifiers.push_back(identifier(ref.listy, "listy"));
  }
  put(doc, "holdingArchive", std::move(archives));
  put(doc, "isOrWasIncludedIn", std::move(included_in));
  put(doc, "hasOrHadHolder", std::move(holders));
  put(doc, "hasOrHadIdentifier", std::move(identifiers));
  put(doc, "text", plain_text(tree));

  const XmlNode* root = root_element(tree);
  const std::string* version = root ? attribute(*root, "version") : nullptr;
  doc["teiVersion"] = version && !version->empty() ? *version : std::string("P5");
  return doc;
}

}  // namespace archtei
