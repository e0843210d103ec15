// The Python module `archtei`: text, TEI and JSON-LD strings to TEI, JSON-LD, the metadata
// record (a dict) and validation problems, over the public C++ API (include/archtei/).
// Every conversion and validation runs with the GIL released, so a thread pool scales.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <archtei/archtei.h>

namespace py = pybind11;
namespace api = archtei::api;

namespace {

// The module's exception and warning classes, made once at import and never freed: the
// interpreter may outlive the module's static objects at exit.
PyObject* g_error = nullptr;
PyObject* g_warning = nullptr;

// Messages quote the input, which may be cut inside a UTF-8 sequence (or not be UTF-8 at
// all): such bytes become U+FFFD instead of an error of their own.
py::str text(const std::string& s) {
  PyObject* decoded = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (decoded == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(decoded);
}
py::object optional_position(std::size_t n) { return n == 0 ? py::object(py::none()) : py::int_(n); }
py::object optional_string(const std::string& s) { return s.empty() ? py::object(py::none()) : py::object(text(s)); }

// archtei.Error carries its diagnostic as attributes, None where unknown.
void raise_error(const api::Error& e) {
  const api::Diagnostic& d = e.diagnostic();
  py::object error = py::reinterpret_borrow<py::object>(g_error)(text(e.what()));
  error.attr("file") = optional_string(d.file);
  error.attr("line") = optional_position(d.line);
  error.attr("column") = optional_position(d.column);
  error.attr("code") = text(d.code);
  error.attr("message") = text(d.message);
  error.attr("kind") = api::to_string(e.kind());
  PyErr_SetObject(g_error, error.ptr());
}

// Warnings go through Python's warnings module, so filters (ignore, error) apply to them.
void emit_warnings(const std::vector<api::Diagnostic>& warnings) {
  for (const auto& w : warnings)
    if (PyErr_WarnEx(g_warning, text(w.to_string()).cast<std::string>().c_str(), 2) != 0) throw py::error_already_set();
}

api::ReadOptions read_options(const std::string& from, const std::optional<std::string>& file,
                              const std::optional<std::string>& encoding) {
  api::ReadOptions options;
  options.from = api::parse_format(from);
  options.file = file.value_or("");
  options.encoding = encoding.value_or("");
  return options;
}

std::string path_string(const py::object& path) {
  return py::str(py::module_::import("os").attr("fspath")(path)).cast<std::string>();
}

std::string convert(const std::string& input, api::Format to, const api::ReadOptions& options) {
  std::vector<api::Diagnostic> warnings;
  std::string out;
  {
    py::gil_scoped_release unlocked;
    out = api::convert(input, to, options, &warnings);
  }
  emit_warnings(warnings);
  return out;
}

// Compiled validators by schema, so that validate() called per document compiles each
// schema once; a schema file changed on disk is compiled again.
class ValidatorCache {
 public:
  // Call without the GIL: the first call for a schema compiles it, and others wait for it.
  std::shared_ptr<const api::Validator> get(const std::string& schema, bool schematron) {
    const Stamp stamp = stamp_of(schema);
    std::lock_guard lock(mutex_);
    Entry& entry = entries_[{schema, schematron}];
    if (!entry.validator || entry.stamp != stamp) {
      entry.validator = std::make_shared<const api::Validator>(api::ValidatorOptions{schema, schematron});
      entry.stamp = stamp;
    }
    return entry.validator;
  }

 private:
  using Stamp = std::pair<std::filesystem::file_time_type, std::uintmax_t>;
  struct Entry {
    Stamp stamp;
    std::shared_ptr<const api::Validator> validator;
  };
  static Stamp stamp_of(const std::string& schema) {
    if (schema.empty()) return {};
    std::error_code ec;
    auto time = std::filesystem::last_write_time(schema, ec);
    auto size = std::filesystem::file_size(schema, ec);
    return ec ? Stamp{} : Stamp{time, size};
  }
  std::mutex mutex_;
  std::map<std::pair<std::string, bool>, Entry> entries_;
};

ValidatorCache& validator_cache() {
  static auto* cache = new ValidatorCache;  // never freed, like the classes above
  return *cache;
}

std::vector<api::Diagnostic> validate_with(const api::Validator& validator, const std::string& xml,
                                           const std::optional<std::string>& file) {
  py::gil_scoped_release unlocked;
  return validator.validate(xml, file.value_or("")).problems;
}

const char* severity_name(api::Severity s) { return s == api::Severity::Error ? "error" : "warning"; }

}  // namespace

PYBIND11_MODULE(archtei, m) {
  m.doc() = "archtei: plain-text archival documents to TEI P5, TEI validation, TEI <-> JSON-LD.";
  m.attr("__version__") = archtei::kVersion;

  g_error = PyErr_NewExceptionWithDoc(
      "archtei.Error",
      "A failure archtei reports for an input or a schema. Attributes: file, line, column (None "
      "where unknown), code (e.g. 'invalid-utf8'), message, kind ('input', 'io', 'usage', 'schema').",
      PyExc_Exception, nullptr);
  g_warning = PyErr_NewExceptionWithDoc("archtei.ArchteiWarning",
                                        "Something archtei worked around while reading or writing.",
                                        PyExc_UserWarning, nullptr);
  if (g_error == nullptr || g_warning == nullptr) throw py::error_already_set();
  for (const char* name : {"file", "line", "column", "code", "message", "kind"})
    PyObject_SetAttrString(g_error, name, Py_None);
  m.add_object("Error", py::handle(g_error));
  m.add_object("ArchteiWarning", py::handle(g_warning));
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const api::Error& e) {
      raise_error(e);
    }
  });

  py::class_<api::Diagnostic>(m, "Diagnostic", "One problem found in one document.")
      .def_property_readonly("severity", [](const api::Diagnostic& d) { return severity_name(d.severity); },
                             "'error' or 'warning'")
      .def_property_readonly("file", [](const api::Diagnostic& d) { return optional_string(d.file); })
      .def_property_readonly("line", [](const api::Diagnostic& d) { return optional_position(d.line); })
      .def_property_readonly("column", [](const api::Diagnostic& d) { return optional_position(d.column); })
      .def_property_readonly("message", [](const api::Diagnostic& d) { return text(d.message); })
      .def_property_readonly("code", [](const api::Diagnostic& d) { return text(d.code); })
      .def("__str__", [](const api::Diagnostic& d) { return text(d.to_string()); })
      .def("__repr__", [](const api::Diagnostic& d) { return text("<archtei.Diagnostic " + d.to_string() + ">"); });

  m.def(
      "convert",
      [](const std::string& input, const std::string& to, const std::string& from,
         const std::optional<std::string>& file, const std::optional<std::string>& encoding) {
        api::Format target = api::parse_format(to);
        return convert(input, target, read_options(from, file, encoding));
      },
      py::arg("input"), py::arg("to") = "tei", py::kw_only(), py::arg("from_") = "auto",
      py::arg("file") = py::none(), py::arg("encoding") = py::none(),
      "Converts a text page, TEI or JSON-LD (str or bytes) to 'tei' or 'jsonld', as `archtei "
      "convert` does. from_: 'auto' (by file's ending, else the first character: '<' TEI, '{' "
      "JSON-LD, else text), 'text', 'tei' or 'jsonld'. file names the input in errors and the "
      "record. encoding: of a text without a byte-order mark (default UTF-8).");

  m.def(
      "to_jsonld",
      [](const std::string& tei, const std::optional<std::string>& file) {
        return convert(tei, api::Format::JsonLd, read_options("tei", file, std::nullopt));
      },
      py::arg("tei"), py::kw_only(), py::arg("file") = py::none(), "TEI XML to archtei's JSON-LD.");

  m.def(
      "from_jsonld",
      [](const std::string& jsonld, const std::optional<std::string>& file) {
        return convert(jsonld, api::Format::Tei, read_options("jsonld", file, std::nullopt));
      },
      py::arg("jsonld"), py::kw_only(), py::arg("file") = py::none(),
      "archtei's JSON-LD back to the TEI it holds.");

  m.def(
      "inspect",
      [](const std::string& input, const std::string& from, const std::optional<std::string>& file,
         const std::optional<std::string>& encoding) {
        api::ReadOptions options = read_options(from, file, encoding);
        std::string record;
        std::vector<api::Diagnostic> warnings;
        {
          py::gil_scoped_release unlocked;
          api::Document doc = api::Document::read(input, options);
          warnings = doc.warnings();
          record = doc.record_json();
        }
        emit_warnings(warnings);
        return py::module_::import("json").attr("loads")(record);
      },
      py::arg("input"), py::kw_only(), py::arg("from_") = "auto", py::arg("file") = py::none(),
      py::arg("encoding") = py::none(),
      "The metadata record of a text page, TEI or JSON-LD as a dict: the record `archtei inspect "
      "--json` prints.");

  py::class_<api::Validator, std::shared_ptr<api::Validator>>(m, "Validator",
                                                              "Compiled schemas, reusable from many threads.")
      .def(py::init([](const py::object& schema, bool schematron) {
             std::string path = schema.is_none() ? std::string() : path_string(schema);
             py::gil_scoped_release unlocked;
             return std::make_shared<api::Validator>(api::ValidatorOptions{path, schematron});
           }),
           py::arg("schema") = py::none(), py::arg("schematron") = true)
      .def(
          "validate",
          [](const api::Validator& v, const std::string& xml, const std::optional<std::string>& file) {
            return validate_with(v, xml, file);
          },
          py::arg("xml"), py::kw_only(), py::arg("file") = py::none(),
          "The problems of one TEI document (empty when it is valid).");

  m.def(
      "validate",
      [](const std::string& xml, const py::object& schema, bool schematron, const std::optional<std::string>& file) {
        std::string path = schema.is_none() ? std::string() : path_string(schema);
        std::shared_ptr<const api::Validator> validator;
        {
          py::gil_scoped_release unlocked;
          validator = validator_cache().get(path, schematron);
        }
        return validate_with(*validator, xml, file);
      },
      py::arg("xml"), py::arg("schema") = py::none(), py::kw_only(), py::arg("schematron") = true,
      py::arg("file") = py::none(),
      "The problems of a TEI document (a list of Diagnostic; empty when it is valid). schema: None "
      "for archtei's own TEI schema (as `archtei validate`), or the path of a RelaxNG schema (its "
      "embedded Schematron rules checked too unless schematron=False) or of an ISO Schematron "
      "file (.sch, its rules only). Each schema is compiled once per process.");
}
