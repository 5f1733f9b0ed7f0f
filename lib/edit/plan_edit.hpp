#pragma once
// One change to a plan, made as text edits to the files' original bytes and
// checked before anything is written: the edited files are loaded and
// checked in memory with the rest, and a change that would add findings is
// refused with them.
#include <map>
#include <string>
#include <vector>

#include "check/check_repository.hpp"
#include "edit/source_text.hpp"
#include "edit/yaml_edits.hpp"
#include "load/input_file.hpp"
#include "load/yaml_tree.hpp"

namespace plan {

// A file the change rewrites: its path in the plan and both versions.
struct ChangedFile {
    std::string path;
    std::string before, after;
};

// An open plan file: its text, its tree and the edits made to it so far.
struct EditTarget {
    std::uint32_t file = 0;
    SourceText text;
    YNode tree;
    std::vector<TextEdit> edits;
    // Lists this change creates (key -> index in edits), so that a second
    // item goes into the same new list rather than a second one.
    std::map<std::string, std::size_t> new_lists;
};

struct EditResult {
    std::vector<ChangedFile> changed;  // empty: nothing to change
    Diagnostics added;                 // findings the change would add; refused when not empty
    std::vector<SourceFile> files;     // what added's positions index
    std::vector<std::string> said;     // what changed, in words, for messages and the commit
    Repository after;                  // the plan as it reads with the change
};

class PlanEditor {
public:
    // Reads and checks every file of the plan at `root`.
    PlanEditor(std::string root, Date as_of);
    // The same from files already read (tests).
    PlanEditor(std::vector<InputFile> files, Date as_of);

    const CheckedRepository& before() const { return before_; }
    Date as_of() const { return as_of_; }

    // The file with index `file` in before().repo.files, opened for edits.
    // Throws EditError when it cannot be read as YAML.
    EditTarget& open(std::uint32_t file);

    // A sentence for the commit message and the summary.
    void say(std::string what) { said_.push_back(std::move(what)); }

    // Applies every edit, re-checks the whole plan; `strict` counts new
    // warnings as refusals too.
    EditResult finish(bool strict) const;

private:
    std::vector<InputFile> files_;
    Date as_of_;
    CheckedRepository before_;
    std::map<std::uint32_t, EditTarget> open_;
    std::vector<std::string> said_;
};

}  // namespace plan
