/* jit.h: Oak's JIT: verified bytecode -> libgccjit -> native code, installed behind
 * vm_Method.entry.
 *
 * Why it is shaped this way (see docs/jit.md for the full story):
 * - libgccjit costs 13-50 ms per compile, most of it a fixed cost per context (running
 *   `as` and `ld`), so methods are compiled in batches: a method and its known callees
 *   in --mode=jit, everything that became hot since the last compile in --mode=tiered.
 * - Each method becomes a typed C function `R f(vm_Thread *t, A1 a1, ...)` with one gcc
 *   local per (local slot, type) and per (stack depth, type), so GCC keeps values in
 *   registers. Calls between methods of one batch are direct (GCC may inline them);
 *   other calls go through the callee's `jit_code` pointer if it is compiled, or into
 *   the interpreter through jit_rt_invoke. A per-method stub with the vm_Entry signature
 *   lets the interpreter call compiled code.
 * - Exceptions use the VM's protocol: a pending t->exception, checked after every call
 *   and helper that can throw, then a branch to the method's handler or a return.
 *   Compiled frames push a vm_Frame record (method, pc) so stack traces and
 *   StackOverflowError work as in the interpreter.
 * - Tiered mode compiles on a background thread; the interpreter keeps running and
 *   switches to native code when the entry pointer changes. A method stuck in a hot loop
 *   enters compiled code at the loop header (on-stack replacement).
 */
#ifndef OAK_JIT_H
#define OAK_JIT_H

#include "vm.h"

typedef struct jit_JIT jit_JIT;

typedef struct {
    uint64_t compiles;         /* contexts compiled */
    uint64_t methods;          /* methods compiled (OSR variants included) */
    uint64_t osr_compiles;     /* OSR variants compiled */
    uint64_t osr_entries;      /* transfers from the interpreter into OSR code */
    uint64_t failures;         /* methods the JIT gave up on (they stay interpreted) */
    double compile_ms;         /* total wall time in libgccjit */
    double compile_cpu_ms;     /* total CPU time of compiles (the compiling thread, as, ld) */
    double max_compile_ms;     /* the slowest compile */
    uint64_t code_bytes;       /* size of the generated object files (or shared objects) */
    uint64_t link_fallbacks;   /* objects jit_elf.c refused, linked and dlopened instead */
    uint64_t cache_hits;       /* classes loaded from the code cache (--mode=jit) */
    uint64_t cache_stores;     /* classes compiled into the code cache */
    uint64_t cache_methods;    /* methods installed from the cache */
    double cache_ms;           /* time spent loading from the cache */
} jit_Stats;

/* Creates the JIT for a VM (vm->opt says the mode, threshold, dump dir, verbosity).
 * Returns NULL with a message on stderr if libgccjit cannot work here. */
jit_JIT *jit_new(vm_VM *vm);
void jit_free(jit_JIT *j);
const jit_Stats *jit_stats(jit_JIT *j);
void jit_print_stats(jit_JIT *j, FILE *f);
/* The compiled method whose bytecode holds pc, or NULL (stack traces: compiled frame
 * records do not store their method). Any thread. */
vm_Method *jit_method_at(jit_JIT *j, const uint8_t *pc);

/* The interpreter calls this when it is about to run method m, which has no entry yet:
 * --mode=jit compiles m (and known callees) now; --mode=tiered counts and queues. */
void jit_on_invoke(vm_Thread *t, vm_Method *m);

/* A backward branch to pc in m (interpreted) was taken: counts, queues an OSR compile,
 * and returns the OSR entry for that loop header once it exists (else NULL). */
typedef vm_Value (*jit_OsrEntry)(vm_Thread *t, vm_Value *locals);
jit_OsrEntry jit_on_backedge(vm_Thread *t, vm_Method *m, uint32_t pc);

/* Compiles the given methods now, on this thread, in one context. 0 or -1. */
int jit_compile_now(jit_JIT *j, vm_Method **ms, uint32_t n);

/* Stops the background compiler (after the compile in progress); idempotent. */
void jit_stop(jit_JIT *j);

/* Waits until the background compiler has nothing queued (tests, shutdown). */
void jit_drain(jit_JIT *j);

#endif
