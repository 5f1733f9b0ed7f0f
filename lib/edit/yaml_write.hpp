#pragma once
// Writing new YAML text: values quoted safely, and list items laid out as
// their neighbours are.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

// Text as a double-quoted YAML scalar: `"` and `\` escaped, and every
// control character (a line break, a tab) written as an escape.
std::string yaml_quoted(std::string_view text);

// A value that reads back as the same text without quotes (a date, a
// period, a vocabulary word), or else quoted.
std::string yaml_plain_or_quoted(std::string_view text);

// A field to write: `scalar` (already YAML) or, when `items` is not empty,
// a block list of mappings.
struct NewField {
    std::string key;
    std::string scalar;
    std::vector<std::vector<NewField>> items;
};

// How a list's items are laid out: the column of the dash (0-based indent)
// and how far the first key is from it ("- date" is 2).
struct ItemLayout {
    std::uint32_t dash_indent = 0;
    std::uint32_t key_offset = 2;
    bool flow = false;  // each item written `- {key: value, ...}`
};

std::vector<std::string> render_item(const std::vector<NewField>& fields, const ItemLayout& layout);
std::vector<std::string> render_field(const NewField& field, std::uint32_t indent);

}  // namespace plan
