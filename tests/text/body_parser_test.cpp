// Whole texts -> body blocks: opener, closer, lists, speaker turns, editorial paragraphs,
// footnotes; every word kept in order.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "body_test_util.h"
#include "text/body_parser.h"

namespace archtei {
namespace {

const char* kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::Paragraph: return "P";
    case BlockKind::Heading: return "Head";
    case BlockKind::List: return "List";
    case BlockKind::ListItem: return "Item";
    case BlockKind::Opener: return "Opener";
    case BlockKind::Closer: return "Closer";
    case BlockKind::Salute: return "Salute";
    case BlockKind::Signed: return "Signed";
    case BlockKind::Dateline: return "Date";
    case BlockKind::Classification: return "Class";
    case BlockKind::Routing: return "Routing";
    case BlockKind::Distribution: return "Dist";
    case BlockKind::Address: return "Address";
    case BlockKind::Line: return "Line";
    case BlockKind::SpeakerTurn: return "Sp";
    case BlockKind::BlockNote: return "Note";
    case BlockKind::BlockGap: return "Gap";
    case BlockKind::BlockPageBreak: return "Pb";
    case BlockKind::Footnotes: return "Footnotes";
    case BlockKind::Part: return "Part";
  }
  return "?";
}

// "Opener(Class Salute) P Closer(Signed)": the shape of a body.
std::string outline(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& b : blocks) {
    if (!out.empty()) out += ' ';
    out += kind_name(b.kind);
    if (!b.children.empty()) out += "(" + outline(b.children) + ")";
  }
  return out;
}

ParsedBody parse(std::string_view text) {
  Diagnostics diags("test.txt");
  return parse_body(test::lines_of(text), diags);
}

struct BodyCase {
  const char* name;
  const char* input;
  const char* outline;
  std::vector<std::string> signers;
  std::vector<std::string> speakers;
};

class BodyCases : public ::testing::TestWithParam<BodyCase> {};

TEST_P(BodyCases, Structures) {
  const BodyCase& c = GetParam();
  ParsedBody body = parse(c.input);
  EXPECT_EQ(outline(body.blocks), c.outline) << c.name;
  EXPECT_EQ(body.signers, c.signers) << c.name;
  EXPECT_EQ(body.speakers, c.speakers) << c.name;
  EXPECT_EQ(test::words_of(body.blocks), test::words_of(c.input)) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Layouts, BodyCases,
    ::testing::Values(
        BodyCase{"telegram with opener and closer",
                 "Ciphered Telegram\n\nTop secret\n\nCopies: Beria, Molotov, Copy.\n\n"
                 "From Peking, No. 1203. 12 hours 5 minutes. 3.IV.1951\n\nTo Comrade Filippov\n\n"
                 "Today the minister visited me and asked for advice on the loan.\n\n"
                 "I answered that I would report to Moscow.\n\n3.IV.51 PETROV\n",
                 "Head Opener(Class Dist Routing Salute) P P Closer(Date Signed)",
                 {"PETROV"},
                 {}},
        BodyCase{"Chinese cable: short sentences are paragraphs",
                 "柴军武同志：\n\n请即将毛主席的电报面交金首相，并将其答复速电告我们。\n\n如金首相有意见，亦请一并电告。\n\n"
                 "周恩来\n\n十一月二十日\n",
                 "Opener(Salute) P P Closer(Signed Date)",
                 {"周恩来"},
                 {}},
        BodyCase{"Russian telegram: the year's 'г.' ends no sentence",
                 "ШИФРТЕЛЕГРАММА\n\nИз Пхеньяна, № 4711, 14 марта 1951 г.\n\nТоварищу Филиппову\n\n"
                 "Ким Ир Сен просил передать, что корейские товарищи готовы начать переговоры.\n\nРАЗУВАЕВ\n",
                 "Opener(Class Routing Salute) P Closer(Signed)",
                 {"РАЗУВАЕВ"},
                 {}},
        BodyCase{"letter with address and closer lines",
                 "to Mr. Pak Hon Yong\nMinister of Foreign Affairs of\nthe Democratic People's Republic\n\n    Pyongyang\n\n"
                 "I confirm receipt of your letter of 8 October and thank you for it.\n\n"
                 "I. IVANOV\n\nDeputy Minister\n\n[date left blank] October 1948\n\n    sent by Petrova\n\n"
                 "[handwritten: copy to the archive]\n",
                 "Opener(Address) P Closer(Signed Line Date Routing Line)",
                 {"I. IVANOV"},
                 {}},
        BodyCase{"conversation record",
                 "[...]\n\n[12-13]\n\n[From the record of the conversation. Published for the first time]:\n\n"
                 "Kim Il Sung. We would like to consult about the army.\n\n"
                 "A. A. Gromyko. How many men does it have?\n\nThat is the first question.\n\n"
                 "Kim Il Sung. About three hundred thousand. Kim Tu Bong [Kim Du Bong]. I agree with this.\n\n"
                 "[...]\n\n[May 1961] A. A. Gromyko. We have a proposal.\n",
                 "Gap Pb Note Sp(P) Sp(P P) Sp(P) Sp(P) Gap Note Sp(P)",
                 {},
                 {"Kim Il Sung", "A. A. Gromyko", "Kim Tu Bong"}},
        BodyCase{"colon speakers",
                 "KOSYGIN: Good morning.\n\nZHOU: Good morning to you.\n",
                 "Sp(P) Sp(P)",
                 {},
                 {"KOSYGIN", "ZHOU"}},
        BodyCase{"numbered list with a nested enumeration",
                 "The minister raised the following questions:\n\n1. Can they issue a loan of two billion.\n\n"
                 "2. Can they form three more divisions.\n\n3. They will call a session with the following agenda:\n\n"
                 "1. On the budget. 2. On the criminal code. 3. On the plan.\n\n"
                 "I ask for your instructions on these questions.\n",
                 "P List(Item Item Item(List(Item Item Item))) P",
                 {},
                 {}},
        BodyCase{"a year at the start is not a list",
                 "1950. The year began with a new plan for the whole economy.\n\n"
                 "2. The second paragraph is alone and numbered.\n",
                 "P P",
                 {},
                 {}},
        BodyCase{"bulleted list",
                 "He said the following:\n\n- the harvest is good;\n\n- the plan is fulfilled;\n\n- the army is ready.\n",
                 "P List(Item Item Item)",
                 {},
                 {}},
        BodyCase{"footnotes",
                 "Secret\n\nFor immediate report to comrade Filippov [Stalin].x/\n\n"
                 "The minister arrived today and asked for an urgent answer to his letter.\n\n13/5-50. Roshchin\n\n"
                 "\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\n\nx/ Pseudonym of I. V. Stalin.\n",
                 "Opener(Class) P P Closer(Date Signed) Footnotes(Note)",
                 {"Roshchin"},
                 {}},
        BodyCase{"margin note after the closer",
                 "We ask for your orders on the questions raised in this telegram.\n\n7.II.50 IVANOV\n\n"
                 "[In the margins Stalin wrote \"agree\" beside the first point.]\n",
                 "P Closer(Date Signed) Note",
                 {"IVANOV"},
                 {}},
        BodyCase{"signature followed by a reference note",
                 "Zhou Enlai asked to thank comrade Filippov for the advice and the consultation.\n\n"
                 "13.1.51 ROSHCHIN\n\n"
                 "Spravka: no. 48 of 13 January. Vyshinsky proposed to pass the telegram to Zhou Enlai.\n",
                 "P Closer(Date Signed) P",
                 {"ROSHCHIN"},
                 {}},
        BodyCase{"journal with stamps and a signature on two lines",
                 "TOP SECRET\n\nCopy No 1\n\n[MFA stamp:\n\nIncoming No 0157\n\n12 June 1958]\n\n"
                 "I visited the minister at his invitation and we spoke for an hour about trade.\n\n"
                 "USSR AMBASSADOR IN THE DPRK\n\n[signature]\n\n(A. IVANOV)\n\nFive copies printed\n\n"
                 "1 - Cde. A. A. Gromyko\n\n2 - to file\n",
                 "Opener(Class Class Line) P Closer(Line Signed Dist)",
                 {"A. IVANOV"},
                 {}},
        BodyCase{"letter-spaced signature and closing",
                 "Dear Comrade Mao Zedong!\n\nWe received your letter and agree with your proposals.\n\n"
                 "With communist greetings,\n\nS H T Y K O V\n\n14.V.50\n",
                 "Opener(Salute) P Closer(Salute Signed Date)",
                 {"SHTYKOV"},
                 {}},
        BodyCase{"distribution list in the opener",
                 "Top secret\nCopies:\n1. Stalin\n2. Molotov\nFrom Peking, No. 44\n\n"
                 "The minister came to see me today and asked about the loan.\n\nROSHCHIN\n",
                 "Opener(Class Dist Routing) P Closer(Signed)",
                 {"ROSHCHIN"},
                 {}},
        BodyCase{"sentence over a printed page number",
                 "The delegation of the Central Committee arrived and the commission\n\n- 2 -\n\n"
                 "will meet on Monday to discuss the plan.\n\n- 3 -\n\nA new paragraph starts here.\n",
                 "P Pb P",
                 {},
                 {}},
        BodyCase{"a short last answer is not a signature",
                 "We agree with the proposal of the Korean comrades about the loan.\n\nAgreed.\n",
                 "P P",
                 {},
                 {}},
        BodyCase{"title lines are not signatures",
                 "The report is attached to this letter for your consideration.\n\nDeputy Minister\n\nA. VYSHINSKY\n",
                 "P Closer(Line Signed)",
                 {"A. VYSHINSKY"},
                 {}},
        BodyCase{"conversation flattened onto one line",
                 "[Record of the talk]: Kim Il Sung. We would like to reduce the army. A. A. Gromyko. How many men "
                 "does it have? Kim Il Sung. About three hundred thousand. A. A. Gromyko. That is a lot.\n",
                 "P Sp(P) Sp(P) Sp(P) Sp(P)",
                 {},
                 {"Kim Il Sung", "A. A. Gromyko"}},
        BodyCase{"offices and names on one line",
                 "The Council of Ministers RESOLVES:\n\n1. To oblige the Ministry of Trade to deliver the goods.\n\n"
                 "2. To instruct the Ministry of Finance to settle the payments.\n\n"
                 "Chairman of the USSR Council of Ministers I. STALIN\n\n"
                 "Administrator of Affairs of the USSR Council of Ministers Ya. CHADAEV\n",
                 "P List(Item Item) Closer(Signed Signed)",
                 {"I. STALIN", "Ya. CHADAEV"},
                 {}},
        BodyCase{"conversation with header labels and a speaker who speaks once",
                 "Time: 4 November 1958, 4:00 p.m.\n\nLocation: Xihua Hall\n\nInterpreter: Zhao Liqun\n\n"
                 "Zhou Enlai: The last units will leave at the end of this month.\n\n"
                 "Ri Yeong-ho: We would like to thank you for the help.\n\n"
                 "Zhou Enlai. We hope the ceremonies will not be too large. Li Xiannian. I agree with that.\n\n"
                 "Peng Dehuai. Thank you.\n",
                 "Opener(Line Line Line) Sp(P) Sp(P) Sp(P) Sp(P) Sp(P)",
                 {},
                 {"Zhou Enlai", "Ri Yeong-ho", "Li Xiannian", "Peng Dehuai"}},
        BodyCase{"conversation flattened onto one line with colons",
                 "Present: Comrade Nam Il, Minister; Comrade Komarek, Ambassador. Comrade Komarek: I have been "
                 "instructed to convey greetings. Comrade Kim Il Sung: Thank you. The plan goes well. Comrade "
                 "Komarek: I will report your request. Comrade Kim Il Sung: Good. The talk lasted one hour.\n",
                 "P Sp(P) Sp(P) Sp(P) Sp(P)",
                 {},
                 {"Komarek", "Kim Il Sung"}},
        BodyCase{"an addressee line is not a speaker; a body signs",
                 "Foreign Ministry:\n\n1. There are about 14,300 Chinese residents in Korea at present.\n\n"
                 "2. Most of them work in agriculture and vegetable growing.\n\nPlease advise.\n\n"
                 "Embassy in Korea\n\n13 May 1960\n",
                 "Opener(Line) List(Item Item) Closer(Line Signed Date)",
                 {"Embassy in Korea"},
                 {}},
        BodyCase{"a place before the date is no person signing",
                 "We ask the Ministry to raise the question with the Korean side.\n\nSoviet Embassy in the DPRK\n\n"
                 "Pyongyang\n\n13 May 1960\n",
                 "P Closer(Signed Date Date)",
                 {"Soviet Embassy in the DPRK"},
                 {}},
        BodyCase{"a dateline is not a speaker's turn",
                 "Warsaw. 5 June 1962\n\nGomulka. We have read the letter.\n\nKim Il Sung. We thank you.\n\n"
                 "Gomulka. Good.\n\nKim Il Sung. Goodbye.\n",
                 "Opener(Date) Sp(P) Sp(P) Sp(P) Sp(P)",
                 {},
                 {"Gomulka", "Kim Il Sung"}},
        BodyCase{"a person's signature outranks a body's name",
                 "We ask you to consider the request of the Korean comrades.\n\nSoviet Embassy in the DPRK\n\n"
                 "A. PUZANOV\n",
                 "P Closer(Line Signed)",
                 {"A. PUZANOV"},
                 {}},
        BodyCase{"signed word, then an editorial note",
                 "We have the impression that the Korean side wishes to avoid any dispute.\n\nSigned: Ion Popa\n\n"
                 "[Ministry of Foreign Affairs, Registry No. 05447, 22 August 1967]\n",
                 "P Closer(Signed) Note",
                 {"Ion Popa"},
                 {}},
        BodyCase{"indented closing with a title over two lines",
                 "We ask you to permit the Ministry to send a group of specialists.\n\n"
                 "            With deep respect,\n\n            KIM IL SUNG\n\n"
                 "            Chairman of the Cabinet of Ministers\n"
                 "            of the Democratic People's Republic of Korea\n\n        Pyongyang, 18 April 1949\n",
                 "P Closer(Salute Signed Line Date)",
                 {"KIM IL SUNG"},
                 {}},
        BodyCase{"telegram number and signer between dashes",
                 "The Deputy Minister remarked that the Korean side would value a return visit.\n\n"
                 "\xE2\x80\x93 52 Kadas \xE2\x80\x93\n\nTo be seen by\n\nComrade Peter\n",
                 "P Closer(Signed Line Salute)",
                 {"Kadas"},
                 {}},
        BodyCase{"signatures before a page number, lines not separated",
                 "3. Report on the fulfilment by 20.00 on 16 October.\nCommander of the Front KIM CHAEK\n"
                 "Chief of Staff KANG KON\n- 1 -\n",
                 "P Closer(Signed Signed) Pb",
                 {"KIM CHAEK", "KANG KON"},
                 {}},
        BodyCase{"the end of a broken sentence is no closer line",
                 "The commander reports that the units will arrive by 20.00 on 16\n\nOctober.\n\n"
                 "Chief of Staff KANG KON\n",
                 "P P Closer(Signed)",
                 {"KANG KON"},
                 {}},
        BodyCase{"routing lines ending in a time and a handling mark are the opener",
                 "TELEGRAM\n\nFROM: Seoul\n\nTO: Secretary of State\n\nNO: 925, June 25, 10 a.m.\n\n"
                 "Received June 25, 1950, 9:26 p.m.\n\nNIACT\n\n"
                 "North Korean forces invaded the territory at several points this morning.\n\nMUCCIO\n",
                 "Head Opener(Routing Routing Routing Routing Class) P Closer(Signed)",
                 {"MUCCIO"},
                 {}},
        BodyCase{"a greeting with a word in lower case is the salute",
                 "Deeply respected Comrade Stalin!\n\n"
                 "The Korean people are deeply grateful to the Soviet Union for its help.\n\n"
                 "With deep respect,\n\nKim Il Sung\n",
                 "Opener(Salute) P Closer(Salute Signed)",
                 {"Kim Il Sung"},
                 {}},
        BodyCase{"a sentence opening with a word of address is no salute",
                 "Comrade Kim agreed with the proposal of the Soviet side.\n\n"
                 "The delegation will leave tomorrow for Moscow by train.\n",
                 "P P",
                 {},
                 {}},
        BodyCase{"an office ending in a body's acronym signs nothing",
                 "The Korean press has not printed the materials of the Congress in full.\n\n"
                 "Deputy Head of the International Department of the CC CPSU\n\nYu. Andropov\n\n24.05.1962\n",
                 "P Closer(Line Signed Date)",
                 {"Yu. Andropov"},
                 {}},
        BodyCase{"an office whose complement is a common noun, then the name",
                 "1. Resolved: to accept the workers in the coming two years.\n\n"
                 "2. Resolved: to ask the comrades for advice on the housing.\n\n"
                 "Chairman of the meeting Yu. Tsedenbal\n",
                 "List(Item Item) Closer(Signed)",
                 {"Yu. Tsedenbal"},
                 {}},
        BodyCase{"one-off labels opening paragraphs are no speakers",
                 "Chairman Mao said that the shelling is meant to test the Americans.\n\n"
                 "Decision: The shelling will begin on 23 August.\n\n"
                 "Comment: The Soviet comrades are not to be informed in advance.\n",
                 "P P P",
                 {},
                 {}},
        BodyCase{"a single colon label speaking once is no conversation",
                 "The Ministry reviewed the matter at its meeting on Monday.\n\n"
                 "Gromyko: The Soviet side will not object to the new draft.\n",
                 "P P",
                 {},
                 {}},
        BodyCase{"a reference line is routing, not a speaker",
                 "Number: JAW-03145\n\nTo: Minister of Foreign Affairs\n\nReference: WJA-0398\n\n"
                 "1. The Japanese Foreign Ministry evaluates the talks positively.\n\n"
                 "2. The Ministry will watch the situation closely.\n",
                 "Opener(Routing Routing Routing) List(Item Item)",
                 {},
                 {}},
        BodyCase{"who recorded a conversation closes it outside the last turn",
                 "ZHOU ENLAI: We have received news from Budapest that worries us.\n\n"
                 "YUDIN: I will report this to Moscow at once.\n\n(Recorded by Pu Shouchang)\n",
                 "Sp(P) Sp(P) Closer(Line)",
                 {},
                 {"ZHOU ENLAI", "YUDIN"}},
        BodyCase{"a recorder's line after the text is the closer",
                 "Comrade Tito stated that Yugoslavia will not join any bloc.\n\n"
                 "Khrushchev replied that the Soviet Union does not ask this of Yugoslavia.\n\n"
                 "Recorded by: V. Micunovic\n",
                 "P P Closer(Line)",
                 {},
                 {}},
        BodyCase{"a drafter's initials close a memorandum",
                 "The President said that Korea could not accept such an armistice.\n\n"
                 "The Ambassador replied that the fighting must come to an end.\n\nE.O.B.\n",
                 "P P Closer(Line)",
                 {},
                 {}},
        BodyCase{"sub-items in a style of their own nest under an item",
                 "The Ministry considers it advisable to carry out the following measures:\n\n"
                 "1) To recommend to the Chinese and Korean comrades that they:\n\n"
                 "a) agree to the exchange of sick and wounded prisoners of war;\n\n"
                 "b) propose the resumption of the plenary sessions.\n\n"
                 "2) To instruct the delegation to support the Indian proposal.\n\n"
                 "3) To publish in \"Pravda\" an article on the position of the government.\n",
                 "P List(Item(List(Item Item)) Item Item)",
                 {},
                 {}},
        BodyCase{"a subject in capitals heads the text after the classification",
                 "Top secret\n\nON THE KOREAN QUESTION\n\n"
                 "The Ministry considers it advisable to carry out the following measures.\n\nV. Molotov\n\n"
                 "[handwritten] 12.IV.53\n",
                 "Opener(Class) Head P Closer(Signed Date)",
                 {"V. Molotov"},
                 {}},
        BodyCase{"a heading finished on a line in lower case",
                 "Belgrade, 2 June 1955\n\nNOTES\n\non the conversation held in the White Palace\n\n"
                 "Comrade Tito stated that Yugoslavia will not join any bloc.\n\n"
                 "Khrushchev replied that the Soviet Union does not ask this of Yugoslavia.\n",
                 "Opener(Date) Head P P",
                 {},
                 {}},
        BodyCase{"a dateline in lower case after a heading stays the dateline",
                 "RESOLUTION No. 1193-421ss\n\nof 24.III.1950\n\nMoscow, the Kremlin\n\n"
                 "The USSR Council of Ministers resolves to deliver the goods in the second quarter.\n",
                 "Head Opener(Date Line) P",
                 {},
                 {}},
        BodyCase{"bulleted sub-items after an item ending in a colon",
                 "1. The delegation will raise these questions:\n\n- the loan;\n\n- the trade agreement.\n\n"
                 "2. The delegation will return by the end of the month.\n",
                 "List(Item(List(Item Item)) Item)",
                 {},
                 {}},
        BodyCase{"a paragraph between sub-items stays in the sub-list",
                 "1. The commander of the district orders:\n\na) to prepare the crossings for destruction;\n\n"
                 "b) to evacuate the stores of ammunition and food.\n\n"
                 "The stores are listed in the appendix to this order.\n\n"
                 "c) to explain this order to all personnel.\n\n2. The order is to be carried out at once.\n",
                 "List(Item(List(Item Item(P) Item)) Item)",
                 {},
                 {}},
        BodyCase{"a second list after a paragraph is no sub-list",
                 "1. The first point of the plan is the harvest.\n\n2. The second point is the army.\n\n"
                 "The minister then turned to the other matters of the day.\n\n"
                 "a) the loan was discussed;\n\nb) the trade was discussed.\n",
                 "List(Item Item) P List(Item Item)",
                 {},
                 {}},
        BodyCase{"bare numbers glued to words point to numbered notes",
                 "The leadership has taken a reserved position on the cult of personality.1\n\n"
                 "The press has not printed the materials in full.2 Articles have appeared.\n\n"
                 "1 The plenum did not discuss the results.\n\n2 Only the report was published.\n",
                 "P P Footnotes(Note Note)",
                 {},
                 {}},
        BodyCase{"numbered paragraphs out of sequence are no notes",
                 "The plan was adopted after a long debate in the committee.2\n\n"
                 "2 The committee met again in the spring.\n",
                 "P P",
                 {},
                 {}},
        BodyCase{"plain prose only",
                 "The commission has not advanced in view of the position of the other side.\n\n"
                 "We think the moment has come to make a statement.\n",
                 "P P",
                 {},
                 {}}));

TEST(BodyParser, ParagraphSplitInMidSentenceIsRejoined) {
  ParsedBody body = parse("No one will dare attack. I think that\n\nwe will manage to come in September.\n");
  ASSERT_EQ(body.blocks.size(), 1u);
  EXPECT_EQ(test::plain(body.blocks[0].inlines),
            "No one will dare attack. I think that we will manage to come in September.");
}

TEST(BodyParser, SpeakerTurnLabelsAndText) {
  ParsedBody body = parse("[Pak Seong-cheol] We would like peace.\n\nIt cannot be achieved by force.\n\n"
                          "Pak Seong-cheol. Of course.\n");
  ASSERT_EQ(body.blocks.size(), 2u);
  EXPECT_EQ(body.blocks[0].kind, BlockKind::SpeakerTurn);
  EXPECT_EQ(body.blocks[0].label, "[Pak Seong-cheol]");
  ASSERT_EQ(body.blocks[0].children.size(), 2u);
  EXPECT_EQ(test::plain(body.blocks[0].children[0].inlines), "We would like peace.");
  EXPECT_EQ(body.blocks[1].label, "Pak Seong-cheol.");
  EXPECT_EQ(body.speakers, std::vector<std::string>{"Pak Seong-cheol"});
}

TEST(BodyParser, EditorialBlocks) {
  ParsedBody body = parse("[...]\n\n[19-20]\n\n[Translator's note: the first page is missing]\n\nText.\n");
  ASSERT_EQ(body.blocks.size(), 4u);
  EXPECT_EQ(body.blocks[0].kind, BlockKind::BlockGap);
  EXPECT_EQ(body.blocks[0].type, "omitted");
  EXPECT_EQ(body.blocks[0].text, "[...]");
  EXPECT_EQ(body.blocks[1].kind, BlockKind::BlockPageBreak);
  EXPECT_EQ(body.blocks[1].text, "19-20");
  EXPECT_EQ(body.blocks[2].kind, BlockKind::BlockNote);
  EXPECT_EQ(body.blocks[2].type, "translator");
  EXPECT_EQ(test::plain(body.blocks[2].inlines), "Translator's note: the first page is missing");
}

TEST(BodyParser, SignedCarriesTheNormalisedSigner) {
  ParsedBody body = parse("Please approve the draft.\n\nA. MIKOYAN [signature]\n");
  ASSERT_EQ(body.blocks.size(), 2u);
  const Block& closer = body.blocks[1];
  ASSERT_EQ(closer.kind, BlockKind::Closer);
  ASSERT_EQ(closer.children.size(), 1u);
  EXPECT_EQ(closer.children[0].kind, BlockKind::Signed);
  EXPECT_EQ(closer.children[0].label, "A. MIKOYAN");
  ASSERT_EQ(closer.children[0].inlines.size(), 2u);
  EXPECT_EQ(closer.children[0].inlines[1].kind, InlineKind::Gap);
}

TEST(BodyParser, IllegibleSignatureNamesNobody) {
  ParsedBody body = parse("Please approve the draft.\n\n[illegible signature, possibly Molotov]\n");
  ASSERT_EQ(body.blocks.size(), 2u);
  const Block& closer = body.blocks[1];
  ASSERT_EQ(closer.kind, BlockKind::Closer);
  ASSERT_EQ(closer.children.size(), 1u);
  EXPECT_EQ(closer.children[0].kind, BlockKind::Signed);
  EXPECT_EQ(closer.children[0].label, "");
  EXPECT_TRUE(body.signers.empty());
}

TEST(BodyParser, FootnoteReferenceAndNoteShareAnId) {
  ParsedBody body = parse("To comrade Filippov [Stalin].x/ with a request.\n\nx/ Pseudonym.\n");
  ASSERT_EQ(body.blocks.size(), 2u);
  const Inline& ref = body.blocks[0].inlines.at(3);
  EXPECT_EQ(ref.kind, InlineKind::NoteRef);
  EXPECT_EQ(ref.text, "x/");
  const Block& notes = body.blocks[1];
  ASSERT_EQ(notes.kind, BlockKind::Footnotes);
  ASSERT_EQ(notes.children.size(), 1u);
  EXPECT_EQ(notes.children[0].label, "x/");
  EXPECT_EQ(ref.type, notes.children[0].label);
  EXPECT_EQ(test::plain(notes.children[0].inlines), "Pseudonym.");
}

TEST(BodyParser, PositionsPointAtTheSource) {
  ParsedBody body = parse("\n\nFirst paragraph here.\n\n    Second one, indented.\n");
  ASSERT_EQ(body.blocks.size(), 2u);
  EXPECT_EQ(body.blocks[0].pos, (SourcePos{3, 1}));
  EXPECT_EQ(body.blocks[1].pos, (SourcePos{5, 5}));
  EXPECT_EQ(body.blocks[1].inlines.at(0).pos, (SourcePos{5, 5}));
}

TEST(BodyParser, UnbalancedBracketIsKeptAndReported) {
  Diagnostics diags("test.txt");
  ParsedBody body = parse_body(test::lines_of("The text [has an open bracket and goes on.\n"), diags);
  ASSERT_EQ(body.blocks.size(), 1u);
  EXPECT_EQ(test::plain(body.blocks[0].inlines), "The text [has an open bracket and goes on.");
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "unbalanced-bracket");
  EXPECT_EQ(diags.items()[0].pos, (SourcePos{1, 10}));
}

TEST(BodyParser, PathologicalInputsKeepEveryWord) {
  std::vector<std::string> huge;
  std::string all;
  for (int i = 0; i < 100000; ++i) {
    huge.push_back("word" + std::to_string(i % 10) + " of a very long paragraph [gloss]");
    all += huge.back() + "\n";
  }
  Diagnostics diags("test.txt");
  ParsedBody body = parse_body(test::numbered_lines(huge), diags);
  ASSERT_EQ(body.blocks.size(), 1u);
  EXPECT_EQ(test::words_of(body.blocks), test::words_of(all));

  std::string nested = "Start " + std::string(10000, '[') + "deep" + std::string(10000, ']') + " end.\n";
  ParsedBody deep = parse(nested);
  EXPECT_EQ(test::words_of(deep.blocks), test::words_of(nested));

  std::string lines;
  for (int i = 0; i < 20000; ++i) lines += "Line " + std::to_string(i) + ".\n\n";
  ParsedBody many = parse(lines);
  EXPECT_EQ(test::words_of(many.blocks), test::words_of(lines));
}

TEST(BodyParser, EmptyInput) {
  EXPECT_TRUE(parse("").blocks.empty());
  EXPECT_TRUE(parse("\n\n   \n").blocks.empty());
}

}  // namespace
}  // namespace archtei
