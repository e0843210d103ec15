// Splits a citation line into title, date, publisher, archival references, published
// sources, credit sentences and URL.
#include "text/citation_parser.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <tuple>

#include "text/archive_table.h"
#include "text/citation_strings.h"
#include "text/credit_parser.h"
#include "text/date_parser.h"
#include "text/tables.h"

namespace archtei {
namespace {

using text::ascii_lower;
using text::is_digit_byte;
using text::is_space_byte;
using text::is_word_byte;
using text::trim;

// ---------------------------------------------------------------------------------------
// Quotes and URLs

/// Length of an opening or closing double quote at `pos` ("\"", “, ”, „, «, »); 0 if none.
std::size_t quote_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  if (s[pos] == '"') return 1;
  for (std::string_view q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB"})
    if (s.substr(pos, q.size()) == q) return q.size();
  return 0;
}

/// Removes the first URL (bare or in <>) from `s` and returns it.
std::string take_url(std::string& s) {
  std::size_t p = std::string::npos;
  for (std::string_view scheme : {"https://", "http://", "www."}) {
    std::size_t q = ascii_lower(s).find(scheme);
    if (q != std::string::npos && (q == 0 || !is_word_byte(s[q - 1]))) p = std::min(p, q);
  }
  if (p == std::string::npos) {
    // A bare site address: "digitalarchive.wilsoncenter.org/document/119377".
    for (std::string_view tld : {".org/", ".com/", ".edu/", ".gov/", ".net/"}) {
      std::size_t q = s.find(tld);
      if (q == std::string::npos) continue;
      while (q > 0 && !is_space_byte(s[q - 1]) && s[q - 1] != '<') --q;
      p = std::min(p, q);
    }
    if (p == std::string::npos) return {};
  }
  std::size_t end = p;
  while (end < s.size() && !is_space_byte(s[end]) && s[end] != '>') ++end;
  std::string url = s.substr(p, end - p);
  while (!url.empty() && (url.back() == '.' || url.back() == ',' || url.back() == ';' || url.back() == ')'))
    url.pop_back();
  std::size_t cut_from = p, cut_to = p + url.size();
  if (cut_from > 0 && s[cut_from - 1] == '<') {
    --cut_from;
    if (cut_to < s.size() && s[cut_to] == '>') ++cut_to;
  }
  s.erase(cut_from, cut_to - cut_from);
  s = text::collapse_spaces(s);
  return url;
}

// ---------------------------------------------------------------------------------------
// Archival labels: fond, opis, delo, papka, listy (with the Ukrainian sprava and arkush)

enum class Field { Fond, Opis, Delo, Papka, Listy };

struct Label {
  std::string_view text;
  Field field;
};

// Longer spellings first so "ll." wins over "l." and "opis'" over "opis".
constexpr Label kLabels[] = {
    {"fonds", Field::Fond},  {"fond", Field::Fond},    {"f.", Field::Fond},
    {"opis'", Field::Opis},  {"opis\xE2\x80\x99", Field::Opis}, {"opis", Field::Opis}, {"op.", Field::Opis},
    {"delo", Field::Delo},   {"dela", Field::Delo},    {"dd.", Field::Delo},  {"d.", Field::Delo},
    {"sprava", Field::Delo}, {"spr.", Field::Delo},
    {"papka", Field::Papka}, {"pap.", Field::Papka},   {"p.", Field::Papka},
    {"listy", Field::Listy}, {"listov", Field::Listy}, {"list'", Field::Listy}, {"list\xE2\x80\x99", Field::Listy},
    {"list", Field::Listy},  {"ll.", Field::Listy},
    {"l.", Field::Listy},    {"arkush", Field::Listy}, {"ark.", Field::Listy},
    // In Cyrillic, as originals cite their files (both cases: matching folds ASCII only).
    {"\xD1\x84\xD0\xBE\xD0\xBD\xD0\xB4", Field::Fond},          // фонд
    {"\xD0\xA4\xD0\xBE\xD0\xBD\xD0\xB4", Field::Fond},          // Фонд
    {"\xD1\x84.", Field::Fond},                                 // ф.
    {"\xD0\xA4.", Field::Fond},                                 // Ф.
    {"\xD0\xBE\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8C", Field::Opis},  // опись
    {"\xD0\x9E\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8C", Field::Opis},  // Опись
    {"\xD0\xBE\xD0\xBF\xD0\xB8\xD1\x81", Field::Opis},          // опис
    {"\xD0\x9E\xD0\xBF\xD0\xB8\xD1\x81", Field::Opis},          // Опис
    {"\xD0\xBE\xD0\xBF.", Field::Opis},                        // оп.
    {"\xD0\x9E\xD0\xBF.", Field::Opis},                        // Оп.
    {"\xD1\x81\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0", Field::Delo},  // справа
    {"\xD0\xA1\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0", Field::Delo},  // Справа
    {"\xD1\x81\xD0\xBF\xD1\x80.", Field::Delo},                 // спр.
    {"\xD0\xA1\xD0\xBF\xD1\x80.", Field::Delo},                 // Спр.
    {"\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xBE", Field::Delo},          // дело
    {"\xD0\x94\xD0\xB5\xD0\xBB\xD0\xBE", Field::Delo},          // Дело
    {"\xD0\xB4.", Field::Delo},                                 // д.
    {"\xD0\x94.", Field::Delo},                                 // Д.
    {"\xD0\xBF\xD0\xB0\xD0\xBF\xD0\xBA\xD0\xB0", Field::Papka},  // папка
    {"\xD0\x9F\xD0\xB0\xD0\xBF\xD0\xBA\xD0\xB0", Field::Papka},  // Папка
    {"\xD0\xB0\xD1\x80\xD0\xBA\xD1\x83\xD1\x88", Field::Listy},  // аркуш
    {"\xD0\x90\xD1\x80\xD0\xBA\xD1\x83\xD1\x88", Field::Listy},  // Аркуш
    {"\xD0\xB0\xD1\x80\xD0\xBA.", Field::Listy},                // арк.
    {"\xD0\x90\xD1\x80\xD0\xBA.", Field::Listy},                // Арк.
    {"\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82\xD1\x8B", Field::Listy},  // листы
    {"\xD0\x9B\xD0\xB8\xD1\x81\xD1\x82\xD1\x8B", Field::Listy},  // Листы
    {"\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82", Field::Listy},          // лист
    {"\xD0\x9B\xD0\xB8\xD1\x81\xD1\x82", Field::Listy},          // Лист
    {"\xD0\xBB\xD0\xBB.", Field::Listy},                        // лл.
    {"\xD0\xBB.", Field::Listy},                                 // л.
    {"\xD0\x9B.", Field::Listy},                                 // Л.
};

/// True when a value can start at `pos`: a digit, or a letter then "-" or a digit ("R-9401").
bool value_starts(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return false;
  if (is_digit_byte(s[pos])) return true;
  if (std::isalpha(static_cast<unsigned char>(s[pos])) && pos + 1 < s.size())
    return s[pos + 1] == '-' || is_digit_byte(s[pos + 1]);
  return false;
}

/// A label at `pos` followed by a value; returns the label and sets `value_pos`.
std::optional<Field> label_at(std::string_view s, std::size_t pos, std::size_t& value_pos) {
  if (pos > 0 && is_word_byte(s[pos - 1])) return std::nullopt;
  for (const Label& l : kLabels) {
    if (pos + l.text.size() > s.size() || !text::iequals(s.substr(pos, l.text.size()), l.text)) continue;
    // Word labels are capitalised as written ("Fond", "fond", "FOND"), never "fOnd".
    std::size_t p = pos + l.text.size();
    if (l.text.back() != '.' && p < s.size() && is_word_byte(s[p])) continue;
    std::size_t q = p;
    while (q < s.size() && s[q] == ' ') ++q;
    const bool word_label = l.text.back() != '.';
    const bool apostrophe = l.text.back() == '\'' || l.text.back() == '\x99';
    if (word_label && !apostrophe && q == p) continue;
    // A spelled-out label may name its unit ("fond CC al PCR"); an abbreviation needs a number.
    bool named = word_label && q < s.size() && s[q] >= 'A' && s[q] <= 'Z';
    if (!named && !value_starts(s, q)) continue;
    value_pos = q;
    return l.field;
  }
  return std::nullopt;
}

/// A value as written, without the sentence's final period, also inside closing quotes
/// (the "." of a verso "ob." stays).
std::string clean_value(std::string_view v) {
  v = trim(v);
  while (!v.empty() && (v.back() == ',' || v.back() == ';')) v = trim(v.substr(0, v.size() - 1));
  std::string lower = ascii_lower(v);
  if (lower.size() >= 3 && lower.compare(lower.size() - 3, 3, "ob.") == 0) return std::string(v);
  std::string buffer;
  return std::string(trim(text::drop_final_period(v, buffer)));
}

/// True when a piece without a label continues a list of folios: "96-97", "100ob.", "5–6",
/// "15-17 and 19".
bool looks_like_folios(std::string_view s) {
  if (s.empty() || !is_digit_byte(s[0])) return false;
  std::string lower = ascii_lower(s);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    char c = lower[i];
    if (is_digit_byte(c) || c == '-' || c == ' ' || c == '.') continue;
    if (lower.compare(i, 2, "ob") == 0) {  // verso
      i += 1;
      continue;
    }
    if (i > 0 && lower[i - 1] == ' ' && lower.compare(i, 4, "and ") == 0) {  // "15-17 and 19"
      i += 2;
      continue;
    }
    if (lower.compare(i, 3, "\xE2\x80\x93") == 0) {  // en dash
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

/// True when a piece states that something is missing: "Fond and Opis not given".
bool is_gap_note(std::string_view s) {
  std::string lower = ascii_lower(s);
  for (std::string_view w : {"not given", "not indicated", "not specified", "not stated", "unknown", "not known",
                              "missing", "not available", "n/a", "unnumbered", "no page", "no folio",
                              "without number"})
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

/// Splits `s` on commas that are not inside parentheses or brackets.
std::vector<std::string_view> top_level_pieces(std::string_view s) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[') ++depth;
    else if ((c == ')' || c == ']') && depth > 0) --depth;
    else if (c == ',' && depth == 0) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(s.substr(start));
  return out;
}

void set_field(ArchivalReference& r, Field f, std::string value) {
  std::string* slot = nullptr;
  switch (f) {
    case Field::Fond: slot = &r.fond; break;
    case Field::Opis: slot = &r.opis; break;
    case Field::Delo: slot = &r.delo; break;
    case Field::Papka: slot = &r.papka; break;
    case Field::Listy: slot = &r.listy; break;
  }
  if (slot->empty()) *slot = std::move(value);
  else *slot += ", " + value;
}

/// True for a word that belongs to the folio number before it: a verso mark ("ob.", "(verso)").
bool is_folio_mark(std::string_view w) {
  std::string lower = ascii_lower(w);
  if (lower.size() > 1 && lower.back() == '.' && lower.end()[-2] == ')') lower.pop_back();  // "(verso)."
  for (std::string_view mark : {"ob.", "ob", "\xD0\xBE\xD0\xB1.", "(verso)", "verso", "recto", "(recto)", "rev.",
                                 "(reverse)"})
    if (lower == mark) return true;
  return false;
}

/// A numbered value as an identifier: it ends where a word follows it ("55-57 and Volkogonov
/// Collection" -> "55-57"); further numbers ("94, 96" is split earlier; "12 ob.", "5 and 7")
/// and verso marks stay. A value that opens with a word ("CC al PCR") is a name and stays whole.
std::string_view identifier_value(std::string_view v) {
  v = trim(v);
  if (!value_starts(v, 0)) return v;
  std::size_t end = 0;
  for (std::size_t i = 0; i <= v.size();) {
    std::size_t e = v.find(' ', i);
    if (e == std::string_view::npos) e = v.size();
    std::string_view word = v.substr(i, e - i);
    bool keep = i == 0 || is_digit_byte(word.front()) || is_folio_mark(word);
    if (!keep && (word == "-" || word == "\xE2\x80\x93" || word == "&" || word == "and")) {
      std::size_t next = e < v.size() ? e + 1 : e;
      keep = next < v.size() && is_digit_byte(v[next]);
    }
    if (!keep) break;
    end = e;
    i = e + 1;
  }
  return v.substr(0, end);
}

/// Reads fond/opis/delo/papka/listy and gap notes from the part of a reference after the
/// archive's designation. "p." is a papka only in a Soviet-style reference, after fond or
/// opis and before the folios; elsewhere it is a page, which the reference does not record.
void read_fields(std::string_view rest, ArchivalReference& r) {
  std::optional<Field> last;
  // Abbreviated labels belong to Soviet-style references, which name a fond or an opis
  // first: "L. 13, D. 6" in an Albanian reference are an inventory and a file, not folios
  // and a delo. "p." is a papka only there, before the folios; elsewhere it is a page.
  auto is_page = [&](std::string_view piece, std::size_t label_pos, Field f) {
    const bool soviet = !r.fond.empty() || !r.opis.empty();
    const bool abbreviated = piece.substr(label_pos, 4).find('.') != std::string_view::npos &&
                             piece.substr(label_pos, 4).find('.') <= 2;
    if (f == Field::Papka && text::iequals(piece.substr(label_pos, 2), "p.")) return !soviet || !r.listy.empty();
    return abbreviated && (f == Field::Delo || f == Field::Listy) && !soviet;
  };
  for (std::string_view piece : top_level_pieces(rest)) {
    piece = trim(piece);
    if (!piece.empty() && piece.front() == ':') piece = trim(piece.substr(1));  // "APRF: Fond 3"
    if (piece.empty()) continue;
    std::size_t vpos = 0;
    std::optional<Field> f = label_at(piece, 0, vpos);
    if (!f) {
      if (last == Field::Listy && looks_like_folios(piece)) {
        r.listy += ", " + clean_value(piece);
      } else if (is_gap_note(piece)) {
        std::string note = clean_value(piece);
        r.note = r.note.empty() ? note : r.note + "; " + note;
        last.reset();
      } else {
        last.reset();
      }
      continue;
    }
    // Several labels in one piece: "f. 558 op. 11 d. 106".
    std::size_t label_pos = 0;
    while (f) {
      std::size_t next = vpos, next_vpos = 0;
      std::optional<Field> g;
      for (; next < piece.size(); ++next) {
        if (piece[next] == ' ' && (g = label_at(piece, next + 1, next_vpos))) break;
      }
      if (is_page(piece, label_pos, *f)) {
        last.reset();
      } else {
        set_field(r, *f, clean_value(identifier_value(piece.substr(vpos, next - vpos))));
        last = f;
      }
      if (!g) break;
      f = g;
      label_pos = next + 1;
      vpos = next_vpos;
    }
  }
}

/// True for the labels that only archival references use: fond, opis, delo ("p." and "l."
/// are also a book's page).
bool is_archival_label(std::optional<Field> f) {
  return f == Field::Fond || f == Field::Opis || f == Field::Delo;
}

bool has_archival_labels(std::string_view s) {
  for (std::string_view piece : top_level_pieces(s)) {
    std::size_t vpos = 0;
    if (is_archival_label(label_at(trim(piece), 0, vpos))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Archive designations

/// The longest designation of an archive the table does not know ("Central Archive of ...").
constexpr std::size_t kMaxDesignation = 160;

/// Words that introduce a further copy ("A copy may also be accessible in", "Also in").
bool is_lead_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "a",       "an",    "and",      "the",       "copy",      "copies", "original", "originals", "duplicate",
      "may",     "might", "can",      "could",     "is",        "are",    "be",       "also",      "accessible",
      "available", "held", "kept",    "located",   "found",     "stored", "preserved", "in",       "at",
      "see",     "cf.",   "another",  "other",     "version",   "archived", "housed", "exists", "exist"};
  if (!w.empty() && w.back() == ':') w.remove_suffix(1);  // "Also in: AP RF"
  std::string lower = ascii_lower(w);
  for (std::string_view k : kWords)
    if (lower == k) return true;
  return false;
}

/// Offset after the lead-in words at the start of `s` (0 when there are none).
std::size_t skip_lead_words(std::string_view s) {
  std::size_t p = 0, last_good = 0;
  while (p < s.size()) {
    while (p < s.size() && s[p] == ' ') ++p;
    std::size_t e = p;
    while (e < s.size() && s[e] != ' ' && s[e] != ',') ++e;
    if (e == p || !is_lead_word(s.substr(p, e - p))) break;
    p = e;
    last_good = p;
  }
  while (last_good < s.size() && s[last_good] == ' ') ++last_good;
  return last_good;
}

/// Words that show a designation names an archive even when the table does not know it.
bool names_an_archive(std::string_view s) {
  static constexpr std::string_view kWords[] = {
      "archive",  "archives", "archiv",   "arkhiv",    "archiwum",   "arhiva",  "arhivele", "arhiv",
      "arquivo",  "archivio", "archivo",  "levéltár",  "levéltára",  "library", "arkivi",   "arkiv",
      "dang'anguan", "records administration", "national archives", "papers of", "collection",
      "\xD0\xB0\xD1\x80\xD1\x85\xD1\x96\xD0\xB2", "\xD0\x90\xD1\x80\xD1\x85\xD1\x96\xD0\xB2",  // архів, Архів
      "\xD0\xB0\xD1\x80\xD1\x85\xD0\xB8\xD0\xB2", "\xD0\x90\xD1\x80\xD1\x85\xD0\xB8\xD0\xB2"};  // архив, Архив
  std::string lower = ascii_lower(s);
  for (std::string_view w : kWords)
    if (text::find_word(lower, w) != std::string_view::npos) return true;
  return false;
}

/// Words that show a piece of a reference names the body holding the file: an archive, or an
/// institute, university or museum that keeps its own papers.
bool names_a_holder(std::string_view s) {
  if (names_an_archive(s)) return true;
  static constexpr std::string_view kWords[] = {"institute", "institution", "university", "museum", "foundation"};
  std::string lower = ascii_lower(s);
  for (std::string_view w : kWords)
    if (text::find_word(lower, w) != std::string_view::npos) return true;
  return false;
}

/// The holder a reference names last, after the file's designation ("B-337-146, The Korean
/// Legation …, Syngman Rhee Institute, Yonsei University" → "Syngman Rhee Institute, Yonsei
/// University"): the trailing pieces that each name a holder, when the reference opens with
/// a designation (a piece with a number in it). Empty when there is none.
std::string_view holder_named_last(std::string_view body) {
  std::vector<std::string_view> pieces = top_level_pieces(body);
  if (pieces.size() < 2 || !std::any_of(pieces.front().begin(), pieces.front().end(), ::isdigit)) return {};
  std::size_t k = pieces.size();
  while (k > 1 && trim(pieces[k - 1]).size() <= kMaxDesignation / 2 && names_a_holder(trim(pieces[k - 1]))) --k;
  if (k == pieces.size() || k == 0) return {};
  std::string_view holder = trim(body.substr(static_cast<std::size_t>(pieces[k].data() - body.data())));
  while (!holder.empty() && holder.back() == '.') holder.remove_suffix(1);
  return holder;
}

/// The acronym in parentheses at the end of a designation: "Hungarian National Archives (MOL)".
std::string_view parenthesised(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.back() != ')') return {};
  std::size_t open = s.rfind('(');
  if (open == std::string_view::npos) return {};
  return trim(s.substr(open + 1, s.size() - open - 2));
}

/// Where a reference to an archive starts in `s` (after lead-in words), when it does.
struct ReferenceStart {
  std::size_t offset = 0;       ///< start of the designation
  std::size_t designation = 0;  ///< bytes of the designation (with a parenthesised acronym)
  const text::ArchiveEntry* entry = nullptr;
};

/// The designation at `pos`: a known archive, with a following "(ACRONYM)" if any.
std::optional<ReferenceStart> known_archive_at(std::string_view s, std::size_t pos) {
  text::ArchiveMatch m = text::match_archive_at(s, pos);
  if (!m.entry) return std::nullopt;
  std::size_t end = pos + m.length;
  if (end < s.size() && !(s[end] == ',' || s[end] == ' ' || s[end] == ';' || s[end] == '.' || s[end] == ')' ||
                          s[end] == ':'))
    return std::nullopt;
  // "National Archives of Australia" is another archive than "National Archives".
  if (text::word_at(s, end + 1, "of") && s[end] == ' ' && end + 4 < s.size() && s[end + 3] == ' ' &&
      ((s[end + 4] >= 'A' && s[end + 4] <= 'Z') || text::word_at(s, end + 4, "the")))
    return std::nullopt;
  std::size_t q = end;
  while (q < s.size() && s[q] == ' ') ++q;
  if (q < s.size() && s[q] == '(') {
    std::size_t close = s.find(')', q);
    if (close != std::string_view::npos && close - q <= 24) end = close + 1;
  }
  return ReferenceStart{pos, end - pos, m.entry};
}

/// The acronym and full name for a known archive written at the start of `s`: the table's,
/// the citation's own acronym when it gives one in parentheses that the table does not know
/// ("Archive of the Ministry of Foreign Affairs of Mongolia (MFAM)"), or the archive that
/// acronym names when the table knows it as another ("National Archives (NA)").
std::pair<std::string, std::string> own_acronym(std::string_view s, const ReferenceStart& known) {
  std::string_view own = parenthesised(s.substr(0, known.designation));
  if (!own.empty()) {
    auto k = known_archive_at(own, 0);
    if (!k || k->designation != own.size()) return {std::string(own), known.entry->name};
    if (k->entry != known.entry) return {k->entry->acronym, k->entry->name};
  }
  return {known.entry->acronym, known.entry->name};
}

/// A known archive named inside the designation at the start of `s` (the pieces before the
/// first one with a number or a label): a piece that opens with it ("Dmitrii Volkogonov
/// Papers, Library of Congress"), or its full name inside a piece ("Vietnam National
/// Archives Center III"). Returns the match, offset in `s`, and the end of its piece.
struct InnerArchive {
  ReferenceStart start;
  std::size_t piece_end = 0;
};

std::optional<InnerArchive> known_archive_inside(std::string_view s) {
  // Inside a piece only a name of three words or more counts: an acronym may be a word of
  // the designation, and a short name part of another archive's ("Polish National Archives").
  auto long_name = [](std::string_view name) { return std::count(name.begin(), name.end(), ' ') >= 2; };
  std::size_t offset = 0;
  for (std::string_view raw : top_level_pieces(s)) {
    std::string_view piece = trim(raw);
    std::size_t piece_at = offset + static_cast<std::size_t>(piece.data() - raw.data());
    std::size_t piece_end = offset + raw.size();
    offset = piece_end + 1;
    if (piece.empty() || piece.size() > kMaxDesignation) return std::nullopt;
    if (std::any_of(piece.begin(), piece.end(), [](char c) { return is_digit_byte(c); })) {
      // A number ends the designation, unless it is part of an archive's name ("Center 3").
      if (auto k = known_archive_at(piece, 0); k && k->designation == piece.size())
        return InnerArchive{{piece_at, k->designation, k->entry}, piece_end};
      return std::nullopt;
    }
    for (std::size_t i = 0; i < piece.size(); ++i) {
      if (i > 0 && !(piece[i - 1] == ' ' || piece[i - 1] == '(')) continue;
      auto k = known_archive_at(piece, i);
      if (k && (i == 0 || long_name(piece.substr(i, k->designation))))
        return InnerArchive{{piece_at + i, k->designation, k->entry}, piece_end};
    }
  }
  return std::nullopt;
}

/// True when `s` shows that it is a publication, not an archive's designation: a volume,
/// pages, an issue ("no. 2, 1996"), a journal or bulletin, an editor, a publisher, or a year
/// in parentheses ("(1995)", "(Winter 1995/1996)", "(Moscow: Nauka, 1997)").
bool strongly_bibliographic(std::string_view s) {
  std::string lower = ascii_lower(s);
  for (std::string_view w : {"bulletin", "journal", "press", "review", "quarterly", "vol.", "volume", "issue", "pp.",
                              "eds.", "ed.", "izdatel'stvo", "izdatelstvo", "verlag", "working paper", "chubanshe"})
    if (text::find_word(lower, w) != std::string_view::npos) return true;
  // A journal's issue and year: "no. 2, 1996", "No. 4 (1995)".
  for (std::size_t no = text::find_word(lower, "no."); no != std::string_view::npos;
       no = text::find_word(lower, "no.", no + 3)) {
    std::size_t p = no + 3;
    while (p < lower.size() && lower[p] == ' ') ++p;
    std::size_t digits = p;
    while (p < lower.size() && is_digit_byte(lower[p])) ++p;
    if (p == digits || p - digits > 3) continue;
    if (p < lower.size() && lower[p] == ',') ++p;
    while (p < lower.size() && (lower[p] == ' ' || lower[p] == '(')) ++p;
    if (p + 4 <= lower.size() && (lower[p] == '1' || lower[p] == '2') && is_digit_byte(lower[p + 1]) &&
        is_digit_byte(lower[p + 2]) && is_digit_byte(lower[p + 3]) && (p + 4 == lower.size() || !is_digit_byte(lower[p + 4])))
      return true;
  }
  for (std::size_t open = s.find('('); open != std::string_view::npos; open = s.find('(', open + 1)) {
    std::size_t close = s.find(')', open);
    if (close == std::string_view::npos) break;
    std::string_view inside = s.substr(open + 1, close - open - 1);
    if (inside.find(':') != std::string_view::npos) return true;
    for (std::size_t i = 0; i + 4 <= inside.size(); ++i)
      if ((i == 0 || !is_digit_byte(inside[i - 1])) && (inside[i] == '1' || inside[i] == '2') &&
          is_digit_byte(inside[i + 1]) && is_digit_byte(inside[i + 2]) && is_digit_byte(inside[i + 3]) &&
          (i + 4 == inside.size() || !is_digit_byte(inside[i + 4])))
        return true;
  }
  return false;
}

bool looks_bibliographic(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((i == 0 || !is_word_byte(s[i - 1])) && (s[i] == '1' || s[i] == '2') && is_digit_byte(s[i + 1]) &&
        is_digit_byte(s[i + 2]) && is_digit_byte(s[i + 3]) && (i + 4 == s.size() || !is_digit_byte(s[i + 4])))
      return true;
  }
  std::string lower = ascii_lower(s);
  for (std::string_view w : {"bulletin", "journal", "press", "publish", "review", "quarterly", "studies", "vol.",
                              "volume", "issue", "pp.", "no.", "eds.", "ed.", "izdatel", "verlag", "moscow",
                              "working paper", "documents"})
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

/// Length of a lead-in that says a publication follows ("Also published in", "See also"),
/// with a colon after it; 0 when there is none.
std::size_t publication_lead(std::string_view s) {
  static constexpr std::string_view kLeads[] = {
      "also published in", "first published in", "originally published in", "published in", "also reprinted in",
      "translation from", "english translation from", "excerpted from",
      "reprinted in", "reproduced in", "printed in", "also cited in", "cited in", "quoted in", "see also", "see"};
  for (std::string_view lead : kLeads) {
    if (!text::word_at(s, 0, lead)) continue;
    std::size_t p = lead.size();
    if (p < s.size() && s[p] == ':') ++p;
    return p;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------
// Segments of the source part

/// True when a reference to a known archive starts at `pos` (lead-in words allowed).
bool reference_follows(std::string_view s, std::size_t pos, bool need_lead) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  std::size_t lead = skip_lead_words(s.substr(pos));
  if (need_lead && lead == 0) return false;
  auto k = known_archive_at(s, pos + lead);
  if (!k) return false;
  // Without a lead-in, only a designation followed by its identifier counts ("and AVPRF, Fond").
  std::size_t after = pos + lead + k->designation;
  return lead > 0 || after >= s.size() || s[after] == ',' || s[after] == ' ';
}

/// True when lead-in words say that another copy follows ("copy in", "A copy is also held in").
bool names_a_copy(std::string_view lead) {
  for (std::string_view w : {"copy", "copies", "also", "duplicate", "another"})
    if (text::find_word(lead, w) != std::string_view::npos) return true;
  return false;
}

/// `s` up to its first ";" or sentence end.
std::string_view first_sentence(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == ';' || (s[i] == '.' && text::is_sentence_end(s, i))) return s.substr(0, i);
  return s;
}

/// True when another source starts at `pos`, after a "," or at an "and", so that `before`
/// (the piece so far) ends there: a lead-in naming another copy ("copy in", "also in") or
/// a publication ("published in"); or, after a reference's identifiers, "and" and a
/// capitalised designation that names an archive or collection, or a publication ("...,
/// l. 55, and Cold War International History Project Bulletin 6-7 (Winter 1995/1996)").
bool another_source_follows(std::string_view s, std::size_t pos, std::string_view before) {
  std::string_view rest = trim(s.substr(pos));
  const bool joined = text::word_at(rest, 0, "and");
  if (joined) rest = trim(rest.substr(3));
  if (publication_lead(rest) > 0) return true;
  if (std::size_t lead = skip_lead_words(rest); lead > 0 && names_a_copy(rest.substr(0, lead))) return true;
  if (!joined || rest.empty() || !(rest[0] >= 'A' && rest[0] <= 'Z') || !has_archival_labels(before)) return false;
  std::string_view next = first_sentence(rest);
  return names_an_archive(trim(top_level_pieces(next).front())) || known_archive_inside(next) ||
         strongly_bibliographic(next);
}

/// Splits the source part into one piece per reference or publication: at sentence ends,
/// at ";", and at "and"/"," when another archive's reference or another source follows.
std::vector<std::string> split_sources(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  int depth = 0;
  auto cut = [&](std::size_t end, std::size_t next) {
    std::string_view piece = trim(s.substr(start, end - start));
    if (!piece.empty()) out.emplace_back(piece);
    start = next;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[') ++depth;
    else if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth > 0) continue;
    if (c == ';') {
      cut(i, i + 1);
    } else if (c == '.' && text::is_sentence_end(s, i)) {
      // The period (and a quotation it closes) stays: a publication ends with it, references
      // drop it.
      std::size_t end = text::past_closing_quotes(s, i + 1);
      cut(end, end);
      i = end - 1;
    } else if (c == ',' && i + 1 < s.size() && reference_follows(s, i + 1, false)) {
      std::string_view next = trim(s.substr(i + 1));
      std::size_t lead = skip_lead_words(next);
      auto k = known_archive_at(next, lead);
      // Without a lead-in, only after an identifier ("RGASPI, f. 17, ..., APRF, f. 3"), not
      // inside a designation ("Bundesarchiv, SAPMO, DY 30"); and a bare short acronym after
      // a comma is more often part of the identifier.
      bool after_identifier = s.substr(start, i - start).find(',') != std::string_view::npos;
      if (lead > 0 || (k && k->designation >= 3 && after_identifier)) cut(i, i + 1);
    } else if (c == ',' && another_source_follows(s, i + 1, s.substr(start, i - start))) {
      cut(i, i + 1);
    } else if (c == ' ' && text::word_at(s, i + 1, "and") &&
               (reference_follows(s, i + 1, true) || another_source_follows(s, i + 1, s.substr(start, i - start)))) {
      cut(i, i + 1);
    }
  }
  cut(s.size(), s.size());
  return out;
}

// ---------------------------------------------------------------------------------------
// Publishers, and the reading of one source piece

/// The longest text read as a date that is not one ("undated", "circa spring-summer 1950").
constexpr std::size_t kMaxDateText = 60;

/// Length of a publisher named at the start of `s`, 0 when none.
std::size_t publisher_at(std::string_view s) {
  std::size_t best = 0;
  for (const auto& row : table("citation_publishers")) {
    if (row.empty() || row[0].empty() || !text::word_at(s, 0, row[0])) continue;
    // The publisher is a piece of its own: "Cold War International History Project Bulletin"
    // is a journal, not the project.
    std::size_t end = row[0].size();
    while (end < s.size() && s[end] == ' ') ++end;
    if (end < s.size() && s[end] != ',' && s[end] != '.' && s[end] != ';') continue;
    best = std::max(best, row[0].size());
  }
  if (best > 0) return best;
  // An unknown programme's archive: "… Digital Archive" as the first piece.
  std::size_t comma = s.find(',');
  std::string_view first = s.substr(0, comma);
  std::string lower = ascii_lower(first);
  for (std::string_view tail : {"digital archive", "digital archives", "digital library"})
    if (lower.size() >= tail.size() && lower.compare(lower.size() - tail.size(), tail.size(), tail) == 0 &&
        !known_archive_at(first, 0))
      return first.size();
  return 0;
}

/// A publication as written, without a lead-in ("Also published in", "See also") and the
/// sentence's final period.
std::string publication_text(std::string_view s) {
  s = trim(s.substr(publication_lead(s)));
  if (!s.empty() && s.back() == '.' && s.size() >= 2 && s[s.size() - 2] >= 'A' && s[s.size() - 2] <= 'Z')
    return std::string(s);  // an initial's period ("ed. by A. B.")
  std::string buffer;
  return std::string(trim(text::drop_final_period(s, buffer)));
}

std::size_t skip_punct(std::string_view s, std::size_t p) {
  while (p < s.size() && (s[p] == ',' || s[p] == ' ' || s[p] == '.' || s[p] == ';')) ++p;
  return p;
}

/// Reads one piece of the source part into a reference, a publication or an unplaced remark.
void read_source_piece(std::string_view piece, ParsedCitation& out) {
  piece = trim(piece);
  // A publisher repeated in the source part ("Wilson Center Digital Archive, RGASPI, ...").
  if (std::size_t n = publisher_at(piece)) piece = trim(piece.substr(skip_punct(piece, n)));
  if (piece.empty()) return;
  // "Original Archive: RGANI", "Original language: Chinese": a labelled statement.
  if (auto labelled = labelled_sentence(piece)) {
    if (labelled->field == "archive") add_archive_named(labelled->value, out.archives);
    else out.labelled.push_back(std::move(*labelled));
    return;
  }
  // A known archive, written at once or after lead-in words ("A copy may also be accessible in").
  std::size_t lead = 0;
  auto known = known_archive_at(piece, 0);
  if (!known) {
    lead = skip_lead_words(piece);
    if (lead > 0) known = known_archive_at(piece, lead);
  }
  if (known) {
    std::string_view body = piece.substr(lead);
    ArchivalReference r;
    std::tie(r.archive, r.archive_name) = own_acronym(body, *known);
    r.citation = clean_value(body);
    read_fields(body.substr(known->designation), r);
    out.archives.push_back(std::move(r));
    return;
  }
  // An archive the table does not know: labelled fields, or a designation naming an archive.
  lead = skip_lead_words(piece);
  std::string_view body = piece.substr(lead);
  std::string_view first_raw = top_level_pieces(body).front();
  std::string_view first = trim(first_raw);
  std::size_t vpos = 0;
  if (is_archival_label(label_at(first, 0, vpos))) {
    ArchivalReference r;
    r.citation = clean_value(body);
    read_fields(body, r);
    out.archives.push_back(std::move(r));
    return;
  }
  // A known archive inside the designation: "Dmitrii Volkogonov Papers, Library of Congress".
  if (auto inner = known_archive_inside(body); inner && !strongly_bibliographic(body)) {
    ArchivalReference r;
    std::tie(r.archive, r.archive_name) = own_acronym(body.substr(inner->start.offset), inner->start);
    r.citation = clean_value(body);
    read_fields(body.substr(inner->piece_end), r);
    out.archives.push_back(std::move(r));
    return;
  }
  // A designation that names an archive wins over a year or a number in the identifiers
  // ("..., Beijing 1960, No. 1200/60"); only a publication's own marks make it a book.
  if (!first.empty() && first.size() <= kMaxDesignation &&
      (has_archival_labels(body) || (names_an_archive(first) && !strongly_bibliographic(body)))) {
    ArchivalReference r;
    std::tie(r.archive, r.archive_name) = normalise_archive(first);
    r.citation = clean_value(body);
    read_fields(body.substr(first_raw.size()), r);
    out.archives.push_back(std::move(r));
    return;
  }
  if (std::string_view holder = holder_named_last(body); !holder.empty() && !strongly_bibliographic(body)) {
    ArchivalReference r;
    std::tie(r.archive, r.archive_name) = normalise_archive(holder);
    r.citation = clean_value(body);
    out.archives.push_back(std::move(r));
    return;
  }
  // "APRF, Listy 125-126. Fond and Opis not given.": a gap stated after its reference.
  if (is_gap_note(piece) && !out.archives.empty()) {
    std::string& note = out.archives.back().note;
    note = note.empty() ? clean_value(piece) : note + "; " + clean_value(piece);
    return;
  }
  // A publication after "and" or a copy's lead-in ("and Cold War ... Bulletin", "copy in ...").
  std::string_view publication = piece;
  if (text::word_at(publication, 0, "and")) publication = trim(publication.substr(3));
  if (std::size_t n = skip_lead_words(publication); n > 0 && names_a_copy(publication.substr(0, n)))
    publication = publication.substr(n);
  if (looks_bibliographic(piece)) out.published_sources.push_back(publication_text(publication));
  else out.unplaced.push_back(clean_value(piece));
}

// ---------------------------------------------------------------------------------------
// Title and date

/// Finds the closing quote of a title opened at 0 (length `open`); npos when none.
std::size_t closing_quote(std::string_view s, std::size_t open, std::size_t& close_len) {
  std::size_t fallback = std::string_view::npos, fallback_len = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    std::size_t q = quote_at(s, i);
    if (q == 0) continue;
    std::size_t after = i + q;
    while (after < s.size() && s[after] == ' ') ++after;
    bool ends = after >= s.size() || s[after] == ',' || s[after] == '.' || (i > 0 && (s[i - 1] == ',' || s[i - 1] == '.')) ||
                !date_at_start(s.substr(after)).iso.empty();
    if (ends) {
      close_len = q;
      return i;
    }
    if (fallback == std::string_view::npos) fallback = i, fallback_len = q;
    i = after - 1;
  }
  close_len = fallback_len;
  return fallback;
}

/// Offset where a publisher starts in `s` at a piece boundary; npos when none.
std::size_t find_publisher(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 0 || (i >= 2 && s[i - 1] == ' ' && s[i - 2] == ',')) {
      if (publisher_at(s.substr(i)) > 0) return i;
    }
  }
  return std::string_view::npos;
}


/// A date at `pos` standing as a piece of its own (followed by ",", "." or the end).
FoundDate date_piece_at(std::string_view s, std::size_t pos) {
  FoundDate d = date_at_start(s.substr(pos));
  if (d.iso.empty()) return {};
  std::size_t end = pos + d.offset + d.length;
  if (end < s.size() && s[end] != ',' && s[end] != '.' && s[end] != ';') return {};
  d.offset += pos;
  return d;
}

}  // namespace

std::pair<std::string, std::string> normalise_archive(std::string_view designation) {
  std::string_view d = trim(designation);
  while (!d.empty() && (d.back() == ',' || d.back() == '.' || d.back() == ';')) d = trim(d.substr(0, d.size() - 1));
  if (auto k = known_archive_at(d, 0)) {
    std::string_view rest = trim(d.substr(k->designation));
    if (rest.empty()) return own_acronym(d, *k);
  }
  if (auto inner = known_archive_inside(d); inner && inner->piece_end >= d.size())
    return own_acronym(d.substr(inner->start.offset), inner->start);
  std::string_view acronym = parenthesised(d);
  if (!acronym.empty()) {
    if (auto k = known_archive_at(acronym, 0); k && k->designation == acronym.size())
      return {k->entry->acronym, k->entry->name};
    std::string_view name = trim(d.substr(0, d.rfind('(')));
    return {std::string(acronym), name.empty() ? std::string(acronym) : text::collapse_spaces(name)};
  }
  // An archive the table does not know is named as written.
  std::string name = text::collapse_spaces(d);
  return {name, name};
}

std::optional<LabelledSentence> labelled_sentence(std::string_view sentence) {
  std::string_view s = trim(sentence);
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 48) return std::nullopt;
  std::string label = text::collapse_spaces(s.substr(0, colon));
  for (const auto& row : table("labels")) {
    if (row.size() < 3) continue;
    std::string_view spellings = row[1];
    while (!spellings.empty()) {
      std::size_t bar = spellings.find('|');
      if (text::iequals(trim(spellings.substr(0, bar)), label))
        return LabelledSentence{row[2], row[0], clean_value(s.substr(colon + 1))};
      if (bar == std::string_view::npos) break;
      spellings.remove_prefix(bar + 1);
    }
  }
  return std::nullopt;
}

std::string publication_in(std::string_view sentence) {
  std::string_view s = trim(sentence);
  if (publication_lead(s) == 0) return {};
  return publication_text(s);
}

void add_archive_named(std::string_view designation, std::vector<ArchivalReference>& refs) {
  auto [acronym, name] = normalise_archive(designation);
  if (acronym.empty()) return;
  for (const ArchivalReference& r : refs)
    if (r.archive == acronym) return;
  for (ArchivalReference& r : refs) {
    if (!r.archive.empty()) continue;
    r.archive = acronym;
    r.archive_name = name;
    return;
  }
  ArchivalReference r;
  r.archive = acronym;
  r.archive_name = name;
  r.citation = clean_value(designation);
  refs.push_back(std::move(r));
}

bool same_reference(const ArchivalReference& a, const ArchivalReference& b) {
  if (a.archive != b.archive || a.fond != b.fond || a.opis != b.opis || a.delo != b.delo || a.papka != b.papka ||
      a.listy != b.listy)
    return false;
  if (!(a.fond.empty() && a.opis.empty() && a.delo.empty() && a.papka.empty() && a.listy.empty())) return true;
  // No fields: compare what follows the designation, its first piece.
  auto identifiers = [](std::string_view citation) {
    std::vector<std::string_view> pieces = top_level_pieces(citation);
    std::string out;
    for (std::size_t i = 1; i < pieces.size(); ++i) out += ascii_lower(text::collapse_spaces(pieces[i])) + ",";
    return out;
  };
  return identifiers(a.citation) == identifiers(b.citation);
}

std::vector<ArchivalReference> parse_archival_references(std::string_view text) {
  std::string s = text::collapse_spaces(text);
  take_url(s);
  std::string_view v = s;
  v = v.substr(0, std::min(v.size(), find_credit_start(v)));
  ParsedCitation c;
  for (const std::string& piece : split_sources(v)) read_source_piece(piece, c);
  return c.archives;
}

ParsedCitation parse_citation(std::string_view citation) {
  ParsedCitation out;
  std::string s = text::collapse_spaces(citation);
  out.url = take_url(s);
  std::string_view v = s;
  std::size_t pos = 0;

  // Title: quoted, or everything before a date that stands as its own piece.
  if (std::size_t open = quote_at(v, 0)) {
    std::size_t close_len = 0;
    std::size_t close = closing_quote(v, open, close_len);
    if (close != std::string_view::npos) {
      std::string_view t = trim(v.substr(open, close - open));
      while (!t.empty() && t.back() == ',') t = trim(t.substr(0, t.size() - 1));
      out.title = std::string(t);
      pos = skip_punct(v, close + close_len);
    }
  } else {
    std::size_t limit = std::min(find_publisher(v), v.size());
    for (std::size_t i = 0; i < limit; ++i) {
      if (i != 0 && !(v[i - 1] == ' ' && i >= 2 && v[i - 2] == ',')) continue;
      // No title before an archive's reference: "MOL, XIX-J-1-j Korea, 1967, ..." is a source.
      std::string_view before = v.substr(0, i);
      if (has_archival_labels(before) || known_archive_at(v, i) || known_archive_at(v, skip_lead_words(v.substr(i)) + i))
        break;
      FoundDate d = date_piece_at(v, i);
      // "Title, undated, Wilson Center Digital Archive": a statement of no date right before
      // the publisher stands where the date would.
      std::size_t piece_end = std::min(v.find(',', i), v.size());
      bool no_date = i > 0 && limit < v.size() && skip_punct(v, piece_end) == limit &&
                     states_no_date(v.substr(i, piece_end - i));
      if (d.iso.empty() && !no_date) continue;
      std::string_view t = trim(before);
      while (!t.empty() && t.back() == ',') t = trim(t.substr(0, t.size() - 1));
      out.title = std::string(t);
      pos = i;
      break;
    }
  }

  // Date. A piece before the publisher that is no date we can read ("undated", "c. 1950")
  // is still the date as written.
  if (FoundDate d = date_piece_at(v, pos); !d.iso.empty()) {
    out.date_text = std::string(v.substr(d.offset, d.length));
    pos = skip_punct(v, d.offset + d.length);
  } else if (!out.title.empty() && publisher_at(v.substr(pos)) == 0) {
    // Everything between the title and the publisher is the date as written, unless it
    // holds a reference.
    std::size_t p = find_publisher(v.substr(pos));
    std::string_view between = p == std::string_view::npos ? std::string_view{} : trim(v.substr(pos, p));
    while (!between.empty() && between.back() == ',') between = trim(between.substr(0, between.size() - 1));
    if (!between.empty() && between.size() <= kMaxDateText && !has_archival_labels(between) &&
        !known_archive_inside(between) && !known_archive_at(between, skip_lead_words(between))) {
      out.date_text = std::string(between);
      pos += p;
    }
  }

  // Publisher.
  if (std::size_t n = publisher_at(v.substr(pos))) {
    out.publisher = std::string(trim(v.substr(pos, n)));
    pos = skip_punct(v, pos + n);
  }

  // Credits, then the sources before them.
  std::string_view rest = v.substr(pos);
  std::size_t credits = find_credit_start(rest);
  std::string_view sources = rest;
  if (credits != std::string_view::npos) {
    out.credit_text = std::string(trim(rest.substr(credits)));
    sources = rest.substr(0, credits);
  }
  sources = trim(sources);
  while (!sources.empty() && (sources.back() == ',' || sources.back() == ';')) sources = trim(sources.substr(0, sources.size() - 1));
  for (const std::string& piece : split_sources(sources)) read_source_piece(piece, out);
  return out;
}

}  // namespace archtei
