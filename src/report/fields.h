// The record's fields as the report names and colours them: one table, used by the
// legend, the highlighted source text, the record panel and the stylesheet.
#pragma once

#include <string_view>
#include <vector>

namespace archtei::report {

/// One field of the record: its key (as in `inspect --json`), a label, a highlight colour.
struct FieldStyle {
  std::string_view key;
  std::string_view label;
  std::string_view colour;  ///< a light background, dark text stays readable on it
};

/// Every field a span can belong to, in the record's order.
const std::vector<FieldStyle>& field_styles();

/// The style of `key`; the first row for an unknown key.
const FieldStyle& field_style(std::string_view key);

}  // namespace archtei::report
