// Decides whether a short string is a person's name as documents write them ("N. S.
// Khrushchev", "Kim Gwang-hyeop [Kim Kwang Hyop]", "S H T Y K O V", "Cde. Kim Il Sung")
// and normalises such names for the record.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archtei {

/// True when `s` is one to five name words: initials, capitalised or upper-case words,
/// name particles, after optional honorifics ("Comrade", "Cde.", "Mr."), with an optional
/// alternative spelling in brackets or parentheses at the end. Function words ("The",
/// "Yes", "Further") are never names.
bool is_person_name(std::string_view s);

/// True when `w` is a name's initials ("N.", "I.V.", "Ya."): each part a capital and at
/// most `max_letters - 1` more letters, ending in a period.
bool is_initial_word(std::string_view w, std::size_t max_letters);

/// True when `word` is a word of address or rank written before a name ("Cde.", "Mr.",
/// "Minister"), by data/honorifics.tsv.
bool is_honorific(std::string_view word);

/// The name as written, tidied: wrappers "(…)" and "/…/" and final punctuation removed,
/// spaces collapsed, letter-spaced capitals closed up ("S H T Y K O V" -> "SHTYKOV").
std::string tidy_person_name(std::string_view s);

/// The short name a speaker label declares for its later turns ("Premier Kim Il Sung
/// [henceforth referred to as Kim]" -> "Kim"); empty when it declares none.
std::string_view declared_short_name_of(std::string_view label);

/// The name that identifies a speaker across turns: tidied, without honorifics or a
/// bracketed alternative spelling ("Cde. Kim Il Sung." -> "Kim Il Sung"); the short name
/// the label declares, when it declares one.
std::string speaker_key(std::string_view s);

}  // namespace archtei
