// The KPI dashboard: one table for the whole set, then each indicator with
// its chart and the figures behind it.
#include <fmt/format.h>

#include "render/common/figures.hpp"
#include "render/report/report_doc.hpp"
#include "render/report/report_words.hpp"
#include "render/common/view_words.hpp"

namespace plan {
namespace {

std::string kpi_title(const Kpi& k) { return k.title.empty() ? id_of(k) : k.title; }

Block dashboard(const ReportView& v) {
    Table t{"Key performance indicators at a glance",
            {"Indicator", "Latest figure", "Target", "RAG", "Direction of travel", "Comparators"}, {}, {}, true, ""};
    for (const auto& line : v.kpis) {
        const Kpi& k = *line.kpi;
        Para latest{plain(kpi_latest_text(k, line.state))};
        if (line.state.stale) latest.push_back(tag("Out of date", Brag::amber));
        t.rows.push_back({cell(kpi_title(k)), cell(std::move(latest)), cell(kpi_target_words(k)),
                          cell(Para{rag_tag(line.state.rag)}), cell(direction_word(line.state.direction)),
                          cell(comparators_text(k))});
    }
    return table(std::move(t));
}

std::string chart_description(const ReportKpi& line) {
    const Kpi& k = *line.kpi;
    const DataPoint& first = *line.series.front();
    const DataPoint& last = *line.series.back();
    std::string d = line.series.size() == 1
                        ? fmt::format("One figure: {} for {}.", kpi_value(k, *last.value), period_words(*last.period))
                        : fmt::format("Figures from {} to {}: {} at the start, {} at the end.", period_words(*first.period),
                                      period_words(*last.period), kpi_value(k, *first.value), kpi_value(k, *last.value));
    if (k.target && !k.target->trend && k.target->value)
        d += fmt::format(" Target {} (dashed line).", kpi_target_words(k));
    else if (k.target && k.target->trend)
        d += " Target: better than a year earlier.";
    if (!k.comparators.empty()) d += " Comparators (dotted lines): " + comparators_text(k) + ".";
    if (k.better) d += *k.better == Better::lower ? " Lower is better." : " Higher is better.";
    return d;
}

std::vector<Block> kpi_detail(const ReportKpi& line, std::size_t index) {
    const Kpi& k = *line.kpi;
    std::vector<Block> out;
    out.push_back(heading(kpi_title(k), fmt::format("kpi-{}", index + 1)));
    if (!k.description.empty()) out.push_back(paragraph({rich(k.description)}));
    std::string about = "Owner: " + (k.owner.empty() ? std::string("not named") : k.owner) + ".";
    if (!k.source.empty()) about += " Source: " + k.source + ".";
    about += fmt::format(" Target: {}. Rating: {}. Direction of travel: {}.", kpi_target_words(k),
                         rag_word(line.state.rag), direction_word(line.state.direction));
    out.push_back(paragraph(about));
    if (line.series.empty()) {
        out.push_back(paragraph("No figures have been recorded up to the date of this report."));
        return out;
    }
    Block chart;
    chart.kind = Block::Kind::chart;
    ChartSpec& c = chart.chart;
    c.id = fmt::format("kpi-{}-chart", index + 1);
    c.title = kpi_title(k);
    c.description = chart_description(line);
    for (const DataPoint* d : line.series) {
        c.labels.push_back(period_short(*d->period));
        c.values.push_back(*d->value);
    }
    if (k.target && !k.target->trend && k.target->value) c.target = ChartLine{"Target", *k.target->value};
    for (const auto& cmp : k.comparators) c.comparators.push_back({cmp.name, cmp.value});
    c.format = [&k](double x) { return kpi_value(k, x); };

    Table t{"Figures: " + kpi_title(k), {"Period", "Figure", "Note"}, {false, true, false}, {}, true, "figures"};
    for (const DataPoint* d : line.series)
        t.rows.push_back({cell(period_words(*d->period)), cell(kpi_value(k, *d->value)),
                          cell(Para{rich(d->note.empty() ? "" : d->note)})});
    chart.table = std::move(t);
    out.push_back(std::move(chart));
    return out;
}

}  // namespace

Section kpis_section(const ReportView& v) {
    Section s{"kpis", "Key performance indicators", {}};
    if (v.kpis.empty()) {
        s.blocks.push_back(paragraph("The plan has no key performance indicators yet."));
        return s;
    }
    s.blocks.push_back(dashboard(v));
    s.blocks.push_back(paragraph("RAG compares the latest figure with the target: green meets it, amber is within the "
                                 "agreed tolerance, red is further off. Direction of travel compares it with the "
                                 "figure before."));
    for (std::size_t i = 0; i < v.kpis.size(); ++i)
        for (auto& b : kpi_detail(v.kpis[i], i)) s.blocks.push_back(std::move(b));
    return s;
}

}  // namespace plan
