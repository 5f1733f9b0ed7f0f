#pragma once
// Shared by the fuzz targets: turning one fuzz input into a plan repository,
// and the invariants every output must keep. A broken invariant aborts, which
// libFuzzer reports as a crash with the input that caused it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check/check_repository.hpp"
#include "load/input_file.hpp"

namespace plan::fuzz {

// The date every target judges plans at (the fixtures' date).
Date as_of();

// Splits an input into a repository: the parts between lines of "~~~~" are
// plan.yaml, actions/a.yaml, kpis/k.yaml, kpis/l.yaml, actions/b.yml, in
// that order (seeds are the fixture files joined that way: see run-fuzzers).
std::vector<InputFile> split_repository(std::string_view data);

// Aborts with `what` and a short excerpt of `text` around `at`.
[[noreturn]] void broken(const char* what, std::string_view text, std::size_t at);

// Diagnostics: each names a check from the catalogue, and has a line and
// column unless it is a whole-file finding (io, layout, file-size, file-count).
void check_diagnostics(const CheckedRepository& checked);

// Terminal text: no C0 control but newline (and tab), no DEL, no C1 control,
// no bidi control, valid UTF-8.
void check_terminal_text(std::string_view text);

// HTML paper: every tag is one the renderer writes, no on* attributes, URLs
// only #fragment, http(s) or mailto, no comments or processing instructions.
void check_html(std::string_view html);

// Paper text (HTML or Markdown): no C0 control but newline and tab, no DEL,
// no C1 or bidi control (they reorder what readers see).
void check_paper_characters(std::string_view text);

// Markdown paper: no raw HTML, images or links once read as GitHub-flavoured
// Markdown (autolinks included).
void check_markdown(std::string_view md);

}  // namespace plan::fuzz
