// Matches a page's lines against labels.tsv: the labels of the metadata blocks pages print
// ("Citation:", "Summary", "Document Information", "Translation - English"), and the key
// every page table matches a line by.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archtei {

/// `s` with A–Z in lower case, nothing else changed.
std::string lower_ascii(std::string_view s);

/// The line as the page tables see it: bullets, markdown emphasis, a final colon and case
/// gone ("• **Summary:**" -> "summary").
std::string match_key(std::string_view text);

/// One label of labels.tsv.
struct LabelDef {
  std::string label;                   ///< its name ("Original Language")
  std::vector<std::string> spellings;  ///< match keys
  std::vector<std::string> written;    ///< the spellings as the table writes them
  std::string field;                   ///< the record field it feeds, or "text", "section"
  bool anywhere = true;                ///< false: a label only among other labels
};

/// The labels, in the table's order.
const std::vector<LabelDef>& label_table();

struct LabelMatch {
  const LabelDef* def = nullptr;
  std::string value;  ///< text after "Label:" on the same line
};

/// The label `text` is ("Summary") or opens ("Summary: ..."), if any.
std::optional<LabelMatch> match_label(std::string_view text);

}  // namespace archtei
