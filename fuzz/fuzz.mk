# fuzz/fuzz.mk: the libFuzzer harnesses, built with clang under ASan + UBSan.
# Run through `make fuzz` (which builds bin/ and lib/ first); see fuzz/README.md.
#
#   build/fuzz/fuzz_load   reader + loader + verifier       (fuzz/fuzz_load.c)
#   build/fuzz/fuzz_run    verified modules run, budgeted   (fuzz/fuzz_run.c)
#   build/fuzz/seeds/      the seed corpus                  (fuzz/seeds.sh)
#
# The Oak library (loader, vm, verifier, jit; the harnesses leave the JIT off) is compiled
# again with clang into build/fuzz/obj (gcc's objects in build/ are not touched), with
# -DOAK_BUDGET (a bounded interpreter) and with coverage
# instrumentation for libFuzzer. vm/natives.c gets -Dexit=oak_fuzz_system_exit (System.exit
# must not end the fuzzer) and vm/class.c -Dexit=oak_fuzz_vm_exit (its fatal paths abort
# with a stack trace): fuzz/harness.h.

FUZZ_CC  ?= $(shell command -v clang-14 || command -v clang)
BIN      ?= bin
STDLIB   ?= lib/java.base.oak
FUZZ_DIR ?= build/fuzz
FUZZ_SAN ?= -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS ?= -std=gnu11 -g -O1 -fno-strict-aliasing -fwrapv -Iloader -Ivm -Iverifier -Ijit \
               -DOAK_BUDGET=1 $(FUZZ_SAN)
# libgccjit lives in gcc's own directories, which clang does not search
GCCJIT_INC := $(shell gcc -print-file-name=include)
GCCJIT_SO  := $(shell gcc -print-file-name=libgccjit.so)
FUZZ_CFLAGS += -idirafter $(GCCJIT_INC)
FUZZ_LIBS := $(GCCJIT_SO) -Wl,-rpath,$(dir $(GCCJIT_SO)) -lgc -lm -lpthread -ldl

FUZZ_SRC := $(filter-out %_main.c,$(wildcard loader/*.c vm/*.c verifier/*.c jit/*.c))
FUZZ_OBJ := $(FUZZ_SRC:%.c=$(FUZZ_DIR)/obj/%.o)

.PHONY: all seeds
.SECONDARY:
all: $(FUZZ_DIR)/fuzz_load $(FUZZ_DIR)/fuzz_run seeds

$(FUZZ_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

$(FUZZ_OBJ): fuzz/fuzz.mk
$(FUZZ_DIR)/obj/vm/natives.o: FUZZ_CFLAGS += -Dexit=oak_fuzz_system_exit
$(FUZZ_DIR)/obj/vm/class.o: FUZZ_CFLAGS += -Dexit=oak_fuzz_vm_exit

$(FUZZ_DIR)/obj/fuzz/%.o: fuzz/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -DOAK_FUZZ_LIBFUZZER=1 \
	    -DOAK_FUZZ_STDLIB='"$(abspath $(STDLIB))"' -MMD -MP -c $< -o $@

$(FUZZ_DIR)/fuzz_%: $(FUZZ_DIR)/obj/fuzz/fuzz_%.o $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(FUZZ_LIBS)

seeds:
	fuzz/seeds.sh $(BIN) $(FUZZ_DIR)/seeds

-include $(FUZZ_OBJ:.o=.d) $(FUZZ_DIR)/obj/fuzz/fuzz_load.d $(FUZZ_DIR)/obj/fuzz/fuzz_run.d
