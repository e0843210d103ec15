// RelaxNG datatypes: the built-in library (string, token) and W3C XML Schema datatypes
// with their facets, checked by libxml2's XML Schema type library (the same checks its own
// RelaxNG validator makes). Used by the derivative validator for <data> and <value>.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archtei::rng {

/// What the DTD-compatibility rules make of an attribute value (RelaxNG DTD Compatibility 4).
enum class IdType : std::uint8_t { None, Id, IdRef, IdRefs };

/// The datatypes and values one schema uses. Immutable once loaded; allows() and equal()
/// may be called from many threads at once.
class Datatypes {
 public:
  Datatypes();
  ~Datatypes();
  Datatypes(const Datatypes&) = delete;
  Datatypes& operator=(const Datatypes&) = delete;

  /// The index of datatype `name` of `library` restricted by `params` (facet name, value).
  /// Returns an error message in `error` (and 0) for an unknown type or a bad facet.
  std::uint32_t add(const std::string& library, const std::string& name,
                    const std::vector<std::pair<std::string, std::string>>& params, std::string& error);
  /// The index of the value `lexical` of datatype `datatype`; `error` if it is not one.
  std::uint32_t add_value(std::uint32_t datatype, const std::string& lexical, std::string& error);

  /// Whether `text` is a lexical form of the datatype (facets included).
  bool allows(std::uint32_t datatype, std::string_view text) const;
  /// Whether `text` denotes the same value as value `value_index`.
  bool equal(std::uint32_t value_index, std::string_view text) const;
  IdType id_type(std::uint32_t datatype) const;
  /// "token", "xsd:anyURI", ... for messages.
  std::string describe(std::uint32_t datatype) const;

 private:
  struct Type;
  struct Value;
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Value>> values_;
};

/// Whitespace collapsed: runs of space, tab, CR, LF to one space, none at the ends.
std::string collapse_whitespace(std::string_view text);

}  // namespace archtei::rng
