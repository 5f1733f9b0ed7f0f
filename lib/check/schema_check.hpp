#pragma once
// Validates a file's tree against its JSON Schema (schemas/, embedded) with
// valijson, and turns valijson's findings into sentences an officer can act
// on, placed at the value or key they are about.
//
// The embedded schemas are used without `pattern`, `format` and `if/then/else`:
// those serve editors, while dates, ids and the rules tied to a status are
// checked by the loader and the consistency checks, with calendar checks and
// better messages, and without a regular expression run on every value.
#include <memory>

#include <nlohmann/json.hpp>

#include "load/yaml_tree.hpp"
#include "model/diagnostic.hpp"
#include "model/plan.hpp"

namespace plan {

// The schema valijson and the fast acceptor use for a kind of file: the
// embedded one, with the editor keywords taken out (empty for `other`).
nlohmann::json checked_schema(SourceFile::Kind kind);

class SchemaCheck {
public:
    SchemaCheck();
    ~SchemaCheck();
    SchemaCheck(const SchemaCheck&) = delete;
    SchemaCheck& operator=(const SchemaCheck&) = delete;

    void run(SourceFile::Kind kind, const YNode& root, std::uint32_t file, Diagnostics& out) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace plan
