// XML names and Namespaces in XML 1.0 (third edition), over UTF-8 names.
#include "tei/xml_namespaces.h"

#include "model/utf8.h"

namespace archtei::xml {
namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNamespace = "http://www.w3.org/2000/xmlns/";

bool is_name_start_char(char32_t c) {
  return c == ':' || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
         (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
         (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool is_name_char(char32_t c) {
  return is_name_start_char(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

NamespaceProblem problem(std::string message, std::size_t attribute, NamespaceProblem::Part part) {
  return NamespaceProblem{std::move(message), attribute, part};
}

}  // namespace

bool is_qname(std::string_view s) {
  if (s.empty() || s.front() == ':' || s.back() == ':') return false;
  int colons = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Utf8Char c = read_utf8(s, i);
    if (!c.valid) return false;
    if (i == 0 ? !is_name_start_char(c.code_point) : !is_name_char(c.code_point)) return false;
    if (c.code_point == ':') ++colons;
    i += c.length;
  }
  return colons <= 1;
}

bool is_pi_target(std::string_view s) {
  if (!is_qname(s) || s.find(':') != std::string_view::npos) return false;
  if (s.size() != 3) return true;
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  return !(lower(s[0]) == 'x' && lower(s[1]) == 'm' && lower(s[2]) == 'l');
}

std::string_view prefix_of(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view{} : qname.substr(0, colon);
}

std::string_view NamespaceScopes::resolve(std::string_view prefix) const {
  if (prefix == "xml") return kXmlNamespace;
  for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
    if (it->first == prefix) return it->second;
  return {};
}

std::optional<NamespaceProblem> NamespaceScopes::enter(const XmlNode& element) {
  using Part = NamespaceProblem::Part;
  constexpr std::size_t kElement = std::string::npos;
  const std::size_t mark = bindings_.size();
  auto fail = [&](NamespaceProblem p) {
    bindings_.resize(mark);
    return std::optional<NamespaceProblem>(std::move(p));
  };
  if (!is_qname(element.name)) return fail(problem("\"" + element.name + "\" is not an element name", kElement, Part::Name));
  const auto& attributes = element.attributes;
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    const XmlAttribute& a = attributes[i];
    if (!is_qname(a.name)) return fail(problem("\"" + a.name + "\" is not an attribute name", i, Part::Name));
    if (a.name != "xmlns" && !a.name.starts_with("xmlns:")) continue;
    std::string prefix = a.name == "xmlns" ? "" : a.name.substr(6);
    if (prefix == "xmlns") return fail(problem("the prefix \"xmlns\" cannot be declared", i, Part::Whole));
    if ((prefix == "xml") != (a.value == kXmlNamespace) || a.value == kXmlnsNamespace)
      return fail(problem("a reserved namespace bound to the wrong prefix", i, Part::Whole));
    if (!prefix.empty() && a.value.empty())
      return fail(problem("prefix \"" + prefix + "\" bound to an empty namespace name", i, Part::Value));
    bindings_.emplace_back(std::move(prefix), a.value);
  }
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    std::string_view prefix = prefix_of(attributes[i].name);
    if (!prefix.empty() && prefix != "xmlns" && resolve(prefix).empty())
      return fail(problem("namespace prefix \"" + std::string(prefix) + "\" is not declared", i, Part::Name));
  }
  std::string_view prefix = prefix_of(element.name);
  if (!prefix.empty() && resolve(prefix).empty())
    return fail(problem("namespace prefix \"" + std::string(prefix) + "\" is not declared", kElement, Part::Name));
  if (prefix == "xmlns") return fail(problem("an element cannot use the prefix \"xmlns\"", kElement, Part::Name));
  marks_.push_back(mark);
  return std::nullopt;
}

void NamespaceScopes::leave() {
  bindings_.resize(marks_.back());
  marks_.pop_back();
}

}  // namespace archtei::xml
