#!/bin/sh
# tests/verify/check.sh BIN BUILD [FILE...]
#
# The verifier's test corpus. Every tests/verify/*.oasm file is a small module that says
# what `oak --verify-only` must make of it, in a comment line:
#
#   ; expect verify error: Bad.bar(I)I at pc 4: expected int on stack, found null
#       exit status 1, stderr contains "java.lang.VerifyError: " + the text
#   ; expect error: java.lang.ClassFormatError: TEXT
#       exit status 1, stderr contains the text as written (for defects that the
#       linker, not the verifier, rejects)
#   ; expect verify ok
#       exit status 0 (the file's name starts with ok_)
#
# and optionally
#
#   ; ulimit-v: KIB
#       run oak with its address space limited to KIB KiB (ulimit -v), for cases about the
#       verifier's memory use; not applied when oak is built with AddressSanitizer, which
#       needs a huge address space
#
# Each file is assembled to BUILD/verify/NAME.oak with BIN/oakasm, then checked with
# BIN/oak --verify-only. An exit status >= 124 (a crash, or the 10 s timeout) is a failure
# whatever the expectation. Prints a FAIL line per failure and a summary; exits 1 if any
# case failed, 2 on bad usage.
set -u

BIN=${1:?usage: tests/verify/check.sh BIN BUILD [FILE...]}
BUILD=${2:?usage: tests/verify/check.sh BIN BUILD [FILE...]}
shift 2
for tool in oak oakasm; do
    if [ ! -x "$BIN/$tool" ]; then
        echo "check.sh: $BIN/$tool is not an executable" >&2
        exit 2
    fi
done
dir=$(cd "$(dirname "$0")" && pwd)
out="$BUILD/verify"
mkdir -p "$out" || exit 2
if [ $# -eq 0 ]; then
    set -- "$dir"/*.oasm
fi

if command -v timeout >/dev/null 2>&1; then
    run_oak() { timeout 10 "$BIN/oak" "$@"; }
else
    run_oak() { "$BIN/oak" "$@"; }
fi

asan=0
if ldd "$BIN/oak" 2>/dev/null | grep -q libasan; then asan=1; fi

pass=0
fail=0

failed() { # FILE WHY
    fail=$((fail + 1))
    echo "FAIL: $1: $2"
    if [ -s "$err" ]; then sed 's/^/    stderr: /' "$err" | head -5; fi
}

for f in "$@"; do
    name=$(basename "$f" .oasm)
    mod="$out/$name.oak"
    err="$out/$name.err"
    : >"$err"
    # the first expectation line decides
    line=$(grep -m1 -E '^[[:space:]]*;[[:space:]]*expect (verify error|error|verify ok)' "$f")
    case $line in
    *"expect verify error:"*)
        kind=error
        want="java.lang.VerifyError: $(printf '%s\n' "$line" | sed -E 's/^[^:]*expect verify error:[[:space:]]*//')"
        ;;
    *"expect error:"*)
        kind=error
        want=$(printf '%s\n' "$line" | sed -E 's/^[^:]*expect error:[[:space:]]*//')
        ;;
    *"expect verify ok"*)
        kind=ok
        want=
        ;;
    *)
        failed "$f" "no '; expect verify error: ...', '; expect error: ...' or '; expect verify ok' line"
        continue
        ;;
    esac
    case $name in
    ok_*) [ $kind = ok ] || { failed "$f" "an ok_ file must expect 'verify ok'"; continue; } ;;
    *) [ $kind = error ] || { failed "$f" "only ok_ files may expect 'verify ok'"; continue; } ;;
    esac
    if ! "$BIN/oakasm" "$f" -o "$mod" 2>"$err"; then
        failed "$f" "does not assemble"
        continue
    fi
    limit=$(sed -n -E 's/^[[:space:]]*;[[:space:]]*ulimit-v:[[:space:]]*([0-9]+).*/\1/p' "$f" | head -n 1)
    if [ -n "$limit" ] && [ $asan -eq 0 ]; then
        (ulimit -v "$limit" && run_oak --verify-only "$mod") >"$out/$name.out" 2>"$err"
    else
        run_oak --verify-only "$mod" >"$out/$name.out" 2>"$err"
    fi
    st=$?
    if [ $st -ge 124 ]; then
        failed "$f" "crashed or timed out (exit status $st)"
    elif [ $kind = ok ]; then
        if [ $st -ne 0 ]; then
            failed "$f" "rejected (exit status $st), expected to verify"
        else
            pass=$((pass + 1))
        fi
    elif [ $st -eq 0 ]; then
        failed "$f" "accepted (exit status 0), expected: $want"
    elif [ $st -ne 1 ]; then
        failed "$f" "exit status $st, expected 1"
    elif ! grep -qF -- "$want" "$err"; then
        failed "$f" "stderr does not contain: $want"
    else
        pass=$((pass + 1))
    fi
done

echo "verify: $pass passed, $fail failed ($((pass + fail)) cases)"
[ $fail -eq 0 ]
