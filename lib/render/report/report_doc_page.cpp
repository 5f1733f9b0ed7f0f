// The plan on a page: vision, priorities, how the themes are going, and
// "what success will look like" in the key performance indicators. Short
// enough for one printed A4 page.
#include <fmt/format.h>

#include "render/common/figures.hpp"
#include "render/report/report_doc.hpp"
#include "render/report/report_words.hpp"
#include "render/common/view_words.hpp"

namespace plan {

std::vector<Section> on_a_page_sections(const ReportView& v) {
    const PlanInfo& p = v.repo->plan;
    std::vector<Section> out;

    Section intro{"position", "", report_notices(v)};
    int overdue = v.overall.count(State::overdue);
    intro.blocks.push_back(paragraph(fmt::format(
        "Position at {}: {} of {} complete{}{}.", v.as_of.long_form(),
        v.overall.count(State::complete), count_of(v.overall.counted(), "action", "actions"),
        overdue ? fmt::format(", {} overdue", overdue) : std::string(), dropped_apart(v.overall))));
    out.push_back(std::move(intro));

    if (!p.vision.empty()) out.push_back({"vision", "Our vision", {paragraph({rich(p.vision)})}});
    if (!p.priorities.empty()) {
        std::vector<Para> items;
        for (const auto& x : p.priorities) items.push_back({rich(x)});
        out.push_back({"priorities", "Our priorities", {list(std::move(items))}});
    }

    Section how{"themes", "How we'll do it", {}};
    Table themes{"Themes and progress", {"Theme", "What it means", "Actions complete"}, {false, false, true}, {}, true,
                 "page"};
    for (const auto& t : v.themes) {
        Para progress{plain(fmt::format("{} of {}", with_thousands(t.tally.count(State::complete)), with_thousands(t.tally.counted())))};
        if (int late = t.tally.count(State::overdue)) progress.push_back(plain(fmt::format("; {} overdue", late)));
        if (t.tally.count(State::dropped)) progress.push_back(plain(dropped_apart(t.tally)));
        themes.rows.push_back({cell(theme_name(t.theme)),
                               cell(Para{rich(t.theme && !t.theme->description.empty() ? t.theme->description : "")}),
                               cell(std::move(progress))});
    }
    if (themes.rows.empty()) how.blocks.push_back(paragraph("The plan has no themes yet."));
    else how.blocks.push_back(table(std::move(themes)));
    out.push_back(std::move(how));

    Section success{"success", "What success will look like", {}};
    Table kpis{"Key performance indicators", {"Indicator", "Latest figure", "Target", "RAG", "Direction of travel"},
               {}, {}, true, "page"};
    for (const auto& line : v.kpis)
        kpis.rows.push_back({cell(line.kpi->title.empty() ? id_of(*line.kpi) : line.kpi->title),
                             cell(kpi_latest_text(*line.kpi, line.state)), cell(kpi_target_words(*line.kpi)),
                             cell(Para{rag_tag(line.state.rag)}), cell(direction_word(line.state.direction))});
    if (kpis.rows.empty()) success.blocks.push_back(paragraph("The plan has no key performance indicators yet."));
    else success.blocks.push_back(table(std::move(kpis)));
    out.push_back(std::move(success));
    return out;
}

}  // namespace plan
