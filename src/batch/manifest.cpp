// Manifest lines: written with json_writer, read back with a small parser for exactly the
// JSON that to_json() writes (objects, arrays, strings, numbers).
#include "batch/manifest.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <variant>

#include "batch/atomic_file.h"
#include "batch/json_writer.h"
#include "model/diagnostics.h"
#include "model/utf8.h"

namespace archtei::batch {

namespace fs = std::filesystem;

namespace {

// The JSON subset a manifest line uses.
struct JsonValue;
using JsonArray = std::vector<JsonValue>;
using JsonMembers = std::vector<std::pair<std::string, JsonValue>>;
struct JsonValue {
  std::variant<std::nullptr_t, bool, double, std::string, JsonArray, JsonMembers> v;

  const JsonValue* get(std::string_view key) const {
    if (const auto* members = std::get_if<JsonMembers>(&v))
      for (const auto& [k, value] : *members)
        if (k == key) return &value;
    return nullptr;
  }
  std::string string(std::string_view key) const {
    const JsonValue* value = get(key);
    const auto* s = value ? std::get_if<std::string>(&value->v) : nullptr;
    return s ? *s : std::string();
  }
};

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  JsonValue document() {
    JsonValue v = value();
    skip_space();
    if (i_ != s_.size()) fail("text after the JSON value");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) {
    throw Error::input("manifest", SourcePos{1, i_ + 1}, what, "bad-manifest");
  }
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }
  bool eat(char c) {
    skip_space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  void expect(char c) {
    if (!eat(c)) fail(std::string("expected '") + c + "'");
  }

  JsonValue value() {
    skip_space();
    if (i_ >= s_.size()) fail("unexpected end");
    char c = s_[i_];
    if (c == '{' || c == '[') {
      // A record is three levels deep; the parser recurses per level, so a line edited into
      // deep nesting is refused here rather than exhausting the stack.
      if (++depth_ > kMaxDepth) fail("nested too deeply");
      JsonValue v = c == '{' ? object() : array();
      --depth_;
      return v;
    }
    if (c == '"') return JsonValue{string()};
    if (s_.substr(i_, 4) == "true") return i_ += 4, JsonValue{true};
    if (s_.substr(i_, 5) == "false") return i_ += 5, JsonValue{false};
    if (s_.substr(i_, 4) == "null") return i_ += 4, JsonValue{nullptr};
    return number();
  }

  JsonValue object() {
    expect('{');
    JsonMembers members;
    if (eat('}')) return JsonValue{std::move(members)};
    do {
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '"') fail("expected a key");
      std::string key = string();
      expect(':');
      members.emplace_back(std::move(key), value());
    } while (eat(','));
    expect('}');
    return JsonValue{std::move(members)};
  }

  JsonValue array() {
    expect('[');
    JsonArray items;
    if (eat(']')) return JsonValue{std::move(items)};
    do items.push_back(value());
    while (eat(','));
    expect(']');
    return JsonValue{std::move(items)};
  }

  JsonValue number() {
    std::string text;
    while (i_ < s_.size() && std::string_view("+-0123456789.eE").find(s_[i_]) != std::string_view::npos)
      text += s_[i_++];
    if (text.empty()) fail("expected a value");
    char* end = nullptr;
    double d = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size()) fail("bad number");
    return JsonValue{d};
  }

  unsigned hex4() {
    if (i_ + 4 > s_.size()) fail("bad \\u escape");
    unsigned cp = 0;
    for (int k = 0; k < 4; ++k) {
      char h = s_[i_++];
      cp <<= 4;
      if (h >= '0' && h <= '9') cp |= static_cast<unsigned>(h - '0');
      else if (h >= 'a' && h <= 'f') cp |= static_cast<unsigned>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') cp |= static_cast<unsigned>(h - 'A' + 10);
      else fail("bad \\u escape");
    }
    return cp;
  }

  std::string string() {
    ++i_;  // the opening quote
    std::string out;
    for (;;) {
      if (i_ >= s_.size()) fail("unterminated string");
      char c = s_[i_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) fail("unterminated string");
      char e = s_[i_++];
      switch (e) {
        case '"': case '\\': case '/': out += e; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
            i_ += 2;
            unsigned low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) fail("bad \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) fail("bad \\u escape");
          archtei::append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default: fail("bad escape");
      }
    }
  }

  static constexpr int kMaxDepth = 16;
  std::string_view s_;
  std::size_t i_ = 0;
  int depth_ = 0;
};

std::vector<std::string> string_list(const JsonValue* v) {
  std::vector<std::string> out;
  if (const auto* items = v ? std::get_if<JsonArray>(&v->v) : nullptr)
    for (const auto& item : *items)
      if (const auto* s = std::get_if<std::string>(&item.v)) out.push_back(*s);
  return out;
}

std::vector<std::string> quoted(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const auto& s : items) out.push_back(json_quote(s));
  return out;
}

}  // namespace

std::string ManifestRecord::to_json() const {
  std::vector<std::string> out;
  for (const auto& o : outputs)
    out.push_back(JsonObject().add("path", o.path).add("sha256", o.sha256).str());
  JsonObject record;
  record.add("input", input).add("input_sha256", input_sha256);
  if (!encoding.empty()) record.add("encoding", encoding);
  return record.add("status", status)
      .add_raw("outputs", json_array(out))
      .add_raw("warnings", json_array(quoted(warnings)))
      .add_raw("errors", json_array(quoted(errors)))
      .add("ms", ms)
      .add("converter", converter)
      .add("settings", settings)
      .str();
}

ManifestRecord ManifestRecord::from_json(std::string_view line) {
  JsonValue v = Parser(line).document();
  if (!std::holds_alternative<JsonMembers>(v.v) || v.get("input") == nullptr)
    throw Error::input("manifest", {}, "not a manifest record", "bad-manifest");
  ManifestRecord r;
  r.input = v.string("input");
  r.input_sha256 = v.string("input_sha256");
  r.encoding = v.string("encoding");
  r.status = v.string("status");
  if (const JsonValue* outs = v.get("outputs"))
    if (const auto* items = std::get_if<JsonArray>(&outs->v))
      for (const auto& item : *items) r.outputs.push_back(OutputFile{item.string("path"), item.string("sha256")});
  r.warnings = string_list(v.get("warnings"));
  r.errors = string_list(v.get("errors"));
  if (const JsonValue* ms = v.get("ms"))
    if (const auto* d = std::get_if<double>(&ms->v)) r.ms = *d;
  r.converter = v.string("converter");
  r.settings = v.string("settings");
  return r;
}

Manifest Manifest::read(const fs::path& file) {
  Manifest m;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    try {
      ManifestRecord r = ManifestRecord::from_json(line);
      auto [it, inserted] = m.by_input_.emplace(r.input, m.records_.size());
      if (inserted) m.records_.push_back(std::move(r));
      else m.records_[it->second] = std::move(r);  // a later line about the same input wins
    } catch (const Error&) {
      // Not a record (edited by hand, or cut short): the input is simply converted again.
    }
  }
  return m;
}

const ManifestRecord* Manifest::find(const std::string& input) const {
  auto it = by_input_.find(input);
  return it == by_input_.end() ? nullptr : &records_[it->second];
}

ManifestWriter::ManifestWriter(fs::path file, const Manifest& previous, std::string converter,
                               std::string settings)
    : file_(std::move(file)),
      previous_(previous),
      converter_(std::move(converter)),
      settings_(std::move(settings)) {
  folder_ = fs::absolute(file_).lexically_normal().parent_path();
  std::error_code ec;
  fs::create_directories(folder_, ec);
  temp_ = temporary_path_for(folder_ / file_.filename());
  out_.open(temp_, std::ios::trunc);
  if (!out_)
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, file_.string(), {},
                                          std::string("cannot write the manifest: ") + std::strerror(errno),
                                          "write-failed"});
}

ManifestWriter::~ManifestWriter() {
  if (!finished_) {
    out_.close();
    std::error_code ec;
    fs::remove(temp_, ec);
  }
}

std::string ManifestWriter::relative_path(const fs::path& path) const {
  return fs::absolute(path).lexically_normal().lexically_relative(folder_).generic_string();
}

void ManifestWriter::item_done(std::size_t, const InputFile& input, const ItemResult& result) {
  ManifestRecord r;
  r.input = input.path.string();
  r.input_sha256 = result.input_sha256;
  r.encoding = result.input_encoding;
  r.status = status_name(result.status);
  for (const auto& o : result.outputs) r.outputs.push_back(OutputFile{relative_path(o.path), o.sha256});
  for (const auto& d : result.diagnostics)
    (d.severity == Severity::Warning ? r.warnings : r.errors).push_back(format_diagnostic(d));
  r.ms = std::chrono::duration<double, std::milli>(result.elapsed).count();
  r.converter = converter_;
  r.settings = settings_;
  out_ << r.to_json() << '\n';
  // Only the earlier run's inputs are tracked, so a first run keeps nothing per input.
  if (const ManifestRecord* earlier = previous_.find(r.input)) {
    if (rewritten_.empty()) rewritten_.resize(previous_.records().size());
    rewritten_[static_cast<std::size_t>(earlier - previous_.records().data())] = true;
  }
}

void ManifestWriter::finish(const BatchSummary&) {
  const auto& records = previous_.records();
  for (std::size_t i = 0; i < records.size(); ++i)
    if (rewritten_.empty() || !rewritten_[i]) out_ << records[i].to_json() << '\n';
  out_.flush();
  out_.close();
  if (!out_)
    throw Error(ErrorKind::Io, Diagnostic{Severity::Error, file_.string(), {}, "cannot write the manifest", "write-failed"});
  finished_ = true;  // commit_temporary removes the temporary file itself when it fails
  commit_temporary(temp_, file_);
}

}  // namespace archtei::batch
