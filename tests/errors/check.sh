#!/bin/bash
# tests/errors/check.sh BIN [FILE...]           (run by make programs)
# tests/errors/check.sh --javac [FILE...]       (checks the corpus itself against javac)
#
# The compile-error corpus. Every tests/errors/*.java file is a program with one or more
# compile errors, each marked by a comment on the offending line:
#
#   int x = "s";   // expect error: incompatible types: String cannot be converted to int
#
# (or `/* expect error: TEXT */` where a line comment cannot go, e.g. before a text block).
# For each file, `BIN/oakc -o OUT FILE` must
#   - exit with status 1 (a status >= 124 is a crash or the 60 s timeout: always a failure),
#   - report, for every marked line L, an error `FILE:L:COL: error: MSG` whose MSG contains
#     the expected text,
#   - report no error on an unmarked line, unless the file says `// allow extra errors`
#     (for javac's own cascades after an error).
# The expected texts are javac 17's messages. Files marked `// oak-only` expect Oak's own
# messages for constructs javac accepts (`lambda expressions are not supported yet`, ...).
#
# --javac: checks the corpus against the JDK instead: for every file not marked
# `// oak-only`, javac must reject it with an error on each marked line containing the
# text, and (without `// allow extra errors`) on no other line; for an oak-only file,
# javac must accept it. Use it after adding a file.
#
# Prints a FAIL line per failing file and a summary; exit status 0 if all passed, 1 if
# not, 2 on bad usage.
set -u
usage() { echo "usage: tests/errors/check.sh BIN [FILE...] | tests/errors/check.sh --javac [FILE...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
mode=oak
if [ "$1" = --javac ]; then
    mode=javac
    command -v javac >/dev/null || { echo "check.sh: javac not found" >&2; exit 2; }
else
    BIN=$1
    [ -x "$BIN/oakc" ] || { echo "check.sh: $BIN/oakc is not an executable" >&2; exit 2; }
fi
shift
dir=$(dirname "$0")
if [ $# -eq 0 ]; then
    set -- "$dir"/*.java
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

pass=0
fail=0
for f in "$@"; do
    why=()
    oakonly=0
    grep -q '^[[:space:]]*//[[:space:]]*oak-only' "$f" && oakonly=1
    allow=0
    grep -q '//[[:space:]]*allow extra errors' "$f" && allow=1
    # the expectations: LINE<TAB>TEXT
    grep -n -E '(//|/\*)[[:space:]]*expect error:' "$f" |
        sed -E 's@^([0-9]+):.*(//|/\*)[[:space:]]*expect error:[[:space:]]*(.*[^[:space:]])[[:space:]]*$@\1\t\3@; s@[[:space:]]*\*/.*$@@' >"$tmp/want"
    if [ ! -s "$tmp/want" ]; then
        echo "FAIL $f: no '// expect error:' line"; fail=$((fail + 1)); continue
    fi
    if [ $mode = oak ]; then
        timeout 60 "$BIN/oakc" -o "$tmp/out.oak" "$f" >"$tmp/out" 2>&1
        rc=$?
        if [ $rc -ge 124 ]; then
            why+=("oakc crashed or timed out (exit $rc)")
        elif [ $rc -ne 1 ]; then
            why+=("oakc exits with $rc, expected 1")
        fi
    else
        if [ $oakonly = 1 ]; then
            if ! javac -d "$tmp" "$f" >"$tmp/out" 2>&1; then
                why+=("oak-only, but javac rejects it:"$'\n'"$(grep ': error: ' "$tmp/out" | head -5 | sed 's/^/    /')")
            fi
            rm -rf "${tmp:?}"/*.class
            if [ ${#why[@]} -eq 0 ]; then pass=$((pass + 1)); else
                for w in "${why[@]}"; do echo "FAIL $f: $w"; done; fail=$((fail + 1)); fi
            continue
        fi
        javac -d "$tmp" "$f" >"$tmp/out" 2>&1
        rc=$?
        rm -rf "${tmp:?}"/*.class
        [ $rc -eq 0 ] && why+=("javac accepts it")
        # javac: FILE:LINE: error: MSG (no column)
        sed -i -E 's@^([^:]*):([0-9]+): error: @\1:\2:0: error: @' "$tmp/out"
    fi
    # the errors reported: LINE<TAB>MESSAGE
    sed -n -E 's@^[^:]*:([0-9]+):[0-9]+: error: (.*)$@\1\t\2@p' "$tmp/out" >"$tmp/got"
    while IFS=$'\t' read -r line text; do
        if ! awk -F '\t' -v l="$line" -v t="$text" '$1 == l && index($2, t) { found = 1 } END { exit !found }' "$tmp/got"; then
            got=$(awk -F '\t' -v l="$line" '$1 == l { print $2 }' "$tmp/got" | head -3 | tr '\n' '|')
            why+=("line $line: no error containing '$text'${got:+ (errors there: $got)}")
        fi
    done <"$tmp/want"
    if [ $allow = 0 ]; then
        while IFS=$'\t' read -r line text; do
            if ! awk -F '\t' -v l="$line" '$1 == l { found = 1 } END { exit !found }' "$tmp/want"; then
                why+=("unexpected error on line $line: $text")
            fi
        done <"$tmp/got"
    fi
    if [ ${#why[@]} -eq 0 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        for w in "${why[@]}"; do echo "FAIL $f: $w"; done
        if [ $mode = oak ] && [ -s "$tmp/out" ]; then head -6 "$tmp/out" | sed 's/^/    oakc: /'; fi
    fi
done
what=$([ $mode = oak ] && echo "oakc" || echo "javac")
echo "errors ($what): $pass passed, $fail failed ($# files)"
[ $fail -eq 0 ]
