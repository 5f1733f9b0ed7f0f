#include <doctest/doctest.h>

#include "edit/unified_diff.hpp"

using namespace plan;

TEST_CASE("unified diff: one hunk with context, and none for equal text") {
    CHECK(unified_diff("a.yaml", "x\n", "x\n").empty());
    std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    std::string after = "1\n2\n3\n4\nnew\n5\n6\n7\n8\n9\n";
    CHECK(unified_diff("a.yaml", before, after) ==
          "--- a/a.yaml\n+++ b/a.yaml\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n");
}

TEST_CASE("unified diff: two far apart changes make two hunks; a missing last newline is marked") {
    std::string before, after;
    for (int i = 1; i <= 20; ++i) {
        before += std::to_string(i) + "\n";
        after += (i == 2 ? std::string("two") : std::to_string(i)) + "\n";
    }
    before += "end";
    after += "end\nmore";
    std::string d = unified_diff("k.yaml", before, after);
    CHECK(d.find("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n") != std::string::npos);
    CHECK(d.find("-end\n\\ No newline at end of file\n+end\n+more\n\\ No newline at end of file\n") != std::string::npos);
}
