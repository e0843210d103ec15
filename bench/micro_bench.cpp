// Google Benchmark micro-benchmarks of the inner stages, per document: text reading,
// citation parsing, TEI writing, JSON-LD writing and validation, over the seed pages.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jsonld/jsonld_writer.h"
#include "tei/tei_writer.h"
#include "text/citation_parser.h"
#include "text/language_id.h"
#include "text/text_reader.h"
#include "validate/validator.h"

namespace {

namespace fs = std::filesystem;

struct Seed {
  std::string name;
  std::string text;
  archtei::Document doc;
  std::string tei;
};

const std::vector<Seed>& seeds() {
  static const std::vector<Seed> all = [] {
    std::vector<Seed> out;
    for (const auto& e : fs::directory_iterator(ARCHTEI_FIXTURES_DIR)) {
      if (!e.path().filename().string().starts_with("seed-")) continue;
      std::ifstream in(e.path() / "input.txt", std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      Seed seed{e.path().filename().string(), s.str(), {}, {}};
      archtei::Diagnostics diags(seed.name);
      seed.doc = archtei::read_text(seed.text, seed.name, diags);
      seed.tei = archtei::write_tei(seed.doc, diags);
      out.push_back(std::move(seed));
    }
    std::sort(out.begin(), out.end(), [](const Seed& a, const Seed& b) { return a.name < b.name; });
    return out;
  }();
  return all;
}

// Every benchmark runs over all seeds per iteration and reports bytes of input text.
std::int64_t text_bytes() {
  std::int64_t n = 0;
  for (const auto& s : seeds()) n += static_cast<std::int64_t>(s.text.size());
  return n;
}

void BM_ReadText(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& s : seeds()) {
      archtei::Diagnostics diags(s.name);
      benchmark::DoNotOptimize(archtei::read_text(s.text, s.name, diags));
    }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(seeds().size()));
  state.SetBytesProcessed(state.iterations() * text_bytes());
}
BENCHMARK(BM_ReadText);

void BM_ParseCitation(benchmark::State& state) {
  std::vector<std::string> citations;
  for (const auto& s : seeds())
    if (!s.doc.metadata.citation.empty()) citations.push_back(s.doc.metadata.citation);
  if (citations.empty()) {
    state.SkipWithError("no seed has a citation");
    return;
  }
  for (auto _ : state)
    for (const auto& c : citations) benchmark::DoNotOptimize(archtei::parse_citation(c));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(citations.size()));
}
BENCHMARK(BM_ParseCitation);

// The language of every paragraph (blank-line separated) of the seed pages, as a reader
// splitting originals from translations would ask it.
void BM_IdentifyLanguage(benchmark::State& state) {
  std::vector<std::string> paragraphs;
  std::int64_t bytes = 0;
  for (const auto& s : seeds()) {
    std::istringstream lines(s.text);
    std::string paragraph;
    for (std::string line; std::getline(lines, line);) {
      if (line.find_first_not_of(" \t\r") != std::string::npos) {
        paragraph += line + "\n";
        continue;
      }
      if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
      paragraph.clear();
    }
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
  }
  for (const auto& p : paragraphs) bytes += static_cast<std::int64_t>(p.size());
  archtei::identify_language("warm the tables up");
  for (auto _ : state)
    for (const auto& p : paragraphs) benchmark::DoNotOptimize(archtei::identify_language(p));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(paragraphs.size()));
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_IdentifyLanguage);

void BM_WriteTei(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& s : seeds()) {
      archtei::Diagnostics diags(s.name);
      benchmark::DoNotOptimize(archtei::write_tei(s.doc, diags));
    }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(seeds().size()));
}
BENCHMARK(BM_WriteTei);

void BM_WriteJsonLd(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& s : seeds()) {
      archtei::Diagnostics diags(s.name);
      benchmark::DoNotOptimize(archtei::write_jsonld(s.doc, diags));
    }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(seeds().size()));
}
BENCHMARK(BM_WriteJsonLd);

void BM_Validate(benchmark::State& state) {
  static const archtei::Validator validator{archtei::ValidationOptions{}};
  for (const auto& s : seeds()) validator.validate(s.tei, s.name);  // schema compiled outside the timing
  for (auto _ : state)
    for (const auto& s : seeds()) benchmark::DoNotOptimize(validator.validate(s.tei, s.name));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(seeds().size()));
}
BENCHMARK(BM_Validate);

}  // namespace

BENCHMARK_MAIN();
