// Properties of every fixture's TEI: every word of the document's text (the input less the
// lines a person marked as chrome or metadata in nonbody.txt) reaches the TEI body in order,
// and no line of page chrome reaches the TEI at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/body_words.h"
#include "support/nonbody_marks.h"
#include "support/test_files.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "text/text_reader.h"

namespace archtei {
namespace {

using testing::fixture_cases;
using testing::fixture_path;
using testing::read_file;

// The document's own text: input.txt without the lines (or pieces of a line) that a person
// marked in nonbody.txt as page chrome or metadata. See fixtures/README.md for the format.
std::string body_text_of_input(const std::string& name) {
  const std::filesystem::path marks_file = fixture_path(name) / "nonbody.txt";
  if (!std::filesystem::exists(marks_file)) {
    ADD_FAILURE() << name << ": no nonbody.txt marking the lines that are not the document's text";
    return {};
  }
  try {
    return testing::without_bracket_labels(testing::text_outside_marks(
        read_file(testing::fixture_input(name)), testing::read_nonbody_marks(read_file(marks_file))));
  } catch (const std::exception& e) {
    ADD_FAILURE() << name << ": nonbody.txt: " << e.what();
    return {};
  }
}

class BodyWords : public ::testing::TestWithParam<std::string> {};

TEST_P(BodyWords, EveryWordOfTheTextReachesTheBodyInOrder) {
  const std::string input = read_file(testing::fixture_input(GetParam()));
  const std::string text = body_text_of_input(GetParam());
  ASSERT_FALSE(testing::words_of(text).empty()) << GetParam() << ": nonbody.txt marks every line";

  Diagnostics diags;
  const std::string tei = write_tei(read_text(input, "input.txt", diags), diags);
  XmlDocument tree = parse_xml(tei, "out.tei.xml");
  std::string body_text;
  for (const auto& n : tree.children)
    if (const XmlNode* t = testing::find_element(n, "text")) testing::collect_body_text(*t, body_text);

  std::string rest;
  const std::string differs = testing::compare_words(testing::words_of(text), testing::words_of(body_text), &rest);
  if (differs.starts_with("+"))
    ADD_FAILURE() << GetParam() << ": the body has words the text does not: '" << rest << "'";
  else
    EXPECT_EQ(differs, "") << GetParam() << ": input word '" << differs << "' not found in order; body continues with '"
                           << rest << "'";
}

TEST_P(BodyWords, NoPageChromeReachesTheTei) {
  const std::string input = read_file(testing::fixture_input(GetParam()));
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
