// Bracket content -> kind, by the rows of data/brackets.tsv.
#include "text/bracket_kinds.h"

#include <vector>

#include "text/body_text.h"
#include "text/tables.h"

namespace archtei {
namespace {

enum class Match { Exact, Prefix, Word };

struct BracketRule {
  Match match;
  std::string phrase;  // quotes folded
  BracketKind kind;
  std::string type;
  bool keep_label;
};

BracketKind kind_named(const std::string& name) {
  if (name == "note") return BracketKind::Note;
  if (name == "addition") return BracketKind::Addition;
  if (name == "gap") return BracketKind::Gap;
  if (name == "unclear") return BracketKind::Unclear;
  if (name == "stamp") return BracketKind::Stamp;
  return BracketKind::Supplied;
}

const std::vector<BracketRule>& rules() {
  static const std::vector<BracketRule> all = [] {
    std::vector<BracketRule> out;
    for (const TableRow& row : table("brackets")) {
      if (row.size() < 3) continue;
      BracketRule r;
      r.match = row[0] == "exact" ? Match::Exact : row[0] == "word" ? Match::Word : Match::Prefix;
      r.phrase = fold_quotes(row[1]);
      r.kind = kind_named(row[2]);
      r.type = row.size() > 3 ? row[3] : "";
      r.keep_label = row.size() > 4 && row[4] == "keep";
      out.push_back(std::move(r));
    }
    return out;
  }();
  return all;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Where the content starts once a label `n` bytes long is skipped, with the separator
// after it (":", ",", "-" and spaces).
std::size_t skip_label(std::string_view s, std::size_t n) {
  while (n < s.size() && (s[n] == ' ' || s[n] == ':' || s[n] == ',' || s[n] == '-' || s[n] == '\n')) ++n;
  return n;
}

// Whether `word` is among the first eight words of `s`, as a whole word.
bool has_early_word(std::string_view s, std::string_view word) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < s.size() && words < 8;) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
    if (i >= s.size()) break;
    ++words;
    if (starts_with_nocase(s.substr(i), word) && (i == 0 || !is_word_char(s[i - 1]))) {
      std::size_t end = i + word.size();
      if (end >= s.size() || !is_word_char(s[end])) return true;
    }
    while (i < s.size() && s[i] != ' ' && s[i] != '\n') ++i;
  }
  return false;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

bool is_page_number(std::string_view content, std::string* number) {
  std::string_view s = trim(content);
  for (std::string_view label : {"pages", "page", "pp.", "p.", "pg."}) {
    if (starts_with_nocase(s, label) && s.size() > label.size() &&
        (label.back() == '.' || s[label.size()] == ' ')) {
      s = trim(s.substr(label.size()));
      break;
    }
  }
  // "19-20", "19 - 20", "19–20"; at most four digits each so years in brackets are not pages.
  std::size_t dash = s.find_first_of("-/");
  std::string_view first = trim(s.substr(0, dash));
  std::string_view second;
  if (dash == std::string_view::npos && s.find("\xE2\x80\x93") != std::string_view::npos) {
    dash = s.find("\xE2\x80\x93");
    first = trim(s.substr(0, dash));
    second = trim(s.substr(dash + 3));
  } else if (dash != std::string_view::npos) {
    second = trim(s.substr(dash + 1));
  }
  if (!all_digits(first) || first.size() > 4) return false;
  if (dash != std::string_view::npos && (!all_digits(second) || second.size() > 4)) return false;
  // A lone four-digit number in brackets is a year ("[1950]"), not a page.
  if (dash == std::string_view::npos && first.size() == 4) return false;
  if (number) *number = std::string(s);
  return true;
}

BracketClass classify_bracket(std::string_view content) {
  std::string folded = fold_quotes(content);
  std::string_view s = trim(folded);
  std::size_t lead = static_cast<std::size_t>(s.data() - folded.data());
  // Offsets in `folded` equal offsets in `content` except after a curly quote (3 bytes ->
  // 1); map back by counting.
  auto to_content = [&](std::size_t folded_offset) {
    std::size_t ci = 0, fi = 0;
    while (fi < folded_offset && ci < content.size()) {
      std::size_t len;
      char32_t c = decode_utf8(content, ci, len);
      bool folds = c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x201C || c == 0x201D;
      fi += folds ? 1 : len;
      ci += len;
    }
    return ci;
  };

  BracketClass out;
  std::string_view bare = s;
  while (!bare.empty() && (bare.back() == '.' || bare.back() == '!') && bare.size() > 1 &&
         bare.find_first_not_of('.') != std::string_view::npos)
    bare.remove_suffix(1);

  for (Match pass : {Match::Exact, Match::Prefix, Match::Word}) {
    for (const BracketRule& r : rules()) {
      if (r.match != pass) continue;
      bool hit = false;
      std::size_t label_end = 0;
      if (pass == Match::Exact) {
        hit = equals_nocase(s, r.phrase) || equals_nocase(bare, r.phrase);
        label_end = s.size();
      } else if (pass == Match::Prefix) {
        hit = starts_with_nocase(s, r.phrase) &&
              (s.size() == r.phrase.size() || !is_word_char(r.phrase.back()) || !is_word_char(s[r.phrase.size()]));
        label_end = r.phrase.size();
      } else {
        hit = has_early_word(s, r.phrase);
      }
      if (!hit) continue;
      out.kind = r.kind;
      out.type = r.type;
      out.content_start = r.keep_label || pass == Match::Word ? to_content(lead)
                                                             : to_content(lead + skip_label(s, label_end));
      return out;
    }
  }
  std::string number;
  if (is_page_number(s, &number)) {
    out.kind = BracketKind::PageBreak;
    out.content_start = to_content(lead);
    return out;
  }
  // "[Varnov?]": the editor doubts the reading.
  if (s.size() > 1 && s.back() == '?' && count_words(s) <= 4) {
    out.kind = BracketKind::Unclear;
    out.content_start = to_content(lead);
    return out;
  }
  out.content_start = to_content(lead);
  return out;
}

}  // namespace archtei
