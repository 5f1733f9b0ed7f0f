#include "check/check_repository.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "check/rules.hpp"
#include "check/schema_check.hpp"
#include "load/build_model.hpp"
#include "load/limits.hpp"
#include "load/prescan.hpp"
#include "load/strict_parse.hpp"
#include "model/parallel.hpp"

namespace plan {

bool CheckedRepository::has_errors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

bool CheckedRepository::has_io_errors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.check == "io"; });
}

namespace {

// Hands freed pages back to the system. The files' bytes and trees are gone
// once read, and each file's part is moved into the whole; without this the
// pages they used stay counted against the process while the whole grows.
void release_free_memory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// What one file contributes: its findings and its part of the model.
struct FileResult {
    Diagnostics diagnostics;
    Repository part;
    bool read = false;  // the file was read to a set of fields
};

FileResult read_one_file(InputFile& f, std::uint32_t index, const SchemaCheck& schema) {
    FileResult r;
    auto& out = r.diagnostics;
    SourceFile::Kind kind = kind_of(f.path);
    Pos whole{index, 0, 0};
    if (f.too_large) {
        out.push_back({whole, Severity::error, "file-size", f.read_error});
        return r;
    }
    if (!f.read_error.empty()) {
        out.push_back({whole, Severity::error, "io", fmt::format("cannot read it: {}", f.read_error)});
        return r;
    }
    if (kind == SourceFile::other) {
        bool folder = !f.path.empty() && f.path.back() == '/';
        out.push_back({whole, Severity::warning, "layout",
                       folder ? std::string("folders inside actions/ and kpis/ are not read; move its files up")
                              : std::string("not read: only .yaml and .yml files are plan files")});
        return r;
    }
    if (!prescan(f.text, index, out)) return r;
    auto tree = strict_parse(f.text, index, out);
    std::string().swap(f.text);  // the tree holds what is needed now
    if (!tree) return r;
    r.read = tree->kind == YNode::mapping;
    schema.run(kind, *tree, index, out);
    switch (kind) {
    case SourceFile::plan: build_plan_file(*tree, index, r.part, out); break;
    case SourceFile::actions: build_actions_file(*tree, index, r.part, out); break;
    case SourceFile::kpi: build_kpi_file(*tree, index, r.part, out); break;
    case SourceFile::other: break;
    }
    return r;
}

template <class T>
void append(std::vector<T>& to, std::vector<T>& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    std::vector<T>().swap(from);  // the moved-from shells go now, not at the end
}

// Adds a file's part to the whole, in file order, so the result does not
// depend on which thread finished first.
void merge(FileResult& r, SourceFile::Kind kind, CheckedRepository& into) {
    append(into.diagnostics, r.diagnostics);
    Repository& repo = into.repo;
    if (kind == SourceFile::plan) {
        repo.version = r.part.version;
        repo.plan = std::move(r.part.plan);
        repo.inspection = std::move(r.part.inspection);
        repo.themes = std::move(r.part.themes);
        repo.meetings = std::move(r.part.meetings);
    }
    append(repo.actions, r.part.actions);
    append(repo.kpis, r.part.kpis);
}

// Room for every file's part at once: the whole is built without the
// doubling of a growing vector, next to the parts it is moved from.
void reserve_for(const std::vector<FileResult>& results, CheckedRepository& into) {
    std::size_t actions = 0, kpis = 0, diagnostics = 0;
    for (const auto& r : results) {
        actions += r.part.actions.size();
        kpis += r.part.kpis.size();
        diagnostics += r.diagnostics.size();
    }
    into.repo.actions.reserve(actions);
    into.repo.kpis.reserve(kpis);
    into.diagnostics.reserve(diagnostics);
}

// Files are read on every core for large repositories; a small one is read
// on this thread, where starting threads would cost more than it saves.
std::vector<FileResult> read_all(std::vector<InputFile>& files, const SchemaCheck& schema) {
    std::vector<FileResult> results(files.size());
    constexpr std::size_t kFilesPerThread = 4;
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    auto threads = static_cast<unsigned>(std::min<std::size_t>(cores, files.size() / kFilesPerThread));
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < files.size();)
            results[i] = read_one_file(files[i], static_cast<std::uint32_t>(i), schema);
    };
    if (threads <= 1) work();
    else run_on_threads(threads, work);
    return results;
}

// A repository with more files in actions/ and kpis/ than limits::kMaxFiles
// is not read at all: the listing stops there (whatever kind of file fills
// it), and reading only some files would misread the plan (the rest would
// seem missing). No plan needs that many. The finding is on the folder.
bool refuse_too_many_files(CheckedRepository& r) {
    std::size_t count = 0;
    for (const auto& f : r.repo.files) {
        if (f.kind == SourceFile::plan || ++count <= limits::kMaxFiles) continue;
        std::string folder = f.path.substr(0, f.path.find('/') + 1);
        r.repo.files.push_back({folder, SourceFile::other});
        r.diagnostics.push_back(
            {Pos{static_cast<std::uint32_t>(r.repo.files.size() - 1), 0, 0}, Severity::error, "file-count",
             fmt::format("actions/ and kpis/ hold more than {} files, the most plan reads; none was read. Join "
                         "small files, or move what is not part of the plan out of actions/ and kpis/",
                         limits::kMaxFiles)});
        return true;
    }
    return false;
}

}  // namespace

CheckedRepository check_repository(std::vector<InputFile> files, Date as_of) {
    static const SchemaCheck schema;
    CheckedRepository r;
    for (const auto& f : files) r.repo.files.push_back({f.path, kind_of(f.path)});
    if (refuse_too_many_files(r)) return r;
    std::vector<FileResult> results = read_all(files, schema);
    RuleContext ctx{r.repo, as_of, r.diagnostics};
    ctx.plan_read = false;
    reserve_for(results, r);
    const bool large = results.size() >= 64;
    if (large) release_free_memory();
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (large && i % 64 == 63) release_free_memory();
        SourceFile::Kind kind = r.repo.files[i].kind;
        if (kind == SourceFile::plan) ctx.plan_read = results[i].read;
        if (kind == SourceFile::actions) ctx.actions_read = ctx.actions_read && results[i].read;
        if (kind == SourceFile::kpi) ctx.kpis_read = ctx.kpis_read && results[i].read;
        merge(results[i], kind, r);
    }
    if (large) release_free_memory();

    run_consistency_checks(ctx);

    const auto& names = r.repo.files;
    std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        const auto& pa = names[a.pos.file].path;
        const auto& pb = names[b.pos.file].path;
        if (pa != pb) return pa < pb;
        if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
        return a.pos.col < b.pos.col;
    });
    return r;
}

}  // namespace plan
