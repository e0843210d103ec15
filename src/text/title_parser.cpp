// Reads the document type, authors and recipients a title names.
#include "text/title_parser.h"

#include <algorithm>
#include <cctype>

#include "text/citation_strings.h"
#include "text/credit_parser.h"
#include "text/date_parser.h"
#include "text/tables.h"

namespace archtei {
namespace {

using text::find_word;
using text::trim;
using text::word_at;

constexpr auto npos = std::string_view::npos;

/// True when `s` ends with an initial such as "I.V." or " A.", whose period is the name's.
bool ends_with_initial(std::string_view s) {
  std::size_t n = s.size();
  return n >= 2 && s[n - 1] == '.' && s[n - 2] >= 'A' && s[n - 2] <= 'Z' &&
         (n == 2 || s[n - 3] == '.' || s[n - 3] == ' ');
}

/// `s` without a date at its end and the word or comma that joins it ("..., 3 March 1950",
/// "... on 3 March 1950", "... (3 March 1950)").
std::string_view drop_trailing_date(std::string_view s) {
  for (std::size_t from = 0; from < s.size();) {
    FoundDate d = find_date(s.substr(from));
    if (d.iso.empty()) break;
    std::size_t start = from + d.offset, end = start + d.length;
    std::string_view after = trim(s.substr(end));
    if (after.empty() || after == ")" || after == ".") {
      std::string_view before = trim(s.substr(0, start));
      if (!before.empty() && before.back() == '(') before = trim(before.substr(0, before.size() - 1));
      if (!before.empty() && before.back() == ',') return trim(before.substr(0, before.size() - 1));
      for (std::string_view joiner : {"on", "of", "for", "dated", "from"}) {
        if (before.size() > joiner.size() && word_at(before, before.size() - joiner.size(), joiner))
          return trim(before.substr(0, before.size() - joiner.size()));
      }
      return s;
    }
    from = end;
  }
  return s;
}

struct TypeMatch {
  std::size_t start = 0;   // after a leading "From the" ("From the Journal of ...")
  std::size_t length = 0;
  bool from_names_author = true;
  enum class Of { Nothing, Author, Keeper } of = Of::Nothing;  // what "of X" after the type names
};

TypeMatch type_match(std::string_view s) {
  TypeMatch best;
  std::size_t start = 0;
  for (std::string_view lead : {"from the ", "from "}) {
    if (s.size() > lead.size() && text::iequals(s.substr(0, lead.size()), lead)) {
      start = lead.size();
      break;
    }
  }
  for (std::size_t at : {std::size_t{0}, start}) {
    for (const auto& row : table("title_types")) {
      if (row.empty() || row[0].empty() || row[0].size() <= best.length) continue;
      if (!word_at(s, at, row[0])) continue;
      best.start = at;
      best.length = row[0].size();
      best.from_names_author = row.size() < 2 || row[1] != "source";
      best.of = row.size() < 3 ? TypeMatch::Of::Nothing
                : row[2] == "author" ? TypeMatch::Of::Author
                : row[2] == "keeper" ? TypeMatch::Of::Keeper
                                     : TypeMatch::Of::Nothing;
    }
    if (best.length > 0) break;
  }
  return best;
}

/// Where the recipients' names stop: a word that starts what the document is about.
std::size_t recipients_end(std::string_view s) {
  std::size_t end = s.size();
  for (std::string_view w : {"regarding", "concerning", "about", "on", "re", "informing", "requesting", "reporting",
                             "transmitting", "asking", "with", "following", "attaching", "enclosing", "conveying",
                             "in connection", "in response", "in reply", "discussing"}) {
    std::size_t p = find_word(s, w);
    if (p != npos && p > 0 && s[p - 1] == ' ') end = std::min(end, p);
  }
  // A colon, a dash, or a quoted heading after the names: "..., 'Summary of the Situation'".
  for (std::string_view stop : {":", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ", '", ", \"", ", \xE2\x80\x98",
                                ", \xE2\x80\x9C", " '", " \"", " \xE2\x80\x98", " \xE2\x80\x9C"}) {
    std::size_t p = s.find(stop);
    if (p != npos) end = std::min(end, p);
  }
  return end;
}

/// True when the word before `pos` names an institution, whose name may go on with "for"
/// ("Ministry for State Security", "Committee for State Security").
bool after_institution_word(std::string_view s, std::size_t pos) {
  std::string_view before = trim(s.substr(0, pos));
  std::size_t start = before.rfind(' ');
  std::string_view word = start == npos ? before : before.substr(start + 1);
  for (std::string_view w : {"Ministry", "Ministries", "Committee", "Commission", "Commissariat", "Council", "Office",
                             "Department", "Directorate", "Administration", "Agency", "Bureau", "Institute",
                             "Center", "Centre", "Society", "Union", "Association", "League", "Front", "Board",
                             "Service", "Secretariat", "Foundation", "Fund", "Organization", "Organisation"})
    if (word == w) return true;
  return false;
}

/// Where the authors' names stop when no "to" follows: what the document is about, where
/// or when it was given ("Speech by Kim Il Sung at the Party Conference").
std::size_t authors_end(std::string_view s) {
  std::size_t end = recipients_end(s);
  for (std::string_view w : {"at", "for", "during", "before"}) {
    for (std::size_t p = find_word(s, w); p != npos; p = find_word(s, w, p + w.size())) {
      if (p == 0 || s[p - 1] != ' ') continue;
      if (w == "for" && after_institution_word(s, p)) continue;
      end = std::min(end, p);
      break;
    }
  }
  return end;
}

/// True when "of X" after the type names an event, not who wrote the document: "Minutes of
/// the MPRP Politburo Meeting", "Protocol of the Session of ...".
bool names_an_event(std::string_view x) {
  for (std::string_view w : {"meeting", "meetings", "session", "sessions", "sitting", "conversation",
                             "conversations", "talks", "discussion", "discussions", "negotiations", "visit",
                             "reception", "interview"})
    if (find_word(x, w) != npos) return true;
  return false;
}

/// True when a piece of a name list names someone: it has a letter and is not a serial
/// number ("No. 76.211", "N 390").
bool names_someone(std::string_view s) {
  if (std::none_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }))
    return false;
  for (std::string_view sign : {"No.", "No", "Nr.", "N", "#", "\xE2\x84\x96"}) {
    if (s.size() <= sign.size() || s.substr(0, sign.size()) != sign) continue;
    std::string_view rest = trim(s.substr(sign.size()));
    if (!rest.empty() && text::is_digit_byte(rest.front())) return false;
  }
  return true;
}

/// Splits a list of names on ",", "and", "&" and cleans each.
std::vector<std::string> names(std::string_view s) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    // "Mao Zedong (via Roshchin)": the channel a message went through is not the name.
    std::string_view whole = trim(current);
    if (std::size_t via = whole.find("(via "); via != npos && whole.back() == ')') whole = trim(whole.substr(0, via));
    std::string name = strip_honorifics(whole);
    while (!name.empty() && (name.back() == ',' || name.back() == ';' || (name.back() == '.' && !ends_with_initial(name))))
      name.pop_back();
    for (std::string_view article : {"the ", "The "})
      if (name.size() > article.size() && name.compare(0, article.size(), article) == 0) name.erase(0, article.size());
    name = std::string(trim(name));
    if (!name.empty() && names_someone(name)) out.push_back(std::move(name));
    current.clear();
  };
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[') ++depth;
    else if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth == 0 && c == ',') {
      flush();
      continue;
    }
    if (depth == 0 && c == ' ' && (word_at(s, i + 1, "and") || (i + 1 < s.size() && s[i + 1] == '&'))) {
      flush();
      i += word_at(s, i + 1, "and") ? 3 : 1;
      continue;
    }
    current += c;
  }
  flush();
  return out;
}

bool starts_upper(std::string_view s) {
  s = trim(s);
  return !s.empty() && ((s[0] >= 'A' && s[0] <= 'Z') || static_cast<unsigned char>(s[0]) >= 0x80);
}

}  // namespace

ParsedTitle parse_title(std::string_view title) {
  ParsedTitle out;
  std::string collapsed = text::collapse_spaces(title);
  std::string_view s = trim(collapsed);
  while (!s.empty() && (s.back() == ',' || (s.back() == '.' && !ends_with_initial(s)))) s = trim(s.substr(0, s.size() - 1));
  s = drop_trailing_date(s);

  TypeMatch type = type_match(s);
  if (type.length == 0) return out;
  // "Telephone Message via VCh, I. Stalin to Kim Il Sung": the channel belongs to the type.
  std::size_t type_end = type.start + type.length;
  std::size_t via_end = s.find(',', type_end);
  if (via_end != npos && s[type_end] == ' ' && word_at(s, type_end + 1, "via")) type_end = via_end;
  out.document_type = std::string(trim(s.substr(type.start, type_end - type.start)));
  std::string_view rest = s.substr(type_end);
  if (!type.from_names_author) return out;

  std::size_t between = find_word(rest, "between");
  std::size_t intro = npos, intro_len = 0;
  for (std::string_view w : {"from", "by"}) {
    std::size_t p = find_word(rest, w);
    if (p != npos && p < intro) intro = p, intro_len = w.size();
  }
  const bool of_follows = word_at(trim(rest), 0, "of");
  if (type.of == TypeMatch::Of::Keeper && of_follows) {
    // "Journal of Soviet Ambassador to the DPRK A.M. Puzanov, ...": one keeper, no recipients.
    std::string_view after = rest.substr(rest.find("of") + 2);
    after = after.substr(0, std::min(after.find(','), authors_end(after)));
    std::string name = strip_honorifics(trim(after));
    if (!name.empty()) out.authors.push_back(std::move(name));
    return out;
  }
  if (type.of == TypeMatch::Of::Author && of_follows) intro = rest.find("of"), intro_len = 2;
  if (between != npos && (intro == npos || between < intro)) return out;

  if (intro != npos) {
    std::string_view after = rest.substr(intro + intro_len);
    std::size_t to = find_word(after, "to");
    std::size_t end = std::min(to, authors_end(after));
    out.authors = names(after.substr(0, end));
    // "Letter of thanks to ...": after "of", only a capitalised name is an author; "Minutes
    // of the Politburo Meeting": an event is none.
    if (intro_len == 2)
      std::erase_if(out.authors, [](const std::string& a) { return !starts_upper(a) || names_an_event(a); });
    if (to != npos && to == end) {
      std::string_view r = after.substr(to + 2);
      out.recipients = names(r.substr(0, recipients_end(r)));
    }
    return out;
  }
  // "Ciphered Telegram, Molotov to Cde. Stalin": the clause after the first comma.
  std::size_t comma = rest.find(',');
  std::string_view clause = comma == npos ? rest : rest.substr(comma + 1);
  std::size_t to = find_word(clause, "to");
  if (to == npos) return out;
  std::string_view a = trim(clause.substr(0, to));
  std::string_view r = clause.substr(to + 2);
  if (comma != npos && starts_upper(a)) out.authors = names(a);
  else if (!a.empty()) return out;  // "Telegram No. 5 to ...": no names to read
  out.recipients = names(r.substr(0, recipients_end(r)));
  return out;
}

}  // namespace archtei
