// The JSON record: exactly the documented keys, in order; absent values null or [].
#include "jsonld/record_json.h"

#include <gtest/gtest.h>

#include "tei_test_support.h"

namespace archtei {
namespace {

TEST(RecordJson, EmptyRecordHasEveryKeyNullOrEmpty) {
  EXPECT_EQ(write_record_json(Metadata{}, -1),
            "{\"file\":null,\"title\":null,\"date\":null,\"document_type\":null,\"authors\":[],"
            "\"recipients\":[],\"archives\":[],\"published_sources\":[],\"translators\":[],"
            "\"contributors\":[],\"editors\":[],\"other_credits\":[],\"funders\":[],"
            "\"original_languages\":[],\"summary\":null,\"source_url\":null,\"publisher\":null,"
            "\"signers\":[],\"speakers\":[],\"warnings\":[]}");
}

TEST(RecordJson, ArchivesAndCreditsAreObjectsWithFixedKeys) {
  Metadata m;
  m.file = "a.txt";
  m.archives = {{"APRF", "", "3", "65", "829", "", "94-97", "", "APRF, Fond 3"}};
  m.other_credits = {{"obtained by", "K. W."}};
  m.translators = {"G \"G\""};
  std::string json = write_record_json(m, -1);
  EXPECT_NE(json.find("\"archives\":[{\"archive\":\"APRF\",\"archive_name\":null,\"fond\":\"3\",\"opis\":\"65\","
                      "\"delo\":\"829\",\"papka\":null,\"listy\":\"94-97\",\"note\":null,\"citation\":\"APRF, Fond 3\"}]"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"other_credits\":[{\"role\":\"obtained by\",\"name\":\"K. W.\"}]"), std::string::npos);
  EXPECT_NE(json.find("\"translators\":[\"G \\\"G\\\"\"]"), std::string::npos);
}

TEST(RecordJson, SeveralRecordsAreAnArray) {
  Metadata a, b;
  a.file = "a.txt";
  b.file = "b.txt";
  std::string json = write_records_json({a, b}, 2);
  EXPECT_EQ(json.front(), '[');
  EXPECT_NE(json.find("\n  {\n    \"file\": \"a.txt\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"file\": \"b.txt\""), std::string::npos);
}

}  // namespace
}  // namespace archtei
