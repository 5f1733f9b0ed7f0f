// The names of the report's sections, and the history filtered for exempt
// information: the small tables `build_report` and the CLI share.
#include <algorithm>

#include "query/report_view.hpp"

namespace plan {
namespace {

struct SectionName {
    ReportSection section;
    const char* name;
};

// The default order: what members read first comes first.
constexpr SectionName kSections[] = {
    {ReportSection::cover, "cover"},         {ReportSection::summary, "summary"},
    {ReportSection::recommendation, "recommendation"}, {ReportSection::exceptions, "exceptions"},
    {ReportSection::progress, "progress"},   {ReportSection::changes, "changes"},
    {ReportSection::coverage, "coverage"},   {ReportSection::inspection, "inspection"},
    {ReportSection::kpis, "kpis"},           {ReportSection::appendix, "appendix"},
};

template <class T, class Keep>
void keep_if(std::vector<T>& items, Keep keep) {
    items.erase(std::remove_if(items.begin(), items.end(), [&](const T& t) { return !keep(t); }), items.end());
}

bool shown(const ActionRef& a) { return !a.exempt; }

}  // namespace

const std::vector<ReportSection>& default_report_sections() {
    static const std::vector<ReportSection> all = [] {
        std::vector<ReportSection> v;
        for (const auto& s : kSections) v.push_back(s.section);
        return v;
    }();
    return all;
}

const char* to_string(ReportSection s) {
    for (const auto& n : kSections)
        if (n.section == s) return n.name;
    return "?";
}

std::optional<ReportSection> report_section_from(std::string_view name) {
    for (const auto& n : kSections)
        if (name == n.name) return n.section;
    return std::nullopt;
}

bool ReportView::has(ReportSection s) const { return std::find(sections.begin(), sections.end(), s) != sections.end(); }

ChangeSet without_exempt(const ChangeSet& changes) {
    ChangeSet c = changes;
    keep_if(c.added, shown);
    keep_if(c.removed, shown);
    keep_if(c.completed, shown);
    keep_if(c.dropped, shown);
    keep_if(c.status_changes, [](const StatusChange& s) { return shown(s.action); });
    keep_if(c.rag_changes, [](const RagChange& r) { return shown(r.action); });
    keep_if(c.due_moves, [](const DueMove& d) { return shown(d.action) && !d.step_exempt; });
    keep_if(c.new_progress, [](const NewProgress& p) { return shown(p.action) && !p.exempt; });
    return c;
}

std::vector<Slippage> without_exempt(const std::vector<Slippage>& slippage) {
    std::vector<Slippage> s = slippage;
    keep_if(s, [](const Slippage& x) { return shown(x.action); });
    return s;
}

}  // namespace plan
