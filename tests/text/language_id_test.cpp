// Tests of the language identifier: sentences in the register of archival and diplomatic
// documents, each with the exact tag expected; short, ambiguous and name-laden texts; the
// tables' consistency; and transliterated Russian glosses against English insertions.
#include "text/language_id.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "model/language_names.h"
#include "model/utf8.h"
#include "text/tables.h"
#include "text/writing_script.h"

namespace archtei {
namespace {

struct LanguageCase {
  std::string text;
  std::string tag;
};

void expect_tags(const std::vector<LanguageCase>& cases) {
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(identify_language(c.text).tag, c.tag);
  }
}

TEST(IdentifyLanguage, LatinScriptLanguagesByTheirWords) {
  expect_tags({
      {"The Soviet government has informed the Embassy that it is prepared to discuss the question of "
       "the peace treaty.",
       "en"},
      {"In reply to your telegram of 12 March, we would ask you to convey our position to the Chinese "
       "comrades.",
       "en"},
      {"Die Delegation der Volksrepublik hat sich mit den Vorschlägen der sowjetischen Seite "
       "einverstanden erklärt.",
       "de"},
      {"Es wurde beschlossen, dass die Verhandlungen im nächsten Monat in Berlin fortgesetzt werden.", "de"},
      {"Le gouvernement français a fait savoir qu'il n'est pas en mesure d'accepter les propositions "
       "de l'ambassade.",
       "fr"},
      {"Nous avons l'honneur de vous informer que la délégation arrivera à Paris le 3 juin.", "fr"},
      {"A magyar kormány küldöttsége a tárgyalások során kifejtette, hogy nem fogadja el a javaslatot.",
       "hu"},
      {"Az elvtársak a megbeszélés után azt kérték, hogy a jelentést küldjék meg a Központi "
       "Bizottságnak.",
       "hu"},
      {"Delegacja rządu polskiego oświadczyła, że nie może przyjąć tych warunków bez zgody Biura "
       "Politycznego.",
       "pl"},
      {"Ambasador przekazał notę, w której rząd wyraża gotowość do rozmów w sprawie granicy.", "pl"},
      {"Velvyslanec sdělil, že vláda je připravena zahájit jednání o obchodní smlouvě ještě letos.",
       "cs"},
      {"Ministerstvo zahraničních věcí požádalo, aby zpráva byla předána soudruhům v Moskvě.", "cs"},
      {"Delegația română a declarat că guvernul nu poate accepta propunerile făcute de partea sovietică.",
       "ro"},
      {"În cursul convorbirii, ambasadorul a subliniat că relațiile dintre cele două țări sunt foarte "
       "bune.",
       "ro"},
      {"Il governo italiano ha comunicato all'ambasciata che non è possibile accettare le proposte "
       "della delegazione.",
       "it"},
      {"Durante il colloquio il ministro ha espresso la speranza che i rapporti tra i due paesi "
       "migliorino.",
       "it"},
      {"El gobierno cubano ha informado a la embajada que está dispuesto a firmar el acuerdo "
       "comercial.",
       "es"},
      {"Durante la conversación el embajador subrayó que las relaciones entre los dos países son muy "
       "buenas.",
       "es"},
      {"Đoàn đại biểu Chính phủ Việt Nam đã thông báo cho đại sứ quán về kết quả của cuộc hội đàm.",
       "vi"},
      {"Các đồng chí lãnh đạo đã đồng ý với những đề nghị của phía Liên Xô.", "vi"},
      {"De regering heeft de ambassade laten weten dat zij niet bereid is het voorstel te aanvaarden.",
       "nl"},
      {"Het gesprek met de minister werd in een vriendelijke sfeer gevoerd en duurde twee uur.", "nl"},
      {"Veľvyslanec oznámil, že vláda je pripravená začať rokovania o obchodnej zmluve.", "sk"},
      {"Delegácia sa vrátila do Bratislavy, ale dohoda ešte nebola podpísaná.", "sk"},
      {"Veleposlanik je izjavio da vlada nije spremna prihvatiti prijedlog sovjetske strane.", "hbs"},
      {"Delegacija je stigla u Beograd, ali sporazum još nije potpisan.", "hbs"},
  });
}

TEST(IdentifyLanguage, CyrillicLanguagesByTheirLettersAndWords) {
  expect_tags({
      {"Советское правительство готово рассмотреть вопрос о заключении мирного договора.", "ru"},
      {"Посол сообщил, что делегация прибудет в Пекин в начале следующего месяца.", "ru"},
      {"Уряд Української РСР висловив згоду з пропозиціями, які були надіслані раніше.", "uk"},
      {"Делегація прибула до Києва і провела переговори з представниками міністерства.", "uk"},
      {"Правителството на Народна република България прие предложенията на съветската страна.", "bg"},
      {"Посланикът заяви, че делегацията ще пристигне в София през следващия месец.", "bg"},
      {"Влада Федеративне Народне Републике Југославије није прихватила предлог совјетске владе.", "sr"},
      {"Амбасадор је изјавио да ће делегација доћи у Београд идуће недеље.", "sr"},
      {"Владата на Народна Република Македонија ги прифати предлозите на делегацијата.", "mk"},
      {"Урад Беларускай ССР выказаў згоду з прапановамі, якія былі дасланы раней.", "be"},
      {"Монгол Ардын Нам болон засгийн газрын төлөөлөгчид хэлэлцээр хийсэн байна.", "mn"},
  });
}

TEST(IdentifyLanguage, ScriptsOfOneLanguage) {
  expect_tags({
      {"中华人民共和国政府同意派遣代表团前往莫斯科。", "zh"},
      {"朝鲜民主主义人民共和国", "zh"},
      {"조선민주주의인민공화국 정부는 이 제안에 동의하였다.", "ko"},
      {"政府는 이 問題에 대하여 協議하였다.", "ko"},
      {"日本政府は、この提案に同意しないと述べた。", "ja"},
      {"Η κυβέρνηση της Ελλάδας δέχθηκε την πρόταση.", "el"},
      {"הממשלה החליטה לשלוח משלחת למוסקבה.", "he"},
      {"قررت الحكومة إرسال وفد إلى موسكو.", "ar"},
      {"საქართველოს მთავრობამ მიიღო გადაწყვეტილება.", "ka"},
      {"Հայաստանի կառավարությունը ընդունեց որոշումը։", "hy"},
      {"รัฐบาลได้ตัดสินใจส่งคณะผู้แทน", "th"},
      {"सरकार ने प्रतिनिधिमंडल भेजने का निर्णय लिया।", "hi"},
      {"ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ", "mn"},
  });
}

TEST(IdentifyLanguage, ScriptIsThatOfMostLetters) {
  EXPECT_EQ(identify_language("The delegation arrived.").script, "Latn");
  EXPECT_EQ(identify_language("Делегация прибыла.").script, "Cyrl");
  EXPECT_EQ(identify_language("中华人民共和国").script, "Hani");
  EXPECT_EQ(identify_language("조선민주주의인민공화국").script, "Hang");
  EXPECT_EQ(identify_language("政府는 이 問題에 대하여").script, "Kore");
  EXPECT_EQ(identify_language("日本政府は、この提案に同意しない").script, "Jpan");
  EXPECT_EQ(identify_language("Η κυβέρνηση").script, "Grek");
  EXPECT_EQ(identify_language("1950, 25-26 (3)").script, "");
  EXPECT_EQ(script_of("Правительство (Moscow)"), "Cyrl");
  EXPECT_EQ(script_of_letter(U'ő'), "Latn");
  EXPECT_EQ(script_of_letter(U'5'), "");
  EXPECT_EQ(script_of_letter(U'。'), "");
}

TEST(IdentifyLanguage, TooShortOrUnclearGivesNoTag) {
  expect_tags({
      {"", ""},
      {"   ", ""},
      {"25 June 1950", ""},
      {"1950-06-25", ""},
      {"No. 124", ""},
      {"Kim Il Sung", ""},
      {"Comrade Zhou Enlai", ""},
      {"Pak Heon-yeong", ""},
      {"Saint Petersburg, Russian Federation.", ""},
      {"[the situation]", ""},
      {"Top Secret", ""},
      {"Москва", ""},
      {"ф. 5, оп. 28, д. 103, л. 12", ""},
      {"f. 0100, op. 43, d. 10, p. 302", ""},
      {"a", ""},
      {"中", ""},
      {"!!! ??? ...", ""},
  });
}

TEST(IdentifyLanguage, EnglishFullOfForeignNamesStaysEnglish) {
  expect_tags({
      {"Kim Il Sung told Comrade Zhou Enlai that the Korean People's Army was ready to attack.", "en"},
      {"Pak Heon-yeong and Kim Tu-bong were present at the meeting with Ambassador Shtykov.", "en"},
      {"On 3 April Gomułka, Ochab and Cyrankiewicz received the Soviet delegation in Łódź.", "en"},
      {"Rákosi and Gerő informed Comrade Mikoyan that the Hungarian Central Committee had met.", "en"},
      {"Le Duan and Pham Van Dong spoke with Mao Zedong and Liu Shaoqi about the situation in the "
       "South.",
       "en"},
      {"Comrade Kim Il Sung said that he would like to visit Moscow in the near future.", "en"},
  });
}

TEST(IdentifyLanguage, InitialsAndArchivalAbbreviationsDoNotVote) {
  expect_tags({
      // "S." and "V." would be Czech prepositions, "op" Dutch, if they voted.
      {"Also present: Cdes. Yu. V. Andropov, M. S. Gorbachev, V. V. Grishin, A. A. Gromyko.", ""},
      {"reviewed by Cde. N. S. Khrushchev", ""},
      {"Archive of Foreign Policy, Russian Federation (AVP RF), f. 0100, op. 43, d. 10, p. 302", ""},
      {"K. U. CHERNENKO presiding.", ""},
      // The "й" of "4-й" is an ordinal's ending, not the Ukrainian "and".
      {"Слева от 4-й строки надписи.", "ru"},
      // The "s" of a possessive is not the Czech "s".
      {"Oxford, St. Mildred's parish", ""},
  });
}

TEST(IdentifyLanguage, DistinctiveLetterSequences) {
  expect_tags({
      // Bulgarian "ъ" before a consonant; Russian writes it only before е ё ю я.
      {"Във връзка с това съобщаваме следното.", "bg"},
      {"Объявление о съезде партии.", "ru"},
      // Belarusian "дз" and the apostrophe inside a word, Ukrainian too.
      {"Дзяржаўная камісія разгледзела пытанне.", "be"},
      {"Прив’язка до м’ясокомбінату.", "uk"},
  });
}

TEST(IdentifyLanguage, HanOutweighsLatinLettersOfCommandsAndNames) {
  // One Han character writes what takes about three Latin letters.
  EXPECT_EQ(identify_language("如果您真的要这样做，请使用 deluser 命令").tag, "zh");
  EXPECT_EQ(identify_language("使用法: [OPTION]... または: [OPTION]...").tag, "ja");
  EXPECT_EQ(identify_language("Usage: [OPTION]... [FILE]... 使用").script, "Latn");
}

TEST(IdentifyLanguage, CapitalsAreNotNamesInTextWrittenInCapitals) {
  expect_tags({
      {"TOP SECRET. THE AMBASSADOR WILL ARRIVE IN PEKING ON THE MORNING OF 5 JULY.", "en"},
      {"СОВЕРШЕННО СЕКРЕТНО. ПОСОЛ ПРИБУДЕТ В ПЕКИН УТРОМ 5 ИЮЛЯ.", "ru"},
  });
}

TEST(IdentifyLanguage, CyrillicWithoutEvidenceIsRussian) {
  expect_tags({
      {"Совершенно секретно", "ru"},
      {"Экземпляр единственный", "ru"},
  });
  EXPECT_LT(identify_language("Совершенно секретно").confidence, 0.5);
  EXPECT_GT(identify_language("Посол сообщил, что делегация прибудет в Пекин в начале следующего месяца.").confidence,
            0.4);
}

TEST(IdentifyLanguage, ConfidenceGrowsWithEvidence) {
  const LanguageGuess short_text = identify_language("This is what the Ambassador said.");
  const LanguageGuess long_text = identify_language(
      "This is what the Ambassador said to the Minister when they met on the evening of the third, and "
      "it was also what he had told the Chinese comrades before the meeting was over.");
  EXPECT_EQ(short_text.tag, "en");
  EXPECT_EQ(long_text.tag, "en");
  EXPECT_GT(long_text.confidence, short_text.confidence);
  EXPECT_LE(long_text.confidence, 1.0);
  EXPECT_EQ(identify_language("Kim Il Sung").confidence, 0);
}

TEST(IdentifyLanguage, TransliteratedRussianProseIsRuLatn) {
  expect_tags({
      {"pristupit' k obiedineniiu vsekh revoliutsionnykh sil", "ru-Latn"},
      {"on skazal, chto ikh pravitel'stvo ne mozhet soglasit'sia s etim predlozheniem", "ru-Latn"},
  });
}

TEST(IdentifyLanguage, AnyBytesAreAccepted) {
  // Every byte value, truncated and overlong sequences, lone surrogates, and a stream of
  // pseudo-random bytes: the guess is a tag the tables know or "".
  std::string all_bytes;
  for (int b = 0; b < 256; ++b) all_bytes += static_cast<char>(b);
  std::vector<std::string> inputs = {all_bytes,
                                     "\xD0",
                                     "\xE4\xB8",
                                     "\xC0\xAF the of and",
                                     "\xED\xA0\x80\xED\xB0\x80",
                                     "\xF4\x90\x80\x80 word",
                                     "Посол \xFF\xFE сообщил, что делегация",
                                     std::string(10000, 'a'),
                                     std::string(3000, '\'') + "x"};
  std::uint32_t state = 12345;
  for (int n = 0; n < 200; ++n) {
    std::string bytes;
    for (int k = 0; k < 300; ++k) {
      state = state * 1664525u + 1013904223u;
      bytes += static_cast<char>(state >> 24);
    }
    inputs.push_back(bytes);
  }
  std::set<std::string> known = {""};
  for (const TableRow& row : table("language_words")) known.insert(row[0]);
  for (const TableRow& row : table("scripts"))
    if (row[3] != "-") known.insert(row[3]);
  known.insert({"ja", "ko", "ru-Latn"});
  for (const std::string& input : inputs) {
    LanguageGuess guess = identify_language(input);
    EXPECT_TRUE(known.count(guess.tag)) << guess.tag;
    EXPECT_GE(guess.confidence, 0);
    EXPECT_LE(guess.confidence, 1);
    reads_as_transliterated_russian(input);
  }
}

TEST(LanguageTables, EveryTagIsALanguageTheModelCanName) {
  for (const TableRow& row : table("language_words")) {
    SCOPED_TRACE(row[0]);
    EXPECT_NE(language_name(row[0]), "");
  }
  for (const TableRow& row : table("scripts")) {
    SCOPED_TRACE(row[0] + " " + row[1]);
    if (row[3] != "-") {
      EXPECT_NE(language_name(row[3]), "");
    }
  }
}

TEST(LanguageTables, EveryFunctionWordIsLowerCaseAndOfItsScript) {
  for (const TableRow& row : table("language_words")) {
    SCOPED_TRACE(row[0]);
    std::string words = row[2];
    std::size_t start = 0;
    while (start < words.size()) {
      std::size_t end = words.find(' ', start);
      if (end == std::string::npos) end = words.size();
      std::string word = words.substr(start, end - start);
      start = end + 1;
      if (word.empty()) continue;
      SCOPED_TRACE(word);
      std::string letters = word.front() == '-' ? word.substr(1) : word;
      EXPECT_EQ(script_of(letters), row[1]);
      for (std::size_t i = 0; i < letters.size();) {
        Utf8Char ch = read_utf8(letters, i);
        ASSERT_TRUE(ch.valid);
        EXPECT_FALSE(is_upper_case_letter(ch.code_point));
        i += ch.length;
      }
    }
  }
}

TEST(LanguageTables, TransliterationPatternsAreLowerCaseLatinLetters) {
  for (const TableRow& row : table("transliteration")) {
    SCOPED_TRACE(row[1]);
    ASSERT_EQ(row.size(), 3u);
    EXPECT_TRUE(row[0] == "ru" || row[0] == "other");
    std::string letters = row[1];
    if (!letters.empty() && letters.front() == '^') letters.erase(0, 1);
    if (!letters.empty() && letters.back() == '$') letters.pop_back();
    EXPECT_FALSE(letters.empty());
    for (char c : letters) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '\'' || c == '-') << c;
    EXPECT_GT(std::stod(row[2]), 0);
  }
}

struct TransliterationCase {
  std::string text;
  bool russian;
};

TEST(ReadsAsTransliteratedRussian, GlossesOfTheOriginal) {
  const std::vector<TransliterationCase> cases = {
      {"u nas", true},
      {"opis'", true},
      {"opis’", true},
      {"programmy", true},
      {"aviaboiazn'", true},
      {"pristupit k obiednineniiu", true},
      {"pristupit k obiedineniiu", true},
      {"kantselyarsky nomer", true},
      {"po-russki", true},
      {"tovarishch", true},
      {"kolkhoznikov", true},
      {"po linii", true},
      {"Ob obiedinenii", true},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(reads_as_transliterated_russian(c.text), c.russian);
  }
}

TEST(ReadsAsTransliteratedRussian, NotEnglishInsertionsOrOtherRomanisations) {
  const std::vector<TransliterationCase> cases = {
      {"Stalin", false},
      {"the situation", false},
      {"Ministry of Foreign Affairs", false},
      {"sic", false},
      {"illegible", false},
      {"expires", false},
      {"North", false},
      {"Zhou Enlai", false},
      {"Pak Hon Yong", false},
      {"Kim Kwang Hyop", false},
      {"workers'", false},
      {"the party's line", false},
      {"'the party'", false},
      {"ob das Paket installiert ist", false},
      {"Ce n'est pas vrai", false},
      {"un'altezza non valida", false},
      {"army", false},
      {"signature", false},
      {"handwritten", false},
      {"?", false},
      {"1950", false},
      {"", false},
      {"zhongyang", false},
      {"w sprawie", false},
      {"v případě", false},
      {"Москва", false},
      {"i", false},
      {"and", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(reads_as_transliterated_russian(c.text), c.russian);
  }
}

}  // namespace
}  // namespace archtei
