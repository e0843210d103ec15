// archtei over the real pages of ../shared/wcda-pages/ against the records a person wrote for
// them in fixtures/real/: precision, recall and F1 per field and overall, the share of pages
// whose whole record is right, and for every page a valid TEI with every word of the
// document's text in its body.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "jsonld/record_json.h"
#include "support/body_words.h"
#include "support/nonbody_marks.h"
#include "support/oracle.h"
#include "support/real_pages.h"
#include "support/tei_all_validator.h"
#include "support/test_files.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "text/text_reader.h"
#include "validate/validator.h"

namespace archtei {
namespace {

using nlohmann::json;
using testing::read_file;
using testing::RealPage;
using testing::real_pages;

// The floors this corpus has reached; the test fails below them, so they only go up.
constexpr double kMinPrecision = 0.998;
constexpr double kMinRecall = 0.998;
constexpr double kMinF1 = 0.998;
constexpr double kMinExactShare = 0.98;

json record_of(const RealPage& page, Document* doc_out = nullptr) {
  Diagnostics diags(page.name + ".txt");
  Document doc = read_text(read_file(page.input), page.name + ".txt", diags);
  json record = json::parse(write_record_json(doc.metadata));
  if (doc_out) *doc_out = std::move(doc);
  return record;
}

std::string normalised(const json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : v.dump();
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The values a record gives for one field, each a string: a scalar is one value, a list one
// per item, an archival reference one per part it states ("APRF fond=45").
std::vector<std::string> values_of(const json& record, const std::string& field) {
  std::vector<std::string> out;
  const json& v = record.at(field);
  if (v.is_null()) return out;
  if (v.is_string()) {
    out.push_back(normalised(v));
  } else if (field == "archives") {
    for (const json& ref : v) {
      std::string archive = ref.at("archive").is_string() ? ref.at("archive").get<std::string>() : "?";
      for (auto it = ref.begin(); it != ref.end(); ++it)
        if (!it.value().is_null()) out.push_back(archive + " " + it.key() + "=" + normalised(it.value()));
    }
  } else if (field == "other_credits") {
    for (const json& c : v) out.push_back(normalised(c.at("role")) + ": " + normalised(c.at("name")));
  } else {
    for (const json& item : v) out.push_back(normalised(item));
  }
  return out;
}

const std::vector<std::string> kScoredFields = {
    "title", "date", "document_type", "authors", "recipients", "archives", "published_sources",
    "translators", "contributors", "editors", "other_credits", "funders", "original_languages",
    "summary", "source_url", "publisher", "signers", "speakers"};

struct Tally {
  std::size_t given = 0, expected = 0, right = 0;
  double precision() const { return given ? double(right) / given : 1.0; }
  double recall() const { return expected ? double(right) / expected : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// Right values: as many of each value as both records give.
std::size_t matches(std::vector<std::string> expected, std::vector<std::string> actual) {
  std::sort(expected.begin(), expected.end());
  std::sort(actual.begin(), actual.end());
  std::vector<std::string> common;
  std::set_intersection(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(common));
  return common.size();
}

std::string row(const std::string& name, const Tally& t) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "| %-18s | %5zu | %5zu | %5zu | %5.3f | %5.3f | %5.3f |\n", name.c_str(), t.expected,
                t.given, t.right, t.precision(), t.recall(), t.f1());
  return buf;
}

TEST(RealPages, RecordsMatchTheHandWrittenOnes) {
  const std::vector<RealPage> pages = real_pages();
  ASSERT_FALSE(pages.empty());
  std::map<std::string, Tally> per_field;
  Tally all;
  std::size_t exact = 0;
  std::string misses;
  for (const RealPage& page : pages) {
    const json expected = json::parse(read_file(page.record));
    json actual;
    try {
      actual = record_of(page);
    } catch (const std::exception& e) {
      ADD_FAILURE() << page.name << ": " << e.what();
      continue;
    }
    bool whole = true;
    for (const std::string& field : kScoredFields) {
      std::vector<std::string> e = values_of(expected, field), a = values_of(actual, field);
      Tally& t = per_field[field];
      std::size_t right = matches(e, a);
      t.expected += e.size(), t.given += a.size(), t.right += right;
      all.expected += e.size(), all.given += a.size(), all.right += right;
      if (right != e.size() || right != a.size()) {
        whole = false;
        misses += "  " + page.name + " " + field + ":\n    expected " + expected.at(field).dump() +
                  "\n    actual   " + actual.at(field).dump() + "\n";
      }
    }
    exact += whole;
  }
  std::string table = "| field | expected | given | right | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n";
  for (const std::string& field : kScoredFields) table += row(field, per_field[field]);
  table += row("all values", all);
  const double exact_share = double(exact) / pages.size();
  char summary[200];
  std::snprintf(summary, sizeof summary, "pages: %zu, whole record right: %zu (%.3f)\n", pages.size(), exact,
                exact_share);
  std::printf("%s%s", table.c_str(), summary);
  if (std::getenv("ARCHTEI_SHOW_MISSES")) std::printf("%s", misses.c_str());
  EXPECT_GE(all.precision(), kMinPrecision);
  EXPECT_GE(all.recall(), kMinRecall);
  EXPECT_GE(all.f1(), kMinF1);
  EXPECT_GE(exact_share, kMinExactShare);
}

// The lines of a table in fixtures/real/ that are neither blank nor "#" comments.
std::vector<std::string> table_rows(const std::string& name) {
  std::vector<std::string> rows;
  std::istringstream table(read_file(std::filesystem::path(ARCHTEI_FIXTURES_DIR) / "real" / name));
  for (std::string line; std::getline(table, line);)
    if (!line.empty() && line[0] != '#') rows.push_back(line);
  return rows;
}

// The pages fixtures/real/known-body-issues.txt says archtei's body is still wrong for.
std::set<std::string> known_body_issues() {
  std::set<std::string> pages;
  for (const std::string& row : table_rows("known-body-issues.txt")) pages.insert(row.substr(0, row.find('\t')));
  return pages;
}

// The TEI of every page, written once for the tests below.
const std::vector<std::pair<RealPage, std::string>>& real_page_teis() {
  static const auto teis = [] {
    std::vector<std::pair<RealPage, std::string>> out;
    for (const RealPage& page : real_pages()) {
      Diagnostics diags(page.name + ".txt");
      std::string tei;
      try {
        tei = write_tei(read_text(read_file(page.input), page.name + ".txt", diags), diags);
      } catch (const std::exception& e) {
        tei = std::string("unreadable: ") + e.what();
      }
      out.emplace_back(page, std::move(tei));
    }
    return out;
  }();
  return teis;
}

// Valid TEI, and ready for deposit by archtei's schema where the page gives a source
// (the schema asks for one; a page cut off before its source has none to give).
// The parts a page's TEI body has, as "type lang" words in order ("original zh translation
// en"): the body's <div type="original|translation">, each with its own xml:lang or the
// <text>'s.
std::string parts_of(const std::string& tei) {
  auto attribute = [](std::string_view tag, std::string_view name) -> std::string {
    std::size_t at = tag.find(" " + std::string(name) + "=\"");
    if (at == std::string_view::npos) return {};
    at += name.size() + 3;
    return std::string(tag.substr(at, tag.find('"', at) - at));
  };
  std::size_t text_at = tei.find("<text ");  // not <textClass> or <textLang>
  if (text_at == std::string::npos) text_at = tei.find("<text>");
  std::string text_lang = text_at == std::string::npos ? "" : attribute(tei.substr(text_at, tei.find('>', text_at) - text_at), "xml:lang");
  std::string parts;
  for (std::size_t at = tei.find("<div ", text_at); at != std::string::npos; at = tei.find("<div ", at + 1)) {
    std::string_view tag = std::string_view(tei).substr(at, tei.find('>', at) - at);
    std::string type = attribute(tag, "type");
    if (type != "original" && type != "translation") continue;
    std::string lang = attribute(tag, "xml:lang");
    parts += (parts.empty() ? "" : " ") + type + " " + (lang.empty() ? text_lang : lang);
  }
  return parts;
}

// Every page's text is split into the parts fixtures/real/parts.tsv gives it (an original in
// its language beside its translation, an English original alone), and the record's
// original languages agree with them.
TEST(RealPages, TextsAreSplitIntoTheirOriginalAndTranslation) {
  std::map<std::string, std::string> expected;
  for (const std::string& row : table_rows("parts.tsv")) {
    std::size_t tab = row.find('\t');
    ASSERT_NE(tab, std::string::npos) << row;
    expected[row.substr(0, tab)] = row.substr(tab + 1);
  }
  std::size_t pages = 0, with_original = 0;
  for (const RealPage& page : real_pages()) {
    SCOPED_TRACE(page.name);
    Diagnostics diags(page.name + ".txt");
    std::string tei = write_tei(read_text(read_file(page.input), page.name + ".txt", diags), diags);
    auto it = expected.find(page.name);
    const std::string want = it == expected.end() ? "translation en" : it->second;
    EXPECT_EQ(parts_of(tei), want);
    ++pages;
    with_original += want.starts_with("original");
  }
  EXPECT_GE(pages, 75u);
  EXPECT_GE(with_original, 6u);
}

TEST(RealPages, EveryTeiIsValidAgainstTeiAllAndArchteisSchema) {
  ASSERT_FALSE(real_page_teis().empty());
  for (const auto& [page, tei] : real_page_teis()) {
    const json expected = json::parse(read_file(page.record));
    const bool sourced = !expected.at("archives").empty() || !expected.at("published_sources").empty();
    std::vector<const Validator*> validators = {&testing::tei_all_validator()};
    if (sourced) validators.push_back(&testing::archtei_validator());
    for (const Validator* v : validators) {
      ValidationResult r = v->validate(tei, page.name + ".tei.xml");
      std::string problems;
      for (const auto& d : r.problems) problems += "\n  " + format_diagnostic(d);
      EXPECT_TRUE(r.valid) << page.name << problems;
    }
  }
}

TEST(RealPages, JingAcceptsEveryTeiAgainstTeiAll) {
  const auto dir = std::filesystem::temp_directory_path() / ("archtei-real-pages-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::vector<std::string> files;
  for (const auto& [page, tei] : real_page_teis()) {
    const auto path = dir / (page.name + ".tei.xml");
    testing::write_file(path, tei);
    files.push_back(path.string());
  }
  ASSERT_FALSE(files.empty());
  const std::string report = testing::jing_report(testing::tei_all_path(), files);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(report, "");
}

TEST(RealPages, EveryWordOfTheDocumentReachesTheBodyInOrder) {
  ASSERT_FALSE(real_page_teis().empty());
  const std::set<std::string> known = known_body_issues();
  std::set<std::string> failing;
  for (const auto& [page, tei] : real_page_teis()) {
    const std::string text = testing::without_bracket_labels(
        testing::text_outside_marks(read_file(page.input), testing::read_nonbody_marks(read_file(page.nonbody))));
    XmlDocument tree = parse_xml(tei, page.name + ".tei.xml");
    std::string body;
    for (const auto& n : tree.children)
      if (const XmlNode* t = testing::find_element(n, "text")) testing::collect_body_text(*t, body);
    std::string rest;
    const std::string differs = testing::compare_words(testing::words_of(text), testing::words_of(body), &rest);
    if (differs.empty()) continue;
    failing.insert(page.name);
    if (known.count(page.name)) continue;
    if (differs.starts_with("+"))
      ADD_FAILURE() << page.name << ": the body has words the document's text does not: '" << rest << "'";
    else
      ADD_FAILURE() << page.name << ": word '" << differs << "' not in the body in order; the body goes on with '" << rest
                    << "'";
  }
  for (const std::string& page : known)
    EXPECT_TRUE(failing.count(page)) << page << " now keeps every word: take it off known-body-issues.txt";
}

std::string flat_words(std::string_view text) {
  std::string flat = " ";
  for (const auto& w : testing::words_of(text)) flat += w.text + ' ';
  return flat;
}

std::size_t occurrences(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST(RealPages, NoMarkedLineReachesTheBody) {
  const std::set<std::string> known = known_body_issues();
  std::set<std::string> failing;
  for (const auto& [page, tei] : real_page_teis()) {
    const std::string input = read_file(page.input);
    const testing::NonbodyMarks marks = testing::read_nonbody_marks(read_file(page.nonbody));
    XmlDocument tree = parse_xml(tei, page.name + ".tei.xml");
    std::string body;
    for (const auto& n : tree.children)
      if (const XmlNode* t = testing::find_element(n, "text")) testing::collect_body_text(*t, body);
    const std::string flat_body = flat_words(body);
    const std::string flat_text = flat_words(testing::text_outside_marks(input, marks));
    // A marked line of some length, in the body word for word more often than the document's
    // own text says it (a title the document repeats as its heading), is chrome or metadata
    // let in.
    std::size_t number = 1, start = 0;
    while (start < input.size()) {
      std::size_t end = input.find('\n', start);
      if (end == std::string::npos) end = input.size();
      if (marks.lines.count(number)) {
        const std::string line = flat_words(input.substr(start, end - start));
        if (line.size() >= 40 && occurrences(flat_body, line) > occurrences(flat_text, line)) {
          failing.insert(page.name);
          if (!known.count(page.name)) ADD_FAILURE() << page.name << ":" << number << " is not the document's, yet in the body";
        }
      }
      start = end + 1;
      ++number;
    }
  }
  for (const std::string& page : known)
    EXPECT_TRUE(failing.count(page)) << page << " now keeps its chrome out: take it off known-body-issues.txt";
}

}  // namespace
}  // namespace archtei
