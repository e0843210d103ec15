// archtei's public C++ API, the one header to include: read a text page, TEI or JSON-LD
// into archtei's model; write TEI, JSON-LD or the metadata record; validate TEI.
//
//   #include <archtei/archtei.h>
//   std::string tei = archtei::api::convert(page_text, archtei::api::Format::Tei);
//   auto result = archtei::api::Validator().validate(tei);
#pragma once

#include "archtei/diagnostic.h"
#include "archtei/document.h"
#include "archtei/validator.h"
#include "archtei/version.h"
