#pragma once
// The closed vocabularies of the format: the words in the files, and back.
#include <optional>
#include <string_view>

#include "model/plan.hpp"

namespace plan {

std::optional<Grade> grade_from(std::string_view s);
std::optional<Cadence> cadence_from(std::string_view s);
std::optional<Status> status_from(std::string_view s);
std::optional<Rag> rag_from(std::string_view s);
std::optional<Unit> unit_from(std::string_view s);
std::optional<Better> better_from(std::string_view s);
std::optional<Frequency> frequency_from(std::string_view s);

const char* to_string(Grade g);
const char* to_string(Cadence c);
const char* to_string(Status s);
const char* to_string(Rag r);
const char* to_string(Unit u);
const char* to_string(Better b);
const char* to_string(Frequency f);

// Words for people: "requires improvement", "not started".
const char* words(Grade g);
const char* words(Status s);

}  // namespace plan
