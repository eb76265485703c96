#!/bin/sh
# Builds the libFuzzer target for the article parser and renderer and runs it (`make fuzz`).
#
# The sources of DocLoc and Fuzz/*.swift are compiled as one module with -sanitize=fuzzer,address; the
# dependencies (Yams, swift-mustache, swift-crypto) are linked from the ordinary debug build, uninstrumented.
# The seed corpus is every .md file of the content folder and of ../shared/corpus/m365, copied into a
# temporary folder at run time; findings (crash-*, timeout-*, oom-*) land in Fuzz/findings/ (not in git).
#
#   FUZZ_SECONDS   how long to run (default 600)
#   FUZZ_SEEDS     extra seed folders, space-separated
set -eu
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${FUZZ_SECONDS:-600}
SCRATCH=.build-fuzz
BIN=$SCRATCH/docloc-fuzz

swift build --build-tests >/dev/null
DEBUG=$(swift build --show-bin-path)

mkdir -p "$SCRATCH" Fuzz/findings
objects=""
for target in Yams CYaml Mustache Crypto CCryptoBoringSSL CCryptoBoringSSLShims CryptoBoringWrapper; do
    if [ -d "$DEBUG/$target.build" ]; then
        objects="$objects $(find "$DEBUG/$target.build" -name '*.o' | tr '\n' ' ')"
    fi
done
maps=""
for map in .build/checkouts/Yams/Sources/CYaml/include .build/checkouts/swift-crypto/Sources/CCryptoBoringSSL/include \
    .build/checkouts/swift-crypto/Sources/CCryptoBoringSSLShims/include Sources/CCmarkGFM Sources/CLibXML2 Sources/CProgramImage; do
    maps="$maps -I $map -Xcc -fmodule-map-file=$map/module.modulemap"
done
if [ ! -x "$BIN" ] || [ -n "$(find Sources/DocLoc Fuzz -name '*.swift' -newer "$BIN" | head -1)" ]; then
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -parse-as-library -module-name DocLocFuzz -g -Onone \
        -I "$DEBUG/Modules" $maps -Xcc -I/usr/include/libxml2 \
        $(find Sources/DocLoc Fuzz -name '*.swift' | sort) $objects \
        -lcmark-gfm -lcmark-gfm-extensions -lxml2 -lstdc++ -o "$BIN"
fi

SEEDS=$(mktemp -d "${TMPDIR:-/tmp}/docloc-fuzz-seeds.XXXXXX")
LIVE=$(mktemp -d "${TMPDIR:-/tmp}/docloc-fuzz-corpus.XXXXXX")
trap 'rm -rf "$SEEDS" "$LIVE"' EXIT

for dir in content ../shared/corpus/m365 ${FUZZ_SEEDS:-}; do
    [ -d "$dir" ] || continue
    find "$dir" -name '*.md' -type f | while read -r f; do cp "$f" "$SEEDS/$(printf '%s' "$f" | cksum | cut -d' ' -f1).md"; done
done
"$BIN" "$LIVE" "$SEEDS" -max_total_time="$SECONDS_TO_RUN" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix=Fuzz/findings/ -print_final_stats=1
