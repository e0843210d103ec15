// XPath 2.0 subset to XPath 1.0 plus extension functions: a lexer, a recursive-descent
// parser to a small syntax tree, and an emitter.
#include "schematron_xpath2.h"

#include <cctype>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <utility>

namespace archtei::schematron {
namespace {

enum class Tok { Name, String, Number, Var, Symbol, End };

struct Token {
  Tok kind;
  std::string text;
  std::size_t offset;
};

bool is_name_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_name_char(unsigned char c) {
  return is_name_start(c) || std::isdigit(c) || c == '-' || c == '.';
}

std::vector<Token> lex(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto fail = [&](const std::string& what) {
    throw XPathTranslateError(what + " at offset " + std::to_string(i));
  };
  while (i < s.size()) {
    unsigned char c = s[i];
    if (std::isspace(c)) { ++i; continue; }
    if (c == '(' && i + 1 < s.size() && s[i + 1] == ':') fail("XPath comments are not supported");
    std::size_t start = i;
    if (c == '"' || c == '\'') {
      std::string value;
      ++i;
      for (;;) {
        if (i >= s.size()) fail("unterminated string literal");
        if (s[i] == static_cast<char>(c)) {
          if (i + 1 < s.size() && s[i + 1] == static_cast<char>(c)) { value += s[i]; i += 2; continue; }
          ++i;
          break;
        }
        value += s[i++];
      }
      out.push_back({Tok::String, value, start});
      continue;
    }
    if (std::isdigit(c) || (c == '.' && i + 1 < s.size() && std::isdigit((unsigned char)s[i + 1]))) {
      while (i < s.size() && (std::isdigit((unsigned char)s[i]) || s[i] == '.')) ++i;
      if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) fail("exponent numbers are not supported");
      out.push_back({Tok::Number, std::string(s.substr(start, i - start)), start});
      continue;
    }
    if (c == '$') {
      ++i;
      std::size_t n = i;
      while (i < s.size() && (is_name_char(s[i]) || (s[i] == ':' && i + 1 < s.size() && is_name_start(s[i + 1])))) ++i;
      if (i == n) fail("variable name expected");
      out.push_back({Tok::Var, std::string(s.substr(n, i - n)), start});
      continue;
    }
    if (c == 'Q' && i + 1 < s.size() && s[i + 1] == '{') fail("EQName syntax (Q{...}) is not supported");
    if (is_name_start(c)) {
      while (i < s.size() && is_name_char(s[i])) ++i;
      // prefix:local or prefix:* (but not the axis separator ::)
      if (i + 1 < s.size() && s[i] == ':' && s[i + 1] != ':') {
        if (s[i + 1] == '*') {
          i += 2;
        } else if (is_name_start(s[i + 1])) {
          ++i;
          while (i < s.size() && is_name_char(s[i])) ++i;
        }
      }
      out.push_back({Tok::Name, std::string(s.substr(start, i - start)), start});
      continue;
    }
    static const char* const two[] = {"//", "::", "!=", "<=", ">=", "<<", ">>", "..", "||"};
    bool matched = false;
    for (const char* t : two) {
      if (s.substr(i, 2) == t) {
        out.push_back({Tok::Symbol, t, start});
        i += 2;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (std::string_view("()[],/@.=<>|+-*?").find(static_cast<char>(c)) != std::string_view::npos) {
      out.push_back({Tok::Symbol, std::string(1, static_cast<char>(c)), start});
      ++i;
      continue;
    }
    fail(std::string("unexpected character '") + static_cast<char>(c) + "'");
  }
  out.push_back({Tok::End, "", s.size()});
  return out;
}

// The syntax tree. One node type; `kind` says which fields are used.
struct Node;
using NodePtr = std::unique_ptr<Node>;

enum class K {
  String,     // text = value
  Number,     // text = literal
  Var,        // text = name
  Context,    // .
  Sequence,   // kids = items (0 or >1)
  Paren,      // kids[0]: a parenthesised single expression
  For,        // names[i] in kids[i], kids.back() = return
  Quantified, // text = some|every; names/kids as For
  If,         // kids = cond, then, else
  Binary,     // text = operator; kids = lhs, rhs
  Negate,     // kids[0]
  Path,       // text = "", "/" or "//"; kids = steps; seps[i] = separator before step i (i>0)
  Step,       // text = axis-or-abbrev + node test, e.g. "ancestor::tei:l", "@when", ".."
  Filter,     // kids[0] = primary, rest = predicates
  Call,       // text = function name, kids = args
  Cast,       // text = type QName, kids[0]
  Castable,   // text = type QName, kids[0]
};

struct Node {
  K kind;
  std::string text;
  std::vector<NodePtr> kids;
  std::vector<std::string> names;  // For/Quantified variable names
  std::vector<std::string> seps;   // Path separators
  std::vector<NodePtr> preds;      // Step predicates
};

NodePtr make(K kind, std::string text = {}) {
  auto n = std::make_unique<Node>();
  n->kind = kind;
  n->text = std::move(text);
  return n;
}

class Parser {
 public:
  explicit Parser(std::string_view src) : src_(src), toks_(lex(src)) {}

  NodePtr parse_all() {
    NodePtr e = expr();
    if (peek().kind != Tok::End) fail("unexpected '" + peek().text + "'");
    return e;
  }

 private:
  std::string_view src_;
  std::vector<Token> toks_;
  std::size_t pos_ = 0;

  const Token& peek(std::size_t ahead = 0) const {
    return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
  }
  bool sym(const char* s, std::size_t ahead = 0) const {
    return peek(ahead).kind == Tok::Symbol && peek(ahead).text == s;
  }
  bool word(const char* s, std::size_t ahead = 0) const {
    return peek(ahead).kind == Tok::Name && peek(ahead).text == s;
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw XPathTranslateError(what + " at offset " + std::to_string(peek().offset) + " in '" +
                              std::string(src_) + "'");
  }
  void expect_sym(const char* s) {
    if (!sym(s)) fail(std::string("expected '") + s + "'");
    ++pos_;
  }
  void expect_word(const char* s) {
    if (!word(s)) fail(std::string("expected '") + s + "'");
    ++pos_;
  }

  NodePtr expr() {
    NodePtr first = expr_single();
    if (!sym(",")) return first;
    auto seq = make(K::Sequence);
    seq->kids.push_back(std::move(first));
    while (sym(",")) {
      ++pos_;
      seq->kids.push_back(expr_single());
    }
    return seq;
  }

  NodePtr expr_single() {
    if ((word("for") || word("some") || word("every")) && peek(1).kind == Tok::Var) {
      auto n = make(word("for") ? K::For : K::Quantified, peek().text);
      ++pos_;
      for (;;) {
        if (peek().kind != Tok::Var) fail("variable expected");
        n->names.push_back(peek().text);
        ++pos_;
        expect_word("in");
        n->kids.push_back(expr_single());
        if (!sym(",")) break;
        ++pos_;
      }
      expect_word(n->kind == K::For ? "return" : "satisfies");
      n->kids.push_back(expr_single());
      return n;
    }
    if (word("if") && sym("(", 1)) {
      pos_ += 2;
      auto n = make(K::If);
      n->kids.push_back(expr());
      expect_sym(")");
      expect_word("then");
      n->kids.push_back(expr_single());
      expect_word("else");
      n->kids.push_back(expr_single());
      return n;
    }
    return or_expr();
  }

  NodePtr binary(NodePtr lhs, std::string op, NodePtr rhs) {
    auto n = make(K::Binary, std::move(op));
    n->kids.push_back(std::move(lhs));
    n->kids.push_back(std::move(rhs));
    return n;
  }

  NodePtr or_expr() {
    NodePtr l = and_expr();
    while (word("or")) { ++pos_; l = binary(std::move(l), "or", and_expr()); }
    return l;
  }
  NodePtr and_expr() {
    NodePtr l = comparison();
    while (word("and")) { ++pos_; l = binary(std::move(l), "and", comparison()); }
    return l;
  }
  NodePtr comparison() {
    NodePtr l = concat_expr();
    static const char* const syms[] = {"=", "!=", "<=", ">=", "<<", ">>", "<", ">"};
    for (const char* s : syms) {
      if (sym(s)) { ++pos_; return binary(std::move(l), s, concat_expr()); }
    }
    static const char* const words[] = {"eq", "ne", "lt", "le", "gt", "ge", "is"};
    for (const char* w : words) {
      if (word(w)) { ++pos_; return binary(std::move(l), w, concat_expr()); }
    }
    return l;
  }
  NodePtr concat_expr() {
    NodePtr l = range_expr();
    while (sym("||")) { ++pos_; l = binary(std::move(l), "||", range_expr()); }
    return l;
  }
  NodePtr range_expr() {
    NodePtr l = additive();
    if (word("to")) fail("range expressions ('to') are not supported");
    return l;
  }
  NodePtr additive() {
    NodePtr l = multiplicative();
    while (sym("+") || sym("-")) {
      std::string op = peek().text;
      ++pos_;
      l = binary(std::move(l), op, multiplicative());
    }
    return l;
  }
  NodePtr multiplicative() {
    NodePtr l = union_expr();
    while (sym("*") || word("div") || word("idiv") || word("mod")) {
      std::string op = peek().text;
      ++pos_;
      l = binary(std::move(l), op, union_expr());
    }
    return l;
  }
  NodePtr union_expr() {
    NodePtr l = intersect_except();
    while (sym("|") || word("union")) { ++pos_; l = binary(std::move(l), "|", intersect_except()); }
    return l;
  }
  NodePtr intersect_except() {
    NodePtr l = castable();
    while (word("intersect") || word("except")) {
      std::string op = peek().text;
      ++pos_;
      l = binary(std::move(l), op, castable());
    }
    return l;
  }
  std::string single_type() {
    if (peek().kind != Tok::Name) fail("type name expected");
    std::string t = peek().text;
    ++pos_;
    if (sym("?")) ++pos_;  // empty allowed: our casts already yield empty for empty input
    return t;
  }
  NodePtr castable() {
    NodePtr e = cast();
    if (word("instance") || word("treat")) fail("'instance of' / 'treat as' are not supported");
    if (word("castable") && word("as", 1)) {
      pos_ += 2;
      auto n = make(K::Castable, single_type());
      n->kids.push_back(std::move(e));
      return n;
    }
    return e;
  }
  NodePtr cast() {
    NodePtr e = unary();
    if (word("cast") && word("as", 1)) {
      pos_ += 2;
      auto n = make(K::Cast, single_type());
      n->kids.push_back(std::move(e));
      return n;
    }
    return e;
  }
  NodePtr unary() {
    if (sym("-")) {
      ++pos_;
      auto n = make(K::Negate);
      n->kids.push_back(unary());
      return n;
    }
    if (sym("+")) { ++pos_; return unary(); }
    return path();
  }

  // Whether the current token can begin a step (so '/' alone is not followed by one).
  bool starts_step() const {
    const Token& t = peek();
    if (t.kind == Tok::Name || t.kind == Tok::String || t.kind == Tok::Number || t.kind == Tok::Var)
      return true;
    return sym("@") || sym(".") || sym("..") || sym("*") || sym("(");
  }

  NodePtr path() {
    auto p = make(K::Path);
    if (sym("//")) {
      ++pos_;
      p->text = "//";
    } else if (sym("/")) {
      ++pos_;
      p->text = "/";
      if (!starts_step()) return p;
    }
    p->kids.push_back(step());
    p->seps.push_back("");
    while (sym("/") || sym("//")) {
      p->seps.push_back(peek().text);
      ++pos_;
      p->kids.push_back(step());
    }
    if (p->text.empty() && p->kids.size() == 1) return std::move(p->kids[0]);
    return p;
  }

  void predicates(std::vector<NodePtr>& into) {
    while (sym("[")) {
      ++pos_;
      into.push_back(expr());
      expect_sym("]");
    }
  }

  static bool is_kind_test(const std::string& n) {
    return n == "node" || n == "text" || n == "comment" || n == "processing-instruction" ||
           n == "element" || n == "attribute" || n == "document-node" ||
           n == "schema-element" || n == "schema-attribute";
  }

  std::string node_test() {
    if (sym("*")) { ++pos_; return "*"; }
    if (peek().kind != Tok::Name) fail("node test expected");
    std::string n = peek().text;
    ++pos_;
    if (is_kind_test(n) && sym("(")) {
      ++pos_;
      if (n != "node" && n != "text" && n != "comment" && n != "processing-instruction")
        fail("kind test " + n + "() is not supported");
      std::string arg;
      if (peek().kind == Tok::String) { arg = "'" + peek().text + "'"; ++pos_; }
      expect_sym(")");
      return n + "(" + arg + ")";
    }
    return n;
  }

  NodePtr step() {
    if (sym("..")) { ++pos_; auto s = make(K::Step, ".."); predicates(s->preds); return s; }
    if (sym("@")) {
      ++pos_;
      auto s = make(K::Step, "@" + node_test());
      predicates(s->preds);
      return s;
    }
    if (peek().kind == Tok::Name && sym("::", 1)) {
      std::string axis = peek().text;
      static const std::set<std::string> axes = {
          "child", "descendant", "attribute", "self", "descendant-or-self", "following-sibling",
          "following", "namespace", "parent", "ancestor", "preceding-sibling", "preceding",
          "ancestor-or-self"};
      if (!axes.count(axis)) fail("unknown axis " + axis);
      pos_ += 2;
      auto s = make(K::Step, axis + "::" + node_test());
      predicates(s->preds);
      return s;
    }
    if (sym("*") || (peek().kind == Tok::Name && !sym("(", 1)) ||
        (peek().kind == Tok::Name && is_kind_test(peek().text))) {
      auto s = make(K::Step, node_test());
      predicates(s->preds);
      return s;
    }
    // A filter expression: a primary with predicates.
    NodePtr prim = primary();
    if (!sym("[")) return prim;
    auto f = make(K::Filter);
    f->kids.push_back(std::move(prim));
    std::vector<NodePtr> ps;
    predicates(ps);
    for (auto& p : ps) f->kids.push_back(std::move(p));
    return f;
  }

  NodePtr primary() {
    const Token& t = peek();
    if (t.kind == Tok::String) { ++pos_; return make(K::String, t.text); }
    if (t.kind == Tok::Number) { ++pos_; return make(K::Number, t.text); }
    if (t.kind == Tok::Var) { ++pos_; return make(K::Var, t.text); }
    if (sym(".")) { ++pos_; return make(K::Context); }
    if (sym("(")) {
      ++pos_;
      if (sym(")")) { ++pos_; return make(K::Sequence); }
      NodePtr inner = expr();
      expect_sym(")");
      if (inner->kind == K::Sequence) return inner;
      auto p = make(K::Paren);
      p->kids.push_back(std::move(inner));
      return p;
    }
    if (t.kind == Tok::Name && sym("(", 1)) {
      auto c = make(K::Call, t.text);
      pos_ += 2;
      if (!sym(")")) {
        c->kids.push_back(expr_single());
        while (sym(",")) { ++pos_; c->kids.push_back(expr_single()); }
      }
      expect_sym(")");
      return c;
    }
    fail("unexpected '" + t.text + "'");
  }
};

// Functions XPath 1.0 has with the same meaning; everything else must be provided as an
// extension function under its XPath 2.0 name (see schematron_xpath_functions.cpp).
const std::set<std::string>& xpath1_functions() {
  static const std::set<std::string> f = {
      "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string",
      "concat", "starts-with", "contains", "substring-before", "substring-after", "substring",
      "string-length", "normalize-space", "translate", "boolean", "not", "true", "false",
      "lang", "number", "sum", "floor", "ceiling", "round"};
  return f;
}

const std::set<std::string>& xpath2_functions() {
  static const std::set<std::string> f = {
      "matches", "replace", "tokenize", "string-join", "exists", "empty", "distinct-values",
      "ends-with", "lower-case", "upper-case", "current", "document-uri", "base-uri",
      "current-date", "generate-id", "abs", "min", "max", "avg", "data",
      "xs:string", "xs:integer", "xs:decimal", "xs:double", "xs:float", "xs:boolean",
      "xs:date", "xs:dayTimeDuration", "xs:anyURI", "xs:NCName", "xs:token"};
  return f;
}

const std::set<std::string>& cast_types() {
  static const std::set<std::string> t = {"xs:string", "xs:integer", "xs:decimal", "xs:double",
                                          "xs:float", "xs:boolean", "xs:date",
                                          "xs:dayTimeDuration", "xs:anyURI", "xs:NCName",
                                          "xs:token"};
  return t;
}

std::string quote(const std::string& s) {
  if (s.find('\'') == std::string::npos) return "'" + s + "'";
  if (s.find('"') == std::string::npos) return "\"" + s + "\"";
  // Both quote characters: build it with concat().
  std::string out = "concat(";
  std::string part;
  bool first = true;
  auto flush = [&](const std::string& lit) {
    if (!first) out += ", ";
    out += lit;
    first = false;
  };
  for (char c : s) {
    if (c == '\'') {
      if (!part.empty()) flush("'" + part + "'");
      part.clear();
      flush("\"'\"");
    } else {
      part += c;
    }
  }
  if (!part.empty()) flush("'" + part + "'");
  return out + ")";
}

class Emitter {
 public:
  explicit Emitter(std::vector<std::string>& closures) : closures_(closures) {}

  std::string emit(const Node& n) {
    switch (n.kind) {
      case K::String: return quote(n.text);
      case K::Number: return n.text;
      case K::Var: return "$" + n.text;
      case K::Context: return ".";
      case K::Paren: return "(" + emit(*n.kids[0]) + ")";
      case K::Sequence: {
        std::string out = "xpath2-seq(";
        for (std::size_t i = 0; i < n.kids.size(); ++i) out += (i ? ", " : "") + emit(*n.kids[i]);
        return out + ")";
      }
      case K::For:
      case K::Quantified: return emit_binding(n, 0);
      case K::If: {
        std::string cond = emit(*n.kids[0]);
        std::string then_closure = closure(*n.kids[1]);
        std::string else_closure = closure(*n.kids[2]);
        return "xpath2-if(" + cond + ", " + then_closure + ", " + else_closure + ")";
      }
      case K::Binary: return emit_binary(n);
      case K::Negate: return "-(" + emit(*n.kids[0]) + ")";
      case K::Path: {
        std::string out = n.text;
        for (std::size_t i = 0; i < n.kids.size(); ++i) {
          const Node& s = *n.kids[i];
          if (i > 0 && s.kind != K::Step && s.kind != K::Context)
            throw XPathTranslateError("a non-step expression after '/' is not supported");
          out += n.seps[i] + emit(s);
        }
        return out;
      }
      case K::Step: {
        std::string out = n.text;
        for (const auto& p : n.preds) out += "[" + emit(*p) + "]";
        return out;
      }
      case K::Filter: return emit_filter(n);
      case K::Call: return emit_call(n);
      case K::Cast:
        require_type(n.text);
        return n.text + "(" + emit(*n.kids[0]) + ")";
      case K::Castable:
        require_type(n.text);
        return "xpath2-castable(" + quote(n.text) + ", " + emit(*n.kids[0]) + ")";
    }
    throw XPathTranslateError("unsupported expression");
  }

  std::string closure(const Node& body) {
    std::string text = emit(body);
    closures_.push_back(text);
    return std::to_string(closures_.size() - 1);
  }

 private:
  std::vector<std::string>& closures_;

  static void require_type(const std::string& t) {
    if (!cast_types().count(t)) throw XPathTranslateError("cast to " + t + " is not supported");
  }

  // for $a in A, $b in B return R  ==  for $a in A return (for $b in B return R)
  std::string emit_binding(const Node& n, std::size_t i) {
    const std::size_t count = n.names.size();
    std::string fn = n.kind == K::For ? "xpath2-for" : "xpath2-" + n.text;
    std::string body;
    if (i + 1 < count) {
      body = emit_binding(n, i + 1);
      closures_.push_back(body);
      body = std::to_string(closures_.size() - 1);
    } else {
      body = closure(*n.kids.back());
    }
    const std::string in = emit(*n.kids[i]);
    return fn + "(" + quote(n.names[i]) + ", " + in + ", " + body + ")";
  }

  // Whether an expression is statically a single xs:boolean.
  static bool is_boolean(const Node& n) {
    if (n.kind == K::Quantified || n.kind == K::Castable) return true;
    if (n.kind == K::Paren) return is_boolean(*n.kids[0]);
    if (n.kind == K::Binary) {
      static const std::set<std::string> ops = {"and", "or", "=", "!=", "<", "<=", ">", ">=",
                                                "eq", "ne", "lt", "le", "gt", "ge", "is", "<<", ">>"};
      return ops.count(n.text) > 0;
    }
    if (n.kind == K::Call) {
      static const std::set<std::string> f = {"true", "false", "not", "boolean", "exists",
                                              "empty", "matches", "starts-with", "ends-with",
                                              "contains", "lang", "xs:boolean"};
      return f.count(n.text) > 0;
    }
    if (n.kind == K::Cast) return n.text == "xs:boolean";
    return false;
  }

  std::string emit_binary(const Node& n) {
    const std::string& op = n.text;
    const Node& l = *n.kids[0];
    const Node& r = *n.kids[1];
    if (op == "||") return "concat(string(" + emit(l) + "), string(" + emit(r) + "))";
    if (op == "except" || op == "intersect")
      return "xpath2-" + op + "(" + emit(l) + ", " + emit(r) + ")";
    if (op == "is") return "xpath2-is(" + emit(l) + ", " + emit(r) + ")";
    if (op == "<<") return "xpath2-precedes(" + emit(l) + ", " + emit(r) + ")";
    if (op == ">>") return "xpath2-precedes(" + emit(r) + ", " + emit(l) + ")";
    if (op == "idiv") return "floor(" + emit(l) + " div " + emit(r) + ")";
    static const std::pair<const char*, const char*> value_ops[] = {
        {"eq", "="}, {"ne", "!="}, {"lt", "<"}, {"le", "<="}, {"gt", ">"}, {"ge", ">="}};
    std::string op1 = op;
    for (auto [v, g] : value_ops) if (op == v) op1 = g;
    const bool comparison = op1 == "=" || op1 == "!=" || op1 == "<" || op1 == "<=" ||
                            op1 == ">" || op1 == ">=";
    // XPath 1.0 compares a node-set with a boolean by the node-set's emptiness; 2.0 compares
    // each item's value with the boolean. Only a function does the latter.
    if (comparison && is_boolean(l) != is_boolean(r))
      return "xpath2-compare(" + quote(op1) + ", " + emit(l) + ", " + emit(r) + ")";
    return emit(l) + " " + op1 + " " + emit(r);
  }

  static bool is_positional(const Node& p) {
    if (p.kind == K::Number) return true;
    return p.kind == K::Call && p.text == "last" && p.kids.empty();
  }

  std::string emit_filter(const Node& n) {
    // XPath 1.0 has no `.[p]`; and a positional predicate on a computed sequence is taken
    // by position in the sequence, which libxml2 would reorder into document order.
    const Node& prim = *n.kids[0];
    std::string out = prim.kind == K::Context ? "self::node()" : emit(prim);
    const bool computed = prim.kind != K::Paren && prim.kind != K::Context;
    for (std::size_t i = 1; i < n.kids.size(); ++i) {
      const Node& p = *n.kids[i];
      if (i == 1 && prim.kind == K::Sequence && is_positional(p)) {
        // libxml2 sorts every node-set argument into document order, which would lose the
        // order of `(a, b)`; the parts go in separately instead.
        out = "xpath2-item-of(" + (p.kind == K::Number ? p.text : std::string("-1"));
        for (const auto& k : prim.kids) out += ", " + emit(*k);
        out += ")";
      } else if (computed && is_positional(p)) {
        out = "xpath2-item-at(" + out + ", " +
              (p.kind == K::Number ? p.text : std::string("-1")) + ")";
      } else {
        out += "[" + emit(p) + "]";
      }
    }
    return out;
  }

  std::string emit_call(const Node& n) {
    const std::string& f = n.text;
    std::string args;
    for (std::size_t i = 0; i < n.kids.size(); ++i) args += (i ? ", " : "") + emit(*n.kids[i]);
    if (f == "exists") return "boolean(" + args + ")";
    if (f == "empty") return "not(" + args + ")";
    if (xpath1_functions().count(f)) return f + "(" + args + ")";
    if (xpath2_functions().count(f)) return f + "(" + args + ")";
    if (f.rfind("fn:", 0) == 0) {
      const std::string local = f.substr(3);
      if (xpath1_functions().count(local) || xpath2_functions().count(local))
        return local + "(" + args + ")";
    }
    throw XPathTranslateError("function " + f + "() is not supported");
  }
};

// The pattern rewrite: a relative path pattern P matches what //P selects.
std::string emit_pattern_branch(const Node& n, Emitter& em);

std::string emit_pattern(const Node& n, Emitter& em) {
  if (n.kind == K::Binary && n.text == "|")
    return emit_pattern(*n.kids[0], em) + " | " + emit_pattern(*n.kids[1], em);
  return emit_pattern_branch(n, em);
}

std::string emit_pattern_branch(const Node& n, Emitter& em) {
  switch (n.kind) {
    case K::Step: return "//" + em.emit(n);
    case K::Paren: return "(" + emit_pattern(*n.kids[0], em) + ")";
    case K::Filter: {
      if (n.kids[0]->kind != K::Paren) break;
      std::string out = emit_pattern_branch(*n.kids[0], em);
      for (std::size_t i = 1; i < n.kids.size(); ++i) out += "[" + em.emit(*n.kids[i]) + "]";
      return out;
    }
    case K::Path: {
      if (!n.text.empty()) return em.emit(n);  // absolute: already selects from the root
      std::string out;
      for (std::size_t i = 0; i < n.kids.size(); ++i) {
        const Node& s = *n.kids[i];
        if (i == 0) {
          out = (s.kind == K::Step) ? "//" + em.emit(s) : emit_pattern_branch(s, em);
        } else {
          if (s.kind != K::Step) throw XPathTranslateError("unsupported step in a pattern");
          out += n.seps[i] + em.emit(s);
        }
      }
      return out;
    }
    default: break;
  }
  throw XPathTranslateError("unsupported match pattern");
}

// ---- the static analysis of match patterns ------------------------------------------------

bool is_call(const Node& n, const char* name) {
  return n.kind == K::Call && (n.text == name || n.text == std::string("fn:") + name);
}

struct StepParts {
  std::string axis;
  std::string test;
};

StepParts step_parts(const std::string& text) {
  if (text == "..") return {"parent", "node()"};
  if (text.rfind('@', 0) == 0) return {"attribute", text.substr(1)};
  const std::size_t axis_end = text.find("::");
  if (axis_end != std::string::npos) return {text.substr(0, axis_end), text.substr(axis_end + 2)};
  return {"child", text};
}

// A name test as an element name; none for kind tests (node(), text(), ...).
std::optional<ElementName> element_name(const std::string& test) {
  if (test.empty() || test.back() == ')') return std::nullopt;
  const std::size_t colon = test.find(':');
  if (colon == std::string::npos) return ElementName{"", test};
  return ElementName{test.substr(0, colon), test.substr(colon + 1)};
}

// Whether a name test can be evaluated without an undeclared-prefix error.
bool prefix_declared(const std::string& test, const std::set<std::string>& prefixes) {
  const std::size_t colon = test.find(':');
  return colon == std::string::npos || prefixes.count(test.substr(0, colon)) > 0;
}

// Whether the value can depend on the context position or size (position(), last()), or on
// the node being matched through current(): then a predicate is not decided by the node alone.
bool uses_focus(const Node& n) {
  if (is_call(n, "position") || is_call(n, "last") || is_call(n, "current")) return true;
  for (const auto& k : n.kids) if (uses_focus(*k)) return true;
  for (const auto& p : n.preds) if (uses_focus(*p)) return true;
  return false;
}

// Whether the value is never a number, so that as a predicate it is a truth value and not
// a position.
bool never_number(const Node& n) {
  switch (n.kind) {
    case K::Path: case K::Step: case K::Context: case K::String: case K::Castable:
    case K::Quantified: return true;
    case K::Paren: return never_number(*n.kids[0]);
    case K::Binary: {
      static const std::set<std::string> ops = {"and", "or", "=", "!=", "<", "<=", ">", ">=",
                                                "eq", "ne", "lt", "le", "gt", "ge", "is", "<<",
                                                ">>", "|", "intersect", "except"};
      return ops.count(n.text) > 0;
    }
    case K::Call: {
      static const char* const f[] = {"not", "boolean", "exists", "empty", "true", "false",
                                      "starts-with", "ends-with", "contains", "matches", "lang"};
      for (const char* name : f) if (is_call(n, name)) return true;
      return false;
    }
    default: return false;
  }
}

bool is_literal(const Node& n) { return n.kind == K::String || n.kind == K::Number; }
bool is_node_path(const Node& n) {
  return n.kind == K::Path || n.kind == K::Step || n.kind == K::Context;
}

// Whether evaluating the expression can raise no error whatever the context node: made of
// literals, location paths with declared prefixes, and/or/union, comparisons of a path with a
// literal, and a few XPath 1.0 functions that accept any argument. Tests after such an
// expression may be moved before it without losing an error.
bool error_free(const Node& n, const std::set<std::string>& prefixes) {
  auto all = [&](const std::vector<NodePtr>& v) {
    for (const auto& k : v) if (!error_free(*k, prefixes)) return false;
    return true;
  };
  switch (n.kind) {
    case K::String: case K::Number: case K::Context: return true;
    case K::Paren: return error_free(*n.kids[0], prefixes);
    case K::Step: return prefix_declared(step_parts(n.text).test, prefixes) && all(n.preds);
    case K::Path: return all(n.kids);
    case K::Binary: {
      if (n.text == "and" || n.text == "or" || n.text == "|") return all(n.kids);
      static const std::set<std::string> cmp = {"=", "!=", "<", "<=", ">", ">=",
                                                "eq", "ne", "lt", "le", "gt", "ge"};
      if (!cmp.count(n.text)) return false;
      const Node& l = *n.kids[0];
      const Node& r = *n.kids[1];
      return ((is_node_path(l) && is_literal(r)) || (is_literal(l) && is_node_path(r))) && all(n.kids);
    }
    case K::Call: {
      if (is_call(n, "true") || is_call(n, "false")) return n.kids.empty();
      if (is_call(n, "not") || is_call(n, "boolean") || is_call(n, "exists") || is_call(n, "empty"))
        return n.kids.size() == 1 && all(n.kids);
      if (is_call(n, "count")) return n.kids.size() == 1 && is_node_path(*n.kids[0]) && all(n.kids);
      if (is_call(n, "starts-with") || is_call(n, "contains")) {
        for (const auto& k : n.kids) if (!is_node_path(*k) && !is_literal(*k)) return false;
        return n.kids.size() == 2 && all(n.kids);
      }
      return false;
    }
    default: return false;
  }
}

// `@name` (a no-namespace attribute, no predicate): the name.
std::optional<std::string> attribute_step(const Node& n) {
  if (n.kind != K::Step || !n.preds.empty()) return std::nullopt;
  StepParts s = step_parts(n.text);
  if (s.axis != "attribute" || s.test.find_first_of(":*()") != std::string::npos) return std::nullopt;
  return s.test;
}

// `self::a | self::b`: the names, if every alternative is such a step with a declared prefix.
bool self_names(const Node& n, const std::set<std::string>& prefixes, std::vector<ElementName>& out) {
  if (n.kind == K::Paren) return self_names(*n.kids[0], prefixes, out);
  if (n.kind == K::Binary && n.text == "|")
    return self_names(*n.kids[0], prefixes, out) && self_names(*n.kids[1], prefixes, out);
  if (n.kind != K::Step || !n.preds.empty()) return false;
  StepParts s = step_parts(n.text);
  std::optional<ElementName> name = element_name(s.test);
  if (s.axis != "self" || !name || name->local == "*" || !prefix_declared(s.test, prefixes)) return false;
  out.push_back(*name);
  return true;
}

// Attributes that must be present for an error-free test to hold: `@a`, `@a op literal`,
// `starts-with(@a, 'x')` / `contains(@a, 'x')` with a non-empty literal, and conjunctions.
void implied_attributes(const Node& n, std::vector<std::string>& out) {
  if (n.kind == K::Paren) return implied_attributes(*n.kids[0], out);
  if (auto a = attribute_step(n)) { out.push_back(*a); return; }
  if (n.kind == K::Binary && n.text == "and") {
    implied_attributes(*n.kids[0], out);
    implied_attributes(*n.kids[1], out);
    return;
  }
  if (n.kind == K::Binary && n.text != "or" && n.text != "|") {
    // Error-free comparisons only: a path against a literal; false for an empty node-set.
    for (int side = 0; side < 2; ++side)
      if (auto a = attribute_step(*n.kids[side]); a && is_literal(*n.kids[1 - side])) out.push_back(*a);
    return;
  }
  if ((is_call(n, "starts-with") || is_call(n, "contains")) && n.kids.size() == 2 &&
      n.kids[1]->kind == K::String && !n.kids[1]->text.empty())
    if (auto a = attribute_step(*n.kids[0])) out.push_back(*a);
}

// Splits a single-step branch's predicates into tests on the node itself and an XPath filter.
// The tests are conjoined, so their order only matters for errors: a native test is taken
// out of the filter (and so run first) only while every filter part before it is error-free.
bool plan_predicates(const std::vector<const Node*>& preds, const std::set<std::string>& prefixes,
                     Emitter& em, PatternBranch& b) {
  // `[a and b]` holds where `[a][b]` does; the parts of a conjunction are truth values.
  std::vector<const Node*> parts;
  std::function<void(const Node&)> flatten = [&](const Node& n) {
    if (n.kind == K::Paren) return flatten(*n.kids[0]);
    if (n.kind == K::Binary && n.text == "and") {
      flatten(*n.kids[0]);
      flatten(*n.kids[1]);
      return;
    }
    parts.push_back(&n);
  };
  for (const Node* p : preds) {
    if (uses_focus(*p) || !never_number(*p)) return false;
    flatten(*p);
  }
  bool safe = true;  // every filter part so far is error-free
  for (const Node* part : parts) {
    const Node& n = *part;
    if (safe) {
      if (auto a = attribute_step(n)) { b.with_attributes.push_back(*a); continue; }
      if (is_call(n, "not") && n.kids.size() == 1) {
        if (auto a = attribute_step(*n.kids[0])) { b.without_attributes.push_back(*a); continue; }
        std::vector<ElementName> names;
        if (self_names(*n.kids[0], prefixes, names)) {
          b.not_self.insert(b.not_self.end(), names.begin(), names.end());
          continue;
        }
      }
    }
    const std::string text = em.emit(n);
    b.filter += never_number(n) ? "[" + text + "]" : "[boolean(" + text + ")]";
    if (safe && error_free(n, prefixes)) implied_attributes(n, b.with_attributes);
    else safe = false;
  }
  if (!b.filter.empty()) b.filter = "self::node()" + b.filter;
  return true;
}

// The branches of a pattern; false when some branch's last step is neither an element name
// test nor an attribute step.
bool plan_branches(const Node& n, const std::vector<const Node*>& outer,
                   const std::set<std::string>& prefixes, Emitter& em,
                   std::vector<PatternBranch>& out) {
  if (n.kind == K::Binary && n.text == "|")
    return plan_branches(*n.kids[0], outer, prefixes, em, out) &&
           plan_branches(*n.kids[1], outer, prefixes, em, out);
  if (n.kind == K::Paren) return plan_branches(*n.kids[0], outer, prefixes, em, out);
  if (n.kind == K::Filter && n.kids[0]->kind == K::Paren) {
    // (a | b)[p]: p applies to each alternative after its own predicates.
    std::vector<const Node*> preds;
    for (std::size_t i = 1; i < n.kids.size(); ++i) preds.push_back(n.kids[i].get());
    preds.insert(preds.end(), outer.begin(), outer.end());
    return plan_branches(*n.kids[0], preds, prefixes, em, out);
  }
  std::vector<const Node*> steps;
  std::string anchor;  // "", "/" or "//"
  if (n.kind == K::Step) {
    steps.push_back(&n);
  } else if (n.kind == K::Path) {
    anchor = n.text;
    for (const auto& k : n.kids) steps.push_back(k.get());
  } else {
    return false;
  }
  if (steps.empty() || steps.back()->kind != K::Step) return false;
  for (std::size_t i = 1; i < steps.size(); ++i)
    if (steps[i]->kind != K::Step) return false;
  if (steps[0]->kind != K::Step && steps[0]->kind != K::Paren && steps[0]->kind != K::Filter)
    return false;
  PatternBranch b;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (steps[i]->kind != K::Step) continue;  // a leading (a | b): any of them, none required
    StepParts s = step_parts(steps[i]->text);
    std::optional<ElementName> name = element_name(s.test);
    const bool last = i + 1 == steps.size();
    if (s.axis != "child" || !name) {
      if (!last) continue;
      if (s.axis != "attribute") return false;
      b.selects_elements = false;  // a/@b: only the elements on the way are known
      continue;
    }
    if (last) b.element = *name;
    if (name->local != "*") b.required.push_back(*name);
  }
  const bool single = steps.size() == 1 && (anchor.empty() || anchor == "//" || anchor == "/") &&
                      b.selects_elements;
  if (single) {
    std::vector<const Node*> preds;
    for (const auto& p : steps[0]->preds) preds.push_back(p.get());
    preds.insert(preds.end(), outer.begin(), outer.end());
    PatternBranch d = b;
    if (prefix_declared(step_parts(steps[0]->text).test, prefixes) &&
        plan_predicates(preds, prefixes, em, d)) {
      d.direct = true;
      d.root_only = anchor == "/";
      b = std::move(d);
    }
  }
  out.push_back(std::move(b));
  return true;
}

}  // namespace

std::string XPathTranslator::translate(std::string_view xpath2) {
  Parser p(xpath2);
  NodePtr tree = p.parse_all();
  Emitter em(closures_);
  return em.emit(*tree);
}

std::string XPathTranslator::translate_pattern(std::string_view pattern) {
  Parser p(pattern);
  NodePtr tree = p.parse_all();
  Emitter em(closures_);
  return emit_pattern(*tree, em);
}

}  // namespace archtei::schematron

namespace archtei::schematron {

PatternPlan XPathTranslator::plan_pattern(std::string_view pattern,
                                          const std::set<std::string>& prefixes) {
  Parser p(pattern);
  NodePtr tree = p.parse_all();
  Emitter em(closures_);
  PatternPlan plan;
  plan.known = plan_branches(*tree, {}, prefixes, em, plan.branches);
  if (!plan.known) plan.branches.clear();
  return plan;
}

}  // namespace archtei::schematron
