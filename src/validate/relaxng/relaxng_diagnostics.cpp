// RelaxNG diagnostics: libxml2's validity errors to one Diagnostic per cause, each with the
// element path as written, a column, and a stable rule code.
#include "validate/relaxng/relaxng_diagnostics.h"

#include <libxml/xmlerror.h>

#include <algorithm>
#include <set>
#include <tuple>

namespace archtei {
namespace {

// Not a libxml2 code: an element the schema declares nowhere.
constexpr int kUndeclared = 10000;
// Not a libxml2 code: an unqualified attribute the schema declares nowhere (str1 = its name).
constexpr int kUndeclaredAttribute = 10001;

std::string qname(const xmlNode* n) {
  std::string name = reinterpret_cast<const char*>(n->name);
  if (n->ns != nullptr && n->ns->prefix != nullptr)
    return reinterpret_cast<const char*>(n->ns->prefix) + (':' + name);
  return name;
}

bool same_name(const xmlNode* a, const xmlNode* b) {
  return a->type == XML_ELEMENT_NODE && b->type == XML_ELEMENT_NODE && qname(a) == qname(b);
}

bool is_follow_on(int code) {
  switch (code) {
    case XML_RELAXNG_ERR_ATTRVALID:
    case XML_RELAXNG_ERR_CONTENTVALID:
    case XML_RELAXNG_ERR_INTERSEQ:
    case XML_RELAXNG_ERR_NOSTATE:
    case XML_RELAXNG_ERR_NODEFINE:
    case XML_RELAXNG_ERR_INTERNAL:
      return true;
    default:
      return false;
  }
}

bool is_inside(const xmlNode* inner, const xmlNode* outer) {
  for (const xmlNode* n = inner; n != nullptr; n = n->parent)
    if (n == outer) return true;
  return false;
}

// The attribute of `node` holding `value`, as written (prefix included), if exactly one does.
std::string attribute_with_value(const xmlNode* node, const std::string& value) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  std::string found;
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    xmlChar* v = xmlNodeGetContent(reinterpret_cast<const xmlNode*>(a));
    bool match = v != nullptr && value == reinterpret_cast<const char*>(v);
    xmlFree(v);
    if (!match) continue;
    if (!found.empty()) return {};
    found = reinterpret_cast<const char*>(a->name);
    if (a->ns != nullptr && a->ns->prefix != nullptr)
      found = reinterpret_cast<const char*>(a->ns->prefix) + (':' + found);
  }
  return found;
}

// The attribute of `node` with local name `name`, as written.
std::string attribute_as_written(const xmlNode* node, const std::string& name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return name;
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (name != reinterpret_cast<const char*>(a->name)) continue;
    if (a->ns != nullptr && a->ns->prefix != nullptr)
      return reinterpret_cast<const char*>(a->ns->prefix) + (':' + name);
    return name;
  }
  return name;
}

std::string quoted(const std::string& s) { return '"' + s + '"'; }

struct Worded {
  std::string message;
  std::string code;
};

Worded word(const RawValidityError& e) {
  const xmlNode* n = e.node;
  bool element = n != nullptr && n->type == XML_ELEMENT_NODE;
  std::string here = element ? qname(n) : std::string();
  std::string path = element ? element_path(n) : std::string();
  std::string parent_path =
      element && n->parent && n->parent->type == XML_ELEMENT_NODE ? element_path(n->parent) : path;
  switch (e.code) {
    case kUndeclaredAttribute:
      return {"attribute " + quoted(e.str1) + " is not declared in the schema, on " + path,
              "rng-attribute-not-allowed"};
    case kUndeclared:
      return {"element " + quoted(here) + " is not declared in the schema, in " + parent_path,
              "rng-element-not-allowed"};
    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_INTEREXTRA:
      return {"element " + quoted(element ? here : e.str1) + " not allowed here, in " + parent_path,
              "rng-element-not-allowed"};
    case XML_RELAXNG_ERR_NOELEM:
      return {"element " + quoted(e.str1) + " missing in " + path + " (the schema requires it here)",
              "rng-element-missing"};
    case XML_RELAXNG_ERR_ELEMNAME:
      return {"expected element " + quoted(e.str1) + " but found " + quoted(element ? here : e.str2) +
                  ", at " + path,
              "rng-element-unexpected"};
    case XML_RELAXNG_ERR_ELEMWRONGNS:
    case XML_RELAXNG_ERR_ELEMNONS:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
      return {"element " + quoted(here) + " is in the wrong namespace (" + e.message + "), at " + path,
              "rng-element-namespace"};
    case XML_RELAXNG_ERR_INVALIDATTR:
      return {"attribute " + quoted(attribute_as_written(n, e.str1)) + " not allowed on element " +
                  quoted(element ? here : e.str2) + ", at " + path,
              "rng-attribute-not-allowed"};
    case XML_RELAXNG_ERR_TYPE:
    case XML_RELAXNG_ERR_TYPEVAL: {
      std::string attribute = attribute_with_value(n, e.str2);
      std::string where = attribute.empty() ? "in " + path : "for attribute " + quoted(attribute) + " of " + path;
      return {"value " + quoted(e.str2) + " is not a valid " + e.str1 + ", " + where, "rng-bad-value"};
    }
    case XML_RELAXNG_ERR_DATATYPE:
      return {"value is not a valid " + e.str1 + ", in " + path, "rng-bad-value"};
    case XML_RELAXNG_ERR_VALUE:
    case XML_RELAXNG_ERR_LIST:
    case XML_RELAXNG_ERR_LISTEXTRA:
    case XML_RELAXNG_ERR_LISTEMPTY: {
      std::string attribute = attribute_with_value(n, e.str1);
      std::string where = attribute.empty() ? "in " + path : "of attribute " + quoted(attribute) + " on " + path;
      return {"value " + quoted(e.str1) + " " + where + " is not one the schema allows", "rng-bad-value"};
    }
    case XML_RELAXNG_ERR_DUPID:
      return {"duplicate ID " + quoted(e.str1) + ", at " + path, "rng-duplicate-id"};
    case XML_RELAXNG_ERR_TEXTWRONG:
    case XML_RELAXNG_ERR_NOTELEM:
      return {"text not allowed in element " + quoted(element ? here : e.str1) + ", at " + path,
              "rng-text-not-allowed"};
    case XML_RELAXNG_ERR_EXTRACONTENT:
      return {"element " + quoted(element ? here : e.str1) + " has content the schema does not allow (" +
                  e.str2 + "), at " + path,
              "rng-extra-content"};
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
    case XML_RELAXNG_ERR_EXTRADATA:
      return {"element " + quoted(here) + " must be empty, at " + path, "rng-not-empty"};
    case XML_RELAXNG_ERR_LACKDATA:
    case XML_RELAXNG_ERR_INTERNODATA:
      return {"element " + quoted(here) + " lacks the text the schema requires, at " + path,
              "rng-missing-text"};
    case XML_RELAXNG_ERR_CONTENTVALID:
    case XML_RELAXNG_ERR_INTERSEQ:
      return {"content of element " + quoted(here) + " does not match the schema, at " + path,
              "rng-invalid-content"};
    case XML_RELAXNG_ERR_ATTRVALID:
      return {"attributes of element " + quoted(here) + " do not match the schema, at " + path,
              "rng-invalid-attributes"};
    default:
      return {e.message + (path.empty() ? std::string() : ", at " + path), "rng"};
  }
}

}  // namespace

void RawErrorCollector::callback(void* data, xmlErrorPtr error) {
  if (error == nullptr || error->level == XML_ERR_NONE) return;
  auto* self = static_cast<RawErrorCollector*>(data);
  RawValidityError e;
  e.code = error->code;
  e.node = static_cast<const xmlNode*>(error->node);
  e.line = error->line;
  if (error->str1) e.str1 = error->str1;
  if (error->str2) e.str2 = error->str2;
  if (error->message) e.message = error->message;
  while (!e.message.empty() && (e.message.back() == '\n' || e.message.back() == ' ')) e.message.pop_back();
  self->errors.push_back(std::move(e));
}

std::string element_path(const xmlNode* node) {
  std::vector<std::string> steps;
  for (const xmlNode* n = node; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent) {
    std::string step = qname(n);
    int index = 1, count = 1;
    for (const xmlNode* s = n->prev; s; s = s->prev)
      if (same_name(s, n)) ++index, ++count;
    for (const xmlNode* s = n->next; s; s = s->next)
      if (same_name(s, n)) ++count;
    if (count > 1) step += '[' + std::to_string(index) + ']';
    steps.push_back(std::move(step));
  }
  std::string out;
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) out += '/' + *it;
  return out;
}

std::size_t element_column(const xmlNode* node, std::string_view source) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return 0;
  long line = xmlGetLineNo(node);
  if (line <= 0) return 0;
  // Which start tag of this name on this line it is, counting earlier elements in document order.
  std::string name = qname(node);
  int nth = 0;
  const xmlNode* root = xmlDocGetRootElement(node->doc);
  std::vector<const xmlNode*> stack{root};
  bool found = false;
  while (!stack.empty() && !found) {
    const xmlNode* n = stack.back();
    stack.pop_back();
    if (n == node) { found = true; break; }
    if (n->type == XML_ELEMENT_NODE && xmlGetLineNo(n) == line && qname(n) == name) ++nth;
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = n->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  if (!found) return 0;
  std::size_t start = 0;
  for (long l = 1; l < line; ++l) {
    start = source.find('\n', start);
    if (start == std::string_view::npos) return 0;
    ++start;
  }
  std::size_t end = source.find('\n', start);
  std::string_view text = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  std::string tag = '<' + name;
  std::size_t at = 0;
  for (int seen = 0;; ++seen) {
    at = text.find(tag, at);
    while (at != std::string_view::npos) {
      char after = at + tag.size() < text.size() ? text[at + tag.size()] : ' ';
      if (after == ' ' || after == '>' || after == '/' || after == '\t' || after == '\r') break;
      at = text.find(tag, at + 1);
    }
    if (at == std::string_view::npos) return 0;
    if (seen == nth) break;
    ++at;
  }
  // Columns count characters, not bytes.
  std::size_t column = 1;
  for (std::size_t i = 0; i < at; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return column;
}

void find_undeclared(const xmlNode* n, const std::set<std::string>& declared,
                     const std::set<std::string>& attributes, const std::string& ns,
                     std::vector<RawValidityError>& out) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string href = c->ns && c->ns->href ? reinterpret_cast<const char*>(c->ns->href) : "";
    if (href == ns && !declared.count(reinterpret_cast<const char*>(c->name))) {
      RawValidityError e;
      e.code = kUndeclared;
      e.node = c;
      out.push_back(std::move(e));
    }
    if (href == ns && !attributes.empty())
      for (const xmlAttr* a = c->properties; a; a = a->next) {
        if (a->ns != nullptr || attributes.count(reinterpret_cast<const char*>(a->name))) continue;
        RawValidityError e;
        e.code = kUndeclaredAttribute;
        e.node = c;
        e.str1 = reinterpret_cast<const char*>(a->name);
        out.push_back(std::move(e));
      }
    find_undeclared(c->children, declared, attributes, ns, out);
  }
}

std::vector<Diagnostic> relaxng_diagnostics(const std::vector<RawValidityError>& libxml_raw,
                                            const std::string& file, std::string_view source,
                                            const xmlDoc* doc, const std::set<std::string>& declared,
                                            const std::set<std::string>& declared_attributes,
                                            const std::string& schema_ns) {
  std::vector<RawValidityError> raw = libxml_raw;
  if (!raw.empty() && doc != nullptr && !declared.empty())
    find_undeclared(xmlDocGetRootElement(const_cast<xmlDoc*>(doc)), declared, declared_attributes, schema_ns,
                    raw);
  const bool any_definite = std::any_of(raw.begin(), raw.end(), [](const RawValidityError& e) {
    return e.code == kUndeclared || e.code == kUndeclaredAttribute;
  });
  std::vector<const RawValidityError*> kept;
  std::set<std::tuple<const xmlNode*, int, std::string, std::string>> seen;
  std::set<std::string> duplicate_ids;
  // A summary ("content of X does not match") is only worth showing when nothing precise
  // was said at all: after a precise error libxml2 loses its place, and the summaries on the
  // failing element's ancestors and later siblings are the same cause again.
  const bool any_precise = std::any_of(raw.begin(), raw.end(), [](const RawValidityError& o) {
    return !is_follow_on(o.code);
  });
  for (const auto& e : raw) {
    if (!seen.insert({e.node, e.code, e.str1, e.str2}).second) continue;
    if (e.code == XML_RELAXNG_ERR_DUPID && !duplicate_ids.insert(e.str1).second) continue;
    if (is_follow_on(e.code)) {
      if (any_precise) continue;
      // Of several summaries, the innermost one says the most.
      bool repeated = std::any_of(kept.begin(), kept.end(), [&](const RawValidityError* o) {
        return is_follow_on(o->code) && o->node != nullptr && is_inside(o->node, e.node);
      });
      if (repeated) continue;
    }
    // "has extra content" on an element already reported as unexpected says it twice.
    if (e.code == XML_RELAXNG_ERR_EXTRACONTENT &&
        std::any_of(raw.begin(), raw.end(), [&](const RawValidityError& o) {
          return o.node == e.node && (o.code == XML_RELAXNG_ERR_ELEMNAME || o.code == XML_RELAXNG_ERR_ELEMWRONG);
        }))
      continue;
    // An undeclared element libxml2 also calls unexpected is one problem.
    if (e.code == XML_RELAXNG_ERR_ELEMWRONG &&
        std::any_of(raw.begin(), raw.end(), [&](const RawValidityError& o) {
          return o.node == e.node && o.code == kUndeclared;
        }))
      continue;
    // libxml2 says a datatype failed twice: once with the value, once without.
    if (e.code == XML_RELAXNG_ERR_DATATYPE &&
        std::any_of(raw.begin(), raw.end(), [&](const RawValidityError& o) {
          return o.node == e.node && (o.code == XML_RELAXNG_ERR_TYPE || o.code == XML_RELAXNG_ERR_VALUE);
        }))
      continue;
    kept.push_back(&e);
  }
  // libxml2 also reports where a failed alternative gave up ("expected TEI but found text"):
  // such a report on an element is an echo when a precise error lies inside it.
  auto is_echo = [](int code) {
    return code == XML_RELAXNG_ERR_ELEMNAME || code == XML_RELAXNG_ERR_EXTRACONTENT;
  };
  std::erase_if(kept, [&](const RawValidityError* e) {
    // Next to an element or attribute the schema does not know, libxml2's position reports
    // are guesses (often about a sibling); the definite report stands alone.
    if (any_definite && is_echo(e->code)) return true;
    return is_echo(e->code) && e->node != nullptr &&
           std::any_of(kept.begin(), kept.end(), [&](const RawValidityError* o) {
             return o != e && o->node != nullptr && o->node != e->node && is_inside(o->node, e->node);
           });
  });
  std::vector<Diagnostic> out;
  for (const RawValidityError* e : kept) {
    Worded w = word(*e);
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = file;
    d.pos.line = e->node ? static_cast<std::size_t>(std::max(0L, xmlGetLineNo(e->node))) : 0;
    if (d.pos.line == 0 && e->line > 0) d.pos.line = static_cast<std::size_t>(e->line);
    d.pos.column = element_column(e->node, source);
    d.message = std::move(w.message);
    d.code = std::move(w.code);
    out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
  });
  return out;
}

}  // namespace archtei
