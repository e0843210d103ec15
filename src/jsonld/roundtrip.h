// Sends a document through the other format and back, and says whether it came back the same.
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"

namespace archtei {

/// The outcome of one round trip. When `identical` is false, `where` locates the first
/// difference (an XPath-like path for TEI, a JSON Pointer for JSON-LD) and `original` and
/// `returned` show both sides there.
struct RoundtripResult {
  bool identical = true;
  std::string where;
  std::string original;
  std::string returned;
};

/// TEI -> JSON-LD -> TEI, compared under Canonical XML. Throws Error on unreadable input.
RoundtripResult roundtrip_tei(std::string_view input, const std::string& file, Diagnostics& diags);

/// JSON-LD -> TEI -> JSON-LD, compared as JSON values. Throws Error on unreadable input.
RoundtripResult roundtrip_jsonld(std::string_view input, const std::string& file, Diagnostics& diags);

}  // namespace archtei
