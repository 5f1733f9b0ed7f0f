# Set-up, build and test on Debian 12. `make demo` and `make test` install
# what is missing (apt-get), build, and run; see README.md.
PREFIX ?= /usr/local

.PHONY: all deps build install package demo test test-release test-asan sanitize-build bench fuzz clean browser-deps fuzz-build test-fuzz update-goldens

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

all: build

deps:
	@tools/install-deps

build: deps
	@cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build build/release -j $(JOBS)

# The binary, man pages, completions, schemas and docs under $(PREFIX)
# (default /usr/local); DESTDIR=/tmp/root stages them for packaging.
install: build
	cmake --install build/release --prefix $(PREFIX)

# A Debian package, build/release/plan_VERSION_ARCH.deb (CPack; Depends from
# dpkg-shlibdeps). Install it with: sudo apt install ./build/release/plan_*.deb
package: build
	cd build/release && cpack -G DEB

# The main job on the main example, at the date the example describes.
demo: build
	build/release/cli/plan validate examples/leicestershire-2017 --as-of 2017-10-31
	build/release/cli/plan status examples/leicestershire-2017 --as-of 2017-10-31

# Every test, in a release build and again under ASan and UBSan, then each
# fuzzer for a bounded time.
test: test-release test-asan test-fuzz

test-release: build browser-deps
	ctest --test-dir build/release --output-on-failure -j $(JOBS)

# One sanitized build serves the whole suite and the fuzzers: clang-14 with
# ASan and UBSan, the library instrumented for libFuzzer (-fsanitize=fuzzer-no-link)
# and the libFuzzer targets (tests/fuzz) built beside the tests. Without clang
# (tools/install-deps installs clang-14 and libclang-rt-14-dev) the suite is
# built with gcc's sanitizers and the fuzzers are skipped, saying so.
FUZZ_CXX ?= clang++-14
FUZZ_SECONDS ?= 15
FUZZ_LONG_SECONDS ?= 600
SAN_DIR = build/sanitize

sanitize-build: deps
	@if command -v $(FUZZ_CXX) >/dev/null 2>&1; then \
	  cmake -S . -B $(SAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=$(FUZZ_CXX) \
	    -DPLAN_SANITIZE=ON -DPLAN_FUZZ=ON "-DCMAKE_CXX_FLAGS=-O1 -fsanitize=fuzzer-no-link" $(CMAKE_FLAGS) >/dev/null; \
	elif [ "$$CI" = true ]; then \
	  echo "fuzz: FAILED: $(FUZZ_CXX) is not installed, and CI must build the fuzz targets"; exit 1; \
	else \
	  echo "fuzz: SKIPPED: $(FUZZ_CXX) is not installed; the sanitizer build uses gcc and has no fuzz targets"; \
	  cmake -S . -B $(SAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 -DPLAN_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null; \
	fi
	@cmake --build $(SAN_DIR) -j $(JOBS)

test-asan: sanitize-build
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(SAN_DIR) --output-on-failure -j $(JOBS)

# What the report's browser, PDF and .docx tests need: Debian's chromium,
# pandoc, weasyprint (--format pdf), librsvg2-bin (charts in .docx) and
# poppler-utils (reading the PDF back), and puppeteer-core and axe-core from
# npm (no browser download). A failure here does not fail the build: those
# tests then report "skipped" (and fail under CI=true where they say so).
browser-deps:
	@tools/install-deps chromium pandoc weasyprint librsvg2-bin poppler-utils || echo "browser-deps: could not install chromium, pandoc, weasyprint, librsvg2-bin and poppler-utils; the browser, PDF and pandoc tests will be skipped"
	@command -v node >/dev/null 2>&1 || tools/install-deps nodejs npm || echo "browser-deps: could not install Node; the browser test will be skipped"
	@if [ ! -d tests/browser/node_modules ]; then \
	  if command -v npm >/dev/null 2>&1; then \
	    (cd tests/browser && npm ci --no-audit --no-fund) || echo "browser-deps: npm ci failed; the browser test will be skipped"; \
	  else echo "browser-deps: npm is not installed; the browser test will be skipped"; fi; \
	fi

# libFuzzer targets (tests/fuzz), from the sanitized build: `make test` runs
# each for FUZZ_SECONDS (about a minute in all), `make fuzz` for
# FUZZ_LONG_SECONDS each. A crash or a broken invariant fails the run and
# leaves its input in build/sanitize/artifacts/.
fuzz-build: sanitize-build

test-fuzz: fuzz-build
	@tests/fuzz/run-fuzzers $(SAN_DIR) $(FUZZ_SECONDS)

fuzz: fuzz-build
	@tests/fuzz/run-fuzzers $(SAN_DIR) $(FUZZ_LONG_SECONDS)

# The benchmark (tests/bench, docs/performance.md): generates the corpora into
# build/bench-corpus/, measures plan against the baselines (a bare yaml-cpp
# parse; js-yaml + ajv and ajv-cli from npm; Taskwarrior from Debian) in the
# same run and prints medians, ratios, peak RSS and PASS/MISS per target.
# Never fails on a time. BENCH_RUNS, BENCH_SLOW_RUNS, BENCH_QUICK=1 tune it.
bench: build
	@tests/bench/run.sh build/release/cli/plan

# Rewrites every e2e golden (tests/e2e/*/*/stdout, stderr, exit) and history
# expectation from the current build; read `git diff tests/` before committing.
# Refused under CI=true (run-case checks).
update-goldens: build
	@for c in tests/e2e/*/*/; do UPDATE_GOLDEN=1 tests/e2e/run-case "$$PWD/build/release/cli/plan" "$$PWD/$$c" || exit 1; done
	@for c in tests/history/cases/*.sh; do UPDATE_GOLDEN=1 tests/history/run-case "$$PWD/build/release/cli/plan" "$$PWD/$$c" || exit 1; done
	@git status --short tests/e2e tests/history

clean:
	rm -rf build
