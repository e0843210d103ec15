// Tests of the date parser: every way archival pages write a date, read as ISO 8601.
#include "text/date_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace archtei {
namespace {

struct DateCase {
  std::string text;
  std::string iso;
};

TEST(ParseDate, WholeTextIsOneDate) {
  const std::vector<DateCase> cases = {
      {"September 20, 1947", "1947-09-20"},
      {"20 September 1947", "1947-09-20"},
      {"Sept. 20, 1947", "1947-09-20"},
      {"Sep 20 1947", "1947-09-20"},
      {"Dec 1, 1950", "1950-12-01"},
      {"1 Jan. 1950", "1950-01-01"},
      {"1st March, 1950", "1950-03-01"},
      {"March 3rd, 1950", "1950-03-03"},
      {"MAY 9, 1945", "1945-05-09"},
      {"May 05, 1953", "1953-05-05"},
      {"7.II.50", "1950-02-07"},
      {"24.III.1950", "1950-03-24"},
      {"8.II.1950", "1950-02-08"},
      {"07.XII.1949", "1949-12-07"},
      {"24-III-1950", "1950-03-24"},
      {"7 II 50", "1950-02-07"},
      {"8.02.1950", "1950-02-08"},
      {"8.02.50", "1950-02-08"},
      {"20-09-1947", "1947-09-20"},
      {"13/5-50", "1950-05-13"},
      {"5/6-50", "1950-06-05"},
      {"10/14/50", "1950-10-14"},
      {"14/10/1950", "1950-10-14"},
      {"5/6/50", "1950-05-06"},
      {"1950-02-07", "1950-02-07"},
      {"1950-02", "1950-02"},
      {"October 1948", "1948-10"},
      {"October, 1948", "1948-10"},
      {"1950", "1950"},
      {"  September 20, 1947.  ", "1947-09-20"},
      {"29.II.1952", "1952-02-29"},
      {"February 29, 2000", "2000-02-29"},
      {"20th of September 1947", "1947-09-20"},
      {"1950.06.25", "1950-06-25"},
      {"1950/06/25", "1950-06-25"},
      {"8.II.1950\xD0\xB3.", "1950-02-08"},
      {"25 December 1951 \xD0\xB3.", "1951-12-25"},
      {"September 20th, 1947", "1947-09-20"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_date(c.text), c.iso);
  }
}

TEST(ParseDate, ApproximateDatesReadAsTheDateTheyQualify) {
  const std::vector<DateCase> cases = {
      {"c. 1953", "1953"},
      {"c.1953", "1953"},
      {"ca. 1953", "1953"},
      {"ca 1953", "1953"},
      {"circa 1953", "1953"},
      {"Circa April 1953", "1953-04"},
      {"approx. 12 April 1953", "1953-04-12"},
      {"Spring 1953", "1953"},
      {"spring of 1953", "1953"},
      {"Autumn 1950", "1950"},
      {"early 1953", "1953"},
      {"Early April 1953", "1953-04"},
      {"mid-1953", "1953"},
      {"mid 1953", "1953"},
      {"late 1953", "1953"},
      {"the end of 1953", "1953"},
      {"beginning of March 1950", "1950-03"},
      {"c. Spring 1953", "1953"},
      {"c. 1953.", "1953"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_date(c.text), c.iso);
  }
}

TEST(ParseDate, RangesReadAsIsoIntervals) {
  const std::vector<DateCase> cases = {
      {"April 12-13, 1953", "1953-04-12/1953-04-13"},
      {"April 12 - 13, 1953", "1953-04-12/1953-04-13"},
      {"April 12\xE2\x80\x93" "13, 1953", "1953-04-12/1953-04-13"},
      {"April 12th-13th, 1953", "1953-04-12/1953-04-13"},
      {"12-13 April 1953", "1953-04-12/1953-04-13"},
      {"12\xE2\x80\x93" "13 April, 1953", "1953-04-12/1953-04-13"},
      {"30 April - 2 May 1953", "1953-04-30/1953-05-02"},
      {"April 30 - May 2, 1953", "1953-04-30/1953-05-02"},
      {"12 April 1953 - 3 May 1953", "1953-04-12/1953-05-03"},
      {"1953-04-12 \xE2\x80\x93 1953-04-13", "1953-04-12/1953-04-13"},
      {"December 1950 - January 1951", "1950-12/1951-01"},
      {"April-May 1953", "1953-04/1953-05"},
      {"c. April 12-13, 1953", "1953-04-12/1953-04-13"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_date(c.text), c.iso);
  }
}

TEST(ParseDate, NotARange) {
  // Backwards, impossible or mixed-precision ranges, and spans of years, are no date.
  for (std::string text : {"April 13-12, 1953", "April 30-31, 1953", "12 April 1953 - 1954", "1950-1954",
                           "1950 - 1954", "May-April 1953", "early", "c.", "Spring"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_date(text), "");
  }
}

TEST(StatesNoDate, UndatedPhrasings) {
  for (std::string text : {"undated", "Undated", "[undated]", "(undated)", "n.d.", "[n.d.]", "No date.", "not dated",
                           "Date unknown"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(states_no_date(text));
  }
  for (std::string text : {"", "1953", "undated letter from Stalin", "c. 1953", "[illegible]", "nd"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(states_no_date(text));
  }
}

TEST(ParseDate, NotADate) {
  for (std::string text : {"the 1950s", "1950s", "", "September", "20 September", "29.II.1951", "31 February 1950",
                           "April 31, 1950", "32.I.50", "13/13/50", "1950-13", "No. 1955", "4040", "September 20, 1947, Moscow",
                           "10 hours", "may 1950", "1950-1953", "8.02-1950", "February 29, 1900", "10-14-50",
                           "1950.06", "1950.13.01"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_date(text), "");
  }
}

TEST(FindDate, FirstDateInRunningText) {
  struct Case {
    std::string text;
    std::string iso;
    std::string match;  // the text the match covers
  };
  const std::vector<Case> cases = {
      {"From Pyongyang, No. 4040. 10 hours 10 minutes. 8.II.1950", "1950-02-08", "8.II.1950"},
      {"7.II.50 SHTYKOV", "1950-02-07", "7.II.50"},
      {"[date left blank] October 1948", "1948-10", "October 1948"},
      {"Telegram from Shtykov to Vyshinsky, 3 March 1950", "1950-03-03", "3 March 1950"},
      {"June 17, 1960 Excerpts from V.P. Tkachenko", "1960-06-17", "June 17, 1960"},
      {"31 February 1950 and 3 March 1950", "1950-03-03", "3 March 1950"},
      {"Moscow, 8.02.1950", "1950-02-08", "8.02.1950"},
      {"A. Gromyko 25 December 1951 No. 396", "1951-12-25", "25 December 1951"},
      {"received on 13/5-50 at night", "1950-05-13", "13/5-50"},
      {"In 1950, on 3 March 1950", "1950", "1950"},
      {"letter N 1955 of 12 October 1948", "1948-10-12", "12 October 1948"},
      {"file DY 30/3389, 20.9.1947", "1947-09-20", "20.9.1947"},
      {"Moscow, c. 1953, secret", "1953", "c. 1953"},
      {"talks held on April 12-13, 1953 in Seoul", "1953-04-12/1953-04-13", "April 12-13, 1953"},
      {"Central Decimal File 1950-1954, 795.00/4-1353", "", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    FoundDate d = find_date(c.text);
    EXPECT_EQ(d.iso, c.iso);
    EXPECT_EQ(c.text.substr(d.offset, d.length), c.match);
  }
}

TEST(FindDate, NoDateInText) {
  for (std::string text : {"From Pyongyang, No. 4040. 10 hours 10 minutes.", "the 1950s and 1960s",
                           "On 4 February I had a meeting", "Copies: Molotov, Malenkov", "", "N 390/sh",
                           "Fond 059a, Opis 5a, Delo 4"}) {
    SCOPED_TRACE(text);
    FoundDate d = find_date(text);
    EXPECT_EQ(d.iso, "");
  }
}

TEST(DateAtStart, OnlyAtTheStart) {
  FoundDate d = date_at_start("  October 12, 1948, Wilson Center");
  EXPECT_EQ(d.iso, "1948-10-12");
  EXPECT_EQ(d.offset, 2u);
  EXPECT_EQ(d.length, 16u);
  EXPECT_EQ(date_at_start("Wilson Center, October 12, 1948").iso, "");
  FoundDate circa = date_at_start("c. 1968, Wilson Center");
  EXPECT_EQ(circa.iso, "1968");
  EXPECT_EQ(circa.offset, 0u);
  EXPECT_EQ(circa.length, 7u);
}

}  // namespace
}  // namespace archtei
