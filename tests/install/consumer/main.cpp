// A text page to TEI (written to a file), checked against archtei's own schema, and its
// metadata record (printed): a consumer of the installed public API.
//   archtei_consumer INPUT.txt OUTPUT.tei.xml
#include <archtei/archtei.h>

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: archtei_consumer INPUT.txt OUTPUT.tei.xml\n";
    return 2;
  }
  try {
    const archtei::api::Document doc = archtei::api::Document::read_file(argv[1]);
    const std::string tei = doc.to_tei();
    std::ofstream(argv[2], std::ios::binary) << tei;
    const archtei::api::ValidationResult result = archtei::api::Validator().validate(tei, argv[2]);
    for (const auto& problem : result.problems) std::cerr << problem.to_string() << '\n';
    std::cout << doc.record_json() << '\n';
    std::cerr << archtei::kName << ' ' << archtei::kVersion << (result.valid ? ": valid" : ": invalid") << '\n';
    return result.valid ? 0 : 1;
  } catch (const archtei::api::Error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
