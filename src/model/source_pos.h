// Source positions: where a node or a problem sits in the text the user gave.
#pragma once

#include <cstddef>

namespace archtei {

/// A 1-based line and column in the input; line 0 means "unknown".
struct SourcePos {
  std::size_t line = 0;
  std::size_t column = 0;

  bool known() const { return line != 0; }
  bool operator==(const SourcePos&) const = default;
};

}  // namespace archtei
