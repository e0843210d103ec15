// The conversion job's planning: output paths and collisions between inputs.
#include "batch/convert_job.h"

#include <gtest/gtest.h>

namespace archtei::batch {
namespace {

ConvertSettings settings_to(std::initializer_list<const char*> formats) {
  ConvertSettings s;
  for (const char* name : formats) s.to.push_back(find_format(name));
  s.output_dir = "out";
  return s;
}

TEST(OutputPath, MirrorsTheRelativePathWithTheOutputExtension) {
  InputFile input{"corpus/ussr/a.TXT", "ussr/a.TXT"};
  EXPECT_EQ(output_path(input, *find_format("text"), *find_format("tei"), "out"), "out/ussr/a.tei.xml");
  EXPECT_EQ(output_path(input, *find_format("text"), *find_format("jsonld"), "out"), "out/ussr/a.jsonld");
}

TEST(OutputCollision, NoneWhenEveryOutputIsDistinct) {
  InputList inputs{{"in/a.txt", "a.txt"}, {"in/sub/a.txt", "sub/a.txt"}, {"in/a.md", "a.md"}};
  EXPECT_EQ(find_output_collision(inputs, settings_to({"tei", "jsonld"})), "");
}

TEST(OutputCollision, NamesThePairMetFirstInListOrder) {
  InputList inputs{{"in/a.txt", "a.txt"}, {"in/b.txt", "b.txt"}, {"in/b.text", "b.text"},
                   {"in/a.text", "a.text"}, {"in/B.txt", "b.txt"}};
  EXPECT_EQ(find_output_collision(inputs, settings_to({"jsonld", "tei"})),
            "in/b.txt and in/b.text would both be written to out/b.jsonld");
}

}  // namespace
}  // namespace archtei::batch
