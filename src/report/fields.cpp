// The table of the record's fields with the report's label and highlight colour for each.
#include "report/fields.h"

namespace archtei::report {

const std::vector<FieldStyle>& field_styles() {
  static const std::vector<FieldStyle> kFields = {
      {"title", "Title", "#ffe08a"},
      {"date", "Date", "#9fe3b4"},
      {"document_type", "Document type", "#f7c59f"},
      {"authors", "Author", "#c9b6f2"},
      {"recipients", "Recipient", "#f2b6d9"},
      {"archive", "Archive", "#8ecdf5"},
      {"archive_name", "Archive name", "#b5dcf7"},
      {"fond", "Fond", "#7fd6d0"},
      {"opis", "Opis", "#a8e6a1"},
      {"delo", "Delo", "#f5d76e"},
      {"papka", "Papka", "#e6b8a2"},
      {"listy", "Listy", "#d4a5f5"},
      {"note", "Reference note", "#e0e0a0"},
      {"citation", "Reference", "#dde8f3"},
      {"published_sources", "Published source", "#e3d5c5"},
      {"translators", "Translator", "#ffb3b3"},
      {"contributors", "Contributor", "#b3ffd9"},
      {"editors", "Editor", "#ffd1a8"},
      {"role", "Credit role", "#d9d9ff"},
      {"name", "Credited name", "#ffc6ff"},
      {"funders", "Funder", "#c2f0a0"},
      {"original_languages", "Original language", "#f0e0ff"},
      {"summary", "Summary", "#eef5d6"},
      {"source_url", "Source URL", "#cce7ff"},
      {"publisher", "Publisher", "#f3e1b5"},
      {"signers", "Signer", "#ffcf99"},
      {"speakers", "Speaker", "#a6f0e8"},
      {"warnings", "Warning", "#ffb0a0"},
  };
  return kFields;
}

const FieldStyle& field_style(std::string_view key) {
  for (const FieldStyle& f : field_styles())
    if (f.key == key) return f;
  return field_styles().front();
}

}  // namespace archtei::report
