// Letter lines: classification, routing, distribution, salutes, datelines, signatures.
#include <gtest/gtest.h>

#include "text/opener_closer.h"

namespace archtei {
namespace {

struct LineCase {
  const char* input;
  bool in_closer;
  BlockKind expected;
};

class LineCases : public ::testing::TestWithParam<LineCase> {};

TEST_P(LineCases, ClassifiesLetterLines) {
  EXPECT_EQ(letter_line_kind(GetParam().input, GetParam().in_closer), GetParam().expected) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, LineCases,
    ::testing::Values(LineCase{"Strictly secret", false, BlockKind::Classification},
                      LineCase{"TOP SECRET", false, BlockKind::Classification},
                      LineCase{"Copy No. 2", false, BlockKind::Classification},
                      LineCase{"Special File", false, BlockKind::Classification},
                      LineCase{"BY CIPHER", false, BlockKind::Classification},
                      LineCase{"From Pyongyang, No. 4040. 10 hours 10 minutes. 8.II.1950", false, BlockKind::Routing},
                      LineCase{"No. 396", true, BlockKind::Routing},
                      LineCase{"sent by Yerofeyev", true, BlockKind::Routing},
                      LineCase{"Received on 4:10 am, 14 May 1950", false, BlockKind::Routing},
                      LineCase{"Copies: Stalin, Molotov, Malenkov", false, BlockKind::Distribution},
                      LineCase{"Five copies printed", true, BlockKind::Distribution},
                      LineCase{"5 copies", true, BlockKind::Distribution},
                      LineCase{"To Comrade STALIN I.V.", false, BlockKind::Salute},
                      LineCase{"to Cde. STALIN", false, BlockKind::Salute},
                      LineCase{"To Vyshinsky", false, BlockKind::Salute},
                      LineCase{"Dear Comrade Mao Zedong!", false, BlockKind::Salute},
                      LineCase{"With communist greetings,", true, BlockKind::Salute},
                      LineCase{"25 December 1951", true, BlockKind::Dateline},
                      LineCase{"Pyongyang, 12 October 1948", false, BlockKind::Dateline},
                      LineCase{"[date left blank] October 1948", true, BlockKind::Dateline},
                      LineCase{"Moscow", true, BlockKind::Dateline},
                      LineCase{"Chairman of the USSR Council of Ministers", true, BlockKind::Line},
                      LineCase{"Secretary of the Central Committee", true, BlockKind::Line},
                      LineCase{"3RD UNIT", false, BlockKind::Line},
                      LineCase{"Time: 4 November 1958, 4:00 p.m.", false, BlockKind::Line},
                      LineCase{"Embassy in Korea", true, BlockKind::Line},
                      LineCase{"NIACT", false, BlockKind::Classification},
                      LineCase{"NO: 925, June 25, 10 a.m.", false, BlockKind::Routing},
                      LineCase{"Reference: WJA-0398", false, BlockKind::Routing},
                      LineCase{"Received June 25, 1950, 9:26 p.m.", false, BlockKind::Routing},
                      LineCase{"Deeply respected Comrade Stalin!", false, BlockKind::Salute},
                      LineCase{"(Recorded by Pu Shouchang)", true, BlockKind::Line},
                      LineCase{"E.O.B.", true, BlockKind::Line}));

struct PartCase {
  const char* input;
  LetterPart expected;
};

class PartCases : public ::testing::TestWithParam<PartCase> {};

TEST_P(PartCases, ClassifiesByTable) {
  EXPECT_EQ(classify_letter_line(GetParam().input), GetParam().expected) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Parts, PartCases,
    ::testing::Values(PartCase{"Time: 4 November 1958", LetterPart::Label},
                      PartCase{"Location: Xihua Hall, Zhongnanhai", LetterPart::Label},
                      PartCase{"Interpreter: Zhao Liqun", LetterPart::Label},
                      PartCase{"Sender: Pyongyang", LetterPart::Label},
                      PartCase{"Signed: Ion Popa", LetterPart::Signed},
                      PartCase{"Embassy in Korea", LetterPart::Institution},
                      PartCase{"Foreign Ministry:", LetterPart::Institution},
                      PartCase{"The Soviet Embassy in the DPRK", LetterPart::Institution},
                      PartCase{"Central Committee of the Korean Workers' Party", LetterPart::Institution},
                      PartCase{"Chairman of the USSR Council of Ministers", LetterPart::None},
                      PartCase{"Deputy Head of the Far Eastern Department", LetterPart::None},
                      PartCase{"Please inform the Ministry.", LetterPart::None},
                      PartCase{"The Ministry agrees", LetterPart::None},
                      PartCase{"NIACT", LetterPart::Classification},
                      PartCase{"NO: 925, June 25, 10 a.m.", LetterPart::Routing},
                      PartCase{"Reference: WJA-0398", LetterPart::Routing},
                      PartCase{"Recorded by: V. Micunovic", LetterPart::Recorder},
                      PartCase{"(Recorded by Pu Shouchang)", LetterPart::Recorder},
                      PartCase{"Note taker: Zhao Liqun", LetterPart::Recorder},
                      PartCase{"Drafted by: E. O. Briggs", LetterPart::Recorder},
                      PartCase{"Nothing was agreed.", LetterPart::None},
                      PartCase{"ON THE KOREAN QUESTION", LetterPart::Subject},
                      PartCase{"CONCERNING THE TRADE AGREEMENT", LetterPart::Subject},
                      PartCase{"On the next day we met again", LetterPart::None},
                      PartCase{"ONE MORE QUESTION", LetterPart::None},
                      PartCase{"ON", LetterPart::None},
                      // The originals' phrases: any letter case, whole words only; Han
                      // phrases stand alone without spaces.
                      PartCase{"ШИФРТЕЛЕГРАММА", LetterPart::Classification},
                      PartCase{"Совершенно секретно", LetterPart::Classification},
                      PartCase{"Товарищу Филиппову", LetterPart::Salute},
                      PartCase{"Товарищеский ужин", LetterPart::None},
                      PartCase{"Из Пхеньяна, № 4711", LetterPart::Routing},
                      PartCase{"Изменения", LetterPart::None},
                      PartCase{"Werter Genosse Semjonow!", LetterPart::Salute},
                      PartCase{"Mit sozialistischem Gruß", LetterPart::Closing},
                      PartCase{"柴军武同志：", LetterPart::Salute},
                      PartCase{"绝密", LetterPart::Classification},
                      PartCase{"绝密文件已送达", LetterPart::None}));

struct InitialsCase {
  const char* input;
  bool initials;
};

class InitialsCases : public ::testing::TestWithParam<InitialsCase> {};

TEST_P(InitialsCases, ReadsReferenceInitials) {
  EXPECT_EQ(is_reference_initials(GetParam().input), GetParam().initials) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Initials, InitialsCases,
    ::testing::Values(InitialsCase{"E.O.B.", true}, InitialsCase{"JFD:mk", true}, InitialsCase{"EOB/jm", true},
                      InitialsCase{"N.S.", true}, InitialsCase{"E.", false}, InitialsCase{"USSR", false},
                      InitialsCase{"A. Gromyko", false}, InitialsCase{"13/5-50", false},
                      InitialsCase{"e.o.b.", false}, InitialsCase{"MUCCIO", false}));

struct TitleCase {
  const char* input;
  bool title;
};

class TitleCases : public ::testing::TestWithParam<TitleCase> {};

TEST_P(TitleCases, ReadsTitleCase) { EXPECT_EQ(is_title_line(GetParam().input), GetParam().title) << GetParam().input; }

INSTANTIATE_TEST_SUITE_P(
    Titles, TitleCases,
    ::testing::Values(TitleCase{"Chairman of the Cabinet of Ministers of the Democratic People's Republic of Korea", true},
                      TitleCase{"Embassy in Korea", true},
                      TitleCase{"Foreign Ministry:", true},
                      TitleCase{"With deep respect,", false},
                      TitleCase{"Please advise.", false},
                      TitleCase{"The Ministry.", false},
                      TitleCase{"of the Ministry", false}));

struct SignatureCase {
  const char* input;
  bool is_signature;
  const char* date;
  const char* signer;
  bool strong;
};

class SignatureCases : public ::testing::TestWithParam<SignatureCase> {};

TEST_P(SignatureCases, ReadsSignatures) {
  const SignatureCase& c = GetParam();
  Signature s;
  bool got = parse_signature(c.input, s);
  EXPECT_EQ(got, c.is_signature) << c.input;
  if (!got || !c.is_signature) return;
  EXPECT_EQ(s.date, c.date) << c.input;
  EXPECT_EQ(s.signer, c.signer) << c.input;
  EXPECT_EQ(s.strong, c.strong) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Signatures, SignatureCases,
    ::testing::Values(SignatureCase{"A. Gromyko", true, "", "A. Gromyko", true},
                      SignatureCase{"I. STALIN", true, "", "I. STALIN", true},
                      SignatureCase{"S H T Y K O V", true, "", "SHTYKOV", true},
                      SignatureCase{"7.II.50 SHTYKOV", true, "7.II.50", "SHTYKOV", true},
                      SignatureCase{"13/5-50. Roshchin", true, "13/5-50", "Roshchin", true},
                      SignatureCase{"Filippov [Stalin].", true, "", "Filippov [Stalin]", true},
                      SignatureCase{"[illegible signature, possibly Molotov]", true, "", "", true},
                      SignatureCase{"A. MIKOYAN [signature]", true, "", "A. MIKOYAN", true},
                      SignatureCase{"Signed: Ion Popa", true, "", "Ion Popa", true},
                      SignatureCase{"Sgd. FLORIN", true, "", "FLORIN", true},
                      SignatureCase{"(Signed)", true, "", "", true},
                      SignatureCase{"Signed on 17 March in Moscow.", false, "", "", false},
                      SignatureCase{"\xE2\x80\x93 52 K\xC3\xA1" "das \xE2\x80\x93", true, "", "K\xC3\xA1" "das", true},
                      SignatureCase{"- 3 -", false, "", "", false},
                      SignatureCase{"Chairman of the USSR Council of Ministers I. STALIN", true, "", "I. STALIN", true},
                      SignatureCase{"Chief of Staff KANG KON", true, "", "KANG KON", true},
                      SignatureCase{"Ambassador of the USSR in the DPRK A. Puzanov", true, "", "A. Puzanov", true},
                      SignatureCase{"Minister of Foreign Affairs of the DPRK PAK HON YONG", true, "", "PAK HON YONG", true},
                      SignatureCase{"USSR Ambassador in the DPRK", false, "", "", false},
                      SignatureCase{"Minister of Foreign Affairs of the USSR", false, "", "", false},
                      SignatureCase{"Recorded by: N. Fedorenko", false, "", "", false},
                      SignatureCase{"Embassy in Korea", false, "", "", false},
                      SignatureCase{"[signature] /A. PUZANOV/", true, "", "A. PUZANOV", true},
                      SignatureCase{"[signature]", true, "", "", true},
                      SignatureCase{"Molotov", true, "", "Molotov", false},
                      SignatureCase{"Chairman of the USSR Council of Ministers", false, "", "", false},
                      SignatureCase{"25 December 1951", false, "", "", false},
                      SignatureCase{"PARTICIPANTS:", false, "", "", false},
                      SignatureCase{"I ask you to review.", false, "", "", false},
                      SignatureCase{"Deputy Head of the International Department of the CC CPSU", false, "", "", false},
                      SignatureCase{"Head of the Far Eastern Department of the MID USSR", false, "", "", false},
                      SignatureCase{"Chairman of the meeting Yu. Tsedenbal", true, "", "Yu. Tsedenbal", true},
                      SignatureCase{"Chairman of the meeting", false, "", "", false},
                      SignatureCase{"(Recorded by Pu Shouchang)", false, "", "", false},
                      SignatureCase{"Charg\xC3\xA9 d'affaires: [signature]", true, "", "", true},
                      SignatureCase{"Ambassador: [signature]", true, "", "", true},
                      SignatureCase{"We approve the plan. [signature]", false, "", "", false},
                      SignatureCase{"Copies: [signature]", false, "", "", false}));

}  // namespace
}  // namespace archtei
