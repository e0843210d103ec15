// Paragraph text -> inline nodes. Brackets are matched in one pass with an explicit stack,
// so nesting depth costs no C++ stack; interpretation recurses at most kMaxDepth levels.
#include "text/inline_parser.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "text/body_parser.h"
#include "text/bracket_kinds.h"
#include "text/footnote_detector.h"

namespace archtei {
namespace {

constexpr int kMaxDepth = 64;

class InlineBuilder {
 public:
  InlineBuilder(std::string_view text, const PositionMap& positions, const std::vector<NoteMarker>& markers,
                InlineReport* report)
      : text_(text), positions_(positions), markers_(markers), report_(report) {
    match_brackets();
  }

  std::vector<Inline> run() {
    std::vector<Inline> out;
    parse_range(0, text_.size(), 0, out);
    return out;
  }

 private:
  void match_brackets() {
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] == '[') {
        stack.push_back(i);
      } else if (text_[i] == ']') {
        if (stack.empty()) {
          note_unbalanced(i);
        } else {
          pairs_.emplace_back(stack.back(), i);
          stack.pop_back();
        }
      }
    }
    if (!stack.empty()) note_unbalanced(stack.front());
    std::sort(pairs_.begin(), pairs_.end());
  }

  void note_unbalanced(std::size_t offset) {
    if (report_ && !report_->unbalanced) {
      report_->unbalanced = true;
      report_->first_unbalanced = positions_.at(offset);
    }
  }

  // The "]" matching the "[" at `open`, or npos when it has none.
  std::size_t close_of(std::size_t open) const {
    auto it = std::lower_bound(pairs_.begin(), pairs_.end(), std::make_pair(open, std::size_t{0}));
    return it != pairs_.end() && it->first == open ? it->second : std::string_view::npos;
  }

  const NoteMarker* marker_named(std::string_view m) const {
    for (const NoteMarker& nm : markers_)
      if (nm.marker == m) return &nm;
    return nullptr;
  }

  void add_text(std::size_t begin, std::size_t end, std::vector<Inline>& out) {
    if (begin >= end) return;
    if (!out.empty() && out.back().kind == InlineKind::Text && last_text_end_ == begin) {
      out.back().text.append(text_.substr(begin, end - begin));
    } else {
      Inline t;
      t.kind = InlineKind::Text;
      t.text = std::string(text_.substr(begin, end - begin));
      t.pos = positions_.at(begin);
      out.push_back(std::move(t));
    }
    last_text_end_ = end;
  }

  // A reference to note `nm`, its marker written at `at`.
  void add_note_ref(const NoteMarker& nm, std::size_t at, std::vector<Inline>& out) {
    Inline ref;
    ref.kind = InlineKind::NoteRef;
    ref.text = nm.marker;
    ref.type = nm.id;
    ref.pos = positions_.at(at);
    out.push_back(std::move(ref));
  }

  // Plain text with line breaks and footnote markers.
  void plain(std::size_t begin, std::size_t end, std::vector<Inline>& out) {
    std::size_t run = begin;
    for (std::size_t i = begin; i < end; ++i) {
      char c = text_[i];
      if (c == '\n') {
        add_text(run, i, out);
        Inline br;
        br.kind = InlineKind::LineBreak;
        br.pos = positions_.at(i);
        out.push_back(std::move(br));
        run = i + 1;
        continue;
      }
      if (!markers_.empty() && std::isdigit(static_cast<unsigned char>(c)) &&
          (i == begin || !std::isdigit(static_cast<unsigned char>(text_[i - 1])))) {
        // "personality.1": a bare number glued to the text refers to a note so numbered.
        std::size_t stop = i;
        while (stop < end && std::isdigit(static_cast<unsigned char>(text_[stop]))) ++stop;
        const NoteMarker* nm = marker_named(text_.substr(i, stop - i));
        if (nm && is_bare_number_marker(nm->marker) && is_bare_number_reference(text_, i, stop)) {
          add_text(run, i, out);
          add_note_ref(*nm, i, out);
          run = stop;
        }
        i = stop - 1;
        continue;
      }
      if (markers_.empty() || (c != '/' && c != '*')) continue;
      std::size_t start = i;
      std::size_t stop = i + 1;
      const NoteMarker* nm = nullptr;
      if (c == '/') {
        // "x/", "12/": one to three letters or digits before the slash.
        for (std::size_t k = 1; k <= 3 && k <= i - begin && !nm; ++k) {
          if (!std::isalnum(static_cast<unsigned char>(text_[i - k]))) break;
          const NoteMarker* cand = marker_named(text_.substr(i - k, k + 1));
          if (!cand) continue;
          bool digits = std::isdigit(static_cast<unsigned char>(text_[i - k]));
          char before = i - k > begin ? text_[i - k - 1] : ' ';
          // A letter marker must not be glued to a word ("and/or"); a digit marker may be
          // ("Stalin1/") but not to other digits ("11/5").
          if (digits ? std::isdigit(static_cast<unsigned char>(before)) : std::isalnum(static_cast<unsigned char>(before)))
            continue;
          nm = cand;
          start = i - k;
        }
      } else {
        while (stop < end && text_[stop] == '*') ++stop;
        nm = marker_named(text_.substr(start, stop - start));
      }
      if (!nm) continue;
      if (stop < end && std::isalnum(static_cast<unsigned char>(text_[stop]))) continue;
      add_text(run, start, out);
      add_note_ref(*nm, start, out);
      run = stop;
      i = stop - 1;
    }
    add_text(run, end, out);
  }

  void parse_range(std::size_t begin, std::size_t end, int depth, std::vector<Inline>& out) {
    std::size_t run = begin;
    std::size_t i = begin;
    while (i < end) {
      std::size_t open = text_.find('[', i);
      if (open == std::string_view::npos || open >= end) break;
      std::size_t close = close_of(open);
      if (close == std::string_view::npos || close >= end) {
        i = open + 1;
        continue;
      }
      plain(run, open, out);
      if (depth >= kMaxDepth) {
        plain(open, close + 1, out);
      } else {
        bracket(open, close, depth, out);
      }
      run = i = close + 1;
    }
    plain(run, end, out);
  }

  void bracket(std::size_t open, std::size_t close, int depth, std::vector<Inline>& out) {
    std::string_view content = text_.substr(open + 1, close - open - 1);
    if (const NoteMarker* nm = marker_named(text_.substr(open, close - open + 1))) {
      add_note_ref(*nm, open, out);
      return;
    }
    Inline node;
    node.pos = positions_.at(open);
    // "[[X]]": a doubtful reading inside a bracketed transcription. Past kMaxDepth the
    // inner bracket is left to parse_range, which keeps it as text.
    if (depth + 1 < kMaxDepth && content.size() >= 2 && content.front() == '[' && close_of(open + 1) == close - 1) {
      std::vector<Inline> inner;
      bracket(open + 1, close - 1, depth + 1, inner);
      if (inner.size() == 1 && (inner[0].kind == InlineKind::Gap || inner[0].kind == InlineKind::Note ||
                                inner[0].kind == InlineKind::Unclear || inner[0].kind == InlineKind::NoteRef)) {
        out.push_back(std::move(inner[0]));
        return;
      }
      node.kind = InlineKind::Unclear;
      node.children = std::move(inner);
      if (node.children.size() == 1 && node.children[0].kind == InlineKind::Supplied)
        node.children = std::move(node.children[0].children);
      out.push_back(std::move(node));
      return;
    }
    BracketClass bc = classify_bracket(content);
    std::size_t inner_begin = open + 1 + bc.content_start;
    switch (bc.kind) {
      case BracketKind::PageBreak: {
        if (depth > 0) break;
        // A page turns between words. Digits glued to the next word are the editors' ("5
        // March [19]56"): supplied, as a bracket of words is. A number glued after a word
        // or its stop refers to a note ("Vietnam.[2]"), even where the page lost the note.
        if (content.size() <= 4 && content.find_first_not_of("0123456789") == std::string_view::npos) {
          auto word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
          if (close + 1 < text_.size() && word_byte(text_[close + 1])) break;
          if (open > 0 && content.size() <= 3 && !std::isspace(static_cast<unsigned char>(text_[open - 1])) &&
              text_[open - 1] != '(' && text_[open - 1] != '[') {
            add_note_ref(NoteMarker{std::string(text_.substr(open, close - open + 1)), ""}, open, out);
            return;
          }
        }
        std::string number;
        is_page_number(content, &number);
        node.kind = InlineKind::PageBreak;
        node.text = number;
        out.push_back(std::move(node));
        return;
      }
      case BracketKind::Gap:
        node.kind = InlineKind::Gap;
        node.type = bc.type;
        node.text = collapse_space(inline_plain_text(sub(inner_begin, close, depth)));
        out.push_back(std::move(node));
        return;
      case BracketKind::Unclear:
        if (trim(content) == "?") {
          wrap_previous_word(node, out);
          return;
        }
        node.kind = InlineKind::Unclear;
        node.children = sub(inner_begin, close, depth);
        out.push_back(std::move(node));
        return;
      case BracketKind::Note:
        node.kind = InlineKind::Note;
        node.type = bc.type;
        node.children = sub(inner_begin, close, depth);
        out.push_back(std::move(node));
        return;
      case BracketKind::Addition:
        node.kind = InlineKind::Addition;
        node.type = bc.type;
        node.children = sub(inner_begin, close, depth);
        out.push_back(std::move(node));
        return;
      case BracketKind::Stamp:
        node.kind = InlineKind::Stamp;
        node.children = sub(inner_begin, close, depth);
        out.push_back(std::move(node));
        return;
      case BracketKind::Supplied:
        break;
    }
    node.kind = InlineKind::Supplied;
    node.children = sub(open + 1, close, depth);
    out.push_back(std::move(node));
  }

  std::vector<Inline> sub(std::size_t begin, std::size_t end, int depth) {
    std::vector<Inline> inner;
    last_text_end_ = std::string_view::npos;
    parse_range(begin, end, depth + 1, inner);
    last_text_end_ = std::string_view::npos;
    return inner;
  }

  // "[?]" doubts the word before it.
  void wrap_previous_word(Inline& node, std::vector<Inline>& out) {
    node.kind = InlineKind::Unclear;
    if (!out.empty() && out.back().kind == InlineKind::Text) {
      Inline& prev = out.back();
      std::string& t = prev.text;
      std::size_t end = t.size();
      while (end > 0 && t[end - 1] == ' ') --end;
      std::size_t start = end;
      while (start > 0 && t[start - 1] != ' ') --start;
      if (start < end) {
        Inline word;
        word.kind = InlineKind::Text;
        word.text = t.substr(start, end - start);
        word.pos = prev.pos;
        if (word.pos.column != 0) word.pos.column += start;
        // The space before "[?]" is the one before the following word.
        t.erase(start);
        if (t.empty()) out.pop_back();
        node.children.push_back(std::move(word));
        out.push_back(std::move(node));
        last_text_end_ = std::string_view::npos;
        return;
      }
    }
    out.push_back(std::move(node));
  }

  std::string_view text_;
  const PositionMap& positions_;
  const std::vector<NoteMarker>& markers_;
  InlineReport* report_;
  std::vector<std::pair<std::size_t, std::size_t>> pairs_;
  std::size_t last_text_end_ = std::string_view::npos;
};

void append_plain(const std::vector<Inline>& inlines, std::string& out);

void append_plain(const Inline& in, std::string& out) {
  switch (in.kind) {
    case InlineKind::Text:
      out += in.text;
      break;
    case InlineKind::LineBreak:
      out += ' ';
      break;
    case InlineKind::NoteRef:
      out += in.text;
      break;
    case InlineKind::PageBreak:
      out += "[" + in.text + "]";
      break;
    case InlineKind::Gap:
      out += "[" + in.text + "]";
      break;
    default:
      out += '[';
      append_plain(in.children, out);
      out += ']';
  }
}

void append_plain(const std::vector<Inline>& inlines, std::string& out) {
  for (const Inline& in : inlines) append_plain(in, out);
}

}  // namespace

std::string inline_plain_text(const std::vector<Inline>& inlines) {
  std::string out;
  append_plain(inlines, out);
  return out;
}

std::vector<Inline> parse_inline_text(std::string_view text, const PositionMap& positions,
                                      const std::vector<NoteMarker>& markers, InlineReport* report) {
  return InlineBuilder(text, positions, markers, report).run();
}

std::vector<Inline> parse_inlines(std::string_view text, SourcePos pos) {
  PositionMap positions;
  positions.add(0, pos);
  return parse_inline_text(text, positions, {});
}

}  // namespace archtei
