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

// Every walk below uses cmark's iterator, never recursion: free text can
// nest emphasis thousands deep within its 20,000 characters, and the paper
// must render in a 256 KiB stack.

// The text a reader would see in a node: for an image, its alt text; blocks
// are separated by a space.
std::string collect_text(cmark_node* node) {
    std::string out;
    cmark_iter* it = cmark_iter_new(node);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node* c = cmark_iter_get_node(it);
        if (c == node) continue;
        cmark_node_type t = cmark_node_get_type(c);
        if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE ||
                                        t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_HTML_BLOCK)) {
            const char* lit = cmark_node_get_literal(c);
            out += lit ? lit : "";
        } else if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)) {
            out += ' ';
        } else if (ev == CMARK_EVENT_ENTER && (t & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK && !out.empty()) {
            out += ' ';
        }
    }
    cmark_iter_free(it);
    return out;
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
    cmark_iter* it = cmark_iter_new(node);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node* c = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || c == node) continue;
        if (const char* lit = cmark_node_get_literal(c)) {
            std::string copy = lit;
            cmark_node_set_literal(c, copy.c_str());
        }
    }
    cmark_iter_free(it);
}

// Deeper than this, nesting is no officer's writing; each outermost node
// below it becomes its text (a block: a paragraph of it), so that nothing
// that walks the tree, here or in a reader of the paper, goes deeper.
constexpr std::size_t kMaxDepth = 32;

void flatten_deep(cmark_node* root) {
    std::vector<cmark_node*> too_deep;
    std::vector<cmark_node*> path;  // the ancestors of the node entered, and it
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* node = cmark_iter_get_node(it);
        while (!path.empty() && path.back() != cmark_node_parent(node)) path.pop_back();
        path.push_back(node);
        if (path.size() == kMaxDepth + 1) too_deep.push_back(node);
    }
    cmark_iter_free(it);
    // What to replace, chosen before anything is freed. A list item cannot
    // become a paragraph in its list: its list does, once for all its items
    // (which come one after another here).
    std::vector<cmark_node*> targets;
    for (cmark_node* node : too_deep) {
        if (cmark_node_first_child(node) == nullptr) continue;  // a leaf holds no deeper nesting
        if (cmark_node_get_type(node) == CMARK_NODE_ITEM) node = cmark_node_parent(node);
        if (targets.empty() || targets.back() != node) targets.push_back(node);
    }
    for (cmark_node* node : targets) {
        std::string text = collect_text(node);
        if ((cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK) {
            cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(para, text_node(text));
            replace(node, para);
        } else {
            replace(node, text_node(text));
        }
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
    flatten_deep(root);
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
            replace(node, text_node(collect_text(node)));
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
