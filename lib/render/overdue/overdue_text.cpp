// plan overdue for a terminal: the chasing list, most late first.
#include <fmt/color.h>
#include <fmt/format.h>

#include "render/common/figures.hpp"
#include "model/terminal_safe.hpp"
#include "render/common/text_table.hpp"
#include "render/common/view_words.hpp"
#include "render/status/views.hpp"

namespace plan {
namespace {

TableCell cell(const std::string& text, std::optional<fmt::terminal_color> c = std::nullopt) {
    return {terminal_safe(text), c};
}

void write_items(std::ostream& out, const std::vector<const DueItem*>& items, bool late, const TerminalStyle& style) {
    TextTable t({{"Action"},
                 {"Title", false, true},
                 {"Lead", false, true, 12, false, true},
                 {"Due"},
                 {late ? "Days late" : "Days left", true},
                 {"Last progress"}});
    for (const DueItem* i : items)
        t.add({cell(item_id(*i)), cell(item_title(*i)), cell(join_leads(i->leads)), cell(i->due.text()),
               cell(std::to_string(i->days), late ? color_of(Brag::red) : color_of(Brag::amber)),
               cell(i->last_progress ? i->last_progress->iso() : "none")});
    out << t.render(style.width, style.color);
}

std::string bold(const std::string& s, const TerminalStyle& style) {
    return style.color ? fmt::format(fmt::emphasis::bold, "{}", s) : s;
}

}  // namespace

void write_overdue_text(std::ostream& out, const OverdueView& v, const TerminalStyle& style) {
    out << fmt::format("As of {}: {} overdue, {} due by {}\n", v.as_of.long_form(), v.overdue.size(), v.due_soon.size(),
                       v.window_end.long_form());
    for (const auto& g : v.groups) {
        if (!g.key.empty())
            out << '\n' << bold(terminal_safe(shorten(g.key, style.width)), style) << '\n';
        std::string indent = g.key.empty() ? "" : "  ";
        out << '\n' << indent << bold(fmt::format("Overdue ({})", g.overdue.size()), style) << '\n';
        if (g.overdue.empty()) out << indent << "  nothing is overdue\n";
        else write_items(out, g.overdue, true, style);
        out << '\n' << indent << bold(fmt::format("Due by {} ({})", v.window_end.long_form(), g.due_soon.size()), style) << '\n';
        if (g.due_soon.empty()) out << indent << "  nothing falls due\n";
        else write_items(out, g.due_soon, false, style);
    }
}

}  // namespace plan
