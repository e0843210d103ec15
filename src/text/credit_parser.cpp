// Splits credit sentences into translators, contributors, editors, other roles and funders.
#include "text/credit_parser.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/citation_strings.h"
#include "text/tables.h"

namespace archtei {
namespace {

using text::ascii_lower;
using text::is_space_byte;
using text::is_word_byte;
using text::trim;

constexpr std::size_t kMaxWildcardWords = 6;
constexpr std::size_t kMaxLeadWords = 5;

struct Phrase {
  std::vector<std::string> words;  // "*" is a wildcard for 1..kMaxWildcardWords words
  std::vector<std::string> roles;  // "translator", "contributor", "editor", "funder", or a label
};

std::vector<std::string> split_on(std::string_view s, char sep) {
  std::vector<std::string> out;
  while (true) {
    std::size_t p = s.find(sep);
    std::string_view one = trim(s.substr(0, p));
    if (!one.empty()) out.emplace_back(one);
    if (p == std::string_view::npos) break;
    s.remove_prefix(p + 1);
  }
  return out;
}

const std::vector<Phrase>& phrases() {
  static const std::vector<Phrase> all = [] {
    std::vector<Phrase> list;
    for (const auto& row : table("credit_roles"))
      if (row.size() >= 2) list.push_back({split_on(row[0], ' '), split_on(row[1], '|')});
    for (const auto& row : table("funders"))
      if (!row.empty()) list.push_back({split_on(row[0], ' '), {"funder"}});
    return list;
  }();
  return all;
}

/// Length of the word at `pos` (letters, digits, apostrophes, hyphens, dots inside).
std::size_t word_length(std::string_view s, std::size_t pos) {
  std::size_t n = 0;
  while (pos + n < s.size() && !is_space_byte(s[pos + n]) && s[pos + n] != ',' && s[pos + n] != ';') ++n;
  return n;
}

/// Matches `phrase` at `pos`; returns the end offset, 0 when it does not match.
std::size_t match_words(std::string_view s, std::size_t pos, const std::vector<std::string>& words,
                        std::size_t w, bool may_qualify = true) {
  if (w == words.size()) return pos;
  std::size_t p = pos;
  if (w > 0) {
    if (p >= s.size() || s[p] != ' ') return 0;
    ++p;
  }
  if (words[w] == "*") {
    std::size_t q = p;
    for (std::size_t count = 1; count <= kMaxWildcardWords; ++count) {
      if (count > 1 && q < s.size() && s[q] == ' ') ++q;
      std::size_t len = word_length(s, q);
      if (len == 0) return 0;
      std::string_view word = s.substr(q, len);
      q += len;
      if (std::size_t end = match_words(s, q, words, w + 1, may_qualify)) return end;
      if (word.back() == '.' || word.back() == ':') return 0;  // a wildcard stays in its sentence
    }
    return 0;
  }
  if (text::word_at(s, p, words[w])) return match_words(s, p + words[w].size(), words, w + 1, may_qualify);
  // "Translated for NKIDP by", "translated from the Russian by": a qualifier before "by".
  // Only one: were the qualifier's own "by" qualified again, a run of "for ... for ..."
  // would be tried in every split of its words (a fuzzed line of them took seconds).
  if (may_qualify && w + 1 == words.size() && words[w] == "by") {
    for (std::string_view q : {"for", "from", "into"}) {
      if (!text::word_at(s, p, q)) continue;
      const std::vector<std::string> qualified = {std::string(q), "*", "by"};
      return match_words(s, p, qualified, 0, false);
    }
  }
  return 0;
}

// The phrases, in table order, by the lowercased first byte a match can start with: the
// first letter of a phrase's first word; a phrase opening with a wildcard, or with a lone
// "by" (which may match as "for ... by"), can start anywhere. occurrences() tries only the
// list of the byte at each position instead of every phrase.
const std::array<std::vector<const Phrase*>, 256>& phrases_by_first_byte() {
  static const auto index = [] {
    std::array<std::vector<const Phrase*>, 256> lists;
    for (const auto& ph : phrases()) {
      const bool anywhere = ph.words.empty() || ph.words[0] == "*" || (ph.words.size() == 1 && ph.words[0] == "by");
      if (anywhere) {
        for (auto& list : lists) list.push_back(&ph);
      } else {
        lists[static_cast<unsigned char>(ascii_lower(ph.words[0][0]))].push_back(&ph);
      }
    }
    return lists;
  }();
  return index;
}

struct Occurrence {
  std::size_t start = 0;
  std::size_t end = 0;
  const Phrase* phrase = nullptr;
};

/// Every credit phrase in `s` (collapsed spaces), left to right, longest match first.
std::vector<Occurrence> occurrences(std::string_view s) {
  std::vector<Occurrence> out;
  for (std::size_t i = 0; i < s.size();) {
    if (i > 0 && is_word_byte(s[i - 1])) {
      ++i;
      continue;
    }
    Occurrence best;
    for (const Phrase* ph : phrases_by_first_byte()[static_cast<unsigned char>(ascii_lower(s[i]))]) {
      std::size_t end = match_words(s, i, ph->words, 0);
      if (end > best.end) best = {i, end, ph};
    }
    if (best.phrase) {
      out.push_back(best);
      i = best.end;
    } else {
      ++i;
    }
  }
  return out;
}

/// Start of the sentence or clause holding `pos`: after the last sentence end or ";".
std::size_t clause_start(std::string_view s, std::size_t pos) {
  for (std::size_t i = pos; i > 0; --i) {
    char c = s[i - 1];
    if (c == ';') return i;
    // Past the quotation the sentence ended in.
    if (c == '.' && text::is_sentence_end(s, i - 1)) return std::min(text::past_closing_quotes(s, i), pos);
  }
  return 0;
}

/// End of the sentence or clause holding `pos`: the next sentence end or ";" (exclusive).
std::size_t clause_end(std::string_view s, std::size_t pos, std::size_t limit) {
  for (std::size_t i = pos; i < limit; ++i) {
    if (s[i] == ';' || (s[i] == '.' && text::is_sentence_end(s, i))) return i;
  }
  return limit;
}

/// A short lead-in before a credit phrase: "This document was", "Original document".
bool is_lead(std::string_view s) {
  s = trim(s);
  if (s.empty()) return true;
  std::size_t words = 1;
  for (char c : s) {
    if (c == ' ') ++words;
    if (text::is_digit_byte(c) || c == ',' || c == '(' || c == '[') return false;
  }
  return words <= kMaxLeadWords;
}

bool has_role(const Phrase& p, std::string_view role) {
  return std::find(p.roles.begin(), p.roles.end(), role) != p.roles.end();
}

/// Removes connectors left at the ends of a name span: ",", ";", ".", "and", "&", ":".
std::string_view strip_connectors(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    s = trim(s);
    for (std::string_view tail : {" and", " &", ",", ";"}) {
      if (s.size() >= tail.size() && text::iequals(s.substr(s.size() - tail.size()), tail)) {
        s.remove_suffix(tail.size());
        changed = true;
      }
    }
    if (!s.empty() && s.front() == ':') {
      s.remove_prefix(1);
      changed = true;
    }
  }
  return s;
}

/// True for "Jr.", "Sr.", "III": pieces that belong to the name before them.
bool is_name_suffix(std::string_view s) {
  for (std::string_view suf : {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "PhD", "Ph.D.", "Esq."})
    if (s == suf) return true;
  return false;
}

/// True when `s` ends with an initial such as "D." ("John D. and Catherine T. MacArthur
/// Foundation" is one name, not two).
bool ends_with_initial(std::string_view s) {
  return s.size() >= 2 && s.back() == '.' && (s.size() == 2 || s[s.size() - 3] == ' ' || s[s.size() - 3] == '.') &&
         s[s.size() - 2] >= 'A' && s[s.size() - 2] <= 'Z';
}

/// A name as written, cleaned of a final sentence period, qualifiers and honorifics.
std::string clean_name(std::string_view s, bool organisation) {
  s = strip_connectors(s);
  // "Gary Goldberg for CWIHP", "Leonid Reshin (Moscow)": the qualifier is not part of a
  // person's name (an organisation's acronym in brackets is: "... of New York (CCNY)").
  if (!organisation) {
    std::size_t f = text::find_word(s, "for");
    if (f != std::string_view::npos && f > 0) s = trim(s.substr(0, f));
    std::string_view bare = s;
    if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
    if (bare.ends_with(")") && bare.rfind(" (") != std::string_view::npos) s = trim(bare.substr(0, bare.rfind(" (")));
  }
  // The period ending the sentence, unless it closes an initial or "Jr.".
  if (!s.empty() && s.back() == '.' && !ends_with_initial(s) && !is_name_suffix(s.substr(s.rfind(' ') + 1)))
    s.remove_suffix(1);
  // "translation by X slightly revised": a participle after the name says what was done.
  while (true) {
    std::size_t space = s.rfind(' ');
    if (space == std::string_view::npos) break;
    std::string_view last = s.substr(space + 1);
    bool lower = std::all_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!lower || !(last.ends_with("ed") || last.ends_with("ly"))) break;
    s = trim(s.substr(0, space));
  }
  std::string name = strip_honorifics(s);
  // "support from the Leon Levy Foundation", "obtained by the Cold War International History
  // Project": the article is not part of the name.
  if (name.size() > 4 && name.compare(0, 4, "the ") == 0) name.erase(0, 4);
  return std::string(trim(name));
}

/// Splits a span naming people or organisations on ",", ";", "and", "&".
std::vector<std::string> split_names(std::string_view span, bool organisation) {
  std::vector<std::string> pieces;
  std::vector<std::string> joiners;  // the separator that preceded each piece
  std::string current;
  std::string joiner;
  std::size_t i = 0;
  auto flush = [&](std::string next_joiner) {
    pieces.push_back(current);
    joiners.push_back(joiner);
    current.clear();
    joiner = std::move(next_joiner);
  };
  while (i < span.size()) {
    if (span[i] == ',' || span[i] == ';') {
      std::size_t j = i + 1;
      while (j < span.size() && span[j] == ' ') ++j;
      std::string sep(1, span[i]);
      if (text::word_at(span, j, "and")) {
        sep += " and";
        j += 3;
      }
      flush(sep + " ");
      i = j;
      continue;
    }
    if (span[i] == ' ' && (text::word_at(span, i + 1, "and") || text::word_at(span, i + 1, "&"))) {
      std::size_t len = text::word_at(span, i + 1, "and") ? 3 : 1;
      flush(" " + std::string(span.substr(i + 1, len)) + " ");
      i += 1 + len;
      continue;
    }
    current += span[i++];
  }
  flush("");
  // "Syngman Rhee Institute, Yonsei University": a unit named with the body it belongs to.
  auto unit_of = [](std::string_view unit, std::string_view body) {
    auto has = [](std::string_view s, std::initializer_list<std::string_view> words) {
      return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text::find_word(s, w) != std::string_view::npos; });
    };
    return has(unit, {"Institute", "Center", "Centre", "Department", "School", "Faculty", "Program", "Programme",
                      "Library", "Project", "Laboratory"}) &&
           has(body, {"University", "College", "Academy"});
  };
  std::vector<std::string> names;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    std::string piece(trim(pieces[k]));
    if (piece.empty()) continue;
    bool attach = !names.empty() && (is_name_suffix(piece) || (organisation && ends_with_initial(names.back())) ||
                                     (organisation && joiners[k] == ", " && unit_of(names.back(), piece)));
    if (attach) names.back() += joiners[k] + piece;
    else names.push_back(piece);
  }
  std::vector<std::string> out;
  for (const auto& n : names) {
    std::string name = clean_name(n, organisation);
    // "..., copy provided by Y": lower-case words before the next credit are its lead-in,
    // not a name (names in scripts without case are kept).
    bool lower_only = std::all_of(name.begin(), name.end(), [](char c) {
      return !(c >= 'A' && c <= 'Z') && static_cast<unsigned char>(c) < 0x80;
    });
    if (!name.empty() && !lower_only) out.push_back(std::move(name));
  }
  return out;
}

void add_unique(std::vector<std::string>& list, const std::string& name) {
  if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

void add_unique(std::vector<Credit>& list, const Credit& credit) {
  if (std::find(list.begin(), list.end(), credit) == list.end()) list.push_back(credit);
}

void assign(ParsedCredits& out, const std::string& role, const std::string& name) {
  if (role == "translator") add_unique(out.translators, name);
  else if (role == "contributor") add_unique(out.contributors, name);
  else if (role == "editor") add_unique(out.editors, name);
  else if (role == "funder") add_unique(out.funders, name);
  else add_unique(out.other_credits, Credit{role, name});
}

/// Records the text of `s` in [from, to) as unplaced, sentence by sentence, when it says more
/// than punctuation.
void add_unplaced(ParsedCredits& out, std::string_view s, std::size_t from, std::size_t to) {
  while (from < to) {
    std::size_t end = clause_end(s, from, to);
    std::string_view piece = trim(s.substr(from, end - from));
    while (!piece.empty() && (piece.back() == '.' || piece.back() == ',' || piece.back() == ';')) piece.remove_suffix(1);
    while (!piece.empty() && (piece.front() == '.' || piece.front() == ',' || piece.front() == ';')) piece.remove_prefix(1);
    piece = trim(piece);
    bool words = std::any_of(piece.begin(), piece.end(), [](char c) { return is_word_byte(c); });
    if (words) out.unplaced.emplace_back(piece);
    from = end + 1;
  }
}

}  // namespace

std::string strip_honorifics(std::string_view name) {
  std::string_view s = trim(name);
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    std::size_t best = 0;
    for (const auto& row : table("honorifics")) {
      if (row.empty() || row[0].empty()) continue;
      const std::string& h = row[0];
      if (!text::word_at(s, 0, h)) continue;
      std::size_t end = h.size();
      if (end < s.size() && s[end] == '.') ++end;
      // Only a word of address followed by a name: "General" alone is a name.
      if (end >= s.size() || !is_space_byte(s[end])) continue;
      best = std::max(best, end);
    }
    if (best > 0) {
      s = trim(s.substr(best));
      changed = true;
    }
  }
  return std::string(s);
}

namespace {

/// Joins the lines of a credits block. A line that opens with its own credit ("Translated by
/// X" / "This document was made possible ...") starts a new clause even without a period;
/// any other line break is a space (a name may wrap).
std::string join_lines(std::string_view input) {
  std::string joined;
  while (!input.empty()) {
    std::size_t nl = input.find('\n');
    std::string line = text::collapse_spaces(input.substr(0, nl));
    input = nl == std::string_view::npos ? std::string_view{} : input.substr(nl + 1);
    if (line.empty()) continue;
    if (!joined.empty()) {
      std::vector<Occurrence> occ = occurrences(line);
      bool opens_credit = !occ.empty() && is_lead(std::string_view(line).substr(0, occ.front().start));
      char last = joined.back();
      joined += (opens_credit && last != '.' && last != ';' && last != ',') ? "; " : " ";
    }
    joined += line;
  }
  return joined;
}

}  // namespace

ParsedCredits parse_credits(std::string_view input) {
  ParsedCredits out;
  const std::string s = join_lines(input);
  const std::vector<Occurrence> occ = occurrences(s);
  std::size_t covered = 0;  // text before this offset is placed or reported
  for (std::size_t k = 0; k < occ.size(); ++k) {
    const Occurrence& o = occ[k];
    std::size_t start = clause_start(s, o.start);
    if (start < covered) start = covered;
    // Text before the phrase in its clause: a short lead-in ("This document was") or not.
    if (covered < start) add_unplaced(out, s, covered, start);
    std::string_view lead = std::string_view(s).substr(start, o.start - start);
    if (!is_lead(lead)) add_unplaced(out, s, start, o.start);
    std::size_t limit = k + 1 < occ.size() ? occ[k + 1].start : s.size();
    std::size_t end = clause_end(s, o.end, limit);
    const bool organisation = has_role(*o.phrase, "funder");
    std::vector<std::string> names = split_names(std::string_view(s).substr(o.end, end - o.end), organisation);
    if (names.empty()) add_unplaced(out, s, start, end);  // "Translated by." names nobody
    for (const std::string& name : names)
      for (const std::string& role : o.phrase->roles) assign(out, role, name);
    // Text after a sentence end that comes before the next phrase is dealt with as that
    // phrase's lead-in, or as unplaced text at the end.
    covered = end < limit ? end + 1 : end;
  }
  if (covered < s.size()) add_unplaced(out, s, covered, s.size());
  return out;
}

bool is_credit_sentence(std::string_view text) {
  ParsedCredits pc = parse_credits(text);
  bool any = !pc.translators.empty() || !pc.contributors.empty() || !pc.editors.empty() ||
             !pc.other_credits.empty() || !pc.funders.empty();
  return any && pc.unplaced.empty();
}

void merge_credits(ParsedCredits& into, const ParsedCredits& more) {
  for (const auto& n : more.translators) add_unique(into.translators, n);
  for (const auto& n : more.contributors) add_unique(into.contributors, n);
  for (const auto& n : more.editors) add_unique(into.editors, n);
  for (const auto& c : more.other_credits) add_unique(into.other_credits, c);
  for (const auto& n : more.funders) add_unique(into.funders, n);
  for (const auto& n : more.unplaced) add_unique(into.unplaced, n);
}

std::size_t find_credit_start(std::string_view text) {
  for (const Occurrence& o : occurrences(text)) {
    std::size_t start = clause_start(text, o.start);
    std::string_view lead = text.substr(start, o.start - start);
    if (trim(lead).empty()) return o.start;
    if (is_lead(lead)) return start + lead.find_first_not_of(' ');
    // "..., 3. d. Translated by X": a capitalised phrase after a period opens a sentence,
    // even where the period also ends an abbreviation.
    const bool capital = text[o.start] >= 'A' && text[o.start] <= 'Z';
    if (capital && o.start >= 2 && text[o.start - 1] == ' ' && text[o.start - 2] == '.') return o.start;
    // "..., ll. 5-6, translated by X", "AVP RF, copy courtesy of NSA": a clause after a comma,
    // with a short lead-in or none, except "edited by", which book references use.
    if (has_role(*o.phrase, "editor")) continue;
    std::size_t comma = lead.rfind(',');
    if (comma != std::string_view::npos && is_lead(lead.substr(comma + 1))) {
      std::size_t at = start + comma + 1;
      while (at < o.start && text[at] == ' ') ++at;
      return at;
    }
  }
  return std::string_view::npos;
}

}  // namespace archtei
