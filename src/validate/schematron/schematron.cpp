// ISO Schematron schema elements to compiled XPath, and documents to Schematron diagnostics.
#include "schematron.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>
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

// An element name test resolved against the schema's namespaces.
struct NameTest {
  static constexpr int kAnyNamespace = -1;
  int ns = kAnyNamespace;  // index into Impl::uris (0: no namespace)
  std::string local;       // "*": any
  int id = -1;             // an exact name: its index into Impl::names
};

// One alternative of a rule context (schematron::PatternBranch, resolved).
struct Branch {
  NameTest element;
  std::vector<int> required;  // name ids
  bool root_only = false;
  int attribute = -1;  // the first of with_attributes: its index into Impl::attributes
  std::vector<std::string> with_attributes;
  std::vector<std::string> without_attributes;
  std::vector<NameTest> not_self;
  Expr filter;
};

struct Rule {
  Expr context;
  std::vector<Let> lets;
  std::vector<Check> checks;
  std::string unsupported;
  std::string code;  // the diagnostic code of its assertions
  // How the context is matched. Unknown: by evaluating it from the root. Known: the same,
  // but only if some branch's required elements all occur. Direct: element by element.
  enum class Match { Unknown, Known, Direct } match = Match::Unknown;
  std::vector<Branch> branches;
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

std::atomic<std::uint64_t> next_schema_id{1};

}  // namespace

struct SchematronSchema::Impl {
  /// Tells schemas apart for the per-thread evaluation contexts (an address may be reused).
  std::uint64_t id = next_schema_id++;
  std::string name;
  SchematronOptions options;
  std::vector<std::pair<std::string, std::string>> namespaces;
  std::vector<Let> lets;
  std::vector<Pattern> patterns;
  std::vector<xmlXPathCompExprPtr> closures;
  std::vector<Diagnostic> problems;
  std::map<std::string, xmlNodePtr> abstract_rules;
  schematron::XPathTranslator translator;
  // Atomic values made for one node can be dropped once it is done, unless a schema- or
  // pattern-level variable may still refer to them.
  bool keep_atomics = false;
  // The element names rule contexts test: namespace URIs (uris[0] = no namespace), exact
  // names as (namespace index, local name) with their id, and ids by local name.
  std::vector<std::string> uris{""};
  std::vector<std::pair<int, std::string>> names;
  std::unordered_map<std::string_view, std::vector<std::pair<int, int>>> names_by_local;
  // The attributes whose presence a direct rule needs first, by name (no namespace).
  std::vector<std::string> attributes;
  std::unordered_map<std::string_view, int> attribute_ids;

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
        for (auto& b : r.branches) free_expr(b.filter);
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
      rule.code = "schematron:" + (pattern.id.empty() ? normalize_space(rule.context.source) : pattern.id);
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
    keep_atomics = !lets.empty();
    for (const Pattern& p : patterns) keep_atomics = keep_atomics || !p.lets.empty();
    plan_rules();
  }

  // The URI a prefix is bound to at run time: the schema's last sch:ns for it (registered
  // after the built-in xs), or none.
  const std::string* uri_of(const std::string& prefix) const {
    for (auto it = namespaces.rbegin(); it != namespaces.rend(); ++it)
      if (it->first == prefix) return &it->second;
    static const std::string xs = schematron::kXsNamespace;
    return prefix == "xs" ? &xs : nullptr;
  }

  // False when the prefix is bound to nothing usable; then only evaluating the context tells.
  bool resolve(const schematron::ElementName& name, NameTest& out) {
    out.local = name.local;
    if (name.prefix.empty()) {
      // XPath 1.0: `*` is any element, `name` one in no namespace.
      out.ns = name.local == "*" ? NameTest::kAnyNamespace : 0;
    } else {
      const std::string* uri = uri_of(name.prefix);
      if (uri == nullptr || uri->empty()) return false;
      auto it = std::find(uris.begin() + 1, uris.end(), *uri);
      out.ns = static_cast<int>(it - uris.begin());
      if (it == uris.end()) uris.push_back(*uri);
    }
    if (out.local != "*") {
      std::pair<int, std::string> key{out.ns, out.local};
      auto it = std::find(names.begin(), names.end(), key);
      out.id = static_cast<int>(it - names.begin());
      if (it == names.end()) names.push_back(std::move(key));
    }
    return true;
  }

  // Works out, for each compiled rule, how its context can be matched without evaluating it
  // from the root (see Rule::Match).
  void plan_rules() {
    std::set<std::string> prefixes{"xs"};
    for (const auto& ns : namespaces)
      if (!ns.second.empty()) prefixes.insert(ns.first);
    for (Pattern& p : patterns) {
      for (Rule& r : p.rules) {
        if (!r.unsupported.empty() || r.context.comp == nullptr) continue;
        if (!plan_rule(r, prefixes)) {
          for (Branch& b : r.branches)
            if (b.filter.comp) xmlXPathFreeCompExpr(b.filter.comp);
          r.branches.clear();
          r.match = Rule::Match::Unknown;
        }
      }
    }
    for (std::size_t i = 0; i < names.size(); ++i)
      names_by_local[names[i].second].emplace_back(names[i].first, static_cast<int>(i));
    for (std::size_t i = 0; i < attributes.size(); ++i)
      attribute_ids[attributes[i]] = static_cast<int>(i);
  }

  bool plan_rule(Rule& r, const std::set<std::string>& prefixes) {
    schematron::PatternPlan plan;
    try {
      plan = translator.plan_pattern(r.context.source, prefixes);
    } catch (const schematron::XPathTranslateError&) {
      return false;
    }
    if (!plan.known || !compile_pending_closures().empty()) return false;
    bool direct = true;
    for (const schematron::PatternBranch& pb : plan.branches) {
      Branch b;
      if (pb.selects_elements && !resolve(pb.element, b.element)) return false;
      for (const schematron::ElementName& n : pb.required) {
        NameTest t;
        if (!resolve(n, t)) return false;
        b.required.push_back(t.id);
      }
      if (pb.direct) {
        b.root_only = pb.root_only;
        b.with_attributes = pb.with_attributes;
        if (!b.with_attributes.empty()) {
          auto it = std::find(attributes.begin(), attributes.end(), b.with_attributes[0]);
          b.attribute = static_cast<int>(it - attributes.begin());
          if (it == attributes.end()) attributes.push_back(b.with_attributes[0]);
        }
        b.without_attributes = pb.without_attributes;
        for (const schematron::ElementName& n : pb.not_self) {
          b.not_self.emplace_back();
          if (!resolve(n, b.not_self.back())) return false;
        }
        if (!pb.filter.empty()) {
          b.filter.source = r.context.source;
          b.filter.xpath1 = pb.filter;
          if (!compile_xpath1(pb.filter, b.filter.comp).empty()) return false;
        }
      }
      direct = direct && pb.direct;
      r.branches.push_back(std::move(b));
    }
    r.match = direct ? Rule::Match::Direct : Rule::Match::Known;
    return true;
  }
};

namespace {

// The elements of the document being checked, listed once for all rules, and the state of
// matching rules to them. Kept (cleared) from document to document with the evaluator, so
// that its lists keep their capacity.
struct DocumentIndex {
  // The elements in document order, and their positions in it by name id, by namespace index
  // and by (no-namespace) attribute they carry.
  std::vector<xmlNodePtr> elements;
  std::vector<std::vector<std::uint32_t>> by_name;
  std::vector<std::vector<std::uint32_t>> by_ns;
  std::vector<std::vector<std::uint32_t>> by_attribute;
  // The nodes the current rule matches, in document order, and the elements tested for it.
  std::vector<xmlNodePtr> matched;
  std::vector<std::uint32_t> candidates;
  // Per element position: the number of the last pattern a rule of which fired on it.
  std::vector<std::uint32_t> fired_in;
  std::vector<std::pair<xmlNodePtr, std::uint32_t>> position_of;  // sorted by node, on demand
  std::vector<std::pair<xmlNodePtr, std::uint32_t>> other_fired;  // non-element nodes

  void clear(const SchematronSchema::Impl& schema) {
    elements.clear();
    clear_lists(by_name, schema.names.size());
    clear_lists(by_ns, schema.uris.size());
    clear_lists(by_attribute, schema.attributes.size());
    matched.clear();
    candidates.clear();
    position_of.clear();
    other_fired.clear();
  }

 private:
  static void clear_lists(std::vector<std::vector<std::uint32_t>>& lists, std::size_t count) {
    lists.resize(count);
    for (auto& l : lists) l.clear();
  }
};

// A thread's XPath context for one schema, kept from document to document: making one
// registers some seventy functions and namespaces, as much work as checking a small document.
// Between documents it holds no variable, atomic value or error.
struct Evaluator {
  std::uint64_t schema_id = 0;
  schematron::XPathRuntime runtime;
  xmlXPathContextPtr ctx = nullptr;
  DocumentIndex index;

  explicit Evaluator(const SchematronSchema::Impl& schema) : schema_id(schema.id) {
    runtime.closures = &schema.closures;
    ctx = schematron::new_xpath2_context(nullptr, runtime);
    for (const auto& [prefix, uri] : schema.namespaces)
      xmlXPathRegisterNs(ctx, BAD_CAST prefix.c_str(), BAD_CAST uri.c_str());
  }
  ~Evaluator() { xmlXPathFreeContext(ctx); }
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  // The thread's evaluator, made anew when it served another schema.
  static Evaluator& of_this_thread(const SchematronSchema::Impl& schema) {
    std::unique_ptr<Evaluator>& current = slot();
    if (!current || current->schema_id != schema.id) current = std::make_unique<Evaluator>(schema);
    return *current;
  }
  // Drops the thread's evaluator, e.g. when a run was cut short and left variables bound.
  static void discard() { slot().reset(); }

 private:
  static std::unique_ptr<Evaluator>& slot() {
    thread_local std::unique_ptr<Evaluator> current;
    return current;
  }
};

// One document's evaluation state. The compiled expressions are shared between threads;
// libxml2 2.9 writes one thing into them while evaluating (the function pointer it resolved
// for a call, cached on first use), and every context registers the same functions, so
// concurrent runs store the same value.
//
// Rules are matched the way ISO Schematron defines: per pattern, in rule order, every node
// the rule's context matches, in document order, fires the first rule that matches it.
// Instead of evaluating each context from the root (a walk over the whole document per
// rule), the elements are listed once by name; a rule whose context needs an element the
// document lacks is skipped, and a direct rule tests only the elements with its name.
class Run {
 public:
  Run(const SchematronSchema::Impl& schema, xmlDocPtr doc, const std::string& file)
      : schema_(schema), doc_(doc), file_(file), evaluator_(Evaluator::of_this_thread(schema)),
        runtime_(evaluator_.runtime), ctx_(evaluator_.ctx), ix_(evaluator_.index) {
    ctx_->doc = doc;
    runtime_.error.clear();
    runtime_.current = nullptr;
  }
  ~Run() {
    if (!finished_) {
      Evaluator::discard();
      return;
    }
    runtime_.clear_atomics();
    ctx_->doc = nullptr;
    ctx_->node = nullptr;
  }
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  std::vector<Diagnostic> run(SchematronCheckStats& stats) {
    index_elements();
    bind(schema_.lets, reinterpret_cast<xmlNodePtr>(doc_));
    std::uint32_t pattern_number = 0;
    for (const Pattern& p : schema_.patterns) {
      ++pattern_number;
      bind(p.lets, reinterpret_cast<xmlNodePtr>(doc_));
      for (const Rule& r : p.rules) {
        if (!r.unsupported.empty()) {
          out_.push_back({Severity::Warning, file_, {},
                          "rule '" + normalize_space(r.context.source) + "' not checked: " + r.unsupported,
                          "schematron-unsupported"});
          continue;
        }
        ix_.matched.clear();
        if (!match(r)) {
          ++stats.rules_skipped;
          continue;
        }
        ++stats.rules_evaluated;
        // Values made while testing candidates; the matched nodes are the document's own.
        if (r.match == Rule::Match::Direct && !schema_.keep_atomics) runtime_.clear_atomics();
        for (xmlNodePtr node : ix_.matched) {
          // A node fires only the first rule of the pattern that matches it.
          if (p.rules.size() > 1 && !first_match(node, pattern_number)) continue;
          ++stats.firings;
          fire(r, node);
          if (!schema_.keep_atomics) runtime_.clear_atomics();
        }
      }
      unbind(p.lets);
    }
    unbind(schema_.lets);
    finished_ = true;
    std::stable_sort(out_.begin(), out_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.pos.line < b.pos.line;
    });
    return std::move(out_);
  }

 private:
  const SchematronSchema::Impl& schema_;
  xmlDocPtr doc_;
  const std::string& file_;
  Evaluator& evaluator_;
  schematron::XPathRuntime& runtime_;
  xmlXPathContextPtr ctx_;
  DocumentIndex& ix_;
  bool finished_ = false;
  std::vector<Diagnostic> out_;

  int namespace_index(xmlNodePtr e) const {
    if (e->ns == nullptr || e->ns->href == nullptr) return 0;
    const char* href = reinterpret_cast<const char*>(e->ns->href);
    for (std::size_t i = 1; i < schema_.uris.size(); ++i)
      if (std::strcmp(href, schema_.uris[i].c_str()) == 0) return static_cast<int>(i);
    return -1;
  }

  // Lists the elements the way XPath's descendant axis meets them: children of elements and
  // of the document node, never the content of entity declarations.
  void index_elements() {
    ix_.clear(schema_);
    xmlNodePtr n = doc_->children;
    while (n != nullptr) {
      if (n->type == XML_ELEMENT_NODE) {
        const auto position = static_cast<std::uint32_t>(ix_.elements.size());
        ix_.elements.push_back(n);
        const int ns = namespace_index(n);
        if (ns >= 0) ix_.by_ns[ns].push_back(position);
        auto it = schema_.names_by_local.find(reinterpret_cast<const char*>(n->name));
        if (it != schema_.names_by_local.end())
          for (auto [name_ns, id] : it->second)
            if (name_ns == ns) ix_.by_name[id].push_back(position);
        if (!schema_.attributes.empty())
          for (xmlAttrPtr a = n->properties; a != nullptr; a = a->next) {
            if (a->ns != nullptr) continue;
            auto at = schema_.attribute_ids.find(reinterpret_cast<const char*>(a->name));
            if (at != schema_.attribute_ids.end()) ix_.by_attribute[at->second].push_back(position);
          }
        if (n->children != nullptr) {
          n = n->children;
          continue;
        }
      }
      while (n != nullptr && n->next == nullptr) {
        n = n->parent;
        if (n == reinterpret_cast<xmlNodePtr>(doc_)) n = nullptr;
      }
      if (n != nullptr) n = n->next;
    }
    ix_.fired_in.assign(ix_.elements.size(), 0);
  }

  bool first_match(xmlNodePtr node, std::uint32_t pattern_number) {
    std::uint32_t* slot = nullptr;
    if (node->type == XML_ELEMENT_NODE) {
      if (ix_.position_of.empty() && !ix_.elements.empty()) {
        for (std::uint32_t i = 0; i < ix_.elements.size(); ++i) ix_.position_of.emplace_back(ix_.elements[i], i);
        std::sort(ix_.position_of.begin(), ix_.position_of.end());
      }
      auto it = std::lower_bound(ix_.position_of.begin(), ix_.position_of.end(), std::make_pair(node, std::uint32_t{0}));
      if (it != ix_.position_of.end() && it->first == node) slot = &ix_.fired_in[it->second];
    }
    if (slot == nullptr) {
      auto it = std::find_if(ix_.other_fired.begin(), ix_.other_fired.end(),
                             [&](const auto& e) { return e.first == node; });
      if (it == ix_.other_fired.end()) {
        ix_.other_fired.emplace_back(node, 0);
        it = ix_.other_fired.end() - 1;
      }
      slot = &it->second;
    }
    if (*slot == pattern_number) return false;
    *slot = pattern_number;
    return true;
  }

  bool has_elements(const std::vector<int>& ids) const {
    for (int id : ids)
      if (ix_.by_name[id].empty()) return false;
    return true;
  }

  // Fills ix_.matched with the nodes the rule's context matches; false when the rule cannot
  // match anything in this document and was not evaluated.
  bool match(const Rule& r) {
    if (r.match == Rule::Match::Known) {
      bool possible = false;
      for (const Branch& b : r.branches) possible = possible || has_elements(b.required);
      if (!possible) return false;
    }
    if (r.match != Rule::Match::Direct) {
      select(r.context);
      return true;
    }
    ix_.candidates.clear();
    for (const Branch& b : r.branches) add_candidates(b);
    if (ix_.candidates.empty()) return false;
    if (r.branches.size() > 1) {
      std::sort(ix_.candidates.begin(), ix_.candidates.end());
      ix_.candidates.erase(std::unique(ix_.candidates.begin(), ix_.candidates.end()), ix_.candidates.end());
    }
    runtime_.error.clear();
    for (std::uint32_t position : ix_.candidates) {
      xmlNodePtr e = ix_.elements[position];
      bool matches = false;
      // Every branch is tested, as evaluating the union would, so none of its errors is lost.
      for (const Branch& b : r.branches) {
        const int m = test(b, e);
        if (m < 0) {
          // As a failed evaluation from the root: one error, nothing matched.
          report_dynamic_error(r.context, reinterpret_cast<xmlNodePtr>(doc_));
          ix_.matched.clear();
          return true;
        }
        matches = matches || m > 0;
      }
      if (matches) ix_.matched.push_back(e);
    }
    return true;
  }

  // The elements that may match the branch: the shortest of the lists by its name and by
  // the attribute it needs (test() checks the rest).
  void add_candidates(const Branch& b) {
    const NameTest& t = b.element;
    if (b.root_only) {
      if (!ix_.elements.empty()) ix_.candidates.push_back(0);
      return;
    }
    const std::vector<std::uint32_t>* list = t.id >= 0 ? &ix_.by_name[t.id] : t.ns >= 0 ? &ix_.by_ns[t.ns] : nullptr;
    if (b.attribute >= 0 && (list == nullptr || ix_.by_attribute[b.attribute].size() < list->size()))
      list = &ix_.by_attribute[b.attribute];
    if (list != nullptr) {
      ix_.candidates.insert(ix_.candidates.end(), list->begin(), list->end());
    } else {
      for (std::uint32_t i = 0; i < ix_.elements.size(); ++i) ix_.candidates.push_back(i);
    }
  }

  bool is_named(xmlNodePtr e, const NameTest& t) const {
    if (t.ns == 0 && e->ns != nullptr) return false;
    if (t.ns > 0 && (e->ns == nullptr || e->ns->href == nullptr ||
                     std::strcmp(reinterpret_cast<const char*>(e->ns->href), schema_.uris[t.ns].c_str()) != 0))
      return false;
    return t.local == "*" || std::strcmp(reinterpret_cast<const char*>(e->name), t.local.c_str()) == 0;
  }

  // XPath's `@name`: an attribute in no namespace (defaults from a DTD do not count).
  static bool has_attribute(xmlNodePtr e, const std::string& name) {
    for (xmlAttrPtr a = e->properties; a != nullptr; a = a->next)
      if (a->ns == nullptr && std::strcmp(reinterpret_cast<const char*>(a->name), name.c_str()) == 0)
        return true;
    return false;
  }

  // 1 when the element matches the branch, 0 when not, -1 on an evaluation error.
  int test(const Branch& b, xmlNodePtr e) {
    if (!is_named(e, b.element)) return 0;
    for (const std::string& a : b.with_attributes) if (!has_attribute(e, a)) return 0;
    for (const std::string& a : b.without_attributes) if (has_attribute(e, a)) return 0;
    for (const NameTest& t : b.not_self) if (is_named(e, t)) return 0;
    if (b.filter.comp == nullptr) return 1;
    ctx_->node = e;
    ctx_->contextSize = 1;
    ctx_->proximityPosition = 1;
    xmlXPathObjectPtr v = xmlXPathCompiledEval(b.filter.comp, ctx_);
    const bool failed = v == nullptr || !runtime_.error.empty();
    const bool found = !failed && v->type == XPATH_NODESET && v->nodesetval && v->nodesetval->nodeNr > 0;
    xmlXPathFreeObject(v);
    return failed ? -1 : found ? 1 : 0;
  }

  void report_dynamic_error(const Expr& e, xmlNodePtr node) {
    out_.push_back({Severity::Error, file_, {line_of(node), 0},
                    "cannot evaluate '" + normalize_space(e.source) + "': " +
                        (runtime_.error.empty() ? "evaluation failed" : runtime_.error),
                    "schematron-dynamic"});
    runtime_.error.clear();
  }

  // Evaluates with `node` as the context item; null (and a diagnostic) on a dynamic error.
  xmlXPathObjectPtr eval(const Expr& e, xmlNodePtr node) {
    ctx_->node = node;
    ctx_->contextSize = 1;
    ctx_->proximityPosition = 1;
    runtime_.error.clear();
    xmlXPathObjectPtr v = xmlXPathCompiledEval(e.comp, ctx_);
    if (v == nullptr || !runtime_.error.empty()) {
      report_dynamic_error(e, node);
      xmlXPathFreeObject(v);
      return nullptr;
    }
    return v;
  }

  void select(const Expr& context) {
    xmlXPathObjectPtr v = eval(context, reinterpret_cast<xmlNodePtr>(doc_));
    if (v == nullptr) return;
    if (v->type == XPATH_NODESET && v->nodesetval)
      for (int i = 0; i < v->nodesetval->nodeNr; ++i) {
        xmlNodePtr n = v->nodesetval->nodeTab[i];
        if (n->type == XML_ELEMENT_NODE || schema_.options.match_non_elements) ix_.matched.push_back(n);
      }
    xmlXPathFreeObject(v);
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

  void fire(const Rule& r, xmlNodePtr node) {
    runtime_.current = node;
    bind(r.lets, node);
    for (const Check& c : r.checks) {
      xmlXPathObjectPtr v = eval(c.test, node);
      if (v == nullptr) continue;
      const bool result = xmlXPathCastToBoolean(v) != 0;
      xmlXPathFreeObject(v);
      if (result == c.is_assert) continue;
      out_.push_back({Severity::Error, file_, {line_of(node), 0}, message(c, node), r.code});
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

std::vector<Diagnostic> SchematronSchema::check(xmlDocPtr doc, const std::string& file,
                                                SchematronCheckStats* stats) const {
  SchematronCheckStats local;
  Run run(*impl_, doc, file);
  return run.run(stats ? *stats : local);
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
