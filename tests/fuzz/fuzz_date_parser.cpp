// Fuzz target: the date parser on every line of any text, and on the whole of it.
#include "fuzz_target.h"
#include "fuzz_text_fields.h"
#include "text/date_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace archtei;
  for (const auto& text : fuzz::field_texts(fuzz::as_text(data, size))) {
    parse_date(text);
    states_no_date(text);
    for (FoundDate found : {find_date(text), date_at_start(text)})
      if (!found.iso.empty())
        fuzz::expect(found.offset <= text.size() && found.length <= text.size() - found.offset,
                     "a date found lies inside the text");
  }
  return 0;
}
