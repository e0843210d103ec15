// The real pages of ../shared/wcda-pages/ cut off shorter still, as a download or a copy cuts
// a page: no page may fail, and what stands before the cut must still be read. Each value
// of a page's record whose every source span (read_text_traced) ends well before the cut is
// expected in the record of the cut page. Speakers are left out: they are known by their
// turns recurring, which a cut takes away.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "support/real_pages.h"
#include "support/test_files.h"
#include "text/text_reader.h"

namespace archtei {
namespace {

using testing::read_file;

// Where the pages are cut, in bytes, and how far before the cut a value must end to count.
constexpr std::size_t kCuts[] = {1000, 1400, 1700};
constexpr std::size_t kMargin = 150;
constexpr double kMinShareKept = 0.99;

// `text` cut at `bytes`, backed off to the start of a UTF-8 character.
std::string cut_at(const std::string& text, std::size_t bytes) {
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes);
}

bool ends_before(const Spans& spans, std::size_t limit) {
  if (spans.empty()) return false;
  for (const SourceSpan& s : spans)
    if (s.offset + s.length > limit) return false;
  return true;
}

struct Value {
  std::string field;
  std::string value;
  const Spans* spans;
};

// The record's single values and list values, each with its spans.
std::vector<Value> values_of(const Metadata& m, const RecordSpans& s) {
  std::vector<Value> out;
  auto one = [&](const char* field, const std::string& v, const Spans& sp) {
    if (!v.empty()) out.push_back({field, v, &sp});
  };
  auto list = [&](const char* field, const std::vector<std::string>& vs, const std::vector<Spans>& sp) {
    for (std::size_t i = 0; i < vs.size() && i < sp.size(); ++i) out.push_back({field, vs[i], &sp[i]});
  };
  one("title", m.title, s.title);
  one("date", m.date, s.date);
  one("document_type", m.document_type, s.document_type);
  one("summary", m.summary, s.summary);
  one("source_url", m.source_url, s.source_url);
  one("publisher", m.publisher, s.publisher);
  list("authors", m.authors, s.authors);
  list("recipients", m.recipients, s.recipients);
  list("translators", m.translators, s.translators);
  list("contributors", m.contributors, s.contributors);
  list("editors", m.editors, s.editors);
  list("funders", m.funders, s.funders);
  list("original_languages", m.original_languages, s.original_languages);
  list("signers", m.signers, s.signers);
  return out;
}

bool has_value(const Metadata& m, const Value& v) {
  auto in = [&](const std::vector<std::string>& vs) {
    for (const auto& x : vs)
      if (x == v.value) return true;
    return false;
  };
  if (v.field == "title") return m.title == v.value;
  if (v.field == "date") return m.date == v.value;
  if (v.field == "document_type") return m.document_type == v.value;
  if (v.field == "summary") return m.summary == v.value;
  if (v.field == "source_url") return m.source_url == v.value;
  if (v.field == "publisher") return m.publisher == v.value;
  if (v.field == "authors") return in(m.authors);
  if (v.field == "recipients") return in(m.recipients);
  if (v.field == "translators") return in(m.translators);
  if (v.field == "contributors") return in(m.contributors);
  if (v.field == "editors") return in(m.editors);
  if (v.field == "funders") return in(m.funders);
  if (v.field == "original_languages") return in(m.original_languages);
  if (v.field == "signers") return in(m.signers);
  return false;
}

TEST(TruncatedPages, WhatStandsBeforeTheCutIsStillRead) {
  std::size_t checked = 0, kept = 0;
  std::string lost;
  for (const auto& page : testing::real_pages()) {
    const std::string text = read_file(page.input);
    Diagnostics diags(page.name + ".txt");
    const Document full = read_text_traced(text, page.name + ".txt", diags);
    for (std::size_t cut : kCuts) {
      if (cut + kMargin >= text.size()) continue;
      const std::string part = cut_at(text, cut);
      Diagnostics cut_diags(page.name + ".txt");
      Document got;
      ASSERT_NO_THROW(got = read_text(part, page.name + ".txt", cut_diags)) << page.name << " cut at " << cut;
      for (const Value& v : values_of(full.metadata, full.spans)) {
        if (!ends_before(*v.spans, part.size() - kMargin)) continue;
        ++checked;
        if (has_value(got.metadata, v)) ++kept;
        else lost += "\n  " + page.name + " cut at " + std::to_string(cut) + ": " + v.field + " '" + v.value + "'";
      }
    }
  }
  std::printf("values before the cut: %zu, kept: %zu%s\n", checked, kept, lost.c_str());
  EXPECT_GE(checked, 1000u);
  EXPECT_GE(static_cast<double>(kept) / static_cast<double>(checked), kMinShareKept) << lost;
}

}  // namespace
}  // namespace archtei
