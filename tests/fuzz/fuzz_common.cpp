#include "fuzz_common.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "check/catalogue.hpp"

namespace plan::fuzz {

Date as_of() { return *Date::from_ymd(2017, 10, 31); }

std::vector<InputFile> split_repository(std::string_view data) {
    static const char* const kPaths[] = {"plan.yaml", "actions/a.yaml", "kpis/k.yaml", "kpis/l.yaml", "actions/b.yml"};
    std::vector<InputFile> files;
    std::size_t start = 0;
    for (const char* path : kPaths) {
        if (start > data.size()) break;
        std::size_t end = data.find("\n~~~~\n", start);
        std::size_t next = end == std::string_view::npos ? data.size() + 1 : end + 6;
        if (end == std::string_view::npos) end = data.size();
        files.push_back({path, std::string(data.substr(start, end - start)), {}});
        start = next;
    }
    // The reader lists plan.yaml first and the rest sorted by path.
    std::sort(files.begin() + 1, files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    return files;
}

void broken(const char* what, std::string_view text, std::size_t at) {
    std::size_t from = at > 60 ? at - 60 : 0;
    std::string excerpt(text.substr(from, 160));
    for (char& c : excerpt)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n') c = '?';
    std::fprintf(stderr, "\nINVARIANT BROKEN: %s\n--- at byte %zu:\n%s\n---\n", what, at, excerpt.c_str());
    std::abort();
}

void check_diagnostics(const CheckedRepository& checked) {
    for (const auto& d : checked.diagnostics) {
        if (!find_check(d.check)) broken("a finding names a check that is not in the catalogue", d.check, 0);
        bool whole = d.check == "io" || d.check == "layout" || d.check == "file-size" || d.check == "file-count";
        if (!whole && (d.pos.line == 0 || d.pos.col == 0)) broken("a finding has no line:col", d.message, 0);
        if (d.pos.file >= checked.repo.files.size()) broken("a finding names a file that does not exist", d.message, 0);
        if (d.message.empty()) broken("a finding has no message", d.check, 0);
    }
}

void check_terminal_text(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) broken("raw control character in terminal text", s, i);
            ++i;
            continue;
        }
        int len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > s.size()) broken("invalid UTF-8 in terminal text", s, i);
        char32_t cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < len; ++k) {
            auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) broken("invalid UTF-8 in terminal text", s, i);
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
            cp == 0x200E || cp == 0x200F || cp == 0x061C)
            broken("C1 or bidi control in terminal text", s, i);
        i += static_cast<std::size_t>(len);
    }
}

void check_paper_characters(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) broken("raw control character in a paper", s, i);
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0)
            broken("C1 control in a paper", s, i);
        if (c == 0xE2 && i + 2 < s.size()) {
            auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
            if ((b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) ||
                (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9))
                broken("bidi control in a paper", s, i);
        }
    }
}

namespace {

std::string lower(std::string_view s) {
    std::string r(s);
    for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
}

// Decodes the character references a browser would before reading a URL.
std::string url_as_browser_reads(std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '&') {
            auto semi = v.find(';', i);
            std::string ent = semi == std::string_view::npos ? "" : lower(v.substr(i + 1, semi - i - 1));
            if (ent == "amp") out += '&';
            else if (ent == "colon") out += ':';
            else if (!ent.empty() && ent[0] == '#') {
                long n = ent.size() > 1 && ent[1] == 'x' ? std::strtol(ent.c_str() + 2, nullptr, 16)
                                                       : std::strtol(ent.c_str() + 1, nullptr, 10);
                out += static_cast<char>(n > 0 && n < 128 ? n : '?');
            } else {
                out += '&';
                continue;
            }
            i = semi;
            continue;
        }
        if (static_cast<unsigned char>(v[i]) > 0x20) out += v[i];
    }
    return lower(out);
}

}  // namespace

void check_html(std::string_view h) {
    // What report_html.cpp and svg_chart.cpp write, and what CommonMark in
    // plan text becomes.
    static const std::set<std::string> kTags = {
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "nav", "section", "footer",
        "h1", "h2", "h3", "h4", "p", "div", "span", "strong", "em", "del", "code", "pre", "blockquote", "br", "hr",
        "a", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "svg", "g", "line", "polyline", "circle", "rect", "text", "tspan", "desc", "path", "small", "abbr", "figure",
        "figcaption", "aside", "sup", "sub", "mark", "colgroup", "col"};
    for (std::size_t i = 0; i < h.size(); ++i) {
        if (h[i] != '<') continue;
        if (i + 1 >= h.size()) broken("HTML ends inside a tag", h, i);
        std::size_t j = i + 1;
        if (h[j] == '/') ++j;
        if (h.compare(i, 4, "<!--") == 0 || h[j] == '?' || h.compare(i, 9, "<![CDATA[") == 0)
            broken("comment, CDATA or processing instruction in the HTML paper", h, i);
        std::size_t name_end = j;
        while (name_end < h.size() && (std::isalnum(static_cast<unsigned char>(h[name_end])) || h[name_end] == '!' ||
                                       h[name_end] == '-'))
            ++name_end;
        std::string name = lower(h.substr(j, name_end - j));
        if (name.empty()) broken("a raw '<' in the HTML paper", h, i);
        if (!kTags.count(name)) broken("an element the paper never writes", h, i);
        // Attributes up to the closing '>', honouring quotes.
        std::size_t k = name_end;
        while (k < h.size() && h[k] != '>') {
            while (k < h.size() && (h[k] == ' ' || h[k] == '\n' || h[k] == '\t' || h[k] == '/')) ++k;
            std::size_t an = k;
            while (k < h.size() && h[k] != '=' && h[k] != '>' && h[k] != ' ' && h[k] != '\n' && h[k] != '/') ++k;
            std::string attr = lower(h.substr(an, k - an));
            std::string value;
            if (k < h.size() && h[k] == '=') {
                ++k;
                if (k < h.size() && (h[k] == '"' || h[k] == '\'')) {
                    char q = h[k];
                    auto close = h.find(q, k + 1);
                    if (close == std::string_view::npos) broken("unterminated attribute value", h, i);
                    value = std::string(h.substr(k + 1, close - k - 1));
                    k = close + 1;
                } else {
                    std::size_t vs = k;
                    while (k < h.size() && h[k] != ' ' && h[k] != '>') ++k;
                    value = std::string(h.substr(vs, k - vs));
                }
            }
            if (attr.size() > 2 && attr[0] == 'o' && attr[1] == 'n') broken("an event handler attribute", h, i);
            if (attr == "style" || attr == "src" || attr == "srcset" || attr == "action" || attr == "formaction")
                broken("an attribute the paper never writes", h, i);
            if (attr == "href" || attr == "xlink:href") {
                std::string url = url_as_browser_reads(value);
                bool ok = url.rfind('#', 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0 ||
                          url.rfind("mailto:", 0) == 0;
                if (!ok) broken("a link that is not #fragment, http(s) or mailto", h, i);
            }
            if (attr.empty() && k < h.size() && h[k] != '>') ++k;
        }
        i = k;
    }
}

void check_markdown(std::string_view md) {
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    (void)registered;
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    cmark_parser_feed(parser, md.data(), md.size());
    cmark_node* doc = cmark_parser_finish(parser);
    cmark_iter* it = cmark_iter_new(doc);
    const char* problem = nullptr;
    for (cmark_event_type ev; !problem && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER) continue;
        switch (cmark_node_get_type(cmark_iter_get_node(it))) {
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: problem = "raw HTML in the Markdown paper"; break;
        case CMARK_NODE_IMAGE: problem = "an image in the Markdown paper"; break;
        case CMARK_NODE_LINK: problem = "a link in the Markdown paper"; break;
        default: break;
        }
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    if (problem) broken(problem, md, 0);
}

}  // namespace plan::fuzz
