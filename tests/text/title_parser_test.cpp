// Tests of the title parser: document type, authors and recipients named by a title.
#include "text/title_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace archtei {
namespace {

struct TitleCase {
  std::string title;
  ParsedTitle expected;
};

TEST(ParseTitle, TypeAuthorsRecipients) {
  const std::vector<TitleCase> cases = {
      {"Ciphered Telegram, Molotov to Cde. Stalin", {"Ciphered Telegram", {"Molotov"}, {"Stalin"}}},
      {"Telephone Message via VCh, I. Stalin to Kim Il Sung",
       {"Telephone Message via VCh", {"I. Stalin"}, {"Kim Il Sung"}}},
      {"Memorandum from Gromyko to Razuvaev", {"Memorandum", {"Gromyko"}, {"Razuvaev"}}},
      {"Letter from Kim Il Sung to Stalin", {"Letter", {"Kim Il Sung"}, {"Stalin"}}},
      {"Cable from the Chinese Embassy in Pyongyang to the Foreign Ministry",
       {"Cable", {"Chinese Embassy in Pyongyang"}, {"Foreign Ministry"}}},
      {"Record of Conversation between Mao Zedong and Kim Il Sung", {"Record of Conversation", {}, {}}},
      {"Telegram from Shtykov to Vyshinsky, 3 March 1950", {"Telegram", {"Shtykov"}, {"Vyshinsky"}}},
      {"Telegram from Shtykov to Vyshinsky on 3 March 1950", {"Telegram", {"Shtykov"}, {"Vyshinsky"}}},
      {"Excerpts from V.P. Tkachenko 'The Korean Peninsula and Russia's Interests'", {"Excerpts", {}, {}}},
      {"Stalin's thoughts on Korea", {"", {}, {}}},
      {"Ciphered Telegram, Shtykov to Vyshinsky", {"Ciphered Telegram", {"Shtykov"}, {"Vyshinsky"}}},
      {"Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry",
       {"Report", {"Embassy of Hungary in North Korea"}, {"Hungarian Foreign Ministry"}}},
      {"Letter to Stalin", {"Letter", {}, {"Stalin"}}},
      {"Letter from Kim Il Sung and Pak Heon-yeong to Stalin regarding the offensive",
       {"Letter", {"Kim Il Sung", "Pak Heon-yeong"}, {"Stalin"}}},
      {"Ciphered telegram from Roshchin to Filippov [Stalin]", {"Ciphered telegram", {"Roshchin"}, {"Filippov [Stalin]"}}},
      {"Memorandum of Conversation with Kim Il Sung", {"Memorandum of Conversation", {}, {}}},
      {"Telegram No. 812 from Vyshinsky to Molotov", {"Telegram", {"Vyshinsky"}, {"Molotov"}}},
      {"Minutes of Conversation between Soviet Ambassador and Chinese Premier, 3 March 1950",
       {"Minutes of Conversation", {}, {}}},
      {"Memorandum from Ambassador Shtykov to Comrade Stalin I.V.", {"Memorandum", {"Shtykov"}, {"Stalin I.V."}}},
      {"Note from the Ministry of Foreign Affairs of the DPRK to the Embassy of the USSR in Pyongyang",
       {"Note", {"Ministry of Foreign Affairs of the DPRK"}, {"Embassy of the USSR in Pyongyang"}}},
      {"Letter from Kim Il Sung to Stalin, Molotov and Malenkov",
       {"Letter", {"Kim Il Sung"}, {"Stalin", "Molotov", "Malenkov"}}},
      {"Cable from Zhou Enlai to Mao Zedong: On the Negotiations",
       {"Cable", {"Zhou Enlai"}, {"Mao Zedong"}}},
      {"Telegram, Mao Zedong to Filippov (Stalin)", {"Telegram", {"Mao Zedong"}, {"Filippov (Stalin)"}}},
      {"Report from Ambassador Puzanov", {"Report", {"Puzanov"}, {}}},
      {"Record of a Conversation with Cde. Kim Il Sung, 12 May 1960", {"Record of a Conversation", {}, {}}},
      {"  Ciphered   Telegram,  Molotov  to  Cde.  Stalin.  ", {"Ciphered Telegram", {"Molotov"}, {"Stalin"}}},
      {"Telegrams exchanged between Moscow and Beijing", {"", {}, {}}},
      {"Letter of thanks to the Korean People", {"Letter", {}, {"Korean People"}}},
      {"Resolution of the USSR Council of Ministers on Deliveries to the DPRK",
       {"Resolution", {"USSR Council of Ministers"}, {}}},
      {"Report of the Soviet Embassy in the DPRK to the USSR MFA", {"Report", {"Soviet Embassy in the DPRK"}, {"USSR MFA"}}},
      {"Record of Conversation with Kim Il Sung", {"Record of Conversation", {}, {}}},
      {"Order of Lenin Awarded to Kim Il Sung", {"Order", {}, {}}},
      {"", {"", {}, {}}},
      {"From the Journal of A.M. Puzanov for 1 March 1960", {"Journal", {"A.M. Puzanov"}, {}}},
      {"Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 3 July 1957",
       {"Journal", {"A.M. Puzanov"}, {}}},
      {"Diary of V.V. Kuznetsov", {"Diary", {"V.V. Kuznetsov"}, {}}},
      {"From the Diary of S.P. Suzdalev, Record of Conversation with Kim Il Sung, 12 May 1960",
       {"Diary", {"S.P. Suzdalev"}, {}}},
      {"Speech by Kim Il Sung at the Party Conference", {"Speech", {"Kim Il Sung"}, {}}},
      {"Report by the Chinese Embassy in Pyongyang to the Foreign Ministry",
       {"Report", {"Chinese Embassy in Pyongyang"}, {"Foreign Ministry"}}},
      {"Statement by the Government of the PRC", {"Statement", {"Government of the PRC"}, {}}},
      {"Memorandum by Gromyko", {"Memorandum", {"Gromyko"}, {}}},
      {"Telegram from Pyongyang to Bucharest, No. 76.211", {"Telegram", {"Pyongyang"}, {"Bucharest"}}},
      {"Cable from the Chinese Embassy in Pyongyang, 'Summary of the Situation of Chinese Residents in Korea'",
       {"Cable", {"Chinese Embassy in Pyongyang"}, {}}},
      {"Report from Ambassador Puzanov to Moscow, \"On the Situation in the KWP\"", {"Report", {"Puzanov"}, {"Moscow"}}},
      {"Ministry of Foreign Affairs of Ukraine, 'Additional Information on Nuclear Policy'", {"", {}, {}}},
      // "for" goes on an institution's name; elsewhere it starts what the document is for.
      {"Information from the Ministry for State Security on the Visit of Kim Il Sung",
       {"Information", {"Ministry for State Security"}, {}}},
      {"Report by the Committee for State Security to the CC CPSU",
       {"Report", {"Committee for State Security"}, {"CC CPSU"}}},
      {"Speech by Kim Il Sung for the Anniversary of Liberation", {"Speech", {"Kim Il Sung"}, {}}},
      // "of" an event names no author.
      {"Minutes of the MPRP Politburo Meeting on Relations with China", {"Minutes", {}, {}}},
      {"Minutes of the Politburo Meeting of the Chinese Communist Party on the Taiwan Strait", {"Minutes", {}, {}}},
      {"Report of the Visit of the Government Delegation", {"Report", {}, {}}},
      {"Minutes of the Presidium of the CC CPSU", {"Minutes", {"Presidium of the CC CPSU"}, {}}},
      // The channel a message went through is not part of the recipient's name.
      {"Ciphered Telegram No. 8750, Vyshinsky to Mao Zedong (via Roshchin)",
       {"Ciphered Telegram", {"Vyshinsky"}, {"Mao Zedong"}}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.title);
    ParsedTitle p = parse_title(c.title);
    EXPECT_EQ(p.document_type, c.expected.document_type);
    EXPECT_EQ(p.authors, c.expected.authors);
    EXPECT_EQ(p.recipients, c.expected.recipients);
  }
}

}  // namespace
}  // namespace archtei
