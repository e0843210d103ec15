// Speaker names opening paragraphs and inside them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/speaker_detector.h"
#include "text/speaker_names.h"

namespace archtei {
namespace {

struct PrefixCase {
  const char* input;
  bool found;
  const char* label;
  const char* key;
};

class PrefixCases : public ::testing::TestWithParam<PrefixCase> {};

TEST_P(PrefixCases, ReadsSpeakerPrefix) {
  const PrefixCase& c = GetParam();
  SpeakerPrefix p;
  bool got = speaker_prefix_at(c.input, p);
  EXPECT_EQ(got, c.found) << c.input;
  if (got && c.found) {
    EXPECT_EQ(p.label, c.label);
    EXPECT_EQ(p.key, c.key);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Prefixes, PrefixCases,
    ::testing::Values(PrefixCase{"Kim II Sung. Further, we would like", true, "Kim II Sung.", "Kim II Sung"},
                      PrefixCase{"N. S. Khrushchev. The US is pressing", true, "N. S. Khrushchev.", "N. S. Khrushchev"},
                      PrefixCase{"KHRUSHCHEV: Good afternoon.", true, "KHRUSHCHEV:", "KHRUSHCHEV"},
                      PrefixCase{"Cde. Kim Il Sung: We agree.", true, "Cde. Kim Il Sung:", "Kim Il Sung"},
                      PrefixCase{"[Pak Seong-cheol] We would like", true, "[Pak Seong-cheol]", "Pak Seong-cheol"},
                      PrefixCase{"Kim Gwang-hyeop [Kim Kwang Hyop]. We understand", true,
                                 "Kim Gwang-hyeop [Kim Kwang Hyop].", "Kim Gwang-hyeop"},
                      PrefixCase{"[March 1961] N. S. Khrushchev. I would like", true, "N. S. Khrushchev.",
                                 "N. S. Khrushchev"},
                      PrefixCase{"[8 October 1971. Pak Seong-cheol (Pak Song Chol)] In accordance", true,
                                 "[8 October 1971. Pak Seong-cheol (Pak Song Chol)]", "Pak Seong-cheol"},
                      PrefixCase{"Yes. We agree with you.", false, "", ""},
                      PrefixCase{"The US is pressing.", false, "", ""},
                      PrefixCase{"Further: the question of loans.", false, "", ""},
                      PrefixCase{"Copies: Stalin, Molotov.", false, "", ""},
                      PrefixCase{"Kim Il Sung asked my advice.", false, "", ""},
                      PrefixCase{"[Materials from the conversation] follow", false, "", ""},
                      PrefixCase{"Stalin. the text goes on", false, "", ""},
                      PrefixCase{"Warsaw. 5 June 1962", false, "", ""},
                      PrefixCase{"Interpreter: Zhao Liqun", false, "", ""},
                      PrefixCase{"Foreign Ministry: 1. According to the figures", false, "", ""},
                      PrefixCase{"Decision: The shelling will begin on 23 August.", false, "", ""},
                      PrefixCase{"Reference: WJA-0398", false, "", ""},
                      PrefixCase{"Recorded by: V. Micunovic", false, "", ""}));

SpeakerPrefix prefix(const char* s) {
  SpeakerPrefix p;
  speaker_prefix_at(s, p);
  return p;
}

TEST(SpeakerDetector, AcceptsRecurringNamesAndStrongForms) {
  std::vector<SpeakerPrefix> candidates = {prefix("Kim II Sung. One."), prefix("Kim II Sung. Three."),
                                           prefix("ZHOU: Four."), prefix("[Pak Seong-cheol] Five.")};
  std::set<std::string> got = accept_speakers(candidates);
  EXPECT_EQ(got, (std::set<std::string>{"Kim II Sung", "ZHOU", "Pak Seong-cheol"}));
}

struct AcceptCase {
  const char* name;
  std::vector<const char*> paragraph_starts;  ///< one paragraph each
  const char* running_text;                    ///< labels inside it are candidates too
  std::set<std::string> accepted;
};

class AcceptCases : public ::testing::TestWithParam<AcceptCase> {};

TEST_P(AcceptCases, AcceptsSpeakers) {
  const AcceptCase& c = GetParam();
  std::vector<SpeakerPrefix> candidates;
  for (const char* s : c.paragraph_starts) candidates.push_back(prefix(s));
  collect_labels_in_paragraph(c.running_text, candidates);
  EXPECT_EQ(accept_speakers(candidates), c.accepted) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Accept, AcceptCases,
    ::testing::Values(
        AcceptCase{"one name once is no conversation", {"Molotov. Two."}, "", {}},
        AcceptCase{"a name speaking once in a conversation",
                   {"Zhou Enlai. One.", "Vyshinsky. Does it?", "Zhou Enlai. Three."},
                   "",
                   {"Zhou Enlai", "Vyshinsky"}},
        AcceptCase{"a label alone speaks no turn", {"ZHOU: One.", "ZHOU: Two.", "A. Gromyko."}, "", {"ZHOU"}},
        AcceptCase{"a full name speaking once inside running text",
                   {"N. S. Khrushchev. One.", "N. S. Khrushchev. Two."},
                   "We agree. A. I. Mikoyan. The credit can be given.",
                   {"N. S. Khrushchev", "A. I. Mikoyan"}},
        AcceptCase{"a single word once inside running text is not enough",
                   {"N. S. Khrushchev. One.", "N. S. Khrushchev. Two."},
                   "We went on. Pyongyang. The city was cold.",
                   {"N. S. Khrushchev"}},
        AcceptCase{"header labels and addressees are not speakers",
                   {"Time: 4 November 1958.", "Interpreter: Zhao Liqun", "Zhou Enlai: We hope.",
                    "Foreign Ministry: 1. According to", "Ri Yeong-ho: We thank you."},
                   "",
                   {"Zhou Enlai", "Ri Yeong-ho"}},
        AcceptCase{"one colon label once is no conversation", {"Gromyko: We will not object."}, "", {}},
        AcceptCase{"one colon label speaking twice is a speaker",
                   {"KHRUSHCHEV: One.", "We went on.", "KHRUSHCHEV: Two."},
                   "",
                   {"KHRUSHCHEV"}},
        AcceptCase{"words of a decision are no names",
                   {"Decision: The shelling will begin.", "Comment: The comrades are not told.",
                    "Proposal: To wait.", "Result: Agreed.", "Reference: WJA-0398"},
                   "",
                   {}}),
    [](const ::testing::TestParamInfo<AcceptCase>& info) { return "Case" + std::to_string(info.index); });

TEST(SpeakerDetector, FindsATurnInsideAParagraph) {
  std::string text = "If the US agrees then we will also not reject it. Kim Gwang-hyeop [Kim Kwang Hyop]. We understand.";
  SpeakerPrefix p;
  std::size_t at = find_turn_in_paragraph(text, 0, {"N. S. Khrushchev"}, p);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(text.substr(at, 15), "Kim Gwang-hyeop");
  EXPECT_EQ(p.key, "Kim Gwang-hyeop");
  EXPECT_EQ(text.substr(p.text), "We understand.");
}

TEST(SpeakerDetector, KnownSpeakerInsideAParagraph) {
  std::string text = "We met Cde. Kim II Sung. He agreed. Kim II Sung. Thank you.";
  SpeakerPrefix p;
  std::size_t at = find_turn_in_paragraph(text, 0, {"Kim II Sung"}, p);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(text.substr(at), "Kim II Sung. Thank you.");
}

TEST(SpeakerDetector, NoTurnWithoutEvidence) {
  std::string text = "We met Molotov. Beria. The meeting ended.";
  SpeakerPrefix p;
  EXPECT_EQ(find_turn_in_paragraph(text, 0, {"Kim II Sung"}, p), std::string::npos);
}

struct NameCase {
  const char* input;
  bool is_name;
  const char* tidy;
};

class NameCases : public ::testing::TestWithParam<NameCase> {};

TEST_P(NameCases, RecognisesNames) {
  EXPECT_EQ(is_person_name(GetParam().input), GetParam().is_name) << GetParam().input;
  if (GetParam().is_name) {
    EXPECT_EQ(tidy_person_name(GetParam().input), GetParam().tidy);
  }
}

INSTANTIATE_TEST_SUITE_P(Names, NameCases,
                         ::testing::Values(NameCase{"A. Gromyko", true, "A. Gromyko"},
                                           NameCase{"I. STALIN", true, "I. STALIN"},
                                           NameCase{"S H T Y K O V", true, "SHTYKOV"},
                                           NameCase{"Filippov [Stalin]", true, "Filippov [Stalin]"},
                                           NameCase{"(A. PUZANOV)", true, "A. PUZANOV"},
                                           NameCase{"/A. PUZANOV/", true, "A. PUZANOV"},
                                           NameCase{"Mao Zedong", true, "Mao Zedong"},
                                           NameCase{"Chairman of the USSR Council of Ministers", false, ""},
                                           NameCase{"USSR AMBASSADOR IN THE DPRK", false, ""},
                                           NameCase{"12 October 1948", false, ""},
                                           NameCase{"The first half of September", false, ""},
                                           NameCase{"A B", false, ""}));

}  // namespace
}  // namespace archtei
