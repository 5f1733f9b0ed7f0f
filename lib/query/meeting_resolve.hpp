#pragma once
// The meeting a paper or a change list is for, and the paper's date: one
// resolver for `plan report`, `plan changes` and the history they read, so
// every command gives the same message (with a "did you mean") for the same
// mistake.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/plan.hpp"

namespace plan {

// A request the plan cannot answer: a meeting it does not list, a date that
// is not one, no starting point. The caller's mistake, so the command line
// reports it as a usage error; the message names the option it is about.
struct RequestError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The meeting `id` names, or nullptr when `id` is empty; RequestError when
// the plan lists no such meeting (naming the closest id and the list).
const Meeting* resolve_meeting(const Repository& repo, std::string_view id);

// A date typed for `option` ("--date"), or RequestError saying how to write it.
Date parse_request_date(std::string_view option, const std::string& text);

// The paper's date: `date` when given, else the meeting's next listed date
// on or after `as_of` (none when the meeting has no such date or no meeting
// was named).
std::optional<Date> paper_date_for(const Repository& repo, std::string_view meeting, const std::string& date, Date as_of);

}  // namespace plan
