// Reading archtei's JSON-LD back: the round trip of a known document, and the exact error
// (file, JSON Pointer, code) for each kind of bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "jsonld/jsonld_reader.h"
#include "jsonld/jsonld_writer.h"
#include "jsonld/roundtrip.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

namespace archtei {
namespace {

using Json = nlohmann::ordered_json;

Document telegram(std::string source_url = "https://digitalarchive.example.org/document/119377") {
  Document doc;
  Metadata& m = doc.metadata;
  m.file = "in/telegram.txt";
  m.title = "Ciphered Telegram, Molotov to Stalin";
  m.date = "1950-02-08";
  m.document_type = "Ciphered Telegram";
  m.authors = {"Molotov"};
  m.recipients = {"Stalin"};
  m.translators = {"Gary Goldberg"};
  m.funders = {"Leon Levy Foundation"};
  m.original_languages = {"Russian"};
  m.summary = "Molotov reports on the talks.";
  m.source_url = std::move(source_url);
  ArchivalReference ref;
  ref.archive = "AVPRF";
  ref.archive_name = "Archive of Foreign Policy of the Russian Federation";
  ref.fond = "059a";
  ref.opis = "5a";
  ref.delo = "3";
  ref.papka = "11";
  ref.listy = "0098-0099";
  ref.citation = "AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 0098-0099";
  m.archives = {ref};
  m.citation = ref.citation;
  Block p;
  p.inlines = {Inline{InlineKind::Text, "We agreed on everything.", {}, {}, {}}};
  doc.body = {p};
  return doc;
}

std::string written(const Document& doc) {
  Diagnostics diags(doc.metadata.file);
  return write_jsonld(doc, diags);
}

// The message of the Error read_jsonld throws for `input`, or "(accepted)".
std::string error_for(const std::string& input, const std::string& file = "out/telegram.jsonld") {
  try {
    Diagnostics diags(file);
    read_jsonld(input, file, diags);
    return "(accepted)";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Input);
    return e.what();
  }
}

std::string edited(const std::function<void(Json&)>& edit) {
  Json j = Json::parse(written(telegram()));
  edit(j);
  return j.dump(2);
}

TEST(JsonLdReader, ReadsBackTheTeiAndItsRecord) {
  Document doc = telegram();
  std::string jsonld = written(doc);
  Diagnostics diags("out/telegram.jsonld");
  Document back = read_jsonld(jsonld, "out/telegram.jsonld", diags);
  Diagnostics d2;
  EXPECT_EQ(serialize_xml(back.tei), write_tei(doc, d2));
  EXPECT_EQ(back.metadata.title, doc.metadata.title);
  EXPECT_EQ(back.metadata.translators, doc.metadata.translators);
  EXPECT_EQ(back.metadata.funders, doc.metadata.funders);
  EXPECT_EQ(back.metadata.archives.at(0).fond, "059a");
  EXPECT_EQ(back.metadata.file, "out/telegram.jsonld");
}

TEST(JsonLdReader, LayerOneDescribesTheDocumentWithSchemaOrgAndRico) {
  Json j = Json::parse(written(telegram()));
  EXPECT_EQ(j["@id"], "https://digitalarchive.example.org/document/119377");
  EXPECT_EQ(j["@type"], Json::array({"ArchiveComponent", "CreativeWork", "Record"}));
  EXPECT_EQ(j["name"], "Ciphered Telegram, Molotov to Stalin");
  EXPECT_EQ(j["dateCreated"], Json({{"@value", "1950-02-08"}, {"@type", "xsd:date"}}));
  EXPECT_EQ(j["translator"], Json::parse(R"([{"name": "Gary Goldberg"}])"));
  EXPECT_EQ(j["funder"], Json::parse(R"([{"name": "Leon Levy Foundation"}])"));
  EXPECT_EQ(j["holdingArchive"][0]["name"], "Archive of Foreign Policy of the Russian Federation");
  EXPECT_EQ(j["holdingArchive"][0]["alternateName"], "AVPRF");
  // delo -> papka -> opis -> fond, each a record set with its identifier; the fond's holder
  // is the holding archive.
  const Json& delo = j["isOrWasIncludedIn"][0];
  EXPECT_EQ(delo["hasOrHadIdentifier"]["textualValue"], "3");
  EXPECT_EQ(delo["hasRecordSetType"], "ric-rst:File");
  const Json& papka = delo["isOrWasIncludedIn"];
  EXPECT_EQ(papka["hasOrHadIdentifier"]["textualValue"], "11");
  const Json& opis = papka["isOrWasIncludedIn"];
  EXPECT_EQ(opis["hasOrHadIdentifier"]["textualValue"], "5a");
  const Json& fond = opis["isOrWasIncludedIn"];
  EXPECT_EQ(fond["hasOrHadIdentifier"], Json::parse(R"({"@type": "Identifier", "textualValue": "059a",
                                                        "hasIdentifierType": "archtei:fond"})"));
  EXPECT_EQ(fond["hasOrHadHolder"]["@id"], j["holdingArchive"][0]["@id"]);
  EXPECT_EQ(j["hasOrHadIdentifier"][0]["textualValue"], "0098-0099");
  EXPECT_EQ(j["text"], "We agreed on everything.");
  EXPECT_EQ(j["converter"]["name"], "archtei");
  EXPECT_TRUE(j["tei"].is_array());
}

TEST(JsonLdReader, WithoutUrlOrXmlIdTheIdComesFromTheFileNameAndMayBeChanged) {
  Json j = Json::parse(written(telegram("")));
  EXPECT_EQ(j["@id"], "urn:archtei:telegram");
  j["@id"] = "https://collection.example.org/items/7";
  EXPECT_EQ(error_for(j.dump()), "(accepted)");
}

TEST(JsonLdReader, NotJson) {
  EXPECT_EQ(error_for("{\n  \"name\": ,\n}"),
            "out/telegram.jsonld:2:11: error: not JSON: syntax error while parsing value - unexpected ','; "
            "expected '[', '{', or a literal [json-syntax]");
}

struct BadInput {
  std::string name;
  std::function<void(Json&)> edit;
  std::string message;
};

class JsonLdReaderErrors : public ::testing::TestWithParam<BadInput> {};

TEST_P(JsonLdReaderErrors, NameTheFileTheJsonPointerAndTheCode) {
  EXPECT_EQ(error_for(edited(GetParam().edit)), "out/telegram.jsonld: error: " + GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, JsonLdReaderErrors,
    ::testing::Values(
        BadInput{"TopLevelArray", [](Json& j) { j = Json::array({j}); },
                 "not archtei JSON-LD: the top level is not a JSON object [jsonld-format]"},
        BadInput{"NoContext", [](Json& j) { j.erase("@context"); },
                 "not archtei JSON-LD: no \"@context\" at /@context [jsonld-format]"},
        BadInput{"ForeignContext", [](Json& j) { j["@context"] = "https://schema.org/"; },
                 "not archtei JSON-LD: the @context does not define \"tei\" as archtei's TEI literal at /@context "
                 "[jsonld-format]"},
        BadInput{"ContextTermChanged", [](Json& j) { j["@context"]["translator"] = "schema:author"; },
                 "not archtei JSON-LD: the @context is not archtei's at /@context/translator [jsonld-format]"},
        BadInput{"NoLayerOne", [](Json& j) { j.erase("@type"); },
                 "missing layer 1 (the linked-data description): no \"@type\" at /@type [jsonld-missing-layer]"},
        BadInput{"NoLayerTwo", [](Json& j) { j.erase("tei"); },
                 "missing layer 2 (the TEI document): no \"tei\" at /tei [jsonld-missing-layer]"},
        BadInput{"ElementWithoutName",
                 [](Json& j) {
                   for (auto& node : j["tei"])
                     if (node["type"] == "element") node.erase("name");
                 },
                 "layer 2 is not well-formed XML: an element without a name at /tei/0 [jsonld-tree]"},
        BadInput{"EditedTranslator", [](Json& j) { j["translator"][0]["name"] = "Someone Else"; },
                 "layer 1 disagrees with the TEI in layer 2 at /translator/0/name: layer 1 has \"Someone Else\", "
                 "the TEI gives \"Gary Goldberg\" [jsonld-mismatch]"},
        BadInput{"EditedTitle", [](Json& j) { j["name"] = "Another title"; },
                 "layer 1 disagrees with the TEI in layer 2 at /name: layer 1 has \"Another title\", the TEI gives "
                 "\"Ciphered Telegram, Molotov to Stalin\" [jsonld-mismatch]"},
        BadInput{"RemovedFunder", [](Json& j) { j.erase("funder"); },
                 "layer 1 disagrees with the TEI in layer 2 at /funder: layer 1 has nothing, the TEI gives "
                 "[{\"name\":\"Leon Levy Foundation\"}] [jsonld-mismatch]"},
        BadInput{"EditedFond",
                 [](Json& j) {
                   j["isOrWasIncludedIn"][0]["isOrWasIncludedIn"]["isOrWasIncludedIn"]["isOrWasIncludedIn"]
                    ["hasOrHadIdentifier"]["textualValue"] = "59";
                 },
                 "layer 1 disagrees with the TEI in layer 2 at "
                 "/isOrWasIncludedIn/0/isOrWasIncludedIn/isOrWasIncludedIn/isOrWasIncludedIn/hasOrHadIdentifier/"
                 "textualValue: layer 1 has \"59\", the TEI gives \"059a\" [jsonld-mismatch]"},
        BadInput{"ExtraProperty", [](Json& j) { j["keywords"] = "Korea"; },
                 "layer 1 disagrees with the TEI in layer 2 at /keywords: layer 1 has \"Korea\", the TEI gives "
                 "nothing [jsonld-mismatch]"},
        BadInput{"EditedConverter", [](Json& j) { j["converter"]["@type"] = "SofAerwatpplication"; },
                 "the converter's stamp at /converter is not {\"@type\": \"SoftwareApplication\", \"name\": "
                 "\"archtei\", \"softwareVersion\": \"…\"} [jsonld-format]"},
        BadInput{"EditedId", [](Json& j) { j["@id"] = "https://elsewhere.example.org/1"; },
                 "layer 1 disagrees with the TEI in layer 2 at /@id: layer 1 has \"https://elsewhere.example.org/1\", "
                 "the TEI gives \"https://digitalarchive.example.org/document/119377\" [jsonld-mismatch]"}),
    [](const auto& info) { return info.param.name; });

TEST(JsonLdWriter, SameDocumentSameBytes) {
  EXPECT_EQ(written(telegram()), written(telegram()));
}

// The stamp says which archtei wrote a copy: a file another version wrote, or one with no
// stamp, comes back the same.
TEST(JsonLdRoundtrip, TheConverterStampIsTheWritersNotTheDocuments) {
  Diagnostics diags("telegram.jsonld");
  Json other_version = Json::parse(written(telegram()));
  other_version["converter"]["softwareVersion"] = "9.9.9";
  EXPECT_TRUE(roundtrip_jsonld(other_version.dump(), "telegram.jsonld", diags).identical);
  Json unstamped = Json::parse(written(telegram()));
  unstamped.erase("converter");
  EXPECT_TRUE(roundtrip_jsonld(unstamped.dump(), "telegram.jsonld", diags).identical);
  // An identifier the TEI does not carry is made again, and the difference still shows.
  Json renamed = Json::parse(written(telegram("")));
  renamed["converter"]["softwareVersion"] = "9.9.9";
  renamed["@id"] = "https://collection.example.org/items/7";
  RoundtripResult r = roundtrip_jsonld(renamed.dump(), "telegram.jsonld", diags);
  EXPECT_FALSE(r.identical);
  EXPECT_EQ(r.where, "/@id");
}

}  // namespace
}  // namespace archtei
