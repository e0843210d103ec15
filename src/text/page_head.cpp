// The lines at the start of a page's text region -> its head: summary, date line, title,
// credit lines.
#include "text/page_head.h"

#include <cctype>

#include "text/citation_strings.h"
#include "text/credit_parser.h"
#include "text/date_parser.h"
#include "text/title_parser.h"

namespace archtei {
namespace {

bool ends_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ' ')) s.remove_suffix(1);
  if (s.ends_with("\xE2\x80\x9D")) s.remove_suffix(3);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool is_date_line(std::string_view s) { return !parse_date(s).empty() || states_no_date(s); }

// Letters and digits only, lower-cased: titles compared across quotes, case and spacing.
std::string letters(std::string_view s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
  return out;
}

// The same title, or one a PDF header cut short ("... between China's").
bool same_title(std::string_view unit, std::string_view known) {
  std::string a = letters(unit), b = letters(known);
  if (a.empty() || b.empty()) return false;
  return a == b || (a.size() >= 20 && b.starts_with(a));
}

bool reads_like_title(std::string_view s) {
  ParsedTitle pt = parse_title(s);
  return s.size() <= 200 && !pt.document_type.empty() &&
         (!pt.authors.empty() || !pt.recipients.empty() || s.find(" between ") != std::string_view::npos);
}

// True when a sentence ends inside `s` and another begins ("... proud of it. We ...").
bool holds_two_sentences(std::string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (s[i] == '.' && text::is_sentence_end(s, i) && text::past_closing_quotes(s, i + 1) < s.size()) return true;
  return false;
}

// A unit that can be a title: not too long, not running text (two sentences, or a long
// one), opening as a title does (a capital, a digit, a quote or a bracket).
bool can_be_title(std::string_view s) {
  if (s.empty() || s.size() > 300) return false;
  unsigned char first = static_cast<unsigned char>(s.front());
  if (std::islower(first)) return false;
  if (s.size() >= 200 && ends_sentence(s)) return false;
  if (holds_two_sentences(s)) return false;
  return !is_credit_sentence(s) && !is_date_line(s);
}

// A summary printed above the date line: prose of a sentence or more, ended.
bool is_prose(std::string_view s) {
  return s.size() >= 60 && word_count(s) >= 8 && ends_sentence(s) && !is_date_line(s);
}

}  // namespace

PageHead read_page_head(const std::vector<SourceLine>& text, std::string_view known_title) {
  // The first units: non-blank lines, with their index.
  std::vector<std::size_t> units;
  for (std::size_t i = 0; i < text.size() && units.size() < 8; ++i)
    if (!text[i].text.empty()) units.push_back(i);
  PageHead head;
  if (units.size() < 2) return head;
  auto unit = [&](std::size_t k) -> std::string_view { return k < units.size() ? std::string_view(text[units[k]].text) : ""; };

  std::size_t k = 0;
  if (is_prose(unit(0)) && is_date_line(unit(1)) && units.size() > 2) {
    head.summary = collapse_space(unit(0));
    k = 1;
  }
  bool dated = false;
  if (is_date_line(unit(k))) {
    head.date_line = std::string(unit(k));
    dated = true;
    ++k;
  } else if (FoundDate d = date_at_start(unit(k)); !d.iso.empty() && d.offset == 0) {
    // "March 3, 1951 Cable from X to Y": the date and the title on one line.
    std::string_view rest = unit(k).substr(d.length);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
    if (can_be_title(rest) && (same_title(rest, known_title) || known_title.empty())) {
      head.date_line = std::string(unit(k).substr(0, d.length));
      head.title = collapse_space(rest);
      dated = true;
      ++k;
    }
  }
  if (head.title.empty()) {
    std::string_view t = unit(k);
    bool title = false;
    if (can_be_title(t)) {
      if (dated) title = known_title.empty() || same_title(t, known_title);
      else title = same_title(t, known_title) || is_credit_sentence(unit(k + 1)) || (known_title.empty() && reads_like_title(t));
    }
    if (!title) {
      // A summary stands first only above a head with its title; without one, what looked
      // like a summary is the text's own. Under a date line alone, funder lines are still
      // the head's (the title may be in a citation the page lost).
      if (!dated || !head.summary.empty()) return PageHead{};
      while (k < units.size() && is_credit_sentence(unit(k))) head.credit_lines.emplace_back(unit(k++));
      head.end = k < units.size() ? units[k] : text.size();
      return head;
    }
    head.title = collapse_space(t);
    std::size_t line = units[k];
    // A title a PDF wrapped over a few lines of one paragraph ends at a blank line.
    std::size_t para_end = line;
    while (para_end < text.size() && !text[para_end].text.empty()) ++para_end;
    if (para_end - line <= 3 && para_end < text.size()) {
      for (std::size_t i = line + 1; i < para_end; ++i) {
        const std::string& l = text[i].text;
        if (l.size() >= 160 || is_credit_sentence(l) || is_date_line(l)) break;
        head.title += ' ' + collapse_space(l);
        if (k + 1 < units.size() && units[k + 1] == i) ++k;
      }
    }
    ++k;
  }
  while (k + 1 < units.size() && is_credit_sentence(unit(k))) {
    head.credit_lines.emplace_back(unit(k));
    ++k;
  }
  head.end = k < units.size() ? units[k] : text.size();
  return head;
}

}  // namespace archtei
