// List markers, sequences and enumerations run into one paragraph.
#include <gtest/gtest.h>

#include "text/list_detector.h"

namespace archtei {
namespace {

ListLabel label_of(const char* s) {
  ListLabel l;
  EXPECT_TRUE(read_list_label(s, l)) << s;
  return l;
}

TEST(ListDetector, SequencesContinue) {
  EXPECT_TRUE(continues_list(label_of("1. a"), label_of("2. b")));
  EXPECT_TRUE(continues_list(label_of("a) x"), label_of("b) y")));
  EXPECT_TRUE(continues_list(label_of("(1) x"), label_of("(2) y")));
  EXPECT_TRUE(continues_list(label_of("- x"), label_of("- y")));
  EXPECT_FALSE(continues_list(label_of("1. a"), label_of("3. c")));
  EXPECT_FALSE(continues_list(label_of("1. a"), label_of("2) b")));
  EXPECT_FALSE(continues_list(label_of("1. a"), label_of("- b")));
}

TEST(ListDetector, InlineEnumeration) {
  std::string text = "1. Regarding the budget for 1950. 2. Regarding the criminal code. 3. Regarding the plan in 1949.";
  auto items = inline_enumeration(text);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0], (std::pair<std::string, std::size_t>{"1.", 0}));
  EXPECT_EQ(text.substr(items[1].second, 13), "2. Regarding ");
  EXPECT_EQ(text.substr(items[2].second, 13), "3. Regarding ");
}

TEST(ListDetector, NoEnumerationWithoutASecondItem) {
  EXPECT_TRUE(inline_enumeration("1. Regarding the budget for 1950 and 2 other things.").empty());
  EXPECT_TRUE(inline_enumeration("In 1950. 2. Regarding").empty());
}

}  // namespace
}  // namespace archtei
