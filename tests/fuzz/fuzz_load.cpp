// fuzz_load: one file's bytes through the whole loader (prescan, strict YAML
// parse, schema check, model building) as plan.yaml, an action file or a KPI
// file (chosen by the first byte). No crash, no hang, and every finding
// named and positioned.
#include <cstdint>
#include <string>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace plan;
    if (size == 0) return 0;
    static const char* const kPaths[] = {"plan.yaml", "actions/fuzz.yaml", "kpis/fuzz.yaml", "kpis/fuzz.yml"};
    std::string path = kPaths[data[0] % 4];
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::vector<InputFile> files;
    if (path != "plan.yaml") files.push_back({"plan.yaml", "version: 1\n", {}});
    files.push_back({path, text, {}});
    CheckedRepository checked = check_repository(std::move(files), fuzz::as_of());
    fuzz::check_diagnostics(checked);
    return 0;
}
