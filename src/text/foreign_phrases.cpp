// Inlines of a paragraph -> the same, with its foreign phrases marked.
#include "text/foreign_phrases.h"

#include "model/utf8.h"
#include "text/language_id.h"

namespace archtei {
namespace {

bool is_latin_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

// A letter of another script than Latin: Greek, Cyrillic, Armenian, Hebrew, Arabic and the
// scripts after them, CJK, Hangul, kana.
bool is_other_letter(char32_t c) {
  return (c >= 0x370 && c <= 0x1DFF && !(c >= 0x1AB0 && c <= 0x1AFF)) || (c >= 0x2E80 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

struct Span {
  std::size_t begin, end;  // bytes
};

// Runs of another script in `s`: from its first letter to its last, across the spaces and
// punctuation between its words, never across a Latin letter.
std::vector<Span> other_script_runs(std::string_view s) {
  std::vector<Span> out;
  std::size_t run_begin = std::string_view::npos, run_end = 0;
  for (std::size_t i = 0; i < s.size();) {
    Utf8Char ch = read_utf8(s, i);
    std::size_t len = ch.length ? ch.length : 1;
    char32_t c = ch.length ? ch.code_point : 0xFFFD;
    if (is_other_letter(c)) {
      if (run_begin == std::string_view::npos) run_begin = i;
      run_end = i + len;
    } else if (is_latin_letter(c) || (c >= '0' && c <= '9')) {
      if (run_begin != std::string_view::npos) out.push_back({run_begin, run_end});
      run_begin = std::string_view::npos;
    }
    i += len;
  }
  if (run_begin != std::string_view::npos) out.push_back({run_begin, run_end});
  return out;
}

std::string plain_text(const std::vector<Inline>& items) {
  std::string out;
  for (const auto& i : items) {
    if (i.kind != InlineKind::Text) return {};
    out += i.text;
  }
  return out;
}

void mark(std::vector<Inline>& items) {
  std::vector<Inline> out;
  for (auto& item : items) {
    if (item.kind == InlineKind::Supplied) {
      // "[pristupit k obiednineniiu]": the translator gives the original's words.
      std::string gloss = item.children.empty() ? item.text : plain_text(item.children);
      if (!gloss.empty() && reads_as_transliterated_russian(gloss)) {
        Inline foreign{InlineKind::Foreign, {}, "ru-Latn", {}, item.pos};
        if (item.children.empty()) foreign.children.push_back(Inline{InlineKind::Text, item.text, {}, {}, item.pos});
        else foreign.children = std::move(item.children);
        item.children = {std::move(foreign)};
        item.text.clear();
        out.push_back(std::move(item));
        continue;
      }
    }
    if (item.kind != InlineKind::Text) {
      mark(item.children);
      out.push_back(std::move(item));
      continue;
    }
    std::size_t done = 0;
    for (const Span& run : other_script_runs(item.text)) {
      std::string_view words = std::string_view(item.text).substr(run.begin, run.end - run.begin);
      std::string tag = identify_language(words).tag;
      if (tag.empty()) continue;
      if (run.begin > done) out.push_back(Inline{InlineKind::Text, item.text.substr(done, run.begin - done), {}, {}, item.pos});
      Inline foreign{InlineKind::Foreign, {}, tag, {}, item.pos};
      foreign.children.push_back(Inline{InlineKind::Text, std::string(words), {}, {}, item.pos});
      out.push_back(std::move(foreign));
      done = run.end;
    }
    if (done == 0) {
      out.push_back(std::move(item));
    } else if (done < item.text.size()) {
      out.push_back(Inline{InlineKind::Text, item.text.substr(done), {}, {}, item.pos});
    }
  }
  items = std::move(out);
}

}  // namespace

void mark_foreign_phrases(std::vector<Inline>& inlines) { mark(inlines); }

}  // namespace archtei
