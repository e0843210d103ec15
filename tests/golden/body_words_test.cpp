// Properties of every fixture's TEI: every word of the document's text (the input less the
// lines a person marked as chrome or metadata in nonbody.txt) reaches the TEI body in order,
// and no line of page chrome reaches the TEI at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

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

// Editorial labels at the start of a bracket that the TEI says with an element rather than in
// words ("[handwritten: Agree]" -> <add type="handwritten">Agree</add>, "[illegible]" -> <gap
// reason="illegible"/>). Only there do they leave the text; anywhere else they are words.
const std::vector<std::string> kBracketLabels = {"handwritten:", "inserted by hand:", "added by hand:", "stamp:",
                                                 "illegible"};

std::string without_bracket_labels(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] != '[') continue;
    for (const auto& label : kBracketLabels) {
      if (i + 1 + label.size() > text.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < label.size() && same; ++k)
        same = std::tolower(static_cast<unsigned char>(text[i + 1 + k])) == label[k];
      if (same) {
        i += label.size();
        break;
      }
    }
  }
  return out;
}

// The document's own text: input.txt without the lines (or pieces of a line) that a person
// marked in nonbody.txt as page chrome or metadata. See fixtures/README.md for the format.
std::string body_text_of_input(const std::string& name) {
  std::string input = read_file(fixture_path(name) / "input.txt");
  if (input.starts_with("\xEF\xBB\xBF")) input.erase(0, 3);
  // Indentation runs (U+25A1) and no-break spaces are layout, not letters.
  for (const std::string space : {"\xE2\x96\xA1", "\xC2\xA0"})
    for (std::size_t at; (at = input.find(space)) != std::string::npos;) input.replace(at, space.size(), " ");
  std::vector<std::string> lines;
  std::istringstream in(input);
  for (std::string line; std::getline(in, line);) {
    if (line.ends_with('\r')) line.pop_back();
    lines.push_back(line);
  }
  const std::filesystem::path marks_file = fixture_path(name) / "nonbody.txt";
  if (!std::filesystem::exists(marks_file)) {
    ADD_FAILURE() << name << ": no nonbody.txt marking the lines that are not the document's text";
    return {};
  }
  std::vector<bool> body(lines.size(), true);
  std::istringstream marks(read_file(marks_file));
  for (std::string mark; std::getline(marks, mark);) {
    if (mark.empty() || mark[0] == '#') continue;
    std::size_t first = 0, last = 0, used = 0;
    try {
      first = last = std::stoul(mark, &used);
      if (used < mark.size() && mark[used] == '-') {
        std::size_t more = 0;
        last = std::stoul(mark.substr(used + 1), &more);
        used += 1 + more;
      }
    } catch (const std::exception&) {
      ADD_FAILURE() << name << ": nonbody.txt: not a line number: '" << mark << "'";
      continue;
    }
    if (first < 1 || last < first || last > lines.size()) {
      ADD_FAILURE() << name << ": nonbody.txt: no lines " << mark.substr(0, used) << " in input.txt";
      continue;
    }
    const std::string rest = mark.substr(used);
    if (rest.starts_with(": ")) {  // a piece of one line
      const std::string piece = rest.substr(2);
      std::size_t at = lines[first - 1].find(piece);
      if (first != last || piece.empty() || at == std::string::npos) {
        ADD_FAILURE() << name << ": nonbody.txt: line " << first << " has no '" << piece << "'";
        continue;
      }
      lines[first - 1].replace(at, piece.size(), "\n");
    } else if (rest.empty() || rest.starts_with(" ") || rest.starts_with("\t")) {  // whole lines, then a comment
      for (std::size_t l = first; l <= last; ++l) body[l - 1] = false;
    } else {
      ADD_FAILURE() << name << ": nonbody.txt: cannot read '" << mark << "'";
    }
  }
  std::string text;
  for (std::size_t l = 0; l < lines.size(); ++l)
    if (body[l]) text += lines[l] + '\n';
  return without_bracket_labels(text);
}

class BodyWords : public ::testing::TestWithParam<std::string> {};

TEST_P(BodyWords, EveryWordOfTheTextReachesTheBodyInOrder) {
  const std::string input = read_file(fixture_path(GetParam()) / "input.txt");
  const std::string text = body_text_of_input(GetParam());
  ASSERT_FALSE(words(text).empty()) << GetParam() << ": nonbody.txt marks every line";

  Diagnostics diags;
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
    if (stream.compare(at, w.size(), w) == 0) {
      at += w.size();
      continue;
    }
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
