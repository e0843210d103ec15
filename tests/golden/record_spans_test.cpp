// Source spans over every fixture: each value of the record has spans (`inspect --spans
// --json`'s "spans" object, keyed like the record), and the text of each span holds the value.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "jsonld/record_json.h"
#include "model/language_names.h"
#include "support/test_files.h"
#include "text/archive_table.h"
#include "text/date_parser.h"
#include "text/language_id.h"
#include "text/record_spans.h"
#include "text/source_text.h"
#include "text/text_reader.h"

namespace archtei {
namespace {

using nlohmann::json;

// Values with no span yet, as "case: path", one a line in record_span_gaps.txt (the browser
// test reads it too). The test fails when one of them gets a span, so the list stays exact.
std::set<std::string> known_gaps() {
  std::set<std::string> gaps;
  std::istringstream lines(testing::read_file(std::string(ARCHTEI_SOURCE_DIR) + "/tests/golden/record_span_gaps.txt"));
  for (std::string line; std::getline(lines, line);)
    if (!line.empty() && line.front() != '#') gaps.insert(line);
  return gaps;
}

// For comparing: ASCII lower case, with every white-space character (spaces, line ends,
// no-break spaces, □ marks) taken out, so "S H T Y K O V" holds "SHTYKOV".
std::string squeezed(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { ++i; continue; }
    if (s.substr(i).starts_with("\xE2\x96\xA1")) { i += 2; continue; }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// Whether `text` writes the archive `acronym`: the acronym or a spelling of it in the
// archive table ("National Archives" for NARA).
bool spells_archive(std::string_view text, const std::string& acronym) {
  if (squeezed(text).find(squeezed(acronym)) != std::string::npos) return true;
  for (const text::ArchiveEntry& entry : text::archive_entries())
    if (entry.acronym == acronym)
      for (const std::string& spelling : entry.spellings)
        if (squeezed(text).find(squeezed(spelling)) != std::string::npos) return true;
  return false;
}

struct Checker {
  std::string input;
  std::set<std::string> missing;
  std::vector<std::string> wrong;

  // Line and column of a byte offset, counted as the spans count them.
  std::pair<std::size_t, std::size_t> position(std::size_t offset) const {
    std::size_t line = 1, start = 0;
    for (std::size_t i = 0; i < offset; ++i)
      if (input[i] == '\n' || (input[i] == '\r' && (i + 1 >= input.size() || input[i + 1] != '\n'))) {
        ++line;
        start = i + 1;
      }
    return {line, offset - start + 1};
  }

  // Whether the span's text is where `value` of `field` can come from.
  bool holds(const std::string& field, const std::string& value, std::string_view text, const json& reference) const {
    if (field == "date") return find_date(text).iso == value;
    if (field == "warnings") {
      std::string subject = warning_subject(value);
      std::size_t colon = subject.rfind(": ");
      return squeezed(text).find(squeezed(subject)) != std::string::npos ||
             (colon != std::string::npos && squeezed(text).find(squeezed(subject.substr(colon + 2))) != std::string::npos);
    }
    if (squeezed(text).find(squeezed(value)) != std::string::npos) return true;
    // Normalised and derived values: an archive's acronym is read from any of its spellings,
    // its full name from its acronym, an unstated original language from the letters of the
    // text written in it.
    if (field == "archive") return spells_archive(text, value);
    if (field == "archive_name" && reference.is_object() && reference["archive"].is_string())
      return spells_archive(text, reference["archive"].get<std::string>());
    if (field == "original_languages") return language_name(identify_language(text).tag) == value;
    return false;
  }

  std::string joined_text(const json& spans) const {
    std::string out;
    for (const json& s : spans) out += input.substr(s["offset"].get<std::size_t>(), s["length"].get<std::size_t>());
    return out;
  }

  void check(const std::string& path, const std::string& field, const json& value, const json& spans,
             const json& reference = nullptr) {
    if (!value.is_string()) return;
    if (!spans.is_array() || spans.empty()) {
      missing.insert(path);
      return;
    }
    for (const json& s : spans) {
      std::size_t offset = s["offset"], length = s["length"];
      if (offset + length > input.size() || length == 0) {
        wrong.push_back(path + ": span outside the input");
        continue;
      }
      auto [line, column] = position(offset);
      auto [end_line, end_column] = position(offset + length - 1);
      if (s["line"] != line || s["column"] != column || s["end_line"] != end_line || s["end_column"] != end_column)
        wrong.push_back(path + ": line and column do not match the offset");
      std::string_view text = std::string_view(input).substr(offset, length);
      // A credit role shared by two credits is read word by word: its spans hold it together.
      if (field == "role" && spans.size() > 1 && squeezed(joined_text(spans)).find(squeezed(value.get<std::string>())) != std::string::npos)
        continue;
      if (!holds(field, value.get<std::string>(), text, reference))
        wrong.push_back(path + ": span text \"" + std::string(text) + "\" does not hold " + value.dump());
    }
  }
};

class RecordSpans : public ::testing::TestWithParam<std::string> {};

TEST_P(RecordSpans, EveryValueHasSpansThatHoldIt) {
  Checker c;
  c.input = decode_text(testing::read_file(testing::fixture_input(GetParam())), "", "input.txt").text;
  Diagnostics diags("input.txt");
  Document doc = read_text_traced(c.input, "input.txt", diags);
  const json out = json::parse(write_record_json(doc.metadata, doc.spans));
  ASSERT_TRUE(out["spans"].is_object());
  const json& spans = out["spans"];
  for (auto it = out.begin(); it != out.end(); ++it) {
    const std::string key = it.key();
    if (key == "file" || key == "spans") continue;
    ASSERT_TRUE(spans.contains(key)) << "spans has no key " << key;
    const json& value = it.value();
    if (!value.is_array()) {
      c.check(key, key, value, spans[key]);
      continue;
    }
    ASSERT_EQ(spans[key].size(), value.size()) << key << ": spans are not parallel to the values";
    for (std::size_t i = 0; i < value.size(); ++i) {
      const std::string at = key + "[" + std::to_string(i) + "]";
      if (value[i].is_object())
        for (auto part = value[i].begin(); part != value[i].end(); ++part)
          c.check(at + "." + part.key(), part.key(), part.value(), spans[key][i][part.key()], value[i]);
      else
        c.check(at, key, value[i], spans[key][i]);
    }
  }
  std::set<std::string> known;
  for (const std::string& gap : known_gaps())
    if (gap.starts_with(GetParam() + ": ")) known.insert(gap.substr(GetParam().size() + 2));
  EXPECT_EQ(c.missing, known) << GetParam() << ": values without a span differ from the known gaps";
  for (const std::string& w : c.wrong) ADD_FAILURE() << GetParam() << ": " << w;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RecordSpans, ::testing::ValuesIn(testing::fixture_cases()),
                         testing::fixture_test_name);

}  // namespace
}  // namespace archtei
