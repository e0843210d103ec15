// The page chrome table: breadcrumb trails and navigation lines never reach the text or
// the title.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/page_layout.h"
#include "text/source_text.h"

namespace archtei {
namespace {

struct BreadcrumbCase {
  const char* line;
  bool chrome;
};

class BreadcrumbCases : public ::testing::TestWithParam<BreadcrumbCase> {};

TEST_P(BreadcrumbCases, BreadcrumbTrailsAreChrome) {
  const BreadcrumbCase& c = GetParam();
  std::string page = std::string(c.line) +
                     "\n\nMarch 5, 1953\n\nCable from the Polish Embassy in Moscow on Stalin's Funeral\n\n"
                     "Today at 21:50 Moscow time the death of Comrade Stalin was announced.\n";
  PageRegions r = split_page(split_source_lines(page, "t.txt"));
  bool in_text = false;
  for (const SourceLine& l : r.text_lines) in_text = in_text || l.text == c.line;
  EXPECT_EQ(!in_text && r.title_line != c.line && r.date_line != c.line, c.chrome) << c.line;
}

INSTANTIATE_TEST_SUITE_P(
    Breadcrumbs, BreadcrumbCases,
    ::testing::Values(BreadcrumbCase{"Home \xE2\x80\xBA Collections \xE2\x80\xBA Poland in the Cold War", true},
                      BreadcrumbCase{"Home \xC2\xBB Collections \xC2\xBB Korean War", true},
                      BreadcrumbCase{"Home / Collections / Sino-Soviet Relations", true},
                      BreadcrumbCase{"Home > Documents > Cable", true},
                      BreadcrumbCase{"Home | Collections", true},
                      BreadcrumbCase{"Collections \xE2\x80\xBA Poland in the Cold War", true},
                      BreadcrumbCase{"Homeland and people were the subject of the talk.", false}));

struct SectionCase {
  const char* name;
  const char* after_source;  ///< what the page holds after its Source block
  bool listed_lines_are_chrome;
};

class SectionCases : public ::testing::TestWithParam<SectionCase> {};

// "Related Documents" heads a list of other documents' dates and titles: page furniture,
// neither text nor unplaced page text. Lines that read as sentences are never dropped.
TEST_P(SectionCases, RelatedDocumentsListIsChrome) {
  const SectionCase& c = GetParam();
  std::string page = std::string("March 5, 1953\n\nCable from the Polish Embassy in Moscow on Stalin's Funeral\n\n") +
                     "English HTML\n\nToday the death of Comrade Stalin was announced. The city is calm.\n\n"
                     "Michalowski\n\nDocument Information\n\nSource\n\nAAN, KC PZPR, sygn. 237/XXII-345, k. 12-13.\n\n" +
                     c.after_source;
  PageRegions r = split_page(split_source_lines(page, "t.txt"));
  std::vector<std::string> text;
  for (const SourceLine& l : r.text_lines) text.push_back(l.text);
  EXPECT_EQ(text, (std::vector<std::string>{"Today the death of Comrade Stalin was announced. The city is calm.", "",
                                            "Michalowski"}))
      << c.name;
  bool listed_kept = false;
  for (const LabelledField& f : r.fields) listed_kept = listed_kept || f.value.find("March 6, 1953") != std::string::npos;
  EXPECT_EQ(!listed_kept, c.listed_lines_are_chrome) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Sections, SectionCases,
    ::testing::Values(SectionCase{"dates and titles",
                                  "Related Documents\n\nMarch 6, 1953\nCable from the Polish Embassy in Moscow\n\n"
                                  "March 9, 1953\nNote on the Funeral of Stalin\n\nBack to top\n",
                                  true},
                      SectionCase{"up to the next label",
                                  "Related Documents\n\nMarch 6, 1953\nCable from the Polish Embassy in Moscow\n\n"
                                  "Original Language\n\nPolish\n",
                                  true},
                      SectionCase{"a sentence under the heading keeps the list",
                                  "Related Documents\n\nMarch 6, 1953\n"
                                  "The embassy reports on the funeral and the mood in the city.\n",
                                  false}));

}  // namespace
}  // namespace archtei
