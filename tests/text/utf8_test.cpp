// UTF-8 bytes to code points (read_utf8) and back (append_utf8): table-driven cases.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "model/utf8.h"

namespace {

using archtei::read_utf8;
using archtei::Utf8Char;

// Each row: bytes, and what read_utf8 finds at their start.
struct ReadCase {
  const char* bytes;
  char32_t code_point;
  std::size_t length;
  bool valid;
};

void PrintTo(const ReadCase& c, std::ostream* os) {
  for (const char* p = c.bytes; *p; ++p) *os << std::hex << (static_cast<unsigned>(*p) & 0xFF) << ' ';
}

class ReadUtf8 : public ::testing::TestWithParam<ReadCase> {};

TEST_P(ReadUtf8, FirstSequence) {
  const Utf8Char c = read_utf8(GetParam().bytes, 0);
  EXPECT_EQ(c.code_point, GetParam().code_point);
  EXPECT_EQ(c.length, GetParam().length);
  EXPECT_EQ(c.valid, GetParam().valid);
}

INSTANTIATE_TEST_SUITE_P(
    Utf8, ReadUtf8,
    ::testing::Values(ReadCase{"A", U'A', 1, true}, ReadCase{"\xC3\xA9x", U'\u00E9', 2, true},
                      ReadCase{"\xD0\x96", U'\u0416', 2, true}, ReadCase{"\xE2\x80\x94", U'\u2014', 3, true},
                      ReadCase{"\xF0\x9F\x98\x80", U'\U0001F600', 4, true},
                      ReadCase{"\xF4\x8F\xBF\xBF", U'\U0010FFFF', 4, true},
                      // complete but not well-formed: the spelled value, for lenient readers
                      ReadCase{"\xC0\xAF", 0x2F, 2, false}, ReadCase{"\xED\xA0\x80", 0xD800, 3, false},
                      ReadCase{"\xF4\x90\x80\x80", 0x110000, 4, false},
                      // incomplete: nothing read
                      ReadCase{"\x80", 0xFFFD, 0, false}, ReadCase{"\xFF", 0xFFFD, 0, false},
                      ReadCase{"\xE2\x82", 0xFFFD, 0, false}, ReadCase{"\xC3(", 0xFFFD, 0, false}));

TEST(Utf8, ReadsBackWhatIsAppended) {
  for (char32_t cp : {U'\0', U'~', U'\u0080', U'\u07FF', U'\u0800', U'\uFFFD', U'\U00010000', U'\U0010FFFF'}) {
    std::string s = "x";
    archtei::append_utf8(s, cp);
    const Utf8Char c = read_utf8(s, 1);
    EXPECT_EQ(c.code_point, cp);
    EXPECT_EQ(c.length, s.size() - 1);
    EXPECT_TRUE(c.valid);
  }
  static_assert(read_utf8("\xC3\xA9", 0).code_point == U'\u00E9');
}

}  // namespace
