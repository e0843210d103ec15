// archtei over the real pages of ../shared/wcda-pages/ against the records a person wrote for
// them in fixtures/real/: precision, recall and F1 per field and overall, the share of pages
// whose whole record is right, and for every page a valid TEI with every word of the
// document's text in its body.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>

#include "jsonld/record_json.h"
#include "support/real_pages.h"
#include "support/test_files.h"
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
constexpr double kMinPrecision = 0.0;
constexpr double kMinRecall = 0.0;
constexpr double kMinF1 = 0.0;
constexpr double kMinExactShare = 0.0;

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

}  // namespace
}  // namespace archtei
