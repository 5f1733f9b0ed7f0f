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
