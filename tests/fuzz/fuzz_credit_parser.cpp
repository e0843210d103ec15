// Fuzz target: the credit parser on every line of any text, and on the whole of it.
#include "fuzz_target.h"
#include "fuzz_text_fields.h"
#include "text/credit_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archtei;
  ParsedCredits all;
  for (const auto& text : fuzz::field_texts(fuzz::as_text(data, size))) {
    ParsedCredits credits = parse_credits(text);
    merge_credits(all, credits);
    const std::size_t start = find_credit_start(text);
    fuzz::expect(start == std::string::npos || start <= text.size(), "a credit starts inside the text");
    strip_honorifics(text);
  }
  return 0;
}
