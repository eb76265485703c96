#!/bin/sh
# Profiles one docloc command with callgrind and prints the top functions, inclusive and exclusive.
#
#   Benchmarks/profile.sh [docloc arguments...]     (default: check --content ../shared/corpus/m365 --format json)
#
# Valgrind 3.19 (Debian bookworm) cannot read the DWARF 5 debug info Swift 6 writes ("unhandled dwarf2 abbrev
# form code 0x25 ... Giving up"), so the profiled binary is a copy with the debug sections stripped: the symbol
# table stays, so functions keep their names. Output: Benchmarks/out/profile/{callgrind.out,inclusive.txt,self.txt}.
set -eu
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- check --content ../shared/corpus/m365 --format json
command -v valgrind >/dev/null || { echo "profile.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
BIN="$(${SWIFT:-swift} build -c release --show-bin-path)/docloc"
OUTDIR=Benchmarks/out/profile
mkdir -p "$OUTDIR"
objcopy --strip-debug "$BIN" "$OUTDIR/docloc"
valgrind --tool=callgrind --callgrind-out-file="$OUTDIR/callgrind.out" "$OUTDIR/docloc" "$@" >/dev/null 2>"$OUTDIR/valgrind.log" || true
demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
callgrind_annotate --inclusive=yes "$OUTDIR/callgrind.out" | demangle > "$OUTDIR/inclusive.txt"
callgrind_annotate "$OUTDIR/callgrind.out" | demangle > "$OUTDIR/self.txt"
echo "== inclusive (docloc functions)"
grep -E '\[.*/docloc\]' "$OUTDIR/inclusive.txt" | head -40 | cut -c1-160
echo "== self (all)"
sed -n '/file:function/,$p' "$OUTDIR/self.txt" | sed -n '3,27p' | cut -c1-160
echo "profile.sh: full listings in $OUTDIR/ (callgrind_annotate, kcachegrind)"
