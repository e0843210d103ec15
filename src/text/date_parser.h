// Reads the dates archival pages write ("September 20, 1947", "20 September 1947",
// "7.II.50", "24.III.1950", "13/5-50", "10/14/50", "8.II.1950", "October 1948", "1950")
// as ISO 8601.
//
// Forms read (month names and Roman numerals come from data/months.tsv):
//   Month D, YYYY / Month D YYYY / Month Dth, YYYY     -> YYYY-MM-DD
//   D Month YYYY / Dth Month, YYYY / Dth of Month YYYY  -> YYYY-MM-DD
//   Month YYYY / Month, YYYY                           -> YYYY-MM
//   D.ROMAN.YY(YY) ("7.II.50"; also with "-", "/" or spaces) -> YYYY-MM-DD
//   D.M.YY(YY) ("8.02.1950") and D-M-YYYY              -> day first, as in Europe
//   YYYY-MM-DD, YYYY-MM; YYYY.MM.DD, YYYY/MM/DD         -> YYYY-MM-DD / YYYY-MM
//   A/B/YY(YY), A/B-YY(YY), A/B.YY(YY)                 -> see below
//   YYYY (1500-2099), standing alone                   -> YYYY
// Slash dates: when one of A and B is above 12 it must be the day ("13/5-50" is 13 May,
// "10/14/50" is 14 October). Otherwise the separator before the year decides: "A/B-YY"
// and "A/B.YY", the Soviet-bloc style, are day/month; "A/B/YY", the American style in
// which English pages write all-slash dates, is month/day.
// Two-digit years are read as 19xx; a Russian year mark ("1950г.") may follow the year. Days are checked against the month's length (leap
// years included); a date that does not exist is not a date. Decades ("the 1950s") and
// years after "No." ("No. 1955") are not dates.
// Approximate dates read as the date they qualify (the qualifiers are months.tsv's kind
// "qualifier"): "c. 1953", "ca. 1953", "circa 1953", "Spring 1953", "early April 1953",
// "mid-1953", "the end of 1953".
// Ranges read as an ISO 8601 interval "from/to", both ends of the same precision:
//   Month D1-D2, YYYY / D1-D2 Month YYYY            -> YYYY-MM-D1/YYYY-MM-D2
//   Month D1 - Month D2, YYYY / D1 Month - D2 Month YYYY, and two whole dates joined by a
//   dash ("12 April 1953 - 3 May 1953")            -> YYYY-MM-DD/YYYY-MM-DD
//   Month1-Month2 YYYY ("April-May 1953")          -> YYYY-MM/YYYY-MM
// ("-" is also an en or em dash, with spaces around it or not.) Two bare years ("1950-1954")
// are not a range: citations use them for spans of files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archtei {

/// A date found in text.
struct FoundDate {
  std::string iso;             ///< "1947-09-20", "1950-02", "1950", or a range "1953-04-12/1953-04-13"
  std::size_t offset = 0;      ///< byte offset of the match in the searched text
  std::size_t length = 0;      ///< byte length of the match
};

/// Parses `text` when the whole of it (trimmed, trailing punctuation aside) is one date;
/// returns "" otherwise.
std::string parse_date(std::string_view text);

/// True when `text` as a whole says the document has no date ("undated", "[n.d.]", "No
/// date."; months.tsv's kind "undated").
bool states_no_date(std::string_view text);

/// Finds the first date in running text; iso is empty when there is none.
/// Two-digit years are read as 19xx.
FoundDate find_date(std::string_view text);

/// True when `text` as a whole is a date written in Chinese or Japanese characters, with or
/// without its year: "十一月十二日", "一九五〇年十一月十二日", "1950年11月12日".
bool is_cjk_date(std::string_view text);

/// Parses a date at the very start of `text` (after leading white space): the match, with
/// offset and length in `text`; iso is empty when `text` does not start with a date.
FoundDate date_at_start(std::string_view text);

}  // namespace archtei
