# Warnings for the project's own code only; third-party headers are included
# as SYSTEM so their warnings stay out of our builds.
add_library(plan_warnings INTERFACE)
target_compile_options(plan_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough)
