#!/bin/bash
# tests/difftest.sh BIN BUILD [FILE...]      (make difftest)
# tests/difftest.sh --bless FILE...
#
# Differential test of oakc + oak against the JDK on the Java program corpus
# (tests/programs/java and tests/programs/stdlib, every *.java, unless files are given). For each program:
#   1. javac + java (the JDK on PATH, OpenJDK 17) compile and run it; its stdout must equal
#      the program's `// expect:` lines, its exit status the `// expect exit:` value (or 1
#      with `// expect runtime error:`, else 0), and its stderr must start with
#      'Exception in thread "main" TEXT' for `// expect runtime error: TEXT`;
#   2. BIN/oakc compiles it and BIN/oak --mode=int runs it; Oak's stdout and exit status
#      must equal the JDK's, and for an uncaught exception the first stderr line too.
# `// args: ARGS` are passed to both. Every difference is reported (FAIL lines with a diff);
# a summary line follows. Exit status: 0 if every program passed, 1 otherwise, 2 on bad
# usage (as tests/run_programs.sh).
#
# --bless FILE...: rewrites each file's expectations from the JDK's behaviour: the old
# `// expect...:` lines are removed and new ones inserted after the file's leading comment
# block (stdout lines, the uncaught exception, the exit status, and for an uncaught
# exception `// expect stderr:` lines for up to 5 stack frames in the file itself (with the
# line numbers the final file has) and "Caused by:" lines). Never write expectations by hand: bless them.
#
# Environment: JOBS (parallel programs, default: the number of CPUs), JAVA, JAVAC.
set -u
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
usage() { echo "usage: tests/difftest.sh BIN BUILD [FILE...] | tests/difftest.sh --bless FILE..." >&2; exit 2; }

# directive NAME FILE: the values of a comment directive, one per line (as run_programs.sh)
directive() {
    sed -n -E "s@^[[:space:]]*(;|//)[[:space:]]*$1:[[:space:]]?(.*)\$@\\2@p" "$2"
}

# main_class FILE: the fully qualified name of the class that has main (the file's name,
# qualified by its package)
main_class() {
    local pkg base
    pkg=$(sed -n -E 's/^[[:space:]]*package[[:space:]]+([A-Za-z0-9_.$]+)[[:space:]]*;.*/\1/p' "$1" | head -1)
    base=$(basename "$1" .java)
    if [ -n "$pkg" ]; then echo "$pkg.$base"; else echo "$base"; fi
}

# jdk_run FILE DIR: compiles FILE into DIR/classes and runs it; leaves DIR/jdk.out,
# DIR/jdk.err, DIR/jdk.rc (javac's messages in DIR/javac.err, rc 125 if it failed)
jdk_run() {
    local f=$1 d=$2 args
    rm -rf "$d/classes"; mkdir -p "$d/classes"
    if ! "$JAVAC" -encoding UTF-8 -d "$d/classes" "$f" >"$d/javac.err" 2>&1; then
        : >"$d/jdk.out"; : >"$d/jdk.err"; echo 125 >"$d/jdk.rc"; return
    fi
    args=$(directive args "$f" | head -1)
    # shellcheck disable=SC2086
    directive stdin "$f" >"$d/stdin"
    timeout 60 "$JAVA" -Xss8m -cp "$d/classes" "$(main_class "$f")" $args <"$d/stdin" \
        >"$d/jdk.out" 2>"$d/jdk.err"
    echo $? >"$d/jdk.rc"
}

bless() {
    local f d n body hdr rc rterr frames nins
    for f in "$@"; do
        d=$(mktemp -d)
        body="$d/body.java"
        # drop the old expectations
        grep -v -E '^[[:space:]]*//[[:space:]]*expect( runtime error| stderr| exit)?:' "$f" >"$body"
        cp "$body" "$d/$(basename "$f")"
        jdk_run "$d/$(basename "$f")" "$d"
        rc=$(cat "$d/jdk.rc")
        if [ "$rc" = 125 ]; then
            echo "bless: $f: javac rejects it:" >&2; sed 's/^/    /' "$d/javac.err" >&2
            rm -rf "$d"; continue
        fi
        [ "$rc" -ge 124 ] && { echo "bless: $f: timed out or crashed (exit $rc)" >&2; rm -rf "$d"; continue; }
        # the header: the leading comment lines (up to the first other line)
        hdr=$(awk '!/^[[:space:]]*\/\// {print NR - 1; exit} END {if (NR == 0) print 0}' "$body")
        [ -z "$hdr" ] && hdr=$(wc -l <"$body")
        # one `// expect:` line per stdout line (`// expect:` alone for an empty one)
        sed 's@^@// expect: @; s@^// expect: $@// expect:@' "$d/jdk.out" >"$d/ins"
        if [ -s "$d/jdk.out" ] && [ "$(tail -c 1 "$d/jdk.out" | od -An -c | tr -d ' ')" != '\n' ]; then
            echo "bless: $f: warning: stdout does not end with a line end (expect lines cannot say so)" >&2
        fi
        rterr=""
        if head -1 "$d/jdk.err" | grep -q '^Exception in thread "main" '; then
            rterr=$(head -1 "$d/jdk.err" | sed 's/^Exception in thread "main" //')
            echo "// expect runtime error: $rterr" >>"$d/ins"
            [ "$rc" != 1 ] && echo "// expect exit: $rc" >>"$d/ins"
        elif [ "$rc" != 0 ]; then
            echo "// expect exit: $rc" >>"$d/ins"
        fi
        if [ -n "$rterr" ]; then
            frames=$(grep -E "^[[:space:]]+at [^ /]+\\($(basename "$f")|^Caused by: " "$d/jdk.err" |
                sed -E 's/^[[:space:]]+//' | awk '!seen[$0]++' | head -5)
            n=$(wc -l <"$d/ins")
            if [ -n "$frames" ]; then
                nins=$((n + $(printf '%s\n' "$frames" | wc -l)))
                printf '%s\n' "$frames" | awk -v k="$nins" -v h="$hdr" '{
                    if (match($0, /:[0-9]+\)$/)) {
                        ln = substr($0, RSTART + 1, RLENGTH - 2) + 0
                        if (ln > h) ln += k
                        $0 = substr($0, 1, RSTART) ln ")"
                    }
                    print "// expect stderr: " $0 }' >>"$d/ins"
            fi
        fi
        { head -n "$hdr" "$body"; cat "$d/ins"; tail -n +"$((hdr + 1))" "$body"; } >"$d/new"
        if ! cmp -s "$d/new" "$f"; then cp "$d/new" "$f"; echo "blessed $f"; fi
        rm -rf "$d"
    done
}

# check_one BIN BUILD FILE: prints FAIL lines for FILE, exits 0 if it passed
check_one() {
    local BIN=$1 BUILD=$2 f=$3 d name rc orc want_exit rterr args why=()
    name=$(echo "${f#tests/programs/}" | sed 's@/@_@g; s@\.[a-z]*$@@')
    d="$BUILD/difftest/$name"
    rm -rf "$d"; mkdir -p "$d"
    directive expect "$f" >"$d/expected"
    rterr=$(directive 'expect runtime error' "$f" | head -1)
    want_exit=$(directive 'expect exit' "$f" | head -1)
    [ -z "$want_exit" ] && { [ -n "$rterr" ] && want_exit=1 || want_exit=0; }
    args=$(directive args "$f" | head -1)

    jdk_run "$f" "$d"
    rc=$(cat "$d/jdk.rc")
    if [ "$rc" = 125 ]; then
        why+=("javac rejects it:"$'\n'"$(head -10 "$d/javac.err" | sed 's/^/    /')")
    else
        if ! cmp -s "$d/expected" "$d/jdk.out"; then
            why+=("the JDK's stdout differs from the expect lines (expected vs JDK):"$'\n'"$(diff "$d/expected" "$d/jdk.out" | head -20)")
        fi
        [ "$rc" != "$want_exit" ] && why+=("the JDK exits with $rc, expected $want_exit")
        if [ -n "$rterr" ] && [ "$(head -1 "$d/jdk.err")" != "Exception in thread \"main\" $rterr" ]; then
            why+=("the JDK's stderr starts with '$(head -1 "$d/jdk.err")', expected 'Exception in thread \"main\" $rterr'")
        fi
    fi

    if [ ! -x "$BIN/oakc" ]; then
        why+=("$BIN/oakc is not built")
    elif ! timeout 60 "$BIN/oakc" -o "$d/prog.oak" "$f" >"$d/oakc.err" 2>&1; then
        why+=("oakc does not compile it:"$'\n'"$(head -10 "$d/oakc.err" | sed 's/^/    /')")
    elif [ "$rc" != 125 ]; then
        # shellcheck disable=SC2086
        timeout 60 "$BIN/oak" --mode=int "$d/prog.oak" $args <"$d/stdin" >"$d/oak.out" 2>"$d/oak.err"
        orc=$?
        if [ "$orc" -ge 124 ]; then
            why+=("oak crashed or timed out (exit $orc)"$'\n'"$(head -5 "$d/oak.err" | sed 's/^/    stderr: /')")
        fi
        if ! cmp -s "$d/jdk.out" "$d/oak.out"; then
            why+=("Oak's stdout differs from the JDK's (JDK vs Oak):"$'\n'"$(diff "$d/jdk.out" "$d/oak.out" | head -20)")
        fi
        if [ "$orc" -lt 124 ] && [ "$orc" != "$rc" ]; then
            why+=("oak exits with $orc, the JDK with $rc"$'\n'"$(head -3 "$d/oak.err" | sed 's/^/    stderr: /')")
        fi
        if grep -q '^Exception in thread "main" ' "$d/jdk.err" &&
            [ "$(head -1 "$d/jdk.err")" != "$(head -1 "$d/oak.err")" ]; then
            why+=("first stderr line differs:"$'\n'"    JDK: $(head -1 "$d/jdk.err")"$'\n'"    Oak: $(head -1 "$d/oak.err")")
        fi
    fi
    if [ ${#why[@]} -gt 0 ]; then
        local w
        for w in "${why[@]}"; do echo "FAIL $f: $w"; done
        return 1
    fi
    return 0
}

case "${1:-}" in
--bless)
    shift
    [ $# -gt 0 ] || usage
    bless "$@"
    exit 0 ;;
--one) # internal: --one BIN BUILD FILE (run by xargs)
    check_one "$2" "$3" "$4" >"$3/difftest/.$(echo "$4" | md5sum | cut -c1-16).res" 2>&1
    exit 0 ;;
esac

BIN=${1:-}
BUILD=${2:-}
[ -n "$BIN" ] && [ -n "$BUILD" ] || usage
shift 2
command -v "$JAVAC" >/dev/null || { echo "difftest: $JAVAC not found" >&2; exit 2; }
if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(find tests/programs/java tests/programs/stdlib -name '*.java' | sort)
fi
mkdir -p "$BUILD/difftest" || exit 2
rm -f "$BUILD"/difftest/.*.res
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
printf '%s\0' "${files[@]}" | xargs -0 -P "$JOBS" -n 1 "$0" --one "$BIN" "$BUILD"

pass=0
fail=0
for f in "${files[@]}"; do
    res="$BUILD/difftest/.$(echo "$f" | md5sum | cut -c1-16).res"
    if [ -s "$res" ]; then
        cat "$res"; fail=$((fail + 1))
    elif [ -e "$res" ]; then
        pass=$((pass + 1))
    else
        echo "FAIL $f: not run"; fail=$((fail + 1))
    fi
done
echo "difftest: $pass passed, $fail failed (${#files[@]} programs; JDK vs expect lines vs oak --mode=int)"
[ $fail -eq 0 ]
