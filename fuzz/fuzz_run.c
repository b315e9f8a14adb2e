/* fuzz_run.c: harness 2: verified code must never crash the VM.
 *
 * bytes -> ld_read; if the module parses and has a main class: a fresh VM (standard
 * library, the module; -Xmx64m, -Xss256k, a budget of FUZZ_BUDGET branches + calls: the
 * library is built with -DOAK_BUDGET), vm_boot, vm_verify_module; if every class of the
 * module verifies, vm_run_main on the main class with no arguments; vm_free. Exceptions,
 * uncaught or not, are normal outcomes, so is the budget's kill (also after 100 garbage
 * collections in one run: harness.h, OAK_FUZZ_MAX_GCS); a crash, a sanitizer report, a
 * hang past the budget, an abort() or any exit() other than System.exit's is a finding.
 *
 * System.exit: the VM's native calls exit(). fuzz.mk and replay.sh compile vm/natives.c
 * (and only it) with -Dexit=oak_fuzz_system_exit, so the one exit() call in that file
 * (System.exit's) lands in oak_fuzz_system_exit (harness.h), which longjmps back here; the
 * harness then frees the VM as after a normal return. exit() anywhere else (the VM's
 * fatal paths: "oak: out of memory" and friends) still ends the process, and libFuzzer
 * reports it ("fuzz target exited"). Jumping out of the interpreter is safe here because
 * the VM is freed right after and nothing of it outlives the input (no VM global state
 * but the thread-root list, which vm_free updates).
 */
#include "harness.h"
#ifdef OAK_FUZZ_LIBFUZZER
#include "mutator.h"
#endif

#ifndef FUZZ_BUDGET
#define FUZZ_BUDGET 100000
#endif
#define RUN_HEAP_MAX (64u << 20) /* -Xmx64m */
#define RUN_STACK (256u << 10)   /* -Xss256k */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    fz_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[1024];
    ld_Module *m = ld_read(data, size, "fuzz.oak", err, sizeof err);
    if (!m) return 0;
    if (!m->main_class) {
        ld_module_free(m);
        return 0;
    }
    /* the name, before the VM owns m: it lives as long as m */
    const char *main_class = ld_class_name(m, m->main_class);
    vm_VM *vm = fz_vm(m, RUN_HEAP_MAX, RUN_STACK, FUZZ_BUDGET);
    if (!vm) return 0;
    if (vm_verify_module(vm, m) == 0) {
        fz_cur_vm = vm;
        fz_gcs = 0;
        GC_set_on_collection_event(fz_on_gc);
        fz_running = 1;
        if (setjmp(fz_exit_jmp) == 0) vm_run_main(vm, main_class, 0, NULL);
        fz_running = 0;
        fz_cur_vm = NULL;
    }
    vm_free(vm);
    return 0;
}
