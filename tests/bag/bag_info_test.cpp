// bag-info.txt: elements, continuation lines, --bag-info arguments, Payload-Oxum and dates.
#include <gtest/gtest.h>

#include "bag/bag_info.h"
#include "model/diagnostics.h"

namespace archtei::bag {
namespace {

TEST(BagInfo, ReadsElementsAndContinuationLines) {
  auto lines = parse_bag_info("Source-Organization: Wilson Center\nExternal-Description: A long\n  description\n"
                              "\tover three lines\nno colon here\nContact-Name:  A. Person \r\n");
  EXPECT_EQ(lines, (std::vector<BagInfoLine>{{"Source-Organization", "Wilson Center"},
                                             {"External-Description", "A long description over three lines"},
                                             {"Contact-Name", "A. Person"}}));
  EXPECT_EQ(parse_bag_info(write_bag_info(lines)), lines);
}

TEST(BagInfo, LabelsCompareWithoutCase) {
  EXPECT_TRUE(same_label("bagging-date", kBaggingDate));
  EXPECT_FALSE(same_label("Bagging-Dates", kBaggingDate));
}

TEST(BagInfo, TakesKeyEqualsValueArguments) {
  EXPECT_EQ(parse_bag_info_argument("Contact-Name=A = B"), (BagInfoLine{"Contact-Name", "A = B"}));
  EXPECT_EQ(parse_bag_info_argument("Bagging-Date=2020-01-02"), (BagInfoLine{"Bagging-Date", "2020-01-02"}));
  for (const char* bad : {"no-equals", "=value", " Label=x", "La:bel=x", "Label=two\nlines", "payload-oxum=1.1"}) {
    try {
      parse_bag_info_argument(bad);
      ADD_FAILURE() << bad << " was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Usage) << bad;
    }
  }
}

TEST(BagInfo, PayloadOxumAndDates) {
  EXPECT_EQ(payload_oxum(279164409832, 1198), "279164409832.1198");
  EXPECT_EQ(iso_date(0), "1970-01-01");
  EXPECT_EQ(iso_date(951782400), "2000-02-29");
}

}  // namespace
}  // namespace archtei::bag
