#include "check/check_repository.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "check/rules.hpp"
#include "check/schema_check.hpp"
#include "load/build_model.hpp"
#include "load/prescan.hpp"
#include "load/strict_parse.hpp"

namespace plan {

bool CheckedRepository::has_errors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

bool CheckedRepository::has_io_errors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.check == "io"; });
}

CheckedRepository check_repository(std::vector<InputFile> files, Date as_of) {
    static const SchemaCheck schema;
    CheckedRepository r;
    auto& out = r.diagnostics;
    for (auto& f : files) {
        auto index = static_cast<std::uint32_t>(r.repo.files.size());
        SourceFile::Kind kind = kind_of(f.path);
        r.repo.files.push_back({f.path, kind});
        Pos whole{index, 0, 0};
        if (!f.read_error.empty()) {
            out.push_back({whole, Severity::error, "io", fmt::format("cannot read the file: {}", f.read_error)});
            continue;
        }
        if (kind == SourceFile::other) {
            bool folder = !f.path.empty() && f.path.back() == '/';
            out.push_back({whole, Severity::warning, "layout",
                           folder ? std::string("folders inside actions/ and kpis/ are not read; move its files up")
                                  : std::string("not read: only .yaml and .yml files are plan files")});
            continue;
        }
        if (!prescan(f.text, index, out)) continue;
        auto tree = strict_parse(f.text, index, out);
        std::string().swap(f.text);  // the tree holds what is needed now
        if (!tree) continue;
        schema.run(kind, *tree, index, out);
        switch (kind) {
        case SourceFile::plan: build_plan_file(*tree, index, r.repo, out); break;
        case SourceFile::actions: build_actions_file(*tree, index, r.repo, out); break;
        case SourceFile::kpi: build_kpi_file(*tree, index, r.repo, out); break;
        case SourceFile::other: break;
        }
    }
    RuleContext ctx{r.repo, as_of, out};
    run_consistency_checks(ctx);

    const auto& names = r.repo.files;
    std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        const auto& pa = names[a.pos.file].path;
        const auto& pb = names[b.pos.file].path;
        if (pa != pb) return pa < pb;
        if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
        return a.pos.col < b.pos.col;
    });
    return r;
}

}  // namespace plan
