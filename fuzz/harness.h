/* harness.h: what the two fuzz harnesses (fuzz_load.c, fuzz_run.c) share.
 *
 * Each harness is one translation unit that defines LLVMFuzzerTestOneInput (and
 * LLVMFuzzerInitialize); it is linked either with libFuzzer (make fuzz, clang) or with
 * fuzz/driver.c, a plain main() that feeds files to the same entry point (fuzz/replay.sh,
 * any C compiler). See fuzz/README.md.
 *
 * Per input: a fresh VM (vm_new), the standard library read from bytes cached at start-up
 * (vm_free frees the modules it was given, so each VM gets its own parsed copy), the
 * input module, vm_boot. Program output (System.out and System.err, and stack traces
 * printed by vm_verify_module/vm_run_main) goes to /dev/null unless OAK_FUZZ_VERBOSE is
 * set; libFuzzer's and the sanitizers' reports go to stderr as usual.
 */
#ifndef OAK_FUZZ_HARNESS_H
#define OAK_FUZZ_HARNESS_H

#include "vm.h"

#include <fcntl.h>
#include <gc/gc.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef OAK_FUZZ_STDLIB
#define OAK_FUZZ_STDLIB "lib/java.base.oak"
#endif

/* System.exit: the build compiles vm/natives.c (only it) with -Dexit=oak_fuzz_system_exit,
 * so System.exit's exit() lands here. While a harness runs Java code (fz_running) it
 * jumps back to the harness (fuzz_run.c); anywhere else it is a bug. */
static jmp_buf fz_exit_jmp;
static volatile int fz_running;

void oak_fuzz_system_exit(int code) __attribute__((noreturn));
void oak_fuzz_system_exit(int code) {
    (void)code;
    if (!fz_running) {
        fprintf(stderr, "oak fuzz: System.exit called while no Java code should run\n");
        abort();
    }
    longjmp(fz_exit_jmp, 1);
}

/* vm/class.c is compiled with -Dexit=oak_fuzz_vm_exit: its exit() calls are fatal paths
 * ("oak: out of memory" when class metadata cannot be allocated, a missing core class).
 * Each is a finding: abort() with a stack trace. With OAK_FUZZ_SKIP_KNOWN=1 the run harness
 * treats one that happens while Java code runs like System.exit (finding F1), so that a
 * long campaign is not stopped again and again by a bug already reported. */
static int fz_skip_known;

void oak_fuzz_vm_exit(int code) __attribute__((noreturn));
void oak_fuzz_vm_exit(int code) {
    if (fz_running && fz_skip_known) longjmp(fz_exit_jmp, 2);
    fprintf(stderr, "oak fuzz: vm/class.c called exit(%d): a fatal path (see the message above)\n", code);
    abort();
}

/* The budget counts branches and calls, not collections: a program that keeps failing
 * allocations with a full heap (an OutOfMemoryError handler that allocates again, or
 * recurses) costs a full collection of the whole heap per unit and runs for minutes
 * (finding F2). While Java code runs, the harness counts collections and after
 * fz_max_gcs of them empties the budget, so the next branch or call kills the program
 * as the budget would. Writing the budget is all the GC callback does (no allocation). */
static vm_VM *fz_cur_vm;
static unsigned fz_gcs, fz_max_gcs;

static void fz_on_gc(GC_EventType e) {
    if (e != GC_EVENT_START || !fz_running || !fz_cur_vm) return;
    if (++fz_gcs > fz_max_gcs) fz_cur_vm->main->budget = 0;
}

static uint8_t *fz_stdlib;
static size_t fz_stdlib_len;
static int fz_devnull = -1;
static int fz_verbose;

/* The standard library: $OAK_FUZZ_STDLIB, else $OAK_HOME/lib/java.base.oak, else the path
 * compiled in (-DOAK_FUZZ_STDLIB, set by fuzz/fuzz.mk and fuzz/replay.sh). */
static void fz_init(void) {
    char path[4096];
    const char *p = getenv("OAK_FUZZ_STDLIB"), *home = getenv("OAK_HOME");
    if (p && *p) {
        snprintf(path, sizeof path, "%s", p);
    } else if (home && *home) {
        snprintf(path, sizeof path, "%s/lib/java.base.oak", home);
    } else {
        snprintf(path, sizeof path, "%s", OAK_FUZZ_STDLIB);
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "oak fuzz: cannot open the standard library %s (set OAK_FUZZ_STDLIB)\n", path);
        exit(2);
    }
    size_t cap = 1 << 16;
    fz_stdlib = malloc(cap);
    size_t n;
    while (fz_stdlib && (n = fread(fz_stdlib + fz_stdlib_len, 1, cap - fz_stdlib_len, f)) > 0) {
        fz_stdlib_len += n;
        if (fz_stdlib_len == cap) fz_stdlib = realloc(fz_stdlib, cap *= 2);
    }
    fclose(f);
    char err[1024];
    ld_Module *m = fz_stdlib ? ld_read(fz_stdlib, fz_stdlib_len, path, err, sizeof err) : NULL;
    if (!m) {
        fprintf(stderr, "oak fuzz: %s\n", fz_stdlib ? err : "out of memory");
        exit(2);
    }
    ld_module_free(m);
    fz_verbose = getenv("OAK_FUZZ_VERBOSE") != NULL;
    fz_skip_known = getenv("OAK_FUZZ_SKIP_KNOWN") != NULL;
    const char *g = getenv("OAK_FUZZ_MAX_GCS");
    fz_max_gcs = g && atoi(g) > 0 ? (unsigned)atoi(g) : 100;
    fz_devnull = open("/dev/null", O_WRONLY);
    if (fz_devnull < 0) {
        perror("oak fuzz: /dev/null");
        exit(2);
    }
    /* The VM writes program output to fd 1 (vm->out[0]); fd 1 is not libFuzzer's. */
    if (!fz_verbose) dup2(fz_devnull, 1);
}

/* A VM with the standard library and m on its module path, booted. The VM owns m from
 * here on (vm_free frees it). NULL if the VM did not boot (then it is freed, m with it). */
static vm_VM *fz_vm(ld_Module *m, uint64_t heap_max, uint64_t stack_size, int64_t budget) {
    /* The GC heap outlives the VMs: start each input without the previous inputs' garbage
     * (Boehm does not always collect before failing an allocation at the heap limit, and
     * the VM does not always retry: finding F1 in fuzz/README.md), so that an input behaves
     * the same alone and in a run. A collection of a heap of garbage costs well under 1 ms. */
    GC_gcollect();
    vm_Options opt;
    memset(&opt, 0, sizeof opt);
    opt.mode = VM_MODE_INT;
    opt.heap_max = heap_max;
    opt.stack_size = stack_size;
    opt.budget = budget;
    vm_VM *vm = vm_new(&opt);
    if (!fz_verbose) vm->out[0].fd = vm->out[1].fd = fz_devnull;
    char err[1024];
    ld_Module *lib = ld_read(fz_stdlib, fz_stdlib_len, "java.base.oak", err, sizeof err);
    if (!lib) { /* it parsed in fz_init: the reader is not deterministic */
        fprintf(stderr, "oak fuzz: the standard library no longer parses: %s\n", err);
        abort();
    }
    if (vm_add_module(vm, lib, "java.base.oak") != 0 || vm_add_module(vm, m, "fuzz.oak") != 0) {
        fprintf(stderr, "oak fuzz: vm_add_module failed\n");
        abort();
    }
    if (vm_boot(vm) != 0) {
        vm_free(vm);
        return NULL;
    }
    return vm;
}

#endif
