// Safe XML input: bytes to a libxml2 tree with no network, no DTD or external-entity
// loading, bounded entity expansion, and XInclude only from the including file's folder.
#include "validate/input/xml_input.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xinclude.h>
#include <libxml/xmlerror.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <mutex>
#include <sstream>

namespace archtei::xml {
namespace {

namespace fs = std::filesystem;

// The one folder loads may come from on this thread; empty means none at all.
thread_local std::string t_allowed_dir;
// What the loader refused on this thread, for the diagnostics.
thread_local std::vector<std::string> t_refused;

xmlParserInputPtr load_if_local(const char* url, xmlParserCtxtPtr ctxt) {
  if (url == nullptr || t_allowed_dir.empty()) return nullptr;
  std::string u = url;
  if (u.rfind("file://", 0) == 0) u = u.substr(7);
  if (u.find("://") != std::string::npos) return nullptr;
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::path(u), ec);
  if (ec) return nullptr;
  std::string ps = p.string();
  if (ps.size() <= t_allowed_dir.size() || ps.compare(0, t_allowed_dir.size(), t_allowed_dir) != 0 ||
      ps[t_allowed_dir.size()] != '/')
    return nullptr;
  return xmlNewInputFromFile(ctxt, ps.c_str());
}

// Replaces libxml2's loader for the whole process: every external load (entity, DTD,
// XInclude, schema include) comes through here and is refused unless it names a local
// file inside the folder the current scope allows.
xmlParserInputPtr local_only_loader(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
  xmlParserInputPtr input = load_if_local(url, ctxt);
  if (input == nullptr) t_refused.push_back(url ? url : id ? id : "(unnamed)");
  return input;
}

struct ErrorSink {
  std::vector<Diagnostic>* out;
  std::string file;
};

void collect_error(void* data, xmlErrorPtr err) {
  auto* sink = static_cast<ErrorSink*>(data);
  if (err == nullptr || err->level == XML_ERR_NONE) return;
  Diagnostic d;
  d.severity = err->level == XML_ERR_WARNING ? Severity::Warning : Severity::Error;
  d.file = sink->file;
  if (err->file != nullptr && err->domain == XML_FROM_XINCLUDE) d.file = err->file;
  d.pos.line = err->line > 0 ? static_cast<std::size_t>(err->line) : 0;
  d.pos.column = err->int2 > 0 ? static_cast<std::size_t>(err->int2) : 0;
  std::string msg = err->message ? err->message : "XML error";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  // libxml2 names its own switch (XML_PARSE_HUGE), which no archtei user can give.
  if (msg.starts_with("Excessive depth in document: "))
    msg = "elements nested more than " + std::to_string(xmlParserMaxDepth) +
          " deep: validation takes no deeper XML (libxml2's limit)";
  d.message = msg;
  d.code = err->domain == XML_FROM_XINCLUDE ? "xinclude" : err->level == XML_ERR_FATAL ? "xml-fatal" : "xml-id";
  sink->out->push_back(std::move(d));
}

// Words the parser's xml:id errors the way the RelaxNG diagnostics are worded.
void word_id_problem(Diagnostic& d) {
  const std::string& m = d.message;
  auto between = [&](const std::string& before, const std::string& after) {
    auto b = m.find(before);
    if (b == std::string::npos) return std::string();
    b += before.size();
    auto e = m.find(after, b);
    return m.substr(b, e == std::string::npos ? std::string::npos : e - b);
  };
  if (m.find("already defined") != std::string::npos) {
    d.message = "duplicate ID \"" + between("ID ", " already defined") + "\" (xml:id values must be unique)";
    d.code = "rng-duplicate-id";
  } else if (m.find("is not an NCName") != std::string::npos) {
    d.message = "xml:id value \"" + between("attribute value ", " is not an NCName") + "\" is not a valid ID (an NCName)";
    d.code = "rng-bad-id";
  } else {
    d.code = "xml";
  }
}

// Entity substitution is on so that validation sees what jing sees; the loader above keeps
// external entities out and libxml2's amplification limit (no XML_PARSE_HUGE) bounds the rest.
constexpr int kDocumentOptions = XML_PARSE_NOENT | XML_PARSE_NONET | XML_PARSE_BIG_LINES |
                                 XML_PARSE_NOXINCNODE | XML_PARSE_NOCDATA;

}  // namespace

void init_libxml() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(local_only_loader);
  });
}

LocalLoadScope::LocalLoadScope(std::string dir) : previous_(std::move(t_allowed_dir)) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(dir.empty() ? "." : dir), ec);
  t_allowed_dir = ec ? std::string() : p.string();
  while (t_allowed_dir.size() > 1 && t_allowed_dir.back() == '/') t_allowed_dir.pop_back();
}

LocalLoadScope::~LocalLoadScope() { t_allowed_dir = std::move(previous_); }

DocPtr parse_document(std::string_view xml, const std::string& file, bool xinclude,
                      std::vector<Diagnostic>& problems) {
  init_libxml();
  // libxml2 takes the length as an int.
  if (xml.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    problems.push_back({Severity::Error, file, {}, "the document is larger than libxml2 can parse (2 GB)",
                        "xml-too-large"});
    return nullptr;
  }
  ErrorSink sink{&problems, file};
  xmlSetStructuredErrorFunc(&sink, collect_error);
  std::size_t before = problems.size();
  t_refused.clear();
  std::string url = file.empty() ? std::string("document.xml") : fs::absolute(file).string();
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) {
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, file, {}, "out of memory", "memory"});
  }
  DocPtr doc(xmlCtxtReadMemory(ctxt, xml.data(), static_cast<int>(xml.size()), url.c_str(),
                               nullptr, kDocumentOptions));
  bool well_formed = ctxt->wellFormed != 0;
  xmlFreeParserCtxt(ctxt);
  if (doc && well_formed && xinclude) {
    LocalLoadScope scope(fs::path(url).parent_path().string());
    if (xmlXIncludeProcessFlags(doc.get(), kDocumentOptions) < 0) well_formed = false;
  }
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  // Only a well-formedness (fatal) error spoils the document. The parser's other errors are
  // about xml:id (duplicates, values that are not NCNames); they are reported here, once,
  // because libxml2's RelaxNG validation only sees their confusing consequences.
  bool fatal = false;
  std::vector<Diagnostic> kept(problems.begin(), problems.begin() + static_cast<std::ptrdiff_t>(before));
  for (std::size_t i = before; i < problems.size(); ++i) {
    if (problems[i].code == "xml-fatal") {
      // After the first well-formedness error the parser's further complaints are noise.
      if (fatal) continue;
      fatal = true;
      problems[i].code = "xml-malformed";
    } else if (problems[i].code == "xinclude") {
      fatal = true;
    } else if (problems[i].code == "xml-id") {
      word_id_problem(problems[i]);
    }
    kept.push_back(std::move(problems[i]));
  }
  // A refused load is an error even where libxml2 carries on without the content.
  for (const auto& refused : t_refused) {
    kept.push_back({Severity::Error, file, {}, "external resource \"" + refused +
                    "\" was not loaded (only XInclude from the document's own folder, with --xinclude, is)",
                    "xml-external"});
    fatal = true;
  }
  t_refused.clear();
  problems = std::move(kept);
  if (!doc || !well_formed || fatal) {
    if (problems.size() == before)
      problems.push_back({Severity::Error, file, {}, "document is not well-formed XML", "xml-malformed"});
    return nullptr;
  }
  return doc;
}

DocPtr parse_schema(std::string_view text, const std::string& name) {
  init_libxml();
  std::vector<Diagnostic> problems;
  ErrorSink sink{&problems, name};
  xmlSetStructuredErrorFunc(&sink, collect_error);
  DocPtr doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), name.c_str(), nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_BIG_LINES |
                               XML_PARSE_NOCDATA));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc) {
    Diagnostic d = problems.empty()
                       ? Diagnostic{Severity::Error, name, {}, "schema is not well-formed XML", "schema"}
                       : problems.front();
    d.code = "schema";
    throw Error(ErrorKind::Schema, d);
  }
  return doc;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path))
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, path, {}, "cannot read file", "io"});
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace archtei::xml
