// Validation reports: per-file results to text, JSON lines, JUnit XML or GitHub Actions
// annotation lines, each ending with a summary.
#include "validate/report/report_format.h"

#include <cstdio>

namespace archtei {
namespace {

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + '"';
}

std::string xml_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
std::string github_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const char* severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

}  // namespace

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  if (name == "text") return ReportFormat::Text;
  if (name == "json") return ReportFormat::Json;
  if (name == "junit") return ReportFormat::Junit;
  if (name == "github") return ReportFormat::Github;
  return std::nullopt;
}

std::string ReportWriter::summary_line() const {
  const Counts& c = counts_;
  std::string out = plural(c.files, "file") + ": " + std::to_string(c.valid) + " valid, " +
                    std::to_string(c.invalid) + " invalid";
  if (c.unreadable) out += ", " + std::to_string(c.unreadable) + " unreadable";
  out += " (" + plural(c.errors, "error") + ", " + plural(c.warnings, "warning") + ')';
  return out;
}

void ReportWriter::add(const FileReport& r) {
  ++counts_.files;
  if (r.unreadable) ++counts_.unreadable;
  else if (r.result.valid) ++counts_.valid;
  else ++counts_.invalid;
  for (const auto& p : r.result.problems) (p.severity == Severity::Error ? counts_.errors : counts_.warnings)++;

  std::string out;
  switch (format_) {
    case ReportFormat::Text:
      for (const auto& p : r.result.problems) out += format_diagnostic(p) + '\n';
      break;
    case ReportFormat::Json:
      for (const auto& p : r.result.problems) {
        out += "{\"file\":" + json_string(p.file.empty() ? r.file : p.file);
        out += ",\"line\":" + std::to_string(p.pos.line) + ",\"column\":" + std::to_string(p.pos.column);
        out += ",\"severity\":\"" + std::string(severity_name(p.severity)) + '"';
        out += ",\"rule\":" + json_string(p.code) + ",\"message\":" + json_string(p.message) + "}\n";
      }
      break;
    case ReportFormat::Junit: {
      std::string& cases = junit_cases_;
      cases += "    <testcase classname=\"validate\" name=\"" + xml_escape(r.file) + "\"";
      if (r.result.valid && !r.unreadable && r.result.problems.empty()) {
        cases += "/>\n";
        break;
      }
      cases += ">\n";
      std::string lines;
      for (const auto& p : r.result.problems) lines += format_diagnostic(p) + '\n';
      if (r.unreadable)
        cases += "      <error message=\"unreadable\">" + xml_escape(lines) + "</error>\n";
      else if (!r.result.valid)
        cases += "      <failure message=\"" + xml_escape(plural(r.result.problems.size(), "problem")) + "\">" +
                 xml_escape(lines) + "</failure>\n";
      else
        cases += "      <system-out>" + xml_escape(lines) + "</system-out>\n";
      cases += "    </testcase>\n";
      break;
    }
    case ReportFormat::Github:
      for (const auto& p : r.result.problems) {
        out += "::" + std::string(severity_name(p.severity)) + " file=" +
               github_escape(p.file.empty() ? r.file : p.file, true);
        if (p.pos.line) out += ",line=" + std::to_string(p.pos.line);
        if (p.pos.column) out += ",col=" + std::to_string(p.pos.column);
        if (!p.code.empty()) out += ",title=" + github_escape(p.code, true);
        out += "::" + github_escape(p.message, false) + '\n';
      }
      break;
  }
  out_ << out;
}

void ReportWriter::finish() {
  const Counts& c = counts_;
  switch (format_) {
    case ReportFormat::Text:
    case ReportFormat::Github:
      out_ << summary_line() << '\n';
      break;
    case ReportFormat::Json:
      out_ << "{\"summary\":{\"files\":" << c.files << ",\"valid\":" << c.valid << ",\"invalid\":" << c.invalid
           << ",\"unreadable\":" << c.unreadable << ",\"errors\":" << c.errors << ",\"warnings\":" << c.warnings
           << "}}\n";
      break;
    case ReportFormat::Junit:
      out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           << "<testsuites name=\"archtei validate\" tests=\"" << c.files << "\" failures=\"" << c.invalid
           << "\" errors=\"" << c.unreadable << "\">\n"
           << "  <testsuite name=\"TEI validation\" tests=\"" << c.files << "\" failures=\"" << c.invalid
           << "\" errors=\"" << c.unreadable << "\">\n"
           << junit_cases_ << "  </testsuite>\n</testsuites>\n";
      break;
  }
  out_.flush();
}

}  // namespace archtei
