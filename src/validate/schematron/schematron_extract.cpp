// Schematron elements out of a schema document: an ISO Schematron file's top level, or the
// rules embedded anywhere in a RelaxNG schema.
#include "schematron.h"

#include <cstring>

namespace archtei::schematron {
namespace {

bool is_sch(xmlNodePtr n, const char* local) {
  return n->type == XML_ELEMENT_NODE && n->ns != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(n->ns->href), kSchNamespace) == 0 &&
         (local == nullptr || std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0);
}

void collect(xmlNodePtr n, std::vector<xmlNodePtr>& out) {
  for (xmlNodePtr c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_sch(c, "ns") || is_sch(c, "pattern")) {
      out.push_back(c);
    } else if (is_sch(c, "let")) {
      out.push_back(c);
    } else if (is_sch(c, "rule")) {
      out.push_back(c);  // a rule outside any pattern: its own pattern
    } else if (!is_sch(c, nullptr)) {
      collect(c, out);
    }
  }
}

}  // namespace

std::vector<xmlNodePtr> extract_schematron(xmlDocPtr schema) {
  std::vector<xmlNodePtr> out;
  xmlNodePtr root = xmlDocGetRootElement(schema);
  if (root == nullptr) return out;
  if (is_sch(root, "schema")) {
    for (xmlNodePtr c = root->children; c != nullptr; c = c->next)
      if (is_sch(c, nullptr)) out.push_back(c);
    return out;
  }
  collect(root, out);
  return out;
}

}  // namespace archtei::schematron
