// Schema customization: a RelaxNG customization (an <include> of a base grammar with
// overriding defines, plus extra defines and Schematron patterns) to one standalone grammar.
#include "validate/schema_customize.h"

#include <cstring>
#include <map>
#include <vector>

#include "validate/xml_input.h"

namespace archtei {
namespace {

constexpr const char* kRngNs = "http://relaxng.org/ns/structure/1.0";
constexpr const char* kAnnotationNs = "http://relaxng.org/ns/compatibility/annotations/1.0";

bool in_ns(const xmlNode* n, const char* ns) {
  return n->type == XML_ELEMENT_NODE && n->ns != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0;
}

bool is_rng(const xmlNode* n, const char* name) {
  return in_ns(n, kRngNs) && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string name_of(const xmlNode* n) {
  xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>("name"));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

void drop_documentation(xmlNode* n) {
  for (xmlNode* c = n->children; c;) {
    xmlNode* next = c->next;
    if (c->type == XML_COMMENT_NODE || in_ns(c, kAnnotationNs)) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
    } else if (c->type == XML_ELEMENT_NODE) {
      drop_documentation(c);
    }
    c = next;
  }
}

[[noreturn]] void fail(const std::string& name, const std::string& why) {
  throw Error(ErrorKind::Schema, Diagnostic{Severity::Error, name, {}, why, "schema"});
}

}  // namespace

std::string flatten_customization(std::string_view customization, const std::string& customization_name,
                                  std::string_view base, const std::string& base_name) {
  xml::DocPtr custom = xml::parse_schema(customization, customization_name);
  xml::DocPtr out = xml::parse_schema(base, base_name);
  xmlNode* root = xmlDocGetRootElement(out.get());
  xmlNode* custom_root = xmlDocGetRootElement(custom.get());
  if (!root || !is_rng(root, "grammar")) fail(base_name, "base schema is not a RelaxNG grammar");
  if (!custom_root || !is_rng(custom_root, "grammar")) fail(customization_name, "customization is not a RelaxNG grammar");
  drop_documentation(root);

  auto replace = [&](xmlNode* override_node, bool is_start) {
    std::string name = is_start ? std::string() : name_of(override_node);
    xmlNode* copy = xmlDocCopyNode(override_node, out.get(), 1);
    bool placed = false;
    for (xmlNode* c = root->children; c;) {
      xmlNode* next = c->next;
      bool match = is_start ? is_rng(c, "start") : (is_rng(c, "define") && name_of(c) == name);
      if (match) {
        if (!placed) {
          xmlAddPrevSibling(c, copy);
          placed = true;
        }
        xmlUnlinkNode(c);
        xmlFreeNode(c);
      }
      c = next;
    }
    if (!placed) fail(customization_name, "override of \"" + name + "\" names nothing in the base schema");
  };

  bool included = false;
  for (xmlNode* c = custom_root->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_rng(c, "include")) {
      included = true;
      for (xmlNode* o = c->children; o; o = o->next) {
        if (is_rng(o, "define")) replace(o, false);
        else if (is_rng(o, "start")) replace(o, true);
      }
    } else if (!in_ns(c, kAnnotationNs)) {
      xmlAddChild(root, xmlDocCopyNode(c, out.get(), 1));
    }
  }
  if (!included) fail(customization_name, "customization has no <include> of the base schema");
  xmlReconciliateNs(out.get(), root);
  // Keep the customization's namespace declarations (sch:, tei:) on the root for readers.
  for (xmlNs* ns = custom_root->nsDef; ns; ns = ns->next)
    if (ns->prefix && !xmlSearchNs(out.get(), root, ns->prefix)) xmlNewNs(root, ns->href, ns->prefix);

  xmlChar* mem = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(out.get(), &mem, &size, "UTF-8", 1);
  std::string text(reinterpret_cast<const char*>(mem), static_cast<std::size_t>(size));
  xmlFree(mem);
  return text;
}

}  // namespace archtei
