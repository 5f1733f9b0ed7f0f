#pragma once
// Free text from a plan (notes, success measures, the vision) as HTML, read
// as CommonMark with GitHub's strikethrough and autolinks.
//
// Safe by construction, because a committee paper goes out unchanged:
// - raw HTML is kept as the characters typed, never as markup;
// - images become their alt text (a paper makes no external request);
// - links keep only http, https and mailto targets; any other link becomes
//   its text (javascript:, data:, relative paths);
// - headings become paragraphs, so plan text cannot break the paper's outline;
// - nesting deeper than 32 (emphasis in emphasis, quotes in quotes...) is
//   shown as its text, and no walk of the tree recurses.
#include <string>
#include <string_view>

namespace plan {

std::string commonmark_html(std::string_view text);

// The same, always through cmark-gfm: commonmark_html() writes a plain
// sentence (letters, digits and punctuation that start no CommonMark
// construct) itself, and the tests hold the two to the same bytes.
std::string commonmark_html_by_cmark(std::string_view text);

}  // namespace plan
