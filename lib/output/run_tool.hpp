#pragma once
// Running a document tool (WeasyPrint, pandoc, rsvg-convert) as a child
// process with an argument vector, never a shell: `input` goes to its
// standard input while its standard output and error are read, all three
// at once, so that no pipe can fill up and stall either side.
#include <string>
#include <string_view>
#include <vector>

namespace plan {

struct ToolResult {
    bool started = false;  // false: the program is not installed (or could not be run)
    int exit_code = -1;    // 128 + N when signal N ended it
    std::string out, err;
};

// `env` entries ("NAME=value") are added to, or replace, the inherited ones.
ToolResult run_tool(const std::vector<std::string>& argv, std::string_view input,
                    const std::vector<std::string>& env = {});

// The program's full path when a folder in PATH holds it as an executable
// file, else "".
std::string find_in_path(const std::string& program);

}  // namespace plan
