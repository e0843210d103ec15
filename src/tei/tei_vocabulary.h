// The TEI attribute values archtei writes in a header and reads back: one list, shared by
// the encoder and the reader so that each is the other's exact inverse.
#pragma once

#include <string_view>

namespace archtei::tei {

inline constexpr std::string_view kNamespace = "http://www.tei-c.org/ns/1.0";
inline constexpr std::string_view kApplicationIdent = "archtei";

/// respStmt/resp/@ref for the three credit roles the record names; other roles are written
/// as resp text alone. MARC relator codes, the vocabulary the Guidelines point to.
inline constexpr std::string_view kRelatorTranslator = "http://id.loc.gov/vocabulary/relators/trl";
inline constexpr std::string_view kRelatorContributor = "http://id.loc.gov/vocabulary/relators/ctb";
inline constexpr std::string_view kRelatorEditor = "http://id.loc.gov/vocabulary/relators/edt";
inline constexpr std::string_view kRespTranslator = "translated by";
inline constexpr std::string_view kRespContributor = "contributed by";
inline constexpr std::string_view kRespEditor = "edited by";

/// The language of archtei's text (a translation into English): text/@xml:lang, and the
/// langUsage entry marked usage="100" that the reader does not count as an original language.
inline constexpr std::string_view kTextLanguage = "en";
inline constexpr std::string_view kTextLanguageName = "English";
inline constexpr std::string_view kTextLanguageUsage = "100";
/// title/@type of a title archtei supplies when the page gives none; not read back.
inline constexpr std::string_view kTitleSupplied = "supplied";
/// name/@type in the translation credit archtei writes when the page names no translator;
/// not read back.
inline constexpr std::string_view kNameUnknown = "unknown";
inline constexpr std::string_view kUnknownTranslator = "not stated in the source";

/// publicationStmt/idno/@type of the source URL.
inline constexpr std::string_view kIdnoUrl = "URL";
/// sourceDesc/bibl/@type of the full citation as written, and of a published source.
inline constexpr std::string_view kBiblCitation = "citation";
inline constexpr std::string_view kBiblPublished = "published";
/// sourceDesc/bibl/@type of an archival reference that names no archive and no file.
inline constexpr std::string_view kBiblArchival = "archival";
/// msIdentifier/idno/@type for the levels of a Soviet-style archival reference.
inline constexpr std::string_view kIdnoFond = "fond";
inline constexpr std::string_view kIdnoOpis = "opis";
inline constexpr std::string_view kIdnoDelo = "delo";
inline constexpr std::string_view kIdnoPapka = "papka";
/// notesStmt/note/@type of a record warning.
inline constexpr std::string_view kNoteWarning = "warning";
/// textClass/keywords/term/@type of the document type.
inline constexpr std::string_view kTermDocumentType = "documentType";
/// correspAction/@type for authors and recipients.
inline constexpr std::string_view kActionSent = "sent";
inline constexpr std::string_view kActionReceived = "received";
/// particDesc/listPerson/person/@role for signers and speakers.
inline constexpr std::string_view kRoleSigner = "signer";
inline constexpr std::string_view kRoleSpeaker = "speaker";

}  // namespace archtei::tei
