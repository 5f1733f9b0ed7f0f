#include "render/common/json_out.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "model/utf8.hpp"

namespace plan {

void write_json(std::ostream& out, const nlohmann::ordered_json& doc) {
    std::string text = doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    // The dump is valid UTF-8, and outside strings it is ASCII punctuation,
    // digits and words: the characters below can only be inside a string.
    std::string safe;
    safe.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        Utf8Char ch = read_utf8(text, i);
        std::size_t len = ch.len ? ch.len : 1;
        if (ch.len && ((ch.cp >= 0x7F && ch.cp <= 0x9F) || is_invisible_control(ch.cp)))
            safe += fmt::format("\\u{:04x}", static_cast<unsigned>(ch.cp));
        else safe.append(text, i, len);
        i += len;
    }
    out << safe << '\n';
}

}  // namespace plan
