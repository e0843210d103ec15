// ISO Schematron schema elements to compiled XPath, and documents to Schematron diagnostics.
#include "schematron.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <unordered_set>
#include <utility>

#include "schematron_xpath2.h"
#include "schematron_xpath_functions.h"

namespace archtei {

using schematron::kSchNamespace;

namespace {

struct Expr {
  std::string source;      // as written in the schema
  std::string xpath1;      // the translation
  xmlXPathCompExprPtr comp = nullptr;
};

struct MessagePart {
  enum Kind { Text, ValueOf, Name } kind = Text;
  std::string text;
  Expr expr;  // ValueOf: @select; Name: @path (may be empty)
};

struct Let {
  std::string name;
  Expr value;
};

struct Check {
  bool is_assert = true;
  Expr test;
  std::vector<MessagePart> message;
  std::string unsupported;  // why it could not be compiled
};

struct Rule {
  Expr context;
  std::vector<Let> lets;
  std::vector<Check> checks;
  std::string unsupported;
};

struct Pattern {
  std::string id;
  std::vector<Let> lets;
  std::vector<Rule> rules;
};

std::string attr(xmlNodePtr n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

bool has_attr(xmlNodePtr n, const char* name) { return xmlHasProp(n, BAD_CAST name) != nullptr; }

bool is_sch(xmlNodePtr n, const char* local) {
  return n->type == XML_ELEMENT_NODE && n->ns != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(n->ns->href), kSchNamespace) == 0 &&
         std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0;
}

std::string normalize_space(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::size_t line_of(xmlNodePtr n) {
  if (n == nullptr) return 0;
  if (n->type == XML_ATTRIBUTE_NODE) n = n->parent;
  if (n == nullptr || n->type == XML_DOCUMENT_NODE) return 0;
  long l = xmlGetLineNo(n);
  return l > 0 ? static_cast<std::size_t>(l) : 0;
}

// XSLT's name(): the prefix as written in the document.
std::string node_name(xmlNodePtr n) {
  if (n == nullptr || n->name == nullptr || n->type == XML_DOCUMENT_NODE) return "";
  std::string local = reinterpret_cast<const char*>(n->name);
  if (n->type == XML_TEXT_NODE || n->type == XML_COMMENT_NODE) return "";
  if (n->ns != nullptr && n->ns->prefix != nullptr)
    return reinterpret_cast<const char*>(n->ns->prefix) + (":" + local);
  return local;
}

void compile_error_handler(void* data, xmlErrorPtr error) {
  auto* out = static_cast<std::string*>(data);
  if (out->empty() && error && error->message) {
    *out = error->message;
    while (!out->empty() && (out->back() == '\n' || out->back() == ' ')) out->pop_back();
  }
}

}  // namespace

struct SchematronSchema::Impl {
  std::string name;
  SchematronOptions options;
  std::vector<std::pair<std::string, std::string>> namespaces;
  std::vector<Let> lets;
  std::vector<Pattern> patterns;
  std::vector<xmlXPathCompExprPtr> closures;
  std::vector<Diagnostic> problems;
  std::map<std::string, xmlNodePtr> abstract_rules;
  schematron::XPathTranslator translator;

  ~Impl() {
    auto free_expr = [](Expr& e) { if (e.comp) xmlXPathFreeCompExpr(e.comp); };
    auto free_lets = [&](std::vector<Let>& ls) { for (auto& l : ls) free_expr(l.value); };
    free_lets(lets);
    for (auto& p : patterns) {
      free_lets(p.lets);
      for (auto& r : p.rules) {
        free_expr(r.context);
        free_lets(r.lets);
        for (auto& c : r.checks) {
          free_expr(c.test);
          for (auto& m : c.message) free_expr(m.expr);
        }
      }
    }
    for (auto c : closures) xmlXPathFreeCompExpr(c);
  }

  // Compiles with libxml2; on failure returns the reason. Closures made by the translation
  // are compiled as they appear.
  std::string compile_xpath1(const std::string& text, xmlXPathCompExprPtr& out) {
    std::string error;
    xmlXPathContextPtr c = xmlXPathNewContext(nullptr);
    c->error = compile_error_handler;
    c->userData = &error;
    out = xmlXPathCtxtCompile(c, BAD_CAST text.c_str());
    xmlXPathFreeContext(c);
    if (out == nullptr) return error.empty() ? "libxml2 cannot compile '" + text + "'" : error + " in '" + text + "'";
    return {};
  }

  std::string compile_pending_closures() {
    while (closures.size() < translator.closures().size()) {
      xmlXPathCompExprPtr comp = nullptr;
      std::string err = compile_xpath1(translator.closures()[closures.size()], comp);
      if (!err.empty()) {
        closures.push_back(nullptr);
        return err;
      }
      closures.push_back(comp);
    }
    return {};
  }

  // The expression translated and compiled; returns the reason it could not be.
  std::string compile(const std::string& source, Expr& e, bool pattern = false) {
    e.source = source;
    try {
      e.xpath1 = pattern ? translator.translate_pattern(source) : translator.translate(source);
    } catch (const schematron::XPathTranslateError& err) {
      return err.what();
    }
    std::string err = compile_pending_closures();
    if (!err.empty()) return err;
    return compile_xpath1(e.xpath1, e.comp);
  }

  std::string compile_let(xmlNodePtr n, Let& let) {
    let.name = attr(n, "name");
    if (!has_attr(n, "value")) return "sch:let without @value (element content) is not supported";
    return compile(attr(n, "value"), let.value);
  }

  std::string compile_message(xmlNodePtr n, std::vector<MessagePart>& out) {
    for (xmlNodePtr c = n->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        // Whitespace-only text between elements is dropped, as XSLT strips it from the
        // stylesheet a Schematron schema becomes: `<value-of/> <value-of/>` joins up.
        if (c->type == XML_TEXT_NODE && xmlIsBlankNode(c)) continue;
        out.push_back({MessagePart::Text, reinterpret_cast<const char*>(c->content), {}});
      } else if (is_sch(c, "value-of")) {
        MessagePart p{MessagePart::ValueOf, {}, {}};
        std::string err = compile(attr(c, "select"), p.expr);
        if (!err.empty()) return err;
        out.push_back(std::move(p));
      } else if (is_sch(c, "name")) {
        MessagePart p{MessagePart::Name, {}, {}};
        if (has_attr(c, "path")) {
          std::string err = compile(attr(c, "path"), p.expr);
          if (!err.empty()) return err;
        }
        out.push_back(std::move(p));
      } else if (c->type == XML_ELEMENT_NODE) {
        // sch:emph, sch:dir, sch:span and foreign markup: their text.
        std::string err = compile_message(c, out);
        if (!err.empty()) return err;
      }
    }
    return {};
  }

  void problem(const std::string& message) {
    problems.push_back({Severity::Warning, name, {}, message, "schematron-unsupported"});
  }

  void add_rule_content(xmlNodePtr rule_node, Rule& rule, int depth) {
    for (xmlNodePtr c = rule_node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is_sch(c, "let")) {
        Let let;
        std::string err = compile_let(c, let);
        if (!err.empty() && rule.unsupported.empty()) rule.unsupported = "sch:let $" + let.name + ": " + err;
        rule.lets.push_back(std::move(let));
      } else if (is_sch(c, "assert") || is_sch(c, "report")) {
        Check check;
        check.is_assert = is_sch(c, "assert");
        std::string err = compile(attr(c, "test"), check.test);
        if (err.empty()) err = compile_message(c, check.message);
        check.unsupported = err;
        rule.checks.push_back(std::move(check));
      } else if (is_sch(c, "extends")) {
        auto it = abstract_rules.find(attr(c, "rule"));
        if (it == abstract_rules.end() || depth > 16) {
          rule.unsupported = "sch:extends names no abstract rule '" + attr(c, "rule") + "'";
        } else {
          add_rule_content(it->second, rule, depth + 1);
        }
      }
    }
  }

  void add_pattern(xmlNodePtr n) {
    Pattern pattern;
    pattern.id = attr(n, "id");
    if (has_attr(n, "is-a") || attr(n, "abstract") == "true") {
      problem("abstract pattern '" + pattern.id + "' is not supported; its rules are not checked");
      return;
    }
    std::vector<xmlNodePtr> rule_nodes;
    if (is_sch(n, "rule")) {
      rule_nodes.push_back(n);
    } else {
      for (xmlNodePtr c = n->children; c != nullptr; c = c->next) {
        if (is_sch(c, "rule")) {
          if (attr(c, "abstract") == "true") abstract_rules[attr(c, "id")] = c;
          else rule_nodes.push_back(c);
        } else if (is_sch(c, "let")) {
          Let let;
          std::string err = compile_let(c, let);
          if (!err.empty()) problem("pattern '" + pattern.id + "': sch:let $" + let.name + ": " + err);
          pattern.lets.push_back(std::move(let));
        }
      }
    }
    for (xmlNodePtr r : rule_nodes) {
      Rule rule;
      std::string err = compile(attr(r, "context"), rule.context, true);
      if (!err.empty()) rule.unsupported = "context: " + err;
      add_rule_content(r, rule, 0);
      for (const Check& c : rule.checks)
        if (!c.unsupported.empty() && rule.unsupported.empty()) rule.unsupported = c.unsupported;
      if (!rule.unsupported.empty())
        problem("rule '" + normalize_space(rule.context.source) + "'" +
                (pattern.id.empty() ? "" : " in pattern '" + pattern.id + "'") +
                " is not checked: " + rule.unsupported);
      pattern.rules.push_back(std::move(rule));
    }
    patterns.push_back(std::move(pattern));
  }

  void load(const std::vector<xmlNodePtr>& items) {
    // Abstract rules may be defined after the rules that extend them.
    for (xmlNodePtr n : items)
      if (is_sch(n, "pattern"))
        for (xmlNodePtr c = n->children; c != nullptr; c = c->next)
          if (is_sch(c, "rule") && attr(c, "abstract") == "true") abstract_rules[attr(c, "id")] = c;
    for (xmlNodePtr n : items) {
      if (is_sch(n, "ns")) {
        namespaces.emplace_back(attr(n, "prefix"), attr(n, "uri"));
      } else if (is_sch(n, "let")) {
        Let let;
        std::string err = compile_let(n, let);
        if (!err.empty()) problem("sch:let $" + let.name + ": " + err);
        lets.push_back(std::move(let));
      } else if (is_sch(n, "pattern") || is_sch(n, "rule")) {
        add_pattern(n);
      } else if (is_sch(n, "include")) {
        problem("sch:include is not supported; the included rules are not checked");
      }
    }
  }
};

namespace {

// One document's evaluation state. The compiled expressions are shared between threads;
// libxml2 2.9 writes one thing into them while evaluating (the function pointer it resolved
// for a call, cached on first use), and every context registers the same functions, so
// concurrent runs store the same value.
class Run {
 public:
  Run(const SchematronSchema::Impl& schema, xmlDocPtr doc, const std::string& file)
      : schema_(schema), doc_(doc), file_(file) {
    runtime_.closures = &schema.closures;
    ctx_ = schematron::new_xpath2_context(doc, runtime_);
    for (const auto& [prefix, uri] : schema.namespaces)
      xmlXPathRegisterNs(ctx_, BAD_CAST prefix.c_str(), BAD_CAST uri.c_str());
  }
  ~Run() { xmlXPathFreeContext(ctx_); }
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  std::vector<Diagnostic> run() {
    // Atomic values made for one node can be dropped once it is done, unless a schema- or
    // pattern-level variable may still refer to them.
    bool keep_atomics = !schema_.lets.empty();
    for (const Pattern& p : schema_.patterns) keep_atomics = keep_atomics || !p.lets.empty();
    bind(schema_.lets, reinterpret_cast<xmlNodePtr>(doc_));
    for (const Pattern& p : schema_.patterns) {
      bind(p.lets, reinterpret_cast<xmlNodePtr>(doc_));
      std::unordered_set<xmlNodePtr> matched;  // a node fires only the first matching rule
      for (const Rule& r : p.rules) {
        if (!r.unsupported.empty()) {
          out_.push_back({Severity::Warning, file_, {},
                          "rule '" + normalize_space(r.context.source) + "' not checked: " + r.unsupported,
                          "schematron-unsupported"});
          continue;
        }
        for (xmlNodePtr node : select(r.context)) {
          if (node->type != XML_ELEMENT_NODE && !schema_.options.match_non_elements) continue;
          if (!matched.insert(node).second) continue;
          fire(p, r, node);
          if (!keep_atomics) runtime_.clear_atomics();
        }
      }
      unbind(p.lets);
    }
    unbind(schema_.lets);
    std::stable_sort(out_.begin(), out_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.pos.line < b.pos.line;
    });
    return std::move(out_);
  }

 private:
  const SchematronSchema::Impl& schema_;
  xmlDocPtr doc_;
  const std::string& file_;
  schematron::XPathRuntime runtime_;
  xmlXPathContextPtr ctx_ = nullptr;
  std::vector<Diagnostic> out_;

  static std::string code(const Pattern& p, const Rule* r) {
    if (!p.id.empty() || r == nullptr) return "schematron:" + p.id;
    return "schematron:" + normalize_space(r->context.source);
  }

  // Evaluates with `node` as the context item; null (and a diagnostic) on a dynamic error.
  xmlXPathObjectPtr eval(const Expr& e, xmlNodePtr node) {
    ctx_->node = node;
    ctx_->contextSize = 1;
    ctx_->proximityPosition = 1;
    runtime_.error.clear();
    xmlXPathObjectPtr v = xmlXPathCompiledEval(e.comp, ctx_);
    if (v == nullptr || !runtime_.error.empty()) {
      out_.push_back({Severity::Error, file_, {line_of(node), 0},
                      "cannot evaluate '" + normalize_space(e.source) + "': " +
                          (runtime_.error.empty() ? "evaluation failed" : runtime_.error),
                      "schematron-dynamic"});
      runtime_.error.clear();
      xmlXPathFreeObject(v);
      return nullptr;
    }
    return v;
  }

  std::vector<xmlNodePtr> select(const Expr& context) {
    std::vector<xmlNodePtr> nodes;
    xmlXPathObjectPtr v = eval(context, reinterpret_cast<xmlNodePtr>(doc_));
    if (v == nullptr) return nodes;
    if (v->type == XPATH_NODESET && v->nodesetval)
      nodes.assign(v->nodesetval->nodeTab, v->nodesetval->nodeTab + v->nodesetval->nodeNr);
    xmlXPathFreeObject(v);
    return nodes;
  }

  void bind(const std::vector<Let>& lets, xmlNodePtr node) {
    for (const Let& l : lets) {
      if (l.value.comp == nullptr) continue;
      xmlXPathObjectPtr v = eval(l.value, node);
      // An unevaluable variable stays bound (to empty) so later expressions do not fail twice.
      xmlXPathRegisterVariable(ctx_, BAD_CAST l.name.c_str(), v ? v : xmlXPathNewNodeSet(nullptr));
    }
  }

  void unbind(const std::vector<Let>& lets) {
    for (const Let& l : lets) xmlXPathRegisterVariable(ctx_, BAD_CAST l.name.c_str(), nullptr);
  }

  void fire(const Pattern& p, const Rule& r, xmlNodePtr node) {
    const std::string rule_code = code(p, &r);
    runtime_.current = node;
    bind(r.lets, node);
    for (const Check& c : r.checks) {
      xmlXPathObjectPtr v = eval(c.test, node);
      if (v == nullptr) continue;
      const bool result = xmlXPathCastToBoolean(v) != 0;
      xmlXPathFreeObject(v);
      if (result == c.is_assert) continue;
      out_.push_back({Severity::Error, file_, {line_of(node), 0}, message(c, node), rule_code});
    }
    unbind(r.lets);
  }

  std::string message(const Check& c, xmlNodePtr node) {
    std::string text;
    for (const MessagePart& m : c.message) {
      switch (m.kind) {
        case MessagePart::Text: text += m.text; break;
        case MessagePart::Name: {
          if (m.expr.comp == nullptr) {
            text += node_name(node);
            break;
          }
          xmlXPathObjectPtr v = eval(m.expr, node);
          if (v && v->type == XPATH_NODESET && v->nodesetval && v->nodesetval->nodeNr > 0)
            text += node_name(v->nodesetval->nodeTab[0]);
          xmlXPathFreeObject(v);
          break;
        }
        case MessagePart::ValueOf: {
          xmlXPathObjectPtr v = eval(m.expr, node);
          std::vector<std::string> items = schematron::atomize(v);
          xmlXPathFreeObject(v);
          for (std::size_t i = 0; i < items.size(); ++i) text += (i ? " " : "") + items[i];
          break;
        }
      }
    }
    return normalize_space(text);
  }
};

xmlDocPtr parse(std::string_view xml, const std::string& name) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr)
    throw Error(ErrorKind::Schema, {Severity::Error, name, {}, "cannot read the Schematron schema (not well-formed XML)", "schema"});
  return doc;
}

std::string read_all(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr)
    throw Error(ErrorKind::Schema, {Severity::Error, path, {}, "cannot open the schema file", "schema"});
  std::string out;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

}  // namespace

SchematronSchema::SchematronSchema(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SchematronSchema::~SchematronSchema() = default;
SchematronSchema::SchematronSchema(SchematronSchema&&) noexcept = default;
SchematronSchema& SchematronSchema::operator=(SchematronSchema&&) noexcept = default;

SchematronSchema SchematronSchema::from_memory(std::string_view xml, const std::string& name,
                                               SchematronOptions options) {
  xmlDocPtr doc = parse(xml, name);
  auto impl = std::make_unique<Impl>();
  impl->name = name;
  impl->options = options;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (root != nullptr && is_sch(root, "schema") && has_attr(root, "defaultPhase"))
    impl->problem("phases are not supported: all patterns are checked, not only phase '" +
                  attr(root, "defaultPhase") + "'");
  impl->load(schematron::extract_schematron(doc));
  xmlFreeDoc(doc);
  impl->abstract_rules.clear();
  return SchematronSchema(std::move(impl));
}

SchematronSchema SchematronSchema::from_file(const std::string& path, SchematronOptions options) {
  return from_memory(read_all(path), path, options);
}

SchematronSchema SchematronSchema::from_relaxng_embedded(const std::string& path,
                                                         SchematronOptions options) {
  return from_memory(read_all(path), path, options);
}

std::vector<Diagnostic> SchematronSchema::check(xmlDocPtr doc, const std::string& file) const {
  Run run(*impl_, doc, file);
  return run.run();
}

const std::vector<Diagnostic>& SchematronSchema::problems() const { return impl_->problems; }

SchematronStats SchematronSchema::stats() const {
  SchematronStats s;
  s.patterns = impl_->patterns.size();
  for (const Pattern& p : impl_->patterns) {
    s.rules += p.rules.size();
    for (const Rule& r : p.rules) s.assertions += r.checks.size();
  }
  return s;
}

}  // namespace archtei
