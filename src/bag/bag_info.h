// A bag's `bag-info.txt` (labelled metadata lines) to and from label/value pairs, and the
// values archtei computes for it: Bagging-Date and Payload-Oxum.
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archtei::bag {

/// One `Label: value` element of bag-info.txt.
struct BagInfoLine {
  std::string label;
  std::string value;

  bool operator==(const BagInfoLine&) const = default;
};

/// The labels archtei writes itself.
inline constexpr std::string_view kBaggingDate = "Bagging-Date";
inline constexpr std::string_view kPayloadOxum = "Payload-Oxum";
inline constexpr std::string_view kSoftwareAgent = "Bag-Software-Agent";

/// Whether two labels are the same label (labels compare without regard to case).
bool same_label(std::string_view a, std::string_view b);

/// The elements of bag-info.txt's text; a line that starts with a space or tab continues
/// the value before it (joined with one space). Lines without a colon are left out.
std::vector<BagInfoLine> parse_bag_info(std::string_view text);

/// bag-info.txt's text: one `Label: value` line per element, in order.
std::string write_bag_info(const std::vector<BagInfoLine>& lines);

/// `--bag-info KEY=VALUE` as an element. Throws Error (usage) for an empty label, a label
/// with a colon or surrounding spaces, a line break in either part, or Payload-Oxum (which
/// archtei computes).
BagInfoLine parse_bag_info_argument(std::string_view key_equals_value);

/// "octets.files", the Payload-Oxum of a payload.
std::string payload_oxum(std::uint64_t octets, std::uint64_t files);

/// The UTC date of `when` as YYYY-MM-DD.
std::string iso_date(std::time_t when);

/// The time the SOURCE_DATE_EPOCH environment variable gives (seconds since 1970, the
/// reproducible-builds convention), when it is set to one.
std::optional<std::time_t> source_date_epoch();

}  // namespace archtei::bag
