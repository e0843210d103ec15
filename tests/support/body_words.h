// The words of a page and of a TEI body, for tests that check the body keeps every word of
// the document's text in order.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "model/xml_tree.h"

namespace archtei::testing {

/// One word of a text: lower-cased letters and digits (any byte >= 0x80 counts as a letter,
/// so UTF-8 text stays whole, but for punctuation such as "…" and "“"). `after_bracket` says the word is among the first of a "[...]".
struct Word {
  std::string text;
  bool after_bracket = false;
};

// Punctuation outside ASCII ("…", "“", "—", "«"): U+2000-U+206F and the Latin-1 marks.
inline bool punctuation_at(std::string_view text, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  if (i + 2 < text.size() && b(i) == 0xE2 && b(i + 1) >= 0x80 && b(i + 1) <= 0x81) return true;
  if (i + 1 < text.size() && b(i) == 0xC2 && (b(i + 1) == 0xAB || b(i + 1) == 0xBB || b(i + 1) == 0xA0)) return true;
  return false;
}

inline std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> out;
  std::string w;
  bool in_bracket_head = false;  // since a "[", before any other punctuation
  bool word_after_bracket = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (punctuation_at(text, i)) {
      if (!w.empty()) {
        out.push_back({std::move(w), word_after_bracket});
        w.clear();
      }
      in_bracket_head = false;
      i += c == 0xE2 ? 2 : 1;
      continue;
    }
    if (std::isalnum(c) || c >= 0x80) {
      if (w.empty()) word_after_bracket = in_bracket_head;
      w += static_cast<char>(std::tolower(c));
      continue;
    }
    if (!w.empty()) {
      out.push_back({std::move(w), word_after_bracket});
      w.clear();
    }
    if (c == '[') in_bracket_head = true;
    else if (c != ' ' && c != '-') in_bracket_head = false;
  }
  if (!w.empty()) out.push_back({w, word_after_bracket});
  return out;
}

/// The text of `node` in document order. List labels, page numbers and note numbers are
/// attributes in TEI (item/@n, pb/@n, note/@n), so their values count where the element stands.
inline void collect_body_text(const XmlNode& node, std::string& out) {
  if (node.kind == XmlNodeKind::Text || node.kind == XmlNodeKind::CData) out += node.value + ' ';
  if (node.kind == XmlNodeKind::Element && (node.name == "item" || node.name == "pb" || node.name == "note"))
    for (const auto& a : node.attributes)
      if (a.name == "n") out += a.value + ' ';
  for (const auto& c : node.children) collect_body_text(c, out);
}

inline const XmlNode* find_element(const XmlNode& node, std::string_view name) {
  if (node.kind == XmlNodeKind::Element && node.name == name) return &node;
  for (const auto& c : node.children)
    if (const XmlNode* f = find_element(c, name)) return f;
  return nullptr;
}

/// Editorial labels the TEI says with an element, not words ("[handwritten: ...]" -> add,
/// "[illegible]" -> gap): only at the head of a bracket may such a word be missing.
inline bool is_bracket_label_word(const Word& w) {
  if (!w.after_bracket) return false;
  for (std::string_view label : {"handwritten", "handwriting", "hand", "written", "by", "inserted", "added", "typed",
                                  "illegible", "unreadable", "indecipherable", "stamp", "seal", "sic"})
    if (w.text == label) return true;
  return false;
}

/// The first word of `expected` that is missing from `body` in order ("" when all are
/// there): the body's words run together, so a word broken across lines in the input
/// ("communiqu" / "é") matches its mended form. `rest` gets what the body goes on with.
inline std::string first_missing_word(const std::vector<Word>& expected, const std::vector<Word>& body,
                                      std::string* rest = nullptr) {
  std::string stream;
  for (const auto& w : body) stream += w.text;
  std::size_t at = 0;
  for (const auto& w : expected) {
    if (stream.compare(at, w.text.size(), w.text) == 0) {
      at += w.text.size();
      continue;
    }
    if (is_bracket_label_word(w)) continue;
    if (rest) *rest = stream.substr(at, 60);
    return w.text;
  }
  return {};
}

}  // namespace archtei::testing
