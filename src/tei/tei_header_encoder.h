// Encodes the metadata record as a TEI teiHeader (see docs/tei-mapping.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/body_languages.h"
#include "model/diagnostics.h"
#include "model/metadata.h"
#include "model/xml_tree.h"

namespace archtei {

/// What the header needs to know of the text it describes: the languages it is written in
/// (with their shares, for langUsage/@usage) and whether it holds a translation.
struct TextLanguages {
  std::vector<LanguageShare> shares = {{"en", 100}};
  std::string main = "en";       ///< the text's language (text/@xml:lang)
  bool has_translation = true;   ///< a translation part is there (an original alone is none)
  std::vector<std::string> originals;  ///< the languages of the original parts the text holds
};

/// The teiHeader element for `metadata`, unindented. Fields that cannot be written as asked
/// (a date that is not ISO 8601, a language name with no known code) are reported to `diags`.
XmlNode encode_tei_header(const Metadata& metadata, const TextLanguages& text, Diagnostics& diags);

/// A locus's normalised first and last folio (its @from and @to).
struct FolioRange {
  std::string from;
  std::string to;
};

/// "0098-0099" gives {"98", "99"}, "12ob." gives {"12v", "12v"}; empty strings when `listy`
/// is not a single folio or a single range.
FolioRange normalise_folios(std::string_view listy);

}  // namespace archtei
