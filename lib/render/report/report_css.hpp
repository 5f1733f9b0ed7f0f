#pragma once
// The paper's stylesheet, inlined into every HTML paper.
namespace plan {

const char* report_css();

}  // namespace plan
