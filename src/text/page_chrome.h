// Which lines of a page are its chrome: the furniture of the site and of the hosts that copy
// it, listed in chrome.tsv (navigation, banners, counters, upload notes, footers), rules
// drawn with characters, and a host name alone on its line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace archtei {

enum class ChromeKind {
  None,
  Line,      ///< this line only
  Footer,    ///< this line and the rest of the page
  Section,   ///< a heading over a list of other pages ("Related Documents")
  Labelled,  ///< a host's label; the short value on its next line is chrome too
};

/// chrome.tsv, by kind (see the table's header for each).
struct ChromeTable {
  std::vector<std::string> lines, prefixes, footers, sections;  // match keys
  std::vector<std::string> banners;  // as written: they are cut out of lines verbatim
  std::vector<std::string> dated;    // followed by a date: "Post on 07-Apr-2018"
  std::vector<std::string> suffixes; // as written: cut off the end of a line
  std::vector<std::string> counted;  // after a number: "3 views"
  std::vector<std::string> paged;    // before "N of M": "Page 1 of 2"
  std::vector<std::string> labelled; // with its value on the next line: "Category:" "Documents"
};

const ChromeTable& chrome_table();

/// What kind of chrome the line is. A line whose first capital a PDF doubled ("CCold War
/// ...") is matched without it.
ChromeKind chrome_kind(std::string_view text);

/// A horizontal rule drawn with characters ("-----", "=====", "* * *").
bool is_rule(std::string_view t);

}  // namespace archtei
