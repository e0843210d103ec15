// Parses and writes bag-info.txt and computes the values archtei puts in it.
#include "bag/bag_info.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "model/diagnostics.h"

namespace archtei::bag {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Error usage(std::string message) {
  return Error(ErrorKind::Usage, Diagnostic{Severity::Error, {}, {}, "--bag-info: " + std::move(message), "bad-option"});
}

}  // namespace

bool same_label(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::vector<BagInfoLine> parse_bag_info(std::string_view text) {
  std::vector<BagInfoLine> lines;
  bool continuable = false;  // the line before was an element a continuation may extend
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
      if (continuable && !trim(line).empty()) lines.back().value += " " + std::string(trim(line));
      continue;
    }
    std::size_t colon = line.find(':');
    continuable = colon != std::string_view::npos;
    if (continuable) lines.push_back(BagInfoLine{std::string(trim(line.substr(0, colon))),
                                                 std::string(trim(line.substr(colon + 1)))});
  }
  return lines;
}

std::string write_bag_info(const std::vector<BagInfoLine>& lines) {
  std::string out;
  for (const auto& l : lines) out += l.label + ": " + l.value + '\n';
  return out;
}

BagInfoLine parse_bag_info_argument(std::string_view argument) {
  std::size_t equals = argument.find('=');
  if (equals == std::string_view::npos) throw usage("expected KEY=VALUE, got '" + std::string(argument) + "'");
  std::string_view label = argument.substr(0, equals);
  std::string_view value = argument.substr(equals + 1);
  if (label.empty() || label != trim(label) || label.find(':') != std::string_view::npos)
    throw usage("'" + std::string(label) + "' is not a label (no colon, no spaces around it)");
  if (argument.find_first_of("\r\n") != std::string_view::npos) throw usage("a line break cannot be written in bag-info.txt");
  if (same_label(label, kPayloadOxum)) throw usage("Payload-Oxum is computed from the payload");
  return BagInfoLine{std::string(label), std::string(trim(value))};
}

std::string payload_oxum(std::uint64_t octets, std::uint64_t files) {
  return std::to_string(octets) + "." + std::to_string(files);
}

std::string iso_date(std::time_t when) {
  std::tm tm{};
  gmtime_r(&when, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::optional<std::time_t> source_date_epoch() {
  const char* text = std::getenv("SOURCE_DATE_EPOCH");
  if (text == nullptr || *text == 0) return std::nullopt;
  long long seconds = 0;
  const char* end = text + std::char_traits<char>::length(text);
  auto [ptr, ec] = std::from_chars(text, end, seconds);
  if (ec != std::errc() || ptr != end || seconds < 0) return std::nullopt;
  return static_cast<std::time_t>(seconds);
}

}  // namespace archtei::bag
