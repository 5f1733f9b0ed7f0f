// The HTML paper's print rules: page numbers, the running header with the
// classification (escaped as a CSS string), and charts that carry their own
// styles so that WeasyPrint and rsvg-convert draw them as browsers do.
#include <doctest/doctest.h>

#include <sstream>

#include "model/period.hpp"
#include "query/report_view.hpp"
#include "render/report/report.hpp"

using namespace plan;

namespace {

std::string html_of(const Repository& repo, bool include_exempt) {
    ReportInput in;
    in.include_exempt = include_exempt;
    std::ostringstream out;
    write_report_html(out, build_report(repo, *Date::from_ymd(2017, 10, 31), in));
    return out.str();
}

Repository plan_with_exempt_action() {
    Repository repo;
    repo.plan.title = "Test plan";
    Action a;
    a.id.value = "A-1";
    a.id.set = true;
    a.title = "Private matter";
    a.exempt = true;
    repo.actions.push_back(a);
    return repo;
}

}  // namespace

TEST_CASE("report print: every page is numbered \"Page N of M\" and headed with the classification") {
    Repository repo = plan_with_exempt_action();
    std::string pub = html_of(repo, false);
    CHECK(pub.find("content: \"Page \" counter(page) \" of \" counter(pages)") != std::string::npos);
    CHECK(pub.find("@top-left { content: \"Public\"") != std::string::npos);
    std::string exempt = html_of(repo, true);
    CHECK(exempt.find("@top-left { content: \"Not for publication: exempt information (Schedule 12A, Part II)\"") !=
          std::string::npos);
    CHECK(exempt.find("@top-left { content: \"Public\"") == std::string::npos);
}

TEST_CASE("report print: headings, KPI owner lines and table headers are kept with what follows") {
    std::string html = html_of(Repository{}, false);
    CHECK(html.find("h2, h3, caption, thead { break-after: avoid; }") != std::string::npos);
    CHECK(html.find("#kpis h3 + p, #kpis h3 + p + p { break-after: avoid; }") != std::string::npos);
    CHECK(html.find("table.appendix tr { break-inside: avoid; }") != std::string::npos);
    CHECK(html.find("thead { display: table-header-group; }") != std::string::npos);
}

TEST_CASE("report print: a chart carries its own stylesheet") {
    Repository repo;
    Kpi k;
    k.id.value = "K-1";
    k.id.set = true;
    k.title = "Visits on time";
    for (const char* month : {"2017-08", "2017-09"}) {
        DataPoint d;
        d.period.value = *parse_period(month).value;
        d.period.set = true;
        d.value.value = 50.0;
        d.value.set = true;
        k.data.push_back(d);
    }
    repo.kpis.push_back(k);
    std::string html = html_of(repo, false);
    auto svg = html.find("<svg class=\"chart\"");
    REQUIRE(svg != std::string::npos);
    auto style = html.find("<style>svg.chart .grid", svg);
    CHECK(style != std::string::npos);
    CHECK(style < html.find("</svg>", svg));
    CHECK(html.find("svg.chart .series { fill: none;") != std::string::npos);
}
