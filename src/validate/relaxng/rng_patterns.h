// RelaxNG patterns in simplified form (the spec's section 4 grammar), hash-consed: equal
// patterns share one id, so derivatives can be memoized by id. This is the data the
// derivative validator (rng_derivatives.h) works on; rng_loader.h builds it from a schema.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace archtei::rng {

/// A pattern's id in its PatternStore.
using PatternId = std::uint32_t;
/// A name class's id in its PatternStore.
using NameClassId = std::uint32_t;

enum class Kind : std::uint8_t {
  NotAllowed,
  Empty,
  Text,
  Choice,      ///< a | b
  Interleave,  ///< a & b
  Group,       ///< a , b
  OneOrMore,   ///< a+
  List,        ///< list { a }
  Data,        ///< datatype `a` (index into the datatype table)
  DataExcept,  ///< datatype `a` minus pattern `b`
  Value,       ///< value `a` (index into the value table)
  Attribute,   ///< attribute name class `a`, value pattern `b`
  Element,     ///< element name class `a`, content `b` (never merged: one per schema element)
  After,       ///< a, then the rest of the parent `b` (only in derivatives)
};

/// One pattern: a kind and up to two operands (pattern, name-class or table ids).
struct Pattern {
  Kind kind;
  bool nullable;        ///< matches the empty sequence
  bool text_sensitive;  ///< its text derivative depends on the text itself (data, value, list)
  PatternId a = 0;
  PatternId b = 0;
};

/// An expanded name: namespace URI and local name.
struct QName {
  std::string ns;
  std::string local;
  bool operator==(const QName&) const = default;
};

enum class NameClassKind : std::uint8_t { AnyName, NsName, Name, Choice };

/// A name class: `except` (or 0 for none; id 0 is never an except) and, for Choice, two
/// alternatives `left`/`right`.
struct NameClass {
  NameClassKind kind;
  QName name;  ///< ns for NsName; ns and local for Name
  NameClassId except = 0;
  NameClassId left = 0;
  NameClassId right = 0;
};

/// Patterns and name classes of one schema, plus every pattern derivatives create from them.
/// Not thread-safe: each validating thread works on its own copy.
class PatternStore {
 public:
  PatternStore();

  static constexpr PatternId kNotAllowed = 0;
  static constexpr PatternId kEmpty = 1;
  static constexpr PatternId kText = 2;

  const Pattern& operator[](PatternId id) const { return patterns_[id]; }
  std::size_t size() const { return patterns_.size(); }

  // Smart constructors: they apply the algebra (notAllowed absorbs a group, empty is a
  // group's unit, choices are flattened, de-duplicated and ordered) so that equal
  // languages tend to get equal ids.
  PatternId choice(PatternId a, PatternId b);
  PatternId choice(std::vector<PatternId> members);
  PatternId group(PatternId a, PatternId b);
  PatternId interleave(PatternId a, PatternId b);
  PatternId one_or_more(PatternId a);
  PatternId after(PatternId a, PatternId b);
  PatternId list(PatternId a);
  PatternId data(std::uint32_t datatype);
  PatternId data_except(std::uint32_t datatype, PatternId except);
  PatternId value(std::uint32_t value_index);
  PatternId attribute(NameClassId name, PatternId value);
  /// A new element pattern; its content is set later (elements may refer to themselves).
  PatternId new_element(NameClassId name);
  void set_element_content(PatternId element, PatternId content);

  NameClassId name_class(NameClass nc);
  const NameClass& name_class_at(NameClassId id) const { return name_classes_[id]; }
  bool contains(NameClassId id, const QName& name) const;

 private:
  PatternId make(Kind kind, PatternId a, PatternId b);
  void collect_choice(PatternId p, std::vector<PatternId>& out) const;

  struct Key {
    Kind kind;
    PatternId a, b;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      return (static_cast<std::size_t>(k.a) * 0x9E3779B97F4A7C15ULL) ^
             (static_cast<std::size_t>(k.b) * 0xC2B2AE3D27D4EB4FULL) ^ static_cast<std::size_t>(k.kind);
    }
  };
  std::vector<Pattern> patterns_;
  std::unordered_map<Key, PatternId, KeyHash> index_;
  std::vector<NameClass> name_classes_;
};

}  // namespace archtei::rng
