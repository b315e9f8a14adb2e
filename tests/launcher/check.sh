#!/bin/bash
# check.sh BIN BUILD: the launcher's contract: options, exit statuses, module path, errors.
set -u
BIN=${1:?usage: check.sh BIN BUILD}
BUILD=${2:?usage: check.sh BIN BUILD}
T="$BUILD/launcher"
mkdir -p "$T"
fails=0
# expect STATUS STDOUT-SUBSTRING STDERR-SUBSTRING -- COMMAND...
expect() {
    local want=$1 out=$2 err=$3
    shift 4
    "$@" >"$T/out" 2>"$T/err"
    local rc=$?
    local why=""
    [ $rc -ne "$want" ] && why="exit $rc, expected $want"
    [ -n "$out" ] && ! grep -qF -- "$out" "$T/out" && why="$why; stdout lacks '$out'"
    [ -n "$err" ] && ! grep -qF -- "$err" "$T/err" && why="$why; stderr lacks '$err'"
    if [ -n "$why" ]; then
        echo "FAIL: $*: $why"
        sed 's/^/    out: /' "$T/out" | head -5
        sed 's/^/    err: /' "$T/err" | head -5
        fails=$((fails + 1))
    fi
}
"$BIN/oakasm" tests/launcher/Exit.oasm -o "$T/Exit.oak" || exit 1
"$BIN/oakasm" tests/launcher/Lib.oasm -o "$T/Lib.oak" || exit 1
"$BIN/oakasm" samples/hello.oasm -o "$T/hello.oak" || exit 1
mkdir -p "$T/dir" && cp "$T/Lib.oak" "$T/dir/"

expect 0 "usage: oak" "" -- "$BIN/oak" --help
expect 0 "oak " "" -- "$BIN/oak" --version
expect 2 "" "usage: oak" -- "$BIN/oak"
expect 2 "" "unknown option '--bogus'" -- "$BIN/oak" --bogus "$T/hello.oak"
expect 2 "" "unknown mode 'fast'" -- "$BIN/oak" --mode=fast "$T/hello.oak"
expect 2 "" "bad stack size" -- "$BIN/oak" -Xss1x "$T/hello.oak"
expect 2 "" "bad heap size" -- "$BIN/oak" -Xmx12 "$T/hello.oak"
expect 2 "" "-m needs a module path" -- "$BIN/oak" -m Lib2
expect 1 "" "file not found: $T/Missing.java" -- "$BIN/oak" "$T/Missing.java"
printf 'public class Src { public static void main(String[] a) { System.out.println("src " + a.length); } }\n' >"$T/Src.java"
expect 0 "src 2" "" -- "$BIN/oak" "$T/Src.java" x y
printf 'public class Bad { void f() { int x = "s"; } }\n' >"$T/Bad.java"
expect 1 "" "Bad.java:1:39: error: incompatible types: String cannot be converted to int" -- "$BIN/oak" "$T/Bad.java"
if ! "$BIN/oak" --mode=jit --version >/dev/null 2>&1; then
    expect 2 "" "not available yet" -- "$BIN/oak" --mode=jit "$T/hello.oak"
    expect 2 "" "not available yet" -- "$BIN/oak" --mode=tiered "$T/hello.oak"
fi
expect 0 "Hello, Oak!" "" -- "$BIN/oak" --mode=int "$T/hello.oak"
expect 1 "" "cannot open" -- "$BIN/oak" "$T/missing.oak"
expect 1 "" "not a regular file" -- "$BIN/oak" "$T/dir"
head -c 100 /dev/urandom >"$T/random.oak"
expect 1 "" "bad magic" -- "$BIN/oak" "$T/random.oak"
expect 1 "" "has no main class" -- "$BIN/oak" "$T/Lib.oak"
expect 5 "before exit" "" -- "$BIN/oak" "$T/Exit.oak" a b
expect 3 "before exit" "" -- "$BIN/oak" "$T/Exit.oak"
expect 0 "x y" "" -- sh -c "$BIN/oak -p $T/Lib.oak -m Lib2 x y | tr '\n' ' '"
expect 0 "q" "" -- "$BIN/oak" -p "$T/dir" -m Lib2 q
expect 1 "" "missing.oak: no such file or directory" -- "$BIN/oak" -p "$T/missing.oak:$T/dir" -m Lib2 z
expect 1 "" "Could not find or load main class Nope" -- "$BIN/oak" -p "$T/dir" -m Nope
expect 0 "Hello, Oak!" "classes loaded" -- "$BIN/oak" --stats "$T/hello.oak"
expect 0 "Hello, Oak!" "[class,load] Hello source:" -- "$BIN/oak" --verbose:class "$T/hello.oak"
expect 0 "Hello, Oak!" "" -- "$BIN/oak" -Xss256k -Xmx64m "$T/hello.oak"
# the standard library is found through OAK_HOME too, and a wrong OAK_HOME is an error
expect 0 "Hello, Oak!" "" -- env OAK_HOME="$BIN/.." "$BIN/oak" "$T/hello.oak"
expect 1 "" "cannot find the standard library" -- env OAK_HOME=/nonexistent "$BIN/oak" "$T/hello.oak"
expect 0 "outputs and exit status identical in all modes: yes" "" -- "$BIN/oak" --compare "$T/hello.oak"
# --compare on every sample (the Java ones compiled in memory), with arguments and stdin
for f in samples/*.java; do
    expect 0 "outputs and exit status identical in all modes: yes" "" -- "$BIN/oak" --compare "$f"
done
expect 0 "primes below 1000: 168" "" -- "$BIN/oak" --compare samples/Primes.java 1000
printf 'b a b\n' >"$T/words.txt"
expect 0 "b              2" "" -- sh -c "\"$BIN/oak\" --compare samples/WordCount.java - <\"$T/words.txt\""
# --compare: launcher errors are reported as such; VM options reach every run; stderr is
# compared (an uncaught exception prints the same trace in every mode)
expect 1 "" "cannot open" -- "$BIN/oak" --compare "$T/Missing.oak"
printf 'public class Deep { static int d(int n) { return n == 0 ? 0 : 1 + d(n - 1); }\n public static void main(String[] a) { System.out.println(d(Integer.parseInt(a[0]))); } }\n' >"$T/Deep.java"
expect 0 "identical in all modes: yes" "" -- "$BIN/oak" --compare -Xss64m "$T/Deep.java" 200000
printf 'public class Boom { public static void main(String[] a) { System.err.println("to stderr"); throw new IllegalStateException("boom"); } }\n' >"$T/Boom.java"
expect 0 "java.lang.IllegalStateException: boom" "" -- "$BIN/oak" --compare "$T/Boom.java"
expect 0 "tiered" "" -- "$BIN/oak" --compare -p "$T/Lib.oak" -m Lib2 a b
expect 0 "Hello, Oak!" "top methods by calls" -- "$BIN/oak" --prof "$T/hello.oak"
expect 0 "Hello, Oak!" "jit compiles" -- "$BIN/oak" --mode=jit --stats "$T/hello.oak"
if [ $fails -eq 0 ]; then echo "launcher: all checks passed"; else echo "launcher: $fails failed"; fi
[ $fails -eq 0 ]
