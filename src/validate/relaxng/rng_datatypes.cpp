// RelaxNG datatypes over libxml2's XML Schema type library.
#include "validate/relaxng/rng_datatypes.h"

#include <libxml/schemasInternals.h>
#include <libxml/xmlschemastypes.h>

namespace archtei::rng {
namespace {

constexpr const char* kXsdLibrary = "http://www.w3.org/2001/XMLSchema-datatypes";
constexpr const char* kXsdNamespace = "http://www.w3.org/2001/XMLSchema";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// XML Schema's whiteSpace facet of the built-in types: string keeps, normalizedString
// replaces, every other type collapses.
enum class Space { Preserve, Replace, Collapse };

Space space_of(const std::string& library, const std::string& name) {
  if (library.empty()) return name == "string" ? Space::Preserve : Space::Collapse;
  if (name == "string") return Space::Preserve;
  if (name == "normalizedString") return Space::Replace;
  return Space::Collapse;
}

std::string normalize(std::string_view text, Space space) {
  switch (space) {
    case Space::Preserve:
      return std::string(text);
    case Space::Replace: {
      std::string out(text);
      for (char& c : out)
        if (is_space(c)) c = ' ';
      return out;
    }
    case Space::Collapse:
      return collapse_whitespace(text);
  }
  return std::string(text);
}

struct FacetName {
  const char* name;
  xmlSchemaTypeType type;
};
constexpr FacetName kFacets[] = {
    {"length", XML_SCHEMA_FACET_LENGTH},
    {"minLength", XML_SCHEMA_FACET_MINLENGTH},
    {"maxLength", XML_SCHEMA_FACET_MAXLENGTH},
    {"pattern", XML_SCHEMA_FACET_PATTERN},
    {"minInclusive", XML_SCHEMA_FACET_MININCLUSIVE},
    {"minExclusive", XML_SCHEMA_FACET_MINEXCLUSIVE},
    {"maxInclusive", XML_SCHEMA_FACET_MAXINCLUSIVE},
    {"maxExclusive", XML_SCHEMA_FACET_MAXEXCLUSIVE},
    {"totalDigits", XML_SCHEMA_FACET_TOTALDIGITS},
    {"fractionDigits", XML_SCHEMA_FACET_FRACTIONDIGITS},
};

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* x(const std::string& s) { return x(s.c_str()); }

struct ValueFree {
  void operator()(xmlSchemaVal* v) const { xmlSchemaFreeValue(v); }
};
using ValuePtr = std::unique_ptr<xmlSchemaVal, ValueFree>;

}  // namespace

struct Datatypes::Type {
  std::string library;
  std::string name;
  Space space = Space::Collapse;
  xmlSchemaTypePtr xsd = nullptr;  // null for the built-in library
  IdType id = IdType::None;
  std::vector<std::string> facet_values;  // kept alive: libxml2's facets point into them
  std::vector<xmlSchemaFacetPtr> facets;
  ~Type() {
    for (auto f : facets) xmlSchemaFreeFacet(f);
  }

  // Parses `text` (already normalized); null value for types libxml2 keeps as strings.
  bool check(const std::string& text, ValuePtr& value) const {
    if (xsd == nullptr) return true;
    xmlSchemaValPtr v = nullptr;
    if (xmlSchemaValPredefTypeNode(xsd, x(text), &v, nullptr) != 0) {
      if (v) xmlSchemaFreeValue(v);
      return false;
    }
    value.reset(v);
    for (auto f : facets)
      if (xmlSchemaValidateFacet(xsd, f, x(text), value.get()) != 0) return false;
    return true;
  }
};

struct Datatypes::Value {
  std::uint32_t type = 0;
  std::string normalized;
  ValuePtr value;  // null where libxml2 compares lexically
};

Datatypes::Datatypes() { xmlSchemaInitTypes(); }
Datatypes::~Datatypes() = default;

std::uint32_t Datatypes::add(const std::string& library, const std::string& name,
                             const std::vector<std::pair<std::string, std::string>>& params,
                             std::string& error) {
  auto type = std::make_unique<Type>();
  type->library = library;
  type->name = name;
  type->space = space_of(library, name);
  if (library.empty()) {
    if (name != "string" && name != "token") {
      error = "unknown datatype \"" + name + "\" of the built-in library";
      return 0;
    }
    if (!params.empty()) {
      error = "the built-in datatype \"" + name + "\" takes no parameters";
      return 0;
    }
  } else if (library == kXsdLibrary) {
    type->xsd = xmlSchemaGetPredefinedType(x(name), x(kXsdNamespace));
    if (type->xsd == nullptr) {
      error = "unknown datatype \"xsd:" + name + "\"";
      return 0;
    }
    if (name == "ID") type->id = IdType::Id;
    if (name == "IDREF") type->id = IdType::IdRef;
    if (name == "IDREFS") type->id = IdType::IdRefs;
    type->facet_values.reserve(params.size());
    for (const auto& [facet_name, value] : params) {
      const FacetName* known = nullptr;
      for (const auto& f : kFacets)
        if (facet_name == f.name) known = &f;
      if (known == nullptr) {
        error = "unknown parameter \"" + facet_name + "\" for xsd:" + name;
        return 0;
      }
      type->facet_values.push_back(value);
      xmlSchemaFacetPtr facet = xmlSchemaNewFacet();
      facet->type = known->type;
      facet->value = x(type->facet_values.back());
      if (xmlSchemaCheckFacet(facet, type->xsd, nullptr, x(name)) != 0) {
        xmlSchemaFreeFacet(facet);
        error = "bad value \"" + value + "\" for parameter \"" + facet_name + "\" of xsd:" + name;
        return 0;
      }
      type->facets.push_back(facet);
    }
  } else {
    error = "unknown datatype library \"" + library + "\"";
    return 0;
  }
  types_.push_back(std::move(type));
  return static_cast<std::uint32_t>(types_.size() - 1);
}

std::uint32_t Datatypes::add_value(std::uint32_t datatype, const std::string& lexical, std::string& error) {
  auto value = std::make_unique<Value>();
  value->type = datatype;
  const Type& type = *types_[datatype];
  value->normalized = normalize(lexical, type.space);
  if (!type.check(value->normalized, value->value)) {
    error = "\"" + lexical + "\" is not a value of " + describe(datatype);
    return 0;
  }
  values_.push_back(std::move(value));
  return static_cast<std::uint32_t>(values_.size() - 1);
}

bool Datatypes::allows(std::uint32_t datatype, std::string_view text) const {
  const Type& type = *types_[datatype];
  if (type.xsd == nullptr) return true;
  ValuePtr value;
  return type.check(normalize(text, type.space), value);
}

bool Datatypes::equal(std::uint32_t value_index, std::string_view text) const {
  const Value& want = *values_[value_index];
  const Type& type = *types_[want.type];
  std::string normalized = normalize(text, type.space);
  if (type.xsd == nullptr) return normalized == want.normalized;
  ValuePtr got;
  if (!type.check(normalized, got)) return false;
  if (want.value && got) return xmlSchemaCompareValues(want.value.get(), got.get()) == 0;
  return normalized == want.normalized;
}

IdType Datatypes::id_type(std::uint32_t datatype) const { return types_[datatype]->id; }

std::string Datatypes::describe(std::uint32_t datatype) const {
  const Type& type = *types_[datatype];
  return type.library.empty() ? type.name : "xsd:" + type.name;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (char c : text) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

}  // namespace archtei::rng
