// The report's pages, each rendered to a string of HTML: the index of documents, the
// collection overview, a document's page, and the reading view of a TEI text.
#pragma once

#include <string>
#include <vector>

#include "model/xml_tree.h"
#include "report/report_entry.h"

namespace archtei::report {

/// What the index and the overview know of one document.
struct IndexRow {
  std::string page;      ///< the document page, relative to the report folder
  std::string input;
  Metadata record;
  std::string status;
  std::size_t warnings = 0;
  std::vector<std::string> warning_kinds;  ///< one per warning: its message's lead or [code]
};

/// Links of a document page to its neighbours and files, relative to the page.
struct PageLinks {
  std::string index, previous, previous_title, next, next_title, tei, jsonld, source;
};

std::string index_page(const std::vector<IndexRow>& rows);
std::string overview_page(const std::vector<IndexRow>& rows);
std::string document_page(const ReportEntry& entry, const PageLinks& links);

/// The <text> of a TEI tree as HTML for reading: openers and closers, speaker turns, notes,
/// gaps and page breaks each visibly marked. Empty when the tree has no <text>.
std::string tei_text_html(const XmlDocument& tei);

/// The opening of every page: doctype, head with the stylesheet and script at `assets`
/// ("" or "../"), and <body class=`body_class`>.
std::string page_start(const std::string& title, const std::string& assets, const std::string& body_class);

/// "1950s" for a date starting with 195; "" for no date.
std::string decade_of(const std::string& iso_date);

}  // namespace archtei::report
