// plan overdue --format markdown: the chasing list as tables.
#include <fmt/format.h>

#include "render/common/figures.hpp"
#include "render/common/markdown_text.hpp"
#include "render/common/view_words.hpp"
#include "render/status/views.hpp"

namespace plan {
namespace {

void items(std::ostream& out, const std::vector<const DueItem*>& list, bool late) {
    if (list.empty()) {
        out << (late ? "Nothing is overdue.\n\n" : "Nothing falls due.\n\n");
        return;
    }
    out << fmt::format("| Action | Title | Lead | Due | {} | Last progress |\n|---|---|---|---|--:|---|\n",
                       late ? "Days late" : "Days left");
    for (const DueItem* i : list)
        out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", markdown_text(item_id(*i)),
                           markdown_text(item_title(*i)), markdown_text(join_leads(i->leads)), i->due.text(), i->days,
                           i->last_progress ? i->last_progress->iso() : "none");
    out << '\n';
}

}  // namespace

void write_overdue_markdown(std::ostream& out, const OverdueView& v) {
    out << fmt::format("# Overdue and due soon, as of {}\n\n", v.as_of.long_form());
    for (const auto& g : v.groups) {
        std::string level = "##";
        if (!g.key.empty()) {
            out << "## " << markdown_text(g.key) << "\n\n";
            level = "###";
        }
        out << fmt::format("{} Overdue ({})\n\n", level, g.overdue.size());
        items(out, g.overdue, true);
        out << fmt::format("{} Due by {} ({})\n\n", level, v.window_end.long_form(), g.due_soon.size());
        items(out, g.due_soon, false);
    }
}

}  // namespace plan
