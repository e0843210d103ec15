// Decides what language a piece of text (a paragraph, a line, a phrase) is written in, as a
// BCP 47 tag, from its letters: the script first, then for Latin and Cyrillic text its
// frequent words and distinctive letters (data/scripts.tsv, language_words.tsv,
// language_letters.tsv); and whether a few Latin words are Russian in transliteration
// (data/transliteration.tsv).
//
// Script -> language: Cyrillic is Russian unless its letters and words say Ukrainian,
// Belarusian, Bulgarian, Serbian, Macedonian or Mongolian; Latin text is English, German,
// Dutch, French, Italian, Spanish, Romanian, Hungarian, Polish, Czech, Slovak,
// Serbo-Croatian ("hbs") or Vietnamese by its words, or "ru-Latn" when it reads as
// transliterated Russian, and "" when its words do not decide; Han is "zh" ("ja" with kana, "ko" with Hangul), and Greek, Hebrew, Arabic,
// Georgian, Armenian, Thai, Devanagari and Mongolian script are "el", "he", "ar", "ka", "hy",
// "th", "hi", "mn" by their script alone.
//
// Names and numbers do not decide: words glued to digits, initials ("N. S.") and
// abbreviations before a number ("f. 5, op. 28") are skipped, and capitalised words inside a
// sentence ("Kim Il Sung", "Comrade Zhou Enlai") are taken for names, unless the text is
// mostly in capitals. Latin text needs three other words to be given a language, Cyrillic
// two. Tables are read once; a call allocates nothing beyond the guess it returns.
#pragma once

#include <string>
#include <string_view>

#include "text/writing_script.h"

namespace archtei {

/// What a piece of text is written in.
struct LanguageGuess {
  /// BCP 47 tag: "en", "ru", "uk", "zh", "ko", "de", "hu", "ru-Latn" ...; "" when the text is
  /// too short or unclear to tell.
  std::string tag;
  /// ISO 15924 code of most of its letters: "Latn", "Cyrl", "Hani", "Hang", "Kore", "Jpan",
  /// "Grek", "Arab", "Hebr", "Geor", "Armn" ...; "" without letters.
  std::string script;
  /// 0..1, how clearly the text reads as `tag`: its lead over the next language, times the
  /// share of the text's letters written in `script`; 0 when `tag` is "".
  double confidence = 0;
};

/// Decides the language of `text` (a paragraph, a line, a phrase), script first, then for
/// Latin and Cyrillic text by frequent words and distinctive letters
/// (src/text/data/language_words.tsv, language_letters.tsv). Any bytes are accepted; bytes
/// that are not UTF-8 count as non-letters.
LanguageGuess identify_language(std::string_view text);

/// True when `text`, a few words in Latin letters (typically inside brackets in an English
/// translation: "pristupit k obiednineniiu", "u nas", "opis'", "programmy", "aviaboiazn'"),
/// reads as Russian transliterated into Latin letters rather than English or another
/// language. Capitalised words (names) are not read, so "[Stalin]", "[Zhou Enlai]" or
/// "[Pak Hon Yong]" are never transliterated Russian; nor is text with letters outside the
/// Library of Congress scheme (other diacritics, other scripts).
bool reads_as_transliterated_russian(std::string_view text);

}  // namespace archtei
