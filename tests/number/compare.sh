#!/bin/bash
# tests/number/compare.sh [--full] BUILD      (make difftest: quick; make number-check: --full)
#
# Compares Oak's Double.toString / Float.toString (vm/number.c) with the JDK's (OpenJDK
# 17 on PATH) string for string: JdkToString.java prints the JDK's strings, check.c
# (linked with vm/number.c alone) compares them and reports every difference.
#
#   quick (about 30 s): the fixed hard doubles (2^n, 10^n, k * 10^n, 2^a * 10^b and their
#     neighbours, integers, subnormals, 1/n, ... about 3.1 million) and 300,000 random
#     ones; 4 million floats spread over all bit patterns; every subnormal float and every
#     float in [1e-3, 2^-9), [1, 2) and [2^23, 2^24): 3.4 million doubles, 37 million floats
#   --full (about 20 min on 2 cores): the same fixed doubles and 16 million random ones
#     (20 million draws; infinities and NaNs are left out), 19 million doubles in all;
#     every non-negative float bit pattern (2^31, hashed in blocks of 2^16) and 4 million
#     negative ones spread over their range (the same digits with a '-')
#
# Work files go to BUILD/number/. Exit status: 0 without differences, 1 with, 2 on error.
# Environment: JAVA, JAVAC, CC.
set -u
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
CC=${CC:-gcc}
full=0
if [ "${1:-}" = --full ]; then full=1; shift; fi
if [ $# -ne 1 ]; then
    echo "usage: tests/number/compare.sh [--full] BUILD" >&2
    exit 2
fi
cd "$(dirname "$0")/../.." || exit 2
W="$1/number"
mkdir -p "$W/classes" || exit 2
"$JAVAC" -d "$W/classes" tests/number/JdkToString.java || exit 2
"$CC" -std=gnu11 -O2 -Wall -Werror -Ivm -Iloader -Iverifier -Ijit -Icompiler \
    -o "$W/check" tests/number/check.c vm/number.c -lm || exit 2

jdk() { "$JAVA" -cp "$W/classes" JdkToString "$@"; }
status=0
# run NAME ARGS...: one JdkToString run piped into check, in the background
run() {
    local name=$1
    shift
    (jdk "$@" | "$W/check" >"$W/$name.out"; echo $? >"$W/$name.rc") &
}
if [ $full = 1 ]; then
    run doubles doubles 1 20000000
    run floats-neg floats 80000000 100000000
    wait
    # every positive float, in two halves side by side
    run floats-lo fhash 0 40000000
    run floats-hi fhash 40000000 80000000
    wait
    parts="doubles floats-neg floats-lo floats-hi"
else
    run doubles doubles 1 300000
    (
        jdk floats 0 100000000
        jdk fhash 0 800000
        jdk fhash 3a83126f 3b000000
        jdk fhash 3f800000 40000000
        jdk fhash 4b000000 4b800000
    ) | "$W/check" >"$W/floats.out"
    echo $? >"$W/floats.rc"
    wait
    parts="doubles floats"
fi
for p in $parts; do
    echo "number $p: $(tail -1 "$W/$p.out")"
    if [ "$(cat "$W/$p.rc")" != 0 ]; then
        status=1
        head -20 "$W/$p.out"
    fi
done
exit $status
