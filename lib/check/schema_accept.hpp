#pragma once
// A fast, exact acceptor for the embedded (stripped) schemas, run on the tree
// itself: it answers "valid" only when valijson would, and otherwise says
// "not sure", and the file then goes through json_view and valijson as before
// for the findings. Nearly every file in a plan is valid, so building an
// nlohmann::json per file and valijson's walk (most of the schema check's time,
// and its shared_ptr traffic doubles in a threaded process) are skipped for
// them. A schema using a keyword this does not know is never fast-accepted.
#include <memory>

#include <nlohmann/json_fwd.hpp>

#include "load/yaml_tree.hpp"

namespace plan {

class SchemaAcceptor {
public:
    SchemaAcceptor();
    ~SchemaAcceptor();
    SchemaAcceptor(SchemaAcceptor&&) noexcept;
    SchemaAcceptor& operator=(SchemaAcceptor&&) noexcept;

    // False when the schema uses something the acceptor does not know; it
    // then accepts nothing. `root` must outlive the acceptor.
    bool compile(const nlohmann::json& root);
    // True only when valijson would find nothing in `doc`.
    bool accepts(const YNode& doc) const;

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace plan
