// Validator: TEI XML text to a verdict and diagnostics, against a RelaxNG schema sliced to
// the documents at hand (compiled once per name set, cached in memory and on disk).
#include "validate/validator.h"

#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <shared_mutex>
#include <unistd.h>

#include "validate/embedded_schema.h"
#include "validate/relaxng_diagnostics.h"
#include "validate/schema_slice.h"
#include "validate/xml_input.h"

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

}  // namespace

struct Validator::Impl {
  ValidationOptions options;
  std::string schema_name;  // path, or "archtei.rng" for the built-in one
  std::string schema_text;
  std::string schema_hash;
  std::string cache_dir;

  mutable std::mutex compile_mutex;       // one compile at a time
  mutable std::shared_mutex slices_mutex;  // guards `slices` and `seen`
  mutable std::vector<std::shared_ptr<const CompiledSlice>> slices;
  mutable NameSet seen;
  mutable std::unique_ptr<RngGrammar> grammar;  // parsed lazily, under compile_mutex

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
    if (!grammar) grammar = std::make_unique<RngGrammar>(xml::parse_schema(schema_text, schema_name));
    whole = !grammar->sliceable();
    std::string text = grammar->slice(names);
    if (!path.empty() && !whole) {
      std::error_code ec;
      fs::create_directories(cache_dir, ec);
      std::string tmp = path + ".tmp" + std::to_string(::getpid());
      {
        std::ofstream out(tmp, std::ios::binary);
        out << "<!--archtei slice\n" << join_names(names) << "-->\n" << text;
      }
      fs::rename(tmp, path, ec);
      if (ec) fs::remove(tmp, ec);
    }
    return text;
  }

  std::shared_ptr<const CompiledSlice> slice_for(const NameSet& names) const {
    if (auto s = find(names)) return s;
    std::lock_guard compile_lock(compile_mutex);
    if (auto s = find(names)) return s;
    NameSet want;
    {
      std::shared_lock lock(slices_mutex);
      want = seen;
    }
    want.insert(names.begin(), names.end());
    // Names the schema does not declare change nothing in a slice; leaving them out lets
    // documents with stray elements share slices.
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
  impl_->cache_dir = options.cache_dir == "-" ? std::string()
                     : options.cache_dir.empty() ? default_cache_dir()
                                                 : options.cache_dir;
  // A schema that is not even XML is reported now, not at the first document.
  if (impl_->schema_text.find("<") == std::string::npos)
    throw Error(ErrorKind::Schema, Diagnostic{Severity::Error, options.schema_path, {}, "not a RelaxNG schema", "schema"});
}

Validator::~Validator() = default;
Validator::Validator(Validator&&) noexcept = default;
Validator& Validator::operator=(Validator&&) noexcept = default;

void Validator::prepare(const std::vector<std::string>& element_names) const {
  impl_->slice_for(NameSet(element_names.begin(), element_names.end()));
}

ValidationResult Validator::validate(std::string_view xml, const std::string& file) const {
  ValidationResult result;
  xml::DocPtr doc = xml::parse_document(xml, file, impl_->options.xinclude, result.problems);
  if (!doc) {
    result.valid = false;
    return result;
  }
  auto slice = impl_->slice_for(element_names(doc.get()));

  RawErrorCollector collector;
  xmlSetStructuredErrorFunc(&collector, RawErrorCollector::callback);
  xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt(slice->rng.get());
  xmlRelaxNGSetValidStructuredErrors(vctxt, RawErrorCollector::callback, &collector);
  int rc = xmlRelaxNGValidateDoc(vctxt, doc.get());
  xmlRelaxNGFreeValidCtxt(vctxt);
  xmlSetStructuredErrorFunc(nullptr, nullptr);

  auto problems = relaxng_diagnostics(collector.errors, file, xml);
  if (rc != 0 && problems.empty())
    problems.push_back({Severity::Error, file, {}, "document does not match the schema", "rng"});
  result.problems.insert(result.problems.end(), problems.begin(), problems.end());

  for (const auto& p : result.problems)
    if (p.severity == Severity::Error) result.valid = false;
  return result;
}

ValidationResult Validator::validate_file(const std::string& path) const {
  return validate(xml::read_file(path), path);
}

}  // namespace archtei
