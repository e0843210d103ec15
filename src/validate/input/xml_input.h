// Safe XML input: bytes to a libxml2 tree with no network, no DTD or external-entity
// loading, bounded entity expansion, and XInclude only from the including file's folder.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace archtei::xml {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
/// An owned libxml2 document.
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

/// Prepares libxml2 once per process (call from the main thread before any worker starts).
void init_libxml();

/// Parses `xml` (named `file` in diagnostics). On a well-formedness error returns null and
/// appends the errors to `problems`. With `xinclude`, resolves XInclude from the folder of
/// `file` only; anything outside it, or non-local, is an error.
DocPtr parse_document(std::string_view xml, const std::string& file, bool xinclude,
                      std::vector<Diagnostic>& problems);

/// Parses a schema file; throws Error(ErrorKind::Schema) when it is unreadable or malformed.
/// `include_dir` is the one folder the schema may pull includes from.
DocPtr parse_schema(std::string_view text, const std::string& name);

/// Reads a whole file; throws Error(ErrorKind::Io).
std::string read_file(const std::string& path);

/// Allows loads (XInclude, RelaxNG include) from `dir` only, on this thread, while alive.
class LocalLoadScope {
 public:
  explicit LocalLoadScope(std::string dir);
  ~LocalLoadScope();
  LocalLoadScope(const LocalLoadScope&) = delete;
  LocalLoadScope& operator=(const LocalLoadScope&) = delete;

 private:
  std::string previous_;
};

}  // namespace archtei::xml
