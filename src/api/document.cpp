// The public Document: bytes of a text, TEI or JSON-LD input to archtei's model through the
// formats table, and the model to TEI, JSON-LD or the JSON record through the same writers
// the command line uses.
#include "archtei/document.h"

#include "api/api_types.h"
#include "formats/formats.h"
#include "jsonld/jsonld_writer.h"
#include "jsonld/record_json.h"
#include "model/input_limits.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "text/source_text.h"
#include "validate/validator.h"

namespace archtei::api {

using bridge::append_public;
using bridge::translate_errors;

namespace {

Error usage(std::string message) {
  return Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, 0, 0, std::move(message), "unknown-format"});
}

archtei::Format to_library(Format f) {
  switch (f) {
    case Format::Tei: return archtei::Format::Tei;
    case Format::JsonLd: return archtei::Format::JsonLd;
    default: return archtei::Format::Text;
  }
}

Format to_public(archtei::Format f) {
  switch (f) {
    case archtei::Format::Tei: return Format::Tei;
    case archtei::Format::JsonLd: return Format::JsonLd;
    case archtei::Format::Text: return Format::Text;
  }
  return Format::Text;
}

// An input without a telling name: XML starts with '<' and archtei's JSON-LD with '{'; a
// text page starts with anything else (one that opens with '<' or '{' is named with `from`).
// A page may well open with '[', an archival reference in brackets.
archtei::Format sniff(std::string_view input) {
  if (input.starts_with("\xEF\xBB\xBF")) input.remove_prefix(3);
  std::size_t at = input.find_first_not_of(" \t\r\n");
  if (at == std::string_view::npos) return archtei::Format::Text;
  if (input[at] == '<') return archtei::Format::Tei;
  if (input[at] == '{') return archtei::Format::JsonLd;
  return archtei::Format::Text;
}

const FormatInfo& reader_for(const ReadOptions& options, std::string_view input) {
  if (options.from != Format::Auto) {
    for (const auto& f : formats())
      if (f.format == to_library(options.from)) return f;
  }
  if (const FormatInfo* f = detect_format(options.file); f != nullptr && f->read != nullptr) return *f;
  const archtei::Format sniffed = sniff(input);
  for (const auto& f : formats())
    if (f.format == sniffed) return f;
  throw usage("no reader for this input");
}

}  // namespace

Format parse_format(std::string_view name) {
  if (name == "auto") return Format::Auto;
  const FormatInfo* f = find_format(name);
  if (f == nullptr) throw usage("unknown format '" + std::string(name) + "' (text, tei, jsonld)");
  return to_public(f->format);
}

struct Document::Impl {
  archtei::Document doc;
  Format format = Format::Text;
  std::string file;
  std::vector<Diagnostic> warnings;
};

Document::Document(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

Document Document::read(std::string_view input, const ReadOptions& options) {
  return translate_errors([&] {
    // The limit `archtei convert` applies to a file applies to the same bytes given here.
    check_file_size(input.size(), options.file);
    const FormatInfo& format = reader_for(options, input);
    std::string decoded;
    if (format.format == archtei::Format::Text) {
      if (!options.encoding.empty()) check_encoding(options.encoding);
      decoded = decode_text(input, options.encoding, options.file).text;
      input = decoded;
    }
    auto impl = std::make_unique<Impl>();
    archtei::Diagnostics diags(options.file);
    impl->doc = format.read(input, options.file, diags);
    impl->format = to_public(format.format);
    impl->file = options.file;
    append_public(diags.items(), impl->warnings);
    return Document(std::move(impl));
  });
}

Document Document::read_file(const std::string& path, ReadOptions options) {
  std::string bytes = translate_errors([&] { return read_text_file(path); });
  if (options.file.empty()) options.file = path;
  if (options.from == Format::Auto) {
    // The path's own ending decides, even when `file` gives the input another name.
    const FormatInfo* f = detect_format(path);
    if (f != nullptr && f->read != nullptr) options.from = to_public(f->format);
  }
  return read(bytes, options);
}

Format Document::format() const { return impl_->format; }

const std::vector<Diagnostic>& Document::warnings() const { return impl_->warnings; }

std::string Document::to_tei(std::vector<Diagnostic>* warnings) const {
  return translate_errors([&] {
    archtei::Diagnostics diags(impl_->file);
    std::string out = write_tei(impl_->doc, diags);
    if (warnings != nullptr) append_public(diags.items(), *warnings);
    return out;
  });
}

std::string Document::to_jsonld(std::vector<Diagnostic>* warnings) const {
  return translate_errors([&] {
    archtei::Diagnostics diags(impl_->file);
    std::string out = write_jsonld(impl_->doc, diags);
    if (warnings != nullptr) append_public(diags.items(), *warnings);
    return out;
  });
}

std::string Document::record_json(int indent) const {
  return translate_errors([&] {
    // As `archtei inspect`: a tree with no TEI header would give an empty record, as if all
    // were well.
    if (!impl_->doc.tei.empty())
      if (std::string missing = missing_tei_header(impl_->doc.tei); !missing.empty())
        throw archtei::Error::input(impl_->file, {}, "nothing to inspect: " + missing, "no-tei-header");
    Metadata record = impl_->doc.metadata;
    if (record.file.empty()) record.file = impl_->file;
    return write_record_json(record, indent);
  });
}

std::string convert(std::string_view input, Format to, const ReadOptions& options,
                    std::vector<Diagnostic>* warnings) {
  if (to != Format::Tei && to != Format::JsonLd)
    throw usage("archtei writes tei and jsonld only");
  Document doc = Document::read(input, options);
  if (warnings != nullptr) warnings->insert(warnings->end(), doc.warnings().begin(), doc.warnings().end());
  return to == Format::Tei ? doc.to_tei(warnings) : doc.to_jsonld(warnings);
}

}  // namespace archtei::api
