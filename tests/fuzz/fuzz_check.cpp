// fuzz_check: a whole repository (plan.yaml, action and KPI files split at
// "~~~~" lines) through the schema and consistency checks, and the findings
// through every diagnostics format. Text findings must be terminal-safe.
#include <sstream>

#include "fuzz_common.hpp"
#include "render/diagnostics/diagnostics.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace plan;
    std::string_view input(reinterpret_cast<const char*>(data), size);
    CheckedRepository checked = check_repository(fuzz::split_repository(input), fuzz::as_of());
    fuzz::check_diagnostics(checked);

    DiagnosticsView view{checked.diagnostics, checked.repo.files, "repo/"};
    std::ostringstream text, json, github, gitlab, summary;
    write_diagnostics_text(text, view, TextStyle{}, {});
    fuzz::check_terminal_text(text.str());
    write_diagnostics_json(json, view);
    write_diagnostics_github(github, view);
    write_diagnostics_gitlab(gitlab, view);
    write_diagnostics_markdown_summary(summary, view);
    fuzz::check_markdown(summary.str());
    // Tabs may stand in annotations; no other C0 control may.
    for (const std::string& s : {json.str(), github.str(), gitlab.str()})
        for (std::size_t i = 0; i < s.size(); ++i)
            if (static_cast<unsigned char>(s[i]) < 0x20 && s[i] != '\n' && s[i] != '\t')
                fuzz::broken("raw control character in machine output", s, i);
    return 0;
}
