#include "load/link_target.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <deque>
#include <system_error>
#include <vector>

namespace plan {
namespace {

// As many links as Linux follows in one path before it gives up (ELOOP).
constexpr int kMaxLinks = 40;

std::deque<std::string> parts_of(const std::string& path) {
    std::deque<std::string> parts;
    for (std::size_t start = 0; start <= path.size();) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        std::string part = path.substr(start, slash - start);
        if (!part.empty() && part != ".") parts.push_back(part);
        start = slash + 1;
    }
    return parts;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string s;
    for (const auto& p : parts) s += (s.empty() ? "" : "/") + p;
    return s;
}

LinkTarget outside(const std::string& text) {
    return {{},
            fmt::format("it is a symbolic link to '{}', outside the plan's folder; links are followed only within "
                        "it (a git revision holds nothing else), so copy the file into the folder instead",
                        text)};
}

// The words the system uses, so the working tree says what it always said.
LinkTarget failed(int err) { return {{}, std::error_code(err, std::generic_category()).message()}; }

}  // namespace

LinkTarget follow_links(const std::string& path, const LinkText& link_text, const FolderCheck& is_folder) {
    std::vector<std::string> done;  // followed already: folders, from the plan's folder down
    std::deque<std::string> todo = parts_of(path);
    std::string last_text;  // of the last link followed: what a climb out of the folder is blamed on
    int links = 0;
    while (!todo.empty()) {
        std::string part = std::move(todo.front());
        todo.pop_front();
        if (part == "..") {
            if (done.empty()) return outside(last_text.empty() ? path : last_text);
            done.pop_back();
            continue;
        }
        done.push_back(part);
        auto text = link_text(joined(done));
        if (!text) {
            // The path goes on from here (or back up): this must be a folder.
            if (!todo.empty() && is_folder)
                if (int err = is_folder(joined(done))) return failed(err);
            continue;
        }
        // A link: its text replaces it, read from the folder that holds it.
        done.pop_back();
        if (++links > kMaxLinks) return failed(ELOOP);
        if (text->empty()) return failed(ENOENT);
        if ((*text)[0] == '/') return outside(*text);
        last_text = *text;
        std::deque<std::string> more = parts_of(*text);
        todo.insert(todo.begin(), more.begin(), more.end());
    }
    return {joined(done), {}};
}

}  // namespace plan
