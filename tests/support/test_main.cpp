// The main of every test binary: GoogleTest's, except that a run in which no test ran, or a
// test skipped itself, fails. ctest runs each test by name; when the test behind a name is
// gone at run time (a corpus file that is missing) the filter selects nothing, and GoogleTest
// alone would call that a pass.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  const int status = RUN_ALL_TESTS();
  if (GTEST_FLAG_GET(list_tests)) return status;
  const ::testing::UnitTest& run = *::testing::UnitTest::GetInstance();
  if (run.test_to_run_count() == 0) {
    std::cerr << "error: no test ran (filter '" << GTEST_FLAG_GET(filter)
              << "'): the test is gone, e.g. its corpus file is missing\n";
    return 1;
  }
  // Regenerating golden files (ARCHTEI_ACCEPT=1) skips the comparison on purpose.
  const char* accept = std::getenv("ARCHTEI_ACCEPT");
  if (run.skipped_test_count() > 0 && !(accept != nullptr && std::string(accept) == "1")) {
    std::cerr << "error: " << run.skipped_test_count() << " test(s) skipped: a check that did not run is a failure\n";
    return 1;
  }
  return status;
}
