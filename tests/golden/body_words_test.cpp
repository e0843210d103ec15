// Properties of every fixture's TEI: the document's words all reach the TEI body in order,
// and no line of page chrome reaches the TEI at all.
#include <gtest/gtest.h>

#include <set>

#include "support/test_files.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "text/text_reader.h"

namespace archtei {
namespace {

using testing::fixture_cases;
using testing::fixture_path;
using testing::read_file;

// Lower-cased runs of letters and digits; any byte >= 0x80 counts as a letter (UTF-8).
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

// The body's words in document order. List labels and source page numbers are attributes
// in TEI (item/@n, pb/@n, note/@n), so their values count where the element stands.
void collect_text(const XmlNode& node, std::string& out) {
  if (node.kind == XmlNodeKind::Text || node.kind == XmlNodeKind::CData) out += node.value + ' ';
  if (node.kind == XmlNodeKind::Element && (node.name == "item" || node.name == "pb" || node.name == "note"))
    for (const auto& a : node.attributes)
      if (a.name == "n") out += a.value + ' ';
  for (const auto& c : node.children) collect_text(c, out);
}

const XmlNode* find_element(const XmlNode& node, std::string_view name) {
  if (node.kind == XmlNodeKind::Element && node.name == name) return &node;
  for (const auto& c : node.children)
    if (const XmlNode* f = find_element(c, name)) return f;
  return nullptr;
}

// Bracket labels the TEI says with an element instead of words ([handwritten: ...] -> add).
const std::set<std::string> kLabelWords = {"handwritten", "inserted", "added", "by", "hand",
                                           "illegible", "stamp", "sic"};

class BodyWords : public ::testing::TestWithParam<std::string> {};

TEST_P(BodyWords, EveryWordOfTheTextReachesTheBodyInOrder) {
  const std::string input = read_file(fixture_path(GetParam()) / "input.txt");
  Diagnostics diags;
  std::string text;
  for (const auto& l : read_page(input, "input.txt", diags).text_lines) text += l.text + '\n';

  const std::string tei = write_tei(read_text(input, "input.txt", diags), diags);
  XmlDocument tree = parse_xml(tei, "out.tei.xml");
  std::string body_text;
  for (const auto& n : tree.children)
    if (const XmlNode* t = find_element(n, "text")) collect_text(*t, body_text);

  // The body's words run together, so a word broken across lines in the input
  // ("communiqu" / "é") matches its mended form.
  std::string stream;
  for (const auto& w : words(body_text)) stream += w;
  std::size_t at = 0;
  for (const auto& w : words(text)) {
    if (stream.compare(at, w.size(), w) == 0) { at += w.size(); continue; }
    if (kLabelWords.count(w)) continue;
    FAIL() << GetParam() << ": input word '" << w << "' not found in order; body continues with '"
           << stream.substr(at, 60) << "'";
  }
  EXPECT_EQ(at, stream.size()) << GetParam() << ": the body has words the text does not: '"
                               << stream.substr(at, 80) << "'";
}

TEST_P(BodyWords, NoPageChromeReachesTheTei) {
  const std::string input = read_file(fixture_path(GetParam()) / "input.txt");
  Diagnostics diags;
  const std::string tei = write_tei(read_text(input, "input.txt", diags), diags);
  for (const char* chrome : {"get citation", "share document", "English HTML", "Search in",
                             "Go to Sources &amp; Methods", "About Digital Archive", "Primary Footer Nav",
                             "Secondary Footer Nav", "Contact Us", "Skip to content", "**Wilson",
                             "One Woodrow Wilson Plaza", "About the Archive", "About the Program",
                             "[image:", "International History Declassified"})
    EXPECT_EQ(tei.find(chrome), std::string::npos) << GetParam() << ": chrome '" << chrome << "' in the TEI";
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BodyWords, ::testing::ValuesIn(fixture_cases()),
                         testing::fixture_test_name);

}  // namespace
}  // namespace archtei
