// Reads the document type, authors and recipients a title names.
#include "text/title_parser.h"

#include <algorithm>
#include <cctype>
#include <optional>

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

bool starts_upper(std::string_view s) {
  s = trim(s);
  return !s.empty() && ((s[0] >= 'A' && s[0] <= 'Z') || static_cast<unsigned char>(s[0]) >= 0x80);
}

/// True when `s` is a rank or office as names write it before a person: a word of
/// honorifics.tsv ("Ambassador", "Foreign Minister"), or a group's word ("members").
std::size_t rank_at(std::string_view s, std::size_t pos) {
  std::size_t best = 0;
  for (const auto& row : table("honorifics")) {
    if (row.empty() || row[0].empty()) continue;
    const std::string& h = row[0];
    // Capitalised as a rank is written: "Ambassador", not "ambassador" in running words.
    if (pos + h.size() > s.size() || s.compare(pos, h.size(), h) != 0) continue;
    if (!word_at(s, pos, h)) continue;
    best = std::max(best, h.size());
  }
  for (std::string_view group : {"members", "member", "leaders", "leader"})
    if (word_at(s, pos, group) && s.compare(pos, group.size(), group) == 0) best = std::max(best, group.size());
  return best;
}

/// The person a designation names after its rank: "Soviet Ambassador to Cuba Alekseev" ->
/// "Alekseev", "Politburo members Mikoyan" -> "Mikoyan", "UAR President Nasser" -> "Nasser".
/// The rank may be followed by where it is held ("to Cuba", "in the DPRK"); an office
/// alone ("Foreign Minister", "Secretary of State") or with a bracketed name ("Chairman [Mao
/// Zedong]") stays as it is.
std::string_view person_after_rank(std::string_view s) {
  std::size_t after = npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-') continue;
    if (std::size_t n = rank_at(s, i)) after = i + n, i += n - 1;
  }
  if (after == npos) return s;
  std::string_view rest = trim(s.substr(after));
  if (!rest.empty() && rest.front() == '.') rest = trim(rest.substr(1));
  // "to Cuba Alekseev", "in the DPRK A.M. Puzanov": the post, then the name.
  for (std::string_view post : {"to", "in", "at"}) {
    if (!word_at(rest, 0, post)) continue;
    std::string_view place = trim(rest.substr(post.size()));
    if (word_at(place, 0, "the")) place = trim(place.substr(3));
    std::size_t space = place.find(' ');
    if (space == npos) return s;
    rest = trim(place.substr(space + 1));
    break;
  }
  if (!starts_upper(rest)) return s;
  return rest;
}

/// Splits a list of names on ",", "and", "&" and cleans each: honorifics and ranks before a
/// person, a leading "the", the channel a message went through, a remark on the copy
/// ("(Excerpt)") go. A possessive names an occasion, not a person ("Zhou Enlai's Reception
/// of ..."), and gives no name.
std::vector<std::string> names(std::string_view s) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    // "Mao Zedong (via Roshchin)": the channel a message went through is not the name.
    std::string_view whole = trim(current);
    if (std::size_t via = whole.find("(via "); via != npos && whole.back() == ')') whole = trim(whole.substr(0, via));
    for (std::string_view remark : {"(Excerpt)", "(Excerpts)", "(excerpt)", "(excerpts)", "(Fragment)", "(Fragments)",
                                    "(Summary)", "(Draft)"})
      if (whole.ends_with(remark)) whole = trim(whole.substr(0, whole.size() - remark.size()));
    std::string name = strip_honorifics(whole);
    while (!name.empty() && (name.back() == ',' || name.back() == ';' || (name.back() == '.' && !ends_with_initial(name))))
      name.pop_back();
    for (std::string_view article : {"the ", "The "})
      if (name.size() > article.size() && name.compare(0, article.size(), article) == 0) name.erase(0, article.size());
    name = std::string(person_after_rank(trim(name)));
    bool possessive = name.find("'s ") != npos || name.find("\xE2\x80\x99s ") != npos || name.ends_with("'s") ||
                      name.ends_with("\xE2\x80\x99s");
    if (!name.empty() && names_someone(name) && !possessive) out.push_back(std::move(name));
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

/// Words that qualify a document before its type without naming anyone: "Secret Telegram",
/// "Untitled memorandum", "Undated, unsigned handwritten note".
bool is_qualifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "secret", "top", "strictly", "confidential", "urgent", "coded", "untitled", "undated", "unsigned",
      "handwritten", "typewritten", "typed", "personal", "private", "official", "unofficial", "short", "brief",
      "partial", "unpublished", "original", "signed", "very"};
  for (std::string_view k : kWords)
    if (text::iequals(w, k)) return true;
  return false;
}

/// Where the document's type stands in a title, and what stands before it.
struct Located {
  TypeMatch type;
  std::string_view prefix;  ///< the words before the type that may name its author
};

/// A type at the start of `s + at`, else none.
std::optional<TypeMatch> type_at(std::string_view s, std::size_t at) {
  TypeMatch t = type_match(s.substr(at));
  if (t.length == 0) return std::nullopt;
  t.start += at;
  return t;
}

/// Finds the type: opening the title ("Telegram from ..."), after a label ("Second
/// Meeting: Record of ..."), after qualifiers ("Secret Telegram ..."), after its author and
/// a comma ("Ministry for State Security, 'Single Information ...'"), or after its author
/// alone ("Mikoyan-Suslov Report", "Mongolian Politburo Resolution and Letter to ...").
std::optional<Located> locate_type(std::string_view s) {
  if (auto t = type_at(s, 0)) return Located{*t, {}};
  if (std::size_t colon = s.find(": "); colon != npos && colon < 48)
    if (auto t = type_at(s, colon + 2)) return Located{*t, {}};
  std::size_t p = 0;
  while (p < s.size()) {
    std::size_t e = p;
    while (e < s.size() && s[e] != ' ' && s[e] != ',') ++e;
    if (e == p || !is_qualifier(s.substr(p, e - p))) break;
    p = e;
    while (p < s.size() && (s[p] == ' ' || s[p] == ',')) ++p;
  }
  if (p > 0)
    if (auto t = type_at(s, p)) return Located{*t, {}};
  // After the author and a comma, the type may open a quoted title.
  for (std::size_t comma = s.find(", "); comma != npos; comma = s.find(", ", comma + 1)) {
    std::size_t at = comma + 2;
    if (std::size_t q = text::quote_length(s, at)) at += q;
    if (auto t = type_at(s, at)) return Located{*t, trim(s.substr(0, comma))};
  }
  // After the author alone: capitalised words, no sentence.
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i - 1] != ' ') continue;
    auto t = type_at(s, i);
    if (!t) continue;
    std::string_view prefix = trim(s.substr(0, i));
    bool names_only = true;
    for (std::size_t w = 0; w < prefix.size(); ++w)
      if ((w == 0 || prefix[w - 1] == ' ') && !starts_upper(prefix.substr(w))) names_only = false;
    if (!names_only || std::count(prefix.begin(), prefix.end(), ' ') > 4) return std::nullopt;
    return Located{*t, prefix};
  }
  return std::nullopt;
}

/// Nouns that name an event a document records: "Minutes of the Conversation", "Memo of
/// Meeting" are a document's type as a whole.
bool is_event_noun(std::string_view w) {
  for (std::string_view k : {"conversation", "conversations", "meeting", "meetings", "discussion", "discussions",
                              "talks", "negotiations"})
    if (text::iequals(w, k)) return true;
  return false;
}

/// The type's end, past an event it records ("of the Conversation") and a second type
/// joined by "and" ("Resolution and Letter").
std::size_t extend_type(std::string_view s, std::size_t end) {
  auto word_after = [&](std::size_t pos, std::string_view w) {
    return pos < s.size() && s[pos] == ' ' && word_at(s, pos + 1, w);
  };
  if (word_after(end, "of")) {
    std::size_t p = end + 3;
    for (std::string_view article : {"a", "an", "the"})
      if (word_after(p, article)) { p += 1 + article.size(); break; }
    std::size_t w = p + 1, e = w;
    while (e < s.size() && s[e] != ' ' && s[e] != ',') ++e;
    if (p < s.size() && s[p] == ' ' && is_event_noun(s.substr(w, e - w))) return e;
  }
  if (word_after(end, "and"))
    if (auto t = type_at(s, end + 5); t && t->length > 0) return t->start + t->length;
  return end;
}

/// "No. 26044", "No.54755", "Nº 5": a serial number between the type and its author.
bool is_serial(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return text::is_digit_byte(c); }) || w == "No." || w == "No" ||
         w == "N" || w == "Nr." || w == "\xE2\x84\x96" || w == "N\xC2\xBA";
}

/// True when the words before "from"/"by" in `rest` still belong to the type: a serial
/// number, or a hedge ("possibly by Galili"); or when a verb of writing stands right before
/// it ("Prepared by").
bool intro_near(std::string_view rest, std::size_t intro) {
  std::string_view before = trim(rest.substr(0, intro));
  // "... Prepared by the Bulgarian Legation": a verb of writing names the author anywhere.
  for (std::string_view verb : {"prepared", "written", "compiled", "drafted", "sent", "signed", "issued", "submitted",
                                "authored", "composed"})
    if (before.size() >= verb.size() && word_at(before, before.size() - verb.size(), verb)) return true;
  if (!before.empty() && before.front() == ',') before = trim(before.substr(1));
  while (!before.empty()) {
    std::size_t space = before.find(' ');
    std::string_view w = before.substr(0, space);
    while (!w.empty() && w.back() == ',') w.remove_suffix(1);
    bool hedge = text::iequals(w, "possibly") || text::iequals(w, "probably") || text::iequals(w, "presumably") ||
                 text::iequals(w, "apparently");
    if (!is_serial(w) && !hedge) return false;
    before = space == npos ? std::string_view{} : trim(before.substr(space + 1));
  }
  return true;
}

/// The "to" that names the addressee in `s`, passing over a post's own "to" ("from Soviet
/// Ambassador to Cuba Alekseev to the USSR MFA"); npos when there is none.
std::size_t recipients_to(std::string_view s) {
  for (std::size_t to = find_word(s, "to"); to != npos; to = find_word(s, "to", to + 2)) {
    std::string_view before = trim(s.substr(0, to));
    std::size_t space = before.rfind(' ');
    std::size_t word = space == npos ? 0 : space + 1;
    if (word < before.size() && rank_at(before, word) == before.size() - word &&
        find_word(s, "to", to + 2) != npos)
      continue;
    return to;
  }
  return npos;
}

/// The names an author phrase before the type gives: "Mikoyan-Suslov" is two.
std::vector<std::string> prefix_authors(std::string_view prefix) {
  std::string joined(prefix);
  for (std::size_t i = 1; i + 1 < joined.size(); ++i)
    if (joined[i] == '-' && std::isupper(static_cast<unsigned char>(joined[i + 1])) &&
        std::islower(static_cast<unsigned char>(joined[i - 1])))
      joined[i] = ',';
  return names(joined);
}

/// Where a recipient list ends before a remark the title adds: ", SECRET, No. 5", a
/// participle ("... Malenkov Critically Assessing the Situation").
std::size_t remark_start(std::string_view s) {
  std::size_t end = s.size();
  for (std::size_t comma = s.find(", "); comma != npos; comma = s.find(", ", comma + 1)) {
    std::string_view next = s.substr(comma + 2);
    std::size_t len = 0;
    while (len < next.size() && next[len] >= 'A' && next[len] <= 'Z') ++len;
    if (len >= 4 && (len == next.size() || next[len] == ',' || next[len] == ' ')) { end = comma; break; }
  }
  for (std::size_t i = 0; i < end; ++i) {
    if (i > 0 && s[i - 1] != ' ') continue;
    std::size_t e = s.find(' ', i);
    if (e == npos || e > end) break;
    std::string_view w = s.substr(i, e - i);
    std::size_t e2 = s.find(' ', e + 1);
    std::string_view next = s.substr(e + 1, (e2 == npos ? s.size() : e2) - e - 1);
    if (w.size() > 4 && w.ends_with("ly") && next.size() > 4 && next.ends_with("ing")) return i == 0 ? end : i - 1;
  }
  return end;
}

}  // namespace

ParsedTitle parse_title(std::string_view title) {
  ParsedTitle out;
  std::string collapsed = text::collapse_spaces(title);
  std::string_view s = trim(collapsed);
  while (!s.empty() && (s.back() == ',' || (s.back() == '.' && !ends_with_initial(s)))) s = trim(s.substr(0, s.size() - 1));
  s = drop_trailing_date(s);

  std::optional<Located> found = locate_type(s);
  if (!found) {
    // "Israeli Foreign Ministry, Jerusalem, to Israeli Embassy, Havana": a title without a
    // type that names its sender, a comma, and its addressee, each kept whole.
    std::size_t to = s.find(", to ");
    if (to != npos && s.find(", to ", to + 1) == npos && starts_upper(s)) {
      std::string a = strip_honorifics(trim(s.substr(0, to)));
      std::string r = strip_honorifics(trim(s.substr(to + 5)));
      if (r.compare(0, 4, "the ") == 0) r.erase(0, 4);
      if (!a.empty() && starts_upper(r)) out.authors.push_back(std::move(a)), out.recipients.push_back(std::move(r));
    }
    return out;
  }
  TypeMatch type = found->type;
  std::size_t type_end = extend_type(s, type.start + type.length);
  // "Telephone Message via VCh, I. Stalin to Kim Il Sung": the channel belongs to the type.
  std::size_t via_end = s.find(',', type_end);
  if (via_end != npos && s[type_end] == ' ' && word_at(s, type_end + 1, "via")) type_end = via_end;
  out.document_type = std::string(trim(s.substr(type.start, type_end - type.start)));
  std::string_view rest = s.substr(type_end);
  if (!type.from_names_author) return out;
  // A quoted title after its author ("Embassy ..., 'Note about ...'") is the subject.
  const bool quoted = text::quote_before(s, type.start);
  if (!found->prefix.empty()) out.authors = prefix_authors(found->prefix);
  if (quoted) return out;

  std::size_t between = find_word(rest, "between");
  std::size_t intro = npos, intro_len = 0;
  for (std::string_view w : {"from", "by"}) {
    std::size_t p = find_word(rest, w);
    if (p != npos && p < intro && intro_near(rest, p)) intro = p, intro_len = w.size();
  }
  const bool of_follows = word_at(trim(rest), 0, "of");
  if (type.of == TypeMatch::Of::Keeper && of_follows) {
    // "Journal of Soviet Ambassador to the DPRK A.M. Puzanov, ...": one keeper, no recipients.
    std::string_view after = rest.substr(rest.find("of") + 2);
    after = after.substr(0, std::min(after.find(','), authors_end(after)));
    std::string name = std::string(person_after_rank(trim(strip_honorifics(trim(after)))));
    if (!name.empty()) out.authors = {std::move(name)};
    return out;
  }
  if (type.of == TypeMatch::Of::Author && of_follows) intro = rest.find("of"), intro_len = 2;
  if (between != npos && (intro == npos || between < intro)) {
    std::string_view who = rest.substr(between + 7);
    out.participants = names(who.substr(0, recipients_end(who)));
    std::erase_if(out.participants, [](const std::string& n) { return !starts_upper(n); });
    return out;
  }

  if (intro != npos) {
    std::string_view after = rest.substr(intro + intro_len);
    std::size_t to = recipients_to(after);
    std::size_t end = std::min(to, authors_end(after));
    // "from Premier Zhou Enlai's Reception of ...": the occasion, not a sender, and what
    // follows it is no addressee.
    std::string_view phrase = after.substr(0, end);
    if (phrase.find("'s ") != npos || phrase.find("\xE2\x80\x99s ") != npos) return out;
    std::vector<std::string> authors = names(after.substr(0, end));
    // "Letter of thanks to ...": after "of", only a capitalised name is an author; "Minutes
    // of the Politburo Meeting": an event is none.
    if (intro_len == 2)
      std::erase_if(authors, [](const std::string& a) { return !starts_upper(a) || names_an_event(a); });
    if (!authors.empty()) out.authors = std::move(authors);
    if (to != npos && to == end) {
      std::string_view r = after.substr(to + 2);
      r = r.substr(0, recipients_end(r));
      out.recipients = names(r.substr(0, remark_start(r)));
    }
    return out;
  }
  // "Ciphered Telegram, Molotov to Cde. Stalin": the clause after the first comma; "Mongolian
  // Politburo Resolution and Letter to the Soviet leadership": "to" right after the type.
  std::size_t comma = rest.find(',');
  if (comma != npos && !intro_near(rest, comma)) return out;
  std::string_view clause = comma == npos ? rest : rest.substr(comma + 1);
  std::size_t to = recipients_to(clause);
  if (to == npos) return out;
  std::string_view a = trim(clause.substr(0, to));
  std::string_view r = clause.substr(to + 2);
  if (comma != npos && starts_upper(a)) out.authors = names(a);
  else if (!a.empty()) return out;  // "Telegram No. 5 to ...": no names to read
  r = r.substr(0, recipients_end(r));
  out.recipients = names(r.substr(0, remark_start(r)));
  return out;
}

}  // namespace archtei
