#pragma once
// Writing the status and overdue views, one function per output format.
#include <ostream>

#include "query/overdue_view.hpp"
#include "query/status_view.hpp"
#include "render/common/formats.hpp"

namespace plan {

struct TerminalStyle {
    std::size_t width = 100;
    bool color = false;
};

void write_status_text(std::ostream& out, const StatusView& v, const TerminalStyle& style);
void write_status_markdown(std::ostream& out, const StatusView& v);
void write_status_json(std::ostream& out, const StatusView& v);

void write_overdue_text(std::ostream& out, const OverdueView& v, const TerminalStyle& style);
void write_overdue_markdown(std::ostream& out, const OverdueView& v);
void write_overdue_json(std::ostream& out, const OverdueView& v);

// What a status or overdue format writes: the view, and for a terminal its style.
struct StatusOutput {
    const StatusView& view;
    TerminalStyle style;
};
struct OverdueOutput {
    const OverdueView& view;
    TerminalStyle style;
};
// The formats of `plan status` and `plan overdue`; the first is the default.
const FormatTable<StatusOutput>& status_formats();
const FormatTable<OverdueOutput>& overdue_formats();

}  // namespace plan
