#pragma once
// Edits to one YAML file's text at the places its tree records: a list item
// appended or inserted, a scalar replaced, a field added to a mapping. Each
// returns the byte change to make, or throws EditError saying why the file
// cannot be edited there (a flow list, a value over several lines).
#include <stdexcept>
#include <string>
#include <vector>

#include "edit/source_text.hpp"
#include "edit/yaml_write.hpp"
#include "load/yaml_tree.hpp"

namespace plan {

struct EditError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// `{` or `[` at the node's place: written in flow style.
bool is_flow(const SourceText& text, const YNode& node);

// The last line of a block list item (`item` is the item's value).
std::uint32_t item_end_line(const SourceText& text, const YNode& item);

// The last line of `field`'s key and value in a block mapping.
std::uint32_t field_end_line(const SourceText& text, const YNode& field);

// How `list`'s items are laid out (from its last item).
ItemLayout item_layout(const SourceText& text, const YNode& list);

// A new last item for the block list `list`.
TextEdit append_item(const SourceText& text, const YNode& list, const std::vector<NewField>& item);

// A new item before item `index` of the block list `list` (and before the
// comment lines directly above that item, which describe it).
TextEdit insert_item_before(const SourceText& text, const YNode& list, std::size_t index,
                            const std::vector<NewField>& item);

// `field` (a scalar on one line) rewritten as `yaml`; a quoted value keeps its
// quotes when `yaml` is plain.
TextEdit replace_scalar(const SourceText& text, const YNode& field, const std::string& yaml);

// A new field in the block mapping `mapping`, after the first of `after`
// (field names, most wanted first) that is there, or else at its end.
// `list_offset` is how far a new list's dashes sit from its key.
TextEdit insert_field(const SourceText& text, const YNode& mapping, const NewField& field,
                      const std::vector<std::string>& after);

}  // namespace plan
