// Helpers for the body parser's tests: building expected inline trees, turning text into
// source lines, and reading a parsed body back as words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/body.h"
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

/// Numbered source lines of `s`, indentation split off as the reader does.
inline std::vector<SourceLine> lines_of(std::string_view s) { return split_source_lines(s, "test.txt"); }

inline void append_words(std::string_view s, std::vector<std::string>& out) {
  std::string word;
  for (char c : s) {
    bool part = (c & 0x80) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (part) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
}

inline void append_words(const std::vector<Inline>& inlines, std::vector<std::string>& out) {
  for (const Inline& i : inlines) {
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
