// The real pages of ../shared/wcda-pages/ re-laid out the ways copies of one page differ —
// other line ends, blank lines doubled or filled with no-break spaces, trailing spaces, every
// line indented, no blank lines at all, lines wrapped — must give the record the page itself gives: the
// rules read layouts, not the look of the pages they were written against.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "jsonld/record_json.h"
#include "support/real_pages.h"
#include "support/test_files.h"
#include "text/text_reader.h"

namespace archtei {
namespace {

using nlohmann::json;
using testing::read_file;

// The record without the keys that name the file or hold its warnings (which cite lines).
json record_of(const std::string& text, const std::string& name) {
  Diagnostics diags(name);
  json record = json::parse(write_record_json(read_text(text, name, diags).metadata));
  record.erase("file");
  record.erase("warnings");
  return record;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
    std::string line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

bool blank(const std::string& line) {
  return line.find_first_not_of(" \t") == std::string::npos ||
         line == "\xC2\xA0";  // a line holding one no-break space
}

// Rebuilds a page line by line: `map` gives each line's replacement lines.
std::string relaid(const std::string& text, const std::function<std::vector<std::string>(const std::string&)>& map,
                   const char* eol = "\n") {
  std::string out;
  for (const std::string& line : lines_of(text))
    for (const std::string& l : map(line)) out += l + eol;
  return out;
}

struct Variant {
  const char* name;
  std::function<std::string(const std::string&)> apply;
};

const std::vector<Variant>& same_record_variants() {
  static const std::vector<Variant> variants = {
      {"CRLF line ends", [](const std::string& t) { return relaid(t, [](auto& l) { return std::vector{l}; }, "\r\n"); }},
      {"blank lines doubled",
       [](const std::string& t) {
         return relaid(t, [](auto& l) { return blank(l) ? std::vector<std::string>{"", ""} : std::vector{l}; });
       }},
      {"blank lines of one no-break space",
       [](const std::string& t) {
         return relaid(t, [](auto& l) { return std::vector<std::string>{blank(l) ? "\xC2\xA0" : l}; });
       }},
      {"trailing spaces",
       [](const std::string& t) {
         return relaid(t, [](auto& l) { return std::vector<std::string>{blank(l) ? l : l + "  "}; });
       }},
      {"every line indented",
       [](const std::string& t) {
         return relaid(t, [](auto& l) { return std::vector<std::string>{blank(l) ? l : "  " + l}; });
       }},
  };
  return variants;
}

TEST(LayoutVariants, EachRealPageGivesItsOwnRecordWhateverItsSpacing) {
  std::size_t checked = 0;
  for (const auto& page : testing::real_pages()) {
    const std::string text = read_file(page.input);
    const json expected = record_of(text, page.name + ".txt");
    for (const Variant& v : same_record_variants()) {
      SCOPED_TRACE(page.name + ", " + v.name);
      json got = record_of(v.apply(text), page.name + ".txt");
      for (const auto& [key, value] : expected.items()) EXPECT_EQ(got[key], value) << "field " << key;
      ++checked;
    }
  }
  EXPECT_GE(checked, 75u * same_record_variants().size());
}

// Runs every real page re-laid out by `relay` and checks that none fails and that at least
// `min_share` of the pages keep the record the page itself gives; prints the differing pages.
void expect_share_kept(const char* how, const std::function<std::string(const std::string&)>& relay,
                       double min_share) {
  std::size_t pages = 0, same = 0;
  std::string differing;
  for (const auto& page : testing::real_pages()) {
    const std::string text = read_file(page.input);
    const json expected = record_of(text, page.name + ".txt");
    json got;
    ASSERT_NO_THROW(got = record_of(relay(text), page.name + ".txt")) << page.name << " " << how;
    ++pages;
    if (got == expected)
      ++same;
    else
      differing += " " + page.name;
  }
  std::printf("pages: %zu, same record %s: %zu; differing:%s\n", pages, how, same, differing.c_str());
  EXPECT_GE(pages, 75u);
  EXPECT_GE(static_cast<double>(same) / static_cast<double>(pages), min_share) << how << ", differing:" << differing;
}

// Several hosts set a paragraph per line with no blank lines; the same page set that way
// loses the blank lines' help in telling head from text, so a few records may differ, but no
// page may fail, and nearly every record must stay whole.
TEST(LayoutVariants, RealPagesWithTheirBlankLinesRemovedKeepTheirRecords) {
  expect_share_kept(
      "without blank lines",
      [](const std::string& text) {
        return relaid(text, [](auto& l) { return blank(l) ? std::vector<std::string>{} : std::vector{l}; });
      },
      0.95);
}

// A line longer than `width` broken at spaces, its continuation lines indented as it is.
std::vector<std::string> wrapped_line(const std::string& line, std::size_t width) {
  if (line.size() <= width) return {line};
  const std::string indent = line.substr(0, line.find_first_not_of(' '));
  std::vector<std::string> out;
  std::string rest = line;
  while (rest.size() > width) {
    std::size_t cut = rest.rfind(' ', width);
    if (cut == std::string::npos || cut <= indent.size()) cut = rest.find(' ', width);
    if (cut == std::string::npos) break;
    out.push_back(rest.substr(0, cut));
    std::size_t next = rest.find_first_not_of(' ', cut);
    if (next == std::string::npos) {
      rest.clear();
      break;
    }
    rest = indent + rest.substr(next);
  }
  if (!rest.empty() && rest.find_first_not_of(' ') != std::string::npos) out.push_back(rest);
  return out;
}

// Copies of a page saved from a PDF or a mail wrap its lines. Pages that set blank lines
// between paragraphs keep their shape wrapped at 90 columns; a wrapped summary, citation or
// funder line must still be read as one, though a few records may differ.
TEST(LayoutVariants, RealPagesWrappedAtNinetyColumnsKeepTheirRecords) {
  expect_share_kept(
      "wrapped at 90 columns",
      [](const std::string& text) {
        const std::vector<std::string> lines = lines_of(text);
        const auto blank_lines = static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), blank));
        return blank_lines * 3 > lines.size() ? relaid(text, [](auto& l) { return wrapped_line(l, 90); }) : text;
      },
      0.88);
}

}  // namespace
}  // namespace archtei
