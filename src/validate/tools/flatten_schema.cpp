// flatten_schema: schemas/archtei-customization.rng + tei_all.rng to schemas/archtei.rng.
// Usage: archtei_flatten_schema CUSTOMIZATION.rng BASE.rng OUT.rng
#include <fstream>
#include <iostream>

#include "model/diagnostics.h"
#include "validate/relaxng/schema_customize.h"

namespace {
std::string slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read ") + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: archtei_flatten_schema CUSTOMIZATION.rng BASE.rng OUT.rng\n";
    return 2;
  }
  try {
    std::string text = archtei::flatten_customization(slurp(argv[1]), argv[1], slurp(argv[2]), argv[2]);
    std::ofstream out(argv[3], std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[3]);
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 2;
  }
  return 0;
}
