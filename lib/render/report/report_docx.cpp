// The Word paper: the document model as pandoc Markdown
// (report_docx_markdown.cpp), each chart drawn as a PNG by rsvg-convert,
// then pandoc's docx writer with the council's template or an A4 default.
// Every tool runs as a child with an argument vector; the document comes
// back on standard output, so nothing is written until it is complete.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>

#include "output/run_tool.hpp"
#include "output/temp_registry.hpp"
#include "render/common/html_escape.hpp"
#include "render/common/svg_chart.hpp"
#include "render/report/docx_package.hpp"
#include "render/report/report_binary.hpp"
#include "render/report/report_docx_markdown.hpp"

namespace plan {
namespace {

std::string first_line(const std::string& text) {
    std::string line = text.substr(0, text.find('\n'));
    return line.size() > 300 ? line.substr(0, 300) + "..." : line;
}

std::string base64(const std::string& bytes) {
    static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                     static_cast<unsigned char>(bytes[i + 2]);
        out += digits[(v >> 18) & 63], out += digits[(v >> 12) & 63], out += digits[(v >> 6) & 63], out += digits[v & 63];
    }
    if (i + 1 == bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        out += digits[(v >> 18) & 63], out += digits[(v >> 12) & 63], out += "==";
    } else if (i + 2 == bytes.size()) {
        unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += digits[(v >> 18) & 63], out += digits[(v >> 12) & 63], out += digits[(v >> 6) & 63], out += '=';
    }
    return out;
}

std::string require(const std::string& program, const std::string& package, const std::string& what) {
    std::string path = find_in_path(program);
    if (path.empty())
        throw DocumentToolError(fmt::format("--format docx needs {} ({}), which is not installed: install the Debian "
                                            "package {} (apt-get install {})",
                                            program, what, package, package));
    return path;
}

// A registered temporary file (removed on exit and on Ctrl-C) for the
// reference document pandoc reads.
struct TempFile {
    std::string path;
    TempFile() {
        const char* tmp = std::getenv("TMPDIR");
        std::string name = std::string(tmp && *tmp ? tmp : "/tmp") + "/plan-reference-XXXXXX";
        int fd = create_registered_temp(name.data());
        if (fd >= 0) {
            close(fd);
            path = name;
        }
    }
    ~TempFile() {
        if (!path.empty()) remove_registered_temp(path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
};

// A document property: pandoc takes a --metadata value as a literal string;
// it is kept to one clean line.
std::string clean_title(const std::string& text) {
    std::string out = clean_utf8(text);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

std::string date_words(Date d) { return fmt::format("{} {} {}", d.day(), month_name(d.month()), d.year()); }

}  // namespace

void write_report_docx(std::ostream& out, const ReportView& v, const DocxOptions& options) {
    ReportDoc doc = build_report_doc(v);
    std::string pandoc = require("pandoc", "pandoc", "to write Word documents");
    bool has_charts = false;
    for (const Section& s : doc.sections)
        for (const Block& b : s.blocks) has_charts = has_charts || b.kind == Block::Kind::chart;
    std::string rsvg = has_charts ? require("rsvg-convert", "librsvg2-bin", "to draw the charts") : std::string();

    DocxMarkdownOptions md;
    md.chart_png = [&rsvg](const ChartSpec& c) {
        ToolResult r = run_tool({rsvg, "--zoom", "2", "--format", "png"}, svg_chart(c));
        if (!r.started || r.exit_code != 0 || r.out.compare(0, 4, "\x89PNG") != 0)
            throw DocumentToolError(fmt::format("rsvg-convert could not draw the chart '{}' (exit {}): {}", c.title,
                                                r.exit_code, first_line(r.err)));
        return "data:image/png;base64," + base64(r.out);
    };

    // pandoc dates the package and its properties from SOURCE_DATE_EPOCH:
    // the as-of date, so the same paper gives the same bytes.
    const std::vector<std::string> env = {fmt::format("SOURCE_DATE_EPOCH={}", std::int64_t{v.as_of.days()} * 86400)};
    TempFile reference;
    std::string reference_path = options.reference_doc;
    if (reference_path.empty()) {
        ToolResult d = run_tool({pandoc, "--print-default-data-file", "reference.docx"}, {}, env);
        if (reference.path.empty() || d.exit_code != 0 || !write_a4_reference(reference.path, d.out))
            throw DocumentToolError("could not make the A4 reference document from pandoc's default: " + first_line(d.err));
        reference_path = reference.path;
    } else {
        if (access(reference_path.c_str(), R_OK) != 0)
            throw DocumentToolError(fmt::format("--reference-doc: cannot read '{}'", reference_path));
        md.section_references = template_section_references(reference_path);
    }

    std::ostringstream markdown;
    write_docx_markdown(markdown, doc, md);
    Date when = v.meeting_date ? *v.meeting_date : v.as_of;
    std::vector<std::string> argv = {pandoc, "--from", "markdown-smart-implicit_figures", "--to", "docx",
                                     "--columns", "10", "--reference-doc", reference_path,
                                     "--metadata", "lang=en-GB", "--metadata", "title=" + clean_title(doc.title),
                                     "--metadata", "date=" + date_words(when), "--output", "-"};
    if (!doc.authority.empty()) {
        argv.insert(argv.end() - 2, "--metadata");
        argv.insert(argv.end() - 2, "author=" + clean_title(doc.authority));
    }
    ToolResult r = run_tool(argv, markdown.str(), env);
    if (!r.started) throw DocumentToolError("could not run pandoc (" + pandoc + ")");
    if (r.exit_code != 0 || r.out.compare(0, 2, "PK") != 0)
        throw DocumentToolError(fmt::format("pandoc could not write the Word document (exit {}): {}", r.exit_code,
                                            first_line(r.err)));
    out << r.out;
}

}  // namespace plan
