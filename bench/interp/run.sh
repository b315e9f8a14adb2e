#!/bin/bash
# bench/interp/run.sh: the interpreter's speed on Loops.oasm (nested int loops + fib),
# in ns per executed bytecode, next to Lua 5.4 and `java -Xint` on the same program.
# Bytecodes are counted by a COUNT=1 build (build/count); times are the median of 5 runs
# of the normal build. Not a test: figures depend on the machine.
set -eu
cd "$(dirname "$0")/../.."
make --no-print-directory -s bin/oak bin/oakasm lib/java.base.oak
make --no-print-directory -s BUILD=build/count BIN=build/count/bin COUNT=1 \
    build/count/bin/oak build/count/lib/java.base.oak
bin/oakasm bench/interp/Loops.oasm -o build/Loops.oak
n=$(build/count/bin/oak --stats build/Loops.oak 2>&1 >/dev/null | awk '/bytecodes executed/ {print $4}')
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { for _ in 1 2 3 4 5; do
    s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000 )); done | median; }
oak_us=$(time_ms bin/oak build/Loops.oak)
echo "oak --mode=int: $n bytecodes in $((oak_us / 1000)) ms: $(awk "BEGIN {printf \"%.2f\", $oak_us * 1000 / $n}") ns/bytecode"
if command -v lua5.4 >/dev/null; then
    echo "lua5.4:         $(( $(time_ms lua5.4 bench/interp/loops.lua) / 1000 )) ms"
fi
if command -v javac >/dev/null; then
    mkdir -p build/bench-java && javac -d build/bench-java bench/interp/Loops.java
    echo "java -Xint:     $(( $(time_ms java -Xint -cp build/bench-java Loops) / 1000 )) ms"
fi
