// Recognises list items ("1.", "2)", "a)", "(a)", "-", "•") and the sequences they form,
// including an enumeration run into one paragraph ("1. Regarding the budget. 2. Regarding
// the criminal code. 3. ...").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archtei {

/// A list item's marker.
struct ListLabel {
  std::string label;      ///< as written: "1.", "a)", "(2)", "-"
  std::size_t rest = 0;   ///< where the item's text starts
  bool bullet = false;    ///< "-", "•" and other unnumbered marks
  int ordinal = 0;        ///< 1 for "1." and "a)"; 0 for bullets
};

/// Reads the marker opening `text`; false when `text` is not a list item.
bool read_list_label(std::string_view text, ListLabel& out);

/// True when `next` continues a list whose last item is `prev` ("2." after "1.", "-"
/// after "-").
bool continues_list(const ListLabel& prev, const ListLabel& next);

/// The items of an enumeration run into one text, each as (label, offset of the label);
/// empty unless the text opens with the first label and holds at least two items in order.
std::vector<std::pair<std::string, std::size_t>> inline_enumeration(std::string_view text);

}  // namespace archtei
