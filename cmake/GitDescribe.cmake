# Writes OUTPUT, a header naming the version (from project()) and the commit
# the build is configured from. Included at configure time by the top-level
# CMakeLists.txt, or run as a script:
#   cmake -DSOURCE_DIR=src -DVERSION=0.2.0 -DOUTPUT=plan_version.hpp -P GitDescribe.cmake
# A source tree that is not a git checkout of its own (a release tarball,
# even one unpacked inside another repository) gets "unknown commit".
set(plan_commit "unknown commit")
find_program(PLAN_GIT git)
if(PLAN_GIT)
  execute_process(COMMAND ${PLAN_GIT} -C "${SOURCE_DIR}" rev-parse --show-toplevel
                  OUTPUT_VARIABLE top RESULT_VARIABLE top_failed
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT top_failed)
    file(REAL_PATH "${top}" top)
    file(REAL_PATH "${SOURCE_DIR}" source_real)
  endif()
  if(NOT top_failed AND top STREQUAL source_real)
    execute_process(COMMAND ${PLAN_GIT} -C "${SOURCE_DIR}" describe --always --dirty
                    OUTPUT_VARIABLE described RESULT_VARIABLE describe_failed
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT describe_failed AND described MATCHES "^[A-Za-z0-9._/-]+$")
      set(plan_commit "${described}")
    endif()
  endif()
endif()
set(content "// Generated at configure time by cmake/GitDescribe.cmake; do not edit.\n#pragma once\n#define PLAN_VERSION \"${VERSION}\"\n#define PLAN_COMMIT \"${plan_commit}\"\n")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL content)
  file(WRITE "${OUTPUT}" "${content}")
endif()
