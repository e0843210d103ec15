// RelaxNG XML syntax to simplified patterns. The spec's simplification steps (section 4)
// are applied on the fly: annotations dropped, ns and datatypeLibrary inherited, optional,
// zeroOrMore, mixed and n-ary operators rewritten, defines combined, refs resolved. Elements
// are compiled once each and their content afterwards, which breaks recursion through them.
#include "validate/relaxng/rng_loader.h"

#include <libxml/xmlerror.h>

#include <deque>
#include <map>
#include <set>
#include <vector>

#include "validate/relaxng/rng_syntax.h"

namespace archtei::rng {
namespace {

using rng_syntax::is_rng;
using rng_syntax::trimmed;
constexpr auto has_attr = rng_syntax::has_attribute;
constexpr auto attr = rng_syntax::attribute;

const char* name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string text_of(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

// The value of `name` on `n` or its nearest RelaxNG ancestor that has it.
std::string inherited(const xmlNode* n, const char* name) {
  for (; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent)
    if (is_rng(n) && has_attr(n, name)) return attr(n, name);
  return {};
}

std::vector<const xmlNode*> rng_children(const xmlNode* n) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = n->children; c; c = c->next)
    if (is_rng(c)) out.push_back(c);
  return out;
}

// One <grammar>'s definitions, with the grammar it is nested in (for parentRef).
struct Grammar {
  const Grammar* parent = nullptr;
  std::map<std::string, std::vector<const xmlNode*>> defines;
  std::vector<const xmlNode*> starts;
  mutable std::map<std::string, PatternId> resolved;
  mutable std::set<std::string> resolving;
};

class Loader {
 public:
  explicit Loader(Schema& schema) : schema_(schema), store_(schema.patterns) {}

  PatternId load_root(const xmlNode* root) {
    PatternId start = is_rng(root, "grammar") ? load_grammar(root, nullptr) : pattern(root, nullptr);
    // Element content is compiled after the patterns that mention the element.
    while (!pending_.empty()) {
      auto [node, grammar, id] = pending_.front();
      pending_.pop_front();
      auto kids = rng_children(node);
      std::vector<const xmlNode*> content(kids.begin() + (has_attr(node, "name") ? 0 : 1), kids.end());
      if (content.empty()) fail(node, "an element pattern needs content");
      store_.set_element_content(id, group_of(content, grammar));
    }
    return start;
  }

 private:
  Schema& schema_;
  PatternStore& store_;
  std::deque<std::unique_ptr<Grammar>> grammars_;
  struct PendingElement {
    const xmlNode* node;
    const Grammar* grammar;
    PatternId id;
  };
  std::deque<PendingElement> pending_;
  std::map<const xmlNode*, PatternId> elements_;
  std::map<std::pair<std::string, std::string>, std::uint32_t> builtin_types_;

  [[noreturn]] static void fail(const xmlNode* n, const std::string& why) {
    throw IncorrectSchema("line " + std::to_string(xmlGetLineNo(n)) + ": " + why);
  }

  void collect(const xmlNode* container, Grammar& g) {
    for (const xmlNode* c : rng_children(container)) {
      if (is_rng(c, "start")) {
        g.starts.push_back(c);
      } else if (is_rng(c, "define")) {
        g.defines[trimmed(attr(c, "name"))].push_back(c);
      } else if (is_rng(c, "div")) {
        collect(c, g);
      } else if (is_rng(c, "include")) {
        throw Unsupported("include");
      } else {
        fail(c, std::string("unexpected <") + name_of(c) + "> in a grammar");
      }
    }
  }

  PatternId load_grammar(const xmlNode* node, const Grammar* parent) {
    grammars_.push_back(std::make_unique<Grammar>());
    Grammar& g = *grammars_.back();
    g.parent = parent;
    collect(node, g);
    if (g.starts.empty()) fail(node, "a grammar needs a start");
    return combined(g.starts, &g);
  }

  // Several starts or same-name defines merged by their combine attribute.
  PatternId combined(const std::vector<const xmlNode*>& parts, const Grammar* g) {
    std::string how;
    int without = 0;
    std::vector<PatternId> loaded;
    for (const xmlNode* part : parts) {
      std::string c = trimmed(attr(part, "combine"));
      if (c.empty()) {
        ++without;
      } else if (c != "choice" && c != "interleave") {
        fail(part, "combine must be \"choice\" or \"interleave\"");
      } else if (!how.empty() && how != c) {
        fail(part, "definitions of one name combine in different ways");
      } else {
        how = c;
      }
      loaded.push_back(group_of(rng_children(part), g));
    }
    if (parts.size() > 1 && without > 1) fail(parts[1], "more than one definition without combine");
    if (how == "interleave") {
      PatternId out = loaded.front();
      for (std::size_t i = 1; i < loaded.size(); ++i) out = store_.interleave(out, loaded[i]);
      return out;
    }
    return store_.choice(loaded);
  }

  PatternId ref(const xmlNode* node, const Grammar* g) {
    if (g == nullptr) fail(node, "a reference outside any grammar");
    std::string name = trimmed(attr(node, "name"));
    if (auto it = g->resolved.find(name); it != g->resolved.end()) return it->second;
    auto def = g->defines.find(name);
    if (def == g->defines.end()) fail(node, "reference to undefined pattern \"" + name + "\"");
    // Recursion is only allowed through an element, and elements are compiled separately.
    if (!g->resolving.insert(name).second) fail(node, "recursive reference to \"" + name + "\" outside an element");
    PatternId p = combined(def->second, g);
    g->resolving.erase(name);
    g->resolved.emplace(name, p);
    return p;
  }

  PatternId group_of(const std::vector<const xmlNode*>& nodes, const Grammar* g) {
    if (nodes.empty()) return PatternStore::kEmpty;
    PatternId out = pattern(nodes.front(), g);
    for (std::size_t i = 1; i < nodes.size(); ++i) out = store_.group(out, pattern(nodes[i], g));
    return out;
  }

  PatternId pattern(const xmlNode* n, const Grammar* g) {
    const std::string name = name_of(n);
    if (name == "element") return element(n, g);
    if (name == "attribute") return attribute(n, g);
    if (name == "group") return group_of(rng_children(n), g);
    if (name == "interleave" || name == "mixed") {
      auto kids = rng_children(n);
      if (kids.empty()) fail(n, "<" + name + "> needs content");
      PatternId out = pattern(kids.front(), g);
      for (std::size_t i = 1; i < kids.size(); ++i) out = store_.interleave(out, pattern(kids[i], g));
      return name == "mixed" ? store_.interleave(out, PatternStore::kText) : out;
    }
    if (name == "choice") {
      std::vector<PatternId> members;
      for (const xmlNode* c : rng_children(n)) members.push_back(pattern(c, g));
      if (members.empty()) fail(n, "<choice> needs content");
      return store_.choice(std::move(members));
    }
    if (name == "optional") return store_.choice(group_of(rng_children(n), g), PatternStore::kEmpty);
    if (name == "zeroOrMore")
      return store_.choice(store_.one_or_more(group_of(rng_children(n), g)), PatternStore::kEmpty);
    if (name == "oneOrMore") return store_.one_or_more(group_of(rng_children(n), g));
    if (name == "list") return store_.list(group_of(rng_children(n), g));
    if (name == "ref") return ref(n, g);
    if (name == "parentRef") return ref(n, g ? g->parent : nullptr);
    if (name == "empty") return PatternStore::kEmpty;
    if (name == "text") return PatternStore::kText;
    if (name == "notAllowed") return PatternStore::kNotAllowed;
    if (name == "value") return value(n);
    if (name == "data") return data(n, g);
    if (name == "grammar") return load_grammar(n, g);
    if (name == "externalRef") throw Unsupported("externalRef");
    fail(n, "unexpected <" + name + "> where a pattern belongs");
  }

  PatternId element(const xmlNode* n, const Grammar* g) {
    if (auto it = elements_.find(n); it != elements_.end()) return it->second;
    NameClassId nc = has_attr(n, "name") ? qname_class(n, attr(n, "name"), inherited(n, "ns"))
                                         : first_name_class(n);
    PatternId id = store_.new_element(nc);
    elements_.emplace(n, id);
    pending_.push_back({n, g, id});
    return id;
  }

  PatternId attribute(const xmlNode* n, const Grammar* g) {
    auto kids = rng_children(n);
    NameClassId nc;
    std::size_t first = 0;
    if (has_attr(n, "name")) {
      // An attribute's name attribute is in no namespace unless the element itself says.
      nc = qname_class(n, attr(n, "name"), has_attr(n, "ns") ? attr(n, "ns") : std::string());
    } else {
      nc = first_name_class(n);
      first = 1;
    }
    std::vector<const xmlNode*> content(kids.begin() + static_cast<std::ptrdiff_t>(std::min(first, kids.size())), kids.end());
    PatternId value = content.empty() ? PatternStore::kText : group_of(content, g);
    PatternId p = store_.attribute(nc, value);
    const NameClass& name = store_.name_class_at(nc);
    if (name.kind == NameClassKind::Name && store_[value].kind == Kind::Data) {
      IdType id = schema_.datatypes.id_type(store_[value].a);
      if (id != IdType::None) schema_.id_attributes[attribute_key(name.name.ns, name.name.local)] = id;
    }
    return p;
  }

  PatternId value(const xmlNode* n) {
    std::string library, type;
    if (has_attr(n, "type")) {
      type = trimmed(attr(n, "type"));
      library = inherited(n, "datatypeLibrary");
    } else {
      type = "token";  // a value without type is the built-in token, whatever is inherited
    }
    std::string error;
    std::uint32_t dt = datatype(library, type, {}, n);
    std::uint32_t v = schema_.datatypes.add_value(dt, text_of(n), error);
    if (!error.empty()) fail(n, error);
    return store_.value(v);
  }

  PatternId data(const xmlNode* n, const Grammar* g) {
    std::string library = inherited(n, "datatypeLibrary");
    std::string type = trimmed(attr(n, "type"));
    std::vector<std::pair<std::string, std::string>> params;
    PatternId except = PatternStore::kNotAllowed;
    for (const xmlNode* c : rng_children(n)) {
      if (is_rng(c, "param")) {
        params.emplace_back(trimmed(attr(c, "name")), text_of(c));
      } else if (is_rng(c, "except")) {
        std::vector<PatternId> members;
        for (const xmlNode* e : rng_children(c)) members.push_back(pattern(e, g));
        except = store_.choice(std::move(members));
      } else {
        fail(c, "unexpected <" + std::string(name_of(c)) + "> in <data>");
      }
    }
    std::uint32_t dt = datatype(library, type, params, n);
    return store_.data_except(dt, except);
  }

  std::uint32_t datatype(const std::string& library, const std::string& type,
                         const std::vector<std::pair<std::string, std::string>>& params, const xmlNode* n) {
    // Parameterless types are shared; each restricted one is its own.
    if (params.empty())
      if (auto it = builtin_types_.find({library, type}); it != builtin_types_.end()) return it->second;
    std::string error;
    std::uint32_t dt = schema_.datatypes.add(library, type, params, error);
    if (!error.empty()) fail(n, error);
    if (params.empty()) builtin_types_[{library, type}] = dt;
    return dt;
  }

  // "prefix:local" or "local" in the scope of `n`; unprefixed names take `default_ns`.
  QName resolve(const xmlNode* n, const std::string& raw, const std::string& default_ns) {
    std::string qname = trimmed(raw);
    auto colon = qname.find(':');
    if (colon == std::string::npos) return {default_ns, qname};
    std::string prefix = qname.substr(0, colon);
    xmlNs* ns = xmlSearchNs(n->doc, const_cast<xmlNode*>(n), reinterpret_cast<const xmlChar*>(prefix.c_str()));
    if (ns == nullptr) fail(n, "undeclared namespace prefix \"" + prefix + "\"");
    return {reinterpret_cast<const char*>(ns->href), qname.substr(colon + 1)};
  }

  NameClassId qname_class(const xmlNode* n, const std::string& raw, const std::string& default_ns) {
    return store_.name_class({NameClassKind::Name, resolve(n, raw, default_ns), 0, 0, 0});
  }

  NameClassId first_name_class(const xmlNode* n) {
    auto kids = rng_children(n);
    if (kids.empty()) fail(n, "a name class is missing");
    return name_class(kids.front());
  }

  NameClassId name_class(const xmlNode* n) {
    const std::string name = name_of(n);
    if (name == "name") return qname_class(n, text_of(n), inherited(n, "ns"));
    if (name == "anyName" || name == "nsName") {
      NameClassId except = 0;
      for (const xmlNode* c : rng_children(n)) {
        if (!is_rng(c, "except")) fail(c, "unexpected <" + std::string(name_of(c)) + "> in <" + name + ">");
        except = choice_class(rng_children(c), c);
      }
      if (name == "anyName") return store_.name_class({NameClassKind::AnyName, {}, except, 0, 0});
      return store_.name_class({NameClassKind::NsName, {inherited(n, "ns"), {}}, except, 0, 0});
    }
    if (name == "choice") return choice_class(rng_children(n), n);
    fail(n, "unexpected <" + name + "> where a name class belongs");
  }

  NameClassId choice_class(const std::vector<const xmlNode*>& members, const xmlNode* where) {
    if (members.empty()) fail(where, "an empty name-class choice");
    NameClassId out = name_class(members.front());
    for (std::size_t i = 1; i < members.size(); ++i)
      out = store_.name_class({NameClassKind::Choice, {}, 0, out, name_class(members[i])});
    return out;
  }
};

}  // namespace

std::unique_ptr<Schema> load_schema(const xmlDoc* doc) {
  auto schema = std::make_unique<Schema>();
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(doc));
  if (root == nullptr || !is_rng(root)) throw IncorrectSchema("not a RelaxNG schema");
  // libxml2 prints regular-expression errors itself; the loader reports them as its own.
  xmlSetStructuredErrorFunc(nullptr, [](void*, xmlErrorPtr) {});
  try {
    Loader loader(*schema);
    schema->start = loader.load_root(root);
  } catch (...) {
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    throw;
  }
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  return schema;
}

}  // namespace archtei::rng
