#!/bin/bash
# run_programs.sh BIN BUILD [FILE...]: runs the program corpus in every execution mode.
#
# Every tests/programs/**/*.oasm (and later *.java) file is a program that states its
# expected behaviour in comments (';' in assembly, '//' in Java):
#   expect: TEXT                 the next line of stdout
#   expect runtime error: TEXT   stderr starts with 'Exception in thread "main" TEXT', exit 1
#   expect stderr: TEXT          stderr contains TEXT
#   expect exit: N               the exit status (default 0, or 1 with a runtime error)
#   oak-options: OPTS            extra options for bin/oak (e.g. -Xmx16m)
#   args: ARGS                   program arguments
#   stdin: TEXT                  the next line of standard input (default: empty input)
#   pending: REASON              not run (reported): the feature is not built yet
# Modes the build does not have (bin/oak --mode=M refuses) are reported, never silently
# passed. OAK_MODES="int jit" restricts the modes. Exit status: 0 if every program passed in every available mode.
set -u
BIN=${1:?usage: run_programs.sh BIN BUILD [FILE...]}
BUILD=${2:?usage: run_programs.sh BIN BUILD [FILE...]}
shift 2
OUT="$BUILD/programs"
mkdir -p "$OUT"

if [ $# -gt 0 ]; then
    files=("$@")
else
    # Pending programs are not run, and said so: a directory holding a PENDING file (its
    # first line says why), or a program with a `pending: REASON` directive.
    mapfile -t all < <(find tests/programs -name '*.oasm' -o -name '*.java' | sort)
    files=()
    for f in "${all[@]}"; do
        d=$(dirname "$f")
        if [ -f "$d/PENDING" ]; then
            echo "programs: NOT RUN (pending): $f: $(head -1 "$d/PENDING")"
        elif grep -qE '^[[:space:]]*(;|//)[[:space:]]*pending:' "$f"; then
            echo "programs: NOT RUN (pending): $f: $(sed -n -E 's@^[[:space:]]*(;|//)[[:space:]]*pending:[[:space:]]*@@p' "$f" | head -1)"
        else
            files+=("$f")
        fi
    done
fi

# Execution modes: each is a set of bin/oak options. tiered1 compiles at the first call and
# the first loop iteration, so interpreted, compiled and OSR code all run.
# In parallel: the files are split into batches run by child runners (OAK_TEST_JOBS, default
# the number of cores); their FAIL lines and summaries are collected here.
jobs=${OAK_TEST_JOBS:-$(nproc 2>/dev/null || echo 1)}
if [ -z "${OAK_RUNNER_CHILD:-}" ] && [ "${#files[@]}" -gt 4 ] && [ "$jobs" -gt 1 ]; then
    per=$(( (${#files[@]} + jobs * 4 - 1) / (jobs * 4) ))
    printf '%s\0' "${files[@]}" | OAK_RUNNER_CHILD=1 xargs -0 -n "$per" -P "$jobs" "$0" "$BIN" "$BUILD" >"$OUT/parallel.log" 2>&1
    grep -v '^programs: ' "$OUT/parallel.log"
    pass=$(awk '/^programs: [0-9]+ passed/ {s += $2} END {print s + 0}' "$OUT/parallel.log")
    fail=$(awk '/^programs: [0-9]+ passed/ {s += $4} END {print s + 0}' "$OUT/parallel.log")
    batches=$(( (${#files[@]} + per - 1) / per ))
    reported=$(grep -c '^programs: [0-9]* passed' "$OUT/parallel.log")
    if [ "$reported" -ne "$batches" ]; then
        echo "programs: $((batches - reported)) of $batches runner batches did not report (crashed?)"
        fail=$((fail + 1))
    fi
    modes_line=$(sed -n 's/^programs: .* x modes: \(.*\))$/\1/p' "$OUT/parallel.log" | head -1)
    echo "programs: ${pass:-0} passed, ${fail:-0} failed (${#files[@]} programs x modes: $modes_line; $jobs jobs)"
    grep '^programs: NOT RUN' "$OUT/parallel.log" | head -1
    [ "$fail" -eq 0 ]
    exit $?
fi

modes=()
unavailable=()
for m in int jit tiered; do
    if "$BIN/oak" --mode=$m --version >/dev/null 2>&1; then modes+=("$m"); else unavailable+=("$m"); fi
done
if [ -n "${OAK_MODES:-}" ]; then read -r -a modes <<<"$OAK_MODES"; fi
[[ " ${modes[*]} " == *" tiered "* ]] && [ -z "${OAK_MODES:-}" ] && modes+=("tiered1")
mode_opts() { case "$1" in tiered1) echo "--mode=tiered --jit-threshold=1" ;; *) echo "--mode=$1" ;; esac; }

pass=0
fail=0
failed=()

# directive NAME FILE: the values of a comment directive, one per line
directive() {
    sed -n -E "s@^[[:space:]]*(;|//)[[:space:]]*$1:[[:space:]]?(.*)\$@\\2@p" "$2"
}

for f in "${files[@]}"; do
    name=$(echo "${f#tests/programs/}" | sed 's@/@_@g; s@\.[a-z]*$@@')
    mod="$OUT/$name.oak"
    case "$f" in
    *.oasm)
        if ! "$BIN/oakasm" "$f" -o "$mod" 2>"$OUT/$name.asm.err"; then
            echo "FAIL $f: does not assemble:"
            sed 's/^/    /' "$OUT/$name.asm.err"
            fail=$((fail + 1)); failed+=("$f"); continue
        fi ;;
    *.java)
        if [ ! -x "$BIN/oakc" ]; then
            echo "FAIL $f: bin/oakc is not built"; fail=$((fail + 1)); failed+=("$f"); continue
        fi
        if ! "$BIN/oakc" -o "$mod" "$f" 2>"$OUT/$name.cc.err"; then
            echo "FAIL $f: does not compile:"; sed 's/^/    /' "$OUT/$name.cc.err"
            fail=$((fail + 1)); failed+=("$f"); continue
        fi ;;
    esac
    directive expect "$f" >"$OUT/$name.expected"
    rterr=$(directive 'expect runtime error' "$f" | head -1)
    want_err=$(directive 'expect stderr' "$f")
    want_exit=$(directive 'expect exit' "$f" | head -1)
    [ -z "$want_exit" ] && { [ -n "$rterr" ] && want_exit=1 || want_exit=0; }
    opts=$(directive 'oak-options' "$f" | head -1)
    args=$(directive 'args' "$f" | head -1)
    directive stdin "$f" >"$OUT/$name.stdin"
    for m in "${modes[@]}"; do
        # shellcheck disable=SC2086
        timeout 120 "$BIN/oak" $(mode_opts "$m") $opts "$mod" $args <"$OUT/$name.stdin" >"$OUT/$name.$m.out" 2>"$OUT/$name.$m.err"
        rc=$?
        why=""
        if [ $rc -ge 124 ]; then
            why="crashed or timed out (exit $rc)"
        elif [ $rc -ne "$want_exit" ]; then
            why="exit status $rc, expected $want_exit"
        elif ! cmp -s "$OUT/$name.expected" "$OUT/$name.$m.out"; then
            why="stdout differs (expected vs actual):"$'\n'"$(diff "$OUT/$name.expected" "$OUT/$name.$m.out" | head -20)"
        elif [ -n "$rterr" ] && [ "$(head -1 "$OUT/$name.$m.err")" != "Exception in thread \"main\" $rterr" ]; then
            why="stderr starts with '$(head -1 "$OUT/$name.$m.err")', expected 'Exception in thread \"main\" $rterr'"
        else
            while IFS= read -r w; do
                [ -z "$w" ] && continue
                grep -qF -- "$w" "$OUT/$name.$m.err" || why="stderr lacks '$w'"
            done <<<"$want_err"
        fi
        if [ -n "$why" ]; then
            echo "FAIL $f [$(mode_opts "$m")]: $why"
            [ -s "$OUT/$name.$m.err" ] && head -5 "$OUT/$name.$m.err" | sed 's/^/    stderr: /'
            fail=$((fail + 1)); failed+=("$f [$m]")
        else
            pass=$((pass + 1))
        fi
    done
done

echo "programs: $pass passed, $fail failed (${#files[@]} programs x modes: ${modes[*]})"
[ ${#unavailable[@]} -gt 0 ] && echo "programs: NOT RUN in modes: ${unavailable[*]} (bin/oak refuses them: not built yet)"
[ $fail -eq 0 ]
