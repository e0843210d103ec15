// Helpers shared by the TEI tests.
#include "tei_test_support.h"

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "support/oracle.h"
#include "tei/tei_writer.h"

namespace archtei::testing {

std::string fragment(const XmlNode& node) {
  XmlDocument doc;
  doc.children.push_back(node);
  std::string out = serialize_xml(doc);
  out.erase(0, out.find('\n') + 1);
  out.pop_back();
  return out;
}

const XmlNode* find_element(const XmlNode& node, const std::string& name) {
  if (node.kind == XmlNodeKind::Element && node.name == name) return &node;
  for (const auto& c : node.children)
    if (const XmlNode* found = find_element(c, name)) return found;
  return nullptr;
}

Metadata full_record() {
  Metadata m;
  m.file = "doc.txt";
  m.title = "Ciphered Telegram, Shtykov to Vyshinsky";
  m.date = "1950-02-07";
  m.document_type = "Ciphered Telegram";
  m.authors = {"Shtykov", "Kim Il Sung"};
  m.recipients = {"Vyshinsky"};
  m.archives = {
      {"APRF", "Archive of the President of the Russian Federation", "", "", "", "", "125-126",
       "Fond and Opis not given", "APRF, Listy 125-126, Fond and Opis not given"},
      {"AVPRF", "Archive of Foreign Policy of the Russian Federation", "059a", "5a", "4", "11",
       "0145-0146", "", "AVP RF, Fond 059a, Opis 5a, Delo 4, Papka 11, Listy 145-146"},
  };
  m.published_sources = {"V.P. Tkachenko, Koreiskii Poluostrov (Moscow, 2000)", "Cold War History 1 (2001)"};
  m.translators = {"Gary Goldberg", "Kathryn Weathersby"};
  m.contributors = {"Sergey Radchenko"};
  m.editors = {"A. Editor", "B. Editor"};
  m.other_credits = {{"obtained by", "Kathryn Weathersby"}, {"transcribed by", "C. Scribe"}};
  m.funders = {"Leon Levy Foundation", "Henry Luce Foundation"};
  m.original_languages = {"Russian", "Korean"};
  m.summary = "Shtykov relays Kim Il Sung's questions & asks for <orders>.";
  m.source_url = "https://digitalarchive.wilsoncenter.org/document/112037?a=1&b=2";
  m.publisher = "Wilson Center Digital Archive";
  m.signers = {"Shtykov"};
  m.speakers = {"Kim Il Sung", "N. S. Khrushchev"};
  m.warnings = {"unplaced credit line: Courtesy of X"};
  m.citation = "\"Ciphered Telegram, Shtykov to Vyshinsky\", February 7, 1950, Wilson Center Digital Archive.";
  return m;
}

Inline text(std::string s) {
  Inline i;
  i.text = std::move(s);
  return i;
}

Inline node(InlineKind kind, std::vector<Inline> children, std::string type, std::string text) {
  Inline i;
  i.kind = kind;
  i.children = std::move(children);
  i.type = std::move(type);
  i.text = std::move(text);
  return i;
}

Block para(std::vector<Inline> inlines) { return block(BlockKind::Paragraph, std::move(inlines)); }

Block block(BlockKind kind, std::vector<Inline> inlines, std::vector<Block> children, std::string type,
            std::string label, std::string text) {
  Block b;
  b.kind = kind;
  b.inlines = std::move(inlines);
  b.children = std::move(children);
  b.type = std::move(type);
  b.label = std::move(label);
  b.text = std::move(text);
  return b;
}

std::string jing_errors(const std::string& schema,
                        const std::vector<std::pair<std::string, std::string>>& named_documents) {
  auto dir = std::filesystem::temp_directory_path() / ("archtei-jing-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::vector<std::string> files;
  for (const auto& [name, xml] : named_documents) {
    files.push_back((dir / (name + ".xml")).string());
    std::ofstream(files.back(), std::ios::binary) << xml;
  }
  std::string report = jing_report(schema, files);
  std::filesystem::remove_all(dir);
  return report;
}

}  // namespace archtei::testing
