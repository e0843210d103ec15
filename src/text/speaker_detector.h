// Finds the speakers of a conversation record: a name opening a paragraph ("N. S.
// Khrushchev. The US is ...", "KIM: ...", "[Pak Seong-cheol] We ..."), also after a dated
// insertion ("[March 1961] N. S. Khrushchev. I would ...") and in mid-paragraph ("... reject
// it. Kim Gwang-hyeop [Kim Kwang Hyop]. We understand ...").
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace archtei {

/// A speaker name at the start of a paragraph.
struct SpeakerPrefix {
  std::size_t dated_end = 0;  ///< end of a leading dated insertion "[March 1961] " (0 when none)
  std::size_t begin = 0;      ///< where the speaker label starts
  std::size_t end = 0;        ///< where the label ends (after its "." or ":")
  std::size_t text = 0;       ///< where the turn's own text starts
  std::string label;          ///< the label as written: "Kim II Sung.", "[Pak Seong-cheol]"
  std::string key;            ///< the normalised speaker: "Kim II Sung", "Pak Seong-cheol"
  bool colon = false;         ///< "KIM:" form
  bool bracketed = false;     ///< "[Pak Seong-cheol] We ..." form
  bool alternative = false;   ///< the name carries an alternative spelling "[Kim Kwang Hyop]"
  bool declared = false;      ///< the label declares a short name "(to be abbreviated as Zhou)"
  bool participant = false;   ///< a participant the title names, opening a paragraph unpunctuated
  bool followed = false;      ///< the turn's own text follows the label in the same paragraph
  bool in_paragraph = false;  ///< found inside running text, not at a paragraph's start
};

/// Reads a speaker prefix at the start of `text`; false when there is none.
bool speaker_prefix_at(std::string_view text, SpeakerPrefix& out);

/// Decides which candidate prefixes are speakers: names that open two or more paragraphs,
/// and names with stronger evidence (colon form, bracketed name, alternative spelling, a
/// declared short name, a participant the title names; names in capitals with a period
/// when two such names take turns: "CHERNENKO." ... "ANDROPOV."). Once these show the
/// text is a conversation, a name that speaks only once is accepted too: at a paragraph's
/// start ("Vyshinsky. Does the ..."), or inside running text when it has two words or more
/// ("... in 1959. A. I. Mikoyan. The Ministry ..."); either way its words must follow. A
/// lone speaker who speaks only once is a speaker when the label is a person's full name or
/// declares its short name ("Zhou Enlai:", "Kim Il Sung [henceforth referred to as Kim]."),
/// not when it is one word ("Decision:", "Reference:", which head a text's parts).
/// `candidates` holds one entry per paragraph (empty key when it has no prefix) and those
/// found inside paragraphs; the result is the set of accepted keys.
std::set<std::string> accept_speakers(const std::vector<SpeakerPrefix>& candidates);

/// Reads a turn that opens with a participant's name and no punctuation ("Nasser Dear
/// friends, ...", "N. S. KHRUSHCHEV The Western powers ..."): the name, as the title names
/// the participant or by surname, then a capitalised word. False when `text` opens otherwise.
bool participant_prefix_at(std::string_view text, const std::vector<std::string>& participants, SpeakerPrefix& out);

/// Adds to `out` the name labels that stand as sentences of their own inside `text`, so a
/// speaker who only ever speaks in mid-paragraph (a text flattened onto few lines) is still
/// counted.
void collect_labels_in_paragraph(std::string_view text, std::vector<SpeakerPrefix>& out);

/// Where a new speaker's turn starts inside `text`, after a sentence end, at or after
/// `from`: a known speaker, or a name with an alternative spelling. npos when none.
std::size_t find_turn_in_paragraph(std::string_view text, std::size_t from, const std::set<std::string>& known,
                                   SpeakerPrefix& out);

}  // namespace archtei
