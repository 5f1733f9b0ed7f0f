// The KPI chart: accessible, labelled in words, escaped.
#include <doctest/doctest.h>

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
    CHECK(svg.find(">Target: 18%</text>") != std::string::npos);
    CHECK(svg.find(">England: 17%</text>") != std::string::npos);
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
