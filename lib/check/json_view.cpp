#include "check/json_view.hpp"

#include "load/core_types.hpp"

namespace plan {

nlohmann::json json_view(const YNode& node, std::uint32_t file, Diagnostics& out) {
    switch (node.kind) {
    case YNode::null: return nullptr;
    case YNode::scalar: {
        if (node.quoted) return node.text;
        CoreValue v = type_plain_scalar(node.text);
        switch (v.kind) {
        case CoreValue::null: return nullptr;
        case CoreValue::boolean: return v.b;
        case CoreValue::integer: return v.i;
        case CoreValue::number: return v.d;
        case CoreValue::text: return node.text;
        case CoreValue::refused:
            out.push_back({Pos{file, node.line, node.col}, Severity::error, "yaml-typing", v.why});
            return nullptr;
        }
        return nullptr;
    }
    case YNode::sequence: {
        auto array = nlohmann::json::array();
        for (const auto& c : node.children) array.push_back(json_view(c, file, out));
        return array;
    }
    case YNode::mapping: {
        auto object = nlohmann::json::object();
        for (const auto& c : node.children) object[c.key] = json_view(c, file, out);
        return object;
    }
    }
    return nullptr;
}

}  // namespace plan
