// Broken-variant generator: a valid TEI document to many deliberately broken copies.
#include "mutants.h"

#include <pugixml.hpp>

#include <functional>
#include <sstream>

namespace archtei::testing {
namespace {

using Mutation = std::function<bool(pugi::xml_document&)>;

pugi::xml_node first(pugi::xml_node root, const char* name) {
  return root.find_node([name](pugi::xml_node n) { return n.type() == pugi::node_element && std::string(n.name()) == name; });
}

// The first element that takes phrase-level content, for inserting inline mutations.
pugi::xml_node first_phrase_holder(pugi::xml_node root) {
  for (const char* name : {"p", "ab", "note", "item", "head", "summary"})
    if (auto n = first(root.child("TEI").child("text"), name)) return n;
  for (const char* name : {"p", "ab", "note", "summary"})
    if (auto n = first(root, name)) return n;
  return {};
}

// A date element to play with: an existing one, or one added to a paragraph.
pugi::xml_node some_date(pugi::xml_document& d) {
  if (auto date = first(d, "date")) return date;
  auto holder = first_phrase_holder(d);
  if (!holder) return {};
  auto date = holder.append_child("date");
  date.append_child(pugi::node_pcdata).set_value("1950");
  return date;
}

const std::vector<std::pair<std::string, Mutation>>& mutations() {
  static const std::vector<std::pair<std::string, Mutation>> all = {
      {"remove-title", [](pugi::xml_document& d) {
         auto ts = first(d, "titleStmt");
         bool any = false;
         while (auto t = ts.child("title")) any = ts.remove_child(t) || any;
         return any;
       }},
      {"remove-titleStmt", [](pugi::xml_document& d) {
         auto n = first(d, "titleStmt");
         return n && n.parent().remove_child(n);
       }},
      {"remove-publicationStmt", [](pugi::xml_document& d) {
         auto n = first(d, "publicationStmt");
         return n && n.parent().remove_child(n);
       }},
      {"remove-fileDesc", [](pugi::xml_document& d) {
         auto n = first(d, "fileDesc");
         return n && n.parent().remove_child(n);
       }},
      {"empty-body", [](pugi::xml_document& d) {
         auto body = first(d, "body");
         if (!body || !body.first_child()) return false;
         while (body.first_child()) body.remove_child(body.first_child());
         return true;
       }},
      {"header-after-text", [](pugi::xml_document& d) {
         auto tei = d.child("TEI");
         auto header = tei.child("teiHeader");
         auto text = tei.child("text");
         return header && text && tei.insert_move_after(header, text);
       }},
      {"swap-titleStmt-publicationStmt", [](pugi::xml_document& d) {
         auto title = first(d, "titleStmt");
         auto pub = first(d, "publicationStmt");
         return title && pub && title.parent().insert_move_after(title, pub);
       }},
      {"unknown-element", [](pugi::xml_document& d) {
         auto holder = first_phrase_holder(d);
         return holder && holder.append_child("bogusElement").append_child(pugi::node_pcdata).set_value("x");
       }},
      {"unknown-element-in-header", [](pugi::xml_document& d) {
         auto fd = first(d, "fileDesc");
         return fd && fd.append_child("archiveShelf").append_child(pugi::node_pcdata).set_value("A 12");
       }},
      {"foreign-attribute", [](pugi::xml_document& d) {
         auto tei = d.child("TEI");
         auto text = tei.child("text");
         if (!text) return false;
         tei.append_attribute("xmlns:zz") = "http://example.org/zz";
         text.append_attribute("zz:flag") = "1";
         return true;
       }},
      {"unknown-attribute", [](pugi::xml_document& d) {
         auto body = first(d, "body");
         return body && body.append_attribute("bogus").set_value("1");
       }},
      {"bad-date", [](pugi::xml_document& d) {
         auto date = some_date(d);
         if (!date) return false;
         date.remove_attribute("when");
         return date.append_attribute("when").set_value("1950-13-45");
       }},
      {"bad-enumerated-value", [](pugi::xml_document& d) {
         auto holder = first_phrase_holder(d);
         if (!holder) return false;
         holder.remove_attribute("part");
         return holder.append_attribute("part").set_value("Q");
       }},
      {"bad-availability-status", [](pugi::xml_document& d) {
         auto a = first(d, "availability");
         if (!a) return false;
         a.remove_attribute("status");
         return a.append_attribute("status").set_value("offsite");
       }},
      {"dangling-pointer", [](pugi::xml_document& d) {
         auto holder = first_phrase_holder(d);
         return holder && holder.append_child("ptr").append_attribute("target").set_value("#no-such-id");
       }},
      {"duplicate-id", [](pugi::xml_document& d) {
         auto header = d.child("TEI").child("teiHeader");
         auto text = d.child("TEI").child("text");
         if (!header || !text) return false;
         header.remove_attribute("xml:id");
         text.remove_attribute("xml:id");
         header.append_attribute("xml:id") = "dup";
         text.append_attribute("xml:id") = "dup";
         return true;
       }},
      {"bad-id", [](pugi::xml_document& d) {
         auto text = d.child("TEI").child("text");
         if (!text) return false;
         text.remove_attribute("xml:id");
         return text.append_attribute("xml:id").set_value("1 bad id");
       }},
      {"text-in-element-only", [](pugi::xml_document& d) {
         auto fd = first(d, "fileDesc");
         return fd && fd.prepend_child(pugi::node_pcdata).set_value("stray words");
       }},
      {"when-with-notBefore", [](pugi::xml_document& d) {
         auto date = some_date(d);
         if (!date) return false;
         date.remove_attribute("when");
         date.remove_attribute("notBefore");
         date.append_attribute("when") = "1950-01-01";
         date.append_attribute("notBefore") = "1949-01-01";
         return true;
       }},
      {"wrong-namespace", [](pugi::xml_document& d) {
         auto tei = d.child("TEI");
         return tei && tei.attribute("xmlns") && tei.attribute("xmlns").set_value("http://example.org/not-tei");
       }},
  };
  return all;
}

// Insertions that keep RelaxNG validity and each break one Schematron rule of tei_all.
const std::vector<std::pair<std::string, std::string>> kRuleBreakers = {
    {"date-when-with-notBefore", R"(<date when="1956-10-23" notBefore="1956-10-01">23 Oct</date>)"},
    {"ref-targetLang-without-target", R"(<ref targetLang="ru">see</ref>)"},
    {"seg-subtype-without-type", R"(<seg subtype="telegram">seg</seg>)"},
    {"ptr-target-and-cRef", R"(<ptr target="#x" cRef="1.2"/>)"},
    {"addSpan-without-spanTo", R"(<addSpan/>)"},
};

}  // namespace

Mutant break_one_schematron_rule(const std::string& xml, std::size_t which) {
  const auto& [name, fragment] = kRuleBreakers[which % kRuleBreakers.size()];
  const unsigned flags = pugi::parse_default | pugi::parse_doctype |
                         pugi::parse_comments | pugi::parse_pi | pugi::parse_ws_pcdata;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size(), flags)) return {name, {}};
  auto holder = first_phrase_holder(doc);
  if (!holder) return {name, {}};
  pugi::xml_document piece;
  piece.load_string(fragment.c_str());
  holder.append_copy(piece.first_child());
  std::ostringstream s;
  doc.save(s, "", pugi::format_raw | pugi::format_no_declaration);
  return {name, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + s.str()};
}

std::vector<std::string> mutation_names() {
  std::vector<std::string> out;
  for (const auto& [name, m] : mutations()) out.push_back(name);
  out.push_back("truncated");
  return out;
}

std::vector<Mutant> make_mutants(const std::string& xml, bool truncated) {
  std::vector<Mutant> out;
  const unsigned flags = pugi::parse_default | pugi::parse_doctype |
                         pugi::parse_comments | pugi::parse_pi | pugi::parse_ws_pcdata;
  for (const auto& [name, mutate] : mutations()) {
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size(), flags)) continue;
    if (!mutate(doc)) continue;
    std::ostringstream s;
    doc.save(s, "", pugi::format_raw | pugi::format_no_declaration);
    out.push_back({name, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + s.str()});
  }
  // Not well-formed: cut in the middle of the document.
  if (truncated) out.push_back({"truncated", xml.substr(0, xml.size() / 2)});
  return out;
}

}  // namespace archtei::testing
