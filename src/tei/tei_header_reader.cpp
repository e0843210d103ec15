// Reads the metadata record back from a TEI tree's teiHeader: the inverse of
// encode_tei_header for archtei's own TEI, and whatever maps for TEI from elsewhere.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "tei/tei_reader.h"
#include "tei/tei_vocabulary.h"
#include "tei/xml_build.h"

namespace archtei {
namespace {

std::string_view local_name(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

bool is(const XmlNode& n, std::string_view name) {
  return n.kind == XmlNodeKind::Element && local_name(n.name) == name;
}

const XmlNode* child(const XmlNode* parent, std::string_view name) {
  if (!parent) return nullptr;
  for (const auto& c : parent->children)
    if (is(c, name)) return &c;
  return nullptr;
}

std::vector<const XmlNode*> children(const XmlNode* parent, std::string_view name) {
  std::vector<const XmlNode*> out;
  if (parent)
    for (const auto& c : parent->children)
      if (is(c, name)) out.push_back(&c);
  return out;
}

bool has_type(const XmlNode& n, std::string_view type) {
  const std::string* t = xml::attribute(n, "type");
  return t && *t == type;
}

std::string normalize_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

class HeaderReader {
 public:
  /// `original_tags`: the languages of the text's original parts (<div type="original">).
  HeaderReader(const XmlNode* header, std::vector<std::string> original_tags)
      : header_(header), original_tags_(std::move(original_tags)) {
    // archtei's own values are read exactly as written; layout in others' TEI is not data.
    for (const XmlNode* app : children(child(child(header, "encodingDesc"), "appInfo"), "application")) {
      const std::string* ident = xml::attribute(*app, "ident");
      if (ident && *ident == tei::kApplicationIdent) exact_ = true;
    }
  }

  Metadata read() {
    Metadata m;
    const XmlNode* file_desc = child(header_, "fileDesc");
    read_title_stmt(child(file_desc, "titleStmt"), m);
    read_publication_stmt(child(file_desc, "publicationStmt"), m);
    for (const XmlNode* note : children(child(file_desc, "notesStmt"), "note"))
      if (has_type(*note, tei::kNoteWarning)) m.warnings.push_back(text(note));
    for (const XmlNode* source : children(file_desc, "sourceDesc")) read_source_desc(source, m);
    read_profile_desc(child(header_, "profileDesc"), m);
    return m;
  }

 private:
  std::string text(const XmlNode* n) const {
    if (!n) return {};
    std::string out;
    append_string_value(*n, out);
    return exact_ ? out : normalize_space(out);
  }

  /// The names inside a respStmt, correspAction or person.
  std::vector<std::string> names(const XmlNode* n) const {
    std::vector<std::string> out;
    if (!n) return out;
    for (const auto& c : n->children) {
      if (exact_ && has_type(c, tei::kNameUnknown)) continue;  // "not stated in the source"
      if (is(c, "persName") || is(c, "name") || is(c, "orgName")) out.push_back(text(&c));
    }
    return out;
  }

  void read_title_stmt(const XmlNode* stmt, Metadata& m) const {
    std::vector<const XmlNode*> titles = children(stmt, "title");
    // A title archtei supplied is not the source's title.
    if (exact_)
      std::erase_if(titles, [](const XmlNode* t) { return has_type(*t, tei::kTitleSupplied); });
    const XmlNode* title = titles.empty() ? nullptr : titles.front();
    for (const XmlNode* t : titles)
      if (has_type(*t, "main")) {
        title = t;
        break;
      }
    m.title = text(title);
    for (const XmlNode* author : children(stmt, "author")) m.authors.push_back(text(author));
    for (const XmlNode* editor : children(stmt, "editor")) m.editors.push_back(text(editor));
    for (const XmlNode* resp_stmt : children(stmt, "respStmt")) {
      const XmlNode* resp = child(resp_stmt, "resp");
      const std::string* ref = resp ? xml::attribute(*resp, "ref") : nullptr;
      for (auto& name : names(resp_stmt)) {
        if (ref && *ref == tei::kRelatorTranslator) m.translators.push_back(std::move(name));
        else if (ref && *ref == tei::kRelatorContributor) m.contributors.push_back(std::move(name));
        else if (ref && *ref == tei::kRelatorEditor) m.editors.push_back(std::move(name));
        else m.other_credits.push_back({text(resp), std::move(name)});
      }
    }
    for (const XmlNode* funder : children(stmt, "funder")) m.funders.push_back(text(funder));
  }

  void read_publication_stmt(const XmlNode* stmt, Metadata& m) const {
    m.publisher = text(child(stmt, "publisher"));
    if (m.publisher.empty() && !exact_) m.publisher = text(child(stmt, "distributor"));
    for (const XmlNode* idno : children(stmt, "idno")) {
      const std::string* type = xml::attribute(*idno, "type");
      if (type && (*type == tei::kIdnoUrl || *type == "url" || *type == "URI")) {
        m.source_url = text(idno);
        break;
      }
    }
  }

  void read_source_desc(const XmlNode* desc, Metadata& m) const {
    for (const auto& c : desc->children) {
      if (is(c, "bibl")) {
        if (has_type(c, tei::kBiblCitation)) m.citation = text(&c);
        else if (has_type(c, tei::kBiblArchival)) m.archives.push_back(read_archival_bibl(c));
        else if (std::string source = text(&c); exact_ || !source.empty())
          m.published_sources.push_back(std::move(source));
      } else if (is(c, "msDesc")) {
        m.archives.push_back(read_ms_desc(c));
      }
    }
  }

  ArchivalReference read_archival_bibl(const XmlNode& bibl) const {
    ArchivalReference r;
    std::string citation;
    for (const auto& c : bibl.children)
      if (c.kind == XmlNodeKind::Text || c.kind == XmlNodeKind::CData) citation += c.value;
    r.citation = exact_ ? citation : normalize_space(citation);
    r.listy = text(child(&bibl, "citedRange"));
    r.note = text(child(&bibl, "note"));
    return r;
  }

  ArchivalReference read_ms_desc(const XmlNode& desc) const {
    ArchivalReference r;
    const XmlNode* identifier = child(&desc, "msIdentifier");
    if (const XmlNode* repository = child(identifier, "repository")) {
      const XmlNode* choice = child(repository, "choice");
      const XmlNode* abbr = child(choice ? choice : repository, "abbr");
      const XmlNode* expan = child(choice ? choice : repository, "expan");
      if (abbr || expan) {
        r.archive = text(abbr);
        r.archive_name = text(expan);
      } else {
        // An archive named without an acronym goes by its name.
        r.archive_name = text(repository);
        r.archive = r.archive_name;
      }
    } else {
      r.archive_name = text(child(identifier, "institution"));
    }
    for (const XmlNode* idno : children(identifier, "idno")) {
      if (has_type(*idno, tei::kIdnoFond)) r.fond = text(idno);
      else if (has_type(*idno, tei::kIdnoOpis)) r.opis = text(idno);
      else if (has_type(*idno, tei::kIdnoDelo)) r.delo = text(idno);
      else if (has_type(*idno, tei::kIdnoPapka)) r.papka = text(idno);
    }
    const XmlNode* item = child(child(&desc, "msContents"), "msItem");
    r.listy = text(child(item, "locus"));
    r.citation = text(child(item, "bibl"));
    r.note = text(child(item, "note"));
    return r;
  }

  void read_profile_desc(const XmlNode* desc, Metadata& m) const {
    if (!desc) return;
    if (const XmlNode* abstract = child(desc, "abstract")) {
      std::vector<const XmlNode*> paragraphs = children(abstract, "p");
      if (paragraphs.empty()) m.summary = text(abstract);
      for (const XmlNode* p : paragraphs) m.summary += (m.summary.empty() ? "" : "\n\n") + text(p);
    }
    if (const XmlNode* date = child(child(desc, "creation"), "date")) {
      const std::string* when = xml::attribute(*date, "when");
      const std::string* from = xml::attribute(*date, "from");
      const std::string* to = xml::attribute(*date, "to");
      m.date = when ? *when : from && to ? *from + "/" + *to : text(date);
    }
    for (const XmlNode* language : children(child(desc, "langUsage"), "language")) {
      std::string name = text(language);
      const std::string* ident = xml::attribute(*language, "ident");
      // archtei lists the original languages, then the text's other languages with their
      // share in @usage: a language with a share is an original one only when the text
      // holds that original.
      const std::string* usage = xml::attribute(*language, "usage");
      const bool original_part = ident && std::find(original_tags_.begin(), original_tags_.end(), *ident) != original_tags_.end();
      if (exact_ && usage && !original_part) continue;
      m.original_languages.push_back(name.empty() && ident ? *ident : name);
    }
    for (const XmlNode* keywords : children(child(desc, "textClass"), "keywords"))
      for (const XmlNode* term : children(keywords, "term"))
        if (has_type(*term, tei::kTermDocumentType) && m.document_type.empty()) m.document_type = text(term);
    for (const XmlNode* action : children(child(desc, "correspDesc"), "correspAction")) {
      std::vector<std::string>* target = has_type(*action, tei::kActionSent)       ? &m.authors
                                         : has_type(*action, tei::kActionReceived) ? &m.recipients
                                                                                   : nullptr;
      if (target)
        for (auto& name : names(action)) target->push_back(std::move(name));
      // A letter's sending date is its date when the header gives no other.
      const XmlNode* date = child(action, "date");
      if (m.date.empty() && date && target == &m.authors) {
        const std::string* when = xml::attribute(*date, "when");
        m.date = when ? *when : text(date);
      }
    }
    for (const XmlNode* list : children(child(desc, "particDesc"), "listPerson"))
      for (const XmlNode* person : children(list, "person")) {
        const std::string* role = xml::attribute(*person, "role");
        std::vector<std::string>* target = !role                       ? nullptr
                                           : *role == tei::kRoleSigner  ? &m.signers
                                           : *role == tei::kRoleSpeaker ? &m.speakers
                                                                        : nullptr;
        if (target)
          for (auto& name : names(person)) target->push_back(std::move(name));
      }
  }

  const XmlNode* header_;
  std::vector<std::string> original_tags_;
  bool exact_ = false;
};

const XmlNode* root_element(const XmlDocument& tree) {
  for (const auto& n : tree.children)
    if (n.kind == XmlNodeKind::Element) return &n;
  return nullptr;
}

}  // namespace

Metadata read_tei_metadata(const XmlDocument& tree, const std::string& file) {
  const XmlNode* root = root_element(tree);
  std::vector<std::string> original_tags;
  for (const XmlNode* div : children(child(child(root, "text"), "body"), "div"))
    if (has_type(*div, "original"))
      if (const std::string* lang = xml::attribute(*div, "xml:lang")) original_tags.push_back(*lang);
  Metadata m = HeaderReader(child(root, "teiHeader"), std::move(original_tags)).read();
  m.file = file;
  return m;
}

std::string missing_tei_header(const XmlDocument& tree) {
  const XmlNode* root = root_element(tree);
  if (!root) return "the document has no root element";
  if (!is(*root, "TEI") && !is(*root, "teiCorpus"))
    return "the root element is <" + root->name + ">, not TEI's <TEI> or <teiCorpus>";
  const auto colon = root->name.find(':');
  const std::string declaration = colon == std::string::npos ? "xmlns" : "xmlns:" + root->name.substr(0, colon);
  const std::string* ns = xml::attribute(*root, declaration);
  if (!ns || *ns != tei::kNamespace)
    return "<" + root->name + "> is in " + (ns && !ns->empty() ? "the namespace " + *ns : std::string("no namespace")) +
           ", not TEI's (" + std::string(tei::kNamespace) + ")";
  if (!child(root, "teiHeader")) return "<" + root->name + "> has no <teiHeader>, so there is no record to read";
  return {};
}

Document read_tei(std::string_view input, const std::string& file, Diagnostics& diags) {
  Document doc;
  doc.tei = parse_xml(input, file);
  // Other XML still passes through a conversion untouched, but without a record.
  if (std::string missing = missing_tei_header(doc.tei); !missing.empty())
    diags.warn(missing + "; no metadata is read from it", "tei-not-tei");
  doc.metadata = read_tei_metadata(doc.tei, file);
  return doc;
}

}  // namespace archtei
