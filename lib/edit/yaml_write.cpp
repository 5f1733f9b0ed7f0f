#include "edit/yaml_write.hpp"

#include <fmt/format.h>

#include <cctype>
#include <regex>

namespace plan {

std::string yaml_quoted(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        char ch = text[i];
        auto c = static_cast<unsigned char>(ch);
        // A Windows line break (CRLF) or a lone CR is a line break: the
        // loader refuses a carriage return written as an escape.
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;
            c = '\n';
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7F)
                out += fmt::format("\\x{:02X}", c);
            else
                out += ch;
        }
    }
    return out + "\"";
}

std::string yaml_plain_or_quoted(std::string_view text) {
    // Only what can never be read as anything but this text: letters,
    // digits and - / _ . and single inner spaces, not starting with a digit
    // run that YAML would take as a number, nor a YAML word.
    // Long text is quoted without looking further: std::regex must never
    // see it (it recurses per character).
    bool safe = !text.empty() && text.size() <= 64 && text.front() != '-' && text.front() != '.' && text.back() != ' ';
    for (char c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/' || c == '_' || c == ' ' ||
              c == '.'))
            safe = false;
    if (text.find("  ") != std::string_view::npos) safe = false;
    static const std::regex number(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)");
    if (safe && std::regex_match(text.begin(), text.end(), number)) safe = false;
    static const char* words[] = {"true", "false", "True", "False", "TRUE", "FALSE", "null", "Null", "NULL", "~"};
    for (const char* w : words)
        if (text == w) safe = false;
    return safe ? std::string(text) : yaml_quoted(text);
}

std::vector<std::string> render_field(const NewField& field, std::uint32_t indent) {
    std::string pad(indent, ' ');
    if (field.items.empty()) return {pad + field.key + ": " + field.scalar};
    std::vector<std::string> lines{pad + field.key + ":"};
    ItemLayout inner{indent + 2, 2, false};
    for (const auto& item : field.items)
        for (auto& l : render_item(item, inner)) lines.push_back(std::move(l));
    return lines;
}

namespace {

std::string flow_mapping(const std::vector<NewField>& fields) {
    std::string out = "{";
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += fmt::format("{}{}: ", i ? ", " : "", fields[i].key);
        if (fields[i].items.empty()) {
            out += fields[i].scalar;
            continue;
        }
        out += "[";
        for (std::size_t j = 0; j < fields[i].items.size(); ++j)
            out += (j ? ", " : "") + flow_mapping(fields[i].items[j]);
        out += "]";
    }
    return out + "}";
}

}  // namespace

std::vector<std::string> render_item(const std::vector<NewField>& fields, const ItemLayout& layout) {
    std::string pad(layout.dash_indent, ' ');
    if (layout.flow) return {pad + "- " + flow_mapping(fields)};
    std::vector<std::string> lines;
    const std::uint32_t key_indent = layout.dash_indent + layout.key_offset;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto part = render_field(fields[i], key_indent);
        if (i == 0) part[0].replace(layout.dash_indent, 1, "-");
        for (auto& l : part) lines.push_back(std::move(l));
    }
    return lines;
}

}  // namespace plan
