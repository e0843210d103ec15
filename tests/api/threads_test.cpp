// The API from many threads at once (run under ThreadSanitizer by scripts/sanitize): every
// fixture converted and validated with one shared Validator on four threads gives what one
// thread gives, and one Document written by four threads at once gives the same each time.
#include <gtest/gtest.h>

#include <archtei/archtei.h>

#include <atomic>
#include <thread>

#include "support/test_files.h"

namespace {

using namespace archtei::api;

struct Outcome {
  std::string tei, jsonld, record;
  bool valid = false;
  std::size_t problems = 0;
};

Outcome run(const std::string& text, const Validator& validator) {
  Outcome o;
  Document doc = Document::read(text, ReadOptions{Format::Text, "input.txt", {}});
  o.tei = doc.to_tei();
  o.jsonld = doc.to_jsonld();
  o.record = doc.record_json();
  ValidationResult v = validator.validate(o.tei, "input.tei.xml");
  o.valid = v.valid;
  o.problems = v.problems.size();
  return o;
}

TEST(ApiThreads, FourThreadsGiveWhatOneGives) {
  std::vector<std::string> texts;
  for (const auto& name : archtei::testing::fixture_cases())
    texts.push_back(archtei::testing::read_file(archtei::testing::fixture_input(name)));
  ASSERT_FALSE(texts.empty());

  const Validator serial_validator;
  std::vector<Outcome> expected;
  for (const auto& t : texts) expected.push_back(run(t, serial_validator));

  // A fresh validator, so the threads race to fill its caches.
  const Validator shared;
  std::vector<Outcome> got(texts.size());
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (std::size_t i = next++; i < texts.size(); i = next++) got[i] = run(texts[i], shared);
    });
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(got[i].tei, expected[i].tei) << i;
    EXPECT_EQ(got[i].jsonld, expected[i].jsonld) << i;
    EXPECT_EQ(got[i].record, expected[i].record) << i;
    EXPECT_EQ(got[i].valid, expected[i].valid) << i;
    EXPECT_EQ(got[i].problems, expected[i].problems) << i;
  }
}

TEST(ApiThreads, OneDocumentWrittenByFourThreadsAtOnce) {
  const Document doc = Document::read(
      archtei::testing::read_file(archtei::testing::fixture_path("bracket-kinds-all") / "input.txt"),
      ReadOptions{Format::Text, "input.txt", {}});
  const std::string tei = doc.to_tei(), jsonld = doc.to_jsonld(), record = doc.record_json();
  std::atomic<int> differing{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i)
        if (doc.to_tei() != tei || doc.to_jsonld() != jsonld || doc.record_json() != record) ++differing;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(differing, 0);
}

}  // namespace
