// jsonld.js, the reference JSON-LD 1.1 processor, reads every JSON-LD archtei writes:
// expansion and N-Quads without error and without network access, and the key triples
// (title, translator, funder, holding archive, fond/opis/delo identifiers) are there.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "jsonld/jsonld_writer.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"
#include "test_corpus.h"

namespace archtei {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const std::string kSchema = "https://schema.org/";
const std::string kRico = "https://www.ica.org/standards/RiC/ontology#";
const std::string kArchtei = "https://w3id.org/archtei/ns#";
const std::string kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string kRdfJson = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON";

// Runs `command`, returning its exit status and what it printed (stdout and stderr).
std::pair<int, std::string> run(const std::string& command) {
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return {-1, "popen failed"};
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// The triples jsonld.js produced for one file, as [subject, predicate, object, datatype].
class Quads {
 public:
  explicit Quads(const fs::path& file) {
    for (const auto& row : Json::parse(test::read_bytes(file))) rows_.push_back(row.get<std::array<std::string, 4>>());
  }
  bool has(const std::string& s, const std::string& p, const std::string& o) const {
    for (const auto& r : rows_)
      if (r[0] == s && r[1] == p && r[2] == o) return true;
    return false;
  }
  std::vector<std::string> objects(const std::string& s, const std::string& p) const {
    std::vector<std::string> out;
    for (const auto& r : rows_)
      if (r[0] == s && r[1] == p) out.push_back(r[2]);
    return out;
  }
  std::string datatype(const std::string& s, const std::string& p) const {
    for (const auto& r : rows_)
      if (r[0] == s && r[1] == p) return r[3];
    return {};
  }
  // Some object of (s, p) that itself has (q, value).
  bool has_via(const std::string& s, const std::string& p, const std::string& q, const std::string& value) const {
    for (const auto& o : objects(s, p))
      if (has(o, q, value)) return true;
    return false;
  }

 private:
  std::vector<std::array<std::string, 4>> rows_;
};

// A record set identifier `value` of `type` somewhere up the hierarchy above `subject`.
bool has_record_set_identifier(const Quads& q, const std::string& subject, const std::string& type,
                               const std::string& value) {
  std::vector<std::string> todo = q.objects(subject, kRico + "isOrWasIncludedIn");
  std::set<std::string> seen;
  while (!todo.empty()) {
    std::string set = todo.back();
    todo.pop_back();
    if (!seen.insert(set).second) continue;
    for (const auto& id : q.objects(set, kRico + "hasOrHadIdentifier"))
      if (q.has(id, kRico + "textualValue", value) && q.has(id, kRico + "hasIdentifierType", kArchtei + type))
        return true;
    for (const auto& up : q.objects(set, kRico + "isOrWasIncludedIn")) todo.push_back(up);
  }
  return false;
}

// The key triples for `md` about `subject`.
void expect_key_triples(const Quads& q, const std::string& subject, const Metadata& md) {
  EXPECT_TRUE(q.has(subject, kRdfType, kSchema + "ArchiveComponent"));
  EXPECT_EQ(q.datatype(subject, kArchtei + "tei"), kRdfJson);
  if (!md.title.empty()) {
    EXPECT_TRUE(q.has(subject, kSchema + "name", md.title)) << md.title;
  }
  for (const auto& name : md.translators)
    EXPECT_TRUE(q.has_via(subject, kSchema + "translator", kSchema + "name", name)) << name;
  for (const auto& name : md.funders)
    EXPECT_TRUE(q.has_via(subject, kSchema + "funder", kSchema + "name", name)) << name;
  for (const auto& ref : md.archives) {
    std::string name = ref.archive_name.empty() ? ref.archive : ref.archive_name;
    if (!name.empty()) {
      EXPECT_TRUE(q.has_via(subject, kSchema + "holdingArchive", kSchema + "name", name)) << name;
    }
    for (auto [type, value] : {std::pair{"fond", ref.fond}, {"opis", ref.opis}, {"delo", ref.delo}, {"papka", ref.papka}}) {
      if (!value.empty()) {
        EXPECT_TRUE(has_record_set_identifier(q, subject, type, value)) << type << ' ' << value;
      }
    }
  }
}

Document telegram() {
  Document doc;
  Metadata& m = doc.metadata;
  m.file = "telegram.txt";
  m.title = "Telephone Message via VCh, I. Stalin to Kim Il Sung";
  m.date = "1948-10";
  m.translators = {"Gary Goldberg"};
  m.funders = {"Leon Levy Foundation"};
  m.source_url = "https://digitalarchive.example.org/document/119377";
  ArchivalReference rgaspi{"RGASPI", "Russian State Archive of Socio-Political History", "558", "11", "109", "", "0113", "",
                           "RGASPI, f. 558, op. 11, d. 109, ll. 0113"};
  ArchivalReference aprf{"APRF", "Archive of the President of the Russian Federation", "45", "1", "346", "", "", "",
                         "AP RF, f. 45, op. 1, d. 346"};
  m.archives = {rgaspi, aprf};
  Block p;
  p.inlines = {Inline{InlineKind::Text, "The Soviet government is ready.", {}, {}, {}}};
  doc.body = {p};
  return doc;
}

TEST(JsonLdJs, ExpandsEveryOutputToNQuadsOfflineWithTheKeyTriples) {
  const fs::path tool_dir = ARCHTEI_JSONLD_TEST_DIR;
  auto [node_status, node_version] = run("node --version");
  ASSERT_EQ(node_status, 0) << "node is not installed (Debian: apt-get install nodejs npm): " << node_version;
  ASSERT_TRUE(fs::exists(tool_dir / "node_modules" / "jsonld" / "package.json"))
      << "jsonld.js is not installed; run: npm ci --prefix tests/jsonld --no-audit --no-fund";

  const fs::path dir = fs::temp_directory_path() / ("archtei-jsonld-js-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  struct Output {
    fs::path file;
    Metadata metadata;
    std::string id;
  };
  std::vector<Output> outputs;
  auto add = [&](const Document& doc, const std::string& name) {
    Diagnostics diags(doc.metadata.file);
    std::string jsonld = write_jsonld(doc, diags);
    fs::path file = dir / "in" / (name + ".jsonld");
    std::ofstream(file, std::ios::binary) << jsonld;
    Json j = Json::parse(jsonld);
    XmlDocument tree = parse_xml(write_tei(doc, diags), doc.metadata.file);
    outputs.push_back({file, read_tei_metadata(tree, doc.metadata.file), j.value("@id", "")});
  };
  Document known = telegram();
  add(known, "known-telegram");
  for (const auto& file : test::tei_documents()) {
    Diagnostics diags(file);
    add(read_tei(test::read_bytes(file), file, diags), test::test_name(file));
  }

  std::string command = "node '" + (tool_dir / "jsonld_check.mjs").string() + "' '" + (dir / "out").string() + "'";
  for (const auto& o : outputs) command += " '" + o.file.string() + "'";
  auto [status, printed] = run(command);
  ASSERT_EQ(status, 0) << printed;

  for (const auto& o : outputs) {
    SCOPED_TRACE(o.file.string());
    Quads quads(dir / "out" / (o.file.filename().string() + ".quads.json"));
    ASSERT_FALSE(o.id.empty());
    expect_key_triples(quads, o.id, o.metadata);
  }

  // The hand-made record's values, spelled out, so the check above cannot pass vacuously.
  Quads q(dir / "out" / "known-telegram.jsonld.quads.json");
  const std::string s = "https://digitalarchive.example.org/document/119377";
  EXPECT_TRUE(q.has(s, kSchema + "name", "Telephone Message via VCh, I. Stalin to Kim Il Sung"));
  EXPECT_TRUE(q.has(s, kSchema + "dateCreated", "1948-10"));
  EXPECT_EQ(q.datatype(s, kSchema + "dateCreated"), "http://www.w3.org/2001/XMLSchema#gYearMonth");
  EXPECT_TRUE(q.has_via(s, kSchema + "translator", kSchema + "name", "Gary Goldberg"));
  EXPECT_TRUE(q.has_via(s, kSchema + "funder", kSchema + "name", "Leon Levy Foundation"));
  EXPECT_TRUE(q.has_via(s, kSchema + "holdingArchive", kSchema + "name", "Russian State Archive of Socio-Political History"));
  EXPECT_TRUE(q.has_via(s, kSchema + "holdingArchive", kSchema + "name", "Archive of the President of the Russian Federation"));
  EXPECT_TRUE(has_record_set_identifier(q, s, "fond", "558"));
  EXPECT_TRUE(has_record_set_identifier(q, s, "opis", "11"));
  EXPECT_TRUE(has_record_set_identifier(q, s, "delo", "109"));
  EXPECT_TRUE(has_record_set_identifier(q, s, "fond", "45"));
  EXPECT_TRUE(has_record_set_identifier(q, s, "delo", "346"));
  EXPECT_TRUE(q.has_via(s, kRico + "hasOrHadIdentifier", kRico + "textualValue", "0113"));
  EXPECT_TRUE(q.has(s, kSchema + "url", s));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace archtei
