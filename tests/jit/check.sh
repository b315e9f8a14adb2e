#!/bin/bash
# check.sh BIN BUILD: the JIT as the launcher shows it (the translation itself is checked
# against the interpreter by the unit tests, tests/unit/test_jit.c):
#   (a) a hot loop is entered through on-stack replacement (--mode=tiered, --stats)
#   (b) --verbose:jit logs each compile: method, bytecode size, ms, tier
#   (c) --jit-dump=DIR writes the generated IR
#   (d) --mode=jit --stats counts compiled methods and compile time
#   (e) an uncaught exception thrown in compiled code prints the interpreter's stack trace
#   (f) a bad --jit-threshold is a usage error (exit 2)
#   (g) one OSR variant of a method serves all its loops (Phases.java: three loops in main)
#   (h) OAK_JIT_LD=1: every batch linked by ld and dlopened (the loader's fallback) works
# Work files go to BUILD/jit-check/. Prints a summary; exits 1 if any check fails.
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 BIN BUILD" >&2
    exit 2
fi
mkdir -p "$2" || exit 2
BIN=$(cd "$1" && pwd) || exit 2
BUILD=$(cd "$2" && pwd) || exit 2
cd "$(dirname "$0")/../.." || exit 2
T="$BUILD/jit-check"
rm -rf "$T"
mkdir -p "$T" || exit 2
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() {
    echo "FAIL: $*"
    fail=$((fail + 1))
}
# show FILE: the first lines of a file, indented, after a failure
show() { sed 's/^/    | /' "$1" | head -n "${2:-12}"; }

"$BIN/oakasm" bench/interp/Loops.oasm -o "$T/Loops.oak" || exit 1
"$BIN/oakasm" tests/jit/Trace.oasm -o "$T/Trace.oak" || exit 1
printf '31500000\n196418\n' >"$T/loops.expected"

# ---- (a) OSR ----
# loops(3000) is called once and spends its time in a loop: with a threshold of 100 back
# edges the loop is compiled in the background while the interpreter keeps running it, and
# the interpreter then continues in compiled code at the loop header. The compile races the
# interpreter, so a slow compile on a loaded machine may miss the loop: up to 3 tries.
osr_ok=0
for try in 1 2 3; do
    "$BIN/oak" --mode=tiered --jit-threshold=100 --stats "$T/Loops.oak" >"$T/osr.out" 2>"$T/osr.err"
    rc=$?
    entries=$(awk '/jit OSR entries/ {print $NF}' "$T/osr.err")
    if [ $rc -ne 0 ] || ! cmp -s "$T/osr.out" "$T/loops.expected"; then
        bad "(a) --mode=tiered Loops.oak: exit $rc, output:"
        show "$T/osr.out"
        show "$T/osr.err"
        break
    fi
    if [ -n "$entries" ] && [ "$entries" -ge 1 ] 2>/dev/null; then
        osr_ok=1
        break
    fi
    echo "note: (a) try $try: no OSR entry (jit OSR entries: '${entries:-missing}')"
done
if [ $osr_ok -eq 1 ]; then
    ok
    # the OSR variant shows in the stats line "(N methods, M OSR variants, ...)"
    if grep -Eq 'jit compiles +[0-9]+ \([0-9]+ methods, [1-9][0-9]* OSR variants' "$T/osr.err"; then ok; else
        bad "(a) --stats does not count an OSR variant:"
        show "$T/osr.err"
    fi
elif [ "$rc" -eq 0 ]; then
    bad "(a) no OSR entry in 3 runs of --mode=tiered --jit-threshold=100 Loops.oak; last stats:"
    show "$T/osr.err"
fi

# ---- (b) --verbose:jit ----
# "[jit] Loops.loops(I)I  75 bytes  23.7 ms  jit" (tiered: "tiered", OSR: "tiered (osr @N)")
line_re='^\[jit\] [A-Za-z0-9_$./]+\.[A-Za-z0-9_$<>]+\([^)]*\)[^ ]+  [0-9]+ bytes  [0-9]+\.[0-9] ms  (jit|tiered)'
"$BIN/oak" --mode=jit --verbose:jit "$T/Loops.oak" >"$T/vj.out" 2>"$T/vj.err"
rc=$?
if [ $rc -eq 0 ] && cmp -s "$T/vj.out" "$T/loops.expected"; then ok; else
    bad "(b) --mode=jit --verbose:jit Loops.oak: exit $rc or wrong output"
    show "$T/vj.out"
fi
for m in 'Loops.loops(I)I' 'Loops.fib(I)I' 'Loops.main([Ljava/lang/String;)V'; do
    if grep -E "$line_re" "$T/vj.err" | grep -qF "[jit] $m  "; then ok; else
        bad "(b) --verbose:jit has no well-formed line for $m:"
        show "$T/vj.err"
    fi
done
# the bytecode size in the line is the method's code length (loops: 75 bytes, fib: 31)
if grep -qF '[jit] Loops.loops(I)I  75 bytes  ' "$T/vj.err" && grep -qF '[jit] Loops.fib(I)I  31 bytes  ' "$T/vj.err"; then ok; else
    bad "(b) --verbose:jit: wrong bytecode sizes (expected loops 75 bytes, fib 31 bytes):"
    show "$T/vj.err"
fi
if grep -v -E "$line_re" "$T/vj.err" | grep -q .; then
    bad "(b) --verbose:jit prints lines of another form:"
    grep -v -E "$line_re" "$T/vj.err" | head -5 | sed 's/^/    | /'
else ok; fi
"$BIN/oak" --mode=tiered --jit-threshold=100 --verbose:jit "$T/Loops.oak" >"$T/vt.out" 2>"$T/vt.err"
rc=$?
if [ $rc -eq 0 ] && cmp -s "$T/vt.out" "$T/loops.expected" && grep -E "$line_re" "$T/vt.err" | grep -q '  tiered'; then ok; else
    bad "(b) --mode=tiered --verbose:jit: exit $rc, or no 'tiered' compile line:"
    show "$T/vt.err"
fi
if grep -E "$line_re" "$T/vt.err" | grep -qE '  tiered \(osr @[0-9]+\)$'; then ok; else
    echo "note: (b) no OSR compile line in this tiered run (the compile may have lost the race)"
fi
"$BIN/oak" --mode=int --verbose:jit "$T/Loops.oak" >"$T/vi.out" 2>"$T/vi.err"
if ! grep -q '^\[jit\]' "$T/vi.err"; then ok; else
    bad "(b) --mode=int --verbose:jit logs compiles:"
    show "$T/vi.err"
fi

# ---- (c) --jit-dump=DIR ----
dump="$T/dump"
"$BIN/oak" --mode=jit --jit-dump="$dump" "$T/Loops.oak" >"$T/dump.out" 2>"$T/dump.err"
rc=$?
nfiles=$(find "$dump" -type f -size +0 2>/dev/null | wc -l)
if [ $rc -eq 0 ] && cmp -s "$T/dump.out" "$T/loops.expected" && [ "$nfiles" -ge 1 ]; then ok; else
    bad "(c) --jit-dump=$dump: exit $rc, $nfiles non-empty files"
    show "$T/dump.err"
fi
# the dump is the IR of the compiled methods: their functions are in it
if [ "$nfiles" -ge 1 ] && grep -rlq 'oak_' "$dump" 2>/dev/null; then ok; else
    bad "(c) the files in $dump do not look like the generated code (no oak_ function)"
fi
# a dump directory that cannot be created is refused
: >"$T/notadir"
"$BIN/oak" --mode=jit --jit-dump="$T/notadir/sub" "$T/Loops.oak" >"$T/dump2.out" 2>"$T/dump2.err"
rc=$?
if [ $rc -ne 0 ] && [ -s "$T/dump2.err" ]; then ok; else
    bad "(c) --jit-dump into a file's path: exit $rc, stderr:"
    show "$T/dump2.err"
fi

# ---- (d) --mode=jit --stats ----
"$BIN/oak" --mode=jit --stats "$T/Loops.oak" >"$T/stats.out" 2>"$T/stats.err"
rc=$?
methods=$(sed -n 's/.*jit compiles *[0-9]* (\([0-9]*\) methods.*/\1/p' "$T/stats.err")
if [ $rc -eq 0 ] && cmp -s "$T/stats.out" "$T/loops.expected" && [ -n "$methods" ] && [ "$methods" -gt 0 ]; then ok; else
    bad "(d) --mode=jit --stats: exit $rc, methods compiled '${methods:-missing}':"
    show "$T/stats.err" 20
fi
if grep -Eq 'jit compile time +[0-9]+\.[0-9] ms total' "$T/stats.err"; then ok; else
    bad "(d) --mode=jit --stats has no 'jit compile time' line:"
    show "$T/stats.err" 20
fi
if grep -q 'mode *jit' "$T/stats.err"; then ok; else bad "(d) --stats does not say 'mode jit'"; fi
"$BIN/oak" --mode=int --stats "$T/Loops.oak" >"$T/istats.out" 2>"$T/istats.err"
if ! grep -q 'jit compiles' "$T/istats.err" && grep -q 'mode *int' "$T/istats.err"; then ok; else
    bad "(d) --mode=int --stats shows JIT statistics or no 'mode int':"
    show "$T/istats.err" 20
fi

# ---- (e) uncaught exceptions from compiled code: the same trace as the interpreter ----
# 0: idiv three calls deep; 1: new + athrow; 2: a wrapped exception (Caused by, ... 1 more);
# 3: an exception class of the program
for k in 0 1 2 3; do
    "$BIN/oak" --mode=int "$T/Trace.oak" $k >"$T/int$k.out" 2>"$T/int$k.err"
    irc=$?
    if [ $irc -ne 1 ] || ! grep -q '^	at Trace\.' "$T/int$k.err"; then
        bad "(e) Trace $k in --mode=int: exit $irc (expected 1), stderr:"
        show "$T/int$k.err"
        continue
    fi
    for mode in "--mode=jit" "--mode=tiered --jit-threshold=1"; do
        tag=$(echo "$mode" | tr -cd 'a-z0-9')
        # shellcheck disable=SC2086
        "$BIN/oak" $mode "$T/Trace.oak" $k >"$T/$tag$k.out" 2>"$T/$tag$k.err"
        rc=$?
        if [ $rc -eq 1 ] && cmp -s "$T/int$k.out" "$T/$tag$k.out" && cmp -s "$T/int$k.err" "$T/$tag$k.err"; then ok; else
            bad "(e) Trace $k: $mode prints another trace than --mode=int (exit $rc):"
            diff "$T/int$k.err" "$T/$tag$k.err" | sed 's/^/    | /' | head -20
        fi
    done
done
# the exception really went through compiled code
"$BIN/oak" --mode=jit --verbose:jit "$T/Trace.oak" 0 >/dev/null 2>"$T/trace-vj.err"
if grep -qF '[jit] Trace.div(II)I  ' "$T/trace-vj.err" && grep -qF '[jit] Trace.mid(I)I  ' "$T/trace-vj.err"; then ok; else
    bad "(e) Trace.div and Trace.mid were not compiled in --mode=jit:"
    show "$T/trace-vj.err"
fi

# ---- (f) bad --jit-threshold ----
for v in 0 abc "" -5 12x 1e3 99999999999; do
    "$BIN/oak" --jit-threshold="$v" "$T/Loops.oak" >"$T/thr.out" 2>"$T/thr.err"
    rc=$?
    if [ $rc -eq 2 ] && grep -q 'jit-threshold' "$T/thr.err" && [ ! -s "$T/thr.out" ]; then ok; else
        bad "(f) --jit-threshold='$v': exit $rc (expected 2 and a message), stderr:"
        show "$T/thr.err" 3
    fi
done
# a good one works in every mode
for mode in int jit tiered; do
    "$BIN/oak" --mode=$mode --jit-threshold=1 "$T/Loops.oak" >"$T/thr1.out" 2>"$T/thr1.err"
    rc=$?
    if [ $rc -eq 0 ] && cmp -s "$T/thr1.out" "$T/loops.expected"; then ok; else
        bad "(f) --mode=$mode --jit-threshold=1: exit $rc or wrong output"
        show "$T/thr1.err"
    fi
done

# ---- (g) one OSR variant, every loop header ----
# main's first loop (2,000 iterations) makes main hot and is over long before the OSR
# compile it queued is done; the interpreter is in the second loop (3 million) by then, and
# enters the variant at that loop's header. One OSR compile of main, at least one entry.
"$BIN/oakc" -o "$T/Phases.oak" tests/jit/Phases.java || exit 1
"$BIN/oak" --mode=int "$T/Phases.oak" >"$T/phases.expected" 2>&1 || bad "(g) --mode=int Phases.oak failed"
phases_ok=0
variants=0
for try in 1 2 3; do
    "$BIN/oak" --mode=tiered --jit-threshold=100 --stats --verbose:jit "$T/Phases.oak" >"$T/phases.out" 2>"$T/phases.err"
    rc=$?
    if [ $rc -ne 0 ] || ! cmp -s "$T/phases.out" "$T/phases.expected"; then
        bad "(g) --mode=tiered Phases.oak: exit $rc or output differs from --mode=int:"
        show "$T/phases.out"
        show "$T/phases.err"
        break
    fi
    entries=$(awk '/jit OSR entries/ {print $NF}' "$T/phases.err")
    variants=$(grep -c '^\[jit\] Phases.main(.*tiered (osr @' "$T/phases.err")
    if [ "$variants" -ne 1 ]; then
        bad "(g) expected exactly one OSR compile of Phases.main, found $variants:"
        show "$T/phases.err" 20
        break
    fi
    if [ -n "$entries" ] && [ "$entries" -ge 1 ] 2>/dev/null; then
        phases_ok=1
        break
    fi
    echo "note: (g) try $try: no OSR entry (the compile may have lost the race)"
done
if [ $phases_ok -eq 1 ]; then ok; elif [ "$rc" -eq 0 ] && [ "$variants" -eq 1 ]; then
    bad "(g) no OSR entry into Phases.main's later loops in 3 runs:"
    show "$T/phases.err" 20
fi

# ---- (h) the link fallback ----
for mode in jit tiered; do
    OAK_JIT_LD=1 "$BIN/oak" --mode=$mode --jit-threshold=1 --stats "$T/Loops.oak" >"$T/ld.out" 2>"$T/ld.err"
    rc=$?
    if [ $rc -eq 0 ] && cmp -s "$T/ld.out" "$T/loops.expected" && grep -Eq '^oak: jit linked by ld +[1-9]' "$T/ld.err"; then ok; else
        bad "(h) OAK_JIT_LD=1 --mode=$mode: exit $rc, wrong output or no 'linked by ld' line:"
        show "$T/ld.err" 20
    fi
done
"$BIN/oak" --mode=jit --stats "$T/Loops.oak" >"$T/nold.out" 2>"$T/nold.err"
if ! grep -q 'linked by ld' "$T/nold.err"; then ok; else
    bad "(h) without OAK_JIT_LD the loader refused a batch:"
    show "$T/nold.err" 20
fi

echo "jit checks: $pass passed, $fail failed"
[ $fail -eq 0 ]
