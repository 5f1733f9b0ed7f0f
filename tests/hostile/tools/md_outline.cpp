// md-outline FILE: the CommonMark (GitHub-flavoured) structure of a Markdown
// file, one node per line, indented by depth, without the text itself:
//   heading 2 / paragraph / list bullet / item / table 5 / table_row 5 /
//   emph / strong / code / link URL / image URL / html_inline / html_block
// Two papers made from plans that differ only in their text have the same
// outline exactly when no plan text turned into Markdown structure.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: md-outline FILE\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "md-outline: cannot read " << argv[1] << "\n";
        return 2;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();

    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    cmark_parser_feed(parser, text.data(), text.size());
    cmark_node* doc = cmark_parser_finish(parser);

    cmark_iter* it = cmark_iter_new(doc);
    int depth = 0;
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_EXIT) {
            --depth;
            continue;
        }
        const char* type = cmark_node_get_type_string(node);
        std::string t = type ? type : "?";
        // Leaf nodes get an ENTER event only; containers ENTER and EXIT.
        bool leaf = t == "text" || t == "softbreak" || t == "linebreak" || t == "code" || t == "html_inline" ||
                    t == "html_block" || t == "code_block" || t == "thematic_break";
        if (t != "text" && t != "softbreak") {
            std::string line(static_cast<std::size_t>(depth) * 2, ' ');
            line += t;
            if (t == "heading") line += " " + std::to_string(cmark_node_get_heading_level(node));
            if (t == "list") line += cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? " ordered" : " bullet";
            if (t == "link" || t == "image") {
                const char* url = cmark_node_get_url(node);
                line += " ";
                line += url ? url : "";
            }
            if (t == "table" || t == "table_row" || t == "table_header") {
                int cells = 0;
                if (t != "table")
                    for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) ++cells;
                else if (cmark_node* row = cmark_node_first_child(node))
                    for (cmark_node* c = cmark_node_first_child(row); c; c = cmark_node_next(c)) ++cells;
                line += " " + std::to_string(cells);
            }
            std::cout << line << "\n";
        }
        if (!leaf) ++depth;
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return 0;
}
