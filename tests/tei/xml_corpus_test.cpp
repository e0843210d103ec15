// parse_xml -> serialize_xml over the third-party TEI corpus: the same tree again, the same
// document under Canonical XML (by xmllint), and the header reader's fields equal to what
// XPath (by xmllint) finds in the same header.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "support/oracle.h"
#include "tei/tei_reader.h"
#include "tei/tei_writer.h"

namespace archtei {
namespace {

namespace fs = std::filesystem;
using testing::describe;
using testing::run_tool;
using testing::shell_quote;
using testing::ToolRun;

std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  fs::path root = fs::path(testing::shared_dir()) / "tei-corpus";
  std::error_code missing;
  for (auto it = fs::recursive_directory_iterator(root, missing); !missing && it != fs::recursive_directory_iterator(); ++it)
    if (it->is_regular_file() && it->path().extension() == ".xml") files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `xmllint --c14n`, which must succeed and print the document.
std::string c14n(const std::string& path) {
  ToolRun run = run_tool("xmllint --nonet --c14n " + shell_quote(path));
  EXPECT_EQ(run.status, 0) << path << ": " << describe(run);
  EXPECT_FALSE(run.out.empty()) << path << ": xmllint printed nothing";
  return run.out;
}

// The header fields read_tei_metadata gives for others' TEI, by XPath: the main title (else the
// first), how many authors (titleStmt/author, and the names in the first correspDesc's
// correspAction type="sent") and recipients (type="received"), the publisher (else the distributor), and how many archival
// sources (msDesc, bibl type="archival").
std::string header_by_xpath(const std::string& path) {
  auto tei = [](const std::string& name) { return "*[local-name()='" + name + "']"; };
  const std::string file_desc = "/*/" + tei("teiHeader") + "/" + tei("fileDesc");
  const std::string stmt = file_desc + "/" + tei("titleStmt");
  const std::string pub = file_desc + "/" + tei("publicationStmt");
  const std::string source = file_desc + "/" + tei("sourceDesc");
  const std::string action = "/*/" + tei("teiHeader") + "/" + tei("profileDesc") + "/" + tei("correspDesc") + "[1]/" +
                             tei("correspAction");
  const std::string names = "/*[local-name()='persName' or local-name()='name' or local-name()='orgName']";
  const std::string main_title = stmt + "/" + tei("title") + "[@type='main']";
  const std::string xpath = "concat(normalize-space(" + main_title + "[1]), '|', normalize-space(" + stmt + "/" +
                            tei("title") + "[1]), '|', count(" + main_title + "), '|', count(" + stmt + "/" +
                            tei("author") + ") + count(" + action + "[@type='sent']" + names + "), '|', count(" +
                            action + "[@type='received']" + names + "), '|', normalize-space(" + pub + "/" +
                            tei("publisher") + "[1]), '|', normalize-space(" + pub + "/" + tei("distributor") +
                            "[1]), '|', count(" + source + "/" + tei("msDesc") + " | " + source + "/" + tei("bibl") +
                            "[@type='archival']))";
  ToolRun run = run_tool("xmllint --nonet --xpath " + shell_quote(xpath) + " " + shell_quote(path));
  EXPECT_EQ(run.status, 0) << path << ": " << describe(run);
  std::vector<std::string> f;
  std::istringstream in(run.out.ends_with('\n') ? run.out.substr(0, run.out.size() - 1) : run.out);
  for (std::string part; std::getline(in, part, '|');) f.push_back(part);
  if (f.size() != 8) {
    ADD_FAILURE() << path << ": xmllint --xpath printed " << describe(run);
    return {};
  }
  const std::string title = f[2] != "0" ? f[0] : f[1];
  const std::string publisher = !f[5].empty() ? f[5] : f[6];
  return title + "|authors " + f[3] + "|recipients " + f[4] + "|" + publisher + "|archives " + f[7];
}

std::string header_by_reader(const Metadata& m) {
  return m.title + "|authors " + std::to_string(m.authors.size()) + "|recipients " + std::to_string(m.recipients.size()) +
         "|" + m.publisher + "|archives " + std::to_string(m.archives.size());
}

TEST(XmlCorpus, ParseSerializeIsLossless) {
  auto files = corpus_files();
  ASSERT_GE(files.size(), 59u) << "the third-party corpus is missing or incomplete at " << testing::shared_dir()
                               << "/tei-corpus";
  fs::path out_path = fs::temp_directory_path() / ("archtei-corpus-" + std::to_string(::getpid()) + ".xml");
  std::size_t titled = 0;
  for (const auto& file : files) {
    SCOPED_TRACE(file);
    XmlDocument tree = parse_xml(read_file(file), file);
    std::string written = serialize_xml(tree);
    EXPECT_EQ(parse_xml(written, "written.xml"), tree);
    EXPECT_EQ(serialize_xml(parse_xml(written, "written.xml")), written);
    // The header reader must read TEI it did not write as XPath does.
    const Metadata m = read_tei_metadata(tree, file);
    EXPECT_EQ(header_by_reader(m), header_by_xpath(file));
    titled += m.title.empty() ? 0 : 1;
    std::ofstream(out_path, std::ios::binary) << written;
    EXPECT_EQ(c14n(out_path.string()), c14n(file));
  }
  EXPECT_GE(titled, files.size() / 2);  // the comparison above is about real values
  fs::remove(out_path);
}

}  // namespace
}  // namespace archtei
