// Text -> BCP 47 language tag: script by code point, then words and letters scored against
// the rows of data/language_words.tsv and language_letters.tsv; Latin words -> whether they
// are transliterated Russian, by the patterns of data/transliteration.tsv.
#include "text/language_id.h"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "model/utf8.h"
#include "text/tables.h"

namespace archtei {
namespace {

// ---------------------------------------------------------------------------------------
// Words of a text

// Longer words are no function words; only their letters are read.
constexpr std::size_t kMaxWordBytes = 64;

/// One word as the scorers see it.
struct Word {
  std::string_view lower;      ///< lower case; every apostrophe written as '
  std::string_view script;     ///< script of its first letter
  bool capitalised = false;    ///< its first letter is upper case
  bool sentence_start = false; ///< it opens the text or follows . ! ? : ; …
  bool complete = true;        ///< `lower` holds the whole word (not cut at kMaxWordBytes)
  bool abbreviation = false;   ///< an initial ("N."), or a period follows it, then a number or
                               ///< a lower-case word ("f. 5, op. 28, d. 103"): its period ends
                               ///< no sentence
};

/// Lower-case words of a text: runs of letters, apostrophes inside or after them kept (the
/// soft sign of "opis'", French "l'", Ukrainian "м'ясо"), except one that closes a
/// quotation opened by a single quote ('the party'). A hyphen between letters splits a word
/// in two, the second inheriting whether the first was capitalised ("Pak Heon-yeong").
/// Words glued to digits ("1950s", "B-29") are not words. Words are lower-cased into a
/// fixed buffer, so reading a text allocates nothing.
class WordReader {
 public:
  explicit WordReader(std::string_view text) : text_(text) {}

  template <class OnWord>
  void read(OnWord&& on_word) {
    bool sentence_start = true;
    bool in_word = false;
    bool glued_to_digit = false;
    bool after_digit = false;
    bool after_hyphen = false;
    bool hyphen_capitalised = false;
    Word word;
    std::size_t length = 0;   // bytes in buffer_
    std::size_t letters = 0;  // letters in the word
    bool quote_open = false;  // a single quote opened before a word ('like this')

    auto finish = [&] {
      if (!in_word) return;
      in_word = false;
      // The apostrophe after the last word of a quotation closes it; it is no soft sign.
      if (quote_open && length > 0 && buffer_[length - 1] == '\'') {
        while (length > 0 && buffer_[length - 1] == '\'') --length;
        quote_open = false;
      }
      word.lower = std::string_view(buffer_.data(), length);
      if (!glued_to_digit) on_word(word);
      sentence_start = false;
    };

    for (std::size_t i = 0; i < text_.size();) {
      Utf8Char ch = read_utf8(text_, i);
      i += ch.length == 0 ? 1 : ch.length;
      const char32_t c = ch.valid ? ch.code_point : 0xFFFD;
      std::string_view script = script_of_letter(c);
      if (!script.empty()) {
        if (!in_word) {
          in_word = true;
          length = letters = 0;
          word = Word{};
          word.script = script;
          word.capitalised = after_hyphen ? hyphen_capitalised : is_upper_case_letter(c);
          word.sentence_start = sentence_start && !after_hyphen;
          glued_to_digit = after_digit;
        }
        append(lower_letter(c), length, word);
        ++letters;
        after_digit = after_hyphen = false;
        continue;
      }
      if (in_word && is_apostrophe(c)) {
        append('\'', length, word);
        continue;
      }
      if (in_word && is_combining_mark(c)) continue;
      if (in_word && is_digit(c)) {
        glued_to_digit = true;
        continue;
      }
      if (in_word && is_hyphen(c) && i < text_.size() && !script_of_letter(next_code_point(i)).empty()) {
        hyphen_capitalised = word.capitalised;
        finish();
        after_hyphen = true;
        continue;
      }
      // An initial ("N. S. Khrushchev") or a period before a number or a lower-case word.
      if (in_word && c == '.') word.abbreviation = letters == 1 || abbreviation_follows(i);
      const bool abbreviation = in_word && word.abbreviation;
      finish();
      if ((is_apostrophe(c) || c == 0x2018) && i < text_.size() && !script_of_letter(next_code_point(i)).empty())
        quote_open = true;
      after_hyphen = false;
      // A hyphen keeps letters after a number glued to it: the "й" of "4-й" is no word.
      after_digit = is_digit(c) || (after_digit && is_hyphen(c));
      if (after_digit) sentence_start = false;
      if (ends_sentence(c) && !abbreviation) sentence_start = true;
    }
    finish();
  }

 private:
  static bool is_apostrophe(char32_t c) {
    return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x02B9 || c == 0x02BA;
  }
  static bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
  static bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
  // Marks written after their letter (accents in decomposed text, Thai and Devanagari
  // vowel signs, the ties of LC's "t͡s") belong to the word they sit in.
  static bool is_combining_mark(char32_t c) {
    return (c >= 0x300 && c <= 0x36F) || (c >= 0x483 && c <= 0x489) || (c >= 0x900 && c <= 0x903) ||
           (c >= 0x93A && c <= 0x94F) || (c >= 0xE31 && c <= 0xE3A) || (c >= 0xE47 && c <= 0xE4E);
  }
  static bool ends_sentence(char32_t c) {
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026 || c == 0xBF || c == 0xA1 ||
           c == 0x3002;
  }

  // After a word's period at `i`: a number or a lower-case word, so the period marks an
  // abbreviation, not a sentence's end.
  bool abbreviation_follows(std::size_t i) const {
    while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n')) ++i;
    if (i >= text_.size()) return false;
    const char32_t c = next_code_point(i);
    return is_digit(c) || (!script_of_letter(c).empty() && !is_upper_case_letter(c) && lower_letter(c) == c);
  }

  char32_t next_code_point(std::size_t i) const {
    Utf8Char ch = read_utf8(text_, i);
    return ch.valid ? ch.code_point : 0xFFFD;
  }

  void append(char32_t c, std::size_t& length, Word& word) {
    char bytes[4];
    std::size_t n = 0;
    if (c < 0x80) {
      bytes[n++] = static_cast<char>(c);
    } else if (c < 0x800) {
      bytes[n++] = static_cast<char>(0xC0 | (c >> 6));
      bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      bytes[n++] = static_cast<char>(0xE0 | (c >> 12));
      bytes[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      bytes[n++] = static_cast<char>(0xF0 | (c >> 18));
      bytes[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      bytes[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
    }
    if (length + n > buffer_.size()) {
      word.complete = false;
      return;
    }
    std::copy(bytes, bytes + n, buffer_.begin() + static_cast<std::ptrdiff_t>(length));
    length += n;
  }

  std::string_view text_;
  std::array<char, kMaxWordBytes> buffer_{};
};

std::size_t letters_in(std::string_view utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char b) { return (b & 0xC0) != 0x80; }));
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

std::vector<std::string> split_spaces(std::string_view cell) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < cell.size()) {
    while (i < cell.size() && cell[i] == ' ') ++i;
    std::size_t start = i;
    while (i < cell.size() && cell[i] != ' ') ++i;
    if (i > start) out.emplace_back(cell.substr(start, i - start));
  }
  return out;
}

char32_t first_code_point(std::string_view s) {
  Utf8Char ch = read_utf8(s, 0);
  return ch.valid ? ch.code_point : 0xFFFD;
}

// ---------------------------------------------------------------------------------------
// The word and letter model of language_words.tsv and language_letters.tsv

// Languages are sets of bits, so the tables may hold at most 64 of them.
using LanguageSet = std::uint64_t;
constexpr std::size_t kMaxLanguages = 64;

/// What one word, ending or letter says: the languages it belongs to, and how much it counts
/// for each (its weight shared between them, so "de" counts less than "daß").
struct Clue {
  LanguageSet languages = 0;
  double weight = 0;
};

// A function word or a distinctive letter counts 1 (shared between its languages); an
// ending is weaker evidence than a whole word; a letter the language never uses counts
// firmly against it.
constexpr double kWordWeight = 1.0;
constexpr double kEndingWeight = 0.75;
constexpr double kMarkWeight = 1.0;
constexpr double kNeverWeight = 1.0;

/// What one letter says: the languages it marks, those that never write it, and whether a
/// marked sequence of letters starts with it.
struct LetterClues {
  Clue mark;
  LanguageSet never = 0;
  bool starts_sequence = false;
};

// Marks of two or three letters ("ij", "дз") are looked up at each letter that starts one,
// by their code points packed into one number.
constexpr std::size_t kMaxSequenceLetters = 3;
constexpr std::uint64_t pack(std::uint64_t packed, char32_t next) { return packed << 21 | next; }

struct LanguageModel {
  std::vector<std::string> tags;
  std::vector<std::string> scripts;  // per language
  StringMap<Clue> words;
  StringMap<Clue> endings;
  // Per last byte, the byte lengths of the endings that end with it: a word is looked up
  // only for endings it can have.
  std::array<std::bitset<kMaxWordBytes + 1>, 256> ending_lengths{};
  std::array<LetterClues, 128> ascii_letters{};          // by code point
  std::unordered_map<char32_t, LetterClues> letters;    // the others
  std::unordered_map<std::uint64_t, Clue> sequences;    // packed code points

  const LetterClues* clues_of(char32_t c) const {
    if (c < ascii_letters.size()) return &ascii_letters[c];
    auto it = letters.find(c);
    return it == letters.end() ? nullptr : &it->second;
  }
  LetterClues& clues_for(char32_t c) { return c < ascii_letters.size() ? ascii_letters[c] : letters[c]; }
};

/// `s` with each letter in lower case.
std::string lower_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    Utf8Char ch = read_utf8(s, i);
    i += ch.length == 0 ? 1 : ch.length;
    if (ch.valid) append_utf8(out, lower_letter(ch.code_point));
  }
  return out;
}

void share_weight(Clue& clue, double weight) {
  if (clue.languages != 0) clue.weight = weight / static_cast<double>(std::popcount(clue.languages));
}

template <class Map>
void share_weights(Map& map, double weight) {
  for (auto& [key, clue] : map) share_weight(clue, weight);
}

const LanguageModel& model() {
  static const LanguageModel m = [] {
    LanguageModel out;
    for (const TableRow& row : table("language_words")) {
      if (row.size() < 3) throw std::logic_error("language_words.tsv: a row needs tag, script, words");
      if (out.tags.size() == kMaxLanguages) throw std::logic_error("language_words.tsv: too many languages");
      const std::size_t language = out.tags.size();
      out.tags.push_back(row[0]);
      out.scripts.push_back(row[1]);
      for (const std::string& entry : split_spaces(row[2])) {
        if (entry.size() > 1 && entry.front() == '-') {
          std::string ending = entry.substr(1);
          if (ending.size() > kMaxWordBytes) throw std::logic_error("language_words.tsv: ending too long: " + entry);
          out.ending_lengths[static_cast<unsigned char>(ending.back())].set(ending.size());
          out.endings[ending].languages |= LanguageSet{1} << language;
        } else {
          out.words[entry].languages |= LanguageSet{1} << language;
        }
      }
    }
    for (const TableRow& row : table("language_letters")) {
      auto it = std::find(out.tags.begin(), out.tags.end(), row[0]);
      if (it == out.tags.end()) throw std::logic_error("language_letters.tsv: no words for " + row[0]);
      const auto language = static_cast<std::size_t>(it - out.tags.begin());
      if (row.size() > 1) {
        for (const std::string& mark : split_spaces(row[1])) {
          const std::string lower = lower_text(mark);
          const std::size_t letters = letters_in(lower);
          if (letters > kMaxSequenceLetters)
            throw std::logic_error("language_letters.tsv: a mark is one to three letters: " + mark);
          if (letters == 1) {
            out.clues_for(first_code_point(lower)).mark.languages |= LanguageSet{1} << language;
            continue;
          }
          std::uint64_t packed = 0;
          for (std::size_t i = 0; i < lower.size();) {
            Utf8Char ch = read_utf8(lower, i);
            i += ch.length == 0 ? 1 : ch.length;
            packed = pack(packed, ch.code_point);
          }
          out.sequences[packed].languages |= LanguageSet{1} << language;
          out.clues_for(first_code_point(lower)).starts_sequence = true;
        }
      }
      if (row.size() > 2)
        for (const std::string& letter : split_spaces(row[2]))
          out.clues_for(lower_letter(first_code_point(letter))).never |= LanguageSet{1} << language;
    }
    share_weights(out.words, kWordWeight);
    share_weights(out.endings, kEndingWeight);
    for (LetterClues& c : out.ascii_letters) share_weight(c.mark, kMarkWeight);
    for (auto& [letter, c] : out.letters) share_weight(c.mark, kMarkWeight);
    share_weights(out.sequences, kMarkWeight);
    return out;
  }();
  return m;
}

using Scores = std::array<double, kMaxLanguages>;

void add(Scores& scores, const Clue& clue) {
  for (LanguageSet set = clue.languages; set != 0; set &= set - 1)
    scores[static_cast<std::size_t>(std::countr_zero(set))] += clue.weight;
}

/// The clue of a word's elided article ("l'" of "l'union"), or of the word before an
/// apostrophe ("don't", "korea's"), for a word that is not a function word as a whole.
/// What follows an apostrophe is not read: the "s" of "Mildred's" is no Czech preposition.
const Clue* elided_word_clue(const LanguageModel& m, std::string_view w) {
  std::size_t apostrophe = w.find('\'');
  if (apostrophe == std::string_view::npos) return nullptr;
  if (auto it = m.words.find(w.substr(0, apostrophe + 1)); it != m.words.end()) return &it->second;
  if (auto it = m.words.find(w.substr(0, apostrophe)); it != m.words.end()) return &it->second;
  return nullptr;
}

/// The longest ending of the table `w` ends with, leaving at least two letters before it.
const Clue* ending_clue(const LanguageModel& m, std::string_view w) {
  if (w.empty()) return nullptr;
  const auto& lengths = m.ending_lengths[static_cast<unsigned char>(w.back())];
  for (std::size_t n = std::min(w.size(), kMaxWordBytes); n > 0; --n) {
    if (!lengths.test(n)) continue;
    if (letters_in(w.substr(0, w.size() - n)) < 2) continue;
    if (auto it = m.endings.find(w.substr(w.size() - n)); it != m.endings.end()) return &it->second;
  }
  return nullptr;
}

/// Distinctive letters of a word: each language one of its marks (letters or sequences of
/// letters) points to counts once; each language that never uses one of its letters counts
/// against once.
void score_letters(const LanguageModel& m, std::string_view w, Scores& scores) {
  LanguageSet credited = 0, barred = 0;
  auto credit = [&](const Clue& clue) {
    Clue fresh{clue.languages & ~credited, clue.weight};
    add(scores, fresh);
    credited |= fresh.languages;
  };
  for (std::size_t i = 0; i < w.size();) {
    Utf8Char ch = read_utf8(w, i);
    i += ch.length == 0 ? 1 : ch.length;
    const LetterClues* clues = m.clues_of(ch.code_point);
    if (clues == nullptr) continue;
    // The longer, more telling sequence first: "ъя" is Russian where "ъ" alone is not.
    if (clues->starts_sequence) {
      std::uint64_t packed[kMaxSequenceLetters + 1] = {0, ch.code_point};
      std::size_t end = i, letters = 1;
      for (; letters < kMaxSequenceLetters && end < w.size(); ++letters) {
        Utf8Char next = read_utf8(w, end);
        end += next.length == 0 ? 1 : next.length;
        packed[letters + 1] = pack(packed[letters], next.code_point);
      }
      for (; letters >= 2; --letters)
        if (auto it = m.sequences.find(packed[letters]); it != m.sequences.end()) credit(it->second);
    }
    credit(clues->mark);
    barred |= clues->never;
  }
  add(scores, Clue{barred, -kNeverWeight});
}

// ---------------------------------------------------------------------------------------
// Transliterated Russian (transliteration.tsv)

struct Pattern {
  std::string letters;
  bool at_start = false;
  bool at_end = false;
  bool russian = false;
  double weight = 0;
};

// Patterns are kept apart by where they may match, and indexed by the byte they start (or,
// for endings, end) with, so a word is compared only with the patterns it can hold.
struct TransliterationModel {
  std::vector<Pattern> patterns;
  StringMap<std::vector<std::uint16_t>> whole_words;           // "^na$"
  std::array<std::vector<std::uint16_t>, 256> starts{};        // "^po", by first byte
  std::array<std::vector<std::uint16_t>, 256> ends{};          // "ykh$", by last byte
  std::array<std::vector<std::uint16_t>, 256> anywhere{};      // "shch", by first byte
};

// Pattern indices are 16 bits.
constexpr std::size_t kMaxPatterns = 65535;

const TransliterationModel& transliteration() {
  static const TransliterationModel t = [] {
    TransliterationModel out;
    for (const TableRow& row : table("transliteration")) {
      if (row.size() < 3) throw std::logic_error("transliteration.tsv: a row needs side, pattern, weight");
      Pattern p;
      std::string_view letters = row[1];
      p.at_start = !letters.empty() && letters.front() == '^';
      if (p.at_start) letters.remove_prefix(1);
      p.at_end = !letters.empty() && letters.back() == '$';
      if (p.at_end) letters.remove_suffix(1);
      if (letters.empty()) throw std::logic_error("transliteration.tsv: empty pattern");
      p.letters = std::string(letters);
      if (row[0] != "ru" && row[0] != "other") throw std::logic_error("transliteration.tsv: side is ru or other: " + row[0]);
      p.russian = row[0] == "ru";
      p.weight = std::stod(row[2]);
      if (out.patterns.size() == kMaxPatterns) throw std::logic_error("transliteration.tsv: too many patterns");
      const auto index = static_cast<std::uint16_t>(out.patterns.size());
      const auto first = static_cast<unsigned char>(p.letters.front());
      const auto last = static_cast<unsigned char>(p.letters.back());
      if (p.at_start && p.at_end) {
        out.whole_words[p.letters].push_back(index);
      } else if (p.at_start) {
        out.starts[first].push_back(index);
      } else if (p.at_end) {
        out.ends[last].push_back(index);
      } else {
        out.anywhere[first].push_back(index);
      }
      out.patterns.push_back(std::move(p));
    }
    return out;
  }();
  return t;
}

// The Latin-script function words of language_words.tsv count against transliteration: a
// bracket holding "the" or "of" is an English insertion, one holding "das" German. Russian
// words of the patterns take precedence ("na" is Polish and Czech too).
constexpr double kOtherWordWeight = 2.0;
// The Russian side must lead by this much for a gloss ...
constexpr double kTransliterationLead = 2.0;
// ... and by this much per word for a whole text, whose other words would show another
// language if it had one.
constexpr double kTransliterationLeadPerWord = 1.0;

struct TransliterationScore {
  bool possible = true;  // only Latin letters of the Library of Congress scheme
  double russian = 0;
  double other = 0;
  std::size_t words = 0;  // lower-case words read
  double lead() const { return russian - other; }
};

bool outside_lc_scheme(std::string_view lower) {
  for (std::size_t i = 0; i < lower.size();) {
    Utf8Char ch = read_utf8(lower, i);
    i += ch.length == 0 ? 1 : ch.length;
    // LC writes э as ė and й as ĭ; any other letter beyond ASCII belongs to another
    // language's alphabet.
    if (ch.code_point >= 0x80 && ch.code_point != 0x117 && ch.code_point != 0x12D) return true;
  }
  return false;
}

/// Adds the patterns `w` holds to `score`; `function_word` is what language_words.tsv says
/// of `w`, if anything.
void score_transliterated_word(std::string_view w, const Clue* function_word, TransliterationScore& score) {
  const TransliterationModel& t = transliteration();
  static const LanguageSet latin = [] {
    const LanguageModel& m = model();
    LanguageSet set = 0;
    for (std::size_t k = 0; k < m.tags.size(); ++k)
      if (m.scripts[k] == "Latn") set |= LanguageSet{1} << k;
    return set;
  }();

  bool russian_word = false;
  auto count = [&](std::uint16_t k) {
    const Pattern& p = t.patterns[k];
    (p.russian ? score.russian : score.other) += p.weight;
  };
  if (auto it = t.whole_words.find(w); it != t.whole_words.end()) {
    for (std::uint16_t k : it->second) {
      count(k);
      russian_word = russian_word || t.patterns[k].russian;
    }
  }
  if (function_word != nullptr && (function_word->languages & latin) != 0 && !russian_word)
    score.other += kOtherWordWeight;
  for (std::uint16_t k : t.starts[static_cast<unsigned char>(w.front())])
    if (w.starts_with(t.patterns[k].letters)) count(k);
  for (std::uint16_t k : t.ends[static_cast<unsigned char>(w.back())])
    if (w.ends_with(t.patterns[k].letters)) count(k);
  // A pattern found twice in a word counts once.
  std::array<std::uint16_t, 2 * kMaxWordBytes> counted;
  std::size_t n_counted = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (std::uint16_t k : t.anywhere[static_cast<unsigned char>(w[i])]) {
      if (!w.substr(i).starts_with(t.patterns[k].letters)) continue;
      if (std::find(counted.begin(), counted.begin() + n_counted, k) != counted.begin() + n_counted) continue;
      if (n_counted < counted.size()) counted[n_counted++] = k;
      count(k);
    }
  }
}

/// Reads one word of a text against the patterns; capitalised words are names and not read.
void read_transliterated(const Word& word, const Clue* function_word, TransliterationScore& score) {
  if (!score.possible || word.capitalised || word.abbreviation) return;
  if (word.script != "Latn" || outside_lc_scheme(word.lower) || !word.complete) {
    score.possible = false;
    return;
  }
  // One letter is an initial, a variable or a preposition of any Slavic or Romance
  // language: it tells nothing.
  if (letters_in(word.lower) == 1) return;
  ++score.words;
  score_transliterated_word(word.lower, function_word, score);
}

const Clue* function_word(const LanguageModel& m, std::string_view w) {
  auto it = m.words.find(w);
  return it == m.words.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------------------------------
// Deciding

// Below this many words that vote (not names, not numbers) the text is too short to tell.
// Latin text has no default language and needs three; Cyrillic text, Russian unless shown
// otherwise, needs two.
constexpr std::size_t kMinWordsWithoutDefault = 3;
constexpr std::size_t kMinWordsWithDefault = 2;
// Without a default, the best language must score this much (more than one unshared
// function word) and lead the next by kMinLead.
constexpr double kMinScore = 1.25;
constexpr double kMinLead = 0.5;
// Scores are sums of shares (1/3 + 1/2 ...): compare them with this much slack.
constexpr double kSlack = 1e-9;
// A language overrules the script's default when it leads it by this much.
constexpr double kMinLeadOverDefault = 0.5;
// How sure a default is when nothing speaks for or against it.
constexpr double kDefaultConfidence = 0.25;

/// Grows from 0 towards 1 with the lead of the chosen language over the next.
double lead_confidence(double lead) { return lead <= 0 ? 0 : lead / (lead + 1.0); }

double share(const ScriptTally& tally) {
  return tally.all_letters == 0 ? 0 : static_cast<double>(tally.letters) / static_cast<double>(tally.all_letters);
}

}  // namespace

LanguageGuess identify_language(std::string_view text) {
  const ScriptTally tally = tally_scripts(text);
  LanguageGuess guess;
  guess.script = std::string(tally.script);
  if (tally.letters == 0) return guess;

  const LanguageModel& m = model();
  LanguageSet candidates = 0;
  for (std::size_t k = 0; k < m.tags.size(); ++k)
    if (m.scripts[k] == tally.script) candidates |= LanguageSet{1} << k;

  if (candidates == 0) {
    // Scripts written by one language here: the script decides. A letter or two may be a
    // symbol or an abbreviation.
    if (tally.letters < 2 || tally.language.empty()) return guess;
    guess.tag = std::string(tally.language);
    guess.confidence = share(tally) * static_cast<double>(tally.letters) / static_cast<double>(tally.letters + 4);
    return guess;
  }

  // Headings and telegrams in capitals: a capital says nothing about names there (a line of
  // initials and surnames in capitals, "K. U. CHERNENKO presiding", is not enough).
  const bool capitals = tally.upper_case > 2 * tally.lower_case;
  const bool latin = tally.script == "Latn";
  Scores scores{};
  std::size_t voting = 0;
  TransliterationScore translit;
  WordReader(text).read([&](const Word& word) {
    const Clue* whole = word.complete ? function_word(m, word.lower) : nullptr;
    if (latin) read_transliterated(word, whole, translit);
    if (word.script != tally.script) return;
    if (word.capitalised && !word.sentence_start && !capitals) return;  // a name
    if (word.abbreviation) return;
    ++voting;
    score_letters(m, word.lower, scores);
    if (!word.complete) return;
    if (const Clue* clue = whole != nullptr ? whole : elided_word_clue(m, word.lower)) add(scores, *clue);
    if (const Clue* clue = ending_clue(m, word.lower)) add(scores, *clue);
  });

  if (latin && translit.possible && translit.words >= kMinWordsWithoutDefault &&
      translit.lead() >= kTransliterationLeadPerWord * static_cast<double>(translit.words)) {
    guess.tag = "ru-Latn";
    guess.confidence = share(tally) * lead_confidence(translit.lead() / 2);
    return guess;
  }

  std::size_t best = kMaxLanguages, second = kMaxLanguages;
  for (LanguageSet set = candidates; set != 0; set &= set - 1) {
    const auto k = static_cast<std::size_t>(std::countr_zero(set));
    if (best == kMaxLanguages || scores[k] > scores[best]) {
      second = best;
      best = k;
    } else if (second == kMaxLanguages || scores[k] > scores[second]) {
      second = k;
    }
  }
  const double runner_up = second == kMaxLanguages ? 0 : scores[second];
  const double lead = scores[best] - std::max(runner_up, 0.0);

  if (tally.language.empty()) {
    if (voting < kMinWordsWithoutDefault || scores[best] + kSlack < kMinScore ||
        scores[best] - runner_up + kSlack < kMinLead)
      return guess;
    guess.tag = m.tags[best];
    guess.confidence = share(tally) * lead_confidence(lead);
    return guess;
  }

  if (voting < kMinWordsWithDefault) return guess;
  auto default_it = std::find(m.tags.begin(), m.tags.end(), tally.language);
  const std::size_t fallback = static_cast<std::size_t>(default_it - m.tags.begin());
  if (fallback < m.tags.size() && best != fallback) {
    // Overruling takes evidence of the language's own, not only letters that rule the
    // default out.
    if (scores[best] <= 0 || scores[best] - scores[fallback] + kSlack < kMinLeadOverDefault) {
      guess.tag = std::string(tally.language);
      guess.confidence = share(tally) * kDefaultConfidence;
      return guess;
    }
    // The default is ruled out, but two others are as likely ("ј" is Serbian and
    // Macedonian): better no tag than a wrong one.
    if (scores[best] - runner_up + kSlack < kMinLead) return guess;
  }
  guess.tag = m.tags[best];
  guess.confidence = share(tally) * std::max(lead_confidence(lead), kDefaultConfidence);
  return guess;
}

bool reads_as_transliterated_russian(std::string_view text) {
  const LanguageModel& m = model();
  TransliterationScore score;
  WordReader(text).read([&](const Word& word) {
    read_transliterated(word, word.complete ? function_word(m, word.lower) : nullptr, score);
  });
  return score.possible && score.words >= 1 && score.lead() >= kTransliterationLead;
}

}  // namespace archtei
