// archtei's public API: a text page, TEI or archtei JSON-LD read into archtei's document
// model, and that document written as TEI, as JSON-LD, or as its metadata record in JSON.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "archtei/diagnostic.h"

namespace archtei::api {

/// The formats archtei reads; Tei and JsonLd are also the formats it writes.
enum class Format {
  Auto,    ///< from the file name's ending when one is given, else from the first character
  Text,    ///< a plain-text archival document page
  Tei,     ///< TEI P5 XML
  JsonLd,  ///< archtei's JSON-LD (linked-data metadata plus the whole TEI tree)
};

/// The format called `name`: "text", "tei", "jsonld" (also "txt", "xml", "json", "auto").
/// Throws Error (usage, "unknown-format") for any other name.
Format parse_format(std::string_view name);

/// How an input is read.
struct ReadOptions {
  /// The input's format. Auto: the file name's ending (.txt, .xml, .tei.xml, .jsonld), or
  /// without one, the first character after white space: `<` TEI, `{` JSON-LD, else text.
  Format from = Format::Auto;
  /// The name diagnostics and the record's "file" give the input; may stay empty.
  std::string file;
  /// The encoding of a text without a byte-order mark (any name iconv knows); empty: UTF-8.
  std::string encoding;
};

/// One document in archtei's model. Reading and writing different Documents on different
/// threads at once is safe; one Document may be written from several threads at once too
/// (every writer is const).
class Document {
 public:
  /// Reads `input` (a whole file's bytes). Throws Error (input) when it is malformed,
  /// (usage) for an unknown encoding.
  static Document read(std::string_view input, const ReadOptions& options = {});
  /// Reads the file at `path`; its name selects the format unless `options.from` does, and
  /// names it in diagnostics unless `options.file` does. Throws Error (io) when it cannot
  /// be read, and as read() does.
  static Document read_file(const std::string& path, ReadOptions options = {});

  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;
  ~Document();

  /// The format it was read from (never Auto).
  Format format() const;
  /// Warnings found while reading, in input order.
  const std::vector<Diagnostic>& warnings() const;

  /// The document as TEI P5 XML (a TEI or JSON-LD input gives back its own tree). Warnings
  /// about content TEI cannot hold are appended to `warnings` when given.
  std::string to_tei(std::vector<Diagnostic>* warnings = nullptr) const;
  /// The document as archtei's JSON-LD.
  std::string to_jsonld(std::vector<Diagnostic>* warnings = nullptr) const;
  /// The metadata record as the JSON object `archtei inspect --json` prints, indented by
  /// `indent` spaces. Throws Error (input, "no-tei-header") for a TEI tree without a
  /// teiHeader, as `archtei inspect` does.
  std::string record_json(int indent = 2) const;

 private:
  struct Impl;
  explicit Document(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Reads `input` and writes it as `to` (Tei or JsonLd): what `archtei convert` writes.
/// Warnings from reading and writing are appended to `warnings` when given.
std::string convert(std::string_view input, Format to, const ReadOptions& options = {},
                    std::vector<Diagnostic>* warnings = nullptr);

}  // namespace archtei::api
