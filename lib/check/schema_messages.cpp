#include "check/schema_messages.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "model/suggest.hpp"
#include "load/core_types.hpp"
#include "load/unicode.hpp"

namespace plan {
namespace {

bool is_index(const std::string& s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos && s.size() < 10;
}

std::size_t index_of(const std::string& s) { return static_cast<std::size_t>(std::strtoul(s.c_str(), nullptr, 10)); }

// The noun for an item of a list with this key, and the field that names it.
struct ListNoun {
    const char* list;
    const char* noun;
    const char* name_field;
};
constexpr ListNoun kListNouns[] = {
    {"actions", "action", "id"},         {"steps", "step", nullptr},
    {"progress", "progress entry", "date"}, {"data", "data point", "period"},
    {"comparators", "comparator", "name"}, {"judgements", "judgement", "area"},
    {"recommendations", "recommendation", "id"}, {"visits", "visit", "date"},
    {"themes", "theme", "id"},           {"meetings", "meeting", "id"},
};

std::string json_kind(const nlohmann::json& v) {
    if (v.is_null()) return "empty";
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_number_integer()) return fmt::format("the number {}", v.get<std::int64_t>());
    if (v.is_number()) return fmt::format("the number {}", v.get<double>());
    if (v.is_string()) return "text";
    if (v.is_array()) return "a list";
    return "a set of fields";
}

std::string type_words(const std::string& t) {
    if (t == "string") return "text";
    if (t == "integer") return "a whole number";
    if (t == "number") return "a number";
    if (t == "array") return "a list";
    if (t == "object") return "a set of fields (key: value lines)";
    if (t == "boolean") return "true or false";
    return t;
}

std::string join(const std::vector<std::string>& words, const char* sep = ", ") {
    std::string r;
    for (const auto& w : words) {
        if (!r.empty()) r += sep;
        r += w;
    }
    return r;
}

std::string short_text(const std::string& s) { return s.size() > 60 ? s.substr(0, 57) + "..." : s; }

// A schema's minimum or maximum as a reader writes it: 1,000,000,000,000.
std::string bound(const nlohmann::json& n) {
    if (!n.is_number_integer()) return n.dump();
    std::string digits = n.dump();
    std::size_t first = digits[0] == '-' ? 1 : 0;
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > static_cast<std::ptrdiff_t>(first); i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

// What a field checked by pattern wants, from its (renamed) pattern.
std::string pattern_words(const nlohmann::json& schema) {
    std::string p = schema["x-pattern"].is_string() ? schema["x-pattern"].get<std::string>() : "";
    if (p.find("/[0-9]{2}") != std::string::npos) return "a period such as 2017-04, 2017, 2016/17 or 2016/17 Q3";
    if (p.find("(-[0-9]{2})?$") != std::string::npos) return "a date written YYYY-MM-DD or a month written YYYY-MM";
    if (p.find("[0-9]{4}-[0-9]{2}-[0-9]{2}") != std::string::npos) return "a date written YYYY-MM-DD";
    if (p.find("A-Za-z") != std::string::npos) return "an id (letters, digits, '.', '_' and '-')";
    return "text";
}

}  // namespace

// The text between the last pair of single quotes in a valijson description.
std::string quoted_name(const std::string& d) {
    auto end = d.rfind('\'');
    if (end == std::string::npos || end == 0) return {};
    auto start = d.rfind('\'', end - 1);
    return start == std::string::npos ? std::string() : d.substr(start + 1, end - start - 1);
}

const nlohmann::json* SchemaMessages::resolve(const nlohmann::json* node) const {
    for (int hops = 0; node && node->is_object() && node->contains("$ref") && hops < 16; ++hops) {
        const auto& ref = (*node)["$ref"];
        if (!ref.is_string()) return node;
        std::string r = ref.get<std::string>();
        const std::string prefix = "#/definitions/";
        if (r.compare(0, prefix.size(), prefix) != 0 || !schema_.contains("definitions")) return node;
        const auto& defs = schema_["definitions"];
        auto it = defs.find(r.substr(prefix.size()));
        if (it == defs.end()) return node;
        node = &*it;
    }
    return node;
}

const nlohmann::json* SchemaMessages::schema_at(const std::vector<std::string>& path) const {
    const nlohmann::json* node = resolve(&schema_);
    for (const auto& seg : path) {
        if (!node || !node->is_object()) return nullptr;
        if (node->contains("properties") && (*node)["properties"].contains(seg)) {
            node = resolve(&(*node)["properties"][seg]);
        } else if (node->contains("items") && is_index(seg)) {
            node = resolve(&(*node)["items"]);
        } else {
            return nullptr;
        }
    }
    return node;
}

const YNode* SchemaMessages::node_at(const std::vector<std::string>& path, std::size_t length) const {
    const YNode* node = &root_;
    for (std::size_t i = 0; i < length && node; ++i) {
        const auto& seg = path[i];
        if (node->kind == YNode::mapping) {
            node = node->find(seg);
        } else if (node->kind == YNode::sequence && is_index(seg) && index_of(seg) < node->children.size()) {
            node = &node->children[index_of(seg)];
        } else {
            node = nullptr;
        }
    }
    return node;
}

const nlohmann::json* SchemaMessages::value_at(const std::vector<std::string>& path) const {
    const nlohmann::json* v = &doc_;
    for (const auto& seg : path) {
        if (v->is_object() && v->contains(seg)) {
            v = &(*v)[seg];
        } else if (v->is_array() && is_index(seg) && index_of(seg) < v->size()) {
            v = &(*v)[index_of(seg)];
        } else {
            return nullptr;
        }
    }
    return v;
}

bool SchemaMessages::already_reported(const std::vector<std::string>& path) const {
    const YNode* n = node_at(path, path.size());
    if (!n) return false;
    if (n->refused) return true;
    return n->kind == YNode::scalar && !n->quoted && type_plain_scalar(n->text).kind == CoreValue::refused;
}

std::string SchemaMessages::suggestion_for(const std::vector<std::string>& path, const std::string& key) const {
    const nlohmann::json* schema = schema_at(path);
    std::vector<std::string> allowed;
    if (schema && schema->contains("properties"))
        for (const auto& [k, v] : (*schema)["properties"].items()) allowed.push_back(k);
    return closest(key, allowed);
}

// "action LO-1", "step 2 of action LO-1", "the target of KPI cp-repeat".
std::string SchemaMessages::owner(const std::vector<std::string>& path, std::size_t length) const {
    std::string desc;
    bool section = false;  // desc names a top-level section, which an item replaces
    for (std::size_t i = 0; i < length; ++i) {
        const auto& seg = path[i];
        if (is_index(seg) && i > 0) {
            const ListNoun* noun = nullptr;
            for (const auto& n : kListNouns)
                if (path[i - 1] == n.list) noun = &n;
            std::string item;
            const YNode* node = node_at(path, i + 1);
            if (noun) {
                const YNode* name = node && noun->name_field ? node->find(noun->name_field) : nullptr;
                bool named = name && name->kind == YNode::scalar && !name->text.empty();
                item = named ? fmt::format("{} {}", noun->noun, short_text(name->text))
                             : fmt::format("{} {}", noun->noun, index_of(seg) + 1);
            } else {
                item = fmt::format("item {} of '{}'", index_of(seg) + 1, path[i - 1]);
            }
            desc = desc.empty() || section ? item : fmt::format("{} of {}", item, desc);
            section = false;
            continue;
        }
        bool list_follows = i + 1 < length && is_index(path[i + 1]);
        if (list_follows) continue;
        section = false;
        if (seg == "kpi" && i == 0) {
            const YNode* node = node_at(path, 1);
            const YNode* id = node ? node->find("id") : nullptr;
            desc = id && id->kind == YNode::scalar ? fmt::format("KPI {}", short_text(id->text)) : "the KPI";
        } else if (i == 0 && (seg == "plan" || seg == "inspection")) {
            desc = fmt::format("the {} section", seg);
            section = true;
        } else {
            desc = desc.empty() ? fmt::format("'{}'", seg) : fmt::format("'{}' of {}", seg, desc);
        }
    }
    if (desc.empty()) return "this file";
    return desc;
}

std::string SchemaMessages::field(const std::vector<std::string>& path) const {
    if (path.empty()) return "this file";
    const auto& last = path.back();
    if (is_index(last) && path.size() >= 2) {
        bool objects = false;
        for (const auto& n : kListNouns)
            if (path[path.size() - 2] == n.list) {
                const YNode* node = node_at(path, path.size());
                objects = node && node->kind == YNode::mapping;
            }
        if (objects) return owner(path, path.size());
        return fmt::format("item {} of '{}' in {}", index_of(last) + 1, path[path.size() - 2],
                           owner(path, path.size() - 2));
    }
    return fmt::format("'{}' in {}", last, owner(path, path.size() - 1));
}

Pos SchemaMessages::value_pos(const std::vector<std::string>& path) const {
    // The deepest node that exists along the path.
    for (std::size_t len = path.size() + 1; len-- > 0;) {
        if (const YNode* n = node_at(path, len)) {
            if (n->line == 0) return Pos{file_, 1, 1};
            return Pos{file_, n->line, n->col};
        }
    }
    return Pos{file_, 1, 1};
}

Diagnostic SchemaMessages::translate(const SchemaError& error) const {
    const auto& path = error.path;
    const auto& d = error.description;
    const nlohmann::json* schema = schema_at(path);
    const nlohmann::json* value = value_at(path);
    Diagnostic diag;
    diag.check = "schema";
    diag.pos = value_pos(path);
    auto starts = [&](std::string_view p) { return d.compare(0, p.size(), p) == 0; };

    if (starts("Object contains a property that could not be validated")) {
        std::string key = quoted_name(d);
        std::vector<std::string> allowed;
        if (schema && schema->contains("properties"))
            for (const auto& [k, v] : (*schema)["properties"].items()) allowed.push_back(k);
        std::string suggestion = closest(key, allowed);
        auto child = path;
        child.push_back(key);
        if (const YNode* n = node_at(child, child.size())) diag.pos = Pos{file_, n->key_line, n->key_col};
        std::string where = path.empty() ? "this file" : owner(path, path.size());
        // A field name that looks right but is not names what is wrong with it.
        if (std::string unusual = first_unusual_character(key); !unusual.empty())
            where += ", and the name has " + unusual;
        if (!suggestion.empty())
            diag.message = fmt::format("unknown field '{}' in {}; did you mean '{}'?", short_text(key), where, suggestion);
        else
            diag.message = fmt::format("unknown field '{}' in {}; the fields allowed here are: {}", short_text(key), where,
                                       join(allowed));
        return diag;
    }
    if (starts("Missing required property")) {
        std::string key = quoted_name(d);
        // Point at the key that names the object ("plan:"), not its first field.
        if (const YNode* n = node_at(path, path.size()); n && n->key_line) diag.pos = Pos{file_, n->key_line, n->key_col};
        std::string where = path.empty() ? "this file" : owner(path, path.size());
        diag.message = fmt::format("missing field '{}' in {}", key, where);
        const nlohmann::json* prop = schema && schema->contains("properties") && (*schema)["properties"].contains(key)
                                         ? &(*schema)["properties"][key]
                                         : nullptr;
        if (prop && prop->contains("description") && (*prop)["description"].is_string()) {
            std::string text = (*prop)["description"].get<std::string>();
            auto stop = text.find(". ");
            diag.message += fmt::format(" ({})", stop == std::string::npos ? text : text.substr(0, stop));
        }
        return diag;
    }
    if (starts("Value type not permitted")) {
        std::vector<std::string> expected;
        if (schema && schema->contains("type")) {
            const auto& t = (*schema)["type"];
            if (t.is_string()) expected.push_back(type_words(t.get<std::string>()));
            if (t.is_array())
                for (const auto& x : t) expected.push_back(type_words(x.get<std::string>()));
        }
        std::string found = value ? json_kind(*value) : "something else";
        if (path.empty()) {
            diag.message = value && value->is_null()
                               ? std::string("file is empty; it needs the fields described in docs/format.md")
                               : fmt::format("file must be a set of fields (key: value lines), not {}", found);
            return diag;
        }
        std::string wanted = join(expected, " or ");
        if (schema && schema->contains("x-pattern")) wanted = pattern_words(*schema);
        diag.message = fmt::format("{} must be {}, not {}", field(path), wanted, found);
        bool text_wanted = !expected.empty() && expected[0] == "text" && !(schema && schema->contains("x-pattern"));
        if (value && (value->is_number() || value->is_boolean()) && text_wanted)
            diag.message += "; put it in quotes to write it as text";
        return diag;
    }
    if (starts("Failed to match against any enum values") || starts("Failed to match expected value set by 'const'")) {
        std::vector<std::string> allowed;
        if (schema && schema->contains("enum"))
            for (const auto& x : (*schema)["enum"]) allowed.push_back(x.is_string() ? x.get<std::string>() : x.dump());
        bool text = value && value->is_string();
        std::string found = text ? value->get<std::string>() : (value ? value->dump() : "");
        if (allowed.size() == 1) {
            diag.message = fmt::format("{} is {}; it must be {}", field(path), text ? "'" + short_text(found) + "'" : found,
                                       allowed[0]);
            if (text && found == allowed[0]) diag.message += ", written without quotes";
            return diag;
        }
        diag.message = fmt::format("{} is '{}'; it must be one of: {}", field(path), short_text(found), join(allowed));
        std::string suggestion = text ? closest(found, allowed) : std::string();
        if (!suggestion.empty()) diag.message += fmt::format(" (did you mean '{}'?)", suggestion);
        return diag;
    }
    if (starts("String should be no more than")) {
        std::size_t length = 0;
        if (value && value->is_string())
            for (unsigned char ch : value->get<std::string>()) length += (ch & 0xC0) != 0x80;
        diag.message = fmt::format("{} is too long ({} characters); the limit is {} characters", field(path), length,
                                   schema && schema->contains("maxLength") ? (*schema)["maxLength"].dump() : "?");
        return diag;
    }
    if (starts("String should be no fewer than")) {
        bool empty = value && value->is_string() && value->get<std::string>().empty();
        diag.message = empty ? fmt::format("{} is empty; write a value or leave the field out", field(path))
                             : fmt::format("{} is too short; it needs at least {} characters", field(path),
                                           schema && schema->contains("minLength") ? (*schema)["minLength"].dump() : "?");
        return diag;
    }
    if (starts("Array should contain no fewer than")) {
        auto n = schema && schema->contains("minItems") ? (*schema)["minItems"].dump() : "1";
        diag.message = fmt::format("{} must list at least {} {}", field(path), n, n == "1" ? "item" : "items");
        return diag;
    }
    if (starts("Elements at indexes")) {
        diag.message = fmt::format("{} lists the same value more than once", field(path));
        return diag;
    }
    if (starts("Expected number greater than or equal to")) {
        diag.message = fmt::format("{} must be at least {}", field(path),
                                   schema && schema->contains("minimum") ? bound((*schema)["minimum"]) : "?");
        return diag;
    }
    if (starts("Expected number less than or equal to")) {
        diag.message = fmt::format("{} must be at most {}", field(path),
                                   schema && schema->contains("maximum") ? bound((*schema)["maximum"]) : "?");
        return diag;
    }
    if (starts("Failed to validate against any") || starts("Failed to validate against exactly one")) {
        std::string hint;
        if (schema && schema->contains("description") && (*schema)["description"].is_string())
            hint = (*schema)["description"].get<std::string>();
        std::string found = value ? (value->is_string() ? "'" + short_text(value->get<std::string>()) + "'" : json_kind(*value))
                                  : "it";
        diag.message = fmt::format("{} is not valid ({})", field(path), found);
        if (!hint.empty()) diag.message += fmt::format(": {}", hint);
        return diag;
    }
    diag.message = fmt::format("{}: {}", field(path), d);
    return diag;
}

}  // namespace plan
