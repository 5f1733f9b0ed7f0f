#include "check/schema_accept.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "load/core_types.hpp"

namespace plan {

class SchemaAcceptor::Impl {
public:
    enum Result { valid, invalid, unsure };

    bool compile(const nlohmann::json& root) {
        root_ = &root;
        top_ = node_for(root, 0);
        return ok_ && top_;
    }

    bool accepts(const YNode& doc) const { return top_ && check(*top_, doc) == valid; }

private:
    enum Type : unsigned { t_null = 1, t_boolean = 2, t_integer = 4, t_number = 8, t_string = 16, t_array = 32, t_object = 64 };

    // A scalar's JSON value, as json_view gives it.
    struct Value {
        unsigned type = t_null;
        bool b = false;
        std::int64_t i = 0;
        double d = 0;
        std::string_view s;
    };

    struct Node {
        unsigned types = 0;  // 0: any
        bool has_enum = false;
        std::vector<nlohmann::json> enum_values;
        std::vector<std::pair<std::string, const Node*>> properties;
        bool no_additional = false;
        std::vector<std::string> required;
        const Node* items = nullptr;
        std::optional<std::size_t> min_items, max_items, min_length, max_length;
        bool unique_items = false;
        std::optional<double> minimum, maximum;
        std::vector<const Node*> any_of, one_of, all_of;
        const Node* ref = nullptr;
        const nlohmann::json* ref_target = nullptr;
    };

    const Node* node_for(const nlohmann::json& j, int depth) {
        if (depth > 64 || !j.is_object()) return fail();
        auto found = built_.find(&j);
        if (found != built_.end()) return found->second;
        nodes_.push_back(std::make_unique<Node>());
        Node* n = nodes_.back().get();
        built_.emplace(&j, n);
        static const std::set<std::string> annotations = {"description", "title", "$schema", "$id", "$comment", "default",
                                                          "examples", "enumDescriptions", "x-pattern", "definitions"};
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& k = it.key();
            const nlohmann::json& v = it.value();
            if (annotations.count(k)) continue;
            if (k == "$ref") {
                if (!v.is_string()) return fail();
                const nlohmann::json* target = resolve(v.get<std::string>());
                if (!target) return fail();
                n->ref_target = target;
            } else if (k == "type") {
                if (v.is_string()) {
                    if (!add_type(*n, v.get<std::string>())) return fail();
                } else if (v.is_array()) {
                    for (const auto& t : v)
                        if (!t.is_string() || !add_type(*n, t.get<std::string>())) return fail();
                } else {
                    return fail();
                }
            } else if (k == "enum" && v.is_array()) {
                n->has_enum = true;
                for (const auto& e : v) {
                    if (!e.is_string() && !e.is_number_integer() && !e.is_boolean()) return fail();
                    n->enum_values.push_back(e);
                }
            } else if (k == "properties" && v.is_object()) {
                for (auto p = v.begin(); p != v.end(); ++p) n->properties.push_back({p.key(), nullptr});
            } else if (k == "additionalProperties" && v.is_boolean()) {
                n->no_additional = !v.get<bool>();
            } else if (k == "required" && v.is_array()) {
                for (const auto& r : v) {
                    if (!r.is_string()) return fail();
                    n->required.push_back(r.get<std::string>());
                }
            } else if (k == "items" && v.is_object()) {
                // set below, once this node is registered
            } else if (k == "minItems" && v.is_number_unsigned()) {
                n->min_items = v.get<std::size_t>();
            } else if (k == "maxItems" && v.is_number_unsigned()) {
                n->max_items = v.get<std::size_t>();
            } else if (k == "minLength" && v.is_number_unsigned()) {
                n->min_length = v.get<std::size_t>();
            } else if (k == "maxLength" && v.is_number_unsigned()) {
                n->max_length = v.get<std::size_t>();
            } else if (k == "uniqueItems" && v.is_boolean()) {
                n->unique_items = v.get<bool>();
            } else if (k == "minimum" && v.is_number()) {
                n->minimum = v.get<double>();
            } else if (k == "maximum" && v.is_number()) {
                n->maximum = v.get<double>();
            } else if ((k == "anyOf" || k == "oneOf" || k == "allOf") && v.is_array() && !v.empty()) {
                // set below
            } else {
                return fail();  // a keyword this acceptor does not know
            }
        }
        // In draft 7 a $ref stands alone: its siblings are ignored.
        if (n->ref_target) {
            n->ref = node_for(*n->ref_target, depth + 1);
            return ok_ ? n : nullptr;
        }
        for (auto& [name, sub] : n->properties) sub = node_for(j.at("properties").at(name), depth + 1);
        if (j.contains("items")) n->items = node_for(j.at("items"), depth + 1);
        for (const char* k : {"anyOf", "oneOf", "allOf"}) {
            if (!j.contains(k)) continue;
            std::string_view name = k;
            auto& to = name == "anyOf" ? n->any_of : name == "oneOf" ? n->one_of : n->all_of;
            for (const auto& sub : j.at(k)) to.push_back(node_for(sub, depth + 1));
        }
        return ok_ ? n : nullptr;
    }

    const Node* fail() {
        ok_ = false;
        return nullptr;
    }

    static bool add_type(Node& n, const std::string& t) {
        if (t == "null") n.types |= t_null;
        else if (t == "boolean") n.types |= t_boolean;
        else if (t == "integer") n.types |= t_integer;
        else if (t == "number") n.types |= t_number | t_integer;
        else if (t == "string") n.types |= t_string;
        else if (t == "array") n.types |= t_array;
        else if (t == "object") n.types |= t_object;
        else return false;
        return true;
    }

    // "#/definitions/name" within the same document.
    const nlohmann::json* resolve(const std::string& ref) const {
        if (ref.rfind("#/", 0) != 0) return nullptr;
        const nlohmann::json* at = root_;
        std::size_t pos = 2;
        while (pos <= ref.size()) {
            std::size_t end = ref.find('/', pos);
            if (end == std::string::npos) end = ref.size();
            std::string part = ref.substr(pos, end - pos);
            if (part.find('~') != std::string::npos || part.find('%') != std::string::npos) return nullptr;
            if (!at->is_object() || !at->contains(part)) return nullptr;
            at = &at->at(part);
            pos = end + 1;
        }
        return at;
    }

    // Whether the scalar can be typed without a finding; refused values
    // (0x1F, .nan) make json_view report, so they are never fast-accepted.
    static bool value_of(const YNode& y, Value& v) {
        if (y.kind == YNode::null) return true;
        if (y.quoted) {
            v.type = t_string;
            v.s = y.text;
            return true;
        }
        CoreValue c = type_plain_scalar(y.text);
        switch (c.kind) {
        case CoreValue::null: v.type = t_null; return true;
        case CoreValue::boolean: v.type = t_boolean; v.b = c.b; return true;
        case CoreValue::integer: v.type = t_integer; v.i = c.i; return true;
        case CoreValue::number: v.type = t_number; v.d = c.d; return true;
        case CoreValue::text: v.type = t_string; v.s = y.text; return true;
        case CoreValue::refused: return false;
        }
        return false;
    }

    static std::size_t code_points(std::string_view s) {
        std::size_t n = 0;
        for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return n;
    }

    static Result all(std::initializer_list<Result> rs) {
        Result r = valid;
        for (Result x : rs) {
            if (x == invalid) return invalid;
            if (x == unsure) r = unsure;
        }
        return r;
    }

    Result check(const Node& n, const YNode& y) const {
        if (n.ref) return check(*n.ref, y);
        Result result = valid;
        auto note = [&](Result r) {
            if (r == invalid || (r == unsure && result == valid)) result = r;
        };
        if (y.kind == YNode::mapping) {
            if (n.types && !(n.types & t_object)) return invalid;
            if (n.has_enum) return unsure;
            for (const auto& r : n.required)
                if (!y.find(r)) return invalid;
            for (const auto& c : y.children) {
                const Node* sub = nullptr;
                bool known = false;
                for (const auto& [name, s] : n.properties)
                    if (name == c.key) {
                        sub = s;
                        known = true;
                        break;
                    }
                if (!known) {
                    if (n.no_additional) return invalid;
                    continue;
                }
                note(check(*sub, c));
                if (result == invalid) return invalid;
            }
        } else if (y.kind == YNode::sequence) {
            if (n.types && !(n.types & t_array)) return invalid;
            if (n.has_enum) return unsure;
            std::size_t size = y.children.size();
            if (n.min_items && size < *n.min_items) return invalid;
            if (n.max_items && size > *n.max_items) return invalid;
            if (n.items)
                for (const auto& c : y.children) {
                    note(check(*n.items, c));
                    if (result == invalid) return invalid;
                }
            if (n.unique_items) note(unique(y));
        } else {
            Value v;
            if (!value_of(y, v)) return unsure;
            if (n.types && !(n.types & v.type)) return invalid;
            if (n.has_enum) note(in_enum(n, v));
            if (v.type == t_string) {
                if (n.min_length || n.max_length) {
                    std::size_t len = code_points(v.s);
                    if (n.min_length && len < *n.min_length) return invalid;
                    if (n.max_length && len > *n.max_length) return invalid;
                }
            } else if (v.type == t_integer || v.type == t_number) {
                double d = v.type == t_integer ? static_cast<double>(v.i) : v.d;
                if (n.minimum && d < *n.minimum) return invalid;
                if (n.maximum && d > *n.maximum) return invalid;
            }
        }
        if (result == invalid) return invalid;
        for (const Node* s : n.all_of) note(check(*s, y));
        if (!n.any_of.empty()) {
            bool any = false, maybe = false;
            for (const Node* s : n.any_of) {
                Result r = check(*s, y);
                any = any || r == valid;
                maybe = maybe || r == unsure;
            }
            note(any ? valid : maybe ? unsure : invalid);
        }
        if (!n.one_of.empty()) {
            int count = 0;
            bool maybe = false;
            for (const Node* s : n.one_of) {
                Result r = check(*s, y);
                count += r == valid;
                maybe = maybe || r == unsure;
            }
            note(maybe ? unsure : count == 1 ? valid : invalid);
        }
        return result;
    }

    // Enum members are strings, integers and booleans; a value of another
    // kind (a float against an integer) is left to valijson.
    static Result in_enum(const Node& n, const Value& v) {
        for (const auto& e : n.enum_values) {
            if (e.is_string() && v.type == t_string && e.get_ref<const std::string&>() == v.s) return valid;
            if (e.is_number_integer() && v.type == t_integer && e.get<std::int64_t>() == v.i) return valid;
            if (e.is_boolean() && v.type == t_boolean && e.get<bool>() == v.b) return valid;
            if (e.is_number_integer() && v.type == t_number) return unsure;
        }
        return invalid;
    }

    // Items that are all scalars, compared as typed values; anything less
    // plain is left to valijson.
    static Result unique(const YNode& seq) {
        std::vector<Value> seen;
        seen.reserve(seq.children.size());
        for (const auto& c : seq.children) {
            if (c.kind == YNode::mapping || c.kind == YNode::sequence) return unsure;
            Value v;
            if (!value_of(c, v)) return unsure;
            for (const auto& s : seen) {
                if (s.type == t_number || v.type == t_number) {
                    if ((s.type == t_number || s.type == t_integer) && (v.type == t_number || v.type == t_integer))
                        return unsure;
                    continue;
                }
                if (s.type != v.type) continue;
                bool same = (v.type == t_null) || (v.type == t_boolean && s.b == v.b) ||
                            (v.type == t_integer && s.i == v.i) || (v.type == t_string && s.s == v.s);
                if (same) return invalid;
            }
            seen.push_back(v);
        }
        return valid;
    }

    const nlohmann::json* root_ = nullptr;
    const Node* top_ = nullptr;
    bool ok_ = true;
    std::vector<std::unique_ptr<Node>> nodes_;
    std::map<const nlohmann::json*, const Node*> built_;
};

SchemaAcceptor::SchemaAcceptor() : impl_(std::make_unique<Impl>()) {}
SchemaAcceptor::~SchemaAcceptor() = default;
SchemaAcceptor::SchemaAcceptor(SchemaAcceptor&&) noexcept = default;
SchemaAcceptor& SchemaAcceptor::operator=(SchemaAcceptor&&) noexcept = default;

bool SchemaAcceptor::compile(const nlohmann::json& root) { return impl_->compile(root); }

bool SchemaAcceptor::accepts(const YNode& doc) const { return impl_->accepts(doc); }

}  // namespace plan
