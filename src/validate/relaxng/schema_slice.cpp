// Schema slicing: a RelaxNG grammar plus the element names a batch of documents uses, to a
// smaller grammar with the same verdict on those documents.
#include "validate/relaxng/schema_slice.h"

#include <libxml/xmlsave.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>

#include "validate/relaxng/rng_syntax.h"

namespace archtei {
namespace {

using rng_syntax::is_rng;
constexpr auto attr = rng_syntax::attribute;

bool is_rng_any(const xmlNode* n) { return rng_syntax::is_rng(n); }

std::string local_part(const std::string& qname) {
  auto colon = qname.find(':');
  std::string s = colon == std::string::npos ? qname : qname.substr(colon + 1);
  // Whitespace around names is allowed in RelaxNG.
  auto b = s.find_first_not_of(" \t\r\n");
  auto e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// The element local name a <define> stands for, when it is exactly one <element name=...>
// (or <element><name>x</name>...); empty otherwise.
std::string defined_element(const xmlNode* define) {
  const xmlNode* only = nullptr;
  for (const xmlNode* c = define->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (!is_rng_any(c)) continue;  // annotations
    if (only != nullptr) return {};
    only = c;
  }
  if (only == nullptr || !is_rng(only, "element")) return {};
  std::string name = attr(only, "name");
  if (!name.empty()) return local_part(name);
  for (const xmlNode* c = only->children; c; c = c->next) {
    if (!is_rng_any(c)) continue;
    if (!is_rng(c, "name")) return {};
    xmlChar* text = xmlNodeGetContent(c);
    std::string s = text ? reinterpret_cast<const char*>(text) : "";
    xmlFree(text);
    return local_part(s);
  }
  return {};
}

void collect_refs(const xmlNode* n, std::vector<std::string>& out) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_rng(c, "ref")) out.push_back(attr(c, "name"));
    collect_refs(c, out);
  }
}

bool has_unsliceable(const xmlNode* n) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_rng(c, "include") || is_rng(c, "externalRef") || is_rng(c, "grammar") ||
        is_rng(c, "parentRef") || is_rng(c, "div"))
      return true;
    if (has_unsliceable(c)) return true;
  }
  return false;
}

void collect_optional_attributes(xmlNode* n, std::vector<xmlNode*>& out) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_rng(c, "optional")) {
      int kids = 0;
      bool only_attribute = true;
      for (xmlNode* k = c->children; k; k = k->next) {
        if (!is_rng_any(k)) continue;
        ++kids;
        only_attribute = only_attribute && is_rng(k, "attribute") && !attr(k, "name").empty();
      }
      if (kids == 1 && only_attribute) {
        out.push_back(c);
        continue;
      }
    }
    collect_optional_attributes(c, out);
  }
}

void remove_children(xmlNode* n) {
  xmlNode* c = n->children;
  while (c) {
    xmlNode* next = c->next;
    xmlUnlinkNode(c);
    xmlFreeNode(c);
    c = next;
  }
}

// Documentation is most of tei_all.rng's bytes and none of its meaning.
void strip_annotations(xmlNode* n) {
  xmlNode* c = n->children;
  while (c) {
    xmlNode* next = c->next;
    if (c->type == XML_COMMENT_NODE || (c->type == XML_ELEMENT_NODE && !is_rng_any(c))) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
    } else if (c->type == XML_ELEMENT_NODE) {
      strip_annotations(c);
    }
    c = next;
  }
}

std::string serialize(xmlDoc* doc) {
  xmlChar* mem = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
  std::string out(reinterpret_cast<const char*>(mem), static_cast<std::size_t>(size));
  xmlFree(mem);
  return out;
}

void add_names(const xmlNode* n, NameSet& out) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) {
      out.insert(reinterpret_cast<const char*>(c->name));
      for (const xmlAttr* a = c->properties; a; a = a->next)
        out.insert('@' + std::string(reinterpret_cast<const char*>(a->name)));
      add_names(c->children, out);
    }
  }
}

}  // namespace

RngGrammar::RngGrammar(xml::DocPtr schema) : schema_(std::move(schema)) {
  xmlNode* root = xmlDocGetRootElement(schema_.get());
  if (root == nullptr || !is_rng(root, "grammar") || has_unsliceable(root)) return;
  for (xmlNode* c = root->children; c; c = c->next) {
    if (!is_rng(c, "define")) continue;
    std::string name = attr(c, "name");
    defines_[name].push_back(c);
  }
  for (const auto& [name, nodes] : defines_) {
    if (nodes.size() != 1) continue;  // combined defines stay whole
    std::string element = defined_element(nodes.front());
    if (!element.empty()) element_defines_[name] = element;
  }
  for (const auto& [define, element] : element_defines_) sliced_names_.insert(element);
  std::vector<xmlNode*> optionals;
  collect_optional_attributes(root, optionals);
  for (xmlNode* opt : optionals)
    for (xmlNode* c = opt->children; c; c = c->next)
      if (is_rng(c, "attribute")) sliced_names_.insert('@' + local_part(attr(c, "name")));
  sliceable_ = true;
}

NameSet RngGrammar::relevant(const NameSet& names) const {
  NameSet out;
  std::set_intersection(names.begin(), names.end(), sliced_names_.begin(), sliced_names_.end(),
                        std::inserter(out, out.end()));
  return out;
}

NameSet RngGrammar::declared_elements() const {
  NameSet out;
  for (const auto& [define, element] : element_defines_) out.insert(element);
  return out;
}

std::string RngGrammar::slice(const NameSet& names) const {
  if (!sliceable_) return serialize(schema_.get());
  xml::DocPtr copy(xmlCopyDoc(schema_.get(), 1));
  xmlNode* root = xmlDocGetRootElement(copy.get());

  std::map<std::string, std::vector<xmlNode*>> defines;
  std::vector<xmlNode*> starts;
  for (xmlNode* c = root->children; c; c = c->next) {
    if (is_rng(c, "define")) defines[attr(c, "name")].push_back(c);
    if (is_rng(c, "start")) starts.push_back(c);
  }
  // Element patterns the documents cannot contain match nothing.
  for (const auto& [define, element] : element_defines_) {
    if (names.count(element)) continue;
    for (xmlNode* d : defines[define]) {
      remove_children(d);
      xmlNewChild(d, d->ns, reinterpret_cast<const xmlChar*>("notAllowed"), nullptr);
    }
  }
  // An optional attribute no document carries matches only its absence: it is <empty/>.
  // Attribute names are in `names` as "@local".
  std::vector<xmlNode*> optionals;
  collect_optional_attributes(root, optionals);
  for (xmlNode* opt : optionals) {
    xmlNode* attribute = nullptr;
    for (xmlNode* c = opt->children; c; c = c->next)
      if (is_rng_any(c)) attribute = attribute ? nullptr : c;
    if (!attribute || !is_rng(attribute, "attribute")) continue;
    std::string name = local_part(attr(attribute, "name"));
    if (name.empty() || names.count('@' + name)) continue;
    remove_children(opt);
    xmlNodeSetName(opt, reinterpret_cast<const xmlChar*>("empty"));
  }
  // Keep what <start> still reaches.
  std::set<std::string> reached;
  std::vector<std::string> todo;
  for (xmlNode* s : starts) collect_refs(s, todo);
  while (!todo.empty()) {
    std::string name = std::move(todo.back());
    todo.pop_back();
    if (!reached.insert(name).second) continue;
    auto it = defines.find(name);
    if (it == defines.end()) continue;
    for (xmlNode* d : it->second) collect_refs(d, todo);
  }
  for (auto& [name, nodes] : defines) {
    if (reached.count(name)) continue;
    for (xmlNode* d : nodes) {
      xmlUnlinkNode(d);
      xmlFreeNode(d);
    }
  }
  strip_annotations(root);
  return serialize(copy.get());
}

NameSet element_names(const xmlDoc* doc) {
  NameSet out;
  add_names(xmlDocGetRootElement(const_cast<xmlDoc*>(doc)), out);
  return out;
}

std::string fnv1a_hex(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace archtei
