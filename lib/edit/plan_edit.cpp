#include "edit/plan_edit.hpp"

#include <fmt/format.h>

#include <set>
#include <tuple>

#include "load/file_system.hpp"
#include "load/prescan.hpp"
#include "load/strict_parse.hpp"

namespace plan {

PlanEditor::PlanEditor(std::string root, Date as_of) : PlanEditor(read_repository_files(root), as_of) {}

PlanEditor::PlanEditor(std::vector<InputFile> files, Date as_of)
    : files_(std::move(files)), as_of_(as_of), before_(check_repository(files_, as_of)) {}

EditTarget& PlanEditor::open(std::uint32_t file) {
    auto it = open_.find(file);
    if (it != open_.end()) return it->second;
    if (file >= files_.size()) throw EditError("no such file in the plan");
    const InputFile& f = files_[file];
    std::string body = f.text;
    Diagnostics found;
    if (!f.read_error.empty() || !prescan(body, file, found))
        throw EditError(fmt::format("{} cannot be read; run plan validate to see why", f.path));
    auto tree = strict_parse(body, file, found);
    if (!tree || tree->kind != YNode::mapping)
        throw EditError(fmt::format("{} cannot be read as YAML; run plan validate to see why", f.path));
    EditTarget t{file, SourceText(f.text), std::move(*tree), {}, {}};
    return open_.emplace(file, std::move(t)).first->second;
}

namespace {

using FindingKey = std::tuple<std::string, int, std::string, std::string>;

std::multiset<FindingKey> keys_of(const CheckedRepository& c) {
    std::multiset<FindingKey> keys;
    for (const auto& d : c.diagnostics)
        keys.insert({c.repo.files[d.pos.file].path, static_cast<int>(d.severity), d.check, d.message});
    return keys;
}

}  // namespace

EditResult PlanEditor::finish(bool strict) const {
    EditResult r;
    r.said = said_;
    std::vector<InputFile> after = files_;
    for (const auto& [file, target] : open_) {
        if (target.edits.empty()) continue;
        std::string bytes = target.text.apply(target.edits);
        if (bytes == files_[file].text) continue;
        r.changed.push_back({files_[file].path, files_[file].text, bytes});
        after[file].text = std::move(bytes);
    }
    if (r.changed.empty()) return r;
    CheckedRepository checked = check_repository(std::move(after), as_of_);
    // A finding counts as added when the plan had fewer of its kind before
    // (positions move with the edit; what is said does not).
    std::multiset<FindingKey> old = keys_of(before_);
    for (const auto& d : checked.diagnostics) {
        if (d.severity == Severity::warning && !strict) continue;
        FindingKey k{checked.repo.files[d.pos.file].path, static_cast<int>(d.severity), d.check, d.message};
        auto it = old.find(k);
        if (it != old.end()) {
            old.erase(it);
            continue;
        }
        r.added.push_back(d);
    }
    r.files = checked.repo.files;
    r.after = std::move(checked.repo);
    return r;
}

}  // namespace plan
