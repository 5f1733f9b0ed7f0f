// Plan text in the report: nothing typed in a plan file becomes markup.
#include <doctest/doctest.h>

#include "render/common/commonmark.hpp"
#include "render/common/html_escape.hpp"
#include "render/common/markdown_text.hpp"

using namespace plan;

TEST_CASE("report escaping: HTML special characters are escaped, quotes included") {
    CHECK(html_escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    CHECK(html_escape("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    CHECK(html_escape("A & B") == "A &amp; B");
}

TEST_CASE("report escaping: invalid UTF-8 and control characters become U+FFFD") {
    CHECK(clean_utf8("a\xff" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(clean_utf8(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
    CHECK(clean_utf8("a\x1b[31mb") == "a\xEF\xBF\xBD[31mb");
    CHECK(clean_utf8("caf\xC3\xA9\tline\n") == "caf\xC3\xA9\tline\n");
    CHECK(clean_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
    CHECK(clean_utf8("a\xC2\x9B" "b") == "a\xEF\xBF\xBD" "b");  // C1
    CHECK(clean_utf8("a\x7f") == "a\xEF\xBF\xBD");
}

TEST_CASE("report escaping: bidi controls and U+FEFF become U+FFFD, in every paper") {
    for (const char* bidi : {"\xD8\x9C", "\xE2\x80\x8E", "\xE2\x80\x8F", "\xE2\x80\xAA", "\xE2\x80\xAE", "\xE2\x81\xA6",
                             "\xE2\x81\xA9", "\xEF\xBB\xBF"}) {
        std::string text = std::string("Recruit ") + bidi + "sdaolesac";
        CHECK(clean_utf8(text) == "Recruit \xEF\xBF\xBDsdaolesac");
        CHECK(html_escape(text) == "Recruit \xEF\xBF\xBDsdaolesac");
        CHECK(markdown_text(text) == "Recruit \xEF\xBF\xBDsdaolesac");
        CHECK(commonmark_html(text) == "<p>Recruit \xEF\xBF\xBDsdaolesac</p>\n");
    }
    CHECK(clean_utf8("a\xE2\x80\xAF" "b") == "a\xE2\x80\xAF" "b");  // U+202F, a narrow space, is text
}

TEST_CASE("report escaping: a Markdown table cell cannot end the cell, the row or add markup") {
    std::string cell = markdown_text("a | b\nnew row <b>bold</b> *em* [link](javascript:alert(1)) ![img](http://x/y.png)");
    CHECK(cell.find('\n') == std::string::npos);
    CHECK(cell.find(" | ") == std::string::npos);
    CHECK(cell.find("\\|") != std::string::npos);
    CHECK(cell.find('<') == std::string::npos);
    CHECK(cell.find("\\*em\\*") != std::string::npos);
    CHECK(cell.find("\\[link\\]") != std::string::npos);
    CHECK(cell.find("\\!\\[img\\]") != std::string::npos);
}

TEST_CASE("report escaping: bare URLs and e-mail addresses do not become links in Markdown") {
    CHECK(markdown_text("see https://example.org") == "see https:\\/\\/example.org");
    CHECK(markdown_text("ftp://x.example, HTTP://x.example") == "ftp:\\/\\/x.example, HTTP:\\/\\/x.example");
    CHECK(markdown_text("www.example.org") == "www\\.example.org");
    CHECK(markdown_text("(WWW.example.org) Www.x.org") == "(WWW\\.example.org) Www\\.x.org");
    CHECK(markdown_text("awww.example.org") == "awww.example.org");  // not at a word's start: GFM does not link it
    CHECK(markdown_text("the time: 10:30") == "the time: 10:30");
    // '@' as U+FF20: cmark-gfm links an address even when its '@' is escaped or an entity.
    CHECK(markdown_text("ask a@b.org") == "ask a\xEF\xBC\xA0" "b.org");
    CHECK(markdown_text("@team") == "\xEF\xBC\xA0team");  // nor a GitHub @mention
    CHECK(markdown_text("meet @ 10am, a@") == "meet @ 10am, a@");
    CHECK(markdown_text("x@.y.com") == "x\xEF\xBC\xA0.y.com");  // cmark-gfm links this too
    CHECK(markdown_text("a&#64;b.org") == "a&amp;\\#64;b.org");
}

TEST_CASE("report escaping: one function for every place Markdown shows plan text") {
    CHECK(markdown_text("a\nb") == "a b");
    CHECK(markdown_text("a\r\nb") == "a\xEF\xBF\xBD b");
    CHECK(markdown_text("x \\ y") == "x \\\\ y");
    CHECK(markdown_text("# H ~~d~~ `c` _e_") == "\\# H \\~\\~d\\~\\~ \\`c\\` \\_e\\_");
    CHECK(markdown_text("a\x1b[2Jb") == "a\xEF\xBF\xBD\\[2Jb");
}

TEST_CASE("report escaping: no GitHub math in Markdown, so '$' cannot show other words") {
    CHECK(markdown_text("$\\color{red}{Done}$") == "\\$\\\\color{red}{Done}\\$");
    CHECK(markdown_text("$$x$$ costs $5") == "\\$\\$x\\$\\$ costs \\$5");
}

TEST_CASE("report escaping: a line cannot start a list or a code block") {
    CHECK(markdown_line("- item") == "\\- item");
    CHECK(markdown_line("+ item") == "\\+ item");
    CHECK(markdown_line("1. item") == "1\\. item");
    CHECK(markdown_line("84.1%") == "84.1%");
    CHECK(markdown_line("    code") == "code");
}

TEST_CASE("commonmark: emphasis and lists render; script and raw HTML are kept as text") {
    CHECK(commonmark_html("*well* done") == "<p><em>well</em> done</p>\n");
    std::string html = commonmark_html("<script>alert(1)</script>");
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
    html = commonmark_html("x <img src=x onerror=alert(1)> y");
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
}

TEST_CASE("commonmark: only http, https and mailto links survive") {
    CHECK(commonmark_html("[ok](https://example.org)") == "<p><a href=\"https://example.org\">ok</a></p>\n");
    CHECK(commonmark_html("[mail](mailto:a@b.org)").find("href=\"mailto:a@b.org\"") != std::string::npos);
    for (const char* bad : {"[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](vbscript:msgbox)",
                            "[x](data:text/html,<script>alert(1)</script>)", "[x](file:///etc/passwd)", "[x](relative.html)"}) {
        std::string html = commonmark_html(bad);
        CHECK_MESSAGE(html.find("<a") == std::string::npos, bad);
        CHECK_MESSAGE(html.find("x") != std::string::npos, bad);
    }
}

TEST_CASE("commonmark: images become their alt text, so a paper makes no request") {
    CHECK(commonmark_html("![a chart](https://evil.example/track.png)") == "<p>a chart</p>\n");
    CHECK(commonmark_html("[![inner](x.png)](javascript:alert(1))") == "<p>inner</p>\n");
    CHECK(commonmark_html("![<b>bold</b>](x.png)") == "<p>&lt;b&gt;bold&lt;/b&gt;</p>\n");
}

TEST_CASE("commonmark: headings in plan text become paragraphs") {
    CHECK(commonmark_html("# Big") == "<p>Big</p>\n");
}

namespace {
std::size_t count_of(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("commonmark: nesting deeper than 32 becomes text, the words kept") {
    std::string emphasis, quotes, list;
    for (int i = 0; i < 3000; ++i) emphasis += "*a ";
    emphasis += "x";
    for (int i = 0; i < 3000; ++i) emphasis += " a*";
    for (int i = 0; i < 3000; ++i) quotes += "> ";
    quotes += "deep";
    for (int i = 0; i < 100; ++i) list += std::string(2 * static_cast<std::size_t>(i), ' ') + "- item\n";
    std::string html = commonmark_html(emphasis);
    CHECK(count_of(html, "<em>") < 32);
    CHECK(count_of(html, "<em>") == count_of(html, "</em>"));
    CHECK(count_of(html, "a") == 6000);
    CHECK(html.find(" x ") != std::string::npos);
    html = commonmark_html(quotes);
    CHECK(count_of(html, "<blockquote>") < 32);
    CHECK(html.find("deep") != std::string::npos);
    html = commonmark_html(list);
    CHECK(count_of(html, "<li>") < 32);
    CHECK(count_of(html, "item") == 100);
    CHECK(commonmark_html("*a **b** c*") == "<p><em>a <strong>b</strong> c</em></p>\n");  // shallow text unchanged
}

TEST_CASE("commonmark: autolinked URLs are fine, autolinked javascript is not") {
    CHECK(commonmark_html("see www.example.org").find("href=\"http://www.example.org\"") != std::string::npos);
    CHECK(commonmark_html("<javascript:alert(1)>").find("<a") == std::string::npos);
}

TEST_CASE("commonmark: the plain-sentence shortcut gives cmark-gfm's bytes") {
    for (const char* s : {"Agree a policy, then review it (again) in 3/4 of teams; 50% = target + more - less?",
                          "Don't \"quote\" me", "Visit www.example.org", "Visit WWW.example.org now",
                          "Say 1. then 2) and - or + more", "Ümlaut café – naïve", "two  spaces", "ends\"",
                          "a+b=c", "Recruit", "x", "trailing ", "A.B.C.", "see http://x.org", "mail a@b.org"}) {
        CAPTURE(s);
        CHECK(commonmark_html(s) == commonmark_html_by_cmark(s));
    }
    // Random sentences from letters, the shortcut's punctuation and some it
    // leaves to cmark-gfm.
    const std::string alphabet = "aZw. ,;?()'/%=+-\"1*_#>:@\xC3\xA9";
    std::uint32_t seed = 12345;
    for (int n = 0; n < 3000; ++n) {
        std::string s;
        std::size_t length = 1 + n % 24;
        for (std::size_t i = 0; i < length; ++i) {
            seed = seed * 1103515245u + 12345u;
            std::size_t k = (seed >> 16) % (alphabet.size() - 1);
            if (alphabet[k] == '\xC3') s += "\xC3\xA9";
            else if (alphabet[k] != '\xA9') s += alphabet[k];
        }
        CAPTURE(s);
        CHECK(commonmark_html(s) == commonmark_html_by_cmark(s));
    }
}
