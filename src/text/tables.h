// The data tables the text reader consults (archives, credit phrasings, languages, page
// chrome, bracket kinds...). Each is a TSV file in src/text/data/, embedded at build time,
// so a non-programmer can read and extend them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace archtei {

/// One row of a table: its cells, in column order.
using TableRow = std::vector<std::string>;

/// The rows of `src/text/data/<name>.tsv`, without its comment (#) and blank lines.
/// Throws std::logic_error for an unknown name (a build mistake, not a user error).
const std::vector<TableRow>& table(std::string_view name);

}  // namespace archtei
