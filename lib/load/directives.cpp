#include "load/directives.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace plan {
namespace {

// Where a directive before the content starts, or npos.
std::size_t directive_at(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t end = text.find('\n', i);
        if (end == std::string::npos) end = text.size();
        std::size_t first = text.find_first_not_of(" \t\r", i);
        if (first < end && text[first] != '#') {
            if (text[i] != '%') return std::string::npos;
            // "%YAML 1.2" asks for what plan does anyway.
            std::string_view directive(text.data() + i, end - i);
            if (auto hash = directive.find(" #"); hash != std::string_view::npos)
                directive = directive.substr(0, hash);
            directive = directive.substr(0, directive.find_last_not_of(" \t\r") + 1);
            if (directive != "%YAML 1.2") return i;
        }
        i = end + 1;
    }
    return std::string::npos;
}

}  // namespace

bool refuse_directive(const std::string& text, std::uint32_t file, Diagnostics& out) {
    std::size_t start = directive_at(text);
    if (start == std::string::npos) return false;
    auto before = text.begin() + static_cast<std::ptrdiff_t>(start);
    auto line = static_cast<std::uint32_t>(1 + std::count(text.begin(), before, '\n'));
    std::string written = text.substr(start, std::min<std::size_t>(text.find('\n', start) - start, 40));
    if (!written.empty() && written.back() == '\r') written.pop_back();
    out.push_back({Pos{file, line, 1}, Severity::error, "yaml-syntax",
                   fmt::format("YAML directives ('{}') are not accepted: plan reads every file as YAML 1.2 "
                               "(where 'no' is text and 010 is ten); remove this line",
                               written)});
    return true;
}

}  // namespace plan
