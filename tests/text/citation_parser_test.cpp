// Tests of the citation parser: whole citations as archival pages write them, split into
// title, date, publisher, archival references, published sources, credits and URL.
#include "text/citation_parser.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace archtei {

// Readable failure messages for references.
void PrintTo(const ArchivalReference& r, std::ostream* os) {
  *os << "{archive=\"" << r.archive << "\" name=\"" << r.archive_name << "\" fond=\"" << r.fond << "\" opis=\""
      << r.opis << "\" delo=\"" << r.delo << "\" papka=\"" << r.papka << "\" listy=\"" << r.listy << "\" note=\""
      << r.note << "\" citation=\"" << r.citation << "\"}";
}

namespace {

// Full names as the archive table gives them.
const std::string kRgaspi = "Russian State Archive of Socio-Political History";
const std::string kAprf = "Archive of the President of the Russian Federation";
const std::string kAvprf = "Archive of Foreign Policy of the Russian Federation";
const std::string kRgani = "Russian State Archive of Contemporary History";
const std::string kGarf = "State Archive of the Russian Federation";
const std::string kRgae = "Russian State Archive of the Economy";
const std::string kRgva = "Russian State Military Archive";
const std::string kTsamo = "Central Archive of the Ministry of Defense of the Russian Federation";
const std::string kTskhsd = "Center for the Storage of Contemporary Documentation";
const std::string kRgakfd = "Russian State Documentary Film and Photo Archive";
const std::string kPrcFma = "Archive of the Ministry of Foreign Affairs of the People's Republic of China";
const std::string kSapmo = "Foundation Archives of Parties and Mass Organizations of the GDR in the Federal Archives";
const std::string kPaaa = "Political Archive of the Federal Foreign Office";
const std::string kBstu = "Federal Commissioner for the Records of the State Security Service of the former GDR";
const std::string kMnl = "Hungarian National Archives";
const std::string kAan = "Archive of Modern Records";
const std::string kAmsz = "Archive of the Ministry of Foreign Affairs of Poland";
const std::string kNa = "National Archives of the Czech Republic";
const std::string kAmzv = "Archive of the Ministry of Foreign Affairs of the Czech Republic";
const std::string kAnic = "Central National Historical Archives of Romania";
const std::string kAmae = "Archive of the Ministry of Foreign Affairs of Romania";
const std::string kTsda = "Central State Archive, Sofia";
const std::string kAqsh = "Central State Archive of Albania";
const std::string kAj = "Archives of Yugoslavia";
const std::string kDamsps = "Diplomatic Archive of the Ministry of Foreign Affairs of the Republic of Serbia";
const std::string kMongoliaMfa = "Archive of the Ministry of Foreign Affairs of Mongolia";
const std::string kVna3 = "Vietnam National Archives Center III";
const std::string kRokDa = "Diplomatic Archives of the Ministry of Foreign Affairs of the Republic of Korea";
const std::string kNara = "National Archives and Records Administration";
const std::string kTna = "The National Archives of the United Kingdom";
const std::string kAminrex = "Archive of the Ministry of Foreign Relations of Cuba";
const std::string kGramsci = "Gramsci Institute Foundation";
const std::string kLoc = "Library of Congress";
const std::string kCcpCa = "Central Archives of the Chinese Communist Party";
const std::string kAqshName = "Central State Archive of Albania";

const std::string kWilson = "Wilson Center Digital Archive";
const std::string kHppp = "History and Public Policy Program Digital Archive";

struct CitationCase {
  std::string input;
  std::string title;
  std::string date_text;
  std::string publisher;
  std::vector<ArchivalReference> archives;
  std::vector<std::string> published_sources;
  std::string credit_text;
  std::string url;
  std::vector<std::string> unplaced;
};

void check(const CitationCase& c) {
  SCOPED_TRACE(c.input);
  ParsedCitation p = parse_citation(c.input);
  EXPECT_EQ(p.title, c.title);
  EXPECT_EQ(p.date_text, c.date_text);
  EXPECT_EQ(p.publisher, c.publisher);
  ASSERT_EQ(p.archives.size(), c.archives.size());
  for (std::size_t i = 0; i < c.archives.size(); ++i) {
    SCOPED_TRACE("reference " + std::to_string(i));
    EXPECT_EQ(p.archives[i].archive, c.archives[i].archive);
    EXPECT_EQ(p.archives[i].archive_name, c.archives[i].archive_name);
    EXPECT_EQ(p.archives[i].fond, c.archives[i].fond);
    EXPECT_EQ(p.archives[i].opis, c.archives[i].opis);
    EXPECT_EQ(p.archives[i].delo, c.archives[i].delo);
    EXPECT_EQ(p.archives[i].papka, c.archives[i].papka);
    EXPECT_EQ(p.archives[i].listy, c.archives[i].listy);
    EXPECT_EQ(p.archives[i].note, c.archives[i].note);
    EXPECT_EQ(p.archives[i].citation, c.archives[i].citation);
  }
  EXPECT_EQ(p.published_sources, c.published_sources);
  EXPECT_EQ(p.credit_text, c.credit_text);
  EXPECT_EQ(p.url, c.url);
  EXPECT_EQ(p.unplaced, c.unplaced);
}

// ---------------------------------------------------------------------------------------
// The citation lines of real pages, in the shapes the five sample pages show.

const std::vector<CitationCase> kPageShapes = {
    {R"("Ciphered Telegram, Molotov to Cde. Stalin", September 20, 1947, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 106, ll. 0098-0099. Contributed by Sergey Radchenko and translated by Gary Goldberg. https://digitalarchive.wilsoncenter.org/document/209717)",
     "Ciphered Telegram, Molotov to Cde. Stalin", "September 20, 1947", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "106", "", "0098-0099", "", "RGASPI, f. 558, op. 11, d. 106, ll. 0098-0099"}},
     {}, "Contributed by Sergey Radchenko and translated by Gary Goldberg.",
     "https://digitalarchive.wilsoncenter.org/document/209717", {}},
    {"\"Telephone Message via VCh, I. Stalin to Kim Il Sung\", October 12, 1948, Wilson Center Digital Archive, RGASPI, "
     "f. 558, op. 11, d. 109, ll. 0113. A copy may also accessible in AP RF, f. 45, op. 1, d. 346. Translated by Gary "
     "Goldberg.\n<https://digitalarchive.umd.edu/document/119377>",
     "Telephone Message via VCh, I. Stalin to Kim Il Sung", "October 12, 1948", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "109", "", "0113", "", "RGASPI, f. 558, op. 11, d. 109, ll. 0113"},
      {"APRF", kAprf, "45", "1", "346", "", "", "", "AP RF, f. 45, op. 1, d. 346"}},
     {}, "Translated by Gary Goldberg.", "https://digitalarchive.umd.edu/document/119377", {}},
    {R"("Memorandum from Gromyko to Razuvaev," December 25, 1951, History and Public Policy Program Digital Archive, APRF, Fond 3, Opis 65, Delo 829, Listy 94-97 and AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, Listy 76-77.)",
     "Memorandum from Gromyko to Razuvaev", "December 25, 1951", kHppp,
     {{"APRF", kAprf, "3", "65", "829", "", "94-97", "", "APRF, Fond 3, Opis 65, Delo 829, Listy 94-97"},
      {"AVPRF", kAvprf, "059a", "5a", "5", "11", "76-77", "", "AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, Listy 76-77"}},
     {}, "", "", {}},
    {R"("Excerpts from V.P. Tkachenko 'The Korean Peninsula and Russia's Interests'", June 17, 1960, Wilson Center Digital Archive, V.P. Tkachenko, Koreiskii Poluostrov i interesi Rossii [The Korean Peninsula and Russia's Interests] (Mosow, Vostochnaya Literatura, 2000). Translated for NKIDP by Gary Goldberg. https://wilson-center.drivingcreative.com/document/114978)",
     "Excerpts from V.P. Tkachenko 'The Korean Peninsula and Russia's Interests'", "June 17, 1960", kWilson, {},
     {"V.P. Tkachenko, Koreiskii Poluostrov i interesi Rossii [The Korean Peninsula and Russia's Interests] (Mosow, "
      "Vostochnaya Literatura, 2000)"},
     "Translated for NKIDP by Gary Goldberg.", "https://wilson-center.drivingcreative.com/document/114978", {}},
    {"\"Ciphered Telegram, Shtykov to Vyshinsky\", February 7, 1950, Wilson Center Digital Archive, APRF, Listy 125-126, "
     "Fond and Opis not given; and AVP RF, Fond 059a, Opis 5a, Delo 4, Papka 11, Listy 145-146\n"
     "<https://wilson-center-digital-archive.dvincitest.com/document/112037>",
     "Ciphered Telegram, Shtykov to Vyshinsky", "February 7, 1950", kWilson,
     {{"APRF", kAprf, "", "", "", "", "125-126", "Fond and Opis not given", "APRF, Listy 125-126, Fond and Opis not given"},
      {"AVPRF", kAvprf, "059a", "5a", "4", "11", "145-146", "",
       "AVP RF, Fond 059a, Opis 5a, Delo 4, Papka 11, Listy 145-146"}},
     {}, "", "https://wilson-center-digital-archive.dvincitest.com/document/112037", {}},
};

TEST(ParseCitation, PageShapes) {
  for (const auto& c : kPageShapes) check(c);
}

// ---------------------------------------------------------------------------------------
// Russian archives: every spelling of the archive and of fond, opis, delo, papka, listy.

const std::vector<CitationCase> kRussian = {
    {R"("Letter from Mao Zedong to Stalin", 1950, Wilson Center Digital Archive, RGASPI, F. 558, Op. 11, D. 334, L. 12-15; Also in: AP RF, f. 45, op. 1, d. 334, ll. 12-15. Obtained by Kathryn Weathersby; translated by Danny Rozas.)",
     "Letter from Mao Zedong to Stalin", "1950", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "334", "", "12-15", "", "RGASPI, F. 558, Op. 11, D. 334, L. 12-15"},
      {"APRF", kAprf, "45", "1", "334", "", "12-15", "", "AP RF, f. 45, op. 1, d. 334, ll. 12-15"}},
     {}, "Obtained by Kathryn Weathersby; translated by Danny Rozas.", "", {}},
    {R"("Draft Resolution", 7.II.50, Wilson Center Digital Archive, GARF, f. R-9401, op. 2, d. 199, ll. 12ob.-13. Contributed by Vladislav Zubok; edited by Christian Ostermann.)",
     "Draft Resolution", "7.II.50", kWilson,
     {{"GARF", kGarf, "R-9401", "2", "199", "", "12ob.-13", "", "GARF, f. R-9401, op. 2, d. 199, ll. 12ob.-13"}},
     {}, "Contributed by Vladislav Zubok; edited by Christian Ostermann.", "", {}},
    {R"("Note", 1948, Wilson Center Digital Archive, AVPRF, f. 0102, op. 4, p. 6, d. 14 and RGASPI, f. 17, op. 162, d. 39.)",
     "Note", "1948", kWilson,
     {{"AVPRF", kAvprf, "0102", "4", "14", "6", "", "", "AVPRF, f. 0102, op. 4, p. 6, d. 14"},
      {"RGASPI", kRgaspi, "17", "162", "39", "", "", "", "RGASPI, f. 17, op. 162, d. 39"}},
     {}, "", "", {}},
    {"September 20, 1947, RGASPI, f. 558, op. 11, d. 106, l. 12-12ob. Translated by Anna Ivanova", "",
     "September 20, 1947", "",
     {{"RGASPI", kRgaspi, "558", "11", "106", "", "12-12ob.", "", "RGASPI, f. 558, op. 11, d. 106, l. 12-12ob."}},
     {}, "Translated by Anna Ivanova", "", {}},
    {R"("Report of the Central Committee", March 5, 1953, Wilson Center Digital Archive, RGANI, Fond 5, Opis 30, Delo 163, Listy 1-5. Obtained by Mark Kramer and translated by Gary Goldberg.)",
     "Report of the Central Committee", "March 5, 1953", kWilson,
     {{"RGANI", kRgani, "5", "30", "163", "", "1-5", "", "RGANI, Fond 5, Opis 30, Delo 163, Listy 1-5"}}, {},
     "Obtained by Mark Kramer and translated by Gary Goldberg.", "", {}},
    {R"("Information on Deliveries", 1951, Wilson Center Digital Archive, RGAE, f. 4372, op. 11, d. 1138, ll. 5-7.)",
     "Information on Deliveries", "1951", kWilson,
     {{"RGAE", kRgae, "4372", "11", "1138", "", "5-7", "", "RGAE, f. 4372, op. 11, d. 1138, ll. 5-7"}}, {}, "", "", {}},
    {R"("Order of the Commander", 1939, Wilson Center Digital Archive, RGVA, f. 37977, op. 1, d. 81, l. 4.)",
     "Order of the Commander", "1939", kWilson,
     {{"RGVA", kRgva, "37977", "1", "81", "", "4", "", "RGVA, f. 37977, op. 1, d. 81, l. 4"}}, {}, "", "", {}},
    {R"("Combat Report", June 26, 1950, Wilson Center Digital Archive, TsAMO RF, f. 16, op. 3139, d. 16, l. 1.)",
     "Combat Report", "June 26, 1950", kWilson,
     {{"TsAMO", kTsamo, "16", "3139", "16", "", "1", "", "TsAMO RF, f. 16, op. 3139, d. 16, l. 1"}}, {}, "", "", {}},
    {R"("Memorandum", 1952, Wilson Center Digital Archive, AVPRF, f. 07, op. 25, d. 13, ll. 94, 96-97.)", "Memorandum",
     "1952", kWilson, {{"AVPRF", kAvprf, "07", "25", "13", "", "94, 96-97", "", "AVPRF, f. 07, op. 25, d. 13, ll. 94, 96-97"}},
     {}, "", "", {}},
    {R"("Letter", 1949, Wilson Center Digital Archive, APRF, fond 45, opis 1, delo 334, list 12.)", "Letter", "1949",
     kWilson, {{"APRF", kAprf, "45", "1", "334", "", "12", "", "APRF, fond 45, opis 1, delo 334, list 12"}}, {}, "", "", {}},
    {R"("Telegram", 1950, Wilson Center Digital Archive, RGASPI F. 558 Op. 11 D. 106 L. 5)", "Telegram", "1950",
     kWilson, {{"RGASPI", kRgaspi, "558", "11", "106", "", "5", "", "RGASPI F. 558 Op. 11 D. 106 L. 5"}}, {}, "", "", {}},
    {R"("Telegram", 1950, Wilson Center Digital Archive, AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 5-6ob.)",
     "Telegram", "1950", kWilson,
     {{"AVPRF", kAvprf, "059a", "5a", "3", "11", "5-6ob.", "", "AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 5-6ob."}},
     {}, "", "", {}},
    {R"("Resolution", 1950, Wilson Center Digital Archive, RGASPI, f. 17, op. 3, d. 1, l. 2, copy in APRF, f. 3, op. 1, d. 2)",
     "Resolution", "1950", kWilson,
     {{"RGASPI", kRgaspi, "17", "3", "1", "", "2", "", "RGASPI, f. 17, op. 3, d. 1, l. 2"},
      {"APRF", kAprf, "3", "1", "2", "", "", "", "APRF, f. 3, op. 1, d. 2"}},
     {}, "", "", {}},
    {R"("Report", 1953, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 334, l. 5; APRF, f. 45, op. 1, d. 334, l. 5.)",
     "Report", "1953", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "334", "", "5", "", "RGASPI, f. 558, op. 11, d. 334, l. 5"},
      {"APRF", kAprf, "45", "1", "334", "", "5", "", "APRF, f. 45, op. 1, d. 334, l. 5"}},
     {}, "", "", {}},
    {R"("Cable", 1951, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 342. A copy is also held in the Archive of Foreign Policy of the Russian Federation, f. 059a, op. 5a, d. 3, p. 11, l. 64.)",
     "Cable", "1951", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "342", "", "", "", "RGASPI, f. 558, op. 11, d. 342"},
      {"AVPRF", kAvprf, "059a", "5a", "3", "11", "64", "",
       "Archive of Foreign Policy of the Russian Federation, f. 059a, op. 5a, d. 3, p. 11, l. 64"}},
     {}, "", "", {}},
    {R"("Session of the CPSU CC Presidium", 1956, Wilson Center Digital Archive, TsKhSD, f. 89, op. 1, d. 2. Original Document Source Unknown.)",
     "Session of the CPSU CC Presidium", "1956", kWilson,
     {{"TsKhSD", kTskhsd, "89", "1", "2", "", "", "Original Document Source Unknown", "TsKhSD, f. 89, op. 1, d. 2"}}, {},
     "", "", {}},
    {R"("Session of the CPSU CC Presidium", 1957, Wilson Center Digital Archive, TsKhSD, f. 89, op. 1, d. 3. Handwritten Original.)",
     "Session of the CPSU CC Presidium", "1957", kWilson,
     {{"TsKhSD", kTskhsd, "89", "1", "3", "", "", "", "TsKhSD, f. 89, op. 1, d. 3"}}, {}, "", "", {"Handwritten Original"}},
    {R"("Protocol", 1962, Wilson Center Digital Archive, TsKhSD, Fond 89, Perechen 46, Document 1.)", "Protocol", "1962",
     kWilson, {{"TsKhSD", kTskhsd, "89", "", "", "", "", "", "TsKhSD, Fond 89, Perechen 46, Document 1"}}, {}, "", "", {}},
    {R"("Newsreel", 1950, Wilson Center Digital Archive, RGAKFD, No. 0-123456.)", "Newsreel", "1950", kWilson,
     {{"RGAKFD", kRgakfd, "", "", "", "", "", "", "RGAKFD, No. 0-123456"}}, {}, "", "", {}},
    {R"("Telegram", 1950, Wilson Center Digital Archive, APRF, Fond 3, Delo 829, Listy 94-97, Opis not given.)",
     "Telegram", "1950", kWilson,
     {{"APRF", kAprf, "3", "", "829", "", "94-97", "Opis not given", "APRF, Fond 3, Delo 829, Listy 94-97, Opis not given"}},
     {}, "", "", {}},
    {R"("Telegram", 1950, Wilson Center Digital Archive, APRF, Listy 125-126. Fond and Opis not given.)", "Telegram",
     "1950", kWilson, {{"APRF", kAprf, "", "", "", "", "125-126", "Fond and Opis not given", "APRF, Listy 125-126"}}, {},
     "", "", {}},
    {R"("Letter", 1951, Wilson Center Digital Archive, APRF: Fond 3, Opis 65, Delo 826, Listy 1-5.)", "Letter", "1951",
     kWilson, {{"APRF", kAprf, "3", "65", "826", "", "1-5", "", "APRF: Fond 3, Opis 65, Delo 826, Listy 1-5"}}, {}, "", "",
     {}},
    {R"("Letter", 1950, Wilson Center Digital Archive, APRF, f. 3, op. 65, d. 830, ll. 41-43 ob. Translated by Daniel Ferris)",
     "Letter", "1950", kWilson, {{"APRF", kAprf, "3", "65", "830", "", "41-43 ob.", "", "APRF, f. 3, op. 65, d. 830, ll. 41-43 ob."}},
     {}, "Translated by Daniel Ferris", "", {}},
    {R"("Letter", 1950, Wilson Center Digital Archive, TsGA RUz, f. 837, op. 41, d. 503, l. 12.)", "Letter", "1950",
     kWilson, {{"TsGA RUz", "TsGA RUz", "837", "41", "503", "", "12", "", "TsGA RUz, f. 837, op. 41, d. 503, l. 12"}}, {}, "", "",
     {}},
    {R"("Record", undated, Wilson Center Digital Archive, Central Archive of the Ministry of Interior of Ukraine (TsAMVD), f. 1, op. 2, d. 3, ll. 4-5, 7, 9-10.)",
     "Record", "undated", kWilson,
     {{"TsAMVD", "Central Archive of the Ministry of Interior of Ukraine", "1", "2", "3", "", "4-5, 7, 9-10", "",
       "Central Archive of the Ministry of Interior of Ukraine (TsAMVD), f. 1, op. 2, d. 3, ll. 4-5, 7, 9-10"}},
     {}, "", "", {}},
};

TEST(ParseCitation, RussianArchives) {
  for (const auto& c : kRussian) check(c);
}

// ---------------------------------------------------------------------------------------
// Archives outside Russia: the archive is recognised; the identifier stays in `citation`.

const std::vector<CitationCase> kOtherArchives = {
    {"\xE2\x80\x9C" "Cable from the Chinese Embassy in Pyongyang to the Foreign Ministry," "\xE2\x80\x9D"
     " March 3, 1958, History and Public Policy Program Digital Archive, PRC FMA 106-00021-01, 1-5. Obtained and "
     "translated by Charles Kraus.",
     "Cable from the Chinese Embassy in Pyongyang to the Foreign Ministry", "March 3, 1958", kHppp,
     {{"PRCFMA", kPrcFma, "", "", "", "", "", "", "PRC FMA 106-00021-01, 1-5"}}, {},
     "Obtained and translated by Charles Kraus.", "", {}},
    {R"("Report on Talks with Zhou Enlai", 1961, Wilson Center Digital Archive, SAPMO-BArch, DY 30/3389. Translated by Bernd Schaefer.)",
     "Report on Talks with Zhou Enlai", "1961", kWilson,
     {{"SAPMO-BArch", kSapmo, "", "", "", "", "", "", "SAPMO-BArch, DY 30/3389"}}, {}, "Translated by Bernd Schaefer.", "",
     {}},
    {R"("Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry", May 05, 1953, Wilson Center Digital Archive, Hungarian National Archives (MOL), XIX-J-1-j Korea, 11. doboz, 24/f, 00915/1/1953. Obtained and translated for NKIDP by Balazs Szalontai.)",
     "Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry", "May 05, 1953", kWilson,
     {{"MOL", kMnl, "", "", "", "", "", "",
       "Hungarian National Archives (MOL), XIX-J-1-j Korea, 11. doboz, 24/f, 00915/1/1953"}},
     {}, "Obtained and translated for NKIDP by Balazs Szalontai.", "", {}},
    {R"("Report", 1967, Wilson Center Digital Archive, MNL OL, XIX-J-1-j, 1967, 76. doboz, 5, 001235/1967.)", "Report",
     "1967", kWilson, {{"MOL", kMnl, "", "", "", "", "", "", "MNL OL, XIX-J-1-j, 1967, 76. doboz, 5, 001235/1967"}}, {},
     "", "", {}},
    {R"("Cable", April 1, 1956, Wilson Center Digital Archive, Archive of the Ministry of Foreign Affairs of Mongolia, f. 2, d. 4, l. 55. Translated by Sergey Radchenko)",
     "Cable", "April 1, 1956", kWilson,
     {{"MFAM", kMongoliaMfa, "2", "", "4", "", "55", "",
       "Archive of the Ministry of Foreign Affairs of Mongolia, f. 2, d. 4, l. 55"}},
     {}, "Translated by Sergey Radchenko", "", {}},
    {R"("Telegram," 1956, History and Public Policy Program Digital Archive, Polish Foreign Ministry Archive. Obtained by L.W. Gluchowski and translated by Jan Chowaniec.)",
     "Telegram", "1956", kHppp, {{"AMSZ", kAmsz, "", "", "", "", "", "", "Polish Foreign Ministry Archive"}}, {},
     "Obtained by L.W. Gluchowski and translated by Jan Chowaniec.", "", {}},
    {R"("Note", 1958, Wilson Center Digital Archive, AAN, KC PZPR, XI A/59; AMSZ, z. 10, w. 12, t. 3. Translated by Margaret Gnoinska.)",
     "Note", "1958", kWilson,
     {{"AAN", kAan, "", "", "", "", "", "", "AAN, KC PZPR, XI A/59"},
      {"AMSZ", kAmsz, "", "", "", "", "", "", "AMSZ, z. 10, w. 12, t. 3"}},
     {}, "Translated by Margaret Gnoinska.", "", {}},
    {"\"Minutes\", 1960, Wilson Center Digital Archive, National Archives of the Czech Republic (NA), A \xC3\x9AV KS\xC4\x8C, "
     "f. 02/1. Translated by Adolf Kotlik",
     "Minutes", "1960", kWilson,
     {{"NA", kNa, "02/1", "", "", "", "", "", "National Archives of the Czech Republic (NA), A \xC3\x9AV KS\xC4\x8C, f. 02/1"}},
     {}, "Translated by Adolf Kotlik", "", {}},
    {R"("Information", 1965, Wilson Center Digital Archive, AMZV, TO-T Korea 1960-1964, box 2.)", "Information", "1965",
     kWilson, {{"AMZV", kAmzv, "", "", "", "", "", "", "AMZV, TO-T Korea 1960-1964, box 2"}}, {}, "", "", {}},
    {R"("Telegram", 1963, Wilson Center Digital Archive, ANIC, fond CC al PCR - Sectia Relatii Externe, dosar 3/1963. Translated by Larry L. Watts)",
     "Telegram", "1963", kWilson,
     {{"ANIC", kAnic, "CC al PCR - Sectia Relatii Externe", "", "", "", "", "",
       "ANIC, fond CC al PCR - Sectia Relatii Externe, dosar 3/1963"}},
     {}, "Translated by Larry L. Watts", "", {}},
    {R"("Telegram", 1964, Wilson Center Digital Archive, AMAE, Fond Telegrame, Beijing, 1964, vol. 2.)", "Telegram",
     "1964", kWilson, {{"AMAE", kAmae, "Telegrame", "", "", "", "", "", "AMAE, Fond Telegrame, Beijing, 1964, vol. 2"}}, {},
     "", "", {}},
    {R"("Report", 1957, Wilson Center Digital Archive, TsDA, Fond 1-B, Opis 64, a.e. 310.)", "Report", "1957", kWilson,
     {{"TsDA", kTsda, "1-B", "64", "", "", "", "", "TsDA, Fond 1-B, Opis 64, a.e. 310"}}, {}, "", "", {}},
    {R"("Report", 1961, Wilson Center Digital Archive, AQSH, F. 14/AP, M-PKSH, V. 1961, D. 9.)", "Report", "1961",
     kWilson, {{"AQSH", kAqsh, "14/AP", "", "9", "", "", "", "AQSH, F. 14/AP, M-PKSH, V. 1961, D. 9"}}, {}, "", "", {}},
    {R"("Notes", 1955, Wilson Center Digital Archive, AJ, KPR I-3-a/14.)", "Notes", "1955", kWilson,
     {{"AJ", kAj, "", "", "", "", "", "", "AJ, KPR I-3-a/14"}}, {}, "", "", {}},
    {R"("Telegram", 1955, Wilson Center Digital Archive, DAMSPS, PA, 1955, f. 3, d. 12.)", "Telegram", "1955", kWilson,
     {{"DAMSPS", kDamsps, "3", "", "12", "", "", "", "DAMSPS, PA, 1955, f. 3, d. 12"}}, {}, "", "", {}},
    {R"("Telegram", 1950, Wilson Center Digital Archive, NARA, RG 59, Central Decimal File 1950-54, Box 4.)", "Telegram",
     "1950", kWilson, {{"NARA", kNara, "", "", "", "", "", "", "NARA, RG 59, Central Decimal File 1950-54, Box 4"}}, {},
     "", "", {}},
    {R"("Minute", 1950, Wilson Center Digital Archive, The National Archives, FO 371/84053.)", "Minute", "1950", kWilson,
     {{"TNA", kTna, "", "", "", "", "", "", "The National Archives, FO 371/84053"}}, {}, "", "", {}},
    {R"("Report", 1965, Wilson Center Digital Archive, VNA3, Phong Phu Thu Tuong, Ho so 1234.)", "Report", "1965",
     kWilson, {{"VNA3", kVna3, "", "", "", "", "", "", "VNA3, Phong Phu Thu Tuong, Ho so 1234"}}, {}, "", "", {}},
    {R"("Memorandum", 1965, Wilson Center Digital Archive, ROK Diplomatic Archives, 722.12JA, 1965.)", "Memorandum",
     "1965", kWilson, {{"ROK Diplomatic Archives", kRokDa, "", "", "", "", "", "", "ROK Diplomatic Archives, 722.12JA, 1965"}},
     {}, "", "", {}},
    {R"("Report", 1962, Wilson Center Digital Archive, AMINREX, Ordinario, URSS, 1962.)", "Report", "1962", kWilson,
     {{"AMINREX", kAminrex, "", "", "", "", "", "", "AMINREX, Ordinario, URSS, 1962"}}, {}, "", "", {}},
    {R"("Minutes", 1950, Wilson Center Digital Archive, Fondazione Gramsci, Archivio PCI, Estero, 1950, MF 0125.)",
     "Minutes", "1950", kWilson,
     {{"Fondazione Gramsci", kGramsci, "", "", "", "", "", "", "Fondazione Gramsci, Archivio PCI, Estero, 1950, MF 0125"}},
     {}, "", "", {}},
    {R"("Report", 1969, Wilson Center Digital Archive, PA AA, MfAA, A 7137. Translated by Bernd Schaefer.)", "Report",
     "1969", kWilson, {{"PAAA", kPaaa, "", "", "", "", "", "", "PA AA, MfAA, A 7137"}}, {}, "Translated by Bernd Schaefer.",
     "", {}},
    {R"("Report", 1973, Wilson Center Digital Archive, PAAA, MfAA, C 1081/73.)", "Report", "1973", kWilson,
     {{"PAAA", kPaaa, "", "", "", "", "", "", "PAAA, MfAA, C 1081/73"}}, {}, "", "", {}},
    {"\"Telegram\", 1970, Wilson Center Digital Archive, Politisches Archiv des Ausw\xC3\xA4rtigen Amts (PA AA), B 150.",
     "Telegram", "1970", kWilson,
     {{"PAAA", kPaaa, "", "", "", "", "", "", "Politisches Archiv des Ausw\xC3\xA4rtigen Amts (PA AA), B 150"}}, {}, "",
     "", {}},
    {R"("Protocol", 1961, Wilson Center Digital Archive, Bundesarchiv, SAPMO, DY 30/J IV 2/2/766.)", "Protocol", "1961",
     kWilson,
     {{"BArch", "German Federal Archives", "", "", "", "", "", "", "Bundesarchiv, SAPMO, DY 30/J IV 2/2/766"}}, {}, "",
     "", {}},
    {R"("Information", 1980, Wilson Center Digital Archive, BStU, MfS, AIM 1234/56, Bd. 2.)", "Information", "1980",
     kWilson, {{"BStU", kBstu, "", "", "", "", "", "", "BStU, MfS, AIM 1234/56, Bd. 2"}}, {}, "", "", {}},
    {R"("Note", 1950, Wilson Center Digital Archive, Galuzevyi derzhavnyi arkhiv SBU (HDA SBU), f. 16, op. 1, spr. 7, ark. 3-4. Translated by Volodymyr Birchak.)",
     "Note", "1950", kWilson,
     {{"SBU Archive", "Sectoral State Archive of the Security Service of Ukraine", "16", "1", "7", "", "3-4", "",
       "Galuzevyi derzhavnyi arkhiv SBU (HDA SBU), f. 16, op. 1, spr. 7, ark. 3-4"}},
     {}, "Translated by Volodymyr Birchak.", "", {}},
    {R"("Conversation between Mao Zedong and Stalin," December 16, 1949, History and Public Policy Program Digital Archive, Archive of the President of the Russian Federation (APRF), fond 45, opis 1, delo 329, listy 9-17. Translated by Danny Rozas.)",
     "Conversation between Mao Zedong and Stalin", "December 16, 1949", kHppp,
     {{"APRF", kAprf, "45", "1", "329", "", "9-17", "",
       "Archive of the President of the Russian Federation (APRF), fond 45, opis 1, delo 329, listy 9-17"}},
     {}, "Translated by Danny Rozas.", "", {}},
    {R"("Report", 1960, Wilson Center Digital Archive, Mongolian National Archive, f. 1, t. 1.)", "Report", "1960",
     kWilson, {{"Mongolian National Archive", "Mongolian National Archive", "1", "", "", "", "", "", "Mongolian National Archive, f. 1, t. 1"}}, {},
     "", "", {}},
};

TEST(ParseCitation, OtherArchives) {
  for (const auto& c : kOtherArchives) check(c);
}

// ---------------------------------------------------------------------------------------
// Published sources instead of, or beside, an archive.

const std::vector<CitationCase> kPublished = {
    {"Memorandum of Conversation, October 1948, Wilson Center Digital Archive, Cold War International History Project "
     "Bulletin, Issue 5 (Spring 1995), 12-15.",
     "Memorandum of Conversation", "October 1948", kWilson, {},
     {"Cold War International History Project Bulletin, Issue 5 (Spring 1995), 12-15"}, "", "", {}},
    {R"("Minutes", 1950, Wilson Center Digital Archive, RGASPI, f. 17, op. 162, d. 39; also published in Istoricheskii arkhiv, no. 1 (1996), 5-12.)",
     "Minutes", "1950", kWilson, {{"RGASPI", kRgaspi, "17", "162", "39", "", "", "", "RGASPI, f. 17, op. 162, d. 39"}},
     {"Istoricheskii arkhiv, no. 1 (1996), 5-12"}, "", "", {}},
    {R"("Conversation", 1949, Wilson Center Digital Archive, Dmitrii Volkogonov, Stalin: Triumph and Tragedy (New York: Grove Weidenfeld, 1991), 540.)",
     "Conversation", "1949", kWilson, {},
     {"Dmitrii Volkogonov, Stalin: Triumph and Tragedy (New York: Grove Weidenfeld, 1991), 540"}, "", "", {}},
    {R"("Speech", 1950, Wilson Center Digital Archive, The Cold War in Asia, edited by James Hershberg (Washington, 1996), 45.)",
     "Speech", "1950", kWilson, {}, {"The Cold War in Asia, edited by James Hershberg (Washington, 1996), 45"}, "", "", {}},
    {R"("Letter", 1950, Wilson Center Digital Archive, Kathryn Weathersby, "New Russian Documents on the Korean War," Cold War International History Project Bulletin 6-7 (Winter 1995/1996), 30-84. Translated by Kathryn Weathersby.)",
     "Letter", "1950", kWilson, {},
     {"Kathryn Weathersby, \"New Russian Documents on the Korean War,\" Cold War International History Project Bulletin "
      "6-7 (Winter 1995/1996), 30-84"},
     "Translated by Kathryn Weathersby.", "", {}},
    {R"("Memorandum of Conversation", 1953, Wilson Center Digital Archive, Sh. Sandag, When Stalin Ordered (Ulaanbaatar, 1999), 12.)",
     "Memorandum of Conversation", "1953", kWilson, {}, {"Sh. Sandag, When Stalin Ordered (Ulaanbaatar, 1999), 12"}, "",
     "", {}},
    {R"("Cable from Mao Zedong to Zhou Enlai", January 19, 1950, Wilson Center Digital Archive, Jianguo yilai Mao Zedong wengao, vol. 1, pp. 237-238. Translated by Zhang Shu Guang and Chen Jian.)",
     "Cable from Mao Zedong to Zhou Enlai", "January 19, 1950", kWilson, {},
     {"Jianguo yilai Mao Zedong wengao, vol. 1, pp. 237-238"}, "Translated by Zhang Shu Guang and Chen Jian.", "", {}},
    {R"("Conversation", 1960, Wilson Center Digital Archive, Vladislav Zubok, A Failed Empire (Chapel Hill, 2007), p. 45. Translated by Gary Goldberg.)",
     "Conversation", "1960", kWilson, {}, {"Vladislav Zubok, A Failed Empire (Chapel Hill, 2007), p. 45"},
     "Translated by Gary Goldberg.", "", {}},
};

TEST(ParseCitation, PublishedSources) {
  for (const auto& c : kPublished) check(c);
}

// ---------------------------------------------------------------------------------------
// Robustness: quotes, commas, missing parts, URLs, credits in other places.

const std::vector<CitationCase> kShapes = {
    {R"("Record of Conversation between Mao Zedong and Kim Il Sung", May 15, 1950, APRF, f. 45, op. 1, d. 331.)",
     "Record of Conversation between Mao Zedong and Kim Il Sung", "May 15, 1950", "",
     {{"APRF", kAprf, "45", "1", "331", "", "", "", "APRF, f. 45, op. 1, d. 331"}}, {}, "", "", {}},
    {"\xE2\x80\x9C" "Letter from Kim Il Sung to Stalin" "\xE2\x80\x9D" ", March 7, 1949, Wilson Center Digital Archive, "
     "APRF, f. 3, op. 65, d. 3, l. 45. http://digitalarchive.wilsoncenter.org/document/111111",
     "Letter from Kim Il Sung to Stalin", "March 7, 1949", kWilson,
     {{"APRF", kAprf, "3", "65", "3", "", "45", "", "APRF, f. 3, op. 65, d. 3, l. 45"}}, {}, "",
     "http://digitalarchive.wilsoncenter.org/document/111111", {}},
    {R"("Notes on Korea" <https://digitalarchive.wilsoncenter.org/document/1>)", "Notes on Korea", "", "", {}, {}, "",
     "https://digitalarchive.wilsoncenter.org/document/1", {}},
    {R"("Ciphered Telegram", 1950-02-07, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 346, l. 5)",
     "Ciphered Telegram", "1950-02-07", kWilson, {{"APRF", kAprf, "45", "1", "346", "", "5", "", "APRF, f. 45, op. 1, d. 346, l. 5"}},
     {}, "", "", {}},
    {R"("Telegram", 13/5-50, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 346, l. 7)", "Telegram", "13/5-50",
     kWilson, {{"APRF", kAprf, "45", "1", "346", "", "7", "", "APRF, f. 45, op. 1, d. 346, l. 7"}}, {}, "", "", {}},
    {"MOL, XIX-J-1-j Korea, 1967, 63. doboz, 1, 002207/1967. Translated for NKIDP by Tam\xC3\xA1s B\xC3\xA9rczi.", "", "", "",
     {{"MOL", kMnl, "", "", "", "", "", "", "MOL, XIX-J-1-j Korea, 1967, 63. doboz, 1, 002207/1967"}}, {},
     "Translated for NKIDP by Tam\xC3\xA1s B\xC3\xA9rczi.", "", {}},
    {"Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 106", "", "", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "106", "", "", "", "RGASPI, f. 558, op. 11, d. 106"}}, {}, "", "", {}},
    {"Ciphered Telegram, Molotov to Cde. Stalin, September 20, 1947, Wilson Center Digital Archive, RGASPI, f. 558, op. "
     "11, d. 106, ll. 0098-0099",
     "Ciphered Telegram, Molotov to Cde. Stalin", "September 20, 1947", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "106", "", "0098-0099", "", "RGASPI, f. 558, op. 11, d. 106, ll. 0098-0099"}}, {},
     "", "", {}},
    {R"("Report", 1952, Cold War International History Project Digital Archive, RGASPI, f. 17, op. 137, d. 947, ll. 5-6, translated by Gary Goldberg)",
     "Report", "1952", "Cold War International History Project Digital Archive",
     {{"RGASPI", kRgaspi, "17", "137", "947", "", "5-6", "", "RGASPI, f. 17, op. 137, d. 947, ll. 5-6"}}, {},
     "translated by Gary Goldberg", "", {}},
    {R"("Letter", 1950, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 347, ll. 10-12. Translated by Gary Goldberg; contributed by Sergey Radchenko.)",
     "Letter", "1950", kWilson, {{"APRF", kAprf, "45", "1", "347", "", "10-12", "", "APRF, f. 45, op. 1, d. 347, ll. 10-12"}},
     {}, "Translated by Gary Goldberg; contributed by Sergey Radchenko.", "", {}},
    {R"("Speech by Kim Il Sung", 1965, Wilson Center Digital Archive, AMZV, TO-T 1965-1969, Korea. Translated and edited by A. Smith, B. Jones, and C. Brown. This document was made possible with support from Leon Levy Foundation.)",
     "Speech by Kim Il Sung", "1965", kWilson, {{"AMZV", kAmzv, "", "", "", "", "", "", "AMZV, TO-T 1965-1969, Korea"}}, {},
     "Translated and edited by A. Smith, B. Jones, and C. Brown. This document was made possible with support from Leon "
     "Levy Foundation.",
     "", {}},
    {R"("Memorandum",   1951,   Wilson Center Digital Archive,
       RGASPI, f. 558,
       op. 11, d. 342, l. 3.)",
     "Memorandum", "1951", kWilson, {{"RGASPI", kRgaspi, "558", "11", "342", "", "3", "", "RGASPI, f. 558, op. 11, d. 342, l. 3"}},
     {}, "", "", {}},
    {R"("Letter", 1950, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 334, l. 5 and AP RF, f. 45, op. 1, d. 334, l. 6 and AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 7.)",
     "Letter", "1950", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "334", "", "5", "", "RGASPI, f. 558, op. 11, d. 334, l. 5"},
      {"APRF", kAprf, "45", "1", "334", "", "6", "", "AP RF, f. 45, op. 1, d. 334, l. 6"},
      {"AVPRF", kAvprf, "059a", "5a", "3", "11", "7", "", "AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 7"}},
     {}, "", "", {}},
    {R"("Report", 1951, Cold War International History Project, Cold War International History Project Bulletin, Issue 6-7 (Winter 1995/1996), 30-84.)",
     "Report", "1951", "Cold War International History Project", {},
     {"Cold War International History Project Bulletin, Issue 6-7 (Winter 1995/1996), 30-84"}, "", "", {}},
    {R"("Statement", c. 1950, Wilson Center Digital Archive, GARF, f. 5446, op. 1, d. 12.)", "Statement", "c. 1950",
     kWilson, {{"GARF", kGarf, "5446", "1", "12", "", "", "", "GARF, f. 5446, op. 1, d. 12"}}, {}, "", "", {}},
    {"\"Telegram\", 1950, Wilson Center Digital Archive, APRF, Fond 3, Opis\xE2\x80\x99 65, Delo 829, List\xE2\x80\x99 94. "
     "digitalarchive.wilsoncenter.org/document/119377",
     "Telegram", "1950", kWilson,
     {{"APRF", kAprf, "3", "65", "829", "", "94", "", "APRF, Fond 3, Opis\xE2\x80\x99 65, Delo 829, List\xE2\x80\x99 94"}}, {},
     "", "digitalarchive.wilsoncenter.org/document/119377", {}},
    {R"("Directive", 20 September 1947, Wilson Center Digital Archive, RGASPI, f. 17, op. 162, d. 38, l. 120. Donated by Dr. Jan Berg.)",
     "Directive", "20 September 1947", kWilson,
     {{"RGASPI", kRgaspi, "17", "162", "38", "", "120", "", "RGASPI, f. 17, op. 162, d. 38, l. 120"}}, {},
     "Donated by Dr. Jan Berg.", "", {}},
};

TEST(ParseCitation, Shapes) {
  for (const auto& c : kShapes) check(c);
}

// ---------------------------------------------------------------------------------------
// Dates the parser reads as approximate or as ranges, and dates it cannot read: the tail
// of the citation is read as usual.

const std::vector<CitationCase> kDates = {
    {R"("Memorandum of Conversation between Ambassador Briggs and President Syngman Rhee", April 12-13, 1953, Wilson Center Digital Archive, National Archives, RG 59, Central Decimal File 1950-1954, 795.00/4-1353. Obtained by James Person. Translation and annotation by Charles Kraus.)",
     "Memorandum of Conversation between Ambassador Briggs and President Syngman Rhee", "April 12-13, 1953", kWilson,
     {{"NARA", kNara, "", "", "", "", "", "", "National Archives, RG 59, Central Decimal File 1950-1954, 795.00/4-1353"}},
     {}, "Obtained by James Person. Translation and annotation by Charles Kraus.", "", {}},
    {R"("Minutes of the Politburo Meeting", c. 1958, Wilson Center Digital Archive, Central Archives of the Chinese Communist Party. Translated by Chen Jian.)",
     "Minutes of the Politburo Meeting", "c. 1958", kWilson,
     {{"CCP Central Archives", kCcpCa, "", "", "", "", "", "", "Central Archives of the Chinese Communist Party"}}, {},
     "Translated by Chen Jian.", "", {}},
    {R"("Notes on the Meeting", c. 1961, Wilson Center Digital Archive, AQSH, F. 14/AP, M-PKK, V. 1961, Dos. 6, fl. 1-12. Translated by Elidor Mehilli.)",
     "Notes on the Meeting", "c. 1961", kWilson,
     {{"AQSH", kAqshName, "14/AP", "", "", "", "", "", "AQSH, F. 14/AP, M-PKK, V. 1961, Dos. 6, fl. 1-12"}}, {},
     "Translated by Elidor Mehilli.", "", {}},
    {R"("Report on the Harvest", 12-13 April 1953, Wilson Center Digital Archive, RGASPI, f. 82, op. 2, d. 1, l. 5.)",
     "Report on the Harvest", "12-13 April 1953", kWilson,
     {{"RGASPI", kRgaspi, "82", "2", "1", "", "5", "", "RGASPI, f. 82, op. 2, d. 1, l. 5"}}, {}, "", "", {}},
    {R"("Report on the Harvest", Spring-Summer 1953 (exact date unknown), Wilson Center Digital Archive, RGASPI, f. 82, op. 2, d. 1, l. 5.)",
     "Report on the Harvest", "Spring-Summer 1953 (exact date unknown)", kWilson,
     {{"RGASPI", kRgaspi, "82", "2", "1", "", "5", "", "RGASPI, f. 82, op. 2, d. 1, l. 5"}}, {}, "", "", {}},
    {R"("Report on the Harvest", [undated], History and Public Policy Program Digital Archive, GARF, f. 5446, op. 1, d. 3.)",
     "Report on the Harvest", "[undated]", kHppp,
     {{"GARF", kGarf, "5446", "1", "3", "", "", "", "GARF, f. 5446, op. 1, d. 3"}}, {}, "", "", {}},
    // Without quotes, a statement of no date before the publisher ends the title.
    {R"(Report on the Harvest, undated, Wilson Center Digital Archive, GARF, f. 5446, op. 1, d. 3.)",
     "Report on the Harvest", "undated", kWilson,
     {{"GARF", kGarf, "5446", "1", "3", "", "", "", "GARF, f. 5446, op. 1, d. 3"}}, {}, "", "", {}},
    {R"(Report on the Harvest, c. 1953, Wilson Center Digital Archive, GARF, f. 5446, op. 1, d. 3.)",
     "Report on the Harvest", "c. 1953", kWilson,
     {{"GARF", kGarf, "5446", "1", "3", "", "", "", "GARF, f. 5446, op. 1, d. 3"}}, {}, "", "", {}},
};

TEST(ParseCitation, DatesApproximateRangedOrUnreadable) {
  for (const auto& c : kDates) check(c);
}

// ---------------------------------------------------------------------------------------
// A second source after "and", ", copy in" or "; published in": it is a piece of its own,
// and no field of the reference before it runs on into it.

const std::vector<CitationCase> kSecondSources = {
    {R"("Ciphered Telegram No. 8750, Vyshinsky to Mao Zedong", May 14, 1950, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 331, l. 55, and Cold War International History Project Bulletin 6-7 (Winter 1995/1996), p. 38. Translated for CWIHP by Kathryn Weathersby.)",
     "Ciphered Telegram No. 8750, Vyshinsky to Mao Zedong", "May 14, 1950", kWilson,
     {{"APRF", kAprf, "45", "1", "331", "", "55", "", "APRF, f. 45, op. 1, d. 331, l. 55"}},
     {"Cold War International History Project Bulletin 6-7 (Winter 1995/1996), p. 38"},
     "Translated for CWIHP by Kathryn Weathersby.", "", {}},
    {R"("Telegram", May 5, 1955, Wilson Center Digital Archive, AP RF, f. 45, op. 1, d. 331, ll. 55-57 and Volkogonov Collection, Library of Congress, Reel 17. Translated by Kathryn Weathersby.)",
     "Telegram", "May 5, 1955", kWilson,
     {{"APRF", kAprf, "45", "1", "331", "", "55-57", "", "AP RF, f. 45, op. 1, d. 331, ll. 55-57"},
      {"Library of Congress", kLoc, "", "", "", "", "", "", "Volkogonov Collection, Library of Congress, Reel 17"}},
     {}, "Translated by Kathryn Weathersby.", "", {}},
    {R"("Record of Conversation", October 2, 1959, History and Public Policy Program Digital Archive, Archive of the President of the Russian Federation (APRF), fond 52, opis 1, delo 499, listy 1-33, copy in Dmitrii Volkogonov Papers, Library of Congress. Translated by Vladislav M. Zubok.)",
     "Record of Conversation", "October 2, 1959", kHppp,
     {{"APRF", kAprf, "52", "1", "499", "", "1-33", "",
       "Archive of the President of the Russian Federation (APRF), fond 52, opis 1, delo 499, listy 1-33"},
      {"Library of Congress", kLoc, "", "", "", "", "", "", "Dmitrii Volkogonov Papers, Library of Congress"}},
     {}, "Translated by Vladislav M. Zubok.", "", {}},
    {R"("Telegram", May 5, 1955, Wilson Center Digital Archive, RGANI, f. 5, op. 30, d. 335, ll. 12-15; copy in Dmitrii Volkogonov Papers, Library of Congress. Translated by Gary Goldberg.)",
     "Telegram", "May 5, 1955", kWilson,
     {{"RGANI", kRgani, "5", "30", "335", "", "12-15", "", "RGANI, f. 5, op. 30, d. 335, ll. 12-15"},
      {"Library of Congress", kLoc, "", "", "", "", "", "", "Dmitrii Volkogonov Papers, Library of Congress"}},
     {}, "Translated by Gary Goldberg.", "", {}},
    {R"("Telegram", May 5, 1955, Wilson Center Digital Archive, Library of Congress, Dmitrii Volkogonov Papers, Reel 18, Container 26. Translated by Vladislav Zubok.)",
     "Telegram", "May 5, 1955", kWilson,
     {{"Library of Congress", kLoc, "", "", "", "", "", "", "Library of Congress, Dmitrii Volkogonov Papers, Reel 18, Container 26"}},
     {}, "Translated by Vladislav Zubok.", "", {}},
    {R"("Telegram", 1950, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 334, ll. 12-15, published in Istochnik 3 (1995), pp. 112-115.)",
     "Telegram", "1950", kWilson,
     {{"RGASPI", kRgaspi, "558", "11", "334", "", "12-15", "", "RGASPI, f. 558, op. 11, d. 334, ll. 12-15"}},
     {"Istochnik 3 (1995), pp. 112-115"}, "", "", {}},
    // "p." is a papka between a Soviet reference's labels, a page elsewhere.
    {R"("Telegram", 1950, Wilson Center Digital Archive, Stasi Records Archive (BStU), MfS, ZAIG 5356, p. 3.)",
     "Telegram", "1950", kWilson,
     {{"BStU", kBstu, "", "", "", "", "", "", "Stasi Records Archive (BStU), MfS, ZAIG 5356, p. 3"}}, {}, "", "", {}},
    {R"("Telegram", 1950, Wilson Center Digital Archive, AVPRF, f. 0102, op. 7, p. 29, d. 49, ll. 82-86, p. 4.)",
     "Telegram", "1950", kWilson,
     {{"AVPRF", kAvprf, "0102", "7", "49", "29", "82-86", "", "AVPRF, f. 0102, op. 7, p. 29, d. 49, ll. 82-86, p. 4"}},
     {}, "", "", {}},
    // A value is an identifier: numbers and verso marks, no words.
    {R"("Telegram", 1950, Wilson Center Digital Archive, GARF, f. R-5446, op. 1, d. 325 part 2, ll. 14 ob., 15-17 and 19.)",
     "Telegram", "1950", kWilson,
     {{"GARF", kGarf, "R-5446", "1", "325", "", "14 ob., 15-17 and 19", "",
       "GARF, f. R-5446, op. 1, d. 325 part 2, ll. 14 ob., 15-17 and 19"}},
     {}, "", "", {}},
    {R"("Telegram", 1955, Wilson Center Digital Archive, AVPRF, f. 07, op. 23a, p. 18, d. 235, ll. 38-39 (verso).)",
     "Telegram", "1955", kWilson,
     {{"AVPRF", kAvprf, "07", "23a", "235", "18", "38-39 (verso)", "", "AVPRF, f. 07, op. 23a, p. 18, d. 235, ll. 38-39 (verso)"}},
     {}, "", "", {}},
};

TEST(ParseCitation, SecondSources) {
  for (const auto& c : kSecondSources) check(c);
}

// ---------------------------------------------------------------------------------------
// Archives the table knows inside a longer designation, or by a designation alone.

const std::vector<CitationCase> kDesignations = {
    {R"("Report", 1965, Wilson Center Digital Archive, Vietnam National Archives Center III, Phu Thu Tuong fond, file 8686. Obtained and translated by Merle Pribbenow.)",
     "Report", "1965", kWilson,
     {{"VNA3", kVna3, "", "", "", "", "", "", "Vietnam National Archives Center III, Phu Thu Tuong fond, file 8686"}}, {},
     "Obtained and translated by Merle Pribbenow.", "", {}},
    {R"("Report", 1965, Wilson Center Digital Archive, Records of the Embassy, Vietnam National Archives Center III, file 12.)",
     "Report", "1965", kWilson,
     {{"VNA3", kVna3, "", "", "", "", "", "", "Records of the Embassy, Vietnam National Archives Center III, file 12"}}, {},
     "", "", {}},
    {R"("Telegram", May 5, 1955, Wilson Center Digital Archive, Archives of the Ministry of Foreign Affairs of the Czech Republic, Telegram Collection, Beijing 1960, No. 1200/60. Translated by Adela Gjuricova.)",
     "Telegram", "May 5, 1955", kWilson,
     {{"AMZV", kAmzv, "", "", "", "", "", "",
       "Archives of the Ministry of Foreign Affairs of the Czech Republic, Telegram Collection, Beijing 1960, No. 1200/60"}},
     {}, "Translated by Adela Gjuricova.", "", {}},
    {R"("Telegram", May 5, 1955, Wilson Center Digital Archive, Regional Party Archive of Brno, Telegram Collection, Beijing 1960, No. 1200/60.)",
     "Telegram", "May 5, 1955", kWilson,
     {{"Regional Party Archive of Brno", "Regional Party Archive of Brno", "", "", "", "", "", "",
       "Regional Party Archive of Brno, Telegram Collection, Beijing 1960, No. 1200/60"}},
     {}, "", "", {}},
    // A journal named like an archive is a publication when it gives an issue and a year.
    {R"("Telegram", 1955, Wilson Center Digital Archive, Istoricheskii Arkhiv, no. 2, 1996, 14-20.)", "Telegram", "1955",
     kWilson, {}, {"Istoricheskii Arkhiv, no. 2, 1996, 14-20"}, "", "", {}},
    // A short name inside another archive's name is not that archive.
    {R"("Telegram", 1955, Wilson Center Digital Archive, National Archives of Australia, A1838, 3103/10/1.)",
     "Telegram", "1955", kWilson,
     {{"National Archives of Australia", "National Archives of Australia", "", "", "", "", "", "", "National Archives of Australia, A1838, 3103/10/1"}},
     {}, "", "", {}},
    // "Original Archive: X" names the archive of the reference before it.
    {R"("Memorandum", 24 May 1962, Wilson Center Digital Archive, Russian State Archive of Contemporary History (RGANI), fond 5, opis 30, delo 335, listy 12-15. Original Archive: RGANI. Translation by Sergey S. Radchenko.)",
     "Memorandum", "24 May 1962", kWilson,
     {{"RGANI", kRgani, "5", "30", "335", "", "12-15", "",
       "Russian State Archive of Contemporary History (RGANI), fond 5, opis 30, delo 335, listy 12-15"}},
     {}, "Translation by Sergey S. Radchenko.", "", {}},
    {R"("Memorandum", 24 May 1962, Wilson Center Digital Archive, f. 5, op. 30, d. 335. Original Archive: RGANI.)",
     "Memorandum", "24 May 1962", kWilson,
     {{"RGANI", kRgani, "5", "30", "335", "", "", "", "f. 5, op. 30, d. 335"}}, {}, "", "", {}},
};

TEST(ParseCitation, Designations) {
  for (const auto& c : kDesignations) check(c);
}

TEST(ParseCitation, LabelledStatementsAmongTheSources) {
  ParsedCitation p = parse_citation(
      R"("Report", 1958, Wilson Center Digital Archive, Central Archives of the Chinese Communist Party. Original language: Chinese. Original Archive: Zhongyang Dang'anguan.)");
  ASSERT_EQ(p.archives.size(), 1u);
  EXPECT_EQ(p.archives[0].archive, "CCP Central Archives");
  EXPECT_EQ(p.labelled, (std::vector<LabelledSentence>{{"languages", "Original Language", "Chinese"}}));
  EXPECT_TRUE(p.unplaced.empty());
}

TEST(ParseCitation, HolderNamedAfterTheFilesDesignation) {
  ParsedCitation p = parse_citation(
      R"("Report No. 9," May 2, 1955, History and Public Policy Program Digital Archive, C-12-7, Letters of the Embassy in Tokyo, Example Research Institute, Example University. Translated by A. Person.)");
  ASSERT_EQ(p.archives.size(), 1u);
  EXPECT_EQ(p.archives[0].archive, "Example Research Institute, Example University");
  EXPECT_EQ(p.archives[0].citation,
            "C-12-7, Letters of the Embassy in Tokyo, Example Research Institute, Example University");
  EXPECT_TRUE(p.unplaced.empty());
  // With no designation first, nothing says the pieces are a file and its holder.
  ParsedCitation q = parse_citation(
      R"("Report No. 9," May 2, 1955, History and Public Policy Program Digital Archive, Letters of the Embassy in Tokyo, Example University.)");
  EXPECT_TRUE(q.archives.empty());
}

TEST(LabelledSentence, LabelsOfTheLabelsTable) {
  EXPECT_EQ(labelled_sentence("Original language: Chinese."),
            (LabelledSentence{"languages", "Original Language", "Chinese"}));
  EXPECT_EQ(labelled_sentence("original archive: RGANI"), (LabelledSentence{"archive", "Original Archive", "RGANI"}));
  EXPECT_EQ(labelled_sentence("Summary: The Politburo decides."),
            (LabelledSentence{"summary", "Summary", "The Politburo decides"}));
  EXPECT_FALSE(labelled_sentence("APRF: Fond 3, Opis 65"));
  EXPECT_FALSE(labelled_sentence("Translated by Chen Jian"));
  EXPECT_FALSE(labelled_sentence("Original language Chinese"));
}

TEST(PublicationIn, LeadInsOfAPublication) {
  EXPECT_EQ(publication_in("Published in CWIHP Bulletin 6-7 (Winter 1995/1996), p. 216."),
            "CWIHP Bulletin 6-7 (Winter 1995/1996), p. 216");
  EXPECT_EQ(publication_in("Also reprinted in: Istochnik 3 (1995)"), "Istochnik 3 (1995)");
  EXPECT_EQ(publication_in("Translated by Chen Jian"), "");
  EXPECT_EQ(publication_in("CWIHP Bulletin 6-7"), "");
}

TEST(AddArchiveNamed, NamesAnExistingReferenceOrAddsOne) {
  std::vector<ArchivalReference> refs = {{"RGANI", kRgani, "5", "30", "335", "", "", "", "RGANI, f. 5, op. 30, d. 335"}};
  add_archive_named("Russian State Archive of Contemporary History (RGANI)", refs);
  EXPECT_EQ(refs.size(), 1u);
  add_archive_named("Archive of the President of the Russian Federation (APRF)", refs);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[1], (ArchivalReference{"APRF", kAprf, "", "", "", "", "", "",
                                        "Archive of the President of the Russian Federation (APRF)"}));
  std::vector<ArchivalReference> unnamed = {{"", "", "5", "30", "335", "", "", "", "f. 5, op. 30, d. 335"}};
  add_archive_named("RGANI", unnamed);
  ASSERT_EQ(unnamed.size(), 1u);
  EXPECT_EQ(unnamed[0].archive, "RGANI");
  EXPECT_EQ(unnamed[0].archive_name, kRgani);
}

TEST(SameReference, SameArchiveAndFileHoweverSpelled) {
  auto ref = [](std::string archive, std::string fond, std::string listy, std::string citation) {
    return ArchivalReference{archive, "", fond, "", "", "", listy, "", citation};
  };
  EXPECT_TRUE(same_reference(ref("AAN", "", "", "AAN, KC PZPR, sygn. 237/XXII-345, k. 12-13"),
                             ref("AAN", "", "", "Archiwum Akt Nowych (AAN), KC PZPR, sygn. 237/XXII-345, k. 12-13")));
  EXPECT_TRUE(same_reference(ref("APRF", "52", "1-33", "APRF, f. 52, ll. 1-33"),
                             ref("APRF", "52", "1-33", "Archive of the President of the Russian Federation (APRF), "
                                                       "fond 52, listy 1-33")));
  EXPECT_FALSE(same_reference(ref("APRF", "52", "1-33", "APRF, f. 52, ll. 1-33"),
                              ref("APRF", "52", "1-34", "APRF, f. 52, ll. 1-34")));
  EXPECT_FALSE(same_reference(ref("AAN", "", "", "AAN, KC PZPR, sygn. 237"), ref("AAN", "", "", "AAN, KC PZPR, sygn. 238")));
  EXPECT_FALSE(same_reference(ref("AAN", "", "", "AAN, KC PZPR"), ref("AMSZ", "", "", "AMSZ, KC PZPR")));
}

TEST(ParseCitation, AtLeastSixtyDistinctCitations) {
  std::vector<std::string> all;
  for (const auto* list : {&kPageShapes, &kRussian, &kOtherArchives, &kPublished, &kShapes, &kDates, &kSecondSources,
                           &kDesignations})
    for (const auto& c : *list) all.push_back(c.input);
  std::sort(all.begin(), all.end());
  EXPECT_EQ(std::unique(all.begin(), all.end()), all.end());
  EXPECT_GE(all.size(), 60u);
}

// ---------------------------------------------------------------------------------------
// The archival part alone, and archive designations.

TEST(ParseArchivalReferences, OneReferencePerArchive) {
  auto refs = parse_archival_references(
      "APRF, Fond 3, Opis 65, Delo 829, Listy 94-97 and AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, Listy 76-77");
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0], (ArchivalReference{"APRF", kAprf, "3", "65", "829", "", "94-97", "",
                                        "APRF, Fond 3, Opis 65, Delo 829, Listy 94-97"}));
  EXPECT_EQ(refs[1], (ArchivalReference{"AVPRF", kAvprf, "059a", "5a", "5", "11", "76-77", "",
                                        "AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, Listy 76-77"}));
}

TEST(ParseArchivalReferences, PassesOverPublisherCreditsAndUrl) {
  auto refs = parse_archival_references(
      "History and Public Policy Program Digital Archive, Russian State Archive of Social and Political History "
      "(RGASPI), f. 558, op. 11, d. 106. Contributed by Sergey Radchenko. <https://digitalarchive.wilsoncenter.org/x>");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0], (ArchivalReference{"RGASPI", kRgaspi, "558", "11", "106", "", "", "",
                                        "Russian State Archive of Social and Political History (RGASPI), f. 558, op. "
                                        "11, d. 106"}));
}

TEST(ParseArchivalReferences, EmptyTextHasNone) { EXPECT_TRUE(parse_archival_references("  ").empty()); }

TEST(NormaliseArchive, SpellingsBecomeOneAcronym) {
  struct Case {
    std::string in, acronym, name;
  };
  const std::vector<Case> cases = {
      {"AP RF", "APRF", kAprf},
      {"APRF", "APRF", kAprf},
      {"AVP RF", "AVPRF", kAvprf},
      {"AVPRF", "AVPRF", kAvprf},
      {"RGASPI", "RGASPI", kRgaspi},
      {"RGANI", "RGANI", kRgani},
      {"TsAMO", "TsAMO", kTsamo},
      {"Archive of the President of the Russian Federation", "APRF", kAprf},
      {"archive of foreign policy of the russian federation", "AVPRF", kAvprf},
      {"PA AA", "PAAA", kPaaa},
      {"PAAA", "PAAA", kPaaa},
      {"SAPMO-BArch", "SAPMO-BArch", kSapmo},
      {"Hungarian National Archives (MOL)", "MOL", kMnl},
      {"MNL OL", "MOL", kMnl},
      {"Archive of the Ministry of Foreign Affairs of Mongolia (MFAM)", "MFAM", kMongoliaMfa},
      {"Archive of the President of the Russian Federation (Presidential Archive)", "APRF", kAprf},
      {"State Archive of the Russian Federation (GARF-X)", "GARF-X", kGarf},
      {"MOL", "MOL", kMnl},
      {"PRC Foreign Ministry Archive", "PRCFMA", kPrcFma},
      {"PRC FMA", "PRCFMA", kPrcFma},
      {"Central Archive of Something (CAS)", "CAS", "Central Archive of Something"},
      {"Regional  Archive of Tomsk", "Regional Archive of Tomsk", "Regional Archive of Tomsk"},
      {"RGASPI.", "RGASPI", kRgaspi},
      {"Vietnam National Archives Center III", "VNA3", kVna3},
      {"Library of Congress", "Library of Congress", kLoc},
      {"National Archives (NA)", "NA", kNa},
      {"Polish National Archives", "Polish National Archives", "Polish National Archives"},
      {"National Archives", "NARA", kNara},
      {"National Archives, Kew", "TNA", kTna},
      {"The National Archives", "TNA", kTna},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.in);
    auto [acronym, name] = normalise_archive(c.in);
    EXPECT_EQ(acronym, c.acronym);
    EXPECT_EQ(name, c.name);
  }
}

TEST(NormaliseArchive, AcronymsMatchLetterCase) {
  // "rgaspi" in running text is not the acronym; an unknown designation is kept as written,
  // and named so.
  auto [acronym, name] = normalise_archive("Rgaspi");
  EXPECT_EQ(acronym, "Rgaspi");
  EXPECT_EQ(name, "Rgaspi");
}

}  // namespace
}  // namespace archtei
