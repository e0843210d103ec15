// JSON escaping and object building for logs and manifests.
#include "batch/json_writer.h"

#include <gtest/gtest.h>

namespace archtei::batch {
namespace {

TEST(JsonQuote, EscapesWhatJsonRequires) {
  EXPECT_EQ(json_quote("plain"), "\"plain\"");
  EXPECT_EQ(json_quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(json_quote("l1\nl2\r\t"), "\"l1\\nl2\\r\\t\"");
  EXPECT_EQ(json_quote(std::string("\x01\x1f\x7f", 3)), "\"\\u0001\\u001f\\u007f\"");
  EXPECT_EQ(json_quote(std::string("a\0b", 3)), "\"a\\u0000b\"");
}

TEST(JsonQuote, KeepsUtf8AndReplacesBytesThatAreNot) {
  EXPECT_EQ(json_quote("Москва 北京 𝄞"), "\"Москва 北京 𝄞\"");
  EXPECT_EQ(json_quote("a\xff" "b"), "\"a\xEF\xBF\xBD" "b\"");
  EXPECT_EQ(json_quote("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");      // overlong '/'
  EXPECT_EQ(json_quote("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // surrogate
  EXPECT_EQ(json_quote("\xE2\x82"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");       // cut short
}

TEST(JsonObject, BuildsOneLine) {
  std::string s = JsonObject()
                      .add("s", "x")
                      .add("n", 3)
                      .add("u", std::uint64_t{18446744073709551615ull})
                      .add("d", 1.5)
                      .add("b", false)
                      .add_raw("a", json_array({"1", "\"two\""}))
                      .str();
  EXPECT_EQ(s, R"({"s":"x","n":3,"u":18446744073709551615,"d":1.500,"b":false,"a":[1,"two"]})");
  EXPECT_EQ(JsonObject().str(), "{}");
  EXPECT_EQ(json_array({}), "[]");
}

}  // namespace
}  // namespace archtei::batch
