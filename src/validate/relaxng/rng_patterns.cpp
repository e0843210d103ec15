// RelaxNG patterns: the hash-consing store and its smart constructors.
#include "validate/relaxng/rng_patterns.h"

#include <algorithm>

namespace archtei::rng {

PatternStore::PatternStore() {
  patterns_.push_back({Kind::NotAllowed, false, false});
  patterns_.push_back({Kind::Empty, true, false});
  patterns_.push_back({Kind::Text, true, false});
  name_classes_.push_back({NameClassKind::AnyName, {}, 0, 0, 0});  // id 0: never used as "except"
}

PatternId PatternStore::make(Kind kind, PatternId a, PatternId b) {
  Key key{kind, a, b};
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  const Pattern& pa = patterns_[a];
  const Pattern& pb = patterns_[b];
  Pattern p{kind, false, false, a, b};
  switch (kind) {
    case Kind::Choice:
      p.nullable = pa.nullable || pb.nullable;
      p.text_sensitive = pa.text_sensitive || pb.text_sensitive;
      break;
    case Kind::Group:
    case Kind::Interleave:
      p.nullable = pa.nullable && pb.nullable;
      p.text_sensitive = pa.text_sensitive || pb.text_sensitive;
      break;
    case Kind::OneOrMore:
      p.nullable = pa.nullable;
      p.text_sensitive = pa.text_sensitive;
      break;
    case Kind::After:
      p.text_sensitive = pa.text_sensitive;
      break;
    case Kind::List:
    case Kind::Data:
    case Kind::DataExcept:
    case Kind::Value:
      p.text_sensitive = true;
      break;
    default:
      break;
  }
  auto id = static_cast<PatternId>(patterns_.size());
  patterns_.push_back(p);
  index_.emplace(key, id);
  return id;
}

void PatternStore::collect_choice(PatternId p, std::vector<PatternId>& out) const {
  if (patterns_[p].kind == Kind::Choice) {
    collect_choice(patterns_[p].a, out);
    collect_choice(patterns_[p].b, out);
  } else if (p != kNotAllowed) {
    out.push_back(p);
  }
}

PatternId PatternStore::choice(PatternId a, PatternId b) {
  if (a == b || b == kNotAllowed) return a;
  if (a == kNotAllowed) return b;
  // The common cases without building a member list.
  if (patterns_[a].kind != Kind::Choice && patterns_[b].kind != Kind::Choice) {
    if (a == kEmpty && patterns_[b].nullable) return b;
    if (b == kEmpty && patterns_[a].nullable) return a;
    return a < b ? make(Kind::Choice, a, b) : make(Kind::Choice, b, a);
  }
  std::vector<PatternId> members;
  collect_choice(a, members);
  collect_choice(b, members);
  return choice(std::move(members));
}

PatternId PatternStore::choice(std::vector<PatternId> members) {
  std::vector<PatternId> flat;
  flat.reserve(members.size());
  for (PatternId m : members) collect_choice(m, flat);
  std::sort(flat.begin(), flat.end());
  flat.erase(std::unique(flat.begin(), flat.end()), flat.end());
  // Empty adds nothing beside a member that is nullable anyway.
  if (flat.size() > 1 && flat.front() == kEmpty) {
    bool other_nullable = std::any_of(flat.begin() + 1, flat.end(), [&](PatternId m) { return patterns_[m].nullable; });
    if (other_nullable) flat.erase(flat.begin());
  }
  if (flat.empty()) return kNotAllowed;
  // Right-nested, ascending: one canonical shape per member set.
  PatternId out = flat.back();
  for (auto it = flat.rbegin() + 1; it != flat.rend(); ++it) out = make(Kind::Choice, *it, out);
  return out;
}

PatternId PatternStore::group(PatternId a, PatternId b) {
  if (a == kNotAllowed || b == kNotAllowed) return kNotAllowed;
  if (a == kEmpty) return b;
  if (b == kEmpty) return a;
  return make(Kind::Group, a, b);
}

PatternId PatternStore::interleave(PatternId a, PatternId b) {
  if (a == kNotAllowed || b == kNotAllowed) return kNotAllowed;
  if (a == kEmpty) return b;
  if (b == kEmpty) return a;
  return a < b ? make(Kind::Interleave, a, b) : make(Kind::Interleave, b, a);
}

PatternId PatternStore::one_or_more(PatternId a) {
  if (a == kNotAllowed || a == kEmpty) return a;
  if (patterns_[a].kind == Kind::OneOrMore) return a;
  return make(Kind::OneOrMore, a, 0);
}

PatternId PatternStore::after(PatternId a, PatternId b) {
  if (a == kNotAllowed || b == kNotAllowed) return kNotAllowed;
  return make(Kind::After, a, b);
}

PatternId PatternStore::list(PatternId a) {
  if (a == kNotAllowed) return kNotAllowed;
  return make(Kind::List, a, 0);
}

PatternId PatternStore::data(std::uint32_t datatype) { return make(Kind::Data, datatype, 0); }

PatternId PatternStore::data_except(std::uint32_t datatype, PatternId except) {
  if (except == kNotAllowed) return data(datatype);
  return make(Kind::DataExcept, datatype, except);
}

PatternId PatternStore::value(std::uint32_t value_index) { return make(Kind::Value, value_index, 0); }

PatternId PatternStore::attribute(NameClassId name, PatternId value) {
  if (value == kNotAllowed) return kNotAllowed;
  return make(Kind::Attribute, name, value);
}

PatternId PatternStore::new_element(NameClassId name) {
  auto id = static_cast<PatternId>(patterns_.size());
  patterns_.push_back({Kind::Element, false, false, name, kNotAllowed});
  return id;
}

void PatternStore::set_element_content(PatternId element, PatternId content) {
  patterns_[element].b = content;
}

NameClassId PatternStore::name_class(NameClass nc) {
  name_classes_.push_back(std::move(nc));
  return static_cast<NameClassId>(name_classes_.size() - 1);
}

bool PatternStore::contains(NameClassId id, const QName& name) const {
  const NameClass& nc = name_classes_[id];
  switch (nc.kind) {
    case NameClassKind::AnyName:
      return nc.except == 0 || !contains(nc.except, name);
    case NameClassKind::NsName:
      return nc.name.ns == name.ns && (nc.except == 0 || !contains(nc.except, name));
    case NameClassKind::Name:
      return nc.name == name;
    case NameClassKind::Choice:
      return contains(nc.left, name) || contains(nc.right, name);
  }
  return false;
}

}  // namespace archtei::rng
