// Converts archtei's Block/Inline body tree into a TEI <text> element.
#include "tei/tei_body_encoder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "model/body_languages.h"
#include "tei/xml_build.h"

namespace archtei {
namespace {

using xml::append;
using xml::append_text;
using xml::element;
using xml::text_element;

/// A free-text kind ("inserted by hand") as an attribute token ("inserted-by-hand"): TEI's
/// @type and @reason values may not contain spaces.
std::string token(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (unsigned char c : s) {
    if (std::isspace(c) || std::iscntrl(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += '-';
    pending_space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::vector<XmlAttribute> typed(std::string_view name, std::string_view value) {
  std::string t = token(value);
  if (t.empty()) return {};
  return {{std::string(name), std::move(t)}};
}

/// `name="value"`, or nothing when value is empty (for free-text attributes such as @n).
std::vector<XmlAttribute> attr_if(std::string_view name, std::string_view value) {
  if (value.empty()) return {};
  return {{std::string(name), std::string(value)}};
}

bool has_alnum(std::string_view s) {
  for (unsigned char c : s)
    if (std::isalnum(c) || c >= 0x80) return true;
  return false;
}

const char* kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::Heading: return "heading";
    case BlockKind::List: return "list";
    case BlockKind::ListItem: return "list item";
    case BlockKind::Opener: return "opener";
    case BlockKind::Closer: return "closer";
    case BlockKind::Salute: return "salute";
    case BlockKind::Signed: return "signed";
    case BlockKind::Dateline: return "dateline";
    case BlockKind::Classification: return "classification";
    case BlockKind::Routing: return "routing";
    case BlockKind::Distribution: return "distribution";
    case BlockKind::Address: return "address";
    case BlockKind::Line: return "line";
    case BlockKind::SpeakerTurn: return "speaker turn";
    case BlockKind::BlockNote: return "note";
    case BlockKind::BlockGap: return "gap";
    case BlockKind::BlockPageBreak: return "page break";
    case BlockKind::Footnotes: return "footnotes";
    case BlockKind::Part: return "part";
  }
  return "block";
}

/// Where a block may stand in a TEI <div>: the content model is
/// (divTop | global)*, (common, global*)+, (divBottom, global*)*.
enum class Place { Top, Wrapper, Content, Bottom, Global };

Place place_of(const Block& b) {
  switch (b.kind) {
    case BlockKind::Heading:
    case BlockKind::Opener: return Place::Top;
    case BlockKind::Salute:
    case BlockKind::Dateline:
    case BlockKind::Signed: return Place::Wrapper;
    case BlockKind::Closer: return Place::Bottom;
    case BlockKind::BlockNote:
    case BlockKind::BlockGap:
    case BlockKind::BlockPageBreak:
    case BlockKind::Footnotes: return Place::Global;
    default: return Place::Content;
  }
}

class BodyEncoder {
 public:
  explicit BodyEncoder(Diagnostics& diags) : diags_(diags) {}

  XmlNode encode(const std::vector<Block>& body) {
    // The document in each of its languages, in page order; a body without parts is one
    // English translation.
    std::vector<Block> implicit;
    const std::vector<Block>* parts = &body;
    const bool has_parts = !body.empty() && std::all_of(body.begin(), body.end(), [](const Block& b) {
      return b.kind == BlockKind::Part;
    });
    if (!has_parts) {
      implicit.push_back(Block{BlockKind::Part, {}, body, "translation", {}, {}, "en", {}});
      parts = &implicit;
    }
    XmlNode text = element("text", {{"xml:lang", main_language(*parts, "en")}});
    XmlNode& tei_body = append(text, element("body"));
    for (const Block& part : *parts) append(tei_body, division(part, parts->size() > 1));
    return text;
  }

 private:
  enum class Phase { Top, Content, Bottom };
  struct Segment {
    Phase phase = Phase::Top;
    std::vector<XmlNode> nodes;
  };

  /// One part as a <div type="original|translation">, with its language where the text's
  /// does not say it (an original, or one of several parts).
  XmlNode division(const Block& part, bool several) {
    note_ids_.clear();  // each part numbers its own notes
    collect_note_ids(part.children);
    segments_.clear();
    segments_.emplace_back();
    for (const auto& b : part.children) place(b);
    std::vector<XmlAttribute> attrs = {{"type", part.type.empty() ? "translation" : part.type}};
    if (!part.lang.empty() && (several || part.type == "original")) attrs.push_back({"xml:lang", part.lang});
    XmlNode div = element("div", std::move(attrs));
    if (segments_.size() == 1) {
      div.children = std::move(segments_.front().nodes);
    } else {
      // A heading or opener after running text, or text after a closer, starts a new
      // division: TEI allows them only at a division's start and end.
      for (auto& s : segments_) {
        if (s.nodes.empty()) continue;
        append(div, element("div")).children = std::move(s.nodes);
      }
    }
    return div;
  }

  void place(const Block& b) {
    Segment* s = &segments_.back();
    switch (place_of(b)) {
      case Place::Global: break;
      case Place::Top:
        if (s->phase != Phase::Top) s = &segments_.emplace_back();
        break;
      case Place::Wrapper:
        if (s->phase != Phase::Top) s->phase = Phase::Bottom;
        break;
      case Place::Content:
        if (s->phase == Phase::Bottom) s = &segments_.emplace_back();
        s->phase = Phase::Content;
        break;
      case Place::Bottom:
        if (s->phase == Phase::Top) {
          // A closer needs running text before it; with none, its lines stand on their own.
          for (const auto& child : b.children) place(child);
          return;
        }
        s->phase = Phase::Bottom;
        break;
    }
    if (auto node = block(b)) s->nodes.push_back(std::move(*node));
  }

  void collect_note_ids(const std::vector<Block>& blocks) {
    for (const auto& b : blocks) {
      if (b.kind == BlockKind::Footnotes)
        for (const auto& note : b.children) {
          std::string base = "fn-";
          for (unsigned char c : note.label) base += std::isalnum(c) ? static_cast<char>(c) : '-';
          if (note.label.empty()) base += std::to_string(used_ids_.size() + 1);
          std::string id = base;
          for (int n = 2; used_ids_.count(id); ++n) id = base + "-" + std::to_string(n);
          used_ids_.insert(id);
          note_ids_.emplace(note.label, id);
          block_note_ids_[&note] = id;
        }
      collect_note_ids(b.children);
    }
  }

  // Inlines ---------------------------------------------------------------------------

  void inlines(XmlNode& parent, const std::vector<Inline>& items) {
    for (const auto& i : items) inline_node(parent, i);
  }

  /// A container inline's content: its children, or its text when it has none.
  void content(XmlNode& parent, const Inline& i) {
    if (i.children.empty())
      append_text(parent, i.text);
    else
      inlines(parent, i.children);
  }

  void inline_node(XmlNode& parent, const Inline& i) {
    switch (i.kind) {
      case InlineKind::Text: append_text(parent, i.text); return;
      case InlineKind::Note: content(append(parent, element("note", typed("type", i.type))), i); return;
      case InlineKind::Addition: content(append(parent, element("add", typed("type", i.type))), i); return;
      case InlineKind::Unclear: content(append(parent, element("unclear")), i); return;
      case InlineKind::Supplied: content(append(parent, element("supplied")), i); return;
      case InlineKind::Stamp: content(append(parent, element("stamp")), i); return;
      case InlineKind::Gap: {
        XmlNode& gap = append(parent, element("gap", typed("reason", i.type)));
        if (!i.text.empty()) append(gap, text_element("desc", i.text));
        return;
      }
      case InlineKind::Foreign: content(append(parent, element("foreign", attr_if("xml:lang", i.type))), i); return;
      case InlineKind::PageBreak: append(parent, element("pb", attr_if("n", i.text))); return;
      case InlineKind::LineBreak: append(parent, element("lb")); return;
      case InlineKind::NoteRef: {
        auto it = note_ids_.find(i.type);
        if (it == note_ids_.end()) it = note_ids_.find(i.text);
        std::vector<XmlAttribute> attrs;
        if (it != note_ids_.end())
          attrs.push_back({"target", "#" + it->second});
        else
          diags_.warn("note marker '" + i.text + "' points to no note; written without a target",
                      "tei-dangling-note-ref", i.pos);
        append(parent, text_element("ref", i.text, std::move(attrs)));
        return;
      }
    }
  }

  // Blocks ----------------------------------------------------------------------------

  XmlNode with_inlines(std::string name, const Block& b, std::vector<XmlAttribute> attrs = {}) {
    XmlNode n = element(std::move(name), std::move(attrs));
    inlines(n, b.inlines);
    if (!b.children.empty()) {
      // Lines of an opener and the like have no nested blocks; if one has, its text follows.
      diags_.warn(std::string("nested blocks inside a ") + kind_name(b.kind) +
                      " are written as running text",
                  "tei-block-flattened", b.pos);
      for (const auto& child : b.children) flatten_into(n, child);
    }
    return n;
  }

  void flatten_into(XmlNode& parent, const Block& b) {
    append_text(parent, " ");
    inlines(parent, b.inlines);
    for (const auto& child : b.children) flatten_into(parent, child);
  }

  /// A line of an opener or closer.
  XmlNode letter_part(const Block& b) {
    switch (b.kind) {
      case BlockKind::Salute: return with_inlines("salute", b);
      case BlockKind::Dateline: return with_inlines("dateline", b);
      case BlockKind::Signed: return with_inlines("signed", b);
      case BlockKind::Classification:
      case BlockKind::Routing:
      case BlockKind::Distribution:
      case BlockKind::Address:
      case BlockKind::Line: return with_inlines("seg", b, typed("type", kind_name(b.kind)));
      default:
        diags_.warn(std::string("a ") + kind_name(b.kind) + " inside an opener or closer is written as a line",
                    "tei-block-flattened", b.pos);
        return with_inlines("seg", b, typed("type", "line"));
    }
  }

  XmlNode letter_block(std::string name, const Block& b) {
    XmlNode n = element(std::move(name));
    for (const auto& child : b.children) {
      // The lines are separate lines of the source: a newline keeps their words apart for
      // anything that reads the text without the markup.
      if (!n.children.empty()) append_text(n, "\n");
      append(n, letter_part(child));
    }
    return n;
  }

  std::optional<XmlNode> list(const Block& b) {
    XmlNode n = element("list", typed("type", b.type));
    for (const auto& child : b.children) {
      if (child.kind != BlockKind::ListItem)
        diags_.warn(std::string("a ") + kind_name(child.kind) + " directly inside a list is written as an item",
                    "tei-block-flattened", child.pos);
      append(n, item(child));
    }
    if (n.children.empty()) {
      diags_.warn("an empty list has no TEI form and is left out", "tei-empty-list", b.pos);
      return std::nullopt;
    }
    return n;
  }

  XmlNode item(const Block& b) {
    XmlNode n = element("item", attr_if("n", b.label));
    inlines(n, b.inlines);
    for (const auto& child : b.children) nested(n, child);
    return n;
  }

  /// A block inside an item or a speaker turn, where only paragraph-level TEI may stand.
  void nested(XmlNode& parent, const Block& b) {
    switch (b.kind) {
      case BlockKind::Paragraph:
      case BlockKind::List:
      case BlockKind::ListItem:
      case BlockKind::BlockNote:
      case BlockKind::BlockGap:
      case BlockKind::BlockPageBreak:
      case BlockKind::Footnotes:
        if (auto node = block(b)) append(parent, std::move(*node));
        return;
      default:
        diags_.warn(std::string("a ") + kind_name(b.kind) + " inside a list item or speech is written as a paragraph",
                    "tei-block-flattened", b.pos);
        append(parent, with_inlines("p", b));
    }
  }

  XmlNode speaker_turn(const Block& b) {
    XmlNode sp = element("sp");
    if (!b.label.empty()) append(sp, text_element("speaker", b.label));
    if (!b.inlines.empty()) {
      XmlNode& p = append(sp, element("p"));
      inlines(p, b.inlines);
    }
    bool has_speech = !b.inlines.empty();
    for (const auto& child : b.children) {
      nested(sp, child);
      Place place = place_of(child);
      has_speech = has_speech || place != Place::Global;
    }
    // <sp> needs at least one paragraph after the speaker.
    if (!has_speech) append(sp, element("p"));
    return sp;
  }

  XmlNode footnote(const Block& note) {
    std::vector<XmlAttribute> attrs;
    if (auto it = block_note_ids_.find(&note); it != block_note_ids_.end())
      attrs.push_back({"xml:id", it->second});
    if (!note.label.empty()) attrs.push_back({"n", note.label});
    for (auto& a : typed("type", note.type.empty() ? "footnote" : note.type)) attrs.push_back(a);
    XmlNode n = element("note", std::move(attrs));
    inlines(n, note.inlines);
    for (const auto& child : note.children) nested(n, child);
    return n;
  }

  /// A block as TEI, with its language where it is not its part's.
  std::optional<XmlNode> block(const Block& b) {
    std::optional<XmlNode> node = block_node(b);
    if (node && !b.lang.empty()) node->attributes.push_back({"xml:lang", b.lang});
    return node;
  }

  std::optional<XmlNode> block_node(const Block& b) {
    switch (b.kind) {
      case BlockKind::Paragraph: return with_inlines("p", b);
      case BlockKind::Heading: return with_inlines("head", b);
      case BlockKind::List: return list(b);
      case BlockKind::ListItem: {
        XmlNode l = element("list");
        append(l, item(b));
        return l;
      }
      case BlockKind::Opener: return letter_block("opener", b);
      case BlockKind::Closer: return letter_block("closer", b);
      case BlockKind::Salute: return with_inlines("salute", b);
      case BlockKind::Dateline: return with_inlines("dateline", b);
      case BlockKind::Signed: return with_inlines("signed", b);
      case BlockKind::Classification:
      case BlockKind::Routing:
      case BlockKind::Distribution:
      case BlockKind::Address:
      case BlockKind::Line: return with_inlines("ab", b, typed("type", kind_name(b.kind)));
      case BlockKind::SpeakerTurn: return speaker_turn(b);
      case BlockKind::BlockNote: {
        std::vector<XmlAttribute> attrs = typed("type", b.type);
        if (!b.label.empty()) attrs.push_back({"n", b.label});
        return with_inlines("note", b, std::move(attrs));
      }
      case BlockKind::BlockGap: {
        XmlNode gap = element("gap", typed("reason", b.type));
        // "[...]" is what the gap element itself says; words in the marker are kept.
        if (has_alnum(b.text)) append(gap, text_element("desc", b.text));
        return gap;
      }
      case BlockKind::BlockPageBreak: return element("pb", attr_if("n", b.text));
      case BlockKind::Footnotes: {
        if (b.children.empty()) return std::nullopt;
        XmlNode group = element("noteGrp", {{"type", "footnotes"}});
        for (const auto& note : b.children) append(group, footnote(note));
        return group;
      }
      case BlockKind::Part: {
        // A part inside a part has no place of its own: its blocks follow as a division.
        diags_.warn("a language part inside another is written as a division", "tei-block-flattened", b.pos);
        XmlNode div = element("div", attr_if("xml:lang", b.lang));
        for (const auto& child : b.children)
          if (auto node = block(child)) append(div, std::move(*node));
        return div;
      }
    }
    return std::nullopt;
  }

  Diagnostics& diags_;
  std::vector<Segment> segments_;
  std::map<std::string, std::string> note_ids_;
  std::map<const Block*, std::string> block_note_ids_;
  std::set<std::string> used_ids_;
};

}  // namespace

XmlNode encode_tei_text(const std::vector<Block>& body, Diagnostics& diags) {
  return BodyEncoder(diags).encode(body);
}

}  // namespace archtei
