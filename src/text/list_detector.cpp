// List markers and sequences.
#include "text/list_detector.h"

#include <cctype>

#include "text/paragraph_joiner.h"

namespace archtei {
namespace {

// The label with the same form as `label` for ordinal `n`: "1." -> "3.", "(a)" -> "(c)".
std::string label_for(std::string_view label, int n) {
  std::string out;
  for (char c : label) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (out.empty() || !std::isdigit(static_cast<unsigned char>(out.back()))) out += std::to_string(n);
    } else if (std::islower(static_cast<unsigned char>(c))) {
      out += static_cast<char>('a' + n - 1);
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

bool read_list_label(std::string_view text, ListLabel& out) {
  out = ListLabel{};
  if (!list_marker_at_start(text, &out.label, &out.rest)) return false;
  std::string_view l = out.label;
  std::string digits;
  char letter = 0;
  for (char c : l) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else if (std::islower(static_cast<unsigned char>(c))) letter = c;
  }
  if (!digits.empty()) out.ordinal = std::stoi(digits);
  else if (letter) out.ordinal = letter - 'a' + 1;
  else out.bullet = true;
  return true;
}

bool continues_list(const ListLabel& prev, const ListLabel& next) {
  if (prev.bullet || next.bullet) return prev.bullet && next.bullet && prev.label == next.label;
  return next.ordinal == prev.ordinal + 1 && next.label == label_for(prev.label, next.ordinal);
}

std::vector<std::pair<std::string, std::size_t>> inline_enumeration(std::string_view text) {
  std::vector<std::pair<std::string, std::size_t>> items;
  ListLabel first;
  if (!read_list_label(text, first) || first.bullet || first.ordinal != 1) return items;
  std::size_t lead = text.find(first.label);
  items.emplace_back(first.label, lead);
  std::size_t pos = first.rest;
  for (int n = 2;; ++n) {
    std::string want = " " + label_for(first.label, n) + " ";
    std::size_t at = pos;
    bool found = false;
    while ((at = text.find(want, at)) != std::string_view::npos) {
      // The previous item must have ended: "... for 1950. 2. Regarding".
      char before = at > 0 ? text[at - 1] : ' ';
      if (before == '.' || before == ';' || before == ',' || before == ':' || before == '"' || before == ')') {
        found = true;
        break;
      }
      at += want.size();
    }
    if (!found) break;
    items.emplace_back(label_for(first.label, n), at + 1);
    pos = at + want.size();
  }
  if (items.size() < 2) items.clear();
  return items;
}

}  // namespace archtei
