// Writes N synthetic archival pages as plain text, in every layout archtei reads (labelled
// pages, web pages with site chrome, text-first pages with a citation footer, conversation
// records, telegrams), from a seed, so benchmark runs are repeatable.
//
//   archtei_generate_corpus --count N [--seed S] --out DIR
//
// Files go to DIR/<layout>/<NNN>/doc-<i>.txt, at most 100 per folder.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

using Words = std::vector<std::string>;

const Words kPeople = {"Stalin", "Molotov", "Vyshinsky", "Gromyko", "Shtykov", "Kim Il Sung", "Zhou Enlai",
                       "Mao Zedong", "Pak Heon-yeong", "Razuvaev", "Malenkov", "Ri Yeong-ho", "Kurdyukov",
                       "Bulganin", "Mikoyan", "Peng Dehuai", "Ju Yeong-ha", "Rákosi", "Gerő", "Ulbricht"};
const Words kTranslators = {"Gary Goldberg", "Daniel Ferris", "Lu Xiaoming", "Sergey Radchenko", "Kathryn Weathersby",
                            "Charles Kraus", "Anna Bednarz", "Mátyás Kovács", "Chen Weiming", "Nadia Karimova"};
const Words kFunders = {"Leon Levy Foundation", "MacArthur Foundation", "Korea Foundation",
                        "Henry Luce Foundation", "Carnegie Corporation of New York"};
const Words kTypes = {"Ciphered Telegram", "Memorandum", "Letter", "Note", "Report", "Cable", "Telegram"};
const Words kLanguages = {"Russian", "Chinese", "Korean", "Hungarian", "German", "Polish", "Bulgarian"};
const Words kPlaces = {"Pyongyang", "Moscow", "Beijing", "Seoul", "Budapest", "Warsaw", "Berlin", "Panmunjom"};
const Words kMonths = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"};
const Words kSubjects = {"the delegation", "the Ministry", "the Korean side", "the Chinese comrades", "the embassy",
                         "the Central Committee", "the commission", "the command", "our government",
                         "the American side"};
const Words kVerbs = {"considers", "proposes", "reports", "requests", "has agreed", "informs us", "insists",
                      "does not object", "asks for instructions", "has decided"};
const Words kObjects = {"that the negotiations be resumed", "to send a group of specialists",
                        "that the armistice line be fixed", "to postpone the visit",
                        "that grain deliveries be increased", "to publish the communiqué",
                        "to receive the workers for training", "that the question be raised at the Assembly",
                        "to review the draft resolution", "that the prisoners be exchanged"};
const Words kClauses = {"in view of the situation at the front", "after the meeting on the 12th",
                        "as agreed in the previous telegram", "without further delay",
                        "in accordance with the directive", "despite the objections raised earlier",
                        "for the reasons given below", "subject to the approval of Moscow"};
const Words kBrackets = {"[Translator's note: two words illegible]", "[illegible]", "[...]",
                         "[handwritten: Agreed]", "[stamp: Secret]", "[sic]", "[expires]",
                         "[Editor's note: the date is given in the original]", "[crossed out: three words]"};

struct Archive {
  const char* acronym;
  const char* shape;  // which reference form it uses
};
const std::vector<Archive> kArchives = {{"AVPRF", "fond"}, {"RGASPI", "f"},  {"APRF", "fond"},
                                        {"GARF", "f"},     {"RGANI", "fond"}, {"TsAMO", "f"},
                                        {"PRC FMA", "fma"}, {"MOL", "mol"},  {"AAN", "aan"}};

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {}

  std::size_t uniform(std::size_t lo, std::size_t hi) { return std::uniform_int_distribution<std::size_t>(lo, hi)(rng_); }
  const std::string& pick(const Words& w) { return w[uniform(0, w.size() - 1)]; }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }

  std::string date_long() {
    return kMonths[uniform(0, 11)] + " " + std::to_string(uniform(1, 28)) + ", " + std::to_string(uniform(1945, 1962));
  }

  std::string reference() {
    const Archive& a = kArchives[uniform(0, kArchives.size() - 1)];
    std::string acr = a.acronym, shape = a.shape;
    std::string folios = std::to_string(uniform(1, 300));
    if (chance(0.5)) folios += "-" + std::to_string(uniform(301, 400));
    if (shape == "fond")
      return acr + ", Fond " + std::to_string(uniform(1, 999)) + ", Opis " + std::to_string(uniform(1, 80)) +
             (chance(0.3) ? "a" : "") + ", Delo " + std::to_string(uniform(1, 2000)) +
             (chance(0.3) ? ", Papka " + std::to_string(uniform(1, 90)) : "") + ", Listy " + folios;
    if (shape == "f")
      return acr + ", f. " + std::to_string(uniform(1, 999)) + ", op. " + std::to_string(uniform(1, 80)) +
             ", d. " + std::to_string(uniform(1, 2000)) + ", ll. " + folios + (chance(0.2) ? "ob." : "");
    if (shape == "fma") return acr + " " + std::to_string(uniform(100, 119)) + "-0" + std::to_string(uniform(1000, 9999)) + "-0" + std::to_string(uniform(1, 9)) + ", " + folios;
    if (shape == "mol") return acr + " XIX-J-1-j Korea, " + std::to_string(uniform(1, 20)) + ". doboz, " + std::to_string(uniform(1, 999)) + "/" + std::to_string(uniform(1950, 1960));
    return acr + ", KC PZPR, sygn. " + std::to_string(uniform(1, 3000)) + ", k. " + folios;
  }

  std::string credits() {
    std::string t = pick(kTranslators);
    switch (uniform(0, 4)) {
      case 0: return "Translated by " + t + ".";
      case 1: return "Contributed by " + pick(kTranslators) + " and translated by " + t + ".";
      case 2: return "Obtained and translated by " + t + ".";
      case 3: return "Translated by " + t + " and edited by " + pick(kTranslators) + ".";
      default: return "Obtained by " + pick(kTranslators) + " and translated by " + t + ".";
    }
  }

  std::string sentence() {
    std::string s = pick(kSubjects) + " " + pick(kVerbs) + " " + pick(kObjects);
    if (chance(0.5)) s += " " + pick(kClauses);
    if (chance(0.12)) s += " " + pick(kBrackets);
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s + ".";
  }

  std::string paragraph() {
    std::string p;
    for (std::size_t i = 0, n = uniform(1, 6); i < n; ++i) p += (i ? " " : "") + sentence();
    return p;
  }

  // Paragraph counts spread over small, typical and long documents.
  std::size_t body_length() {
    double x = std::lognormal_distribution<double>(2.0, 0.8)(rng_);
    return std::clamp<std::size_t>(static_cast<std::size_t>(x), 1, 120);
  }

  struct Doc {
    std::string type, title, date, citation, summary, language, funder, body;
  };

  Doc document(bool conversation) {
    Doc d;
    std::string a = pick(kPeople), b = pick(kPeople);
    d.type = conversation ? "Record of Conversation" : pick(kTypes);
    d.title = conversation ? d.type + " between " + a + " and " + b : d.type + ", " + a + " to " + b;
    d.date = date_long();
    std::string refs = reference();
    for (std::size_t i = 0, n = uniform(0, 2); i < n; ++i) refs += (i + 1 == n ? " and " : "; ") + reference();
    d.citation = "\"" + d.title + "\", " + d.date + ", Wilson Center Digital Archive, " + refs + ". " + credits();
    d.summary = a + " and " + b + " discuss " + pick(kObjects).substr(3 + uniform(0, 1)) + ".";
    d.language = pick(kLanguages);
    d.funder = pick(kFunders);
    std::size_t n = body_length();
    if (conversation) {
      d.body = "Time: " + d.date + ", " + std::to_string(uniform(9, 18)) + ":00\n\nLocation: " + pick(kPlaces) + "\n\n";
      for (std::size_t i = 0; i < n; ++i) d.body += (i % 2 ? b : a) + ": " + paragraph() + "\n\n";
    } else {
      if (chance(0.6)) d.body += (chance(0.5) ? "Top secret\n\n" : "Strictly secret\n\n");
      if (d.type.find("Telegram") != std::string::npos || d.type == "Cable")
        d.body += "From " + pick(kPlaces) + ", No. " + std::to_string(uniform(100, 9999)) + ". " +
                  std::to_string(uniform(1, 23)) + " hours " + std::to_string(uniform(1, 59)) + " minutes.\n\n";
      d.body += "To Comrade " + b + "\n\n";
      for (std::size_t i = 0; i < n; ++i) d.body += paragraph() + "\n\n";
      d.body += a + "\n\n" + std::to_string(uniform(1, 28)) + " " + kMonths[uniform(0, 11)] + " " +
                std::to_string(uniform(1945, 1962)) + "\n\n";
      if (chance(0.4)) d.body += "Copies: " + pick(kPeople) + ", " + pick(kPeople) + ", " + pick(kPeople) + ".\n\n";
    }
    return d;
  }

  std::string labelled(const Doc& d) {
    return d.date + "\n\n" + d.title + "\n\nCitation:\n\n" + d.citation +
           "\n<https://digitalarchive.wilsoncenter.org/document/" + std::to_string(uniform(100000, 300000)) +
           ">\n\nSummary:\n\n" + d.summary + "\n\nCredits:\n\nThis document was made possible with support from " +
           d.funder + "\n\nOriginal Language:\n\n" + d.language + "\n\nContents:\n\nTranslation - English\n\n" + d.body;
  }

  std::string chrome(const Doc& d) {
    std::string head = "Search in\n\n  \nDigital Archive International History Declassified\n\n   \n";
    std::string foot =
        "\n   \n                About the Archive\n\n      \n  History & Public Policy Program\n\n"
        "  Primary Footer Nav\n\n        People\n\n        Places\n\n        Topics\n\n          To Top\n\n"
        "              History and Public Policy Program\n\n                Woodrow Wilson International Center for "
        "Scholars \n\n          wilsoncenter.org\n\n          Contact Us\n\n          Donate\n\n\n";
    return head + labelled(d) + foot;
  }

  std::string text_first(const Doc& d) {
    return d.body + "Go to Sources & Methods \n\n        Citation\n\n            " + d.title + "\n\n                " +
           d.citation + "\n\n                                      https://digitalarchive.wilsoncenter.org/document/" +
           std::to_string(uniform(100000, 300000)) + "\n\nOriginal Language\n\n" + d.language +
           "\n\n                About Digital Archive\n\n";
  }

 private:
  std::mt19937_64 rng_;
};

int usage() {
  std::cerr << "usage: archtei_generate_corpus --count N [--seed S] --out DIR\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  std::uint64_t seed = 1;
  fs::path out;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--count") count = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--out") out = argv[i + 1];
    else return usage();
  }
  if (count == 0 || out.empty() || argc % 2 == 0) return usage();

  Generator g(seed);
  const char* layouts[] = {"labelled", "chrome", "text-first", "conversation"};
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t layout = i % 4;
    auto doc = g.document(layout == 3 || g.chance(0.1));
    std::string text = layout == 0 || layout == 3 ? g.labelled(doc) : layout == 1 ? g.chrome(doc) : g.text_first(doc);
    if (g.chance(0.1)) {  // Windows line ends, as some copied pages have
      std::string crlf;
      for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
      text = std::move(crlf);
    }
    char folder[32], name[32];
    std::snprintf(folder, sizeof folder, "%03zu", i / 4 / 100);
    std::snprintf(name, sizeof name, "doc-%07zu.txt", i);
    fs::path dir = out / layouts[layout] / folder;
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << text;
    bytes += text.size();
  }
  std::cout << count << " documents, " << bytes << " bytes\n";
  return 0;
}
