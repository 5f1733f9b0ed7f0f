#include <algorithm>

#include "render/changes/changes.hpp"

namespace plan {

std::vector<const Slippage*> slipped_actions(const std::vector<Slippage>& all, bool include_exempt) {
    std::vector<const Slippage*> out;
    for (const auto& s : all)
        if (s.times_slipped > 0 && (include_exempt || !s.action.exempt)) out.push_back(&s);
    std::stable_sort(out.begin(), out.end(), [](const Slippage* a, const Slippage* b) {
        return a->days_slipped != b->days_slipped ? a->days_slipped > b->days_slipped : a->action.id < b->action.id;
    });
    return out;
}

}  // namespace plan
