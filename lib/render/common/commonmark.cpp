#include "render/common/commonmark.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

#include "render/common/html_escape.hpp"

namespace plan {
namespace {

struct ParserFree {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeFree {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

bool allowed_link(const char* url) {
    std::string_view u = url ? url : "";
    return starts_with_ci(u, "http://") || starts_with_ci(u, "https://") || starts_with_ci(u, "mailto:");
}

// The text a reader would see in a node: for an image, its alt text.
void collect_text(cmark_node* node, std::string& out) {
    for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
        cmark_node_type t = cmark_node_get_type(c);
        if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE) {
            const char* lit = cmark_node_get_literal(c);
            out += lit ? lit : "";
        } else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
            out += ' ';
        } else {
            collect_text(c, out);
        }
    }
}

cmark_node* text_node(const std::string& literal) {
    cmark_node* n = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(n, literal.c_str());
    return n;
}

void replace(cmark_node* old, cmark_node* with) {
    cmark_node_replace(old, with);
    cmark_node_free(old);
}

// Inline text may point into its block's buffer; copying each literal lets
// the inlines outlive the block they are moved out of.
void own_literals(cmark_node* node) {
    for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
        if (const char* lit = cmark_node_get_literal(c)) {
            std::string copy = lit;
            cmark_node_set_literal(c, copy.c_str());
        }
        own_literals(c);
    }
}

// Moves `node`'s children to just before it, then removes it.
void unwrap(cmark_node* node) {
    while (cmark_node* c = cmark_node_first_child(node)) cmark_node_insert_before(node, c);
    cmark_node_free(node);
}

// Children before parents, so that a node is never freed before its
// descendants in the list are rewritten.
void make_safe(cmark_node* root) {
    std::vector<cmark_node*> nodes;
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
        if (ev == CMARK_EVENT_ENTER) nodes.push_back(cmark_iter_get_node(it));
    cmark_iter_free(it);
    for (auto n = nodes.rbegin(); n != nodes.rend(); ++n) {
        cmark_node* node = *n;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_INLINE: replace(node, text_node(cmark_node_get_literal(node))); break;
        case CMARK_NODE_HTML_BLOCK: {
            cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
            std::string lit = cmark_node_get_literal(node);
            while (!lit.empty() && lit.back() == '\n') lit.pop_back();
            cmark_node_append_child(para, text_node(lit));
            replace(node, para);
            break;
        }
        case CMARK_NODE_IMAGE: {
            std::string alt;
            collect_text(node, alt);
            replace(node, text_node(alt));
            break;
        }
        case CMARK_NODE_LINK:
            if (!allowed_link(cmark_node_get_url(node))) unwrap(node);
            break;
        case CMARK_NODE_HEADING: {
            cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
            own_literals(node);
            while (cmark_node* c = cmark_node_first_child(node)) cmark_node_append_child(para, c);
            replace(node, para);
            break;
        }
        default: break;
        }
    }
}

// A paragraph cmark-gfm would render as "<p>" + text + "</p>\n" with only
// '"' escaped: one line, starting with a letter (so no list, heading, quote
// or code block), of letters, digits, spaces, non-ASCII text and the
// punctuation below, which starts no emphasis, code, link, entity, escape,
// raw HTML, strikethrough or autolink ("www." and ':' and '@' excluded).
// Most notes and measures are such sentences; cmark-gfm costs a parser and
// a tree for each of them.
std::optional<std::string> plain_paragraph(std::string_view s) {
    if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0])) || s.back() == ' ') return std::nullopt;
    std::string out = "<p>";
    out.reserve(s.size() + 12);
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (std::isalnum(c) || c >= 0x80 || c == ' ' || c == ',' || c == ';' || c == '?' || c == '(' || c == ')' ||
            c == '\'' || c == '/' || c == '%' || c == '=' || c == '+' || c == '-') {
            out += static_cast<char>(c);
        } else if (c == '.') {
            if (i >= 3 && starts_with_ci(s.substr(i - 3), "www.")) return std::nullopt;
            out += '.';
        } else if (c == '"') {
            out += "&quot;";
        } else {
            return std::nullopt;
        }
    }
    out += "</p>\n";
    return out;
}

}  // namespace

std::string commonmark_html(std::string_view text) {
    std::string clean = clean_utf8(text);
    if (auto plain = plain_paragraph(clean)) return std::move(*plain);
    return commonmark_html_by_cmark(clean);
}

std::string commonmark_html_by_cmark(std::string_view text) {
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    (void)registered;
    std::string clean = clean_utf8(text);
    std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (const char* name : {"strikethrough", "autolink"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), clean.data(), clean.size());
    std::unique_ptr<cmark_node, NodeFree> doc(cmark_parser_finish(parser.get()));
    make_safe(doc.get());
    // CMARK_OPT_DEFAULT renders safely: raw HTML and unsafe link targets are
    // dropped by cmark too, a second line of defence behind make_safe().
    char* html = cmark_render_html(doc.get(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser.get()));
    std::string out = html ? html : "";
    std::free(html);
    return out;
}

}  // namespace plan
