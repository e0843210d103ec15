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
/// so UTF-8 text stays whole, but for punctuation such as "…" and "“").
struct Word {
  std::string text;
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
  auto flush = [&] {
    if (!w.empty()) out.push_back({std::move(w)});
    w.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (punctuation_at(text, i)) {
      flush();
      i += c == 0xE2 ? 2 : 1;
    } else if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else {
      flush();
    }
  }
  flush();
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

/// `text` without the editorial labels that open a bracket, which the TEI says with an
/// element rather than in words ("[handwritten: Agree]" -> <add type="handwritten">Agree</add>,
/// "[illegible]" -> <gap reason="illegible"/>). Anywhere else they are words.
inline std::string without_bracket_labels(std::string_view text) {
  static const std::vector<std::string_view> kLabels = {"handwritten:", "inserted by hand:", "added by hand:",
                                                         "stamp:", "illegible"};
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] != '[') continue;
    for (std::string_view label : kLabels) {
      if (i + 1 + label.size() > text.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < label.size() && same; ++k)
        same = std::tolower(static_cast<unsigned char>(text[i + 1 + k])) == label[k];
      if (same) {
        i += label.size();
        break;
      }
    }
  }
  return out;
}

/// Compares the document's words with the body's: the first word of `expected` missing from
/// `body` in order, or, when all are there, the words the body has beyond them (prefixed
/// "+"); "" when the two agree. The body's words run together, so a word broken across
/// lines in the input ("communiqu" / "é") matches its mended form. `rest` gets what the
/// body goes on with where they part.
inline std::string compare_words(const std::vector<Word>& expected, const std::vector<Word>& body, std::string* rest = nullptr) {
  std::string stream;
  for (const auto& w : body) stream += w.text;
  std::size_t at = 0;
  for (const auto& w : expected) {
    if (stream.compare(at, w.text.size(), w.text) == 0) {
      at += w.text.size();
      continue;
    }
    if (rest) *rest = stream.substr(at, 60);
    return w.text;
  }
  if (at == stream.size()) return {};
  if (rest) *rest = stream.substr(at, 80);
  return "+" + stream.substr(at, 20);
}

}  // namespace archtei::testing
