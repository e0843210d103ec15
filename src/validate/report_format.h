// Validation reports: per-file results to text, JSON lines, JUnit XML or GitHub Actions
// annotation lines, each ending with a summary.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "validate/validator.h"

namespace archtei {

enum class ReportFormat { Text, Json, Junit, Github };

/// "text", "json", "junit", "github"; nullopt for anything else.
std::optional<ReportFormat> parse_report_format(std::string_view name);

/// One validated file: its path and outcome (or the I/O error that stopped it).
struct FileReport {
  std::string file;
  ValidationResult result;
  bool unreadable = false;  ///< result.problems holds the I/O error
};

/// Writes the reports. Text: compiler-style lines then a summary line. Json: one object per
/// problem, then one {"summary": ...} object. Junit: one testsuite, one testcase per file.
/// Github: `::error file=...,line=...,col=...,title=...::message` lines, then the summary.
std::string format_report(const std::vector<FileReport>& reports, ReportFormat format);

/// "3 files: 2 valid, 1 invalid (4 errors, 1 warning)".
std::string summary_line(const std::vector<FileReport>& reports);

}  // namespace archtei
