// The PDF paper: the HTML paper (print styles for A4, page numbers and the
// classification in the margins) laid out by WeasyPrint, or by headless
// Chromium's print to PDF where WeasyPrint is not installed.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "output/run_tool.hpp"
#include "render/report/report.hpp"
#include "render/report/report_binary.hpp"

namespace plan {
namespace fs = std::filesystem;
namespace {

std::string first_line(const std::string& text) {
    std::string line = text.substr(0, text.find('\n'));
    return line.size() > 300 ? line.substr(0, 300) + "..." : line;
}

// WeasyPrint reads the HTML on standard input and writes the PDF to standard
// output. PYTHONHASHSEED fixes the order it writes fonts in, and
// SOURCE_DATE_EPOCH (the as-of date) the time stamp in each embedded font,
// so the same paper gives the same bytes.
std::string weasyprint_pdf(const std::string& program, const std::string& html, Date as_of) {
    ToolResult r = run_tool({program, "--quiet", "--pdf-variant", "pdf/ua-1", "--encoding", "utf-8", "-", "-"}, html,
                            {"PYTHONHASHSEED=0", fmt::format("SOURCE_DATE_EPOCH={}", std::int64_t{as_of.days()} * 86400)});
    if (!r.started) throw DocumentToolError("could not run WeasyPrint (" + program + ")");
    if (r.exit_code != 0 || r.out.compare(0, 5, "%PDF-") != 0)
        throw DocumentToolError(fmt::format("WeasyPrint failed (exit {}): {}", r.exit_code, first_line(r.err)));
    return r.out;
}

// Chromium reads and writes files only: both go to a private folder that is
// removed afterwards, whatever happens.
struct TempFolder {
    std::string path;
    TempFolder() {
        const char* tmp = std::getenv("TMPDIR");
        std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/plan-paper-XXXXXX";
        if (mkdtemp(tmpl.data())) path = tmpl;
    }
    ~TempFolder() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
};

std::string chromium_pdf(const std::string& program, const std::string& html) {
    TempFolder dir;
    if (dir.path.empty()) throw DocumentToolError("could not make a temporary folder for Chromium");
    std::string in = dir.path + "/paper.html", pdf = dir.path + "/paper.pdf";
    {
        std::ofstream f(in, std::ios::binary);
        f << html;
        if (!f.flush()) throw DocumentToolError("could not write the paper for Chromium to " + in);
    }
    ToolResult r = run_tool({program, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--user-data-dir=" + dir.path + "/profile", "--no-pdf-header-footer",
                             "--print-to-pdf=" + pdf, "file://" + in},
                            {});
    if (!r.started) throw DocumentToolError("could not run Chromium (" + program + ")");
    std::string bytes;
    std::ifstream f(pdf, std::ios::binary);
    char buf[65536];
    while (f.read(buf, sizeof buf) || f.gcount() > 0) bytes.append(buf, static_cast<std::size_t>(f.gcount()));
    if (r.exit_code != 0 || bytes.compare(0, 5, "%PDF-") != 0)
        throw DocumentToolError(fmt::format("Chromium did not print the paper (exit {}): {}", r.exit_code, first_line(r.err)));
    return bytes;
}

}  // namespace

void write_report_pdf(std::ostream& out, const ReportView& v) {
    std::ostringstream html;
    write_report_html(html, v);
    std::string pdf;
    if (std::string w = find_in_path("weasyprint"); !w.empty()) pdf = weasyprint_pdf(w, html.str(), v.as_of);
    else if (std::string c = find_in_path("chromium"); !c.empty()) pdf = chromium_pdf(c, html.str());
    else if (std::string s = find_in_path("chromium-headless-shell"); !s.empty()) pdf = chromium_pdf(s, html.str());
    else
        throw DocumentToolError("--format pdf needs WeasyPrint or Chromium, and neither is installed: "
                                "install the Debian package weasyprint (apt-get install weasyprint)");
    out << pdf;
}

}  // namespace plan
