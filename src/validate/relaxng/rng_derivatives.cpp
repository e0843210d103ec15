// RelaxNG validation by derivatives over a libxml2 tree. The derivative functions follow
// "An algorithm for RELAX NG validation" (J. Clark, 2002); the attribute derivative is split
// into a name step (memoized) and a value test, so unique attribute values such as xml:id
// do not defeat the memo.
#include "validate/relaxng/rng_derivatives.h"

#include <algorithm>
#include <cstring>

namespace archtei::rng {
namespace {

constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";
// Short texts (attribute values, element values) have their text-sensitive derivatives
// memoized; the memo is dropped when it grows past this many entries.
constexpr std::size_t kValueMemoLimit = 1 << 16;
constexpr std::size_t kShortText = 64;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool whitespace(std::string_view s) {
  return std::all_of(s.begin(), s.end(), is_space);
}

const char* chars(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

bool is_text(const xmlNode* n) { return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE; }

// An attribute's value without copying in the usual case of one text child.
std::string_view attribute_value(const xmlAttr* a, std::string& buffer) {
  const xmlNode* c = a->children;
  if (c == nullptr) return {};
  if (c->next == nullptr && is_text(c)) return chars(c->content);
  buffer.clear();
  for (; c; c = c->next)
    if (is_text(c)) buffer += chars(c->content);
  return buffer;
}

std::string prefixed(const xmlNode* n) {
  std::string name = chars(n->name);
  if (n->ns != nullptr && n->ns->prefix != nullptr) return chars(n->ns->prefix) + (":" + name);
  return name;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  constexpr std::size_t kShown = 12;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > kShown) out += ", ... (" + std::to_string(names.size() - kShown) + " more)";
  return out;
}

}  // namespace

DerivativeValidator::DerivativeValidator(const Schema& schema) : schema_(schema), store_(schema.patterns) {}

std::uint32_t DerivativeValidator::intern(const xmlChar* ns, const xmlChar* local) {
  std::string k = chars(ns);
  k += '\x1F';
  k += chars(local);
  auto [it, added] = qname_ids_.try_emplace(std::move(k), static_cast<std::uint32_t>(qnames_.size()));
  if (added) qnames_.push_back({chars(ns), chars(local)});
  return it->second;
}

std::uint32_t DerivativeValidator::intern(const xmlNs* ns, const xmlChar* local) {
  auto [it, added] = document_names_.try_emplace({ns, local}, 0);
  if (added) it->second = intern(ns ? ns->href : nullptr, local);
  return it->second;
}

DerivativeValidator::Id& DerivativeValidator::slot(std::vector<Id>& memo, Id p) {
  if (p >= memo.size()) memo.resize(std::max<std::size_t>(store_.size(), p + 1), kUnset);
  return memo[p];
}

// --- start tags ------------------------------------------------------------------------

DerivativeValidator::Id DerivativeValidator::start_tag_open(Id p, std::uint32_t qn) {
  auto it = start_tag_memo_.find(key(p, qn));
  if (it != start_tag_memo_.end()) return it->second;
  Id r = start_tag_open_raw(p, qn);
  start_tag_memo_.emplace(key(p, qn), r);
  return r;
}

DerivativeValidator::Id DerivativeValidator::start_tag_open_raw(Id p, std::uint32_t qn) {
  const Pattern pat = store_[p];
  switch (pat.kind) {
    case Kind::Choice:
      return store_.choice(start_tag_open(pat.a, qn), start_tag_open(pat.b, qn));
    case Kind::Element:
      return store_.contains(pat.a, qnames_[qn]) ? store_.after(pat.b, PatternStore::kEmpty)
                                                 : PatternStore::kNotAllowed;
    case Kind::Interleave:
      return store_.choice(apply_after(AfterOp::InterleaveRight, pat.b, start_tag_open(pat.a, qn)),
                           apply_after(AfterOp::InterleaveLeft, pat.a, start_tag_open(pat.b, qn)));
    case Kind::OneOrMore:
      return apply_after(AfterOp::GroupRight, store_.choice(p, PatternStore::kEmpty), start_tag_open(pat.a, qn));
    case Kind::Group: {
      Id x = apply_after(AfterOp::GroupRight, pat.b, start_tag_open(pat.a, qn));
      return store_[pat.a].nullable ? store_.choice(x, start_tag_open(pat.b, qn)) : x;
    }
    case Kind::After:
      return apply_after(AfterOp::AfterRight, pat.b, start_tag_open(pat.a, qn));
    default:
      return PatternStore::kNotAllowed;
  }
}

DerivativeValidator::Id DerivativeValidator::apply_after(AfterOp op, Id arg, Id p) {
  if (p == PatternStore::kNotAllowed) return p;
  auto& memo = after_memo_[static_cast<int>(op)];
  if (auto it = memo.find(key(p, arg)); it != memo.end()) return it->second;
  const Pattern pat = store_[p];
  Id r = PatternStore::kNotAllowed;
  if (pat.kind == Kind::After) {
    Id rest = pat.b;
    switch (op) {
      case AfterOp::GroupRight: rest = store_.group(rest, arg); break;
      case AfterOp::InterleaveRight: rest = store_.interleave(rest, arg); break;
      case AfterOp::InterleaveLeft: rest = store_.interleave(arg, rest); break;
      case AfterOp::AfterRight: rest = store_.after(rest, arg); break;
    }
    r = store_.after(pat.a, rest);
  } else if (pat.kind == Kind::Choice) {
    Id left = apply_after(op, arg, pat.a);
    r = store_.choice(left, apply_after(op, arg, pat.b));
  }
  memo.emplace(key(p, arg), r);
  return r;
}

// --- attributes ------------------------------------------------------------------------

void DerivativeValidator::attribute_values(Id p, std::uint32_t qn, std::vector<Id>& out) {
  const Pattern pat = store_[p];
  switch (pat.kind) {
    case Kind::Choice:
    case Kind::Group:
    case Kind::Interleave:
      attribute_values(pat.a, qn, out);
      attribute_values(pat.b, qn, out);
      break;
    case Kind::OneOrMore:
    case Kind::After:
      attribute_values(pat.a, qn, out);
      break;
    case Kind::Attribute:
      if (store_.contains(pat.a, qnames_[qn]) && std::find(out.begin(), out.end(), pat.b) == out.end())
        out.push_back(pat.b);
      break;
    default:
      break;
  }
}

DerivativeValidator::AttributeStep DerivativeValidator::attribute_step(Id p, std::uint32_t qn) {
  if (auto it = attribute_memo_.find(key(p, qn)); it != attribute_memo_.end()) return it->second;
  std::vector<Id> values;
  attribute_values(p, qn, values);
  AttributeStep step;
  if (values.size() == 1) {
    step.value = values.front();
    step.matched = attribute_deriv_with(p, qn, {}, true);
  } else if (values.size() > 1) {
    step.value = kMany;
  }
  attribute_memo_.emplace(key(p, qn), step);
  return step;
}

DerivativeValidator::Id DerivativeValidator::attribute_deriv(Id p, std::uint32_t qn, std::string_view value) {
  AttributeStep step = attribute_step(p, qn);
  if (step.value == kUnset) return PatternStore::kNotAllowed;
  if (step.value == kMany) return attribute_deriv_with(p, qn, value, false);
  return value_matches(step.value, value) ? step.matched : PatternStore::kNotAllowed;
}

// The attribute derivative; with `assume_match`, as if every attribute pattern taking the
// name accepted the value (true when there is one such pattern and it does).
DerivativeValidator::Id DerivativeValidator::attribute_deriv_with(Id p, std::uint32_t qn, std::string_view value,
                                                                  bool assume_match) {
  const Pattern pat = store_[p];
  auto d = [&](Id q) {
    if (assume_match) {
      AttributeStep step = attribute_step(q, qn);
      return step.value == kUnset ? PatternStore::kNotAllowed : step.matched;
    }
    return attribute_deriv_with(q, qn, value, false);
  };
  switch (pat.kind) {
    case Kind::After:
      return store_.after(d(pat.a), pat.b);
    case Kind::Choice:
      return store_.choice(d(pat.a), d(pat.b));
    case Kind::Group:
      return store_.choice(store_.group(d(pat.a), pat.b), store_.group(pat.a, d(pat.b)));
    case Kind::Interleave:
      return store_.choice(store_.interleave(d(pat.a), pat.b), store_.interleave(pat.a, d(pat.b)));
    case Kind::OneOrMore:
      return store_.group(d(pat.a), store_.choice(p, PatternStore::kEmpty));
    case Kind::Attribute:
      return store_.contains(pat.a, qnames_[qn]) && (assume_match || value_matches(pat.b, value))
                 ? PatternStore::kEmpty
                 : PatternStore::kNotAllowed;
    default:
      return PatternStore::kNotAllowed;
  }
}

bool DerivativeValidator::value_matches(Id p, std::string_view value) {
  if (store_[p].nullable && whitespace(value)) return true;
  return store_[text(p, value)].nullable;
}

DerivativeValidator::Id DerivativeValidator::start_tag_close(Id p) {
  if (p < close_memo_.size() && close_memo_[p] != kUnset) return close_memo_[p];
  const Pattern pat = store_[p];
  Id r = p;
  switch (pat.kind) {
    case Kind::Choice: r = store_.choice(start_tag_close(pat.a), start_tag_close(pat.b)); break;
    case Kind::Group: r = store_.group(start_tag_close(pat.a), start_tag_close(pat.b)); break;
    case Kind::Interleave: r = store_.interleave(start_tag_close(pat.a), start_tag_close(pat.b)); break;
    case Kind::OneOrMore: r = store_.one_or_more(start_tag_close(pat.a)); break;
    case Kind::After: r = store_.after(start_tag_close(pat.a), pat.b); break;
    case Kind::Attribute: r = PatternStore::kNotAllowed; break;
    default: break;
  }
  slot(close_memo_, p) = r;
  return r;
}

DerivativeValidator::Id DerivativeValidator::end_tag(Id p) {
  if (p < end_memo_.size() && end_memo_[p] != kUnset) return end_memo_[p];
  const Pattern pat = store_[p];
  Id r = PatternStore::kNotAllowed;
  if (pat.kind == Kind::Choice) r = store_.choice(end_tag(pat.a), end_tag(pat.b));
  if (pat.kind == Kind::After && store_[pat.a].nullable) r = pat.b;
  slot(end_memo_, p) = r;
  return r;
}

// --- text ------------------------------------------------------------------------------

DerivativeValidator::Id DerivativeValidator::text(Id p, std::string_view s) {
  if (!store_[p].text_sensitive) {
    if (p < text_memo_.size() && text_memo_[p] != kUnset) return text_memo_[p];
    Id r = text_raw(p, {});
    slot(text_memo_, p) = r;
    return r;
  }
  if (s.size() > kShortText) return text_raw(p, s);
  std::string k(reinterpret_cast<const char*>(&p), sizeof p);
  k.append(s);
  if (auto it = value_memo_.find(k); it != value_memo_.end()) return it->second;
  Id r = text_raw(p, s);
  if (value_memo_.size() >= kValueMemoLimit) value_memo_.clear();
  value_memo_.emplace(std::move(k), r);
  return r;
}

DerivativeValidator::Id DerivativeValidator::text_raw(Id p, std::string_view s) {
  const Pattern pat = store_[p];
  constexpr Id kNa = PatternStore::kNotAllowed;
  switch (pat.kind) {
    case Kind::Choice: {
      Id left = text(pat.a, s);
      return store_.choice(left, text(pat.b, s));
    }
    case Kind::Interleave: {
      Id left = store_.interleave(text(pat.a, s), pat.b);
      return store_.choice(left, store_.interleave(pat.a, text(pat.b, s)));
    }
    case Kind::Group: {
      Id x = store_.group(text(pat.a, s), pat.b);
      return store_[pat.a].nullable ? store_.choice(x, text(pat.b, s)) : x;
    }
    case Kind::After:
      return store_.after(text(pat.a, s), pat.b);
    case Kind::OneOrMore:
      return store_.group(text(pat.a, s), store_.choice(p, PatternStore::kEmpty));
    case Kind::Text:
      return p;
    case Kind::Value:
      return schema_.datatypes.equal(pat.a, s) ? PatternStore::kEmpty : kNa;
    case Kind::Data:
      return schema_.datatypes.allows(pat.a, s) ? PatternStore::kEmpty : kNa;
    case Kind::DataExcept:
      return schema_.datatypes.allows(pat.a, s) && !store_[text(pat.b, s)].nullable ? PatternStore::kEmpty : kNa;
    case Kind::List:
      return store_[list(pat.a, s)].nullable ? PatternStore::kEmpty : kNa;
    default:
      return kNa;
  }
}

DerivativeValidator::Id DerivativeValidator::list(Id p, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && p != PatternStore::kNotAllowed) {
    while (i < s.size() && is_space(s[i])) ++i;
    std::size_t b = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > b) p = text(p, s.substr(b, i - b));
  }
  return p;
}

// --- the document ----------------------------------------------------------------------

bool DerivativeValidator::validate(const xmlDoc* doc, Failure& failure) {
  ids_.clear();
  idrefs_.clear();
  document_names_.clear();
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(doc));
  if (root == nullptr) {
    failure = {nullptr, "no document element", "rng"};
    return false;
  }
  Id p = schema_.start;
  if (!element(p, root, failure)) return false;
  if (!store_[p].nullable) {
    failure = {root, "the document element is incomplete", "rng"};
    return false;
  }
  for (const auto& [node, ref] : idrefs_) {
    if (ids_.count(ref)) continue;
    failure = {node, "IDREF \"" + ref + "\" has no matching ID", "rng-bad-idref"};
    return false;
  }
  return true;
}

bool DerivativeValidator::element(Id& p, const xmlNode* e, Failure& failure) {
  const std::uint32_t qn = intern(e->ns, e->name);
  Id q = start_tag_open(p, qn);
  if (q == PatternStore::kNotAllowed) {
    std::vector<std::string> names;
    expected(p, names);
    failure = {e, "element \"" + prefixed(e) + "\" not allowed here" +
                      (names.empty() ? std::string() : "; expected " + quoted_list(names)),
               "rng-element-unexpected"};
    return false;
  }
  std::string buffer;
  for (const xmlAttr* a = e->properties; a; a = a->next) {
    const std::uint32_t aq = intern(a->ns, a->name);
    std::string_view value = attribute_value(a, buffer);
    Id r = attribute_deriv(q, aq, value);
    if (r == PatternStore::kNotAllowed) {
      const auto* node = reinterpret_cast<const xmlNode*>(a);
      if (attribute_step(q, aq).value == kUnset)
        failure = {node, "attribute \"" + prefixed(node) + "\" not allowed on element \"" + prefixed(e) + "\"",
                   "rng-attribute-not-allowed"};
      else
        failure = {node, "invalid value \"" + std::string(value) + "\" for attribute \"" + prefixed(node) +
                             "\" of element \"" + prefixed(e) + "\"",
                   "rng-bad-value"};
      return false;
    }
    q = r;
    if (!schema_.id_attributes.empty() && !(a->ns && std::strcmp(chars(a->ns->href), kXmlNs) == 0)) {
      auto it = schema_.id_attributes.find(attribute_key(qnames_[aq].ns, qnames_[aq].local));
      if (it != schema_.id_attributes.end()) {
        const auto* node = reinterpret_cast<const xmlNode*>(a);
        std::string v = collapse_whitespace(value);
        if (it->second == IdType::Id && !ids_.insert(v).second) {
          failure = {node, "duplicate ID \"" + v + "\"", "rng-duplicate-id"};
          return false;
        }
        if (it->second == IdType::IdRef) idrefs_.emplace_back(node, v);
        if (it->second == IdType::IdRefs) {
          std::size_t i = 0;
          while (i < v.size()) {
            std::size_t sp = v.find(' ', i);
            if (sp == std::string::npos) sp = v.size();
            idrefs_.emplace_back(node, v.substr(i, sp - i));
            i = sp + 1;
          }
        }
      }
    }
  }
  Id closed = start_tag_close(q);
  if (closed == PatternStore::kNotAllowed) {
    std::vector<std::string> names;
    missing_attributes(q, names);
    failure = {e, "element \"" + prefixed(e) + "\" is missing a required attribute" +
                      (names.empty() ? std::string() : " (" + quoted_list(names) + ")"),
               "rng-invalid-attributes"};
    return false;
  }
  if (!children(closed, e, failure)) return false;
  Id r = end_tag(closed);
  if (r == PatternStore::kNotAllowed) {
    std::vector<std::string> names;
    expected(closed, names);
    failure = {e, "element \"" + prefixed(e) + "\" is incomplete" +
                      (names.empty() ? std::string() : "; expected " + quoted_list(names)),
               "rng-element-missing"};
    return false;
  }
  p = r;
  return true;
}

bool DerivativeValidator::children(Id& p, const xmlNode* e, Failure& failure) {
  bool has_elements = false;
  for (const xmlNode* c = e->children; c && !has_elements; c = c->next) has_elements = c->type == XML_ELEMENT_NODE;
  auto text_failure = [&](Id before) {
    if (store_[before].text_sensitive)
      failure = {e, "invalid value for element \"" + prefixed(e) + "\"", "rng-bad-value"};
    else
      failure = {e, "text not allowed in element \"" + prefixed(e) + "\"", "rng-text-not-allowed"};
    return false;
  };
  if (!has_elements) {
    bool blank = true;
    for (const xmlNode* c = e->children; c && blank; c = c->next)
      if (is_text(c)) blank = whitespace(chars(c->content));
    // Only data, values and lists look at the text itself.
    std::string s;
    if (store_[p].text_sensitive)
      for (const xmlNode* c = e->children; c; c = c->next)
        if (is_text(c)) s += chars(c->content);
    Id r = text(p, s);
    if (blank) r = store_.choice(p, r);
    if (r == PatternStore::kNotAllowed) return text_failure(p);
    p = r;
    return true;
  }
  // Text between child elements (joined across comments and processing instructions);
  // whitespace-only runs are not text at all here.
  const xmlNode* c = e->children;
  while (c) {
    if (c->type == XML_ELEMENT_NODE) {
      if (!element(p, c, failure)) return false;
      c = c->next;
      continue;
    }
    const xmlNode* run = c;
    bool blank = true;
    for (; c && c->type != XML_ELEMENT_NODE; c = c->next)
      if (is_text(c) && blank) blank = whitespace(chars(c->content));
    if (blank) continue;
    Id r;
    if (store_[p].text_sensitive) {
      std::string s;
      for (const xmlNode* t = run; t != c; t = t->next)
        if (is_text(t)) s += chars(t->content);
      r = text(p, s);
    } else {
      r = text(p, {});
    }
    if (r == PatternStore::kNotAllowed) return text_failure(p);
    p = r;
  }
  return true;
}

// --- messages --------------------------------------------------------------------------

void DerivativeValidator::add_names(NameClassId id, std::vector<std::string>& names) const {
  const NameClass& nc = store_.name_class_at(id);
  if (nc.kind == NameClassKind::Name) {
    if (std::find(names.begin(), names.end(), nc.name.local) == names.end()) names.push_back(nc.name.local);
  } else if (nc.kind == NameClassKind::Choice) {
    add_names(nc.left, names);
    add_names(nc.right, names);
  }
}

void DerivativeValidator::expected(Id p, std::vector<std::string>& names) const {
  const Pattern& pat = store_[p];
  switch (pat.kind) {
    case Kind::Choice:
    case Kind::Interleave:
      expected(pat.a, names);
      expected(pat.b, names);
      break;
    case Kind::Group:
      expected(pat.a, names);
      if (store_[pat.a].nullable) expected(pat.b, names);
      break;
    case Kind::OneOrMore:
    case Kind::After:
      expected(pat.a, names);
      break;
    case Kind::Element:
      add_names(pat.a, names);
      break;
    default:
      break;
  }
}

void DerivativeValidator::missing_attributes(Id p, std::vector<std::string>& names) {
  const Pattern pat = store_[p];
  switch (pat.kind) {
    case Kind::Group:
    case Kind::Interleave:
      missing_attributes(pat.a, names);
      missing_attributes(pat.b, names);
      break;
    case Kind::Choice:
      // A choice demands an attribute only when neither branch can do without one.
      if (start_tag_close(pat.a) == PatternStore::kNotAllowed && start_tag_close(pat.b) == PatternStore::kNotAllowed) {
        missing_attributes(pat.a, names);
        missing_attributes(pat.b, names);
      }
      break;
    case Kind::OneOrMore:
    case Kind::After:
      missing_attributes(pat.a, names);
      break;
    case Kind::Attribute:
      add_names(pat.a, names);
      break;
    default:
      break;
  }
}

}  // namespace archtei::rng
