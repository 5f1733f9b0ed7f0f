#pragma once
// "Did you mean" for misspelt field names and vocabulary words.
#include <string>
#include <string_view>
#include <vector>

namespace plan {

// The candidate closest to `word` by edit distance (a swap of two neighbouring
// letters counts as one edit), if it is close enough to be a likely typo;
// nothing when `word` is itself a candidate.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace plan
