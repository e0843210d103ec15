// `archtei convert --bag`, `archtei bag` and `archtei bag --verify` run as a user runs them:
// the bag's files, its manifests checked against the files on disk and by coreutils'
// sha256sum, Payload-Oxum, bag-info.txt, damaged bags, and incremental runs into a bag.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

#include "archtei/version.h"
#include "batch/batch_process.h"
#include "batch/cli_collection.h"
#include "batch/temp_dir.h"

namespace archtei::batch::testing {
namespace {

class Bag : public ::testing::Test {
 protected:
  ProcessResult archtei(std::vector<std::string> args) { return run_archtei(args, dir.path()); }
  void put(const std::string& relative, std::size_t doc) {
    dir.write("in/" + relative, fixture_texts()[doc % fixture_texts().size()]);
  }
  fs::path bag(const std::string& relative = {}) const { return dir / ("bag/" + relative); }
  // A bag converted from three texts, as TEI and JSON-LD.
  void convert_three() {
    put("a.txt", 0);
    put("ussr/b.txt", 1);
    put("ussr/1950/c.txt", 2);
    auto r = archtei({"convert", "in", "-o", "bag", "--bag", "--to", "tei,jsonld"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  ProcessResult verify() { return archtei({"bag", "--verify", "bag"}); }

  TempDir dir;
};

// "digest  path" lines of a manifest, by path.
std::map<std::string, std::string> manifest_of(const fs::path& file) {
  std::map<std::string, std::string> out;
  for (const auto& line : lines_with(read_file(file), "  ")) out[line.substr(66)] = line.substr(0, 64);
  return out;
}

// The value of `label` in bag-info.txt.
std::string info(const fs::path& bag, const std::string& label) {
  for (const auto& line : lines_with(read_file(bag / "bag-info.txt"), label + ": ")) return line.substr(label.size() + 2);
  return {};
}

// Runs sha256sum -c on the bag's manifests: a checker that shares no code with archtei.
int sha256sum_check(const fs::path& bag) {
  std::string command = "cd '" + bag.string() + "' && sha256sum --check --strict --quiet manifest-sha256.txt " +
                        "tagmanifest-sha256.txt >/dev/null 2>&1";
  return std::system(command.c_str());
}

TEST_F(Bag, ConvertMakesAValidBag) {
  convert_three();
  EXPECT_EQ(files_under(bag()),
            (std::set<std::string>{"bag-info.txt", "bagit.txt", "data/a.jsonld", "data/a.tei.xml",
                                   "data/ussr/1950/c.jsonld", "data/ussr/1950/c.tei.xml", "data/ussr/b.jsonld",
                                   "data/ussr/b.tei.xml", "manifest-sha256.txt", "manifest.jsonl",
                                   "tagmanifest-sha256.txt"}));
  EXPECT_EQ(read_file(bag("bagit.txt")), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");

  // The payload manifest lists exactly the files under data/, each with its digest.
  std::map<std::string, std::string> expected;
  for (const auto& f : files_under(bag("data"))) expected["data/" + f] = sha256_hex(read_file(bag("data/" + f)));
  EXPECT_EQ(manifest_of(bag("manifest-sha256.txt")), expected);
  // The tag manifest lists every other file but itself, the run's manifest included.
  std::map<std::string, std::string> tags;
  for (const char* f : {"bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest.jsonl"})
    tags[f] = sha256_hex(read_file(bag(f)));
  EXPECT_EQ(manifest_of(bag("tagmanifest-sha256.txt")), tags);
  // The run's manifest records the outputs where they are in the bag.
  for (const auto& record : manifest_lines(bag("manifest.jsonl")))
    for (const auto& output : record.outputs) EXPECT_EQ(output.path.rfind("data/", 0), 0u) << output.path;

  auto r = verify();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("bag: valid bag: 6 payload files, ", 0), 0u) << r.out;
  EXPECT_EQ(sha256sum_check(bag()), 0) << "sha256sum does not accept the bag's manifests";
}

TEST_F(Bag, PayloadOxumCountsThePayloadOctetsAndFiles) {
  convert_three();
  std::uintmax_t octets = 0, files = 0;
  for (const auto& e : fs::recursive_directory_iterator(bag("data")))
    if (e.is_regular_file()) {
      octets += e.file_size();
      ++files;
    }
  ASSERT_EQ(files, 6u);
  EXPECT_EQ(info(bag(), "Payload-Oxum"), std::to_string(octets) + "." + std::to_string(files));
}

TEST_F(Bag, BagInfoHasArchteisElementsAndTheGivenOnes) {
  put("a.txt", 0);
  ::setenv("SOURCE_DATE_EPOCH", "951782400", 1);  // 2000-02-29
  auto r = archtei({"convert", "--bag", "--bag-info", "Source-Organization=Wilson Center", "in", "-o", "bag",
                    "--bag-info", "Contact-Name=A. Archivist", "--bag-info", "External-Identifier=a=b"});
  ::unsetenv("SOURCE_DATE_EPOCH");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(info(bag(), "Bag-Software-Agent"), std::string(kName) + " " + kVersion);
  EXPECT_EQ(info(bag(), "Bagging-Date"), "2000-02-29");
  EXPECT_EQ(info(bag(), "Source-Organization"), "Wilson Center");
  EXPECT_EQ(info(bag(), "Contact-Name"), "A. Archivist");
  EXPECT_EQ(info(bag(), "External-Identifier"), "a=b");
  EXPECT_EQ(verify().exit_code, 0);

  // A later run keeps the elements it is not given new values for.
  r = archtei({"convert", "in", "-o", "bag", "--bag", "--bag-info", "Contact-Name=B. Curator"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(info(bag(), "Source-Organization"), "Wilson Center");
  EXPECT_EQ(info(bag(), "Contact-Name"), "B. Curator");
  EXPECT_EQ(lines_with(read_file(bag("bag-info.txt")), "Contact-Name").size(), 1u);

  r = archtei({"convert", "in", "-o", "bag2", "--bag", "--bag-info", "Payload-Oxum=1.1"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("Payload-Oxum is computed"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "bag2"));
}

TEST_F(Bag, AnAlteredFileIsNamed) {
  convert_three();
  dir.write("bag/data/ussr/b.tei.xml", read_file(bag("data/ussr/b.tei.xml")) + " ");
  auto r = verify();
  EXPECT_EQ(r.exit_code, 1);
  auto altered = lines_with(r.err, "[bag-altered]");
  ASSERT_EQ(altered.size(), 1u) << r.err;
  EXPECT_EQ(altered[0].rfind("bag/data/ussr/b.tei.xml: error: altered:", 0), 0u) << r.err;
  EXPECT_EQ(lines_with(r.err, "[bag-oxum]").size(), 1u) << r.err;  // one octet more
  EXPECT_NE(sha256sum_check(bag()), 0);
}

TEST_F(Bag, AMissingFileIsNamed) {
  convert_three();
  fs::remove(bag("data/a.jsonld"));
  auto r = verify();
  EXPECT_EQ(r.exit_code, 1);
  auto missing = lines_with(r.err, "[bag-missing]");
  ASSERT_EQ(missing.size(), 1u) << r.err;
  EXPECT_EQ(missing[0].rfind("bag/data/a.jsonld: error: missing:", 0), 0u) << r.err;
}

TEST_F(Bag, AnExtraFileIsNamed) {
  convert_three();
  dir.write("bag/data/ussr/notes.txt", "added by hand\n");
  auto r = verify();
  EXPECT_EQ(r.exit_code, 1);
  auto extra = lines_with(r.err, "[bag-extra]");
  ASSERT_EQ(extra.size(), 1u) << r.err;
  EXPECT_EQ(extra[0].rfind("bag/data/ussr/notes.txt: error: extra:", 0), 0u) << r.err;
}

TEST_F(Bag, AnAlteredTagFileIsNamed) {
  convert_three();
  dir.write("bag/manifest.jsonl", read_file(bag("manifest.jsonl")) + "\n");
  auto r = verify();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines_with(r.err, "bag/manifest.jsonl: error: altered:").size(), 1u) << r.err;
}

TEST_F(Bag, PercentSignsInNamesAreEncodedAndOtherAlgorithmsAreNotChecked) {
  put("50%.txt", 0);
  auto r = archtei({"convert", "in", "-o", "bag", "--bag"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_with(read_file(bag("manifest-sha256.txt")), "  data/50%25.tei.xml").size(), 1u);
  EXPECT_EQ(verify().exit_code, 0);
  dir.write("bag/manifest-md5.txt", "d41d8cd98f00b204e9800998ecf8427e  data/50%25.tei.xml\n");
  r = verify();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_with(r.err, "bag/manifest-md5.txt: warning: not checked").size(), 1u) << r.err;
}

TEST_F(Bag, AFolderThatIsNoBagIsNotValid) {
  dir.write("plain/a.txt", "x");
  auto r = archtei({"bag", "--verify", "plain"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines_with(r.err, "plain/bagit.txt: error: missing").size(), 1u) << r.err;
  EXPECT_EQ(archtei({"bag", "--verify", "nowhere"}).exit_code, 2);
}

TEST_F(Bag, AnIncrementalRunKeepsTheBagValid) {
  convert_three();
  const std::string manifest_before = read_file(bag("manifest-sha256.txt"));
  const std::string info_before = read_file(bag("bag-info.txt"));

  // Nothing changed: nothing converted, payload manifest and bag-info.txt byte for byte the same.
  auto r = archtei({"convert", "in", "-o", "bag", "--bag", "--to", "tei,jsonld"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("3 unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(bag("manifest-sha256.txt")), manifest_before);
  EXPECT_EQ(read_file(bag("bag-info.txt")), info_before);
  EXPECT_EQ(verify().exit_code, 0);

  // A new input and a changed one: both converted, the bag lists them, and is valid.
  put("d.txt", 3);
  put("a.txt", 4);
  r = archtei({"convert", "in", "-o", "bag", "--bag", "--to", "tei,jsonld"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("converted 2 of 4"), std::string::npos) << r.err;
  auto listed = manifest_of(bag("manifest-sha256.txt"));
  EXPECT_EQ(listed.size(), 8u);
  EXPECT_EQ(listed["data/d.tei.xml"], sha256_hex(read_file(bag("data/d.tei.xml"))));
  EXPECT_EQ(listed["data/a.tei.xml"], sha256_hex(read_file(bag("data/a.tei.xml"))));
  r = verify();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(sha256sum_check(bag()), 0);
}

TEST_F(Bag, AnIncrementalRunDoesNotBlessAFileChangedByHand) {
  convert_three();
  dir.write("bag/data/a.tei.xml", "<changed/>\n");
  dir.write("bag/data/stray.txt", "not archtei's\n");
  auto r = archtei({"convert", "in", "-o", "bag", "--bag", "--to", "tei,jsonld"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines_with(r.err, "bag/data/a.tei.xml: error: altered:").size(), 1u) << r.err;
  EXPECT_EQ(lines_with(r.err, "bag/data/stray.txt: error: extra:").size(), 1u) << r.err;
  EXPECT_EQ(verify().exit_code, 1);

  // `archtei bag` takes the payload as it now is, deliberately.
  r = archtei({"bag", "bag"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(verify().exit_code, 0);
}

TEST_F(Bag, BagCommandMakesAConvertedFolderABagThatLaterRunsUpdate) {
  put("a.txt", 0);
  put("data/b.txt", 1);  // a folder already called "data" moves like any other
  auto r = archtei({"convert", "in", "-o", "out", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = archtei({"bag", "out", "--bag-info", "Source-Organization=Wilson Center"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(dir / "out"),
            (std::set<std::string>{"bag-info.txt", "bagit.txt", "data/a.tei.xml", "data/data/b.tei.xml",
                                   "manifest-sha256.txt", "manifest.jsonl", "tagmanifest-sha256.txt"}));
  EXPECT_EQ(info(dir / "out", "Source-Organization"), "Wilson Center");

  // The moved manifest still describes the outputs, so a later run into the bag skips them.
  r = archtei({"convert", "in", "-o", "out", "--bag"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(archtei({"bag", "--verify", "out"}).exit_code, 0);
}

TEST_F(Bag, ConvertRefusesAFolderThatHoldsFilesButIsNoBag) {
  put("a.txt", 0);
  dir.write("out/notes.txt", "mine");
  auto r = archtei({"convert", "in", "-o", "out", "--bag"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("out holds files but is not a bag"), std::string::npos) << r.err;
  EXPECT_EQ(files_under(dir / "out"), std::set<std::string>{"notes.txt"});
  EXPECT_EQ(archtei({"convert", "in", "--bag"}).exit_code, 2);
  EXPECT_EQ(archtei({"convert", "in", "-o", "x", "--bag-info", "A=b"}).exit_code, 2);
}

}  // namespace
}  // namespace archtei::batch::testing
