#!/bin/sh
# fuzz/seeds.sh BIN OUT: the fuzzers' seed corpus.
#
# Assembles every tests/**/*.oasm, samples/*.oasm, fuzz/regressions/*.oasm and
# stdlib/bootstrap.oasm with BIN/oakasm into OUT (one NAME.oak per file, NAME from its path:
# tests/verify/flow_x.oasm -> tests_verify_flow_x.oak), and copies the malformed-module
# corpus (tests/malformed/*.bin: near misses the reader must reject) and the binary inputs
# of fuzz/regressions/. Files that do not assemble (a few test cases may be meant not to)
# are skipped and counted. Run from the repository root. Exit status 0 unless BIN/oakasm
# is missing or nothing assembled.
set -u
BIN=${1:?usage: fuzz/seeds.sh BIN OUT}
OUT=${2:?usage: fuzz/seeds.sh BIN OUT}
if [ ! -x "$BIN/oakasm" ]; then
    echo "seeds.sh: $BIN/oakasm is not an executable (run make first)" >&2
    exit 2
fi
mkdir -p "$OUT" || exit 2
ok=0
skipped=0
for f in $(find tests samples fuzz/regressions -name '*.oasm' | sort) stdlib/bootstrap.oasm; do
    name=$(echo "${f%.oasm}" | tr '/' '_')
    if "$BIN/oakasm" "$f" -o "$OUT/$name.oak" >/dev/null 2>&1; then
        ok=$((ok + 1))
    else
        rm -f "$OUT/$name.oak"
        skipped=$((skipped + 1))
    fi
done
copied=0
for f in tests/malformed/*.bin fuzz/regressions/*; do
    [ -f "$f" ] || continue
    case "$f" in *.md|*.txt|*.oasm) continue ;; esac
    cp "$f" "$OUT/$(echo "$f" | tr '/' '_')"
    copied=$((copied + 1))
done
echo "seeds.sh: $ok modules assembled into $OUT ($skipped did not assemble), $copied binary inputs copied"
[ "$ok" -gt 0 ]
