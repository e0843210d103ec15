// Validator: TEI XML text to a verdict and diagnostics, against a RelaxNG schema sliced to
// the documents at hand (compiled once per name set, cached in memory and on disk).
#include "validate/validator.h"

#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <shared_mutex>
#include <unistd.h>

#include "model/input_limits.h"
#include "validate/embedded_schema.h"
#include "validate/input/xml_input.h"
#include "validate/relaxng/relaxng_diagnostics.h"
#include "validate/relaxng/rng_derivatives.h"
#include "validate/relaxng/schema_slice.h"
#include "validate/schematron/schematron.h"

namespace archtei {
namespace {

namespace fs = std::filesystem;

struct RelaxNGFree {
  void operator()(xmlRelaxNG* p) const { xmlRelaxNGFree(p); }
};
using RelaxNGPtr = std::unique_ptr<xmlRelaxNG, RelaxNGFree>;

// One compiled slice; `whole` when it is the entire schema (valid for any document).
struct CompiledSlice {
  NameSet names;
  bool whole = false;
  RelaxNGPtr rng;
};

std::string default_cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/archtei";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/archtei";
  return {};
}

std::string join_names(const NameSet& names) {
  std::string out;
  for (const auto& n : names) out += n + '\n';
  return out;
}

// Compiles RelaxNG text; `name` is the schema's path (its folder is where includes may come from).
RelaxNGPtr compile(const std::string& text, const std::string& name) {
  std::vector<Diagnostic> problems;
  RawErrorCollector collector;
  xmlSetStructuredErrorFunc(&collector, RawErrorCollector::callback);
  xml::LocalLoadScope scope(fs::path(name).parent_path().string());
  xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewMemParserCtxt(text.data(), static_cast<int>(text.size()));
  xmlRelaxNGSetParserStructuredErrors(pctxt, RawErrorCollector::callback, &collector);
  RelaxNGPtr rng(xmlRelaxNGParse(pctxt));
  xmlRelaxNGFreeParserCtxt(pctxt);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!rng) {
    std::string why = collector.errors.empty() ? "cannot compile RelaxNG schema" : collector.errors.front().message;
    throw Error(ErrorKind::Schema, Diagnostic{Severity::Error, name, {}, why, "schema"});
  }
  return rng;
}

// The names of `<element name="x">` and `<attribute name="x">` patterns and the grammar's
// `ns`, by a lexical scan of the schema text. They only sharpen messages for documents
// libxml2 already found invalid (never a verdict); for schemas of another shape `declared`
// stays empty and nothing is inferred.
void scan_declared_elements(const std::string& text, NameSet& declared, NameSet& attributes, std::string& ns) {
  auto grammar = text.find("<grammar");
  if (grammar == std::string::npos) return;
  auto close = text.find('>', grammar);
  auto ns_at = text.find(" ns=\"", grammar);
  if (ns_at == std::string::npos || ns_at > close) return;
  ns_at += 5;
  ns = text.substr(ns_at, text.find('"', ns_at) - ns_at);
  if (text.find("<include") != std::string::npos || text.find("<externalRef") != std::string::npos) {
    ns.clear();
    return;
  }
  const std::string tag = "<element name=\"";
  for (auto at = text.find(tag); at != std::string::npos; at = text.find(tag, at + 1)) {
    auto b = at + tag.size();
    std::string name = text.substr(b, text.find('"', b) - b);
    if (name.find(':') != std::string::npos) continue;
    declared.insert(name);
  }
  const std::string attribute_tag = "<attribute name=\"";
  for (auto at = text.find(attribute_tag); at != std::string::npos; at = text.find(attribute_tag, at + 1)) {
    auto b = at + attribute_tag.size();
    attributes.insert(text.substr(b, text.find('"', b) - b));
  }
  // Elements written as <element><name>...</name> are not seen; with any of them, skip.
  if (text.find("<element>") != std::string::npos && text.find("<name>") != std::string::npos &&
      text.find("<name ns=") == std::string::npos)
    declared.clear();
}

}  // namespace

struct Validator::Impl {
  ValidationOptions options;
  std::string schema_name;  // path, or "archtei.rng" for the built-in one
  std::string schema_text;
  std::string schema_hash;
  std::string cache_dir;
  NameSet declared;       // element names the schema declares in its default namespace
  NameSet declared_attributes;  // unqualified attribute names it declares
  std::string schema_ns;  // that namespace (the grammar's ns attribute)

  mutable std::mutex compile_mutex;       // one compile at a time
  mutable std::shared_mutex slices_mutex;  // guards `slices` and `seen`
  mutable std::vector<std::shared_ptr<const CompiledSlice>> slices;
  mutable NameSet seen;
  mutable std::unique_ptr<RngGrammar> grammar;  // parsed lazily, under compile_mutex
  std::unique_ptr<SchematronSchema> schematron;  // null when Schematron is off

  // The verdict comes from the derivative validator when it can read the schema (null:
  // libxml2 decides alone); libxml2 then only words the problems of invalid documents.
  std::unique_ptr<rng::Schema> derivative_schema;
  mutable std::mutex pool_mutex;
  mutable std::vector<std::unique_ptr<rng::DerivativeValidator>> pool;

  std::unique_ptr<rng::DerivativeValidator> take_validator() const {
    {
      std::lock_guard lock(pool_mutex);
      if (!pool.empty()) {
        auto v = std::move(pool.back());
        pool.pop_back();
        return v;
      }
    }
    return std::make_unique<rng::DerivativeValidator>(*derivative_schema);
  }

  void give_back(std::unique_ptr<rng::DerivativeValidator> v) const {
    // Memoized derivatives grow with the variety of documents; past this a fresh copy of
    // the schema is cheaper than the memory.
    constexpr std::size_t kMaxPatterns = std::size_t{1} << 20;
    if (v->patterns() > kMaxPatterns) return;
    std::lock_guard lock(pool_mutex);
    pool.push_back(std::move(v));
  }

  void load_derivative_schema() {
    xml::DocPtr doc = xml::parse_schema(schema_text, schema_name);
    try {
      derivative_schema = rng::load_schema(doc.get());
    } catch (const rng::Unsupported&) {
      derivative_schema.reset();
    } catch (const rng::IncorrectSchema& e) {
      throw Error(ErrorKind::Schema, Diagnostic{Severity::Error, schema_name, {}, e.what(), "schema"});
    }
  }

  // libxml2's RelaxNG problems for `doc`, against the slice for its names.
  std::vector<Diagnostic> libxml2_problems(xmlDoc* doc, std::string_view xml, const std::string& file,
                                           bool& invalid) const {
    auto slice = slice_for(element_names(doc));
    RawErrorCollector collector;
    xmlSetStructuredErrorFunc(&collector, RawErrorCollector::callback);
    xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt(slice->rng.get());
    xmlRelaxNGSetValidStructuredErrors(vctxt, RawErrorCollector::callback, &collector);
    invalid = xmlRelaxNGValidateDoc(vctxt, doc) != 0;
    xmlRelaxNGFreeValidCtxt(vctxt);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    return relaxng_diagnostics(collector.errors, file, xml, doc, declared, declared_attributes, schema_ns);
  }

  std::shared_ptr<const CompiledSlice> find(const NameSet& names) const {
    std::shared_lock lock(slices_mutex);
    for (const auto& s : slices)
      if (s->whole || std::includes(s->names.begin(), s->names.end(), names.begin(), names.end())) return s;
    return nullptr;
  }

  std::string cache_path(const NameSet& names) const {
    if (cache_dir.empty()) return {};
    return cache_dir + "/slice-" + schema_hash + '-' + fnv1a_hex(join_names(names)) + ".rng";
  }

  // The slice text for `names`, from the disk cache or made now (and stored there).
  std::string slice_text(const NameSet& names, bool& whole) const {
    std::string path = cache_path(names);
    if (!path.empty()) {
      std::ifstream in(path, std::ios::binary);
      if (in) {
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // The names are stored first so a hash collision can never pick a wrong slice.
        std::string header = "<!--archtei slice\n" + join_names(names) + "-->\n";
        if (text.compare(0, header.size(), header) == 0) return text.substr(header.size());
      }
    }
    whole = !rng_grammar().sliceable();
    std::string text = rng_grammar().slice(names);
    if (!path.empty() && !whole) {
      std::error_code ec;
      fs::create_directories(cache_dir, ec);
      // A name of this writer's own: two Validators of one process (the Python module's
      // cached one and one made by hand) may make the same slice at once, and neither may
      // rename into place a file the other is still writing.
      static std::atomic<std::uint64_t> writers{0};
      std::string tmp = path + ".tmp" + std::to_string(::getpid()) + '-' + std::to_string(writers++);
      {
        std::ofstream out(tmp, std::ios::binary);
        out << "<!--archtei slice\n" << join_names(names) << "-->\n" << text;
      }
      fs::rename(tmp, path, ec);
      if (ec) fs::remove(tmp, ec);
    }
    return text;
  }

  // The grammar, parsed on first use; callers hold compile_mutex.
  const RngGrammar& rng_grammar() const {
    if (!grammar) grammar = std::make_unique<RngGrammar>(xml::parse_schema(schema_text, schema_name));
    return *grammar;
  }

  std::shared_ptr<const CompiledSlice> slice_for(const NameSet& names) const {
    if (auto s = find(names)) return s;
    std::lock_guard compile_lock(compile_mutex);
    // Names the schema does not declare change nothing in a slice; leaving them out lets
    // documents with stray elements share slices (one slice per stray name would hold a
    // compiled schema each, without bound).
    const NameSet relevant = rng_grammar().relevant(names);
    if (auto s = find(relevant)) return s;
    NameSet want;
    {
      std::shared_lock lock(slices_mutex);
      want = seen;
    }
    want.insert(relevant.begin(), relevant.end());
    auto compiled = std::make_shared<CompiledSlice>();
    bool whole = false;
    std::string text = slice_text(want, whole);
    compiled->names = std::move(want);
    compiled->whole = whole;
    compiled->rng = compile(text, schema_name);
    std::unique_lock lock(slices_mutex);
    seen.insert(compiled->names.begin(), compiled->names.end());
    slices.push_back(compiled);
    return compiled;
  }
};

Validator::Validator(const ValidationOptions& options) : impl_(std::make_unique<Impl>()) {
  xml::init_libxml();
  impl_->options = options;
  if (!options.relaxng) {
    if (options.schematron_path.empty())
      throw Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {}, "no schema to validate against", "usage"});
    impl_->schematron = std::make_unique<SchematronSchema>(SchematronSchema::from_file(options.schematron_path));
    return;
  }
  if (options.schema_path.empty()) {
    impl_->schema_name = "archtei.rng";
    impl_->schema_text = std::string(kArchteiSchema);
  } else {
    impl_->schema_name = fs::absolute(options.schema_path).string();
    try {
      impl_->schema_text = xml::read_file(options.schema_path);
    } catch (const Error& e) {
      throw Error(ErrorKind::Schema,
                  Diagnostic{Severity::Error, options.schema_path, {}, "cannot read schema", "schema"});
    }
  }
  impl_->schema_hash = fnv1a_hex(impl_->schema_text);
  scan_declared_elements(impl_->schema_text, impl_->declared, impl_->declared_attributes, impl_->schema_ns);
  impl_->cache_dir = options.cache_dir == "-" ? std::string()
                     : options.cache_dir.empty() ? default_cache_dir()
                                                 : options.cache_dir;
  // A schema that is not even XML is reported now, not at the first document.
  if (impl_->schema_text.find("<") == std::string::npos)
    throw Error(ErrorKind::Schema, Diagnostic{Severity::Error, options.schema_path, {}, "not a RelaxNG schema", "schema"});
  impl_->load_derivative_schema();
  if (options.schematron) {
    impl_->schematron = std::make_unique<SchematronSchema>(
        options.schematron_path.empty()
            ? SchematronSchema::from_memory(impl_->schema_text, impl_->schema_name)
            : SchematronSchema::from_file(options.schematron_path));
  }
}

Validator::~Validator() = default;
Validator::Validator(Validator&&) noexcept = default;
Validator& Validator::operator=(Validator&&) noexcept = default;

void Validator::prepare(const std::vector<std::string>& element_names) const {
  // The derivative validator needs no preparation; slices then serve only messages.
  if (impl_->derivative_schema || !impl_->options.relaxng) return;
  impl_->slice_for(NameSet(element_names.begin(), element_names.end()));
}

ValidationResult Validator::validate(std::string_view xml, const std::string& file) const {
  ValidationResult result;
  xml::DocPtr doc = xml::parse_document(xml, file, impl_->options.xinclude, result.problems);
  if (!doc) {
    result.valid = false;
    return result;
  }
  bool invalid = false;
  std::vector<Diagnostic> problems;
  if (impl_->options.relaxng && impl_->derivative_schema) {
    auto validator = impl_->take_validator();
    rng::Failure failure;
    invalid = !validator->validate(doc.get(), failure);
    impl_->give_back(std::move(validator));
    if (invalid) {
      bool libxml2_invalid = false;
      problems = impl_->libxml2_problems(doc.get(), xml, file, libxml2_invalid);
      // Where libxml2 sees no problem (its verdict differs from the reference's), the
      // derivative validator's own account is the message.
      if (problems.empty()) {
        std::size_t line = failure.node ? static_cast<std::size_t>(xmlGetLineNo(const_cast<xmlNode*>(failure.node))) : 0;
        problems.push_back({Severity::Error, file, {line, 0}, failure.message, failure.code});
      }
    }
  } else if (impl_->options.relaxng) {
    problems = impl_->libxml2_problems(doc.get(), xml, file, invalid);
  }
  const int rc = invalid ? 1 : 0;
  // libxml2's RelaxNG trips over an ID the parser already reported and blames the element
  // holding it; the parser's report is the one cause worth showing.
  std::set<std::size_t> id_lines;
  for (const auto& p : result.problems)
    if (p.code == "rng-duplicate-id" || p.code == "rng-bad-id") id_lines.insert(p.pos.line);
  std::erase_if(problems, [&](const Diagnostic& d) {
    bool echo = d.code == "rng-element-unexpected" || d.code == "rng-extra-content" ||
                d.code == "rng-invalid-content" || d.code == "rng-invalid-attributes";
    return id_lines.count(d.pos.line) != 0 || (!id_lines.empty() && echo);
  });
  if (rc != 0 && problems.empty() && id_lines.empty())
    problems.push_back({Severity::Error, file, {}, "document does not match the schema", "rng"});
  result.problems.insert(result.problems.end(), problems.begin(), problems.end());
  if (impl_->schematron) {
    auto found = impl_->schematron->check(doc.get(), file);
    result.problems.insert(result.problems.end(), found.begin(), found.end());
  }

  for (const auto& p : result.problems)
    if (p.severity == Severity::Error) result.valid = false;
  return result;
}

ValidationResult Validator::validate_file(const std::string& path) const {
  return validate(xml::read_file(path), path);
}

std::string read_text_file(const std::string& path) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec) check_file_size(size, path);
  return xml::read_file(path);
}

void scan_element_names(std::string_view xml, std::set<std::string>& names) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  auto name_char = [&](char c) { return !space(c) && c != '>' && c != '/' && c != '='; };
  auto local = [](std::string_view qname) {
    auto colon = qname.find(':');
    return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
  };
  const std::size_t n = xml.size();
  for (std::size_t at = xml.find('<'); at != std::string_view::npos; at = xml.find('<', at + 1)) {
    std::size_t i = at + 1;
    if (i >= n || xml[i] == '/' || xml[i] == '!' || xml[i] == '?') continue;
    std::size_t e = i;
    while (e < n && name_char(xml[e])) ++e;
    std::string_view name = local(xml.substr(i, e - i));
    if (name.empty()) continue;
    names.emplace(name);
    // Attributes: name = "value" pairs up to the end of the start tag.
    i = e;
    for (;;) {
      while (i < n && space(xml[i])) ++i;
      if (i >= n || xml[i] == '>' || xml[i] == '/' || xml[i] == '<') break;
      std::size_t b = i;
      while (i < n && name_char(xml[i])) ++i;
      std::string_view attribute = local(xml.substr(b, i - b));
      while (i < n && space(xml[i])) ++i;
      if (i >= n || xml[i] != '=') break;
      ++i;
      while (i < n && space(xml[i])) ++i;
      if (i >= n || (xml[i] != '"' && xml[i] != '\'')) break;
      std::size_t close = xml.find(xml[i], i + 1);
      if (close == std::string_view::npos) break;
      if (!attribute.empty()) names.emplace("@" + std::string(attribute));
      i = close + 1;
    }
    at = i > at ? i - 1 : at;
  }
}

}  // namespace archtei
