// Helpers for the body parser's tests: building expected inline trees, turning text into
// source lines, and reading a parsed body back as words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <ostream>

#include "model/body.h"
#include "text/body_text.h"
#include "text/source_text.h"

namespace archtei::test {

inline Inline text(std::string t) {
  Inline i;
  i.kind = InlineKind::Text;
  i.text = std::move(t);
  return i;
}

inline Inline node(InlineKind kind, std::string type, std::vector<Inline> children, std::string t = {}) {
  Inline i;
  i.kind = kind;
  i.type = std::move(type);
  i.children = std::move(children);
  i.text = std::move(t);
  return i;
}

inline Inline leaf(InlineKind kind, std::string t, std::string type = {}) {
  Inline i;
  i.kind = kind;
  i.text = std::move(t);
  i.type = std::move(type);
  return i;
}

/// `inlines` without source positions, so structures can be compared.
inline std::vector<Inline> without_pos(std::vector<Inline> inlines) {
  for (Inline& i : inlines) {
    i.pos = {};
    i.children = without_pos(std::move(i.children));
  }
  return inlines;
}

/// Numbered source lines made directly, for inputs too large to go through the reader.
inline std::vector<SourceLine> numbered_lines(const std::vector<std::string>& texts) {
  std::vector<SourceLine> out;
  for (const std::string& t : texts) out.push_back({t, out.size() + 1, 0});
  return out;
}

/// Numbered source lines of `s`, indentation split off as the reader does.
inline std::vector<SourceLine> lines_of(std::string_view s) { return split_source_lines(s, "test.txt"); }

/// Words are runs of letters and digits; punctuation, dashes and rules are not words.
inline void append_words(std::string_view s, std::vector<std::string>& out) {
  std::string word;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    char32_t c = decode_utf8(s, i, len);
    if (is_letter(c) || is_digit(c) || (c >= 0x300 && c != 0x2014 && c != 0x2013 && c != 0x2026 && c < 0x2000)) {
      word.append(s.substr(i, len));
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
    i += len;
  }
  if (!word.empty()) out.push_back(word);
}

inline void append_words(const std::vector<Inline>& inlines, std::vector<std::string>& out) {
  for (const Inline& i : inlines) {
    // An addition's label ("handwritten:") is carried by its type.
    if (i.kind == InlineKind::Addition) append_words(i.type, out);
    append_words(i.text, out);
    append_words(i.children, out);
  }
}

/// The words of a parsed body in reading order (labels, notes and descriptions included).
inline void append_words(const std::vector<Block>& blocks, std::vector<std::string>& out) {
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::SpeakerTurn || b.kind == BlockKind::ListItem || b.kind == BlockKind::BlockNote)
      append_words(b.label, out);
    if (b.kind == BlockKind::BlockGap || b.kind == BlockKind::BlockPageBreak) append_words(b.text, out);
    append_words(b.inlines, out);
    append_words(b.children, out);
  }
}

inline std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  append_words(s, out);
  return out;
}

inline std::vector<std::string> words_of(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  append_words(blocks, out);
  return out;
}

/// Plain text of inlines: Text nodes only, children included.
inline std::string plain(const std::vector<Inline>& inlines) {
  std::string out;
  for (const Inline& i : inlines) {
    if (i.kind == InlineKind::Text) out += i.text;
    else if (i.kind == InlineKind::LineBreak) out += '\n';
    out += plain(i.children);
  }
  return out;
}

}  // namespace archtei::test

namespace archtei {

// Readable failure messages for inline trees.
inline void PrintTo(const Inline& i, std::ostream* os) {
  static const char* names[] = {"Text", "Note", "Addition", "Gap", "Unclear", "Supplied",
                                "Stamp", "PageBreak", "LineBreak", "NoteRef"};
  *os << names[static_cast<int>(i.kind)] << "(";
  if (!i.type.empty()) *os << "type=" << i.type << " ";
  if (!i.text.empty()) *os << "\"" << i.text << "\"";
  if (!i.children.empty()) {
    *os << " [";
    for (const Inline& c : i.children) {
      PrintTo(c, os);
      *os << " ";
    }
    *os << "]";
  }
  *os << ")";
}

}  // namespace archtei
