#!/bin/sh
# roundtrip.sh BIN BUILD: the assembler/disassembler loop on every .oasm file we have.
#
# For each tests/**/*.oasm, samples/*.oasm and stdlib/*.oasm: assemble it (A.oak),
# disassemble that with oakp, reassemble the text (B.oak) and require A.oak == B.oak byte
# for byte; then require that oakp prints B.oak exactly as it printed A.oak. Files that are
# not meant to assemble carry a line "; roundtrip: skip". Work files go to
# BUILD/roundtrip/. Exit 1 if any file fails, 2 on bad usage.
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 BIN BUILD" >&2
    exit 2
fi
mkdir -p "$2" || exit 2
BIN=$(cd "$1" && pwd) || exit 2
BUILD=$(cd "$2" && pwd) || exit 2
cd "$(dirname "$0")/../.." || exit 2

OUT="$BUILD/roundtrip"
LIST="$OUT/files.txt"
mkdir -p "$OUT"
find tests samples stdlib -name '*.oasm' -type f 2>/dev/null | LC_ALL=C sort > "$LIST"

n=0 skipped=0 failed=0
while IFS= read -r f; do
    if grep -q '^[[:space:]]*;[[:space:]]*roundtrip:[[:space:]]*skip' "$f"; then
        skipped=$((skipped + 1))
        continue
    fi
    n=$((n + 1))
    w="$OUT/${f%.oasm}"
    mkdir -p "$(dirname "$w")"
    why=""
    if ! "$BIN/oakasm" "$f" -o "$w.oak" 2>"$w.err"; then
        why="does not assemble: $(head -n 3 "$w.err")"
    elif ! "$BIN/oakp" "$w.oak" >"$w.dis.oasm" 2>"$w.err"; then
        why="oakp fails: $(head -n 3 "$w.err")"
    elif ! "$BIN/oakasm" "$w.dis.oasm" -o "$w.re.oak" 2>"$w.err"; then
        why="disassembly does not reassemble: $(head -n 3 "$w.err")"
    elif ! cmp -s "$w.oak" "$w.re.oak"; then
        why="reassembled module differs ($(cmp "$w.oak" "$w.re.oak" 2>&1 | head -n 1))"
    elif ! "$BIN/oakp" "$w.re.oak" >"$w.dis2.oasm" 2>"$w.err" ||
        ! cmp -s "$w.dis.oasm" "$w.dis2.oasm"; then
        why="second disassembly differs from the first"
    fi
    if [ -n "$why" ]; then
        echo "FAIL $f: $why" >&2
        failed=$((failed + 1))
    fi
done < "$LIST"

echo "roundtrip: $n files, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
