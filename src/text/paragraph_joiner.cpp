// Source lines -> paragraph-sized units, and a unit's lines -> one text.
#include "text/paragraph_joiner.h"

#include <algorithm>
#include <cctype>

#include "text/opener_closer.h"

namespace archtei {
namespace {

// Lines of print are rarely longer than this; longer lines are whole paragraphs.
constexpr std::size_t kPrintWidth = 120;
// A bracket left open for more lines than this is taken as unbalanced, not as a span.
constexpr std::size_t kBracketSpan = 12;

std::size_t text_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

int bracket_balance(std::string_view s) {
  int d = 0;
  for (char c : s) d += c == '[' ? 1 : c == ']' ? -1 : 0;
  return d;
}

// For each line, whether a "[" left open at its end closes within the next few lines.
std::vector<bool> open_bracket_joins(const std::vector<SourceLine>& lines, std::size_t first, std::size_t last) {
  std::vector<bool> joins(last - first, false);
  std::vector<int> depth(last - first, 0);
  int d = 0;
  for (std::size_t i = first; i < last; ++i) {
    d = std::max(0, d + bracket_balance(lines[i].text));
    depth[i - first] = d;
  }
  for (std::size_t i = 0; i + 1 < depth.size(); ++i) {
    if (depth[i] == 0) continue;
    for (std::size_t j = i + 1; j < depth.size() && j <= i + kBracketSpan; ++j)
      if (depth[j] < depth[i]) {
        joins[i] = true;
        break;
      }
  }
  return joins;
}

bool starts_new_item(std::string_view next) {
  if (list_marker_at_start(next)) return true;
  std::string_view t = trim(next);
  return t == "[...]" || t == "[\xE2\x80\xA6]";
}

bool break_between(const SourceLine& cur, const SourceLine& next, std::size_t width, bool wrapped, bool unwrapped,
                   bool in_item) {
  std::size_t len = text_length(cur.text);
  bool terminal = ends_sentence(cur.text, true);
  // "Soviet-" / "American": a word broken at its hyphen.
  if (cur.text.size() >= 2 && cur.text.back() == '-' && std::isalpha(static_cast<unsigned char>(cur.text[cur.text.size() - 2])))
    return false;
  // Where the paragraphs run on past any print width, a line is not a wrap of the next one.
  if (unwrapped && !starts_lower(next.text)) return true;
  // A list item or an indented first line ends at its sentence end.
  if (terminal && !starts_lower(next.text) && (in_item || next.indent > cur.indent + 1)) return true;
  bool long_line = wrapped ? len * 10 >= width * 7 && len >= 40 : len >= 60;
  if (starts_new_item(next.text) && (terminal || !long_line)) return true;
  if (starts_lower(next.text) && !ends_sentence(cur.text)) {
    // "12 October 1948" / "sent by Yerofeyev": closer lines, not a wrapped sentence.
    if (!long_line && classify_letter_line(next.text) != LetterPart::None) return true;
    return false;
  }
  if (terminal) return !(wrapped && len * 100 >= width * 85);
  return !long_line;
}

bool is_lower_fragment(std::string_view next) {
  std::size_t len;
  char32_t c = decode_utf8(next, 0, len);
  if (!is_lower_letter(c)) return false;
  if (len < next.size()) {
    std::size_t len2;
    char32_t d = decode_utf8(next, len, len2);
    if (is_letter(d)) return false;
  }
  // One lower-case letter alone is the tail of a broken word unless it is a word itself.
  return c != 'a' && c != 'i' && c != 'o';
}

void append_line(JoinedText& out, const SourceLine& line, std::string_view sep) {
  out.text += sep;
  SourcePos pos{line.number, line.indent + 1};
  out.positions.add(out.text.size(), pos);
  // Runs of spaces inside a line are layout, not text.
  bool space = false;
  for (char c : line.text) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.text.empty() && out.text.back() != '\n') out.text += ' ';
    space = false;
    out.text += c;
  }
}

void append_prose(JoinedText& out, const SourceLine& line) {
  if (out.text.empty()) {
    append_line(out, line, "");
    return;
  }
  std::string_view next = trim(line.text);
  std::string& t = out.text;
  std::size_t len;
  char32_t last = decode_utf8_before(t, t.size(), len);
  if (last == '-' && t.size() >= 2 && (starts_lower(next) || starts_upper(next))) {
    std::size_t len2;
    char32_t before = decode_utf8_before(t, t.size() - 1, len2);
    if (is_letter(before)) {
      // "diplo-" + "matic" is one word; "Soviet-" + "American" keeps its hyphen.
      if (starts_lower(next)) t.pop_back();
      append_line(out, line, "");
      return;
    }
  }
  if (is_letter(last) && is_lower_fragment(next)) {
    append_line(out, line, "");
    return;
  }
  append_line(out, line, " ");
}

}  // namespace

bool list_marker_at_start(std::string_view text, std::string* label, std::size_t* rest) {
  std::size_t lead = 0;
  while (lead < text.size() && text[lead] == ' ') ++lead;
  std::string_view s = text.substr(lead);
  std::size_t n = 0;
  auto done = [&](std::size_t marker_len) {
    std::size_t r = marker_len;
    if (r < s.size() && s[r] != ' ') return false;
    while (r < s.size() && s[r] == ' ') ++r;
    if (r >= s.size()) return false;
    if (label) *label = std::string(s.substr(0, marker_len));
    if (rest) *rest = lead + r;
    return true;
  };
  if (s.empty()) return false;
  // Bullets.
  for (std::string_view b : {"-", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x97\x8F", "*"})
    if (s.starts_with(b)) return done(b.size());
  if (s[0] == '(') {
    std::size_t k = 1;
    while (k < s.size() && k <= 3 && std::isalnum(static_cast<unsigned char>(s[k]))) ++k;
    if (k > 1 && k < s.size() && s[k] == ')') {
      std::string_view inner = s.substr(1, k - 1);
      bool digits = std::all_of(inner.begin(), inner.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      bool letter = inner.size() == 1 && std::islower(static_cast<unsigned char>(inner[0]));
      if (digits || letter) return done(k + 1);
    }
    return false;
  }
  while (n < s.size() && n < 2 && std::isdigit(static_cast<unsigned char>(s[n]))) ++n;
  // "1 - Cde. A. A. Gromyko", the numbered lines of a distribution list.
  if (n > 0 && s.substr(n).starts_with(" - ")) return done(n + 2);
  if (n > 0) {
    if (n < s.size() && (s[n] == '.' || s[n] == ')')) {
      // "1. Regarding" but not "1.5 million" or "8.II.1950".
      if (n + 1 < s.size() && s[n + 1] != ' ') return false;
      return done(n + 1);
    }
    return false;
  }
  if (std::islower(static_cast<unsigned char>(s[0])) && s.size() > 1 && s[1] == ')') return done(2);
  return false;
}

namespace {

// Copies of PDFs may set a blank line after every line of print ("... situations in Tibet,",
// "", "India, Indochina and Taiwan."). When most blocks are one line and many of these stop
// in mid-sentence near the print width, the blank lines are layout: the lines are read as
// one block, whose line widths tell wraps from paragraph ends.
std::vector<SourceLine> without_double_spacing(const std::vector<SourceLine>& lines) {
  std::size_t blocks = 0, single = 0, width = 0;
  std::vector<std::size_t> singles;
  for (std::size_t i = 0; i < lines.size();) {
    if (trim(lines[i].text).empty()) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lines.size() && !trim(lines[end].text).empty()) ++end;
    ++blocks;
    if (end == i + 1) {
      ++single;
      singles.push_back(i);
      width = std::max(width, text_length(lines[i].text));
    }
    i = end;
  }
  if (blocks < 8 || single * 10 < blocks * 8 || width < 40 || width > kPrintWidth) return lines;
  std::size_t cut = 0;
  for (std::size_t i : singles) {
    std::string_view t = trim(lines[i].text);
    cut += text_length(t) * 10 >= width * 7 && !ends_sentence(t, true) && !is_rule_line(t);
  }
  if (cut * 10 < single * 4) return lines;
  std::vector<SourceLine> out;
  for (const SourceLine& l : lines)
    if (!trim(l.text).empty()) out.push_back(l);
  return out;
}

}  // namespace

std::vector<TextUnit> split_units(const std::vector<SourceLine>& input) {
  const std::vector<SourceLine> lines = without_double_spacing(input);
  std::vector<TextUnit> units;
  std::size_t block = 0;
  bool after_rule = false;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (trim(lines[i].text).empty()) {
      ++i;
      continue;
    }
    if (is_rule_line(lines[i].text)) {
      after_rule = true;
      ++block;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lines.size() && !trim(lines[end].text).empty() && !is_rule_line(lines[end].text)) ++end;
    std::size_t width = 0, full = 0;
    for (std::size_t k = i; k < end; ++k) width = std::max(width, text_length(lines[k].text));
    for (std::size_t k = i; k + 1 < end; ++k)
      if (text_length(lines[k].text) * 10 >= width * 7) ++full;
    bool wrapped = width >= 40 && width <= kPrintWidth && end - i >= 2 && full * 2 >= end - i - 1;
    // A page that sets a paragraph per line with no blank lines between: several lines run
    // past the print width (one long line alone may be a table row in wrapped text).
    std::size_t long_lines = 0;
    for (std::size_t k = i; k < end; ++k) long_lines += text_length(lines[k].text) > kPrintWidth;
    bool unwrapped = long_lines >= 3 && long_lines * 4 >= end - i;
    std::vector<bool> joins = open_bracket_joins(lines, i, end);

    TextUnit unit;
    unit.block = block;
    unit.after_rule = after_rule;
    for (std::size_t k = i; k < end; ++k) {
      SourceLine line = lines[k];
      line.text = std::string(trim(line.text));
      unit.lines.push_back(std::move(line));
      if (k + 1 == end) break;
      bool in_item = list_marker_at_start(unit.lines.front().text);
      if (!joins[k - i] && break_between(lines[k], lines[k + 1], width, wrapped, unwrapped, in_item)) {
        units.push_back(std::move(unit));
        unit = TextUnit{};
        unit.block = block;
      }
    }
    units.push_back(std::move(unit));
    after_rule = false;
    ++block;
    i = end;
  }

  // Across blank lines: a bracket still open, or a sentence cut in the middle.
  std::vector<TextUnit> merged;
  for (std::size_t k = 0; k < units.size(); ++k) {
    TextUnit u = std::move(units[k]);
    while (k + 1 < units.size()) {
      const TextUnit& next = units[k + 1];
      if (next.after_rule) break;
      int depth = 0;
      for (const SourceLine& l : u.lines) depth = std::max(0, depth + bracket_balance(l.text));
      bool merge = false;
      if (depth > 0) {
        // Only when the bracket closes within the next few units.
        int d = depth;
        std::size_t seen = 0;
        for (std::size_t j = k + 1; j < units.size() && seen < kBracketSpan; ++j) {
          for (const SourceLine& l : units[j].lines) {
            d = std::max(0, d + bracket_balance(l.text));
            ++seen;
          }
          if (d < depth) {
            merge = true;
            break;
          }
        }
      }
      if (!merge && next.block != u.block) {
        std::string_view last = u.lines.back().text;
        std::string_view first = next.lines.front().text;
        std::size_t words = 0, chars = 0;
        for (const SourceLine& l : u.lines) {
          words += count_words(l.text);
          chars += text_length(l.text);
        }
        bool bracketed = u.lines.front().text.starts_with("[") && last.ends_with("]");
        merge = !ends_sentence(last, true) && (words >= 8 || chars >= 50) && !bracketed &&
                starts_lower(first) && classify_letter_line(first) == LetterPart::None &&
                !(next.lines.front().indent > u.lines.front().indent + 3 && next.lines.size() == 1);
      }
      if (!merge) break;
      for (const SourceLine& l : units[k + 1].lines) u.lines.push_back(l);
      ++k;
    }
    merged.push_back(std::move(u));
  }
  return merged;
}

JoinedText join_prose(const std::vector<SourceLine>& lines) {
  JoinedText out;
  for (const SourceLine& line : lines) append_prose(out, line);
  return out;
}

JoinedText join_kept_lines(const std::vector<SourceLine>& lines) {
  JoinedText out;
  for (const SourceLine& line : lines) append_line(out, line, out.text.empty() ? "" : "\n");
  return out;
}

}  // namespace archtei
