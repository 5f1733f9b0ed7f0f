#pragma once
// Writing the status and overdue views, one function per output format.
#include <ostream>

#include "query/overdue_view.hpp"
#include "query/status_view.hpp"

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

}  // namespace plan
