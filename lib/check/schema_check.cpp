#include "check/schema_check.hpp"

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <memory>
#include <mutex>
#include <set>
#include <string_view>

#include "check/embedded_schemas.hpp"
#include "check/json_view.hpp"
#include "check/schema_accept.hpp"
#include "check/schema_messages.hpp"

namespace plan {
namespace {

// Removes the keywords that the loader and the consistency checks do instead
// (see schema_check.hpp).
void strip_editor_keywords(nlohmann::json& node) {
    if (node.is_object()) {
        // A field with a pattern (dates, months, periods, ids) is checked in
        // code, lengths included; the pattern stays, renamed, so that
        // messages can say what the field wants.
        if (node.contains("pattern")) {
            node["x-pattern"] = node["pattern"];
            for (const char* k : {"pattern", "minLength", "maxLength"}) node.erase(k);
        }
        for (const char* k : {"format", "if", "then", "else"}) node.erase(k);
        for (auto& [key, value] : node.items()) strip_editor_keywords(value);
    } else if (node.is_array()) {
        for (auto& value : node) strip_editor_keywords(value);
    }
}

const char* schema_name(SourceFile::Kind kind) {
    switch (kind) {
    case SourceFile::plan: return "plan.schema.json";
    case SourceFile::actions: return "actions.schema.json";
    case SourceFile::kpi: return "kpi.schema.json";
    case SourceFile::other: break;
    }
    return nullptr;
}

// "<root>", "[actions]", "[0]" -> "actions", "0".
std::vector<std::string> path_of(const std::vector<std::string>& context) {
    std::vector<std::string> path;
    for (const auto& c : context) {
        if (c.size() >= 2 && c.front() == '[' && c.back() == ']') path.push_back(c.substr(1, c.size() - 2));
    }
    return path;
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

bool is_prefix(const std::vector<std::string>& prefix, const std::vector<std::string>& path) {
    return prefix.size() <= path.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

}  // namespace


nlohmann::json checked_schema(SourceFile::Kind kind) {
    const char* name = schema_name(kind);
    if (!name) return {};
    auto file = find_embedded_schema(name);
    nlohmann::json json = nlohmann::json::parse(file->text);
    strip_editor_keywords(json);
    return json;
}

struct SchemaCheck::Impl {
    struct Loaded {
        nlohmann::json json;
        SchemaAcceptor fast;
        bool fast_ok = false;
        // valijson's compiled schema, made on first use: only a file that the
        // fast acceptor does not pass needs it.
        mutable std::once_flag once;
        mutable valijson::Schema schema;

        const valijson::Schema& full() const {
            std::call_once(once, [this] {
                valijson::SchemaParser parser;
                valijson::adapters::NlohmannJsonAdapter adapter(json);
                parser.populateSchema(adapter, schema);
            });
            return schema;
        }
    };
    Loaded plan, actions, kpi;

    static void load(Loaded& into, SourceFile::Kind kind) {
        into.json = checked_schema(kind);
        into.fast_ok = into.fast.compile(into.json);
    }

    const Loaded* get(SourceFile::Kind kind) const {
        switch (kind) {
        case SourceFile::plan: return &plan;
        case SourceFile::actions: return &actions;
        case SourceFile::kpi: return &kpi;
        case SourceFile::other: break;
        }
        return nullptr;
    }
};

SchemaCheck::SchemaCheck() : impl_(std::make_unique<Impl>()) {
    Impl::load(impl_->plan, SourceFile::plan);
    Impl::load(impl_->actions, SourceFile::actions);
    Impl::load(impl_->kpi, SourceFile::kpi);
}

SchemaCheck::~SchemaCheck() = default;

void SchemaCheck::run(SourceFile::Kind kind, const YNode& root, std::uint32_t file, Diagnostics& out) const {
    const Impl::Loaded* loaded = impl_->get(kind);
    if (!loaded) return;
    if (loaded->fast_ok && loaded->fast.accepts(root)) return;
    nlohmann::json doc = json_view(root, file, out);

    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    if (validator.validate(loaded->full(), adapter, &results)) return;

    std::vector<SchemaError> errors;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) errors.push_back({path_of(e.context), std::move(e.description)});

    // anyOf/oneOf: report the alternatives as one finding, not each branch's.
    std::vector<std::vector<std::string>> alternatives;
    for (const auto& err : errors)
        if (starts_with(err.description, "Failed to validate against any") ||
            starts_with(err.description, "Failed to validate against exactly one"))
            alternatives.push_back(err.path);

    // A value that is neither of the right type nor an allowed word: the list
    // of allowed words says more than the type does.
    std::set<std::vector<std::string>> enum_paths;
    for (const auto& err : errors)
        if (starts_with(err.description, "Failed to match against any enum values")) enum_paths.insert(err.path);

    // A required field missing because it is misspelt is said once, as the
    // unknown field with its "did you mean".
    std::set<std::pair<std::vector<std::string>, std::string>> misspelt;
    SchemaMessages messages(loaded->json, root, doc, file);
    for (const auto& err : errors)
        if (starts_with(err.description, "Object contains a property that could not be validated")) {
            std::string suggestion = messages.suggestion_for(err.path, quoted_name(err.description));
            if (!suggestion.empty()) misspelt.insert({err.path, suggestion});
        }

    std::set<std::pair<Pos, std::string>> seen;
    for (const auto& err : errors) {
        const auto& d = err.description;
        if (starts_with(d, "Failed to validate against schema associated with property") ||
            starts_with(d, "Failed to validate item #") || starts_with(d, "Failed to validate against child schema"))
            continue;
        bool combined = starts_with(d, "Failed to validate against any") || starts_with(d, "Failed to validate against exactly one");
        if (!combined) {
            bool inside = false;
            for (const auto& a : alternatives) inside = inside || is_prefix(a, err.path);
            if (inside) continue;
        }
        if (d == "Value type not permitted by 'type' constraint." && enum_paths.count(err.path)) continue;
        // A value the loader reported already (an alias, an oversized value,
        // an untypable number) gets no second finding.
        if (messages.already_reported(err.path)) continue;
        if (starts_with(d, "Missing required property") && misspelt.count({err.path, quoted_name(d)})) continue;
        Diagnostic diag = messages.translate(err);
        if (seen.insert({diag.pos, diag.message}).second) out.push_back(std::move(diag));
    }
}

}  // namespace plan
