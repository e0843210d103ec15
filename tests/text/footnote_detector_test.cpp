// Footnote markers opening notes and standing in the text as references.
#include <gtest/gtest.h>

#include <string>

#include "text/footnote_detector.h"

namespace archtei {
namespace {

struct NoteMarkerCase {
  const char* input;
  const char* marker;  ///< empty when the text opens no note
  std::size_t rest;
};

class NoteMarkerCases : public ::testing::TestWithParam<NoteMarkerCase> {};

TEST_P(NoteMarkerCases, ReadsTheMarkerOpeningANote) {
  const NoteMarkerCase& c = GetParam();
  std::size_t rest = 0;
  EXPECT_EQ(footnote_marker_at_start(c.input, &rest), c.marker) << c.input;
  if (*c.marker) EXPECT_EQ(rest, c.rest) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Markers, NoteMarkerCases,
    ::testing::Values(NoteMarkerCase{"x/ Pseudonym of I. V. Stalin.", "x/", 3},
                      NoteMarkerCase{"1/ The date is uncertain.", "1/", 3},
                      NoteMarkerCase{"* Crossed out in the original.", "*", 2},
                      NoteMarkerCase{"[2] Of these, 12 were armed.", "[2]", 4},
                      NoteMarkerCase{"1 The KWP CC plenum did not discuss it.", "1", 2},
                      NoteMarkerCase{"12 \"Kulloja\" is the party's journal.", "12", 3},
                      NoteMarkerCase{"1 copy to the archive.", "", 0},
                      NoteMarkerCase{"1950 The year began.", "", 0},
                      NoteMarkerCase{"01 The note.", "", 0},
                      NoteMarkerCase{"The note 1.", "", 0}));

struct ReferenceCase {
  const char* text;
  const char* marker;
  bool referenced;
};

class NoteReferenceCases : public ::testing::TestWithParam<ReferenceCase> {};

TEST_P(NoteReferenceCases, FindsReferences) {
  const ReferenceCase& c = GetParam();
  EXPECT_EQ(has_footnote_reference(c.text, c.marker), c.referenced) << c.text << " / " << c.marker;
}

INSTANTIATE_TEST_SUITE_P(
    References, NoteReferenceCases,
    ::testing::Values(ReferenceCase{"to comrade Filippov [Stalin].x/", "x/", true},
                      ReferenceCase{"and/or", "x/", false},
                      ReferenceCase{"the cult of personality.1", "1", true},
                      ReferenceCase{"printed in full.2 Articles appeared", "2", true},
                      ReferenceCase{"the \"Kulloja\"3 journal", "3", true},
                      ReferenceCase{"Stalin1 wrote", "1", true},
                      ReferenceCase{"in point 1 of the plan", "1", false},
                      ReferenceCase{"on 13.1.51 he came", "1", false},
                      ReferenceCase{"see No.1 and f.1", "1", false},
                      ReferenceCase{"item 12 and 21", "1", false},
                      ReferenceCase{"the 1st division", "1", false}));

TEST(FootnoteDetector, BareNumbersAreTheirOwnKind) {
  EXPECT_TRUE(is_bare_number_marker("1"));
  EXPECT_TRUE(is_bare_number_marker("12"));
  EXPECT_FALSE(is_bare_number_marker("1/"));
  EXPECT_FALSE(is_bare_number_marker("[1]"));
  EXPECT_FALSE(is_bare_number_marker("x/"));
}

}  // namespace
}  // namespace archtei
