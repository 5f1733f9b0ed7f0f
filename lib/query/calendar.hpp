#pragma once
// Meetings and look-ahead windows: the next Board, "due within 12 weeks".
#include <optional>
#include <string>
#include <string_view>

#include "model/plan.hpp"

namespace plan {

// The first listed date of a meeting on or after `day`.
std::optional<Date> next_meeting(const Meeting& m, Date day);
// The last listed date of a meeting before `day`.
std::optional<Date> previous_meeting(const Meeting& m, Date day);

const Meeting* find_meeting(const Repository& repo, std::string_view id);

// The end of a look-ahead window from `as_of`: "28d", "12w", "3m", a date
// (2017-11-28), or a meeting id (board: its next date). Empty error on success.
Parsed<Date> parse_window(std::string_view text, Date as_of, const Repository& repo);

// A length of time as "28d", "12w" or "3m", in days from `from`.
Parsed<int> parse_duration_days(std::string_view text, Date from);

}  // namespace plan
