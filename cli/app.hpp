#pragma once
// The command line: `plan <command> [options]`. Each command lives in its own
// cmd_*.cpp and registers itself on the app.
namespace plan::cli {

int run(int argc, char** argv);

}  // namespace plan::cli
