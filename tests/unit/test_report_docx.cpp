// The Word paper's Markdown: plan text reaches pandoc as the characters
// typed, and the appendix sits between section breaks on landscape pages.
#include <doctest/doctest.h>

#include <sstream>

#include "render/report/report_docx_markdown.hpp"

using namespace plan;

TEST_CASE("docx markdown: plan text is escaped for pandoc and keeps its at sign") {
    CHECK(pandoc_text("a*b* [x](y) <b> & | `c` $x$ @ref") ==
          "a\\*b\\* \\[x\\]\\(y\\) \\<b\\> \\& \\| \\`c\\` \\$x\\$ \\@ref");
    CHECK(pandoc_text("mail@example.org") == "mail\\@example\\.org");
    CHECK(pandoc_text("two\nlines\ttab") == "two lines tab");
    CHECK(pandoc_text("caf\xC3\xA9 \xE2\x80\xAE") == "caf\xC3\xA9 \xEF\xBF\xBD");
}

TEST_CASE("docx markdown: the appendix is on landscape pages, and the paper ends on a portrait section") {
    ReportDoc doc;
    doc.sections.push_back({"summary", "Summary", {paragraph("Words.")}});
    doc.sections.push_back({"appendix", "Appendix: the action plan", {paragraph("Rows.")}});
    std::ostringstream out;
    write_docx_markdown(out, doc, {});
    std::string md = out.str();
    auto portrait = md.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>");
    auto heading = md.find("# Appendix\\: the action plan");
    auto landscape = md.find("w:orient=\"landscape\"");
    REQUIRE(portrait != std::string::npos);
    REQUIRE(heading != std::string::npos);
    REQUIRE(landscape != std::string::npos);
    CHECK(md.find("# Summary") < portrait);
    CHECK(portrait < heading);
    CHECK(heading < landscape);
    CHECK(md.find("End of the report.", landscape) != std::string::npos);
}

TEST_CASE("docx markdown: a chart is an image with the HTML's alt text, then its figures") {
    ReportDoc doc;
    Block chart;
    chart.kind = Block::Kind::chart;
    chart.chart.title = "Visits on time";
    chart.chart.description = "Figures from May to June.";
    chart.table = Table{"Figures: Visits on time", {"Period", "Figure"}, {false, true}, {}, true, "figures"};
    doc.sections.push_back({"kpis", "Key performance indicators", {chart}});
    DocxMarkdownOptions o;
    o.chart_png = [](const ChartSpec&) { return std::string("data:image/png;base64,AAAA"); };
    std::ostringstream out;
    write_docx_markdown(out, doc, o);
    CHECK(out.str().find("![Visits on time\\. Figures from May to June\\.](data:image/png;base64,AAAA){width=15cm}") !=
          std::string::npos);
    CHECK(out.str().find("| Period | Figure |") != std::string::npos);
}
