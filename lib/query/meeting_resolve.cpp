#include "query/meeting_resolve.hpp"

#include <fmt/format.h>

#include "model/suggest.hpp"
#include "model/terminal_safe.hpp"
#include "query/calendar.hpp"

namespace plan {

const Meeting* resolve_meeting(const Repository& repo, std::string_view id) {
    if (id.empty()) return nullptr;
    if (const Meeting* m = find_meeting(repo, id)) return m;
    std::vector<std::string> ids;
    for (const auto& m : repo.meetings)
        if (m.id) ids.push_back(*m.id);
    std::string shown = terminal_safe(std::string(id));
    if (ids.empty()) throw RequestError(fmt::format("--meeting: the plan lists no meetings, so there is no '{}'", shown));
    std::string hint = closest(id, ids);
    throw RequestError(fmt::format("--meeting: no meeting '{}' in plan.yaml{}; the meetings are: {}", shown,
                                   hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint), fmt::join(ids, ", ")));
}

Date parse_request_date(std::string_view option, const std::string& text) {
    auto d = parse_date(text);
    if (!d.value) throw RequestError(fmt::format("{}: {}", option, terminal_safe(d.error)));
    return *d.value;
}

std::optional<Date> paper_date_for(const Repository& repo, std::string_view meeting, const std::string& date, Date as_of) {
    if (!date.empty()) return parse_request_date("--date", date);
    const Meeting* m = resolve_meeting(repo, meeting);
    if (!m) return std::nullopt;
    return next_meeting(*m, as_of);
}

}  // namespace plan
