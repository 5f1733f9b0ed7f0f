#include "render/common/formats.hpp"

#include <algorithm>

namespace plan {

bool FormatInfo::named(std::string_view word) const {
    return word == name || std::find(aliases.begin(), aliases.end(), word) != aliases.end();
}

bool FormatInfo::owns_extension(std::string_view extension) const {
    return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

}  // namespace plan
