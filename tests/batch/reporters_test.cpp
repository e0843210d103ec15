// The console reporter and the JSON-lines log.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "batch/console_reporter.h"
#include "batch/json_log.h"
#include "batch/temp_dir.h"

namespace archtei::batch {
namespace {

ItemResult failed(const std::string& file) {
  ItemResult r;
  r.status = ItemStatus::Failed;
  r.diagnostics = {Diagnostic{Severity::Error, file, {3, 7}, "invalid UTF-8 byte 0xff", "invalid-utf8"}};
  return r;
}

ItemResult warned(const std::string& file) {
  ItemResult r;
  r.diagnostics = {Diagnostic{Severity::Warning, file, {}, "no date", "no-date"}};
  return r;
}

BatchSummary summary_of(std::size_t ok, std::size_t failed_count) {
  BatchSummary s;
  s.total = ok + failed_count;
  s.ok = ok;
  s.failed = failed_count;
  s.warnings = 1;
  s.elapsed = std::chrono::seconds(2);
  return s;
}

TEST(ConsoleReporter, WithoutATerminalPrintsErrorsAndTheSummaryOnly) {
  std::ostringstream out;
  ConsoleReporter r(out, ConsoleOptions{false, false, false, "converted"});
  r.start(3);
  r.item_done(0, InputFile{"a.txt", "a.txt"}, ItemResult{});
  r.item_done(1, InputFile{"b.txt", "b.txt"}, failed("b.txt"));
  r.item_done(2, InputFile{"c.txt", "c.txt"}, warned("c.txt"));
  r.finish(summary_of(2, 1));
  EXPECT_EQ(out.str(),
            "b.txt:3:7: error: invalid UTF-8 byte 0xff [invalid-utf8]\n"
            "converted 2 of 3 files in 2.0 s (2 files/s): 1 failed, 0 invalid, 0 unchanged, 1 warnings\n");
}

TEST(ConsoleReporter, WarningsOnRequest) {
  std::ostringstream out;
  ConsoleReporter r(out, ConsoleOptions{false, false, true, "converted"});
  r.start(1);
  r.item_done(0, InputFile{"c.txt", "c.txt"}, warned("c.txt"));
  EXPECT_EQ(out.str(), "c.txt: warning: no date [no-date]\n");
}

TEST(ConsoleReporter, AnInvalidResultWithoutDiagnosticsStillGetsALine) {
  std::ostringstream out;
  ConsoleReporter r(out, ConsoleOptions{false, true, false, "validated"});
  ItemResult invalid;
  invalid.status = ItemStatus::Invalid;
  invalid.detail = "first difference at /TEI/text";
  r.start(1);
  r.item_done(0, InputFile{"x.xml", "x.xml"}, invalid);
  EXPECT_EQ(out.str(), "x.xml: error: first difference at /TEI/text [invalid]\n");
}

TEST(ConsoleReporter, OnATerminalDrawsABarAndClearsItForMessages) {
  std::ostringstream out;
  ConsoleReporter r(out, ConsoleOptions{true, false, false, "converted"});
  r.start(2);
  r.item_done(0, InputFile{"b.txt", "b.txt"}, failed("b.txt"));
  r.item_done(1, InputFile{"a.txt", "a.txt"}, ItemResult{});
  r.finish(summary_of(1, 1));
  std::string s = out.str();
  EXPECT_NE(s.find("] 0/2   0%"), std::string::npos) << s;
  EXPECT_NE(s.find("\r\x1b[Kb.txt:3:7: error:"), std::string::npos) << s;
  EXPECT_NE(s.find("] 2/2 100%"), std::string::npos) << s;
  EXPECT_NE(s.find("1 failed\x1b[K"), std::string::npos) << s;
  EXPECT_TRUE(s.ends_with("\r\x1b[Kconverted 1 of 2 files in 2.0 s (1 files/s): 1 failed, 0 invalid, 0 unchanged, 1 warnings\n"))
      << s;
}

TEST(FormatSummary, MentionsAnInterruption) {
  BatchSummary s = summary_of(5, 0);
  s.total = 10;
  s.interrupted = true;
  s.not_started = 5;
  EXPECT_EQ(format_summary(s, "converted"),
            "converted 5 of 10 files in 2.0 s (2 files/s): 0 failed, 0 invalid, 0 unchanged, 1 warnings; "
            "interrupted, 5 not started");
}

TEST(JsonLogReporter, WritesOneObjectPerLine) {
  testing::TempDir dir;
  {
    JsonLogReporter log(dir / "run.log");
    log.start(2);
    ItemResult ok;
    ok.outputs = {{"out/a.tei.xml", "ab"}};
    ok.elapsed = std::chrono::microseconds(1500);
    log.item_done(0, InputFile{"in/a.txt", "a.txt"}, ok);
    log.item_done(1, InputFile{"in/b\"q.txt", "b.txt"}, failed("in/b\"q.txt"));
    log.finish(summary_of(1, 1));
  }
  std::ifstream in(dir / "run.log");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], R"({"event":"start","total":2})");
  EXPECT_EQ(lines[1],
            R"({"event":"item","index":0,"path":"in/a.txt","status":"ok","outputs":["out/a.tei.xml"],"diagnostics":[],"ms":1.500})");
  EXPECT_EQ(lines[2],
            R"({"event":"item","index":1,"path":"in/b\"q.txt","status":"failed","outputs":[],"diagnostics":[{"severity":"error","file":"in/b\"q.txt","line":3,"column":7,"message":"invalid UTF-8 byte 0xff","code":"invalid-utf8"}],"ms":0.000})");
  EXPECT_EQ(lines[3],
            R"({"event":"summary","total":2,"ok":1,"unchanged":0,"invalid":0,"failed":1,"not_started":0,"warnings":1,"interrupted":false,"seconds":2.000})");
}

TEST(JsonLogReporter, AnUnwritableLogIsAnIoError) {
  EXPECT_THROW(JsonLogReporter("/nonexistent-dir/x/run.log"), Error);
}

}  // namespace
}  // namespace archtei::batch
