#include "edit/kpi_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "check/suggest.hpp"
#include "edit/kpi_add.hpp"
#include "edit/kpi_number.hpp"
#include "model/terminal_safe.hpp"

namespace plan {

namespace {

// A cell Excel or LibreOffice would run as a formula when the file is opened
// again, or one a formula wrote: = + - @ or a tab or carriage return first.
// A plain signed number (-3, +2.5) is a number, not a formula.
bool formula_like(const std::string& cell, const ImportRules& rules) {
    if (cell.empty()) return false;
    char c = cell[0];
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
    return !read_kpi_number(cell, rules.decimal_mark, rules.thousands);
}

bool fits(Frequency f, PeriodKind k) {
    switch (f) {
    case Frequency::monthly: return k == PeriodKind::month || k == PeriodKind::snapshot;
    case Frequency::quarterly: return k == PeriodKind::financial_quarter || k == PeriodKind::snapshot;
    case Frequency::annual: return k == PeriodKind::year || k == PeriodKind::financial_year || k == PeriodKind::snapshot;
    }
    return true;
}

const char* frequency_words(Frequency f) {
    switch (f) {
    case Frequency::monthly: return "monthly: a month such as 2018-04";
    case Frequency::quarterly: return "quarterly: a financial quarter such as \"2018/19 Q1\"";
    case Frequency::annual: return "annual: a year such as 2018 or 2018/19";
    }
    return "";
}

struct Pending {
    KpiFigure figure;
    std::uint32_t row = 0;
};

}  // namespace

ImportOutcome import_rows(PlanEditor& editor, const std::vector<CsvRow>& rows, const ImportRules& rules,
                          const std::string& reason) {
    ImportOutcome out;
    const Repository& repo = editor.before().repo;
    std::map<std::string, const Kpi*> kpis;
    std::vector<std::string> names;
    for (const auto& k : repo.kpis)
        if (k.id) {
            kpis[*k.id] = &k;
            names.push_back(*k.id);
        }
    for (const auto& [name, id] : rules.names) names.push_back(name);

    auto column = [&](const char* field) -> std::optional<std::size_t> {
        auto it = rules.columns.find(field);
        if (it == rules.columns.end()) return std::nullopt;
        return it->second;
    };
    auto problem = [&](std::uint32_t row, std::size_t col, std::string message) {
        out.problems.push_back({{row, static_cast<std::uint32_t>(col + 1)}, std::move(message)});
    };
    std::map<std::pair<std::string, std::int32_t>, std::uint32_t> seen;  // (kpi, period end) -> row
    std::vector<Pending> pending;

    for (std::size_t r = rules.skip; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        std::size_t before = out.problems.size();
        static const std::string none;
        auto cell = [&](std::size_t c) -> const std::string& { return c < row.cells.size() ? row.cells[c] : none; };
        for (const auto& [field, c] : rules.columns) {
            const std::string* text = c < row.cells.size() ? &row.cells[c] : nullptr;
            if (!text) {
                problem(row.line, c, fmt::format("this row has {} cell{}; the {} column is column {}", row.cells.size(),
                                                 row.cells.size() == 1 ? "" : "s", field, c + 1));
                continue;
            }
            if (formula_like(*text, rules))
                problem(row.line, c, fmt::format("'{}' looks like a spreadsheet formula; a {} must be plain text or "
                                                 "a number (export the values, not the formulas)",
                                                 terminal_safe(text->substr(0, 60)), field));
        }
        if (out.problems.size() != before) continue;

        // The KPI.
        std::string id = rules.kpi;
        std::size_t kcol = column("kpi").value_or(0);
        if (column("kpi")) {
            std::string name = cell(kcol);
            auto mapped = rules.names.find(name);
            id = mapped != rules.names.end() ? mapped->second : name;
        }
        auto k = kpis.find(id);
        if (k == kpis.end()) {
            std::string hint = closest(id, names);
            problem(row.line, kcol, fmt::format("'{}' is not a KPI of the plan{}; add a map line to the rules: map \"{}\" KPI-ID",
                                                terminal_safe(id.substr(0, 80)),
                                                hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", terminal_safe(hint)),
                                                terminal_safe(id.substr(0, 80))));
            continue;
        }
        const Kpi& kpi = *k->second;

        // The period.
        std::size_t pcol = *column("period");
        auto period = read_period_cell(cell(pcol), rules.period_formats);
        if (!period.value) {
            problem(row.line, pcol, terminal_safe(period.error));
            continue;
        }
        if (kpi.frequency && !fits(*kpi.frequency, period.value->kind)) {
            problem(row.line, pcol, fmt::format("'{}' is {} but KPI {} is {}", terminal_safe(period.value->text),
                                                period_kind_words(period.value->kind), id,
                                                frequency_words(*kpi.frequency)));
            continue;
        }

        // The value.
        std::optional<KpiNumber> number;
        if (auto vcol = column("value")) {
            number = read_kpi_number(cell(*vcol), rules.decimal_mark, rules.thousands);
            if (!number) {
                problem(row.line, *vcol, fmt::format("'{}' is not a number; write it as 12 or 12{}5",
                                                     terminal_safe(cell(*vcol).substr(0, 60)), rules.decimal_mark));
                continue;
            }
        } else {
            auto ncol = *column("numerator"), dcol = *column("denominator");
            auto num = read_kpi_number(cell(ncol), rules.decimal_mark, rules.thousands);
            auto den = read_kpi_number(cell(dcol), rules.decimal_mark, rules.thousands);
            if (!num || !den || den->value == 0) {
                problem(row.line, num ? dcol : ncol,
                        "the numerator and denominator must be numbers, the denominator not 0");
                continue;
            }
            double v = num->value / den->value * (kpi.unit && *kpi.unit == Unit::percent ? 100 : 1);
            std::string text = fmt::format("{:.1f}", v);
            number = read_kpi_number(text);
        }
        std::string note;
        if (auto ncol = column("note")) note = cell(*ncol);

        auto key = std::make_pair(id, period.value->end.days());
        auto [it, fresh] = seen.emplace(key, row.line);
        if (!fresh) {
            problem(row.line, pcol, fmt::format("KPI {} has a figure for {} already, on row {}; keep one of them", id,
                                                period.value->text, it->second));
            continue;
        }
        // What the plan has for that period.
        bool skip = false;
        for (const auto& d : kpi.data) {
            if (!d.period || !d.value || d.period->end != period.value->end || d.period->kind != period.value->kind)
                continue;
            if (*d.value == number->value) {
                skip = true;
            } else if (reason.empty()) {
                problem(row.line, column("value").value_or(pcol),
                        fmt::format("KPI {} already has {} for {}; this row restates it as {}: import with --restate "
                                    "--reason TEXT to replace it (the old figure and the reason are kept)",
                                    id, yaml_number(*d.value), period.value->text, number->text));
                skip = true;
            }
        }
        if (skip) {
            if (out.problems.size() == before) ++out.tally[id].skipped;
            continue;
        }
        pending.push_back({{id, *period.value, number->value, number->text, note}, row.line});
    }
    if (!out.problems.empty()) return out;

    std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
        if (a.figure.kpi != b.figure.kpi) return a.figure.kpi < b.figure.kpi;
        return a.figure.period.end < b.figure.period.end;
    });
    for (const auto& p : pending) {
        FigureOutcome o = add_kpi_figure(editor, p.figure, reason, false);
        auto& t = out.tally[p.figure.kpi];
        (o == FigureOutcome::restated ? t.restated : t.added)++;
    }
    std::string said;
    for (const auto& [id, t] : out.tally)
        if (t.added || t.restated)
            said += fmt::format("{}{} {} added{}", said.empty() ? "" : ", ", id, t.added,
                                t.restated ? fmt::format(", {} restated", t.restated) : "");
    if (!said.empty()) editor.say(said + (reason.empty() ? "" : "; restated because: " + reason));
    return out;
}

}  // namespace plan
