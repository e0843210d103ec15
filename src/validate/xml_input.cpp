// Safe XML input: bytes to a libxml2 tree with no network, no DTD or external-entity
// loading, bounded entity expansion, and XInclude only from the including file's folder.
#include "validate/xml_input.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xinclude.h>
#include <libxml/xmlerror.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

namespace archtei::xml {
namespace {

namespace fs = std::filesystem;

// The one folder loads may come from on this thread; empty means none at all.
thread_local std::string t_allowed_dir;

// Replaces libxml2's loader for the whole process: every external load (entity, DTD,
// XInclude, schema include) comes through here and is refused unless it names a local
// file inside the folder the current scope allows.
xmlParserInputPtr local_only_loader(const char* url, const char* /*id*/, xmlParserCtxtPtr ctxt) {
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
  d.message = msg;
  d.code = err->domain == XML_FROM_XINCLUDE ? "xinclude" : "xml-malformed";
  sink->out->push_back(std::move(d));
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
  ErrorSink sink{&problems, file};
  xmlSetStructuredErrorFunc(&sink, collect_error);
  std::size_t before = problems.size();
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
  // Warnings from the parser (e.g. a namespace URI that is not absolute) do not spoil the
  // document; errors do.
  bool errors = false;
  for (std::size_t i = before; i < problems.size(); ++i)
    if (problems[i].severity == Severity::Error) errors = true;
  if (!doc || !well_formed || errors) {
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
