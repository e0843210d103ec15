// The agreement corpus: third-party TEI (valid and invalid per jing), the golden fixtures'
// TEI, and generated broken variants, with jing's verdicts computed in the same test run.
#include "agreement_corpus.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "mutants.h"
#include "support/oracle.h"

namespace archtei::testing {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    auto tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

// Corpus documents per MANIFEST.tsv; rows whose jing verdict is n/a are not documents.
std::vector<fs::path> corpus_files() {
  fs::path dir = fs::path(::archtei::testing::shared_dir()) / "tei-corpus";
  std::ifstream manifest(dir / "MANIFEST.tsv");
  if (!manifest) throw std::runtime_error("cannot read " + (dir / "MANIFEST.tsv").string());
  std::string line;
  std::getline(manifest, line);
  auto header = split_tabs(line);
  std::size_t rng_col = 0;
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == "jing_rng") rng_col = i;
  std::vector<fs::path> files;
  while (std::getline(manifest, line)) {
    auto cols = split_tabs(line);
    if (cols.size() <= rng_col || cols[rng_col] == "n/a") continue;
    files.push_back(fs::absolute(dir / cols[0]));
  }
  return files;
}

std::vector<fs::path> golden_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(ARCHTEI_FIXTURES_DIR)) {
    fs::path p = entry.path() / "expected.tei.xml";
    if (fs::exists(p)) files.push_back(fs::absolute(p));
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A TEI document failing exactly one tei_all Schematron rule, with this message.
constexpr const char* kSentinelMessage = "content descendants must be in the namespaces";

std::string sentinel_file() {
  fs::path p = fs::temp_directory_path() / ("archtei-sentinel-" + std::to_string(::getpid()) + ".xml");
  std::ofstream(p, std::ios::binary)
      << "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>s</title>"
         "</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>"
         "</teiHeader><text><body><p><content><x:sentinel xmlns:x=\"urn:archtei-sentinel\"/></content>"
         "</p></body></text></TEI>\n";
  return p.string();
}

}  // namespace

std::string tei_all_rng() { return ::archtei::testing::shared_dir() + "/tei/tei_all.rng"; }
std::string tei_all_isosch() { return ::archtei::testing::shared_dir() + "/tei/tei_all.isosch"; }

const std::vector<AgreementCase>& agreement_cases() {
  static const std::vector<AgreementCase> cases = [] {
    std::vector<AgreementCase> out;
    std::vector<fs::path> corpus = corpus_files();
    for (const auto& p : corpus) out.push_back({p.string(), "corpus", p.string()});
    // Every valid corpus document once more with one Schematron rule broken: the corpus itself
    // passes every rule, so without these a Schematron check that finds nothing would agree.
    fs::path dir = fs::temp_directory_path() / ("archtei-mutants-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::size_t rule = 0;
    for (const auto& p : corpus) {
      const std::string xml = slurp(p);
      // (A copy elsewhere would lose its XInclude targets.)
      if (p.string().find("/valid/") == std::string::npos || xml.find("xi:include") != std::string::npos) continue;
      Mutant m = break_one_schematron_rule(xml, rule++);
      if (m.xml.empty()) continue;
      fs::path broken = dir / ("rule-" + std::to_string(rule) + "-" + m.mutation + ".xml");
      std::ofstream(broken, std::ios::binary) << m.xml;
      out.push_back({broken.string(), "corpus-rule", p.string() + " / " + m.mutation});
    }
    std::vector<fs::path> golden = golden_files();
    for (const auto& p : golden) out.push_back({p.string(), "golden", p.parent_path().filename().string()});

    // Mutants of valid corpus files without XInclude, and of golden files.
    std::vector<fs::path> sources;
    for (const auto& p : corpus)
      if (p.string().find("/valid/") != std::string::npos && slurp(p).find("xi:include") == std::string::npos)
        sources.push_back(p);
    // Every third corpus document keeps the run short while covering every project.
    std::vector<fs::path> picked;
    for (std::size_t i = 0; i < sources.size(); i += 3) picked.push_back(sources[i]);
    // Every fourth golden file: archtei's own TEI shape, without tripling jing's work.
    for (std::size_t i = 0; i < golden.size(); i += 4) picked.push_back(golden[i]);
    int n = 0;
    for (std::size_t i = 0; i < picked.size(); ++i) {
      const fs::path& src = picked[i];
      // jing stops at a file that is not well-formed, costing a restart each: a few suffice.
      for (const auto& m : make_mutants(slurp(src), i % 6 == 0)) {
        fs::path p = dir / (std::to_string(n++) + "-" + m.mutation + ".xml");
        std::ofstream(p, std::ios::binary) << m.xml;
        out.push_back({p.string(), "mutant", src.filename().string() + " / " + m.mutation});
      }
    }
    return out;
  }();
  return cases;
}

const std::map<std::string, bool>& jing_verdicts(const std::string& schema) {
  static std::mutex mutex;
  static std::map<std::string, std::map<std::string, bool>> memo;
  std::lock_guard lock(mutex);
  auto found = memo.find(schema);
  if (found != memo.end()) return found->second;

  // A case gets a verdict only from what jing said about it, never by default: jing that
  // cannot start, stops early or prints nothing makes this throw, failing the test.
  std::map<std::string, bool> verdicts;
  const auto& cases = agreement_cases();
  std::set<std::string> known;
  for (const auto& c : cases) known.insert(c.path);
  // jing takes many files per call. RelaxNG problems come as `path:line:col: error: ...`;
  // Schematron problems come without a path, so for a Schematron schema every case is
  // followed by a sentinel document that fails one known rule, and the problems between two
  // sentinels belong to the case before. A RelaxNG call ends with the sentinel too: its
  // problems prove jing got to the end. jing stops at the first file that is not
  // well-formed (`path:line:col: fatal:`): the files after it go to the next call.
  const bool schematron = schema.size() > 4 && schema.substr(schema.size() - 4) != ".rng";
  const std::string sentinel = sentinel_file();
  std::size_t start = 0;
  while (start < cases.size()) {
    std::string command = "jing " + shell_quote(schema);
    for (std::size_t i = start; i < cases.size(); ++i) {
      command += ' ' + shell_quote(cases[i].path);
      if (schematron) command += ' ' + shell_quote(sentinel);
    }
    if (!schematron) command += ' ' + shell_quote(sentinel);
    const ToolRun run = run_tool(command);
    auto fail = [&](const std::string& what) {
      throw std::runtime_error("jing on " + schema + ": " + what + "\n" + describe(run));
    };
    if (run.status != 1) fail("exit status is not 1, though the sentinel document is invalid");

    std::vector<std::string> lines;
    std::istringstream in(run.out);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::size_t current = start;  // the case a path-less Schematron problem belongs to
    std::size_t sentinels = 0;
    std::set<std::string> invalid;
    std::string fatal_file;
    for (std::size_t l = 0; l < lines.size() && fatal_file.empty(); ++l) {
      const std::string& line = lines[l];
      if (schematron && line.rfind("error:", 0) == 0) {
        bool is_sentinel = l + 1 < lines.size() && lines[l + 1].find(kSentinelMessage) != std::string::npos;
        if (is_sentinel) ++sentinels, ++current;
        else if (current < cases.size()) invalid.insert(cases[current].path);
        else fail("a problem after the last case: " + line);
        continue;
      }
      if (line.empty() || line[0] == ' ' || line[0] == '\t') continue;  // a message's continuation
      bool placed = false;
      for (const char* kind : {": error: ", ": fatal: "}) {
        auto at = line.find(kind);
        if (at == std::string::npos) continue;
        // The path is what precedes ":<line>:<col>".
        std::string head = line.substr(0, at);
        for (int i = 0; i < 3 && !known.count(head) && head != sentinel; ++i) {
          auto colon = head.rfind(':');
          if (colon == std::string::npos) break;
          head = head.substr(0, colon);
        }
        if (head == sentinel) {
          if (!schematron) sentinels = 1;
          placed = true;
          break;
        }
        if (!known.count(head)) break;
        invalid.insert(head);
        placed = true;
        if (std::string(kind) == ": fatal: ") fatal_file = head;
        break;
      }
      if (!placed) fail("a line naming no case: " + line);
    }

    // The cases jing got through in this call, and how many sentinel reports that makes.
    std::size_t end = cases.size();
    if (!fatal_file.empty()) {
      end = start;
      while (end < cases.size() && cases[end].path != fatal_file) ++end;
      if (end == cases.size()) fail("a fatal error for a file that is not a case: " + fatal_file);
    }
    const std::size_t expected_sentinels = schematron ? end - start : (fatal_file.empty() ? 1 : 0);
    if (sentinels != expected_sentinels)
      fail("reported the sentinel " + std::to_string(sentinels) + " times, not " +
           std::to_string(expected_sentinels) + ": it did not check every file");
    for (std::size_t i = start; i < end; ++i) verdicts[cases[i].path] = !invalid.count(cases[i].path);
    if (fatal_file.empty()) break;
    verdicts[fatal_file] = false;
    start = end + 1;
  }
  if (verdicts.size() != cases.size()) throw std::runtime_error("jing gave no verdict for some cases");
  return memo.emplace(schema, std::move(verdicts)).first->second;
}

}  // namespace archtei::testing
