// Validation reports: per-file results to text, JSON lines, JUnit XML or GitHub Actions
// annotation lines, each ending with a summary.
#include "validate/report_format.h"

#include <cstdio>

namespace archtei {
namespace {

struct Counts {
  std::size_t files = 0, valid = 0, invalid = 0, unreadable = 0, errors = 0, warnings = 0;
};

Counts count(const std::vector<FileReport>& reports) {
  Counts c;
  for (const auto& r : reports) {
    ++c.files;
    if (r.unreadable) ++c.unreadable;
    else if (r.result.valid) ++c.valid;
    else ++c.invalid;
    for (const auto& p : r.result.problems) (p.severity == Severity::Error ? c.errors : c.warnings)++;
  }
  return c;
}

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

std::string summary_line(const std::vector<FileReport>& reports) {
  Counts c = count(reports);
  std::string out = plural(c.files, "file") + ": " + std::to_string(c.valid) + " valid, " +
                    std::to_string(c.invalid) + " invalid";
  if (c.unreadable) out += ", " + std::to_string(c.unreadable) + " unreadable";
  out += " (" + plural(c.errors, "error") + ", " + plural(c.warnings, "warning") + ')';
  return out;
}

std::string format_report(const std::vector<FileReport>& reports, ReportFormat format) {
  std::string out;
  Counts c = count(reports);
  switch (format) {
    case ReportFormat::Text:
      for (const auto& r : reports)
        for (const auto& p : r.result.problems) out += format_diagnostic(p) + '\n';
      out += summary_line(reports) + '\n';
      break;
    case ReportFormat::Json:
      for (const auto& r : reports)
        for (const auto& p : r.result.problems) {
          out += "{\"file\":" + json_string(p.file.empty() ? r.file : p.file);
          out += ",\"line\":" + std::to_string(p.pos.line) + ",\"column\":" + std::to_string(p.pos.column);
          out += ",\"severity\":\"" + std::string(severity_name(p.severity)) + '"';
          out += ",\"rule\":" + json_string(p.code) + ",\"message\":" + json_string(p.message) + "}\n";
        }
      out += "{\"summary\":{\"files\":" + std::to_string(c.files) + ",\"valid\":" + std::to_string(c.valid) +
             ",\"invalid\":" + std::to_string(c.invalid) + ",\"unreadable\":" + std::to_string(c.unreadable) +
             ",\"errors\":" + std::to_string(c.errors) + ",\"warnings\":" + std::to_string(c.warnings) + "}}\n";
      break;
    case ReportFormat::Junit: {
      out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
      out += "<testsuites name=\"archtei validate\" tests=\"" + std::to_string(c.files) + "\" failures=\"" +
             std::to_string(c.invalid) + "\" errors=\"" + std::to_string(c.unreadable) + "\">\n";
      out += "  <testsuite name=\"TEI validation\" tests=\"" + std::to_string(c.files) + "\" failures=\"" +
             std::to_string(c.invalid) + "\" errors=\"" + std::to_string(c.unreadable) + "\">\n";
      for (const auto& r : reports) {
        out += "    <testcase classname=\"validate\" name=\"" + xml_escape(r.file) + "\"";
        if (r.result.valid && !r.unreadable && r.result.problems.empty()) {
          out += "/>\n";
          continue;
        }
        out += ">\n";
        std::string lines;
        for (const auto& p : r.result.problems) lines += format_diagnostic(p) + '\n';
        if (r.unreadable)
          out += "      <error message=\"unreadable\">" + xml_escape(lines) + "</error>\n";
        else if (!r.result.valid)
          out += "      <failure message=\"" + xml_escape(plural(r.result.problems.size(), "problem")) + "\">" +
                 xml_escape(lines) + "</failure>\n";
        else
          out += "      <system-out>" + xml_escape(lines) + "</system-out>\n";
        out += "    </testcase>\n";
      }
      out += "  </testsuite>\n</testsuites>\n";
      break;
    }
    case ReportFormat::Github:
      for (const auto& r : reports)
        for (const auto& p : r.result.problems) {
          out += "::" + std::string(severity_name(p.severity)) + " file=" +
                 github_escape(p.file.empty() ? r.file : p.file, true);
          if (p.pos.line) out += ",line=" + std::to_string(p.pos.line);
          if (p.pos.column) out += ",col=" + std::to_string(p.pos.column);
          if (!p.code.empty()) out += ",title=" + github_escape(p.code, true);
          out += "::" + github_escape(p.message, false) + '\n';
        }
      out += summary_line(reports) + '\n';
      break;
  }
  return out;
}

}  // namespace archtei
