// XPath 2.0 functions, casts and sequence operators as libxml2 XPath 1.0 extension functions.
// Sequences are node-sets; an atomic item is an element in XPathRuntime's scratch document.
#include "schematron_xpath_functions.h"

#include <libxml/xpathInternals.h>

#include <ctime>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cwctype>
#include <locale>
#include <regex>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "model/utf8.h"

namespace archtei::schematron {

XPathRuntime::XPathRuntime() {
  scratch = xmlNewDoc(BAD_CAST "1.0");
  scratch_root = xmlNewDocNode(scratch, nullptr, BAD_CAST "items", nullptr);
  xmlDocSetRootElement(scratch, scratch_root);
}

XPathRuntime::~XPathRuntime() { xmlFreeDoc(scratch); }

void XPathRuntime::clear_atomics() {
  xmlNodePtr child = scratch_root->children;
  while (child != nullptr) {
    xmlNodePtr next = child->next;
    xmlUnlinkNode(child);
    xmlFreeNode(child);
    child = next;
  }
}

namespace {

XPathRuntime& runtime(xmlXPathParserContextPtr ctxt) {
  return *static_cast<XPathRuntime*>(ctxt->context->userData);
}

void dynamic_error(xmlXPathParserContextPtr ctxt, const std::string& message) {
  XPathRuntime& rt = runtime(ctxt);
  if (rt.error.empty()) rt.error = message;
}

std::string node_string(xmlNodePtr node) {
  xmlChar* s = xmlXPathCastNodeToString(node);
  std::string out = s ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

std::string number_string(double d) {
  xmlChar* s = xmlXPathCastNumberToString(d);
  std::string out = reinterpret_cast<const char*>(s);
  xmlFree(s);
  return out;
}

// ---- building results --------------------------------------------------------------------

// Builds a sequence in order. libxml2 sorts node-sets into document order whenever an
// expression or argument ends, so order is kept by making every atomic item a fresh element
// (creation order is document order in the scratch document), and a sequence that mixes
// atomic values with document nodes holds the nodes' string values instead.
class SequenceBuilder {
 public:
  explicit SequenceBuilder(XPathRuntime& rt) : rt_(rt) {}

  void add_node(xmlNodePtr n) {
    if (n->doc == rt_.scratch) add_atomic(node_string(n));
    else entries_.push_back({n, {}});
  }
  void add_atomic(const std::string& s) { entries_.push_back({nullptr, s}); }
  // Appends a whole value: nodes as they are, anything else as one atomic item.
  void add_value(xmlXPathObjectPtr v) {
    if (v == nullptr) return;
    switch (v->type) {
      case XPATH_NODESET:
      case XPATH_XSLT_TREE:
        if (v->nodesetval)
          for (int i = 0; i < v->nodesetval->nodeNr; ++i) add_node(v->nodesetval->nodeTab[i]);
        break;
      case XPATH_BOOLEAN: add_atomic(v->boolval ? "true" : "false"); break;
      case XPATH_NUMBER: add_atomic(number_string(v->floatval)); break;
      case XPATH_STRING: add_atomic(reinterpret_cast<const char*>(v->stringval)); break;
      default: break;
    }
  }
  xmlXPathObjectPtr finish() {
    bool atomics = false;
    for (const auto& e : entries_) atomics = atomics || e.node == nullptr;
    xmlNodeSetPtr set = xmlXPathNodeSetCreate(nullptr);
    for (const auto& e : entries_) {
      if (e.node != nullptr && !atomics) {
        xmlXPathNodeSetAddUnique(set, e.node);
        continue;
      }
      const std::string value = e.node ? node_string(e.node) : e.value;
      // An element, not a bare text node: adjacent text nodes would merge into one.
      xmlNodePtr t = xmlNewDocRawNode(rt_.scratch, nullptr, BAD_CAST "item", BAD_CAST value.c_str());
      xmlAddChild(rt_.scratch_root, t);
      xmlXPathNodeSetAddUnique(set, t);
    }
    return xmlXPathWrapNodeSet(set);
  }

 private:
  struct Entry {
    xmlNodePtr node;    // a document node, or null for an atomic value
    std::string value;  // the atomic value
  };
  XPathRuntime& rt_;
  std::vector<Entry> entries_;
};

// ---- argument handling --------------------------------------------------------------------

// Pops the arguments (libxml2 pushes them in order, so they come off in reverse).
std::vector<xmlXPathObjectPtr> pop_args(xmlXPathParserContextPtr ctxt, int nargs) {
  std::vector<xmlXPathObjectPtr> args(nargs);
  for (int i = nargs - 1; i >= 0; --i) args[i] = valuePop(ctxt);
  return args;
}

struct ArgsGuard {
  std::vector<xmlXPathObjectPtr>& args;
  ~ArgsGuard() { for (auto a : args) xmlXPathFreeObject(a); }
};

bool is_empty(xmlXPathObjectPtr v) {
  return (v->type == XPATH_NODESET || v->type == XPATH_XSLT_TREE) &&
         (v->nodesetval == nullptr || v->nodesetval->nodeNr == 0);
}

// The string value of a singleton (first item; empty sequence gives "").
std::string string_arg(xmlXPathObjectPtr v) {
  xmlChar* s = xmlXPathCastToString(v);
  std::string out = s ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

bool check_arity(xmlXPathParserContextPtr ctxt, int nargs, int min, int max) {
  if (nargs < min || nargs > max) {
    xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
    return false;
  }
  return true;
}

void push_string(xmlXPathParserContextPtr ctxt, const std::string& s) {
  valuePush(ctxt, xmlXPathNewString(BAD_CAST s.c_str()));
}

// Case mapping and case-blind matching need Unicode tables, which the C locale lacks;
// a private C.UTF-8 locale provides them without touching the process's global one.
const std::locale& unicode_locale() {
  static const std::locale loc = [] {
    try {
      return std::locale("C.UTF-8");
    } catch (const std::runtime_error&) {
      return std::locale::classic();
    }
  }();
  return loc;
}

// ---- UTF-8 / UTF-32 -----------------------------------------------------------------------

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  // libxml2 hands over well-formed UTF-8; a stray byte would stand for U+FFFD.
  for (std::size_t i = 0; i < s.size();) {
    const Utf8Char c = read_utf8(s, i);
    out += c.code_point;
    i += c.length == 0 ? 1 : c.length;
  }
  return out;
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (char32_t cp : s) append_utf8(out, cp);
  return out;
}

std::wstring to_wide(std::string_view s) {
  std::u32string u = to_u32(s);
  return std::wstring(u.begin(), u.end());
}

std::string from_wide(std::wstring_view w) {
  return to_utf8(std::u32string(w.begin(), w.end()));
}

// ---- regular expressions ------------------------------------------------------------------

// XML Schema / XPath regex syntax to ECMAScript. What cannot be expressed faithfully
// (Unicode property classes, class subtraction) is an error, never an approximation.
std::wstring translate_regex(const std::wstring& re, bool dot_all, bool extended) {
  std::wstring out;
  bool in_class = false;
  for (std::size_t i = 0; i < re.size(); ++i) {
    wchar_t c = re[i];
    if (extended && !in_class && std::iswspace(c)) continue;
    if (c == L'\\' && i + 1 < re.size()) {
      wchar_t n = re[++i];
      switch (n) {
        case L'p': case L'P':
          throw std::runtime_error("regex Unicode categories (\\p{...}) are not supported");
        case L'i': out += in_class ? L"A-Za-z_:" : L"[A-Za-z_:]"; break;
        case L'I': out += L"[^A-Za-z_:]"; break;
        case L'c': out += in_class ? L"-.0-9A-Za-z_:" : L"[-.0-9A-Za-z_:]"; break;
        case L'C': out += L"[^-.0-9A-Za-z_:]"; break;
        default: out += L'\\'; out += n; break;
      }
      continue;
    }
    if (in_class) {
      if (c == L'-' && i + 1 < re.size() && re[i + 1] == L'[')
        throw std::runtime_error("regex character-class subtraction is not supported");
      if (c == L']') in_class = false;
      out += c;
      continue;
    }
    if (c == L'[') {
      in_class = true;
      out += c;
      if (i + 1 < re.size() && re[i + 1] == L'^') out += re[++i];
      if (i + 1 < re.size() && re[i + 1] == L']') { out += L"\\]"; ++i; }
      continue;
    }
    if (c == L'.') { out += dot_all ? L"[\\s\\S]" : L"[^\\n\\r]"; continue; }
    out += c;
  }
  return out;
}

// Compiled patterns are cached per thread: std::regex construction is slow, and the same
// few literal patterns recur on every node.
const std::wregex& compiled_regex(const std::string& pattern, const std::string& flags) {
  thread_local std::unordered_map<std::string, std::wregex> cache;
  std::string key = flags + '\x1f' + pattern;
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  bool icase = false, dot_all = false, extended = false;
  for (char f : flags) {
    if (f == 'i') icase = true;
    else if (f == 's') dot_all = true;
    else if (f == 'x') extended = true;
    else if (f == 'm' || f == 'q') throw std::runtime_error(std::string("regex flag '") + f + "' is not supported");
    else throw std::runtime_error(std::string("invalid regex flag '") + f + "'");
  }
  auto opts = std::regex_constants::ECMAScript;
  if (icase) opts |= std::regex_constants::icase;
  std::wregex re;
  re.imbue(unicode_locale());
  re.assign(translate_regex(to_wide(pattern), dot_all, extended), opts);
  return cache.emplace(std::move(key), std::move(re)).first->second;
}

// ---- casts --------------------------------------------------------------------------------

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

bool parse_integer(const std::string& raw, double& out) {
  std::string s = trim(raw);
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (i == s.size()) return false;
  for (std::size_t k = i; k < s.size(); ++k) if (!std::isdigit((unsigned char)s[k])) return false;
  out = std::strtod(s.c_str(), nullptr);
  return true;
}

bool parse_decimal(const std::string& raw, double& out) {
  std::string s = trim(raw);
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  bool digits = false, dot = false;
  for (std::size_t k = i; k < s.size(); ++k) {
    if (std::isdigit((unsigned char)s[k])) digits = true;
    else if (s[k] == '.' && !dot) dot = true;
    else return false;
  }
  if (!digits) return false;
  out = std::strtod(s.c_str(), nullptr);
  return true;
}

bool parse_double(const std::string& raw, double& out) {
  std::string s = trim(raw);
  if (s == "INF" || s == "+INF") { out = INFINITY; return true; }
  if (s == "-INF") { out = -INFINITY; return true; }
  if (s == "NaN") { out = NAN; return true; }
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  bool digits = false;
  for (std::size_t k = i; k < s.size(); ++k) {
    char c = s[k];
    if (std::isdigit((unsigned char)c)) digits = true;
    else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') return false;
  }
  if (!digits) return false;
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return end != nullptr && *end == '\0';
}

// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
double days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<double>(era * 146097 + static_cast<long long>(doe) - 719468);
}

// xs:date as a day number, so that dates and day durations add and compare as numbers.
bool parse_date(const std::string& raw, double& out) {
  std::string s = trim(raw);
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && s[i] == '-') { neg = true; ++i; }
  std::size_t ys = i;
  while (i < s.size() && std::isdigit((unsigned char)s[i])) ++i;
  if (i - ys < 4 || (i - ys > 4 && s[ys] == '0')) return false;
  long long y = std::stoll(s.substr(ys, i - ys));
  if (neg) y = -y;
  if (s.size() < i + 6 || s[i] != '-' || s[i + 3] != '-') return false;
  auto two = [&](std::size_t p, int& v) {
    if (!std::isdigit((unsigned char)s[p]) || !std::isdigit((unsigned char)s[p + 1])) return false;
    v = (s[p] - '0') * 10 + (s[p + 1] - '0');
    return true;
  };
  int m, d;
  if (!two(i + 1, m) || !two(i + 4, d)) return false;
  i += 6;
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return false;
  std::string tz = s.substr(i);
  if (!(tz.empty() || tz == "Z" ||
        (tz.size() == 6 && (tz[0] == '+' || tz[0] == '-') && tz[3] == ':')))
    return false;
  out = days_from_civil(y, m, d);
  return true;
}

bool parse_day_time_duration(const std::string& raw, double& out) {
  std::string s = trim(raw);
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && s[i] == '-') { neg = true; ++i; }
  if (i >= s.size() || s[i] != 'P') return false;
  ++i;
  double days = 0;
  bool any = false, time = false;
  while (i < s.size()) {
    if (s[i] == 'T') { if (time) return false; time = true; ++i; continue; }
    std::size_t b = i;
    while (i < s.size() && (std::isdigit((unsigned char)s[i]) || s[i] == '.')) ++i;
    if (b == i || i >= s.size()) return false;
    double v = std::strtod(s.substr(b, i - b).c_str(), nullptr);
    char u = s[i++];
    if (!time && u == 'D') days += v;
    else if (time && u == 'H') days += v / 24;
    else if (time && u == 'M') days += v / 1440;
    else if (time && u == 'S') days += v / 86400;
    else return false;
    any = true;
  }
  if (!any) return false;
  out = neg ? -days : days;
  return true;
}

bool is_ncname(const std::string& s) {
  if (s.empty()) return false;
  if (!(std::isalpha((unsigned char)s[0]) || s[0] == '_' || (unsigned char)s[0] >= 0x80)) return false;
  for (char c : s)
    if (!(std::isalnum((unsigned char)c) || c == '_' || c == '-' || c == '.' || (unsigned char)c >= 0x80))
      return false;
  return true;
}

enum class Cast { String, Integer, Decimal, Double, Boolean, Date, DayTimeDuration, AnyUri, NCName, Token };

bool cast_type(const std::string& qname, Cast& out) {
  static const std::unordered_map<std::string, Cast> types = {
      {"string", Cast::String}, {"integer", Cast::Integer}, {"decimal", Cast::Decimal},
      {"double", Cast::Double}, {"float", Cast::Double}, {"boolean", Cast::Boolean},
      {"date", Cast::Date}, {"dayTimeDuration", Cast::DayTimeDuration},
      {"anyURI", Cast::AnyUri}, {"NCName", Cast::NCName}, {"token", Cast::Token}};
  std::string local = qname.substr(qname.find(':') == std::string::npos ? 0 : qname.find(':') + 1);
  auto it = types.find(local);
  if (it == types.end()) return false;
  out = it->second;
  return true;
}

// Casts `s`; returns null when the value is not in the type's lexical space.
xmlXPathObjectPtr cast_value(Cast type, const std::string& s) {
  double d = 0;
  switch (type) {
    case Cast::String:
    case Cast::AnyUri: return xmlXPathNewString(BAD_CAST s.c_str());
    case Cast::Token: {
      std::string out;
      bool space = false;
      for (char c : trim(s)) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { space = true; continue; }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
      }
      return xmlXPathNewString(BAD_CAST out.c_str());
    }
    case Cast::NCName: {
      std::string t = trim(s);
      return is_ncname(t) ? xmlXPathNewString(BAD_CAST t.c_str()) : nullptr;
    }
    case Cast::Integer: return parse_integer(s, d) ? xmlXPathNewFloat(d) : nullptr;
    case Cast::Decimal: return parse_decimal(s, d) ? xmlXPathNewFloat(d) : nullptr;
    case Cast::Double: return parse_double(s, d) ? xmlXPathNewFloat(d) : nullptr;
    case Cast::Date: return parse_date(s, d) ? xmlXPathNewFloat(d) : nullptr;
    case Cast::DayTimeDuration: return parse_day_time_duration(s, d) ? xmlXPathNewFloat(d) : nullptr;
    case Cast::Boolean: {
      std::string t = trim(s);
      if (t == "true" || t == "1") return xmlXPathNewBoolean(1);
      if (t == "false" || t == "0") return xmlXPathNewBoolean(0);
      return nullptr;
    }
  }
  return nullptr;
}

// The value a cast operates on: a number keeps its value (xs:integer(2.0) is 2).
std::string cast_source(xmlXPathObjectPtr v) {
  if (v->type == XPATH_NUMBER) return number_string(v->floatval);
  return string_arg(v);
}

// xs:T(value): empty in, empty out; a value outside the type is a dynamic error (FORG0001).
void fn_constructor(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 1, 1)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  Cast type;
  const char* name = reinterpret_cast<const char*>(ctxt->context->function);
  if (!cast_type(name, type)) { xmlXPathErr(ctxt, XPATH_UNKNOWN_FUNC_ERROR); return; }
  if (is_empty(args[0])) { valuePush(ctxt, xmlXPathNewNodeSet(nullptr)); return; }
  if (type == Cast::Integer && args[0]->type == XPATH_NUMBER) {
    valuePush(ctxt, xmlXPathNewFloat(std::trunc(args[0]->floatval)));
    return;
  }
  std::string s = cast_source(args[0]);
  xmlXPathObjectPtr out = cast_value(type, s);
  if (out == nullptr) {
    dynamic_error(ctxt, "cannot cast '" + s + "' to xs:" + name);
    out = xmlXPathNewFloat(NAN);
  }
  valuePush(ctxt, out);
}

void fn_castable(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 2, 2)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  Cast type;
  if (!cast_type(string_arg(args[0]), type)) { xmlXPathErr(ctxt, XPATH_INVALID_TYPE); return; }
  if (is_empty(args[1])) { valuePush(ctxt, xmlXPathNewBoolean(0)); return; }
  if (args[1]->nodesetval && args[1]->nodesetval->nodeNr > 1) { valuePush(ctxt, xmlXPathNewBoolean(0)); return; }
  xmlXPathObjectPtr out = cast_value(type, cast_source(args[1]));
  valuePush(ctxt, xmlXPathNewBoolean(out != nullptr));
  xmlXPathFreeObject(out);
}

// ---- sequences ----------------------------------------------------------------------------

void fn_seq(xmlXPathParserContextPtr ctxt, int nargs) {
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  SequenceBuilder seq(runtime(ctxt));
  for (auto a : args) seq.add_value(a);
  valuePush(ctxt, seq.finish());
}

void fn_item_at(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 2, 2)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  const double pos = xmlXPathCastToNumber(args[1]);
  xmlXPathObjectPtr v = args[0];
  if (v->type != XPATH_NODESET && v->type != XPATH_XSLT_TREE) {
    // An atomic value is a sequence of one.
    if (pos == 1 || pos == -1) { valuePush(ctxt, xmlXPathObjectCopy(v)); }
    else valuePush(ctxt, xmlXPathNewNodeSet(nullptr));
    return;
  }
  const int n = v->nodesetval ? v->nodesetval->nodeNr : 0;
  const int index = pos == -1 ? n - 1 : static_cast<int>(pos) - 1;
  if (index < 0 || index >= n || (pos != -1 && pos != std::floor(pos))) {
    valuePush(ctxt, xmlXPathNewNodeSet(nullptr));
    return;
  }
  valuePush(ctxt, xmlXPathNewNodeSet(v->nodesetval->nodeTab[index]));
}

// xpath2-item-of(position, part...): the item at `position` (-1: the last) of the
// sequence the parts make in order.
void fn_item_of(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs < 1) { xmlXPathErr(ctxt, XPATH_INVALID_ARITY); return; }
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  const double pos = xmlXPathCastToNumber(args[0]);
  std::vector<xmlXPathObjectPtr> flat;  // one entry per item: borrowed node or atomic value
  std::vector<xmlNodePtr> nodes;
  for (int i = 1; i < nargs; ++i) {
    xmlXPathObjectPtr a = args[i];
    if (a->type == XPATH_NODESET || a->type == XPATH_XSLT_TREE) {
      if (a->nodesetval)
        for (int k = 0; k < a->nodesetval->nodeNr; ++k) {
          flat.push_back(nullptr);
          nodes.push_back(a->nodesetval->nodeTab[k]);
        }
    } else {
      flat.push_back(a);
      nodes.push_back(nullptr);
    }
  }
  const int n = static_cast<int>(flat.size());
  const int index = pos == -1 ? n - 1 : static_cast<int>(pos) - 1;
  if (index < 0 || index >= n || (pos != -1 && pos != std::floor(pos))) {
    valuePush(ctxt, xmlXPathNewNodeSet(nullptr));
  } else if (nodes[index] != nullptr) {
    valuePush(ctxt, xmlXPathNewNodeSet(nodes[index]));
  } else {
    valuePush(ctxt, xmlXPathObjectCopy(flat[index]));
  }
}

// Binds $name to one item while `body` runs, restoring any outer binding afterwards.
xmlXPathObjectPtr eval_with(xmlXPathParserContextPtr ctxt, const std::string& name,
                            xmlNodePtr item, int closure) {
  XPathRuntime& rt = runtime(ctxt);
  xmlXPathContextPtr c = ctxt->context;
  if (rt.closures == nullptr || closure < 0 || closure >= static_cast<int>(rt.closures->size()))
    return nullptr;
  xmlXPathObjectPtr outer = xmlXPathVariableLookup(c, BAD_CAST name.c_str());
  if (item != nullptr) {
    xmlXPathObjectPtr value = item->doc == rt.scratch
                                  ? xmlXPathNewString(BAD_CAST node_string(item).c_str())
                                  : xmlXPathNewNodeSet(item);
    xmlXPathRegisterVariable(c, BAD_CAST name.c_str(), value);
  }
  xmlNodePtr node = c->node;
  int size = c->contextSize, pos = c->proximityPosition;
  xmlXPathObjectPtr result = xmlXPathCompiledEval((*rt.closures)[closure], c);
  c->node = node;
  c->contextSize = size;
  c->proximityPosition = pos;
  if (item != nullptr) xmlXPathRegisterVariable(c, BAD_CAST name.c_str(), outer);
  else xmlXPathFreeObject(outer);
  if (result == nullptr && rt.error.empty()) rt.error = "evaluation failed";
  return result;
}

std::vector<xmlNodePtr> items(xmlXPathObjectPtr v, XPathRuntime& rt) {
  std::vector<xmlNodePtr> out;
  if (v->type == XPATH_NODESET || v->type == XPATH_XSLT_TREE) {
    if (v->nodesetval)
      out.assign(v->nodesetval->nodeTab, v->nodesetval->nodeTab + v->nodesetval->nodeNr);
    return out;
  }
  SequenceBuilder one(rt);
  one.add_value(v);
  xmlXPathObjectPtr o = one.finish();
  out.assign(o->nodesetval->nodeTab, o->nodesetval->nodeTab + o->nodesetval->nodeNr);
  xmlXPathFreeObject(o);
  return out;
}

void fn_for(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 3, 3)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  XPathRuntime& rt = runtime(ctxt);
  const std::string name = string_arg(args[0]);
  const int closure = static_cast<int>(xmlXPathCastToNumber(args[2]));
  SequenceBuilder out(rt);
  for (xmlNodePtr item : items(args[1], rt)) {
    xmlXPathObjectPtr r = eval_with(ctxt, name, item, closure);
    out.add_value(r);
    xmlXPathFreeObject(r);
  }
  valuePush(ctxt, out.finish());
}

void quantified(xmlXPathParserContextPtr ctxt, int nargs, bool every) {
  if (!check_arity(ctxt, nargs, 3, 3)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  XPathRuntime& rt = runtime(ctxt);
  const std::string name = string_arg(args[0]);
  const int closure = static_cast<int>(xmlXPathCastToNumber(args[2]));
  bool result = every;
  for (xmlNodePtr item : items(args[1], rt)) {
    xmlXPathObjectPtr r = eval_with(ctxt, name, item, closure);
    const bool b = r != nullptr && xmlXPathCastToBoolean(r);
    xmlXPathFreeObject(r);
    if (b != every) { result = !every; break; }
  }
  valuePush(ctxt, xmlXPathNewBoolean(result));
}

void fn_some(xmlXPathParserContextPtr ctxt, int nargs) { quantified(ctxt, nargs, false); }
void fn_every(xmlXPathParserContextPtr ctxt, int nargs) { quantified(ctxt, nargs, true); }

void fn_if(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 3, 3)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  const bool cond = xmlXPathCastToBoolean(args[0]);
  const int closure = static_cast<int>(xmlXPathCastToNumber(cond ? args[1] : args[2]));
  xmlXPathObjectPtr r = eval_with(ctxt, "", nullptr, closure);
  valuePush(ctxt, r ? r : xmlXPathNewNodeSet(nullptr));
}

// General comparison where one side is a boolean: each item of the other side is cast to
// xs:boolean (untyped "true"/"1" and "false"/"0"), as XPath 2.0 does.
void fn_compare(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 3, 3)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  const std::string op = string_arg(args[0]);
  auto booleans = [&](xmlXPathObjectPtr v, std::vector<int>& out) {
    if (v->type == XPATH_BOOLEAN) { out.push_back(v->boolval); return; }
    if (v->type == XPATH_NUMBER) { out.push_back(v->floatval != 0 && !std::isnan(v->floatval)); return; }
    if (v->type == XPATH_STRING) { out.push_back(v->stringval && v->stringval[0]); return; }
    for (const std::string& s : atomize(v)) {
      std::string t = trim(s);
      if (t == "true" || t == "1") out.push_back(1);
      else if (t == "false" || t == "0") out.push_back(0);
      else dynamic_error(ctxt, "cannot compare '" + s + "' with a boolean");
    }
  };
  std::vector<int> l, r;
  booleans(args[1], l);
  booleans(args[2], r);
  bool result = false;
  for (int a : l)
    for (int b : r) {
      if ((op == "=" && a == b) || (op == "!=" && a != b) || (op == "<" && a < b) ||
          (op == "<=" && a <= b) || (op == ">" && a > b) || (op == ">=" && a >= b))
        result = true;
    }
  valuePush(ctxt, xmlXPathNewBoolean(result));
}

xmlNodeSetPtr node_set_arg(xmlXPathParserContextPtr ctxt, xmlXPathObjectPtr v) {
  if (v->type != XPATH_NODESET && v->type != XPATH_XSLT_TREE) {
    xmlXPathErr(ctxt, XPATH_INVALID_TYPE);
    return nullptr;
  }
  return v->nodesetval;
}

void set_operation(xmlXPathParserContextPtr ctxt, int nargs, bool except) {
  if (!check_arity(ctxt, nargs, 2, 2)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  xmlNodeSetPtr a = node_set_arg(ctxt, args[0]);
  xmlNodeSetPtr b = node_set_arg(ctxt, args[1]);
  if (ctxt->error) return;
  std::unordered_set<xmlNodePtr> in_b;
  if (b) in_b.insert(b->nodeTab, b->nodeTab + b->nodeNr);
  xmlNodeSetPtr out = xmlXPathNodeSetCreate(nullptr);
  if (a)
    for (int i = 0; i < a->nodeNr; ++i)
      if ((in_b.count(a->nodeTab[i]) > 0) != except) xmlXPathNodeSetAddUnique(out, a->nodeTab[i]);
  xmlXPathNodeSetSort(out);
  valuePush(ctxt, xmlXPathWrapNodeSet(out));
}

void fn_except(xmlXPathParserContextPtr ctxt, int nargs) { set_operation(ctxt, nargs, true); }
void fn_intersect(xmlXPathParserContextPtr ctxt, int nargs) { set_operation(ctxt, nargs, false); }

xmlNodePtr single_node(xmlXPathObjectPtr v) {
  if ((v->type != XPATH_NODESET && v->type != XPATH_XSLT_TREE) || v->nodesetval == nullptr ||
      v->nodesetval->nodeNr == 0)
    return nullptr;
  return v->nodesetval->nodeTab[0];
}

void fn_is(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 2, 2)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  xmlNodePtr a = single_node(args[0]), b = single_node(args[1]);
  valuePush(ctxt, xmlXPathNewBoolean(a != nullptr && a == b));
}

// a << b: a comes before b in document order.
void fn_precedes(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 2, 2)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  xmlNodePtr a = single_node(args[0]), b = single_node(args[1]);
  valuePush(ctxt, xmlXPathNewBoolean(a && b && a != b && xmlXPathCmpNodes(a, b) == 1));
}

void fn_distinct_values(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 1, 2)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  SequenceBuilder out(runtime(ctxt));
  std::unordered_set<std::string> seen;
  for (const std::string& s : atomize(args[0]))
    if (seen.insert(s).second) out.add_atomic(s);
  valuePush(ctxt, out.finish());
}

void fn_data(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 1, 1)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  SequenceBuilder out(runtime(ctxt));
  for (const std::string& s : atomize(args[0])) out.add_atomic(s);
  valuePush(ctxt, out.finish());
}

void fn_string_join(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 1, 2)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  const std::string sep = nargs == 2 ? string_arg(args[1]) : "";
  std::string out;
  bool first = true;
  for (const std::string& s : atomize(args[0])) {
    if (!first) out += sep;
    out += s;
    first = false;
  }
  push_string(ctxt, out);
}

void numeric_fold(xmlXPathParserContextPtr ctxt, int nargs, char which) {
  if (!check_arity(ctxt, nargs, 1, 1)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  std::vector<std::string> all = atomize(args[0]);
  if (all.empty()) { valuePush(ctxt, xmlXPathNewNodeSet(nullptr)); return; }
  double acc = which == '+' ? 0 : NAN;
  for (const std::string& s : all) {
    double v = xmlXPathCastStringToNumber(BAD_CAST s.c_str());
    if (which == '+') acc += v;
    else if (std::isnan(acc) || (which == '<' ? v < acc : v > acc)) acc = v;
  }
  valuePush(ctxt, xmlXPathNewFloat(which == '+' ? acc / all.size() : acc));
}

void fn_min(xmlXPathParserContextPtr c, int n) { numeric_fold(c, n, '<'); }
void fn_max(xmlXPathParserContextPtr c, int n) { numeric_fold(c, n, '>'); }
void fn_avg(xmlXPathParserContextPtr c, int n) { numeric_fold(c, n, '+'); }

void fn_abs(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 1, 1)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  if (is_empty(args[0])) { valuePush(ctxt, xmlXPathNewNodeSet(nullptr)); return; }
  valuePush(ctxt, xmlXPathNewFloat(std::fabs(xmlXPathCastToNumber(args[0]))));
}

// ---- strings and regular expressions ------------------------------------------------------

void fn_ends_with(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 2, 2)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  std::string s = string_arg(args[0]), t = string_arg(args[1]);
  valuePush(ctxt, xmlXPathNewBoolean(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0));
}

void change_case(xmlXPathParserContextPtr ctxt, int nargs, bool upper) {
  if (!check_arity(ctxt, nargs, 1, 1)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  std::wstring w = to_wide(string_arg(args[0]));
  const std::locale& loc = unicode_locale();
  for (wchar_t& c : w) c = upper ? std::toupper(c, loc) : std::tolower(c, loc);
  push_string(ctxt, from_wide(w));
}

void fn_lower_case(xmlXPathParserContextPtr c, int n) { change_case(c, n, false); }
void fn_upper_case(xmlXPathParserContextPtr c, int n) { change_case(c, n, true); }

// Runs `body` with the regex for (pattern, flags); a bad pattern is a dynamic error.
template <typename F>
bool with_regex(xmlXPathParserContextPtr ctxt, const std::string& pattern, const std::string& flags, F body) {
  try {
    body(compiled_regex(pattern, flags));
    return true;
  } catch (const std::exception& e) {
    dynamic_error(ctxt, "regular expression '" + pattern + "': " + e.what());
    return false;
  }
}

void fn_matches(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 2, 3)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  const std::wstring input = to_wide(string_arg(args[0]));
  bool found = false;
  with_regex(ctxt, string_arg(args[1]), nargs == 3 ? string_arg(args[2]) : "",
             [&](const std::wregex& re) { found = std::regex_search(input, re); });
  valuePush(ctxt, xmlXPathNewBoolean(found));
}

void fn_replace(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 3, 4)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  const std::wstring input = to_wide(string_arg(args[0]));
  // XPath's $N and \$ / \\ map to ECMAScript's $N, $$ and a literal backslash.
  std::wstring repl;
  for (wchar_t c : to_wide(string_arg(args[2]))) repl += c;
  std::wstring fmt;
  for (std::size_t i = 0; i < repl.size(); ++i) {
    if (repl[i] == L'\\' && i + 1 < repl.size()) {
      ++i;
      fmt += repl[i] == L'$' ? L"$$" : std::wstring(1, repl[i]);
    } else {
      fmt += repl[i];
    }
  }
  std::wstring result = input;
  with_regex(ctxt, string_arg(args[1]), nargs == 4 ? string_arg(args[3]) : "",
             [&](const std::wregex& re) { result = std::regex_replace(input, re, fmt); });
  push_string(ctxt, from_wide(result));
}

void fn_tokenize(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 1, 3)) return;
  auto args = pop_args(ctxt, nargs);
  ArgsGuard guard{args};
  XPathRuntime& rt = runtime(ctxt);
  SequenceBuilder out(rt);
  std::string input = string_arg(args[0]);
  if (nargs == 1) {
    // One argument (XPath 3.1): split normalized text at spaces.
    std::size_t i = 0;
    while (i < input.size()) {
      while (i < input.size() && std::isspace((unsigned char)input[i])) ++i;
      std::size_t b = i;
      while (i < input.size() && !std::isspace((unsigned char)input[i])) ++i;
      if (i > b) out.add_atomic(input.substr(b, i - b));
    }
    valuePush(ctxt, out.finish());
    return;
  }
  if (input.empty()) { valuePush(ctxt, out.finish()); return; }
  const std::wstring w = to_wide(input);
  with_regex(ctxt, string_arg(args[1]), nargs == 3 ? string_arg(args[2]) : "",
             [&](const std::wregex& re) {
               if (std::regex_match(std::wstring(), re))
                 throw std::runtime_error("pattern matches the empty string");
               // Every separator splits, so a leading or trailing one yields an empty token.
               std::wsmatch m;
               auto pos = w.cbegin();
               while (std::regex_search(pos, w.cend(), m, re)) {
                 out.add_atomic(from_wide(std::wstring(pos, m[0].first)));
                 pos = m[0].second;
               }
               out.add_atomic(from_wide(std::wstring(pos, w.cend())));
             });
  valuePush(ctxt, out.finish());
}

// ---- context and documents ----------------------------------------------------------------

void fn_current(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 0, 0)) return;
  valuePush(ctxt, xmlXPathNewNodeSet(runtime(ctxt).current));
}

void fn_generate_id(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 0, 1)) return;
  xmlNodePtr node = ctxt->context->node;
  if (nargs == 1) {
    xmlXPathObjectPtr a = valuePop(ctxt);
    node = single_node(a);
    xmlXPathFreeObject(a);
  }
  if (node == nullptr) { push_string(ctxt, ""); return; }
  char buf[32];
  std::snprintf(buf, sizeof buf, "n%llx", static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(node)));
  push_string(ctxt, buf);
}

void uri_function(xmlXPathParserContextPtr ctxt, int nargs, bool base) {
  if (!check_arity(ctxt, nargs, 0, 1)) return;
  xmlNodePtr node = ctxt->context->node;
  if (nargs == 1) {
    xmlXPathObjectPtr a = valuePop(ctxt);
    node = single_node(a);
    xmlXPathFreeObject(a);
  }
  if (node == nullptr || node->doc == nullptr) { valuePush(ctxt, xmlXPathNewNodeSet(nullptr)); return; }
  if (!base) {
    if (node->type != XML_DOCUMENT_NODE || node->doc->URL == nullptr) {
      valuePush(ctxt, xmlXPathNewNodeSet(nullptr));
      return;
    }
    push_string(ctxt, reinterpret_cast<const char*>(node->doc->URL));
    return;
  }
  xmlChar* b = xmlNodeGetBase(node->doc, node);
  push_string(ctxt, b ? reinterpret_cast<const char*>(b) : "");
  xmlFree(b);
}

void fn_document_uri(xmlXPathParserContextPtr c, int n) { uri_function(c, n, false); }
void fn_base_uri(xmlXPathParserContextPtr c, int n) { uri_function(c, n, true); }

// Today's date in the local time zone (XPath's implicit one) as a day number, matching how
// xs:date casts are represented.
void fn_current_date(xmlXPathParserContextPtr ctxt, int nargs) {
  if (!check_arity(ctxt, nargs, 0, 0)) return;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  valuePush(ctxt, xmlXPathNewFloat(days_from_civil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday)));
}

void error_handler(void* data, xmlErrorPtr error) {
  auto* rt = static_cast<XPathRuntime*>(data);
  if (rt->error.empty() && error && error->message) {
    std::string m = error->message;
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    rt->error = m;
  }
}

}  // namespace

std::vector<std::string> atomize(xmlXPathObjectPtr v) {
  std::vector<std::string> out;
  if (v == nullptr) return out;
  switch (v->type) {
    case XPATH_NODESET:
    case XPATH_XSLT_TREE:
      if (v->nodesetval)
        for (int i = 0; i < v->nodesetval->nodeNr; ++i) out.push_back(node_string(v->nodesetval->nodeTab[i]));
      break;
    case XPATH_BOOLEAN: out.push_back(v->boolval ? "true" : "false"); break;
    case XPATH_NUMBER: out.push_back(number_string(v->floatval)); break;
    case XPATH_STRING: out.push_back(reinterpret_cast<const char*>(v->stringval)); break;
    default: break;
  }
  return out;
}

xmlXPathContextPtr new_xpath2_context(xmlDocPtr doc, XPathRuntime& runtime) {
  xmlXPathContextPtr c = xmlXPathNewContext(doc);
  c->userData = &runtime;
  c->error = error_handler;
  struct Entry { const char* name; xmlXPathFunction fn; };
  static const Entry functions[] = {
      {"xpath2-seq", fn_seq}, {"xpath2-item-at", fn_item_at}, {"xpath2-for", fn_for},
      {"xpath2-some", fn_some}, {"xpath2-every", fn_every}, {"xpath2-if", fn_if},
      {"xpath2-compare", fn_compare}, {"xpath2-except", fn_except},
      {"xpath2-intersect", fn_intersect}, {"xpath2-is", fn_is},
      {"xpath2-precedes", fn_precedes}, {"xpath2-castable", fn_castable},
      {"matches", fn_matches}, {"replace", fn_replace}, {"tokenize", fn_tokenize},
      {"string-join", fn_string_join}, {"distinct-values", fn_distinct_values},
      {"ends-with", fn_ends_with}, {"lower-case", fn_lower_case}, {"upper-case", fn_upper_case},
      {"current", fn_current}, {"document-uri", fn_document_uri}, {"base-uri", fn_base_uri},
      {"current-date", fn_current_date}, {"generate-id", fn_generate_id}, {"abs", fn_abs},
      {"min", fn_min}, {"max", fn_max}, {"avg", fn_avg}, {"data", fn_data},
      {"xpath2-item-of", fn_item_of}};
  for (const Entry& e : functions) xmlXPathRegisterFunc(c, BAD_CAST e.name, e.fn);
  static const char* const types[] = {"string", "integer", "decimal", "double", "float",
                                      "boolean", "date", "dayTimeDuration", "anyURI",
                                      "NCName", "token"};
  for (const char* t : types) xmlXPathRegisterFuncNS(c, BAD_CAST t, BAD_CAST kXsNamespace, fn_constructor);
  xmlXPathRegisterNs(c, BAD_CAST "xs", BAD_CAST kXsNamespace);
  return c;
}

}  // namespace archtei::schematron
