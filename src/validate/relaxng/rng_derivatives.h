// RelaxNG validation by derivatives (James Clark's algorithm, the one jing uses): a
// document tree and a compiled schema to a verdict and, when invalid, the first node where
// the document leaves the schema. Derivatives are memoized by pattern id, so after a few
// documents most elements and attributes cost a hash lookup.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "validate/relaxng/rng_loader.h"

namespace archtei::rng {

/// Where and why a document fails its schema.
struct Failure {
  const xmlNode* node = nullptr;  ///< the element (or attribute) at fault
  std::string message;
  std::string code;  ///< one of the rule codes of docs/validation.md (rng-element-unexpected, ...)
};

/// One thread's validation state: a copy of the schema's patterns plus every derivative
/// met so far. Reuse it across documents (that is where the memo pays); not thread-safe.
class DerivativeValidator {
 public:
  explicit DerivativeValidator(const Schema& schema);

  /// Whether `doc` matches the schema; on false, `failure` says where.
  bool validate(const xmlDoc* doc, Failure& failure);

  /// Patterns held now (the memo's size), to bound memory across long batches.
  std::size_t patterns() const { return store_.size(); }

 private:
  using Id = PatternId;
  static constexpr Id kUnset = 0xFFFFFFFFu;

  enum class AfterOp : std::uint8_t { GroupRight, InterleaveRight, InterleaveLeft, AfterRight };

  struct PairHash {
    std::size_t operator()(std::uint64_t k) const { return k * 0x9E3779B97F4A7C15ULL >> 17; }
  };
  // Attribute derivative by name: the one value pattern the name can meet (or none, or
  // several) and the derivative when that value matches.
  struct AttributeStep {
    Id value = kUnset;  // kUnset: no attribute pattern takes the name; kMany: several do
    Id matched = PatternStore::kNotAllowed;
  };
  static constexpr Id kMany = 0xFFFFFFFEu;

  const Schema& schema_;
  PatternStore store_;
  std::unordered_map<std::string, std::uint32_t> qname_ids_;
  // The current document's names by libxml2's own pointers (its parser interns names, so
  // a name is one pointer per document): most lookups skip building a string.
  struct PointerPairHash {
    std::size_t operator()(const std::pair<const void*, const void*>& k) const {
      return std::hash<const void*>()(k.first) * 31 + std::hash<const void*>()(k.second);
    }
  };
  std::unordered_map<std::pair<const void*, const void*>, std::uint32_t, PointerPairHash> document_names_;
  std::vector<QName> qnames_;
  std::unordered_map<std::uint64_t, Id, PairHash> start_tag_memo_;
  std::unordered_map<std::uint64_t, AttributeStep, PairHash> attribute_memo_;
  std::unordered_map<std::uint64_t, Id, PairHash> after_memo_[4];
  std::vector<Id> close_memo_, end_memo_, text_memo_;
  std::unordered_map<std::string, Id> value_memo_;  // text-sensitive derivatives of short texts
  // ID checking (RelaxNG DTD compatibility) of the current document.
  std::unordered_set<std::string> ids_;
  std::vector<std::pair<const xmlNode*, std::string>> idrefs_;

  std::uint32_t intern(const xmlChar* ns, const xmlChar* local);
  std::uint32_t intern(const xmlNs* ns, const xmlChar* local);
  static std::uint64_t key(Id p, std::uint32_t q) { return (static_cast<std::uint64_t>(p) << 32) | q; }
  Id& slot(std::vector<Id>& memo, Id p);

  Id start_tag_open(Id p, std::uint32_t qn);
  Id start_tag_open_raw(Id p, std::uint32_t qn);
  Id apply_after(AfterOp op, Id arg, Id p);
  AttributeStep attribute_step(Id p, std::uint32_t qn);
  Id attribute_deriv(Id p, std::uint32_t qn, std::string_view value);
  Id attribute_deriv_with(Id p, std::uint32_t qn, std::string_view value, bool memo_true);
  void attribute_values(Id p, std::uint32_t qn, std::vector<Id>& out);
  bool value_matches(Id p, std::string_view value);
  Id start_tag_close(Id p);
  Id end_tag(Id p);
  Id text(Id p, std::string_view s);
  Id text_raw(Id p, std::string_view s);
  Id list(Id p, std::string_view s);

  bool element(Id& p, const xmlNode* e, Failure& failure);
  bool children(Id& p, const xmlNode* e, Failure& failure);
  void add_names(NameClassId id, std::vector<std::string>& names) const;
  void expected(Id p, std::vector<std::string>& names) const;
  void missing_attributes(Id p, std::vector<std::string>& names);
};

}  // namespace archtei::rng
