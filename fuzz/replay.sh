#!/bin/sh
# fuzz/replay.sh BIN [BUILD]: runs every input kept in fuzz/regressions/ (binary modules,
# and hand-written reproducers as .oasm, assembled with BIN/oakasm) through both fuzz
# harnesses, built without libFuzzer (fuzz/driver.c supplies main()), and fails on any
# crash, sanitizer report, abort, exit or timeout. An input named NAME.repeatN.EXT runs N
# times in one process (fuzz/driver.c), the others once: some bugs need the state earlier
# runs leave behind, as during fuzzing (a GC heap already at its limit).
#
# BIN is the directory of the oak build to follow (bin, build/asan/bin): the standard
# library is BIN/../lib/java.base.oak, and if BIN/oak links AddressSanitizer the harnesses
# are built with -fsanitize=address,undefined too. BUILD (default: build for BIN=bin, else
# the parent of BIN) receives BUILD/fuzz-replay/. The Oak library (the harnesses leave the
# JIT off, but the VM links it) is compiled again there
# with $CC (default gcc) and -DOAK_BUDGET (the run harness needs a bounded interpreter);
# vm/natives.c with -Dexit=oak_fuzz_system_exit and vm/class.c with -Dexit=oak_fuzz_vm_exit
# as in fuzz/fuzz.mk. Run from the repository root. Exit status: 0 if every input passed
# both harnesses, 1 if any failed, 2 on a usage or build error.
set -u
BIN=${1:?usage: fuzz/replay.sh BIN [BUILD]}
if [ $# -ge 2 ]; then
    BUILD=$2
elif [ "$BIN" = bin ]; then
    BUILD=build
else
    BUILD=$(dirname "$BIN")
fi
CC=${CC:-gcc}
LIB="$BIN/../lib/java.base.oak"
if [ ! -f "$LIB" ]; then
    echo "replay.sh: no standard library at $LIB (run make first)" >&2
    exit 2
fi
LIB="$(cd "$(dirname "$LIB")" && pwd)/java.base.oak"
OUT="$BUILD/fuzz-replay"
mkdir -p "$OUT/obj" || exit 2

CFLAGS="-std=gnu11 -g -O1 -fno-strict-aliasing -fwrapv -Iloader -Ivm -Iverifier -Ijit -DOAK_BUDGET=1"
LDFLAGS=""
if [ -x "$BIN/oak" ] && ldd "$BIN/oak" 2>/dev/null | grep -q libasan; then
    CFLAGS="$CFLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
    LDFLAGS="-fsanitize=address,undefined"
fi

# Build (again) when a source, this script or the flags changed.
SRCS=$(ls loader/*.c vm/*.c verifier/*.c jit/*.c 2>/dev/null | grep -v '_main\.c$')
stamp="$OUT/flags"
need=0
if [ ! -x "$OUT/replay_load" ] || [ ! -x "$OUT/replay_run" ] || [ ! -f "$stamp" ] ||
    [ "$(cat "$stamp")" != "$CC $CFLAGS" ]; then
    need=1
elif [ -n "$(find loader vm verifier jit fuzz -newer "$OUT/replay_run" \( -name '*.c' -o -name '*.h' -o -name '*.sh' \) | head -1)" ]; then
    need=1
fi
if [ $need -eq 1 ]; then
    echo "replay.sh: building the harnesses with $CC into $OUT"
    objs=""
    for src in $SRCS; do
        o="$OUT/obj/$(echo "${src%.c}" | tr '/' '_').o"
        extra=""
        case "$src" in
        vm/natives.c) extra="-Dexit=oak_fuzz_system_exit" ;;
        vm/class.c) extra="-Dexit=oak_fuzz_vm_exit" ;;
        esac
        $CC $CFLAGS $extra -c "$src" -o "$o" || exit 2
        objs="$objs $o"
    done
    for h in load run; do
        $CC $CFLAGS -DOAK_FUZZ_STDLIB="\"$LIB\"" -c "fuzz/fuzz_$h.c" -o "$OUT/obj/fuzz_$h.o" || exit 2
    done
    $CC $CFLAGS -c fuzz/driver.c -o "$OUT/obj/driver.o" || exit 2
    for h in load run; do
        $CC $LDFLAGS -o "$OUT/replay_$h" "$OUT/obj/fuzz_$h.o" "$OUT/obj/driver.o" $objs -lgccjit -lgc -lm -lpthread -ldl || exit 2
    done
    echo "$CC $CFLAGS" >"$stamp"
fi

if command -v timeout >/dev/null 2>&1; then TIMEOUT="timeout 60"; else TIMEOUT=""; fi
pass=0
fail=0
for f in fuzz/regressions/*; do
    [ -f "$f" ] || continue
    case "$f" in *.md|*.txt) continue ;; esac
    name=$(basename "$f")
    input=$f
    case "$f" in
    *.oasm) # hand-written reproducers are kept as assembly
        input="$OUT/${name%.oasm}.oak"
        if ! "$BIN/oakasm" "$f" -o "$input" 2>"$OUT/$name.asm.err"; then
            fail=$((fail + 1))
            echo "FAIL: $f: does not assemble (log: $OUT/$name.asm.err)"
            continue
        fi ;;
    esac
    REPEAT=$(echo "$name" | sed -n 's/.*\.repeat\([0-9][0-9]*\)\..*/\1/p')
    REPEAT=${REPEAT:-1}
    for h in load run; do
        err="$OUT/$name.$h.err"
        OAK_FUZZ_STDLIB="$LIB" OAK_FUZZ_REPEAT=$REPEAT $TIMEOUT "$OUT/replay_$h" "$input" >/dev/null 2>"$err"
        rc=$?
        if [ $rc -eq 0 ]; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL: $f: fuzz_$h harness: exit status $rc (log: $err)"
            grep -E 'ERROR|SUMMARY|runtime error|oak fuzz:|oak:' "$err" | head -5 | sed 's/^/    /'
        fi
    done
done
echo "replay.sh: $((pass + fail)) runs (fuzz/regressions through the load and run harnesses): $pass passed, $fail failed"
[ $fail -eq 0 ]
