// accept_agrees FOLDER...: the fast schema acceptor (check/schema_accept)
// against valijson on every file under the folders. Whenever the acceptor
// says "valid", valijson must find nothing; a file the acceptor is unsure of
// proves nothing either way. Files in no plan folder (fuzz inputs) are tried
// against all three schemas. Exit 1 on a disagreement, and when no file was
// accepted at all (then the test would prove nothing).
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "check/json_view.hpp"
#include "check/schema_accept.hpp"
#include "check/schema_check.hpp"
#include "load/prescan.hpp"
#include "load/strict_parse.hpp"

namespace fs = std::filesystem;
using namespace plan;

namespace {

struct Schema {
    SourceFile::Kind kind;
    nlohmann::json json;
    SchemaAcceptor fast;
    valijson::Schema full;
};

std::vector<SourceFile::Kind> kinds_for(const fs::path& path) {
    std::string parent = path.parent_path().filename().string();
    std::string ext = path.extension().string();
    if (path.filename() == "plan.yaml") return {SourceFile::plan};
    if (ext == ".yaml" || ext == ".yml") {
        if (parent == "actions") return {SourceFile::actions};
        if (parent == "kpis") return {SourceFile::kpi};
    }
    return {SourceFile::plan, SourceFile::actions, SourceFile::kpi};
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::unique_ptr<Schema>> schemas;
    for (SourceFile::Kind kind : {SourceFile::plan, SourceFile::actions, SourceFile::kpi}) {
        auto s = std::make_unique<Schema>();
        s->kind = kind;
        s->json = checked_schema(kind);
        if (!s->fast.compile(s->json)) {
            std::cerr << "accept_agrees: the fast acceptor does not know a schema keyword; it accepts nothing\n";
            return 1;
        }
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(s->json);
        parser.populateSchema(adapter, s->full);
        schemas.push_back(std::move(s));
    }
    std::size_t files = 0, accepted = 0, disagreements = 0;
    for (int i = 1; i < argc; ++i) {
        std::vector<fs::path> paths;
        for (const auto& e : fs::recursive_directory_iterator(argv[i]))
            if (e.is_regular_file()) paths.push_back(e.path());
        std::sort(paths.begin(), paths.end());
        for (const auto& path : paths) {
            std::ifstream in(path, std::ios::binary);
            std::stringstream bytes;
            bytes << in.rdbuf();
            std::string text = bytes.str();
            Diagnostics ignored;
            if (!prescan(text, 0, ignored)) continue;
            auto tree = strict_parse(text, 0, ignored);
            if (!tree) continue;
            ++files;
            for (SourceFile::Kind kind : kinds_for(path)) {
                const Schema& s = *schemas[static_cast<std::size_t>(kind == SourceFile::plan ? 0 : kind == SourceFile::actions ? 1 : 2)];
                if (!s.fast.accepts(*tree)) continue;
                ++accepted;
                Diagnostics typing;
                nlohmann::json doc = json_view(*tree, 0, typing);
                valijson::Validator validator(valijson::Validator::kStrongTypes);
                valijson::adapters::NlohmannJsonAdapter adapter(doc);
                valijson::ValidationResults results;
                if (!validator.validate(s.full, adapter, &results) || !typing.empty()) {
                    ++disagreements;
                    std::cout << "DISAGREE: " << path.string() << ": the fast acceptor says valid, valijson finds "
                              << results.numErrors() << " error(s) and json_view " << typing.size() << " typing finding(s)\n";
                }
            }
        }
    }
    std::cout << "accept_agrees: " << files << " files parsed, " << accepted << " fast-accepted, " << disagreements
              << " disagreements\n";
    if (accepted == 0) std::cout << "accept_agrees: nothing was accepted, so nothing was compared\n";
    return disagreements == 0 && accepted > 0 ? 0 : 1;
}
