// Letters to their writing system (ISO 15924 script, by the ranges of data/scripts.tsv), a
// text to the script most of its letters are written in, and letters to their lower case.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archtei {

/// The script of most of a text's letters.
struct ScriptTally {
  std::string_view script;    ///< ISO 15924 code ("Latn", "Cyrl", "Jpan" ...); "" without letters
  std::string_view language;  ///< what text in `script` is taken to be when nothing else decides
                              ///< (scripts.tsv: "zh" for Hani); "" for Latin
  std::size_t letters = 0;    ///< letters in `script` (for Jpan and Kore: Han, kana and Hangul)
  std::size_t all_letters = 0;  ///< letters in any script
  std::size_t upper_case = 0;   ///< letters in upper case
  std::size_t lower_case = 0;   ///< letters in lower case, or of a script without case
};

/// The ISO 15924 code of the script `c` is a letter of ("Latn", "Cyrl", "Hani", "Hira" ...);
/// "" when `c` is not a letter (digit, punctuation, space, symbol, combining mark).
std::string_view script_of_letter(char32_t c);

/// Counts `text`'s letters by script and names the script most are written in. Han, kana and
/// Hangul are weighed together, as Japanese and older Korean mix them with Han, and each of
/// their characters counts three letters against an alphabet: kana making up 5% of them
/// give "Jpan" (language "ja"); Hangul making up 10% give "Hang", or "Kore" when Han is
/// present too (language "ko"); otherwise "Hani" ("zh"). Bytes that are not UTF-8 are no
/// letters.
ScriptTally tally_scripts(std::string_view text);

/// The ISO 15924 code of the script most of `text`'s letters are written in (as
/// tally_scripts decides it); "" when `text` holds no letter.
std::string script_of(std::string_view text);

/// `c` in lower case when it is an upper-case Latin, Greek or Cyrillic letter; otherwise `c`.
/// Romanian s and t with cedilla become their comma-below forms (ş -> ș, ţ -> ț), which is
/// how the two spellings of one letter compare equal.
char32_t lower_letter(char32_t c);

/// True when `c` is an upper-case Latin, Greek or Cyrillic letter.
bool is_upper_case_letter(char32_t c);

}  // namespace archtei
