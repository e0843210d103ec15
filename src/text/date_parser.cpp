// Reads dates written in running text as ISO 8601 strings.
#include "text/date_parser.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

#include "text/citation_strings.h"
#include "text/tables.h"

namespace archtei {
namespace {

using text::is_digit_byte;
using text::is_space_byte;
using text::is_word_byte;

/// A date written at some position. An empty `iso` with a length marks something written
/// as a date that does not exist ("31 February 1950"): it is no date, and no part of it is.
struct Match {
  std::string iso;
  std::size_t length = 0;
};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

std::optional<std::string> iso_day(int y, int m, int d) {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

std::string iso_month(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

/// Reads 1..max_digits digits at `pos`; returns the digit count (0 when none) and the value.
std::size_t read_number(std::string_view s, std::size_t pos, std::size_t max_digits, int& value) {
  std::size_t n = 0;
  value = 0;
  while (pos + n < s.size() && is_digit_byte(s[pos + n])) {
    if (n == max_digits) return 0;  // longer than allowed: not this kind of number
    value = value * 10 + (s[pos + n] - '0');
    ++n;
  }
  return n;
}

/// A year of two or four digits at `pos`; two-digit years are 19xx. Returns the digit count.
std::size_t read_year(std::string_view s, std::size_t pos, int& year) {
  std::size_t n = read_number(s, pos, 4, year);
  if (n == 2) year += 1900;
  else if (n != 4) return 0;
  return n;
}

/// True when a match ending at `end` is not followed by more of a number or word.
bool ends_cleanly(std::string_view s, std::size_t end) {
  if (end >= s.size()) return true;
  // The Russian year mark written on: "1950г." (г = goda).
  if (s.substr(end, 2) == "\xD0\xB3") return end + 2 >= s.size() || !is_word_byte(s[end + 2]);
  if (is_word_byte(s[end])) return false;
  // "8.II.1950.3" or "10/14/50/2" continue a longer identifier.
  if ((s[end] == '.' || s[end] == '/' || s[end] == '-') && end + 1 < s.size() && is_digit_byte(s[end + 1]))
    return false;
  return true;
}

struct MonthName {
  int month = 0;
  std::size_t length = 0;  // including a following "."
};

struct MonthSpelling {
  std::string name;
  int month = 0;
  bool foreign = false;  // kind "foreign": matched in any case
};

// The month names of months.tsv by their first byte, lower-cased as word_at compares: a
// date is looked for at every word of a text, and each word is checked only against the
// names that can start with it (in table order).
const std::array<std::vector<MonthSpelling>, 256>& month_names_by_first_byte() {
  static const auto index = [] {
    std::array<std::vector<MonthSpelling>, 256> lists;
    for (const auto& row : table("months")) {
      if (row.size() < 3 || row[0].empty() || (row[2] != "name" && row[2] != "foreign")) continue;
      lists[static_cast<unsigned char>(text::ascii_lower(row[0][0]))].push_back(
          {row[0], std::stoi(row[1]), row[2] == "foreign"});
    }
    return lists;
  }();
  return index;
}

/// A month name or abbreviation (kind "name" in months.tsv) starting at `pos`, capitalised
/// as a name is ("May", "MAY"; not "may", the verb), or another language's month name in
/// any case (kind "foreign": "марта", "Juni").
MonthName month_name_at(std::string_view s, std::size_t pos) {
  MonthName best;
  if (pos >= s.size()) return best;
  const bool capital = s[pos] >= 'A' && s[pos] <= 'Z';
  for (const MonthSpelling& m : month_names_by_first_byte()[static_cast<unsigned char>(text::ascii_lower(s[pos]))]) {
    if (!(capital || m.foreign)) continue;
    if (!text::word_at(s, pos, m.name) || m.name.size() <= best.length) continue;
    best.month = m.month;
    best.length = m.name.size();
  }
  if (best.month != 0 && pos + best.length < s.size() && s[pos + best.length] == '.') ++best.length;
  return best;
}

/// A Roman-numeral month (kind "roman") at `pos`, exactly (so "II" is not read from "III").
int roman_month_at(std::string_view s, std::size_t pos, std::size_t& length) {
  std::size_t n = 0;
  while (pos + n < s.size() && (s[pos + n] == 'I' || s[pos + n] == 'V' || s[pos + n] == 'X')) ++n;
  if (n == 0) return 0;
  std::string_view numeral = s.substr(pos, n);
  for (const auto& row : table("months")) {
    if (row.size() >= 3 && row[2] == "roman" && row[0] == numeral) {
      length = n;
      return std::stoi(row[1]);
    }
  }
  return 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_space_byte(s[pos])) ++pos;
  return pos;
}

/// An ordinal suffix after a day number: "20th", "1st", "2nd", "3rd".
std::size_t ordinal_suffix(std::string_view s, std::size_t pos) {
  for (std::string_view suf : {"st", "nd", "rd", "th"})
    if (pos + 2 <= s.size() && text::iequals(s.substr(pos, 2), suf) &&
        (pos + 2 == s.size() || !is_word_byte(s[pos + 2])))
      return 2;
  return 0;
}

/// "Month D, YYYY", "Month D YYYY", "Month YYYY", "Month, YYYY".
std::optional<Match> month_first(std::string_view s, std::size_t pos) {
  MonthName mn = month_name_at(s, pos);
  if (mn.month == 0) return std::nullopt;
  std::size_t p = pos + mn.length;
  std::size_t after_month = p;
  if (p < s.size() && s[p] == ',') ++p;
  p = skip_spaces(s, p);
  if (p == after_month) return std::nullopt;
  int number = 0;
  std::size_t n = read_number(s, p, 4, number);
  if (n == 4) {  // Month YYYY
    if (!ends_cleanly(s, p + 4) || number < 1000) return std::nullopt;
    return Match{iso_month(number, mn.month), p + 4 - pos};
  }
  if (n == 0 || n > 2) return std::nullopt;
  std::size_t q = p + n;
  q += ordinal_suffix(s, q);
  bool comma = q < s.size() && s[q] == ',';
  if (comma) ++q;
  std::size_t r = skip_spaces(s, q);
  if (r == q && !comma) return std::nullopt;  // the year needs a comma or a space before it
  int year = 0;
  if (read_number(s, r, 4, year) != 4 || !ends_cleanly(s, r + 4)) return std::nullopt;
  return Match{iso_day(year, mn.month, number).value_or(""), r + 4 - pos};
}

/// Dates that start with a day number: "20 September 1947", "7.II.50", "24.III.1950",
/// "8.02.1950", "13/5-50", "10/14/50", "20-09-1947".
std::optional<Match> day_first(std::string_view s, std::size_t pos) {
  int a = 0;
  std::size_t n = read_number(s, pos, 2, a);
  if (n == 0) return std::nullopt;
  std::size_t p = pos + n;
  if (p >= s.size()) return std::nullopt;

  // D Month YYYY / Dth Month, YYYY / Dth of Month YYYY / D. Month YYYY ("3. Juni 1953")
  {
    std::size_t q = p + ordinal_suffix(s, p);
    if (q == p && s[p] == '.') ++q;
    std::size_t r = skip_spaces(s, q);
    if (r > q && q > p && text::word_at(s, r, "of")) r = skip_spaces(s, r + 2);
    if (r > q) {
      MonthName mn = month_name_at(s, r);
      if (mn.month != 0) {
        std::size_t t = r + mn.length;
        std::size_t after_month = t;
        if (t < s.size() && s[t] == ',') ++t;
        t = skip_spaces(s, t);
        int year = 0;
        if (t > after_month && read_number(s, t, 4, year) == 4 && ends_cleanly(s, t + 4)) {
          return Match{iso_day(year, mn.month, a).value_or(""), t + 4 - pos};
        }
        return std::nullopt;
      }
    }
  }

  char sep = s[p];
  // D-Mon-YYYY, as web pages write dates: "07-Apr-2018".
  if (sep == '-') {
    MonthName mn = month_name_at(s, p + 1);
    std::size_t q = p + 1 + mn.length;
    int year = 0;
    if (mn.month != 0 && q < s.size() && s[q] == '-' && read_number(s, q + 1, 4, year) == 4 && ends_cleanly(s, q + 5))
      return Match{iso_day(year, mn.month, a).value_or(""), q + 5 - pos};
  }
  // D.ROMAN.Y with the same separator twice ("7.II.50", "24-III-1950", "7 II 50").
  if (sep == '.' || sep == '-' || sep == '/' || sep == ' ') {
    std::size_t rl = 0;
    int m = roman_month_at(s, p + 1, rl);
    std::size_t q = p + 1 + rl;
    if (m != 0 && q < s.size() && s[q] == sep) {
      int year = 0;
      std::size_t yn = read_year(s, q + 1, year);
      if (yn != 0 && ends_cleanly(s, q + 1 + yn)) {
        return Match{iso_day(year, m, a).value_or(""), q + 1 + yn - pos};
      }
      return std::nullopt;
    }
  }

  if (sep != '.' && sep != '/' && sep != '-') return std::nullopt;
  int b = 0;
  std::size_t bn = read_number(s, p + 1, 2, b);
  if (bn == 0) return std::nullopt;
  std::size_t q = p + 1 + bn;
  if (q >= s.size()) return std::nullopt;
  char sep2 = s[q];
  if (sep2 != '.' && sep2 != '/' && sep2 != '-') return std::nullopt;
  int year = 0;
  std::size_t yn = read_year(s, q + 1, year);
  if (yn == 0 || !ends_cleanly(s, q + 1 + yn)) return std::nullopt;
  std::size_t length = q + 1 + yn - pos;

  int day = a, month = b;
  if (sep == '/') {
    if (a > 12) day = a, month = b;
    else if (b > 12) day = b, month = a;
    else if (sep2 == '/') day = b, month = a;  // all-slash: American month/day
  } else if (sep != sep2) {
    return std::nullopt;  // "8.02-1950" mixes styles
  } else if (sep == '-' && yn != 4) {
    return std::nullopt;  // "10-14-50" reads as a range of numbers more often than a date
  }
  return Match{iso_day(year, month, day).value_or(""), length};
}

/// "1950-02-07", "1950-02", and year-first with dots or slashes: "1950.02.07", "1950/02/07".
std::optional<Match> iso_form(std::string_view s, std::size_t pos) {
  int y = 0, m = 0, d = 0;
  if (read_number(s, pos, 4, y) != 4 || pos + 4 >= s.size()) return std::nullopt;
  const char sep = s[pos + 4];
  if (sep != '-' && sep != '.' && sep != '/') return std::nullopt;
  if (read_number(s, pos + 5, 2, m) != 2) return std::nullopt;
  std::size_t end = pos + 7;
  if (end < s.size() && s[end] == sep && read_number(s, end + 1, 2, d) == 2) {
    if (!ends_cleanly(s, end + 3)) return std::nullopt;
    return Match{iso_day(y, m, d).value_or(""), end + 3 - pos};
  }
  // Year and month alone only in the ISO form: "1950.02" is more often a number.
  if (sep != '-' || !ends_cleanly(s, end) || m < 1 || m > 12 || y < 1000) return std::nullopt;
  return Match{iso_month(y, m), end - pos};
}

/// True when the number at `pos` follows "No.", "N", "№" or "#": a serial number.
bool after_number_sign(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  while (p > 0 && is_space_byte(s[p - 1])) --p;
  std::string_view before = s.substr(0, p);
  for (std::string_view sign : {"No.", "No", "Nr.", "N", "N°", "№", "#", "no."})
    if (before.size() >= sign.size() && before.substr(before.size() - sign.size()) == sign &&
        (before.size() == sign.size() || !is_word_byte(before[before.size() - sign.size() - 1]) ||
         !is_word_byte(sign.front())))
      return true;
  return false;
}

/// A year standing alone: four digits 1500-2099.
std::optional<Match> bare_year(std::string_view s, std::size_t pos) {
  int y = 0;
  if (read_number(s, pos, 4, y) != 4 || y < 1500 || y > 2099) return std::nullopt;
  if (!ends_cleanly(s, pos + 4) || after_number_sign(s, pos)) return std::nullopt;
  return Match{std::to_string(y), 4};
}

/// One date, no range and no qualifier.
std::optional<Match> single_date_at(std::string_view s, std::size_t pos) {
  if (auto m = iso_form(s, pos)) return m;
  if (auto m = month_first(s, pos)) return m;
  if (auto m = day_first(s, pos)) return m;
  if (auto m = bare_year(s, pos)) return m;
  return std::nullopt;
}

/// The end of a range dash at `pos` ("-", en or em dash, spaces around it allowed); npos
/// when there is none.
std::size_t dash_end(std::string_view s, std::size_t pos) {
  std::size_t p = skip_spaces(s, pos);
  if (p < s.size() && s[p] == '-') return skip_spaces(s, p + 1);
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"})
    if (s.substr(p, dash.size()) == dash) return skip_spaces(s, p + dash.size());
  return std::string_view::npos;
}

/// A day number (1-31, an ordinal suffix allowed) at `pos`; returns its length, 0 when none.
std::size_t day_at(std::string_view s, std::size_t pos, int& day) {
  std::size_t n = read_number(s, pos, 2, day);
  if (n == 0 || day < 1 || day > 31) return 0;
  // A letter after the number must be an ordinal suffix; a dash (en dash too) may follow.
  if (pos + n < s.size() && std::isalnum(static_cast<unsigned char>(s[pos + n])) && ordinal_suffix(s, pos + n) == 0)
    return 0;
  return n + ordinal_suffix(s, pos + n);
}

/// A year of four digits after an optional comma and the space before it; returns the end.
std::size_t year_after(std::string_view s, std::size_t pos, int& year) {
  std::size_t p = pos;
  if (p < s.size() && s[p] == ',') ++p;
  std::size_t q = skip_spaces(s, p);
  if (q == pos) return 0;
  if (read_number(s, q, 4, year) != 4 || year < 1000 || !ends_cleanly(s, q + 4)) return 0;
  return q + 4;
}

/// "from/to" as ISO 8601 writes an interval; no match unless `from` comes first.
std::optional<Match> range(const std::string& from, const std::string& to, std::size_t length) {
  if (from.empty() || to.empty()) return Match{"", length};
  if (!(from < to) || from.size() != to.size()) return std::nullopt;
  return Match{from + "/" + to, length};
}

/// Ranges within one year: "April 12-13, 1953", "April 30 - May 2, 1953", "April-May 1953".
std::optional<Match> month_first_range(std::string_view s, std::size_t pos) {
  MonthName m1 = month_name_at(s, pos);
  if (m1.month == 0) return std::nullopt;
  std::size_t p = pos + m1.length;
  int year = 0;
  if (std::size_t q = dash_end(s, p); q != std::string_view::npos) {  // April-May 1953
    MonthName m2 = month_name_at(s, q);
    if (m2.month == 0) return std::nullopt;
    std::size_t end = year_after(s, q + m2.length, year);
    if (end == 0) return std::nullopt;
    return range(iso_month(year, m1.month), iso_month(year, m2.month), end - pos);
  }
  std::size_t d1_at = skip_spaces(s, p);
  int d1 = 0, d2 = 0;
  std::size_t n1 = d1_at > p ? day_at(s, d1_at, d1) : 0;
  if (n1 == 0) return std::nullopt;
  std::size_t q = dash_end(s, d1_at + n1);
  if (q == std::string_view::npos) return std::nullopt;
  int month2 = m1.month;
  if (MonthName m2 = month_name_at(s, q); m2.month != 0) {  // April 30 - May 2, 1953
    month2 = m2.month;
    std::size_t r = skip_spaces(s, q + m2.length);
    if (r == q + m2.length) return std::nullopt;
    q = r;
  }
  std::size_t n2 = day_at(s, q, d2);
  if (n2 == 0) return std::nullopt;
  std::size_t end = year_after(s, q + n2, year);
  if (end == 0) return std::nullopt;
  return range(iso_day(year, m1.month, d1).value_or(""), iso_day(year, month2, d2).value_or(""), end - pos);
}

/// Ranges within one year, day first: "12-13 April 1953", "30 April - 2 May 1953".
std::optional<Match> day_first_range(std::string_view s, std::size_t pos) {
  int d1 = 0, d2 = 0, year = 0;
  std::size_t n1 = day_at(s, pos, d1);
  if (n1 == 0) return std::nullopt;
  std::size_t p = pos + n1;
  int month1 = 0;
  if (std::size_t r = skip_spaces(s, p); r > p) {  // 30 April - 2 May 1953
    MonthName m1 = month_name_at(s, r);
    if (m1.month == 0) return std::nullopt;
    month1 = m1.month;
    p = r + m1.length;
  }
  std::size_t q = dash_end(s, p);
  if (q == std::string_view::npos) return std::nullopt;
  std::size_t n2 = day_at(s, q, d2);
  if (n2 == 0) return std::nullopt;
  std::size_t r = skip_spaces(s, q + n2);
  if (r == q + n2) return std::nullopt;
  if (text::word_at(s, r, "of")) r = skip_spaces(s, r + 2);
  MonthName m2 = month_name_at(s, r);
  if (m2.month == 0) return std::nullopt;
  std::size_t end = year_after(s, r + m2.length, year);
  if (end == 0) return std::nullopt;
  if (month1 == 0) month1 = m2.month;
  return range(iso_day(year, month1, d1).value_or(""), iso_day(year, m2.month, d2).value_or(""), end - pos);
}

/// Two whole dates joined by a dash, the first at least a month: "12 April 1953 - 3 May
/// 1953", "1953-04-12 – 1953-05-03". (Two years, "1950-1954", are more often a
/// span of files than a document's date.)
std::optional<Match> two_dates(std::string_view s, std::size_t pos) {
  auto first = single_date_at(s, pos);
  if (!first || first->iso.size() < 7) return std::nullopt;
  std::size_t q = dash_end(s, pos + first->length);
  if (q == std::string_view::npos) return std::nullopt;
  auto second = single_date_at(s, q);
  if (!second || (!second->iso.empty() && second->iso.size() != first->iso.size())) return std::nullopt;
  return range(first->iso, second->iso, q + second->length - pos);
}

/// The phrases of months.tsv's kind `kind` ("qualifier", "undated").
const std::vector<std::string>& table_words(std::string_view kind) {
  static const auto by_kind = [] {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const auto& row : table("months")) {
      if (row.size() < 3) continue;
      auto it = std::find_if(out.begin(), out.end(), [&](const auto& k) { return k.first == row[2]; });
      if (it == out.end()) it = out.insert(out.end(), {row[2], {}});
      it->second.push_back(row[0]);
    }
    return out;
  }();
  static const std::vector<std::string> none;
  for (const auto& [k, words] : by_kind)
    if (k == kind) return words;
  return none;
}

/// Length of the longest phrase of months.tsv's kind `kind` at `pos` ("c.", "early", "the
/// end of"); 0 when there is none.
std::size_t table_words_at(std::string_view s, std::size_t pos, std::string_view kind) {
  if (pos >= s.size() || !std::isalpha(static_cast<unsigned char>(s[pos]))) return 0;
  const char first = text::ascii_lower(s[pos]);
  std::size_t best = 0;
  for (const std::string& w : table_words(kind))
    if (w.size() > best && text::ascii_lower(w[0]) == first && text::word_at(s, pos, w)) best = w.size();
  return best;
}

std::optional<Match> date_at(std::string_view s, std::size_t pos, int qualifiers_left = 2);

/// A date after a qualifier that makes it approximate ("c. 1953", "Spring 1953", "early
/// April 1953"): the date after it, the match covering both.
std::optional<Match> qualified_date(std::string_view s, std::size_t pos, int qualifiers_left) {
  if (qualifiers_left == 0) return std::nullopt;
  std::size_t n = table_words_at(s, pos, "qualifier");
  if (n == 0) return std::nullopt;
  std::size_t p = pos + n;
  // "c. 1953", "c.1953", "mid-1953", "mid 1953", "early 1953"; not "early1953".
  const char last = s[p - 1];
  std::size_t q = skip_spaces(s, p);
  if (q == p && last != '.' && last != '-') {
    if (p >= s.size() || s[p] != '-') return std::nullopt;
    q = p + 1;
  }
  p = q;
  if (text::word_at(s, p, "of")) p = skip_spaces(s, p + 2);
  auto m = date_at(s, p, qualifiers_left - 1);
  if (!m) return std::nullopt;
  return Match{m->iso, p + m->length - pos};
}

std::optional<Match> date_at(std::string_view s, std::size_t pos, int qualifiers_left) {
  if (pos > 0) {
    char prev = s[pos - 1];
    if (is_word_byte(prev)) return std::nullopt;
    // Inside a longer number or identifier ("4040.10", "DY 30/3389").
    if ((prev == '.' || prev == '/' || prev == '-') && pos >= 2 && is_digit_byte(s[pos - 2])) return std::nullopt;
  }
  if (auto m = qualified_date(s, pos, qualifiers_left)) return m;
  if (auto m = month_first_range(s, pos)) return m;
  if (auto m = day_first_range(s, pos)) return m;
  if (auto m = two_dates(s, pos)) return m;
  return single_date_at(s, pos);
}

}  // namespace

FoundDate find_date(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto m = date_at(text, i);
    if (!m) continue;
    if (!m->iso.empty()) return FoundDate{m->iso, i, m->length};
    i += m->length - 1;
  }
  return {};
}

FoundDate date_at_start(std::string_view text) {
  std::size_t i = skip_spaces(text, 0);
  auto m = date_at(text, i);
  if (m && !m->iso.empty()) return FoundDate{m->iso, i, m->length};
  return {};
}

bool states_no_date(std::string_view text) {
  std::string_view s = text::trim(text);
  if (s.size() >= 2 && ((s.front() == '[' && s.back() == ']') || (s.front() == '(' && s.back() == ')')))
    s = text::trim(s.substr(1, s.size() - 2));
  for (int pass = 0; pass < 2; ++pass) {
    if (s.empty()) return false;
    std::size_t n = table_words_at(s, 0, "undated");
    if (n != 0 && n == s.size()) return true;
    // A final period or comma of the sentence ("Undated.") is not part of the phrase.
    if (s.back() != '.' && s.back() != ',') return false;
    s.remove_suffix(1);
  }
  return false;
}

std::string parse_date(std::string_view text) {
  std::string_view s = text::trim(text);
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':')) {
    s.remove_suffix(1);
    s = text::trim(s);
  }
  if (s.size() >= 2 && s.substr(s.size() - 2) == "\xD0\xB3") s = text::trim(s.substr(0, s.size() - 2));  // "г."
  if (s.empty()) return {};
  auto m = date_at(s, 0);
  if (!m || m->iso.empty() || m->length != s.size()) return {};
  return m->iso;
}

bool is_cjk_date(std::string_view text) {
  // Numerals (Chinese or Arabic), then 年 (year), 月 (month), 日 or 号 (day), ending with
  // the month or the day.
  static constexpr std::string_view kNumerals[] = {"〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  static constexpr std::string_view kUnits[] = {"年", "月", "日", "号"};
  std::string_view s = text::trim(text);
  bool month = false, digits = false;
  std::string_view last_unit;
  while (!s.empty()) {
    if (s.front() >= '0' && s.front() <= '9') {
      s.remove_prefix(1);
      digits = true;
      continue;
    }
    bool matched = false;
    for (std::string_view n : kNumerals)
      if (s.starts_with(n)) s.remove_prefix(n.size()), digits = matched = true;
    for (std::string_view u : kUnits)
      if (!matched && s.starts_with(u) && digits) {
        s.remove_prefix(u.size());
        month = month || u == "月";
        last_unit = u;
        digits = false;
        matched = true;
      }
    if (!matched) return false;
  }
  return month && !digits && last_unit != "年";
}

}  // namespace archtei
