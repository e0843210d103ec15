// The lines the text reader's field parsers see: any bytes through source_text's decoding
// and normalisation, so the parsers get what a real page gives them (valid UTF-8, one line
// at a time, no line ends), and the whole text with its lines joined by spaces.
#pragma once

#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "text/source_text.h"

namespace archtei::fuzz {

inline std::vector<std::string> field_texts(std::string_view input) {
  std::vector<std::string> out;
  std::vector<SourceLine> lines;
  try {
    lines = split_source_lines(input, "fuzz.txt");
  } catch (const Error&) {
    return out;
  }
  std::string joined;
  for (auto& line : lines) {
    if (!joined.empty()) joined += ' ';
    joined += line.text;
    out.push_back(std::move(line.text));
  }
  if (lines.size() > 1) out.push_back(std::move(joined));
  return out;
}

}  // namespace archtei::fuzz
