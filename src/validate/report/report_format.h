// Validation reports: per-file results to text, JSON lines, JUnit XML or GitHub Actions
// annotation lines, each ending with a summary.
#pragma once

#include <optional>
#include <ostream>
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

/// Writes validation reports as files finish, in one format. Text: compiler-style lines,
/// then a summary line. Json: one object per problem, then one {"summary": ...} object.
/// Junit: one testsuite, one testcase per file (the document is written by finish(), as
/// its totals come first). Github: `::error file=...,line=...,col=...,title=...::message`
/// lines, then the summary line.
class ReportWriter {
 public:
  ReportWriter(std::ostream& out, ReportFormat format) : out_(out), format_(format) {}

  /// One file's problems.
  void add(const FileReport& report);
  /// The summary (and, for JUnit, the whole document); flushes.
  void finish();

  std::size_t invalid() const { return counts_.invalid; }
  std::size_t unreadable() const { return counts_.unreadable; }
  /// "3 files: 2 valid, 1 invalid (4 errors, 1 warning)".
  std::string summary_line() const;

 private:
  struct Counts {
    std::size_t files = 0, valid = 0, invalid = 0, unreadable = 0, errors = 0, warnings = 0;
  };
  std::ostream& out_;
  ReportFormat format_;
  Counts counts_;
  std::string junit_cases_;
};

}  // namespace archtei
