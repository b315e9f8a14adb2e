# Oak top-level build. `make run` and `make test` are the two commands a new machine needs;
# both install missing Debian packages first (mk/deps.sh).
#
#   make            build everything into build/ and bin/
#   make run        build and run a sample
#   make test       build and run every test (CUnit unit tests + the program corpus)
#   make asan       the same tests under AddressSanitizer + UBSan (build/asan/)
#   make DISPATCH=switch test   interpreter with switch dispatch instead of computed goto
#   make COUNT=1                count executed bytecodes (shown by oak --stats; slower)
#   make bench-interp           the interpreter's ns per bytecode (bench/interp/run.sh)
#   make difftest               the Java corpus and number printing against the JDK
#   make number-check           Double/Float.toString against the JDK on every positive
#                               float and millions of doubles (tests/number/; 20 minutes)

CC      ?= gcc
BUILD   ?= build
BIN     ?= bin
OPT     ?= -O2
SAN     ?=
DISPATCH ?= goto
COUNT   ?=
CFLAGS_BASE := -std=gnu11 -g $(OPT) -Wall -Wextra -Werror -Wno-unused-parameter \
               -fno-strict-aliasing -fwrapv -Iloader -Ivm -Iverifier -Ijit -Icompiler
ifeq ($(SAN),1)
CFLAGS_BASE += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif
ifeq ($(COUNT),1)
CFLAGS_BASE += -DOAK_COUNT_BYTECODES=1
endif
ifeq ($(DISPATCH),switch)
CFLAGS_BASE += -DOAK_SWITCH_DISPATCH=1
endif
CFLAGS += $(CFLAGS_BASE)
# --mode=jit keeps the standard library's compiled classes in a code cache (docs/jit.md);
# builds and tests use one inside the build directory, not the user's ~/.cache/oak.
export OAK_JIT_CACHE ?= $(CURDIR)/$(BUILD)/jit-cache
LDLIBS  += -lgccjit -lgc -lm -lpthread -ldl
LDFLAGS += -rdynamic

MAINS   := $(wildcard */*_main.c)
LIBSRC  := $(filter-out $(MAINS),$(wildcard loader/*.c verifier/*.c vm/*.c jit/*.c compiler/*.c))
LIBOBJ  := $(LIBSRC:%.c=$(BUILD)/%.o)
UNITSRC := $(wildcard tests/unit/*.c)
UNITOBJ := $(UNITSRC:%.c=$(BUILD)/%.o)
TOOLS   := $(patsubst %_main.c,$(BIN)/%,$(notdir $(MAINS)))
LIBDIR  := $(if $(filter bin,$(BIN)),lib,$(dir $(BIN))lib)
STDLIB  := $(LIBDIR)/java.base.oak

.PHONY: all deps run test unit programs switch-programs asan clean format bench-interp \
        difftest number-check
all: deps $(TOOLS) $(STDLIB) $(BUILD)/unit_tests

deps:
	@./mk/deps.sh

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/liboak.a: $(LIBOBJ)
	@rm -f $@
	ar rcs $@ $^

define tool_rule
$(BIN)/$(1): $(BUILD)/$(2:%.c=%.o) $(BUILD)/liboak.a
	@mkdir -p $(BIN)
	$(CC) $(LDFLAGS) -o $$@ $$^ $(LDLIBS)
endef
$(foreach m,$(MAINS),$(eval $(call tool_rule,$(patsubst %_main.c,%,$(notdir $(m))),$(m))))

# The standard library module, compiled by oakc from stdlib/java. oakc needs some library
# to start from: the bootstrap classes in assembly (stdlib/bootstrap.oasm) are that seed,
# and the sources replace every one of them (stdlib/README.md).
STDLIB_SRC  := $(shell find stdlib/java -name '*.java' | sort)
STDLIB_SEED := $(BUILD)/stdlib-seed/lib/java.base.oak
$(STDLIB_SEED): stdlib/bootstrap.oasm $(BIN)/oakasm
	@mkdir -p $(dir $@)
	$(BIN)/oakasm stdlib/bootstrap.oasm -o $@

$(STDLIB): $(STDLIB_SRC) $(STDLIB_SEED) $(BIN)/oakc
	@mkdir -p $(LIBDIR)
	@echo "OAK_HOME=$(BUILD)/stdlib-seed $(BIN)/oakc -o $@ stdlib/java/**/*.java"
	@OAK_HOME=$(BUILD)/stdlib-seed $(BIN)/oakc -o $@ $(STDLIB_SRC)

$(BUILD)/unit_tests: $(UNITOBJ) $(BUILD)/liboak.a
	$(CC) $(LDFLAGS) -o $@ $^ -lcunit $(LDLIBS)

run: all
	$(BIN)/oakc -o $(BUILD)/Hello.oak samples/Hello.java
	$(BIN)/oak $(BUILD)/Hello.oak

unit: all
	$(BUILD)/unit_tests

programs: all
	tests/run_programs.sh $(BIN) $(BUILD)
	@if [ -x tests/asm/roundtrip.sh ]; then tests/asm/roundtrip.sh $(BIN) $(BUILD); fi
	@if [ -x tests/malformed/check.sh ]; then tests/malformed/check.sh $(BIN); fi
	tests/check_docs.sh $(BIN)
	tests/launcher/check.sh $(BIN) $(BUILD)
	tests/verify/check.sh $(BIN) $(BUILD)
	tests/jit/check.sh $(BIN) $(BUILD)
	tests/errors/check.sh $(BIN)
	@if [ -x fuzz/replay.sh ]; then CC="$(CC)" fuzz/replay.sh $(BIN) $(BUILD); fi

difftest: all
	tests/difftest.sh $(BIN) $(BUILD)
	tests/number/compare.sh $(BUILD)

number-check:
	tests/number/compare.sh --full $(BUILD)

# The interpreter built with switch dispatch runs the assembly corpus (every opcode).
switch-programs: deps $(STDLIB)
	$(MAKE) --no-print-directory BUILD=$(BUILD)/switch BIN=$(BUILD)/switch/bin DISPATCH=switch \
	    $(BUILD)/switch/bin/oak $(BUILD)/switch/bin/oakasm
	@mkdir -p $(BUILD)/switch/lib && cp $(STDLIB) $(BUILD)/switch/lib/java.base.oak
	OAK_MODES=int tests/run_programs.sh $(BUILD)/switch/bin $(BUILD)/switch $$(find tests/programs -name "*.oasm" | sort)

test: unit programs switch-programs

asan:
	$(MAKE) BUILD=build/asan BIN=build/asan/bin SAN=1 OPT=-O1 test

# Fuzzing (fuzz/README.md): libFuzzer harnesses built with clang under ASan + UBSan into
# build/fuzz/, with their seed corpus; fuzz-replay runs fuzz/regressions/ through them.
.PHONY: fuzz fuzz-replay
fuzz: all
	$(MAKE) -f fuzz/fuzz.mk BIN=$(BIN) STDLIB=$(STDLIB)

fuzz-replay: all
	CC="$(CC)" fuzz/replay.sh $(BIN) $(BUILD)

bench-interp:
	bench/interp/run.sh

clean:
	rm -rf build bin

format:
	clang-format -i $(wildcard */*.c */*.h tests/unit/*.c)

-include $(LIBOBJ:.o=.d) $(UNITOBJ:.o=.d) $(MAINS:%.c=$(BUILD)/%.d)

# Benchmarks (docs/performance.md): bench/programs in oak (int, jit, tiered), java -Xint,
# java and C; writes bench/results/latest.md and its chart. BENCH_ARGS passes options,
# e.g. make bench BENCH_ARGS="--quick" or BENCH_ARGS="fib nbody".
.PHONY: bench
bench: all
	bench/run --no-make $(BENCH_ARGS)
