// Encodes the metadata record as a TEI teiHeader (see docs/tei-mapping.md).
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/metadata.h"
#include "model/xml_tree.h"

namespace archtei {

/// The teiHeader element for `metadata`, unindented. Fields that cannot be written as asked
/// (a date that is not ISO 8601, a language name with no known code) are reported to `diags`.
XmlNode encode_tei_header(const Metadata& metadata, Diagnostics& diags);

/// A locus's normalised first and last folio (its @from and @to).
struct FolioRange {
  std::string from;
  std::string to;
};

/// "0098-0099" gives {"98", "99"}, "12ob." gives {"12v", "12v"}; empty strings when `listy`
/// is not a single folio or a single range.
FolioRange normalise_folios(std::string_view listy);

}  // namespace archtei
