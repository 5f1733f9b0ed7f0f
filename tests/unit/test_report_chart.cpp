// The KPI chart: accessible, labelled in words, escaped.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>

#include "render/common/svg_chart.hpp"

using namespace plan;

namespace {

ChartSpec sample() {
    ChartSpec c;
    c.id = "kpi-1-chart";
    c.title = "Repeat plans <b>";
    c.description = "From 24.8% to 17%";
    c.labels = {"Apr 2016", "May 2016", "Jun 2016"};
    c.values = {24.8, 24.1, 23.6};
    c.target = ChartLine{"Target", 18};
    c.comparators = {{"England", 17.9}};
    c.format = [](double v) { return std::to_string(static_cast<int>(v)) + "%"; };
    return c;
}

}  // namespace

TEST_CASE("svg chart: role img, labelled by its title and description") {
    std::string svg = svg_chart(sample());
    CHECK(svg.rfind("<svg class=\"chart\" role=\"img\" aria-labelledby=\"kpi-1-chart-title kpi-1-chart-desc\"", 0) == 0);
    CHECK(svg.find("<title id=\"kpi-1-chart-title\">Repeat plans &lt;b&gt;</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"kpi-1-chart-desc\">From 24.8% to 17%</desc>") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
}

TEST_CASE("svg chart: target and comparators are lines named in words") {
    std::string svg = svg_chart(sample());
    CHECK(svg.find("class=\"target\"") != std::string::npos);
    CHECK(svg.find(">Target: 18%</tspan>") != std::string::npos);
    CHECK(svg.find(">England: 17%</tspan>") != std::string::npos);
    CHECK(svg.find("<polyline class=\"series\"") != std::string::npos);
}

TEST_CASE("svg chart: one figure draws a point; none draws nothing") {
    ChartSpec c = sample();
    c.labels = {"Apr 2016"};
    c.values = {5};
    c.target.reset();
    c.comparators.clear();
    std::string svg = svg_chart(c);
    CHECK(svg.find("<polyline") == std::string::npos);
    CHECK(svg.find("<circle") != std::string::npos);
    c.values.clear();
    CHECK(svg_chart(c).empty());
}

TEST_CASE("svg chart: the same figures give the same bytes") { CHECK(svg_chart(sample()) == svg_chart(sample())); }

TEST_CASE("svg chart: figures near the double range, or a hair apart, draw finite coordinates") {
    for (auto values : {std::vector<double>{1e308, -1e308, 1.7976931348623157e308},
                        std::vector<double>{999999999999.9999, 999999999999.9998, 999999999999.9997}}) {
        ChartSpec c = sample();
        c.values = values;
        c.format = [](double v) { return std::to_string(v); };  // the sample's int cast cannot hold these
        std::string svg = svg_chart(c);
        CHECK(svg.find("nan") == std::string::npos);
        CHECK(svg.find("inf") == std::string::npos);
        CHECK(svg.find("<polyline") != std::string::npos);
    }
}

namespace {
double attribute(const std::string& svg, std::size_t at, const std::string& name) {
    std::size_t p = svg.find(name + "=\"", at);
    return p == std::string::npos ? -1 : std::stod(svg.substr(p + name.size() + 2));
}
}  // namespace

TEST_CASE("svg chart: a long comparator label stays inside the drawing, its figure whole") {
    ChartSpec c = sample();
    c.comparators = {{"England average for 2016/17 (published)", 84.1}};
    c.format = [](double v) { return fmt::format("{}%", v); };
    std::string svg = svg_chart(c);
    // The figure is a line of its own, not cut at the right edge ("84.1").
    CHECK(svg.find(">84.1%</tspan>") != std::string::npos);
    // Every line of every label fits between its x and the viewBox's width (640).
    for (std::size_t at = svg.find("class=\"label\""); at != std::string::npos; at = svg.find("class=\"label\"", at + 1)) {
        double x = attribute(svg, at, "x");
        std::size_t end = svg.find("</text>", at);
        std::string inner = svg.substr(svg.find('>', at) + 1, end - svg.find('>', at) - 1);
        std::size_t longest = 0, run = 0;
        for (std::size_t i = 0; i < inner.size(); ++i) {
            if (inner[i] == '<') {
                longest = std::max(longest, run);
                run = 0;
                i = inner.find('>', i);
                continue;
            }
            run += (static_cast<unsigned char>(inner[i]) & 0xC0) != 0x80;
        }
        longest = std::max(longest, run);
        CHECK(x + static_cast<double>(longest) * 6.5 <= 640);
    }
}

TEST_CASE("svg chart: the latest figure's label is not written over the target line") {
    ChartSpec c = sample();
    c.values = {10, 14, 17.2};  // the last point just under the target of 18
    c.comparators.clear();
    std::string svg = svg_chart(c);
    std::size_t target = svg.find("<line class=\"target\"");
    REQUIRE(target != std::string::npos);
    double line_y = attribute(svg, target, "y1");
    std::size_t latest = svg.find("<text class=\"latest\"");
    REQUIRE(latest != std::string::npos);
    double baseline = attribute(svg, latest, "y");
    CHECK_FALSE((line_y > baseline - 13 && line_y < baseline + 4));
}
