// parse_xml -> serialize_xml over the third-party TEI corpus: the same tree again, and the
// same document under Canonical XML (checked with xmllint when it is installed).
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

namespace archtei {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  fs::path root = fs::path(ARCHTEI_SHARED_DIR) / "tei-corpus";
  if (fs::exists(root))
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string c14n(const std::string& path) {
  std::string out;
  std::string command = "xmllint --nonet --c14n '" + path + "' 2>&1";
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 65536> buffer;
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
    ::pclose(pipe);
  }
  return out;
}

TEST(XmlCorpus, ParseSerializeIsLossless) {
  auto files = corpus_files();
  if (files.empty()) GTEST_SKIP() << "no corpus at " << ARCHTEI_SHARED_DIR << "/tei-corpus";
  bool have_xmllint = fs::exists("/usr/bin/xmllint");
  fs::path out_path = fs::temp_directory_path() / ("archtei-corpus-" + std::to_string(::getpid()) + ".xml");
  for (const auto& file : files) {
    SCOPED_TRACE(file);
    XmlDocument tree = parse_xml(read_file(file), file);
    std::string written = serialize_xml(tree);
    EXPECT_EQ(parse_xml(written, "written.xml"), tree);
    EXPECT_EQ(serialize_xml(parse_xml(written, "written.xml")), written);
    // The header reader must cope with TEI it did not write.
    (void)read_tei_metadata(tree, file);
    if (have_xmllint) {
      std::ofstream(out_path, std::ios::binary) << written;
      EXPECT_EQ(c14n(out_path.string()), c14n(file));
    }
  }
  fs::remove(out_path);
}

}  // namespace
}  // namespace archtei
