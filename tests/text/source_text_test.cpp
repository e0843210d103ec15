// split_source_lines: line ends, BOM, layout characters, and exact error positions.
#include <gtest/gtest.h>

#include "model/diagnostics.h"
#include "text/source_text.h"

namespace archtei {
namespace {

std::vector<std::string> texts(const std::vector<SourceLine>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) out.push_back(l.text);
  return out;
}

TEST(SourceText, LfCrlfAndLoneCrAllEndLines) {
  EXPECT_EQ(texts(split_source_lines("a\nb\r\nc\rd", "f")), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(texts(split_source_lines("a\r\n", "f")), (std::vector<std::string>{"a"}));
  EXPECT_EQ(texts(split_source_lines("a\n\nb", "f")), (std::vector<std::string>{"a", "", "b"}));
}

TEST(SourceText, NumbersLinesFromOne) {
  auto lines = split_source_lines("x\r\ny\nz", "f");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].number, 1u);
  EXPECT_EQ(lines[2].number, 3u);
}

TEST(SourceText, StripsTheByteOrderMark) {
  EXPECT_EQ(texts(split_source_lines("\xEF\xBB\xBFTitle\n", "f")), (std::vector<std::string>{"Title"}));
}

TEST(SourceText, WhiteSquaresAndNoBreakSpacesBecomeIndentation) {
  auto lines = split_source_lines("\xE2\x96\xA1\xE2\x96\xA1\xE2\x96\xA1Pyongyang\n\xC2\xA0\n", "f");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "Pyongyang");
  EXPECT_EQ(lines[0].indent, 3u);
  EXPECT_EQ(lines[1].text, "");  // a line holding only a no-break space is blank
}

TEST(SourceText, LayoutSpacesInsideALineBecomeOneSpaceEach) {
  EXPECT_EQ(split_source_lines("the words\xC2\xA0\xE2\x80\x98" "by the end", "f")[0].text,
            "the words \xE2\x80\x98" "by the end");
  EXPECT_EQ(split_source_lines("trailing   \t", "f")[0].text, "trailing");
}

TEST(SourceText, DropsZeroWidthCharacters) {
  EXPECT_EQ(split_source_lines("com\xE2\x80\x8Bmuniqu\xC3\xA9", "f")[0].text, "communiqu\xC3\xA9");
}

struct BadInput {
  std::string bytes;
  std::size_t line, column;
  std::string code;
};

TEST(SourceText, RejectsBadBytesNamingFileLineAndColumn) {
  const std::vector<BadInput> cases = {
      {"ab\xFF", 1, 3, "invalid-utf8"},
      {"ok\nline \xC3(", 2, 6, "invalid-utf8"},          // truncated two-byte sequence
      {"\xC0\xAF", 1, 1, "invalid-utf8"},                // overlong encoding of '/'
      {"x\n\ny\xED\xA0\x80", 3, 2, "invalid-utf8"},      // UTF-16 surrogate
      {"\xE2\x82", 1, 1, "invalid-utf8"},                // cut off at the end
      {"text\n\x00more", 2, 1, "binary-input"},
  };
  for (const auto& c : cases) {
    std::string bytes = c.bytes;
    if (c.code == "binary-input") bytes = std::string("text\n\0more", 10);
    try {
      split_source_lines(bytes, "doc.txt");
      ADD_FAILURE() << "accepted " << c.code;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::Input);
      EXPECT_EQ(e.diagnostic().file, "doc.txt");
      EXPECT_EQ(e.diagnostic().pos.line, c.line) << e.what();
      EXPECT_EQ(e.diagnostic().pos.column, c.column) << e.what();
      EXPECT_EQ(e.diagnostic().code, c.code);
    }
  }
}

TEST(SourceText, ErrorMessageReadsLikeACompilers) {
  try {
    split_source_lines("ab\xFF", "doc.txt");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "doc.txt:1:3: error: invalid UTF-8 byte 0xFF at byte offset 2 (a text in another encoding "
                 "needs --encoding, e.g. --encoding windows-1252) [invalid-utf8]");
  }
}

TEST(CollapseSpace, FoldsRunsAndTrims) {
  EXPECT_EQ(collapse_space("  a \n b\t\tc  "), "a b c");
  EXPECT_EQ(collapse_space(""), "");
}

}  // namespace
}  // namespace archtei
