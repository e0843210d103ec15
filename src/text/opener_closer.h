// Recognises the short lines that open and close letters and telegrams (classification,
// routing, distribution, salutation, datelines, signatures) and says which opener or
// closer part each is.
#pragma once

#include <string>
#include <string_view>

#include "model/body.h"

namespace archtei {

/// What kind of letter line a line is, by data/letter_parts.tsv.
enum class LetterPart {
  None,
  Classification,
  Routing,
  Distribution,
  Salute,
  Closing,
  Place,
  Signed,       ///< a word before a signature: "Signed: Ion Popa"
  Label,        ///< a record's header label: "Time: ...", "Interpreter: ..."
  Institution,  ///< a body signing or addressed as a whole: "Embassy in Korea"
  Recorder,     ///< who wrote the record down: "Recorded by: V. Micunovic"; names no signer
  Subject,      ///< a heading naming the subject, in capitals: "ON THE KOREAN QUESTION"
};

/// Classifies one line (or a unit's first line) by its opening words.
LetterPart classify_letter_line(std::string_view line);

/// True when `line` is written like an office or a body's name: title case, where only
/// joining words ("of", "the", "in") are in lower case ("Chairman of the Cabinet of
/// Ministers", "Embassy in Korea"), and no sentence end.
bool is_title_line(std::string_view line);

/// True when `line` is a date or a place and date ("Pyongyang, 12 October 1948",
/// "[date left blank] October 1948", "7.II.50"), or a known place alone.
bool is_dateline(std::string_view line);

/// True when `line` is only the initials of who drafted or typed a letter, written at its
/// foot: "E.O.B.", "JFD:mk", "EOB/jm". They name no signer.
bool is_reference_initials(std::string_view line);

/// A signature line split into its parts.
struct Signature {
  std::string date;         ///< a date written before the name ("7.II.50"), as written
  std::string name;         ///< the signature as written, date removed
  std::string signer;       ///< normalised signer name; empty when not legible
  bool institution = false; ///< a body signing as a whole ("Embassy in Korea"), not a person
  bool strong = false;      ///< unmistakably a signature (not merely a capitalised word)
};

/// Reads `line` as a signature: a name ("A. Gromyko", "I. STALIN", "S H T Y K O V",
/// "Filippov [Stalin]", "(A. PUZANOV)"), optionally after a date ("7.II.50 SHTYKOV",
/// "13/5-50. Roshchin"), after a word of signing ("Signed: Ion Popa"), after an office
/// ("Chairman of the USSR Council of Ministers I. STALIN", the name in capitals or
/// opening with an initial), between dashes with a telegram number ("– 52 Kádas –"), or a
/// signature mark beside the name ("A. MIKOYAN [signature]", "[signature] /A. PUZANOV/").
/// An illegible signature names nobody, whatever guess the editor adds ("[illegible
/// signature, possibly Molotov]" gives an empty signer).
bool parse_signature(std::string_view line, Signature& out);

/// Reads `line` as the signature of a body ("Embassy in Korea", "The Soviet Embassy"):
/// an institution line by data/letter_parts.tsv. `out.signer` is the line tidied.
bool parse_institution_signature(std::string_view line, Signature& out);

/// The block kind of one opener or closer line (Classification, Routing, Distribution,
/// Salute, Dateline, Line); signatures are handled by parse_signature.
BlockKind letter_line_kind(std::string_view line, bool in_closer);

}  // namespace archtei
