#include <doctest/doctest.h>

#include "load/strict_parse.hpp"

using namespace plan;

namespace {
struct Result {
    std::optional<YNode> tree;
    Diagnostics d;
};
Result parse(const std::string& text) {
    Result r;
    r.tree = strict_parse(text, 0, r.d);
    return r;
}
std::string checks(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d) s += (s.empty() ? "" : ",") + x.check;
    return s;
}
}  // namespace

TEST_CASE("strict parse: a plain mapping with positions") {
    auto r = parse("a: 1\nb:\n  - x\n  - 'y'\n");
    REQUIRE(r.tree);
    CHECK(r.d.empty());
    const YNode* b = r.tree->find("b");
    REQUIRE(b);
    CHECK(b->kind == YNode::sequence);
    CHECK(b->key_line == 2);
    CHECK(b->children[1].quoted);
    CHECK(b->children[1].line == 4);
    CHECK(b->children[1].col == 5);
}

TEST_CASE("strict parse: duplicate keys name both lines, in block and flow style") {
    auto r = parse("a: 1\nb: 2\na: 3\n");
    REQUIRE(r.d.size() == 1);
    CHECK(r.d[0].message == "duplicate key 'a': it is already set on line 1; keep one of them");
    CHECK(r.d[0].pos.line == 3);
    CHECK(checks(parse("{a: 1, \"a\": 2}").d) == "duplicate-key");
}

TEST_CASE("strict parse: anchors, aliases, tags and merge keys are refused") {
    CHECK(checks(parse("a: &x 1\nb: *x\n").d) == "yaml-anchor,yaml-alias");
    CHECK(checks(parse("a: !!str 1\n").d) == "yaml-tag");
    CHECK(checks(parse("a: {b: 1}\nc:\n  <<: {b: 2}\n").d) == "yaml-merge-key");
}

TEST_CASE("strict parse: several documents, lone punctuation and deep nesting stop the parse") {
    CHECK(checks(parse("a: 1\n---\nb: 2\n").d) == "multiple-documents");
    auto comma = parse(",");
    CHECK(!comma.tree);
    CHECK(checks(comma.d) == "yaml-syntax");
    CHECK(checks(parse(std::string(100, '[') + std::string(100, ']')).d) == "nesting-depth");
    std::string block;
    for (int i = 0; i < 40; ++i) block += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
    CHECK(checks(parse(block).d) == "nesting-depth");
}

TEST_CASE("strict parse: an unclosed quote that swallows the next field is caught") {
    auto r = parse("title: \"Reduce voids\nowner: Housing\n");
    CHECK(checks(r.d) == "unclosed-quote");
    CHECK(r.d[0].pos.line == 1);
    // A quoted value legitimately folded over lines is fine.
    CHECK(parse("title: \"Reduce voids\n  in the east\"\n").d.empty());
}

TEST_CASE("strict parse: syntax errors carry yaml-cpp's position") {
    auto r = parse("a: [1, 2\nb: 3\n");
    CHECK(!r.tree);
    REQUIRE(r.d.size() == 1);
    CHECK(r.d[0].check == "yaml-syntax");
    CHECK(r.d[0].pos.line >= 1);
}

TEST_CASE("strict parse: an empty file is an empty tree") {
    auto r = parse("");
    REQUIRE(r.tree);
    CHECK(r.tree->kind == YNode::null);
}

TEST_CASE("strict parse: characters made by escapes follow the pre-scan's rules") {
    for (const char* value : {"\"a \\e[2J b\"", "\"a \\x00 b\"", "\"a \\u202E b\"", "\"a \\uFEFF b\"", "\"a \\x7f b\"",
                              "\"a \\r b\"", "\"a \\N b\"", "\"a \\x9b b\""}) {
        auto r = parse(std::string("title: ") + value + "\n");
        CAPTURE(value);
        CHECK(checks(r.d) == "encoding");
        REQUIRE(!r.d.empty());
        CHECK(r.d[0].pos.line == 1);
        CHECK(r.d[0].pos.col == 8);
    }
    // Behind a tag or an anchor, yaml-cpp marks the value at the tag: the
    // quote is found after it.
    CHECK(checks(parse("title: ! \"a \\e b\"\n").d) == "encoding");
    CHECK(checks(parse("title: &x \"a \\e b\"\n").d) == "yaml-anchor,encoding");
    CHECK(checks(parse("title: ! \"open\nnext: 1\n").d) == "unclosed-quote");
    // Escapes in keys too; and ordinary escapes are fine.
    CHECK(checks(parse("\"ti\\etle\": x\n").d) == "encoding");
    CHECK(parse("title: \"caf\\u00e9, tab\\t, line\\n, \\\"quoted\\\"\"\n").d.empty());
    // yaml-cpp writes "\_" as a lone 0xA0 byte: it becomes a real no-break space.
    auto nbsp = parse("title: \"a\\_b\"\n");
    CHECK(nbsp.d.empty());
    REQUIRE(nbsp.tree);
    REQUIRE(nbsp.tree->find("title"));
    CHECK(nbsp.tree->find("title")->text == "a\xC2\xA0" "b");
}

TEST_CASE("strict parse: a quote never closed before the end of the file is caught") {
    auto r = parse("a: 1\nsuccess: \"Everyone trained\n");
    CHECK(checks(r.d) == "unclosed-quote");
    CHECK(r.d[0].pos.line == 2);
    CHECK(checks(parse("a: 'open\n").d) == "unclosed-quote");
}

TEST_CASE("strict parse: directives other than %YAML 1.2 are refused") {
    auto r = parse("# comment\n%YAML 1.1\n---\na: no\n");
    CHECK(!r.tree);
    CHECK(checks(r.d) == "yaml-syntax");
    CHECK(r.d[0].pos.line == 2);
    CHECK(r.d[0].message.find("'%YAML 1.1'") != std::string::npos);
    CHECK(checks(parse("%TAG ! tag:example.com,2000:\n---\na: 1\n").d) == "yaml-syntax");
    CHECK(parse("%YAML 1.2\n---\na: 1\n").d.empty());
    CHECK(parse("%YAML 1.2\t # the version plan reads\n---\na: 1\n").d.empty());
    CHECK(parse("a: \"100%\"\n").d.empty());
}

TEST_CASE("strict parse: an empty value is placed on its key's line, after the colon") {
    auto r = parse("item:\n  due:\n  status: open\n");
    REQUIRE(r.tree);
    const YNode* item = r.tree->find("item");
    REQUIRE(item);
    const YNode* due = item->find("due");
    REQUIRE(due);
    CHECK(due->kind == YNode::null);
    CHECK(due->line == 2);
    CHECK(due->col == 7);
    auto q = parse("\"d: x\":   # empty\nb: 1\n");
    REQUIRE(q.tree);
    const YNode* quoted = q.tree->find("d: x");
    REQUIRE(quoted);
    CHECK(quoted->line == 1);
    CHECK(quoted->col == 8);
}

TEST_CASE("strict parse: a key longer than YAML's 1,024 characters is named as a key") {
    auto r = parse("item:\n  due: 1\n  " + std::string(2000, 'k') + ": x\n");
    REQUIRE(!r.d.empty());
    CHECK(r.d[0].check == "yaml-key");
    CHECK(r.d[0].pos.line == 3);
    CHECK(r.d[0].pos.col == 3);
}

TEST_CASE("strict parse: columns count characters, not bytes, after multi-byte text") {
    // "Renée 日本" is 8 characters in 13 bytes.
    auto r = parse("leads: [\"Ren\xC3\xA9" "e \xE6\x97\xA5\xE6\x9C\xAC\", x]\nb: {t: \xF0\x9F\x98\x80, k: v}\n");
    REQUIRE(r.tree);
    const YNode* leads = r.tree->find("leads");
    REQUIRE(leads);
    CHECK(leads->children[1].col == 21);
    const YNode* b = r.tree->find("b");
    REQUIRE(b);
    REQUIRE(b->find("k"));
    CHECK(b->find("k")->key_col == 11);
    CHECK(b->find("k")->col == 14);

    auto dup = parse("a: {\xC3\xA9\xC3\xA9: 1, \xC3\xA9\xC3\xA9: 2}\n");
    REQUIRE(dup.d.size() == 1);
    CHECK(dup.d[0].pos.col == 12);

    auto bad = parse("title: \"\xE6\x97\xA5\xE6\x9C\xAC\" x: y\n");  // yaml-syntax after the quoted text
    REQUIRE(bad.d.size() == 1);
    CHECK(bad.d[0].pos.line == 1);
    CHECK(bad.d[0].pos.col <= 13);  // within the 12 characters of the line, not at byte 17
}
