// Texts in other encodings: UTF-8 and UTF-16/32 by their byte-order marks, and a named
// encoding (through iconv) for texts without one; exact errors for bytes that do not fit.
#include <gtest/gtest.h>

#include "model/diagnostics.h"
#include "text/source_text.h"

namespace archtei {
namespace {

std::string utf16le(std::string_view ascii) {
  std::string out;
  for (char c : ascii) out += std::string{c, '\0'};
  return out;
}

std::string utf16be(std::string_view ascii) {
  std::string out;
  for (char c : ascii) out += std::string{'\0', c};
  return out;
}

std::vector<std::string> texts(const std::vector<SourceLine>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) out.push_back(l.text);
  return out;
}

TEST(TextEncoding, AByteOrderMarkDecides) {
  const std::string le = "\xFF\xFE" + utf16le("Caf") + std::string("\xE9\x00", 2) + utf16le("\r\nline 2");
  DecodedText d = decode_text(le, {}, "a.txt");
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.text, "Caf\xC3\xA9\r\nline 2");
  EXPECT_EQ(decode_text("\xFE\xFF" + utf16be("hi"), {}, "a.txt").text, "hi");
  EXPECT_EQ(decode_text("\xFE\xFF" + utf16be("hi"), {}, "a.txt").encoding, "UTF-16BE");
  EXPECT_EQ(decode_text(std::string("\xFF\xFE\0\0h\0\0\0", 8), {}, "a.txt").encoding, "UTF-32LE");
  EXPECT_EQ(decode_text("\xEF\xBB\xBFplain", {}, "a.txt").text, "plain");
  EXPECT_EQ(decode_text("\xEF\xBB\xBFplain", {}, "a.txt").encoding, "UTF-8");
  // The mark wins over a named encoding: it cannot be wrong, the name can.
  EXPECT_EQ(decode_text("\xFF\xFE" + utf16le("x"), "latin1", "a.txt").text, "x");
  EXPECT_EQ(decode_text("no mark", {}, "a.txt").encoding, "UTF-8");
}

TEST(TextEncoding, LinesAreSplitFromUtf16Directly) {
  const std::string le = "\xFF\xFE" + utf16le("first\r\nsecond\n");
  EXPECT_EQ(texts(split_source_lines(le, "a.txt")), (std::vector<std::string>{"first", "second"}));
}

TEST(TextEncoding, ANamedEncodingConvertsTextsWithoutAMark) {
  EXPECT_EQ(decode_text("Caf\xE9", "latin1", "a.txt").text, "Caf\xC3\xA9");
  EXPECT_EQ(decode_text("Caf\xE9", "latin1", "a.txt").encoding, "LATIN1");
  // Windows-1252 has curly quotes where Latin-1 has control characters.
  EXPECT_EQ(decode_text("\x93quoted\x94", "windows-1252", "a.txt").text, "\xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(decode_text(utf16le("le"), "utf-16le", "a.txt").text, "le");
}

TEST(TextEncoding, AByteThatDoesNotFitIsNamedWithItsOffset) {
  try {
    decode_text("ok \x81 no", "windows-1252", "w.txt");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "w.txt: error: byte 0x81 at byte offset 3 is not valid WINDOWS-1252 [bad-encoding]");
  }
  try {
    decode_text("\xFF\xFE" + utf16le("ab") + "c", {}, "u.txt");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "u.txt: error: the text ends inside a character of UTF-16LE at byte offset 6 [bad-encoding]");
  }
}

TEST(TextEncoding, AnUnknownEncodingIsAUsageError) {
  try {
    check_encoding("klingon-8");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_STREQ(e.what(),
                 "archtei: error: --encoding: unknown encoding 'klingon-8' (try latin1, windows-1252, utf-16, "
                 "or see 'iconv --list') [unknown-encoding]");
  }
  EXPECT_NO_THROW(check_encoding("latin1"));
  EXPECT_NO_THROW(check_encoding("windows-1252"));
  EXPECT_NO_THROW(check_encoding("utf-16"));
}

TEST(TextEncoding, LatinOneReadAsUtf8SaysHowToNameIt) {
  try {
    split_source_lines("Caf\xE9\n", "l.txt");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "l.txt:1:4: error: invalid UTF-8 byte 0xE9 at byte offset 3 (a text in another encoding needs "
                 "--encoding, e.g. --encoding windows-1252) [invalid-utf8]");
  }
}

TEST(TextEncoding, ANulByteAnywhereMeansBinaryEvenAfterBytesThatAreNotUtf8) {
  try {
    split_source_lines(std::string("\x89PNG\r\n\x1A\n\0\0", 10), "p.txt");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "p.txt:3:1: error: NUL byte at byte offset 8: not a text file (UTF-16 without a byte-order mark "
                 "needs --encoding utf-16le or utf-16be) [binary-input]");
  }
}

TEST(TextEncoding, PositionsCountLoneCarriageReturnsAsLineEnds) {
  try {
    split_source_lines("old Mac\rline\r\nthird \xFF", "cr.txt");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().pos, (SourcePos{3, 7}));
  }
}

}  // namespace
}  // namespace archtei
