# Set-up, build and test on Debian 12. `make demo` and `make test` install
# what is missing (apt-get), build, and run; see README.md.
.PHONY: all deps build demo test test-release test-asan bench fuzz clean

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

all: build

deps:
	@tools/install-deps

build: deps
	@cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build build/release -j $(JOBS)

# The main job on the main example, at the date the example describes.
demo: build
	build/release/cli/plan validate examples/leicestershire-2017 --as-of 2017-10-31
	build/release/cli/plan status examples/leicestershire-2017 --as-of 2017-10-31

# Every test, in a release build and again under ASan and UBSan.
test: test-release test-asan

test-release: build
	ctest --test-dir build/release --output-on-failure -j $(JOBS)

test-asan: deps
	@cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 -DPLAN_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build build/asan -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir build/asan --output-on-failure -j $(JOBS)

clean:
	rm -rf build
