// A record read from a text + the text -> the source spans of each of the record's values.
#include "text/record_spans.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "model/language_names.h"
#include "text/archive_table.h"
#include "text/date_parser.h"

namespace archtei {
namespace {

// Byte length of a white-space character at `i` of `s` (the ones source_text makes plain,
// and the Unicode spaces pages use), 0 when there is none.
std::size_t space_at(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  auto next = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (c == 0xC2 && next(1) == 0xA0) return 2;                                   // no-break space
  if (c == 0xE2 && next(1) == 0x96 && next(2) == 0xA1) return 3;               // □ indentation mark
  if (c == 0xE3 && next(1) == 0x80 && next(2) == 0x80) return 3;               // ideographic space
  if (c == 0xE2 && next(1) == 0x80 && ((next(2) >= 0x80 && next(2) <= 0x8B) || next(2) == 0xAF)) return 3;
  return 0;
}

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// A value as the text is searched: ASCII lower case, white space collapsed and trimmed (or,
// `tight`, removed).
std::string searchable(std::string_view s, bool tight) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = space_at(s, i)) {
      pending = !out.empty();
      i += n;
      continue;
    }
    if (pending && !tight) out += ' ';
    pending = false;
    out += lower(s[i++]);
  }
  return out;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

/// The input flattened twice for searching, each byte mapped back to its source offset.
class TextIndex {
 public:
  TextIndex(std::string_view src, const std::vector<SourceLine>& text_lines) : src_(src) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < src.size(); ++i) {
      if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= src.size() || src[i + 1] != '\n')))
        line_starts_.push_back(i + 1);
    }
    in_body_.assign(line_starts_.size() + 2, false);
    for (const SourceLine& l : text_lines)
      if (l.number < in_body_.size()) in_body_[l.number] = true;
    for (int tight = 0; tight < 2; ++tight) {
      Flat& f = flat_[tight];
      bool pending = false;
      for (std::size_t i = 0; i < src.size();) {
        if (std::size_t n = space_at(src, i)) {
          pending = !f.text.empty();
          i += n;
          continue;
        }
        if (pending && !tight) {
          f.text += ' ';
          f.at.push_back(i);
          f.cased += ' ';
        }
        pending = false;
        f.cased += src[i];
        f.text += lower(src[i]);
        f.at.push_back(i++);
      }
    }
  }

  std::size_t size() const { return src_.size(); }

  SourceSpan span(std::size_t begin, std::size_t end) const {
    SourceSpan s;
    auto [line, col] = position(begin);
    auto [end_line, end_col] = position(end - 1);
    s.line = line;
    s.column = col;
    s.end_line = end_line;
    s.end_column = end_col;
    s.offset = begin;
    s.length = end - begin;
    return s;
  }

  std::size_t line_of(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                    line_starts_.begin());
  }
  std::size_t line_start(std::size_t line) const {
    return line >= 1 && line <= line_starts_.size() ? line_starts_[line - 1] : src_.size();
  }
  bool in_body(std::size_t offset) const { return in_body_[line_of(offset)]; }

  /// Source ranges [begin, end) where `value` is written, starting inside [from, to).
  std::vector<std::pair<std::size_t, std::size_t>> find(std::string_view value, std::size_t from, std::size_t to,
                                                        bool whole_word = false) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (int tight = 0; tight < 2 && out.empty(); ++tight) {
      const Flat& f = flat_[tight];
      std::string needle = searchable(value, tight);
      if (needle.empty()) return out;
      std::size_t pos = flat_pos(f, from);
      for (std::size_t at; (at = f.text.find(needle, pos)) != std::string::npos; pos = at + 1) {
        if (f.at[at] >= to) break;
        std::size_t last = at + needle.size() - 1;
        if (whole_word && ((at > 0 && word_char(f.text[at - 1]) && word_char(f.text[at])) ||
                           (last + 1 < f.text.size() && word_char(f.text[last + 1]) && word_char(f.text[last]))))
          continue;
        out.emplace_back(f.at[at], f.at[last] + 1);
      }
    }
    return out;
  }

  /// The dates written in [from, to) that read as `iso`.
  std::vector<std::pair<std::size_t, std::size_t>> find_dates(std::string_view iso) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const Flat& f = flat_[0];
    std::string_view text = f.cased;
    for (std::size_t pos = 0; pos < text.size();) {
      FoundDate d = find_date(text.substr(pos));
      if (d.iso.empty() || d.length == 0) break;
      std::size_t at = pos + d.offset;
      if (d.iso == iso) out.emplace_back(f.at[at], f.at[at + d.length - 1] + 1);
      pos = at + d.length;
    }
    return out;
  }

 private:
  struct Flat {
    std::string text;   // lower case
    std::string cased;  // as written
    std::vector<std::size_t> at;
  };

  std::size_t flat_pos(const Flat& f, std::size_t src_offset) const {
    return static_cast<std::size_t>(std::lower_bound(f.at.begin(), f.at.end(), src_offset) - f.at.begin());
  }

  std::pair<std::size_t, std::size_t> position(std::size_t offset) const {
    std::size_t line = line_of(offset);
    return {line, offset - line_starts_[line - 1] + 1};
  }

  std::string_view src_;
  std::vector<std::size_t> line_starts_;
  std::vector<bool> in_body_;
  Flat flat_[2];
};

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

// How far before a credited name its role's words are looked for, in bytes.
constexpr std::size_t kCreditReach = 120;

class Locator {
 public:
  Locator(const TextIndex& index) : ix_(index) {}

  Spans spans(const Ranges& ranges) const {
    Spans out;
    for (auto [b, e] : ranges) out.push_back(ix_.span(b, e));
    return out;
  }

  // Every place outside the document's text where `value` is written; where there is none,
  // its first place in the text.
  Ranges metadata_ranges(std::string_view value) const {
    Ranges all = ix_.find(value, 0, ix_.size());
    Ranges meta;
    for (auto r : all)
      if (!ix_.in_body(r.first)) meta.push_back(r);
    if (meta.empty() && !all.empty()) meta.push_back(all.front());
    return meta;
  }
  Spans metadata(std::string_view value) const { return value.empty() ? Spans{} : spans(metadata_ranges(value)); }

  std::vector<Spans> metadata(const std::vector<std::string>& values) const {
    std::vector<Spans> out;
    for (const auto& v : values) out.push_back(metadata(v));
    return out;
  }

  // `value` inside the given ranges (the first place in each); anywhere outside the text
  // when it is in none of them.
  Ranges within_ranges(std::string_view value, const Ranges& scopes) const {
    Ranges out;
    for (auto [b, e] : scopes)
      if (Ranges in = ix_.find(value, b, e); !in.empty() && in.front().second <= e) out.push_back(in.front());
    return out.empty() ? metadata_ranges(value) : out;
  }

  const TextIndex& index() const { return ix_; }

 private:
  const TextIndex& ix_;
};

Ranges ranges_of(const Spans& spans) {
  Ranges out;
  for (const auto& s : spans) out.emplace_back(s.offset, s.offset + s.length);
  return out;
}

ReferenceSpans reference_spans(const Locator& at, const ArchivalReference& r) {
  ReferenceSpans out;
  const TextIndex& ix = at.index();
  out.citation = at.metadata(r.citation);
  Ranges scopes = ranges_of(out.citation);
  if (scopes.empty()) scopes.emplace_back(0, ix.size());
  Ranges archive;
  if (!r.archive.empty()) {
    for (auto [b, e] : scopes) {
      Ranges hit = ix.find(r.archive, b, e, true);
      if (hit.empty())
        for (const text::ArchiveEntry& entry : text::archive_entries()) {
          if (entry.acronym != r.archive) continue;
          for (const std::string& spelling : entry.spellings)
            if (hit.empty()) hit = ix.find(spelling, b, e, true);
        }
      if (!hit.empty() && hit.front().second <= e) archive.push_back(hit.front());
    }
    if (archive.empty()) archive = at.metadata_ranges(r.archive);
  }
  out.archive = at.spans(archive);
  // The full name is the table's: where the page does not write it, it comes from the acronym.
  out.archive_name = r.archive_name.empty() ? Spans{} : at.spans(at.metadata_ranges(r.archive_name));
  if (out.archive_name.empty() && !r.archive_name.empty()) out.archive_name = out.archive;
  // The levels are read left to right, so "Fond 1, Opis 1" gives each its own "1".
  for (auto [b, e] : scopes) {
    std::size_t cursor = b;
    for (auto [value, into] : {std::pair{&r.fond, &out.fond}, std::pair{&r.opis, &out.opis},
                               std::pair{&r.delo, &out.delo}, std::pair{&r.papka, &out.papka},
                               std::pair{&r.listy, &out.listy}}) {
      if (value->empty()) continue;
      Ranges hit = ix.find(*value, cursor, e, true);
      if (hit.empty() || hit.front().second > e) hit = ix.find(*value, b, e, true);
      if (hit.empty() || hit.front().second > e) continue;
      into->push_back(ix.span(hit.front().first, hit.front().second));
      cursor = hit.front().second;
    }
  }
  for (auto [value, into] : {std::pair{&r.fond, &out.fond}, std::pair{&r.opis, &out.opis},
                             std::pair{&r.delo, &out.delo}, std::pair{&r.papka, &out.papka},
                             std::pair{&r.listy, &out.listy}})
    if (!value->empty() && into->empty()) *into = at.metadata(*value);
  if (!r.note.empty()) out.note = at.spans(at.within_ranges(r.note, scopes));
  return out;
}

// The blocks of `kind` in the body, in order.
void collect(const std::vector<Block>& blocks, BlockKind kind, std::vector<const Block*>& out) {
  for (const Block& b : blocks) {
    if (b.kind == kind) out.push_back(&b);
    collect(b.children, kind, out);
  }
}

// A signer or speaker: at the lines of the blocks that name them, else anywhere in the text.
Spans named_in_blocks(const Locator& at, const std::string& name, const std::vector<const Block*>& blocks,
                      std::size_t lines_after) {
  const TextIndex& ix = at.index();
  Spans out;
  const std::string want = searchable(name, true);
  for (const Block* b : blocks) {
    if (!b->pos.known()) continue;
    // Only the blocks of this name: another speaker's turn may mention it.
    if (std::string label = searchable(b->label, true);
        !label.empty() && label.find(want) == std::string::npos && want.find(label) == std::string::npos)
      continue;
    std::size_t from = ix.line_start(b->pos.line);
    std::size_t to = ix.line_start(b->pos.line + lines_after + 1);
    if (Ranges hit = ix.find(name, from, to); !hit.empty() && hit.front().second <= to)
      out.push_back(ix.span(hit.front().first, hit.front().second));
  }
  if (out.empty())
    if (Ranges hit = ix.find(name, 0, ix.size()); !hit.empty()) out.push_back(ix.span(hit.back().first, hit.back().second));
  return out;
}

}  // namespace

std::string warning_subject(std::string_view warning) {
  for (std::string_view lead : {"unplaced page text: ", "unplaced citation text: ", "unplaced credit: "})
    if (warning.starts_with(lead)) return std::string(warning.substr(lead.size()));
  std::size_t colon = warning.find(": ");
  return std::string(colon == std::string_view::npos ? warning : warning.substr(colon + 2));
}

RecordSpans locate_record_spans(std::string_view input, const Metadata& m, const std::vector<Block>& body,
                                const std::vector<SourceLine>& text_lines) {
  // The reader decodes UTF-16 and UTF-32 itself; spans are offsets into UTF-8 text only.
  if (input.starts_with("\xFF\xFE") || input.starts_with("\xFE\xFF") || input.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
    return {};
  TextIndex ix(input, text_lines);
  Locator at(ix);
  RecordSpans s;
  s.traced = true;
  for (const SourceLine& l : text_lines) s.text_lines.push_back(l.number);
  s.title = at.metadata(m.title);
  const Ranges title = ranges_of(s.title);
  if (!m.date.empty()) {
    Ranges all = ix.find_dates(m.date), meta;
    for (auto r : all)
      if (!ix.in_body(r.first)) meta.push_back(r);
    // A date inside the title is never the document's.
    std::erase_if(meta, [&](auto r) {
      return std::any_of(title.begin(), title.end(), [&](auto t) { return r.first >= t.first && r.second <= t.second; });
    });
    if (meta.empty() && !all.empty()) meta.push_back(all.front());
    s.date = at.spans(meta);
  }
  if (!m.document_type.empty()) s.document_type = at.spans(at.within_ranges(m.document_type, title));
  for (const auto& a : m.authors) s.authors.push_back(at.spans(at.within_ranges(a, title)));
  for (const auto& r : m.recipients) s.recipients.push_back(at.spans(at.within_ranges(r, title)));
  for (const auto& r : m.archives) s.archives.push_back(reference_spans(at, r));
  s.published_sources = at.metadata(m.published_sources);
  s.translators = at.metadata(m.translators);
  s.contributors = at.metadata(m.contributors);
  s.editors = at.metadata(m.editors);
  for (const Credit& c : m.other_credits) {
    CreditSpans cs;
    cs.name = at.metadata(c.name);
    // The role phrase is the one written closest before the name.
    Ranges roles = at.metadata_ranges(c.role);
    for (const SourceSpan& name : cs.name) {
      std::optional<std::pair<std::size_t, std::size_t>> best;
      for (auto r : roles)
        if (r.second <= name.offset && (!best || r.first > best->first)) best = r;
      if (best && std::none_of(cs.role.begin(), cs.role.end(), [&](const SourceSpan& k) { return k.offset == best->first; }))
        cs.role.push_back(ix.span(best->first, best->second));
    }
    if (cs.role.empty()) cs.role = at.spans(roles);
    // A role shared by two credits ("Obtained and translated by X"): its words, in order,
    // in the sentence before the name.
    for (const SourceSpan& name : cs.name) {
      if (!cs.role.empty()) break;
      std::size_t cursor = name.offset > kCreditReach ? name.offset - kCreditReach : 0;
      Spans words;
      std::string_view rest = c.role;
      while (!rest.empty()) {
        std::size_t space = rest.find(' ');
        std::string_view word = rest.substr(0, space);
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        if (word.empty()) continue;
        Ranges hit = ix.find(word, cursor, name.offset, true);
        if (hit.empty() || hit.front().second > name.offset) {
          words.clear();
          break;
        }
        words.push_back(ix.span(hit.front().first, hit.front().second));
        cursor = hit.front().second;
      }
      cs.role = std::move(words);
    }
    s.other_credits.push_back(std::move(cs));
  }
  s.funders = at.metadata(m.funders);
  for (const auto& lang : m.original_languages) {
    Spans found = at.metadata(lang);
    if (found.empty()) {
      // Not stated: identified from the letters of the part of the text written in it.
      for (const Block& part : body) {
        if (part.kind != BlockKind::Part || !part.pos.known() || language_name(part.lang) != lang) continue;
        std::size_t last = part.pos.line;
        for (const SourceLine& l : text_lines)
          if (l.number >= part.pos.line && !l.text.empty()) last = std::max(last, l.number);
        for (const Block& next : body)
          if (next.pos.known() && next.pos.line > part.pos.line && next.pos.line <= last) last = next.pos.line - 1;
        std::size_t b = ix.line_start(part.pos.line), e = ix.line_start(last + 1);
        while (e > b && space_at(input, e - 1)) --e;
        if (e > b) found.push_back(ix.span(b, e));
      }
    }
    s.original_languages.push_back(std::move(found));
  }
  s.summary = at.metadata(m.summary);
  s.source_url = at.metadata(m.source_url);
  s.publisher = at.metadata(m.publisher);
  std::vector<const Block*> signed_blocks, turns;
  collect(body, BlockKind::Signed, signed_blocks);
  collect(body, BlockKind::SpeakerTurn, turns);
  for (const auto& name : m.signers) s.signers.push_back(named_in_blocks(at, name, signed_blocks, 2));
  for (const auto& name : m.speakers) s.speakers.push_back(named_in_blocks(at, name, turns, 0));
  for (const auto& w : m.warnings) {
    std::string subject = warning_subject(w);
    Spans found = at.metadata(subject);
    if (found.empty())
      if (std::size_t colon = subject.rfind(": "); colon != std::string::npos)
        found = at.metadata(subject.substr(colon + 2));
    s.warnings.push_back(std::move(found));
  }
  return s;
}

}  // namespace archtei
