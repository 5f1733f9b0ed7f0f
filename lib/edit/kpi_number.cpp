#include "edit/kpi_number.hpp"

#include <cstdlib>

namespace plan {

std::optional<KpiNumber> read_kpi_number(std::string_view text, char decimal_mark, char thousands) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (!text.empty() && text.back() == '%') text.remove_suffix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    std::string out;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        if (text[i] == '-') out += '-';
        ++i;
    }
    bool digits = false, point = false, after_point = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            out += c;
            digits = true;
            if (point) after_point = true;
        } else if (c == decimal_mark && !point && digits) {
            out += '.';
            point = true;
        } else if (thousands && c == thousands && digits && !point) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (!digits || (point && !after_point) || out.size() > 40) return std::nullopt;
    // Leading zeros go ("007" is 7), but one stays before the point.
    std::size_t sign = out[0] == '-' ? 1 : 0;
    while (out.size() > sign + 1 && out[sign] == '0' && out[sign + 1] != '.') out.erase(sign, 1);
    KpiNumber n;
    n.value = std::strtod(out.c_str(), nullptr);
    if (n.value == 0 && sign) out.erase(0, 1);  // not -0
    n.text = out;
    return n;
}

}  // namespace plan
