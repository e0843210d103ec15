// Converts a Metadata record into a TEI teiHeader element.
#include "tei/tei_header_encoder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>
#include <string>

#include "archtei/version.h"
#include "model/language_names.h"
#include "tei/tei_vocabulary.h"
#include "tei/xml_build.h"

namespace archtei {
namespace {

using xml::append;
using xml::element;
using xml::text_element;

std::string str(std::string_view s) { return std::string(s); }

XmlNode resp_stmt(std::string_view resp, std::string_view relator, const std::string& name) {
  XmlNode stmt = element("respStmt");
  std::vector<XmlAttribute> attrs;
  if (!relator.empty()) attrs.push_back({"ref", str(relator)});
  append(stmt, text_element("resp", resp, std::move(attrs)));
  append(stmt, text_element("persName", name));
  return stmt;
}

// A translation: the text holds one, and the page names an original language other than
// the translation's.
bool is_translation(const Metadata& m, const TextLanguages& text) {
  if (!text.has_translation) return false;
  for (const auto& name : m.original_languages)
    if (language_code(name).value_or("und") != text.main) return true;
  return false;
}

// A deposit needs a title: a page that gives none gets one said to be supplied, made of
// what is known (the document type and date), so no reader mistakes it for the source's.
std::string supplied_title(const Metadata& m) {
  std::string title = m.document_type.empty() ? std::string("Untitled document") : m.document_type;
  if (!m.date.empty()) title += ", " + m.date;
  return title;
}

XmlNode title_stmt(const Metadata& m, const TextLanguages& text) {
  XmlNode stmt = element("titleStmt");
  if (m.title.empty())
    append(stmt, text_element("title", supplied_title(m), {{"type", str(tei::kTitleSupplied)}}));
  else
    append(stmt, text_element("title", m.title));
  for (const auto& n : m.translators)
    append(stmt, resp_stmt(tei::kRespTranslator, tei::kRelatorTranslator, n));
  if (m.translators.empty() && is_translation(m, text)) {
    // A translation with no translator named: the deposit states that, rather than leaving
    // the reader to wonder whether the credit was lost.
    XmlNode unknown = element("respStmt");
    append(unknown, text_element("resp", tei::kRespTranslator, {{"ref", str(tei::kRelatorTranslator)}}));
    append(unknown, text_element("name", tei::kUnknownTranslator, {{"type", str(tei::kNameUnknown)}}));
    append(stmt, std::move(unknown));
  }
  for (const auto& n : m.contributors)
    append(stmt, resp_stmt(tei::kRespContributor, tei::kRelatorContributor, n));
  for (const auto& n : m.editors) append(stmt, resp_stmt(tei::kRespEditor, tei::kRelatorEditor, n));
  for (const auto& c : m.other_credits) append(stmt, resp_stmt(c.role, {}, c.name));
  for (const auto& f : m.funders) append(stmt, text_element("funder", f));
  return stmt;
}

XmlNode publication_stmt(const Metadata& m) {
  XmlNode stmt = element("publicationStmt");
  if (m.publisher.empty() && m.source_url.empty()) {
    // publicationStmt may not be empty; a paragraph says that nothing is known.
    append(stmt, text_element("p", "No publication details are given in the source."));
    return stmt;
  }
  // The idno needs an agency before it, so an unknown publisher is an empty <publisher/>.
  append(stmt, text_element("publisher", m.publisher));
  if (!m.source_url.empty())
    append(stmt, text_element("idno", m.source_url, {{"type", str(tei::kIdnoUrl)}}));
  return stmt;
}

std::string strip_leading_zeros(std::string digits) {
  std::size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? "0" : digits.substr(first);
}

/// One folio as written ("0098", "12ob.", "12 ob", "12v", "12r") in normalised form.
std::string normalise_folio(const std::string& folio) {
  static const std::regex pattern(R"(^\s*0*(\d+)\s*(ob\.?|об\.?|v|r)?\s*$)", std::regex::icase);
  std::smatch m;
  if (!std::regex_match(folio, m, pattern)) return {};
  std::string side = m[2].str();
  std::string out = strip_leading_zeros(m[1].str());
  if (side.empty()) return out;
  return out + (side == "r" || side == "R" ? "r" : "v");
}

std::optional<XmlNode> ms_contents(const ArchivalReference& r) {
  if (r.listy.empty() && r.citation.empty() && r.note.empty()) return std::nullopt;
  XmlNode item = element("msItem");
  if (!r.listy.empty()) {
    FolioRange range = normalise_folios(r.listy);
    std::vector<XmlAttribute> attrs;
    if (!range.from.empty()) attrs = {{"from", range.from}, {"to", range.to}};
    append(item, text_element("locus", r.listy, std::move(attrs)));
  }
  // msItem needs content after its loci: the citation (possibly empty) always comes.
  if (!r.citation.empty() || r.note.empty()) append(item, text_element("bibl", r.citation));
  if (!r.note.empty()) append(item, text_element("note", r.note));
  XmlNode contents = element("msContents");
  append(contents, std::move(item));
  return contents;
}

XmlNode ms_desc(const ArchivalReference& r) {
  XmlNode identifier = element("msIdentifier");
  // The acronym and the full name are an abbreviation and its expansion; a name with no
  // acronym (an archive known by its name alone) is the repository's name as such.
  if (!r.archive.empty() || !r.archive_name.empty()) {
    XmlNode repository = element("repository");
    if (!r.archive.empty() && !r.archive_name.empty() && r.archive != r.archive_name) {
      XmlNode& choice = append(repository, element("choice"));
      append(choice, text_element("abbr", r.archive));
      append(choice, text_element("expan", r.archive_name));
    } else if (!r.archive.empty() && r.archive_name.empty()) {
      append(repository, text_element("abbr", r.archive));
    } else {
      xml::append_text(repository, r.archive_name);
    }
    append(identifier, std::move(repository));
  }
  const std::pair<std::string_view, const std::string*> levels[] = {
      {tei::kIdnoFond, &r.fond}, {tei::kIdnoOpis, &r.opis},
      {tei::kIdnoDelo, &r.delo}, {tei::kIdnoPapka, &r.papka}};
  for (const auto& [type, value] : levels)
    if (!value->empty()) append(identifier, text_element("idno", *value, {{"type", str(type)}}));
  XmlNode desc = element("msDesc");
  append(desc, std::move(identifier));
  if (auto contents = ms_contents(r)) append(desc, std::move(*contents));
  return desc;
}

bool identifies_a_manuscript(const ArchivalReference& r) {
  return !(r.archive.empty() && r.archive_name.empty() && r.fond.empty() && r.opis.empty() &&
           r.delo.empty() && r.papka.empty());
}

/// A reference that names neither archive nor file cannot be an msDesc (its msIdentifier
/// would be empty, which the Guidelines forbid); it is a citation with folios instead.
XmlNode archival_bibl(const ArchivalReference& r) {
  XmlNode bibl = element("bibl", {{"type", str(tei::kBiblArchival)}});
  xml::append_text(bibl, r.citation);
  if (!r.listy.empty()) {
    FolioRange range = normalise_folios(r.listy);
    std::vector<XmlAttribute> attrs = {{"unit", "folio"}};
    if (!range.from.empty()) attrs.insert(attrs.end(), {{"from", range.from}, {"to", range.to}});
    append(bibl, text_element("citedRange", r.listy, std::move(attrs)));
  }
  if (!r.note.empty()) append(bibl, text_element("note", r.note));
  return bibl;
}

XmlNode source_desc(const Metadata& m) {
  XmlNode desc = element("sourceDesc");
  if (!m.citation.empty())
    append(desc, text_element("bibl", m.citation, {{"type", str(tei::kBiblCitation)}}));
  for (const auto& r : m.archives)
    append(desc, identifies_a_manuscript(r) ? ms_desc(r) : archival_bibl(r));
  for (const auto& s : m.published_sources)
    append(desc, text_element("bibl", s, {{"type", str(tei::kBiblPublished)}}));
  if (desc.children.empty())
    append(desc, text_element("p", "No source is given for this document."));
  return desc;
}

XmlNode file_desc(const Metadata& m, const TextLanguages& text) {
  XmlNode desc = element("fileDesc");
  append(desc, title_stmt(m, text));
  append(desc, publication_stmt(m));
  if (!m.warnings.empty()) {
    XmlNode& notes = append(desc, element("notesStmt"));
    for (const auto& w : m.warnings)
      append(notes, text_element("note", w, {{"type", str(tei::kNoteWarning)}}));
  }
  append(desc, source_desc(m));
  return desc;
}

XmlNode encoding_desc() {
  XmlNode desc = element("encodingDesc");
  XmlNode& info = append(desc, element("appInfo"));
  XmlNode& app = append(info, element("application", {{"ident", str(tei::kApplicationIdent)},
                                                      {"version", kVersion}}));
  append(app, text_element("label", kName));
  return desc;
}

bool is_iso_date(const std::string& date) {
  static const std::regex pattern(R"(^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$)");
  return std::regex_match(date, pattern);
}

XmlNode names_element(std::string name, std::vector<XmlAttribute> attrs,
                      const std::vector<std::string>& names) {
  XmlNode n = element(std::move(name), std::move(attrs));
  for (const auto& person : names) append(n, text_element("persName", person));
  return n;
}

std::optional<XmlNode> profile_desc(const Metadata& m, const TextLanguages& text, Diagnostics& diags) {
  XmlNode desc = element("profileDesc");
  if (!m.summary.empty()) {
    XmlNode& abstract = append(desc, element("abstract"));
    append(abstract, text_element("p", m.summary));
  }
  if (!m.date.empty()) {
    std::vector<XmlAttribute> attrs;
    const std::size_t slash = m.date.find('/');
    if (is_iso_date(m.date)) {
      attrs.push_back({"when", m.date});
    } else if (slash != std::string::npos && is_iso_date(m.date.substr(0, slash)) &&
               is_iso_date(m.date.substr(slash + 1))) {
      // An ISO 8601 interval "from/to": the document was written over some days.
      attrs.push_back({"from", m.date.substr(0, slash)});
      attrs.push_back({"to", m.date.substr(slash + 1)});
    } else
      diags.warn("document date '" + m.date + "' is not ISO 8601; written without @when",
                 "tei-date-not-iso");
    append(append(desc, element("creation")), text_element("date", m.date, std::move(attrs)));
  }
  {
    // The original languages, as the page names them, then the other languages the text is
    // written in, each with its share of the text in @usage. An original language has a
    // share only where the text holds the original (a phrase quoted in the translation
    // does not make one), so a reader can tell the two apart.
    XmlNode& usage = append(desc, element("langUsage"));
    std::vector<std::string> listed;
    auto share_of = [&](const std::string& code) -> std::optional<int> {
      for (const auto& s : text.shares)
        if (s.tag == code) return s.percent;
      return std::nullopt;
    };
    auto language = [&](const std::string& name, const std::string& code, bool with_share) {
      std::vector<XmlAttribute> attrs = {{"ident", code}};
      if (auto percent = share_of(code); percent && with_share) attrs.push_back({"usage", std::to_string(*percent)});
      append(usage, text_element("language", name, std::move(attrs)));
      listed.push_back(code);
    };
    for (const auto& name : m.original_languages) {
      auto code = language_code(name);
      if (!code)
        diags.warn("no ISO 639 code known for language '" + name + "'; written as 'und'",
                   "tei-unknown-language");
      const std::string ident = code.value_or("und");
      language(name, ident, std::find(text.originals.begin(), text.originals.end(), ident) != text.originals.end());
    }
    for (const auto& s : text.shares) {
      if (std::find(listed.begin(), listed.end(), s.tag) != listed.end()) continue;
      std::string name = language_name(s.tag);
      language(name.empty() ? s.tag : name, s.tag, true);
    }
  }
  if (!m.document_type.empty()) {
    XmlNode& keywords = append(append(desc, element("textClass")), element("keywords"));
    append(keywords, text_element("term", m.document_type, {{"type", str(tei::kTermDocumentType)}}));
  }
  if (!m.authors.empty() || !m.recipients.empty()) {
    XmlNode& corresp = append(desc, element("correspDesc"));
    if (!m.authors.empty())
      append(corresp, names_element("correspAction", {{"type", str(tei::kActionSent)}}, m.authors));
    if (!m.recipients.empty())
      append(corresp,
             names_element("correspAction", {{"type", str(tei::kActionReceived)}}, m.recipients));
  }
  if (!m.signers.empty() || !m.speakers.empty()) {
    XmlNode& people = append(append(desc, element("particDesc")), element("listPerson"));
    for (const auto& [role, names] : {std::pair{tei::kRoleSigner, &m.signers},
                                      std::pair{tei::kRoleSpeaker, &m.speakers}})
      for (const auto& name : *names)
        append(people, names_element("person", {{"role", str(role)}}, {name}));
  }
  if (desc.children.empty()) return std::nullopt;
  return desc;
}

}  // namespace

FolioRange normalise_folios(std::string_view listy) {
  std::string s(listy);
  // Ranges use a hyphen or an en or em dash.
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"})
    for (std::size_t p; (p = s.find(dash)) != std::string::npos;) s.replace(p, dash.size(), "-");
  std::size_t hyphen = s.find('-');
  if (hyphen == std::string::npos) {
    std::string folio = normalise_folio(s);
    return {folio, folio};
  }
  if (s.find('-', hyphen + 1) != std::string::npos) return {};
  std::string from = normalise_folio(s.substr(0, hyphen));
  std::string to = normalise_folio(s.substr(hyphen + 1));
  if (from.empty() || to.empty()) return {};
  return {from, to};
}

XmlNode encode_tei_header(const Metadata& metadata, const TextLanguages& text, Diagnostics& diags) {
  // A header with nothing of the page's own in it is worth a word: the text may not be a
  // page of the kind archtei reads at all.
  const Metadata& m = metadata;
  if (m.title.empty() && m.date.empty() && m.authors.empty() && m.recipients.empty() && m.archives.empty() &&
      m.published_sources.empty() && m.citation.empty())
    diags.warn("no metadata recognised (no title, date, people or source); the TEI header holds only what "
               "archtei supplies",
               "no-metadata");
  XmlNode header = element("teiHeader");
  append(header, file_desc(metadata, text));
  append(header, encoding_desc());
  if (auto profile = profile_desc(metadata, text, diags)) append(header, std::move(*profile));
  return header;
}

}  // namespace archtei
