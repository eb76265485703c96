# docloc — two commands: `make site` and `make test`.
# Every target that builds first installs the Debian packages docloc links against, if missing.

SWIFT        ?= swift
CONFIG       ?= release
DEBS         := libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN           = $(shell $(SWIFT) build -c $(CONFIG) --show-bin-path)/docloc
# A release docloc has the Swift runtime and Foundation built in: it starts in 8 ms instead of 15 and calls the
# runtime directly (README, Performance). Every release build passes it: a build without it compiles everything again.
STATIC       := $(if $(filter release,$(CONFIG)),--static-swift-stdlib)
CONTENT      ?= content
OUT          ?= _site

.PHONY: all deps build site check test test-sanitize fuzz bench clean

all: build

# Installs only what dpkg does not already report as installed.
deps:
	@missing=""; for p in $(DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) $(STATIC) --product docloc

# The demo help site: check content/, then build it into _site/.
site: build
	@$(BIN) check --content $(CONTENT) || true
	@$(BIN) build --content $(CONTENT) --out $(OUT)
	@echo "site: open $(OUT)/index.html"

check: build
	$(BIN) check --content $(CONTENT)

# The whole suite; the end-to-end tests run the debug docloc binary that `swift build` puts beside them.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Speed and memory (issue 6): docloc check/build vs cmark-gfm's CLI and Hugo on CORPUS and generated corpora.
# Quick run: make bench BENCH_SIZES=1000 BENCH_RUNS=1. Table: Benchmarks/out/results.md.
CORPUS       ?= ../shared/corpus/m365
bench: deps
	CORPUS="$(CORPUS)" SWIFT="$(SWIFT)" python3 Benchmarks/run.py

# The suite under AddressSanitizer, then ThreadSanitizer, each in its own scratch folder (slow: a full build each).
# LeakSanitizer stays on, with the toolchain's own leaks (XCTest, Foundation's Process) suppressed: Tests/lsan.supp.
test-sanitize: deps
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize address
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp:print_suppressions=0 \
	  $(SWIFT) test --skip-build --scratch-path .build-asan --sanitize address
	$(SWIFT) build --build-tests --scratch-path .build-tsan --sanitize thread
	$(SWIFT) test --skip-build --scratch-path .build-tsan --sanitize thread

# libFuzzer on the article parser and renderer, seeded with content/ and ../shared/corpus/m365 (Fuzz/fuzz.sh).
# FUZZ_SECONDS=1800 make fuzz runs it for half an hour; findings land in Fuzz/findings/.
fuzz: deps
	Fuzz/fuzz.sh

clean:
	rm -rf .build _site ._site.docloc-spare
