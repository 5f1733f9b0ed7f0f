#pragma once
// A compact YAML tree with positions, built in one pass over yaml-cpp's events
// by a parser that refuses what a plan file has no use for (see strict_parse).
#include <cstdint>
#include <string>
#include <vector>

namespace plan {

struct YNode {
    enum Kind : std::uint8_t { null, scalar, sequence, mapping };
    Kind kind = null;
    bool quoted = false;   // a quoted or block scalar: always text, never a number
    bool refused = false;  // the loader already reported this value (an alias, an oversized value, a
                           // merge key inside this mapping): the schema check says nothing more about it
    std::uint32_t line = 0, col = 0;
    std::uint32_t key_line = 0, key_col = 0;  // when this node is a mapping value
    std::string key;                          // when this node is a mapping value
    std::string text;                         // scalar text
    std::vector<YNode> children;              // sequence items, or mapping values in order

    const YNode* find(std::string_view k) const {
        for (const auto& c : children)
            if (c.key == k) return &c;
        return nullptr;
    }
};

}  // namespace plan
