/* fuzz_load.c: harness 1: reader + loader/linker + verifier on arbitrary bytes.
 *
 * bytes -> ld_read; if the module parses: a fresh VM (standard library, the module),
 * vm_boot, vm_verify_module (loads, links and verifies every class of the module; runs no
 * Java code: loading does not initialize), vm_free. Any crash, sanitizer report, exit()
 * or abort() is a finding: a malformed module must be rejected with an error, never take
 * the process down. See fuzz/README.md.
 */
#include "harness.h"
#ifdef OAK_FUZZ_LIBFUZZER
#include "mutator.h"
#endif

#define LOAD_HEAP_MAX (32u << 20)  /* -Xmx32m */
#define LOAD_STACK (256u << 10)    /* -Xss256k */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    fz_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[1024];
    ld_Module *m = ld_read(data, size, "fuzz.oak", err, sizeof err);
    if (!m) return 0;
    vm_VM *vm = fz_vm(m, LOAD_HEAP_MAX, LOAD_STACK, 0);
    if (!vm) return 0;
    vm_verify_module(vm, m);
    vm_free(vm);
    return 0;
}
