#include "edit/yaml_edits.hpp"

#include <fmt/format.h>

namespace plan {

namespace {

std::string where(const YNode& n) { return fmt::format("line {}", n.key_line ? n.key_line : n.line); }

// The column (1-based) of the dash that starts the list item whose value
// begins at `item`.
std::uint32_t dash_col(const SourceText& text, const YNode& item) {
    std::string_view l = text.line(item.line);
    std::size_t at = text.byte_index(item.line, item.col);
    std::size_t i = at >= 1 ? at - 1 : 0;
    while (i > 0 && l[i] == ' ') --i;
    if (i < l.size() && l[i] == '-') return static_cast<std::uint32_t>(i + 1);
    throw EditError(fmt::format("the list item on line {} is not laid out one item to a line starting '- '; "
                                "write it so to edit it with plan",
                                item.line));
}

void require_block_mapping(const SourceText& text, const YNode& m) {
    if (m.kind != YNode::mapping)
        throw EditError(fmt::format("the value on {} is not a set of fields", where(m)));
    if (is_flow(text, m))
        throw EditError(fmt::format("the fields on {} are written in braces {{...}}; write them one to a line "
                                    "to edit them with plan",
                                    where(m)));
}

}  // namespace

bool is_flow(const SourceText& text, const YNode& node) {
    if (node.line == 0 || node.line > text.line_count()) return false;
    std::string_view l = text.line(node.line);
    std::size_t b = node.col >= 1 ? text.byte_index(node.line, node.col) : l.size();
    return b < l.size() && (l[b] == '{' || l[b] == '[');
}

std::uint32_t item_end_line(const SourceText& text, const YNode& item) {
    std::uint32_t dash = dash_col(text, item);
    return text.block_end(item.line, dash - 1);
}

std::uint32_t field_end_line(const SourceText& text, const YNode& field) {
    std::uint32_t key_indent = field.key_col - 1;
    bool level_list = field.kind == YNode::sequence && !is_flow(text, field) && field.col == field.key_col;
    return text.block_end(field.key_line, key_indent, level_list);
}

ItemLayout item_layout(const SourceText& text, const YNode& list) {
    if (list.children.empty()) return {};
    const YNode& last = list.children.back();
    ItemLayout l;
    std::uint32_t dash = dash_col(text, last);
    l.dash_indent = dash - 1;
    l.key_offset = last.col > dash ? last.col - dash : 2;
    l.flow = last.kind == YNode::mapping && is_flow(text, last);
    return l;
}

TextEdit append_item(const SourceText& text, const YNode& list, const std::vector<NewField>& item) {
    if (list.kind != YNode::sequence) throw EditError(fmt::format("the value on {} is not a list", where(list)));
    if (is_flow(text, list) || list.children.empty())
        throw EditError(fmt::format("the list on {} is written in brackets [...]; write it one item to a line "
                                    "('- ...') to add to it with plan",
                                    where(list)));
    ItemLayout layout = item_layout(text, list);
    return text.insert_after_line(item_end_line(text, list.children.back()), render_item(item, layout));
}

TextEdit insert_item_before(const SourceText& text, const YNode& list, std::size_t index,
                            const std::vector<NewField>& item) {
    if (index >= list.children.size()) return append_item(text, list, item);
    if (is_flow(text, list))
        throw EditError(fmt::format("the list on {} is written in brackets [...]; write it one item to a line "
                                    "('- ...') to add to it with plan",
                                    where(list)));
    const YNode& before = list.children[index];
    std::uint32_t dash = dash_col(text, before);
    std::uint32_t line = before.line;
    while (line > 1 && text.comment(line - 1) && text.indent(line - 1) == dash - 1) --line;
    ItemLayout layout = item_layout(text, list);
    return text.insert_before_line(line, render_item(item, layout));
}

TextEdit replace_scalar(const SourceText& text, const YNode& field, const std::string& yaml) {
    if (field.kind != YNode::scalar || field.line == 0)
        throw EditError(fmt::format("the value on {} is not a single value", where(field)));
    std::string_view l = text.line(field.line);
    std::size_t b = text.byte_index(field.line, field.col), e = b;
    if (b >= l.size()) throw EditError(fmt::format("the value on {} is not on that line", where(field)));
    char q = l[b];
    if (q == '"' || q == '\'') {
        for (e = b + 1; e < l.size(); ++e) {
            if (q == '"' && l[e] == '\\') {
                ++e;
                continue;
            }
            if (l[e] == q) {
                if (q == '\'' && e + 1 < l.size() && l[e + 1] == '\'') {
                    ++e;
                    continue;
                }
                break;
            }
        }
        if (e >= l.size())
            throw EditError(fmt::format("the value on {} runs over several lines; put it on one line to change "
                                        "it with plan",
                                        where(field)));
        ++e;
    } else if (q == '|' || q == '>') {
        throw EditError(fmt::format("the value on {} is block text; write it on one line to change it with plan",
                                    where(field)));
    } else {
        // A plain value ends before a comment, a flow separator or the line's end.
        e = l.size();
        for (std::size_t i = b; i < l.size(); ++i) {
            if ((l[i] == '#' && i > b && (l[i - 1] == ' ' || l[i - 1] == '\t')) || l[i] == ',' || l[i] == ']' ||
                l[i] == '}') {
                e = i;
                break;
            }
        }
        while (e > b && (l[e - 1] == ' ' || l[e - 1] == '\t')) --e;
        if (field.line < text.line_count() && !text.blank(field.line + 1) &&
            text.indent(field.line + 1) > field.key_col - 1 && !text.comment(field.line + 1) &&
            field.key_line == field.line)
            throw EditError(fmt::format("the value on {} runs over several lines; put it on one line to change "
                                        "it with plan",
                                        where(field)));
    }
    std::string out = yaml;
    if ((q == '"' || q == '\'') && yaml.front() != '"') out = yaml_quoted(yaml);
    return {text.offset(field.line, 1) + b, e - b, out};
}

TextEdit insert_field(const SourceText& text, const YNode& mapping, const NewField& field,
                      const std::vector<std::string>& after) {
    require_block_mapping(text, mapping);
    if (mapping.children.empty()) throw EditError(fmt::format("the fields on {} are empty", where(mapping)));
    std::uint32_t indent = mapping.children.front().key_col - 1;
    const YNode* anchor = nullptr;
    for (const auto& name : after)
        if ((anchor = mapping.find(name))) break;
    if (!anchor) anchor = &mapping.children.back();
    return text.insert_after_line(field_end_line(text, *anchor), render_field(field, indent));
}

}  // namespace plan
