// Person names: recognition and normalisation, using data/speaker_words.tsv (words that
// are never names) and data/honorifics.tsv (words of address written before a name).
#include "text/speaker_names.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include "text/body_text.h"
#include "text/tables.h"

namespace archtei {
bool is_initial_word(std::string_view w, std::size_t max_letters) {
  if (w.size() < 2 || w.back() != '.') return false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t len;
    char32_t c = decode_utf8(w, i, len);
    i += len;
    if (c == '.') {
      if (letters == 0 || letters > max_letters) return false;
      letters = 0;
      continue;
    }
    if (letters == 0 ? !is_upper_letter(c) : !is_letter(c)) return false;
    ++letters;
  }
  return true;
}

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const std::set<std::string>& not_name_words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> out;
    for (const TableRow& row : table("speaker_words"))
      if (!row.empty()) out.insert(lower_ascii(row[0]));
    return out;
  }();
  return words;
}

const std::set<std::string>& honorific_words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> out;
    for (const TableRow& row : table("honorifics"))
      if (!row.empty() && row[0].find(' ') == std::string::npos) out.insert(lower_ascii(row[0]));
    return out;
  }();
  return words;
}

std::string_view strip_final_punct(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ',')) w.remove_suffix(1);
  return w;
}

// Every word of every honorific ("Deputy", "Minister", "General", "Secretary"): a name made
// of these alone is a title.
const std::set<std::string>& title_words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> out;
    for (const TableRow& row : table("honorifics"))
      if (!row.empty())
        for (std::string_view w : split_words(row[0])) out.insert(lower_ascii(strip_final_punct(w)));
    for (const char* w : {"deputy", "head", "chief", "director", "commander", "member", "candidate", "assistant",
                          "under-secretary", "undersecretary", "adviser", "advisor", "officer", "official",
                          "representative", "delegate", "plenipotentiary", "extraordinary", "acting"})
      out.insert(w);
    return out;
  }();
  return words;
}

bool is_name_word(std::string_view w);

// One to three capitalised name words: a declared short name ("Kim", "Zhou", "Pak").
bool plain_name_words(std::string_view s) {
  std::vector<std::string_view> words = split_words(s);
  return !words.empty() && words.size() <= 3 &&
         std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); });
}

bool is_particle(std::string_view w) {
  static const std::set<std::string, std::less<>> particles = {"de", "del", "der", "van", "von", "bin", "ibn",
                                                              "al", "da", "du", "la", "le", "di", "y"};
  return particles.count(w) != 0;
}


// "Khrushchev", "SHTYKOV", "Gwang-hyeop", "O'Neill", "II".
bool is_name_word(std::string_view w) {
  w = strip_final_punct(w);
  if (w.empty()) return false;
  std::size_t len;
  if (!is_upper_letter(decode_utf8(w, 0, len))) return false;
  for (std::size_t i = 0; i < w.size();) {
    char32_t c = decode_utf8(w, i, len);
    i += len;
    if (!is_letter(c) && c != '-' && c != '\'' && c != 0x2019) return false;
  }
  return not_name_words().count(lower_ascii(w)) == 0;
}

// The short name a record declares it will use ("Premier Kim Il Sung [henceforth referred to
// as Kim]", "Zhou Enlai (hereafter abbreviated Zhou)"): "Kim", "Zhou"; empty when `inside` (a
// bracket's content) declares none.
std::string_view declared_short_name(std::string_view inside) {
  std::string lower = lower_ascii(inside);
  for (std::string_view lead : {"henceforth referred to as", "hereafter referred to as", "hereinafter referred to as",
                                "to be abbreviated as", "hereafter abbreviated as", "hereafter abbreviated",
                                "henceforth abbreviated as", "henceforth abbreviated", "abbreviated as",
                                "hereinafter", "henceforth", "hereafter"}) {
    if (lower.compare(0, lead.size(), lead) != 0) continue;
    std::string_view name = trim(inside.substr(lead.size()));
    return plain_name_words(name) ? name : std::string_view{};
  }
  return {};
}

// Splits off a final "[...]" or "(...)" alternative spelling.
std::string_view without_alternative(std::string_view s, std::string_view* alt = nullptr) {
  s = trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ':')) s.remove_suffix(1);
  if (s.empty()) return s;
  char close = s.back();
  if (close != ']' && close != ')') return s;
  char open = close == ']' ? '[' : '(';
  std::size_t at = s.rfind(open);
  if (at == std::string_view::npos || at == 0) return s;
  if (alt) *alt = s.substr(at + 1, s.size() - at - 2);
  return trim(s.substr(0, at));
}

bool plain_name(std::string_view s, bool allow_single_letters) {
  std::vector<std::string_view> words = split_words(s);
  std::size_t start = 0;
  while (start < words.size() && is_honorific(words[start])) ++start;
  std::size_t n = words.size() - start;
  if (n == 0) return false;
  std::size_t single = 0, titles = 0;
  for (std::size_t i = start; i < words.size(); ++i) {
    if (title_words().count(lower_ascii(strip_final_punct(words[i])))) ++titles;
    std::string_view w = words[i];
    if (allow_single_letters && w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]))) {
      ++single;
      continue;
    }
    if (is_initial_word(w, 3) || is_name_word(w)) continue;
    if (i != start && i + 1 != words.size() && is_particle(w)) continue;
    return false;
  }
  // Letter-spaced names ("S H T Y K O V") have many one-letter words; a name otherwise has
  // at most five words.
  if (single > 0 && single < 3) return false;
  if (titles == n) return false;
  return single >= 3 || n <= 5;
}

std::string close_up_letter_spacing(std::string_view s) {
  std::vector<std::string_view> words = split_words(s);
  std::string out;
  std::size_t i = 0;
  while (i < words.size()) {
    std::size_t j = i;
    while (j < words.size() && words[j].size() == 1 && std::isupper(static_cast<unsigned char>(words[j][0]))) ++j;
    if (!out.empty()) out += ' ';
    if (j - i >= 3) {
      for (std::size_t k = i; k < j; ++k) out += words[k];
      i = j;
    } else {
      out += words[i];
      ++i;
    }
  }
  return out;
}

std::string_view unwrap(std::string_view s) {
  s = trim(s);
  for (int guard = 0; guard < 2 && s.size() >= 2; ++guard) {
    char a = s.front(), b = s.back();
    if ((a == '(' && b == ')') || (a == '/' && b == '/')) s = trim(s.substr(1, s.size() - 2));
  }
  return s;
}

}  // namespace

bool is_honorific(std::string_view w) { return honorific_words().count(lower_ascii(strip_final_punct(w))) != 0; }

// "周恩来", "김일성": a name in Chinese characters or Hangul, two to four of them, which have
// no capitals to tell a name by.
bool cjk_name(std::string_view s) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    char32_t c = decode_utf8(s, i, len);
    i += len;
    bool han = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
    bool hangul = c >= 0xAC00 && c <= 0xD7AF;
    if (!han && !hangul) return false;
    ++chars;
  }
  return chars >= 2 && chars <= 4;
}

bool is_person_name(std::string_view s) {
  s = unwrap(s);
  if (s.empty() || s.size() > 80) return false;
  if (cjk_name(s)) return true;
  std::string_view alt;
  std::string_view base = without_alternative(s, &alt);
  if (base.empty()) return false;
  if (!alt.empty() && declared_short_name(alt).empty() && !plain_name(alt, false)) return false;
  return plain_name(base, true);
}

std::string_view declared_short_name_of(std::string_view s) {
  std::string_view alt;
  without_alternative(unwrap(s), &alt);
  return declared_short_name(alt);
}

std::string tidy_person_name(std::string_view s) {
  s = unwrap(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == ',')) {
    // Keep the period of a final initial ("Kim I.") only when the name is initials alone.
    s.remove_suffix(1);
  }
  return close_up_letter_spacing(s);
}

std::string speaker_key(std::string_view s) {
  if (std::string_view short_name = declared_short_name_of(s); !short_name.empty()) return tidy_person_name(short_name);
  std::string_view base = without_alternative(unwrap(s));
  if (base.size() >= 2 && base.front() == '[' && base.back() == ']') base = trim(base.substr(1, base.size() - 2));
  std::vector<std::string_view> words = split_words(base);
  std::size_t start = 0;
  while (start + 1 < words.size() && is_honorific(words[start])) ++start;
  std::string joined;
  for (std::size_t i = start; i < words.size(); ++i) {
    if (!joined.empty()) joined += ' ';
    joined += words[i];
  }
  return tidy_person_name(joined);
}

}  // namespace archtei
