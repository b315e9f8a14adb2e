#!/bin/sh
# fuzz/coverage.sh BIN LOAD_CORPUS RUN_CORPUS: source coverage of a fuzzing campaign.
#
# Builds both harnesses with clang's source-based coverage (-fprofile-instr-generate
# -fcoverage-mapping, no sanitizers, no libFuzzer: fuzz/driver.c) into build/fuzz/cov,
# runs every file of LOAD_CORPUS through the load harness and of RUN_CORPUS through the
# run harness (with OAK_FUZZ_SKIP_KNOWN=1, so known crashes do not stop it), and prints
# llvm-cov's per-file report for the loader, the verifier and the VM. Run from the
# repository root after make.
set -u
BIN=${1:?usage: fuzz/coverage.sh BIN LOAD_CORPUS RUN_CORPUS}
LOADC=${2:?usage: fuzz/coverage.sh BIN LOAD_CORPUS RUN_CORPUS}
RUNC=${3:?usage: fuzz/coverage.sh BIN LOAD_CORPUS RUN_CORPUS}
CC=$(command -v clang-14 || command -v clang)
PROFDATA=$(command -v llvm-profdata-14 || command -v llvm-profdata)
COV=$(command -v llvm-cov-14 || command -v llvm-cov)
OUT=build/fuzz/cov
LIB="$(cd "$BIN/../lib" && pwd)/java.base.oak"
mkdir -p "$OUT/obj" "$OUT/prof" || exit 2
rm -f "$OUT"/prof/*.profraw
FLAGS="-std=gnu11 -g -O1 -fno-strict-aliasing -fwrapv -Iloader -Ivm -Iverifier -Ijit -DOAK_BUDGET=1
       -idirafter $(gcc -print-file-name=include) -fprofile-instr-generate -fcoverage-mapping"
objs=""
for src in $(ls loader/*.c vm/*.c verifier/*.c jit/*.c 2>/dev/null | grep -v '_main\.c$'); do
    o="$OUT/obj/$(echo "${src%.c}" | tr '/' '_').o"
    extra=""
    case "$src" in
    vm/natives.c) extra="-Dexit=oak_fuzz_system_exit" ;;
    vm/class.c) extra="-Dexit=oak_fuzz_vm_exit" ;;
    esac
    $CC $FLAGS $extra -c "$src" -o "$o" || exit 2
    objs="$objs $o"
done
$CC $FLAGS -c fuzz/driver.c -o "$OUT/obj/driver.o" || exit 2
for h in load run; do
    $CC $FLAGS -DOAK_FUZZ_STDLIB="\"$LIB\"" -c "fuzz/fuzz_$h.c" -o "$OUT/obj/fuzz_$h.o" || exit 2
    $CC -fprofile-instr-generate -o "$OUT/cov_$h" "$OUT/obj/fuzz_$h.o" "$OUT/obj/driver.o" $objs \
        "$(gcc -print-file-name=libgccjit.so)" -lgc -lm -lpthread -ldl || exit 2
done
# a crash loses that process's profile, so one process per batch of 50 inputs
find "$LOADC" -type f | xargs -n 50 env LLVM_PROFILE_FILE="$OUT/prof/load-%p.profraw" \
    "$OUT/cov_load" >/dev/null 2>&1
find "$RUNC" -type f | xargs -n 50 env OAK_FUZZ_SKIP_KNOWN=1 LLVM_PROFILE_FILE="$OUT/prof/run-%p.profraw" \
    "$OUT/cov_run" >/dev/null 2>&1
for h in load run; do
    "$PROFDATA" merge -sparse "$OUT"/prof/$h-*.profraw -o "$OUT/$h.profdata" || exit 2
    echo "== $h harness ($( [ $h = load ] && echo "$LOADC" || echo "$RUNC"))"
    "$COV" report "$OUT/cov_$h" -instr-profile="$OUT/$h.profdata" \
        loader/module.c loader/opcodes.c verifier/verifier.c vm/class.c vm/interp.c vm/heap.c \
        vm/exception.c vm/natives.c vm/vm.c
done
