#pragma once
// A KPI's figures as an inline SVG line chart for the HTML paper: the series
// as a solid line with markers, the target as a dashed line and comparators as
// dotted lines, each labelled in words so that nothing is told by colour
// alone. The chart carries a <title> and <desc>; the paper puts the figures in
// a table beside it as well.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace plan {

struct ChartLine {
    std::string label;  // "Target", "England"
    double value = 0;
};

struct ChartSpec {
    std::string id;           // unique in the document: ids of the title and description derive from it
    std::string title;        // plain text
    std::string description;  // plain text
    std::vector<std::string> labels;  // the periods, oldest first
    std::vector<double> values;       // one per label
    std::optional<ChartLine> target;
    std::vector<ChartLine> comparators;
    std::function<std::string(double)> format;  // a value as the reader sees it: "18.6%"
};

// The <svg> element; every text from the spec is escaped. Empty when there
// are no values.
std::string svg_chart(const ChartSpec& spec);

}  // namespace plan
