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
                      LineCase{"3RD UNIT", false, BlockKind::Line}));

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
                      SignatureCase{"[illegible signature, possibly Molotov]", true, "", "Molotov", true},
                      SignatureCase{"[signature] /A. PUZANOV/", true, "", "A. PUZANOV", true},
                      SignatureCase{"[signature]", true, "", "", true},
                      SignatureCase{"Molotov", true, "", "Molotov", false},
                      SignatureCase{"Chairman of the USSR Council of Ministers", false, "", "", false},
                      SignatureCase{"25 December 1951", false, "", "", false},
                      SignatureCase{"I ask you to review.", false, "", "", false}));

}  // namespace
}  // namespace archtei
