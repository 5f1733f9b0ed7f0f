#include "render/common/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "render/common/html_escape.hpp"

namespace plan {
namespace {

// The drawing, in viewBox units.
constexpr double kWidth = 640, kHeight = 250;
constexpr double kLeft = 64, kRight = 170, kTop = 14, kBottom = 40;
constexpr double kPlotW = kWidth - kLeft - kRight, kPlotH = kHeight - kTop - kBottom;

// Figures beyond what the schema allows (10^12) can still reach a chart
// under --force: they are drawn at the edge of this range, where the
// arithmetic below cannot overflow.
constexpr double kFar = 1e15;
double on_chart(double v) { return std::clamp(v, -kFar, kFar); }

struct Scale {
    double lo = 0, hi = 1, step = 1;
    double y(double v) const { return kTop + kPlotH - (on_chart(v) - lo) / (hi - lo) * kPlotH; }
};

// Round axis steps (1, 2, 2.5 or 5 times a power of ten) for about 4
// intervals. The range is at least a billionth of the figures' size, so a
// step is always large enough to move a double on.
Scale nice_scale(double lo, double hi) {
    lo = on_chart(lo);
    hi = on_chart(hi);
    if (hi - lo < std::max(1e-9, std::max(std::fabs(lo), std::fabs(hi)) * 1e-9)) {
        double pad = std::max(1.0, std::fabs(hi) * 0.1);
        lo -= pad;
        hi += pad;
    }
    double raw = (hi - lo) / 4.0;
    double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * power >= raw) {
            step = m * power;
            break;
        }
    Scale s;
    s.step = step;
    s.lo = std::floor(lo / step) * step;
    s.hi = std::ceil(hi / step) * step;
    if (s.hi - s.lo < step) s.hi = s.lo + step;
    return s;
}

std::string num(double v) { return fmt::format("{:.1f}", v); }

double x_of(std::size_t i, std::size_t n) {
    return n < 2 ? kLeft + kPlotW / 2 : kLeft + kPlotW * static_cast<double>(i) / static_cast<double>(n - 1);
}

// Text at 12px in the paper's sans-serif font takes about 6.5 units a
// character on average; an estimate that errs wide keeps a label
// inside the viewBox rather than clipped at its edge.
constexpr double kCharWidth = 6.5;
constexpr double kLineHeight = 14;
constexpr double kLabelRoom = kRight - 8 - 4;  // from the label's x to the right edge, less a margin

std::size_t chars_in(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// `text` broken at spaces into lines that fit `room`; a word longer than a
// line is cut with "…".
std::vector<std::string> fit_lines(const std::string& text, double room) {
    auto max_chars = static_cast<std::size_t>(room / kCharWidth);
    std::vector<std::string> lines;
    std::string line;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t space = text.find(' ', pos);
        std::string word = text.substr(pos, space == std::string::npos ? std::string::npos : space - pos);
        pos = space == std::string::npos ? text.size() + 1 : space + 1;
        if (word.empty()) continue;
        if (!line.empty() && chars_in(line) + 1 + chars_in(word) > max_chars) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        if (chars_in(line) > max_chars) {
            std::string cut;
            std::size_t shown = 0;
            for (std::size_t i = 0; i < line.size(); ++i) {
                if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 && ++shown > max_chars - 1) break;
                cut += line[i];
            }
            line = cut + "\u2026";
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

struct RightLabel {
    double y;  // the baseline of the first line
    std::vector<std::string> lines;
};

// A reference line's label: "England: 84.1%" on one line when it fits, else
// the name over as many lines as it needs (at most two) and the value on the
// last, so that the figure is never the part cut off.
RightLabel right_label(double y, const std::string& name, const std::string& value) {
    std::string whole = name + ": " + value;
    if (static_cast<double>(chars_in(whole)) * kCharWidth <= kLabelRoom) return {y, {whole}};
    std::vector<std::string> lines = fit_lines(name + ":", kLabelRoom);
    if (lines.size() > 2) {
        lines.resize(2);
        lines[1] = fit_lines(lines[1] + "\u2026", kLabelRoom)[0];
    }
    for (const auto& v : fit_lines(value, kLabelRoom)) lines.push_back(v);
    return {y, lines};
}

// Labels for the reference lines at the right edge, pushed apart so they
// never overlap, and kept inside the drawing top and bottom.
void place_labels(std::vector<RightLabel>& labels) {
    std::sort(labels.begin(), labels.end(), [](const RightLabel& a, const RightLabel& b) { return a.y < b.y; });
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i > 0)
            labels[i].y = std::max(labels[i].y, labels[i - 1].y + kLineHeight * static_cast<double>(labels[i - 1].lines.size()));
        labels[i].y = std::max(labels[i].y, 12.0);
    }
    if (labels.empty()) return;
    double bottom = labels.back().y + kLineHeight * static_cast<double>(labels.back().lines.size() - 1) + 4;
    if (bottom > kHeight) {
        double up = bottom - kHeight;
        for (auto& l : labels) l.y -= up;
        for (std::size_t i = 0; i < labels.size(); ++i)  // stacked from the top again if pushed past it
            labels[i].y = std::max(labels[i].y, i ? labels[i - 1].y + kLineHeight * static_cast<double>(labels[i - 1].lines.size()) : 12.0);
    }
}

// The chart's own stylesheet, inside the <svg>, so that it looks the same
// wherever it is drawn: in the HTML paper, in WeasyPrint (whose SVG renderer
// does not apply the page's rules) and as a PNG from rsvg-convert for Word.
const char* chart_style() {
    return "<style>svg.chart .grid { stroke: #d8d8d8; stroke-width: 1; } "
           "svg.chart text { font-family: Arial, \"Liberation Sans\", sans-serif; } "
           "svg.chart .axis { fill: #505a5f; font-size: 12px; } "
           "svg.chart .label { fill: #0b0c0c; font-size: 12px; } "
           "svg.chart .latest { fill: #0b0c0c; font-size: 13px; font-weight: 700; } "
           "svg.chart .series { fill: none; stroke: #1d70b8; stroke-width: 3; } "
           "svg.chart .point { fill: #1d70b8; } "
           "svg.chart .target { stroke: #0b0c0c; stroke-width: 2; stroke-dasharray: 8 5; } "
           "svg.chart .comparator { stroke: #505a5f; stroke-width: 1.5; stroke-dasharray: 2 4; }</style>\n";
}

}  // namespace

std::string svg_chart(const ChartSpec& spec) {
    std::size_t n = std::min(spec.values.size(), spec.labels.size());
    if (n == 0) return {};
    auto fmtv = [&](double v) { return spec.format ? spec.format(v) : fmt::format("{}", v); };
    double lo = *std::min_element(spec.values.begin(), spec.values.begin() + static_cast<std::ptrdiff_t>(n));
    double hi = *std::max_element(spec.values.begin(), spec.values.begin() + static_cast<std::ptrdiff_t>(n));
    if (spec.target) lo = std::min(lo, spec.target->value), hi = std::max(hi, spec.target->value);
    for (const auto& c : spec.comparators) lo = std::min(lo, c.value), hi = std::max(hi, c.value);
    Scale s = nice_scale(lo, hi);

    std::string id = html_escape(spec.id);
    std::string out = fmt::format(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{0}-title {0}-desc\" viewBox=\"0 0 {1} {2}\" "
        "xmlns=\"http://www.w3.org/2000/svg\" focusable=\"false\">\n"
        "<title id=\"{0}-title\">{3}</title>\n<desc id=\"{0}-desc\">{4}</desc>\n{5}",
        id, kWidth, kHeight, html_escape(spec.title), html_escape(spec.description), chart_style());

    // Grid and y axis labels.
    for (int k = 0; k <= 20; ++k) {  // about 4 lines; the bound is a guard
        double v = s.lo + k * s.step;
        if (v > s.hi + s.step / 2) break;
        double y = s.y(v);
        out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", num(kLeft), num(y),
                           num(kLeft + kPlotW), num(y));
        out += fmt::format("<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(kLeft - 6),
                           num(y + 4), html_escape(fmtv(v)));
    }
    // X labels: the first, the last and a few between, never crowded.
    std::size_t every = std::max<std::size_t>(1, (n + 4) / 5);
    for (std::size_t i = 0; i < n; ++i) {
        bool shown = i + 1 == n || (i % every == 0 && (i == 0 || n - 1 - i > every / 2));
        if (!shown) continue;
        out += fmt::format("<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", num(x_of(i, n)),
                           num(kTop + kPlotH + 20), html_escape(spec.labels[i]));
    }

    // Reference lines, labelled at the right.
    std::vector<RightLabel> labels;
    auto reference = [&](const ChartLine& line, const char* cls) {
        double y = s.y(line.value);
        out += fmt::format("<line class=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", cls, num(kLeft), num(y),
                           num(kLeft + kPlotW), num(y));
        labels.push_back(right_label(y + 4, line.label, fmtv(line.value)));
    };
    for (const auto& c : spec.comparators) reference(c, "comparator");
    if (spec.target) reference(*spec.target, "target");
    place_labels(labels);
    for (const auto& l : labels) {
        // One <tspan> a line, however many lines (one for a short label).
        std::string x = num(kLeft + kPlotW + 8);
        out += fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\">", x, num(l.y));
        for (std::size_t i = 0; i < l.lines.size(); ++i)
            out += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", x, i ? num(kLineHeight) : "0", html_escape(l.lines[i]));
        out += "</text>\n";
    }

    // The series, with a marker on each figure and the latest value named.
    std::string points;
    for (std::size_t i = 0; i < n; ++i) points += fmt::format("{}{},{}", i ? " " : "", num(x_of(i, n)), num(s.y(spec.values[i])));
    if (n > 1) out += fmt::format("<polyline class=\"series\" points=\"{}\"/>\n", points);
    for (std::size_t i = 0; i < n; ++i)
        out += fmt::format("<circle class=\"point\" cx=\"{}\" cy=\"{}\" r=\"3.5\"/>\n", num(x_of(i, n)),
                           num(s.y(spec.values[i])));
    // The latest value's label, above its point, or below it when above
    // would leave the chart or sit on a reference line (the target, a
    // comparator): a figure written over a line is hard to read.
    double last_y = s.y(spec.values[n - 1]);
    std::vector<double> lines_y;
    if (spec.target) lines_y.push_back(s.y(spec.target->value));
    for (const auto& c : spec.comparators) lines_y.push_back(s.y(c.value));
    auto clear_of_lines = [&](double baseline) {
        for (double ly : lines_y)
            if (ly > baseline - 13 && ly < baseline + 4) return false;  // the text spans about 12 above its baseline
        return true;
    };
    double above = last_y - 9, below = last_y + 20;
    double value_y = above;
    if (above < kTop + 9 || !clear_of_lines(above)) value_y = below;
    if (value_y == below && (!clear_of_lines(below) || below > kTop + kPlotH)) {
        if (clear_of_lines(above) && above >= kTop + 9) value_y = above;
    }
    out += fmt::format("<text class=\"latest\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(x_of(n - 1, n)),
                       num(value_y), html_escape(fmtv(spec.values[n - 1])));
    out += "</svg>\n";
    return out;
}

}  // namespace plan
