/* jit.c: translating verified bytecode to libgccjit IR, compiling, installing.
 *
 *   jit_compile_now(methods)                       one libgccjit context per batch
 *     1. declare: types, the imported runtime helpers (jit_rt.c), the internal helpers
 *        (saturating d2i/d2l), and for every method its typed function (so that calls
 *        inside the batch are direct and GCC may inline them)
 *     2. per method (and per OSR variant):
 *        a. kinds: a dataflow over the bytecode giving the kind (I J F D A) of every stack
 *           slot at every instruction, and of every local at OSR entries
 *        b. blocks: one gcc block per bytecode block start (entry, branch and switch
 *           targets, fall-throughs of conditionals, handlers)
 *        c. translation, instruction by instruction: stack slot (depth d, kind k) is the
 *           gcc local s<d><k>, local slot (i, k) the gcc local l<i><k>; nothing is
 *           address-taken, so GCC keeps them in registers
 *        d. exceptions: after anything that can throw, `if (t->exception) goto unwind`,
 *           where unwind tests the covering handlers in table order, then returns
 *     3. compile to an object file and load it (jit_elf.c; a shared object and dlopen for
 *        the code cache and --jit-dump), install every method's typed function
 *        (jit_code) and its vm_Entry stub (entry), and OSR entries
 */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "jit.h"
#include "jit_elf.h"

#include "opcodes.h"

/* every opcode must have a case in translate_insn: a new one is a compile error */
#pragma GCC diagnostic error "-Wswitch-enum"

#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <link.h>
#include <libgccjit.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* the layout of oak_meta in cached shared objects; bump it when generated code changes
 * meaning without a change of the executable (never, in practice: the key has its build id) */
#define JIT_CACHE_FORMAT 2

/* ------------------------------------------------------------------ */
/* the JIT object, queue and background thread                         */
/* ------------------------------------------------------------------ */

typedef struct jit_Osr {
    struct jit_Osr *next;
    uint32_t pc;
    jit_OsrEntry entry;
} jit_Osr;

typedef struct {
    vm_Method *m;
    uint32_t osr_pc; /* UINT32_MAX: the normal entry */
} Job;

struct jit_JIT {
    vm_VM *vm;
    jit_Stats stats;
    pthread_mutex_t lock;
    pthread_cond_t wake, idle;
    pthread_t thread;
    int thread_started, stop, busy;
    Job *queue;
    uint32_t nqueue, qcap;
    uint32_t batch_no;
    char tmpdir[256];
    int cache_state;      /* 0 not set up, 1 usable, -1 none */
    char cache_dir[512];
    uint64_t exe_id[2];
    uint64_t boot_key;
    /* the bytecode ranges of compiled methods, sorted: a compiled frame record holds only
     * a pc (jit_method_at) */
    pthread_mutex_t code_lock;
    struct CodeRange {
        const uint8_t *lo, *hi;
        vm_Method *m;
    } *ranges;
    uint32_t nranges, ranges_cap;
};

/* Records that m's bytecode belongs to m, before m's compiled code can run. */
static void register_code(jit_JIT *j, vm_Method *m) {
    if (!m->code || !m->code_len) return;
    pthread_mutex_lock(&j->code_lock);
    uint32_t lo = 0, hi = j->nranges;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (j->ranges[mid].lo < m->code) lo = mid + 1;
        else hi = mid;
    }
    if (lo < j->nranges && j->ranges[lo].lo == m->code) {
        pthread_mutex_unlock(&j->code_lock);
        return;
    }
    if (j->nranges == j->ranges_cap) {
        j->ranges_cap = j->ranges_cap ? j->ranges_cap * 2 : 256;
        j->ranges = realloc(j->ranges, sizeof *j->ranges * j->ranges_cap);
        if (!j->ranges) {
            fprintf(stderr, "oak: out of memory (JIT code ranges)\n");
            exit(1);
        }
    }
    memmove(j->ranges + lo + 1, j->ranges + lo, sizeof *j->ranges * (j->nranges - lo));
    j->ranges[lo] = (struct CodeRange){m->code, m->code + m->code_len, m};
    j->nranges++;
    pthread_mutex_unlock(&j->code_lock);
}

vm_Method *jit_method_at(jit_JIT *j, const uint8_t *pc) {
    vm_Method *m = NULL;
    pthread_mutex_lock(&j->code_lock);
    uint32_t lo = 0, hi = j->nranges;
    while (lo < hi) { /* the last range starting at or before pc */
        uint32_t mid = (lo + hi) / 2;
        if (j->ranges[mid].lo <= pc) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0 && pc < j->ranges[lo - 1].hi) m = j->ranges[lo - 1].m;
    pthread_mutex_unlock(&j->code_lock);
    return m;
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* CPU time of this thread plus that of the waited-for children (libgccjit runs `as` and
 * `ld` as child processes; only the compiling thread has any). */
static double cpu_ms(void) {
    struct timespec ts;
    struct rusage ru;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    double ms = ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    if (getrusage(RUSAGE_CHILDREN, &ru) == 0)
        ms += (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
    return ms;
}

const jit_Stats *jit_stats(jit_JIT *j) { return &j->stats; }

/* The runtime helpers generated code imports by name (jit_rt.c). Referencing them here
 * makes the static link keep them, and -rdynamic exports them to the compiled code. */
void jit_rt_throw_npe(void), jit_rt_throw_aioobe(void), jit_rt_throw_div0(void), jit_rt_throw_soe(void), jit_rt_stack_check(void),
    jit_rt_athrow(void), jit_rt_field(void), jit_rt_field_cacheable(void), jit_rt_method(void),
    jit_rt_method_cacheable(void), jit_rt_dispatch(void), jit_rt_invoke(void), jit_rt_new(void), jit_rt_newarray(void),
    jit_rt_anewarray(void), jit_rt_multianewarray(void), jit_rt_ldc(void), jit_rt_class(void), jit_rt_checkcast(void),
    jit_rt_instanceof(void), jit_rt_aastore_check(void), jit_rt_catch(void);
__attribute__((used)) void (*const jit_rt_exports[])(void) = {
    jit_rt_throw_npe, jit_rt_throw_aioobe, jit_rt_throw_div0, jit_rt_throw_soe, jit_rt_stack_check, jit_rt_athrow, jit_rt_field,
    jit_rt_field_cacheable, jit_rt_method, jit_rt_method_cacheable, jit_rt_dispatch, jit_rt_invoke, jit_rt_new,
    jit_rt_newarray, jit_rt_anewarray, jit_rt_multianewarray, jit_rt_ldc, jit_rt_class, jit_rt_checkcast,
    jit_rt_instanceof, jit_rt_aastore_check, jit_rt_catch,
};

/* ------------------------------------------------------------------ */
/* batch state                                                         */
/* ------------------------------------------------------------------ */

enum { K_I, K_J, K_F, K_D, K_A, K_N }; /* value kinds; K_N = none/unusable */

typedef struct {
    vm_Method *m;
    uint32_t osr_pc;          /* UINT32_MAX for the normal function */
    gcc_jit_function *fn;     /* typed function (or the OSR function) */
    gcc_jit_function *stub;   /* vm_Entry stub (normal functions only) */
    char name[64];
    int failed;
    int nothrow; /* cannot_throw(m): no frame record, no checks, nothing for callers to test */
    uint32_t *osr_pcs, nosr; /* OSR: the loop headers it can be entered at */
} Unit;

typedef struct {
    jit_JIT *j;
    gcc_jit_context *ctx;
    gcc_jit_type *t_void, *t_bool, *t_i8, *t_u8, *t_i16, *t_u16, *t_i32, *t_u32, *t_i64, *t_f32, *t_f64;
    gcc_jit_type *t_ptr, *t_cptr, *t_kind[K_N];
    gcc_jit_type *t_value, *t_value_ptr;
    gcc_jit_field *f_value[K_N];
    gcc_jit_function *h_npe, *h_aioobe, *h_div0, *h_soe, *h_stack_check, *h_athrow, *h_field, *h_field_cacheable, *h_method,
        *h_method_cacheable, *h_dispatch, *h_invoke, *h_new, *h_new_object, *h_newarray, *h_anewarray, *h_multi,
        *h_ldc, *h_class, *h_checkcast, *h_instanceof, *h_aastore, *h_catch, *h_fmod, *h_fmodf;
    gcc_jit_function *f_d2i, *f_d2l, *f_expect;
    Unit *units;
    uint32_t nunits;
    int nglobals;
    /* portable batches (the code cache): no addresses of this process in the code and
     * nothing taken from the resolution state; the code reads the few pointers it needs
     * (its methods, pcs inside their bytecode) from the table oak_rel, filled at load */
    vm_Class *portable;
    gcc_jit_lvalue *g_rel;
    uint32_t *rel; /* pairs: method index in the class, pc (UINT32_MAX: the vm_Method*) */
    uint32_t nrel, relcap;
    int on_vm_thread; /* compiled by the thread that runs Java: may read the class table */
    struct {
        const char *desc;
        int has_this;
        gcc_jit_function *fn;
    } thunks[64]; /* calls into the interpreter, one function per signature */
    int nthunks;
} Batch;

static int kind_of(char c) {
    switch (c) {
    case 'Z': case 'B': case 'C': case 'S': case 'I': return K_I;
    case 'J': return K_J;
    case 'F': return K_F;
    case 'D': return K_D;
    case 'V': return K_N;
    default: return K_A;
    }
}

static gcc_jit_rvalue *ci(Batch *b, gcc_jit_type *t, long v) { return gcc_jit_context_new_rvalue_from_long(b->ctx, t, v); }
static gcc_jit_rvalue *cptr(Batch *b, const void *p) { return gcc_jit_context_new_rvalue_from_ptr(b->ctx, b->t_ptr, (void *)p); }

/* A portable batch's pointer: entry k of oak_rel, describing (method index, pc). */
static gcc_jit_rvalue *relptr(Batch *b, vm_Method *m, uint32_t pc) {
    uint32_t mi = (uint32_t)(m - b->portable->methods), k;
    for (k = 0; k < b->nrel; k++)
        if (b->rel[2 * k] == mi && b->rel[2 * k + 1] == pc) break;
    if (k == b->nrel) {
        if (b->nrel == b->relcap) {
            b->relcap = b->relcap ? b->relcap * 2 : 64;
            b->rel = realloc(b->rel, sizeof(uint32_t) * 2 * b->relcap);
            if (!b->rel) abort();
        }
        b->rel[2 * k] = mi;
        b->rel[2 * k + 1] = pc;
        b->nrel++;
    }
    return gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(b->ctx, NULL, gcc_jit_lvalue_as_rvalue(b->g_rel),
                                                                     gcc_jit_context_new_rvalue_from_int(b->ctx, b->t_i32, (int)k)));
}

/* The vm_Method* of m (a method of the batch's class when the batch is portable). */
static gcc_jit_rvalue *mptr(Batch *b, vm_Method *m) { return b->portable ? relptr(b, m, UINT32_MAX) : cptr(b, m); }

/* Whether translation may use what the resolution cache knows now (never in a portable
 * batch: its code must be valid in any process). */
static int use_resolved(Batch *b) { return b->portable == NULL; }

static gcc_jit_function *imported(Batch *b, const char *name, gcc_jit_type *ret, int n, ...) {
    gcc_jit_param *ps[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        char pn[16];
        snprintf(pn, sizeof pn, "p%d", i);
        ps[i] = gcc_jit_context_new_param(b->ctx, NULL, va_arg(ap, gcc_jit_type *), pn);
    }
    va_end(ap);
    return gcc_jit_context_new_function(b->ctx, NULL, GCC_JIT_FUNCTION_IMPORTED, ret, name, n, ps, 0);
}

/* (T *)((char *)p + off) */
static gcc_jit_rvalue *ptr_at(Batch *b, gcc_jit_rvalue *p, long off, gcc_jit_type *t) {
    gcc_jit_rvalue *c = gcc_jit_context_new_cast(b->ctx, NULL, p, b->t_cptr);
    gcc_jit_lvalue *el = gcc_jit_context_new_array_access(b->ctx, NULL, c, ci(b, b->t_i64, off));
    return gcc_jit_context_new_cast(b->ctx, NULL, gcc_jit_lvalue_get_address(el, NULL), gcc_jit_type_get_pointer(t));
}
static gcc_jit_lvalue *at(Batch *b, gcc_jit_rvalue *p, long off, gcc_jit_type *t) {
    return gcc_jit_rvalue_dereference(ptr_at(b, p, off, t), NULL);
}

/* double -> int/long with Java's saturation, as internal functions GCC inlines. */
static gcc_jit_function *make_sat(Batch *b, int to_long) {
    gcc_jit_type *rt = to_long ? b->t_i64 : b->t_i32;
    gcc_jit_param *p = gcc_jit_context_new_param(b->ctx, NULL, b->t_f64, "d");
    gcc_jit_function *f = gcc_jit_context_new_function(b->ctx, NULL, GCC_JIT_FUNCTION_INTERNAL, rt,
                                                       to_long ? "oak_d2l" : "oak_d2i", 1, &p, 0);
    gcc_jit_rvalue *d = gcc_jit_param_as_rvalue(p);
    gcc_jit_block *b0 = gcc_jit_function_new_block(f, NULL), *bnan = gcc_jit_function_new_block(f, NULL),
                  *b1 = gcc_jit_function_new_block(f, NULL), *bhi = gcc_jit_function_new_block(f, NULL),
                  *b2 = gcc_jit_function_new_block(f, NULL), *blo = gcc_jit_function_new_block(f, NULL),
                  *bok = gcc_jit_function_new_block(f, NULL);
    double hi = to_long ? 9223372036854775807.0 : 2147483647.0, lo = to_long ? -9223372036854775808.0 : -2147483648.0;
    gcc_jit_block_end_with_conditional(b0, NULL, gcc_jit_context_new_comparison(b->ctx, NULL, GCC_JIT_COMPARISON_NE, d, d),
                                       bnan, b1);
    gcc_jit_block_end_with_return(bnan, NULL, ci(b, rt, 0));
    gcc_jit_block_end_with_conditional(
        b1, NULL,
        gcc_jit_context_new_comparison(b->ctx, NULL, GCC_JIT_COMPARISON_GE, d, gcc_jit_context_new_rvalue_from_double(b->ctx, b->t_f64, hi)),
        bhi, b2);
    gcc_jit_block_end_with_return(bhi, NULL, ci(b, rt, to_long ? INT64_MAX : INT32_MAX));
    gcc_jit_block_end_with_conditional(
        b2, NULL,
        gcc_jit_context_new_comparison(b->ctx, NULL, GCC_JIT_COMPARISON_LE, d, gcc_jit_context_new_rvalue_from_double(b->ctx, b->t_f64, lo)),
        blo, bok);
    gcc_jit_block_end_with_return(blo, NULL, ci(b, rt, to_long ? INT64_MIN : INT32_MIN));
    gcc_jit_block_end_with_return(bok, NULL, gcc_jit_context_new_cast(b->ctx, NULL, d, rt));
    return f;
}

static void batch_types(Batch *b) {
    gcc_jit_context *c = b->ctx;
    b->t_void = gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID);
    b->t_bool = gcc_jit_context_get_type(c, GCC_JIT_TYPE_BOOL);
    b->t_i8 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT8_T);
    b->t_u8 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT8_T);
    b->t_i16 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT16_T);
    b->t_u16 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT16_T);
    b->t_i32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT32_T);
    b->t_u32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT32_T);
    b->t_i64 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT64_T);
    b->t_f32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_FLOAT);
    b->t_f64 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_DOUBLE);
    b->t_ptr = gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID_PTR);
    b->t_cptr = gcc_jit_type_get_pointer(gcc_jit_context_get_type(c, GCC_JIT_TYPE_CHAR));
    b->t_kind[K_I] = b->t_i32;
    b->t_kind[K_J] = b->t_i64;
    b->t_kind[K_F] = b->t_f32;
    b->t_kind[K_D] = b->t_f64;
    b->t_kind[K_A] = b->t_ptr;
    static const char *const fn[K_N] = {"i", "j", "f", "d", "a"};
    for (int k = 0; k < K_N; k++) b->f_value[k] = gcc_jit_context_new_field(c, NULL, b->t_kind[k], fn[k]);
    b->t_value = gcc_jit_context_new_union_type(c, NULL, "vm_Value", K_N, b->f_value);
    b->t_value_ptr = gcc_jit_type_get_pointer(b->t_value);
    gcc_jit_type *P = b->t_ptr, *I = b->t_i32, *U = b->t_u32;
    b->h_npe = imported(b, "jit_rt_throw_npe", b->t_void, 3, P, P, U);
    b->h_aioobe = imported(b, "jit_rt_throw_aioobe", b->t_void, 3, P, I, I);
    b->h_div0 = imported(b, "jit_rt_throw_div0", b->t_void, 1, P);
    b->h_soe = imported(b, "jit_rt_throw_soe", b->t_void, 1, P);
    b->h_stack_check = imported(b, "jit_rt_stack_check", I, 2, P, P);
    b->h_athrow = imported(b, "jit_rt_athrow", b->t_void, 2, P, P);
    b->h_field = imported(b, "jit_rt_field", b->t_i64, 4, P, P, U, I);
    b->h_field_cacheable = imported(b, "jit_rt_field_cacheable", I, 2, P, U);
    b->h_method = imported(b, "jit_rt_method", P, 4, P, P, U, I);
    b->h_method_cacheable = imported(b, "jit_rt_method_cacheable", I, 3, P, U, I);
    b->h_dispatch = imported(b, "jit_rt_dispatch", P, 3, P, P, P);
    b->h_invoke = imported(b, "jit_rt_invoke", b->t_value, 3, P, P, b->t_value_ptr);
    b->h_new = imported(b, "jit_rt_new", P, 3, P, P, U);
    b->h_new_object = imported(b, "vm_new_object", P, 2, P, P);
    b->h_newarray = imported(b, "jit_rt_newarray", P, 3, P, I, I);
    b->h_anewarray = imported(b, "jit_rt_anewarray", P, 4, P, P, U, I);
    b->h_multi = imported(b, "jit_rt_multianewarray", P, 5, P, P, U, I, b->t_value_ptr);
    b->h_ldc = imported(b, "jit_rt_ldc", P, 3, P, P, U);
    b->h_class = imported(b, "jit_rt_class", P, 3, P, P, U);
    b->h_checkcast = imported(b, "jit_rt_checkcast", I, 3, P, P, P);
    b->h_instanceof = imported(b, "jit_rt_instanceof", I, 2, P, P);
    b->h_aastore = imported(b, "jit_rt_aastore_check", I, 3, P, P, P);
    b->h_catch = imported(b, "jit_rt_catch", I, 3, P, P, U);
    b->h_fmod = imported(b, "fmod", b->t_f64, 2, b->t_f64, b->t_f64);
    b->h_fmodf = imported(b, "fmodf", b->t_f32, 2, b->t_f32, b->t_f32);
    b->f_expect = gcc_jit_context_get_builtin_function(b->ctx, "__builtin_expect");
    b->f_d2i = make_sat(b, 0);
    b->f_d2l = make_sat(b, 1);
}

/* The typed function type of a descriptor: R (vm_Thread *, vm_Frame *caller_record, args...). */
static gcc_jit_function *declare_fn(Batch *b, vm_Method *m, const char *name, gcc_jit_param **params) {
    int np = 0;
    params[np++] = gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "t");
    params[np++] = gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "cfr");
    const char *p = m->desc + 1;
    int i = 0;
    if (!(m->flags & LD_ACC_STATIC)) {
        params[np++] = gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "this");
        i++;
    }
    while (*p != ')') {
        char pn[16];
        snprintf(pn, sizeof pn, "a%d", i++);
        params[np++] = gcc_jit_context_new_param(b->ctx, NULL, b->t_kind[kind_of(*p)], pn);
        while (*p == '[') p++;
        if (*p == 'L') p = strchr(p, ';');
        p++;
    }
    int rk = kind_of(m->ret);
    return gcc_jit_context_new_function(b->ctx, NULL, GCC_JIT_FUNCTION_EXPORTED, rk == K_N ? b->t_void : b->t_kind[rk], name,
                                        np, params, 0);
}

/* ------------------------------------------------------------------ */
/* kinds dataflow                                                      */
/* ------------------------------------------------------------------ */

typedef struct {
    int16_t depth; /* -1: not reached */
    uint8_t *kinds; /* stack kinds [depth], then local kinds [nl] */
} KState;

/* Stack effect with kinds: pops n values, pushes the kinds in out[]. Returns the number of
 * pushes; *npops the pops. Type variables copy the popped kinds. */
static int effect(const vm_Method *m, uint32_t pc, const uint8_t *stack, int depth, int *npops, uint8_t *out) {
    const uint8_t *code = m->code;
    const op_Info *in = &op_info[code[pc]];
    const ld_Module *mod = m->cls->module->ld;
    switch (code[pc]) {
    case OP_ldc: {
        int tag = mod->pool[op_u16(code + pc + 1)].tag;
        *npops = 0;
        out[0] = tag == LD_C_INT ? K_I : tag == LD_C_FLOAT ? K_F : tag == LD_C_LONG ? K_J : tag == LD_C_DOUBLE ? K_D : K_A;
        return 1;
    }
    case OP_getstatic: case OP_getfield: case OP_putstatic: case OP_putfield: {
        const char *desc = ld_utf8(mod, mod->pool[op_u16(code + pc + 1)].u.member.desc);
        uint8_t op = code[pc];
        *npops = op == OP_getstatic ? 0 : op == OP_getfield ? 1 : op == OP_putstatic ? 1 : 2;
        if (op == OP_getstatic || op == OP_getfield) {
            out[0] = (uint8_t)kind_of(desc[0]);
            return 1;
        }
        return 0;
    }
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface: {
        const char *desc = ld_utf8(mod, mod->pool[op_u16(code + pc + 1)].u.member.desc);
        *npops = ld_desc_nargs(desc) + (code[pc] != OP_invokestatic);
        int rk = kind_of(strchr(desc, ')')[1]);
        if (rk == K_N) return 0;
        out[0] = (uint8_t)rk;
        return 1;
    }
    case OP_multianewarray: *npops = code[pc + 3]; out[0] = K_A; return 1;
    default: break;
    }
    *npops = in->npops;
    uint8_t popped[8];
    for (int i = 0; i < in->npops && i < 8; i++) popped[i] = depth - in->npops + i >= 0 ? stack[depth - in->npops + i] : K_I;
    for (int i = 0; i < in->npushes; i++) {
        char c = in->pushes[i];
        if (c >= 'w' && c <= 'z') out[i] = popped[strchr(in->pops, c) - in->pops];
        else out[i] = c == 'A' ? K_A : (uint8_t)kind_of(c);
    }
    return in->npushes;
}

static int falls_through(uint8_t op) {
    return !(op == OP_goto || op == OP_athrow || op == OP_tableswitch || op == OP_lookupswitch ||
             (op >= OP_ireturn && op <= OP_return));
}

/* Fills st[pc] for every reachable instruction start. 0, or -1 if the code is odd. */
static int kinds_dataflow(const vm_Method *m, KState *st, uint8_t *pool_mem, uint8_t *is_start) {
    uint32_t n = m->code_len, nl = m->max_locals, ns = m->max_stack;
    uint32_t width = ns + nl;
    for (uint32_t pc = 0; pc < n; pc++) st[pc].depth = -1, st[pc].kinds = pool_mem + (size_t)pc * width;
    uint8_t *work = calloc(n, 1), *tmp = malloc(width + 8);
    if (!work || !tmp) abort();
    /* entry: arguments */
    st[0].depth = 0;
    uint8_t *loc0 = st[0].kinds + ns;
    memset(loc0, K_N, nl);
    uint32_t k = 0;
    if (!(m->flags & LD_ACC_STATIC)) loc0[k++] = K_A;
    for (const char *p = m->desc + 1; *p != ')';) {
        loc0[k++] = (uint8_t)kind_of(*p);
        while (*p == '[') p++;
        if (*p == 'L') p = strchr(p, ';');
        p++;
    }
    work[0] = 1;
    const ld_Method *d = m->def;
    int changed = 1;
    while (changed) {
        changed = 0;
        for (uint32_t pc = 0; pc < n; pc += op_decode_length(m->code, n, pc)) {
            if (!work[pc]) continue;
            work[pc] = 0;
            KState *s = &st[pc];
            int depth = s->depth;
            memcpy(tmp, s->kinds, width);
            uint8_t *stack = tmp, *loc = tmp + ns;
            uint8_t op = m->code[pc];
            uint32_t len = op_decode_length(m->code, n, pc);
            /* handlers: stack [A], locals as here */
            for (uint32_t i = 0; i < d->nhandlers; i++) {
                const ld_Handler *h = &d->handlers[i];
                if (pc < h->start || pc >= h->end) continue;
                KState *hs = &st[h->handler];
                if (hs->depth < 0) {
                    hs->depth = 1;
                    hs->kinds[0] = K_A;
                    memcpy(hs->kinds + ns, loc, nl);
                    work[h->handler] = 1, changed = 1;
                } else {
                    for (uint32_t l = 0; l < nl; l++)
                        if (hs->kinds[ns + l] != loc[l] && hs->kinds[ns + l] != K_N)
                            hs->kinds[ns + l] = K_N, work[h->handler] = 1, changed = 1;
                }
            }
            int npops;
            uint8_t out[8];
            int npush = effect(m, pc, stack, depth, &npops, out);
            if (npops > depth) return -1;
            depth -= npops;
            for (int i = 0; i < npush; i++) stack[depth++] = out[i];
            const op_Info *in = &op_info[op];
            if (in->format == OPF_LOCAL && in->npops == 1) loc[op_u16(m->code + pc + 1)] = (uint8_t)kind_of(in->pops[0] == 'A' ? 'L' : in->pops[0]);
            /* successors */
            uint32_t succ[2];
            int nsucc = 0;
            if (falls_through(op) && pc + len < n) succ[nsucc++] = pc + len;
            if (in->format == OPF_BRANCH) succ[nsucc++] = pc + op_s32(m->code + pc + 1);
            uint32_t nsw = 0;
            if (in->format == OPF_TABLESWITCH) nsw = (uint32_t)((int64_t)op_s32(m->code + pc + 9) - op_s32(m->code + pc + 5) + 1);
            if (in->format == OPF_LOOKUPSWITCH) nsw = op_u32(m->code + pc + 5);
            int has_sw = in->format == OPF_TABLESWITCH || in->format == OPF_LOOKUPSWITCH;
            for (uint32_t i = 0; i < (uint32_t)nsucc + nsw + (has_sw ? 1 : 0); i++) {
                uint32_t q;
                if (i < (uint32_t)nsucc) q = succ[i];
                else if (i == (uint32_t)nsucc) q = pc + op_s32(m->code + pc + 1); /* switch default */
                else if (in->format == OPF_TABLESWITCH) q = pc + op_s32(m->code + pc + 13 + 4 * (i - nsucc - 1));
                else q = pc + op_s32(m->code + pc + 13 + 8 * (i - nsucc - 1));
                if (q >= n || !is_start[q]) return -1;
                KState *qs = &st[q];
                if (qs->depth < 0) {
                    qs->depth = (int16_t)depth;
                    memcpy(qs->kinds, stack, depth);
                    memcpy(qs->kinds + ns, loc, nl);
                    work[q] = 1, changed = 1;
                } else {
                    if (qs->depth != depth) return -1;
                    for (uint32_t l = 0; l < nl; l++)
                        if (qs->kinds[ns + l] != loc[l] && qs->kinds[ns + l] != K_N)
                            qs->kinds[ns + l] = K_N, work[q] = 1, changed = 1;
                }
            }
        }
    }
    free(work);
    free(tmp);
    return 0;
}

/* ------------------------------------------------------------------ */
/* translation of one method                                           */
/* ------------------------------------------------------------------ */

typedef struct {
    Batch *b;
    Unit *u;
    vm_Method *m;
    const uint8_t *code;
    uint32_t n, nl, ns;
    gcc_jit_function *fn;
    gcc_jit_context *ctx;
    gcc_jit_block *cur;
    gcc_jit_block **blocks;
    uint8_t *is_start;
    KState *st;
    gcc_jit_lvalue **lv, **sv; /* [slot * K_N + kind] */
    gcc_jit_rvalue *t;
    gcc_jit_lvalue *fr;       /* this activation's frame record */
    int pc_line;              /* the line of the pc fr->pc holds on the current path, or PC_UNKNOWN */
    gcc_jit_block *exc_ret;
    gcc_jit_block **unwind;   /* per handler set: indexed by first covering handler + 1 (0: none) */
    gcc_jit_block **hentry;   /* per handler: entry block (stack = exception) */
    uint8_t kinds[1024];      /* current stack kinds (depth <= max_stack) */
    uint8_t nonnull[1024];    /* stack slots known not to be null (this, new, string constants) */
    int popped_nonnull;       /* what the last pop took was known not to be null */
    int this_stays;           /* an instance method that never stores into local 0 */
    int depth;
    uint32_t pc;
    int is_osr;
    int nglobal;
    gcc_jit_lvalue **ptrs; /* every reference-typed temporary, for clearing at handlers */
    uint32_t nptrs, ptrs_cap;
} Tr;

static gcc_jit_lvalue *ptr_local(Tr *x, const char *name) {
    gcc_jit_lvalue *v = gcc_jit_function_new_local(x->fn, NULL, x->b->t_ptr, name);
    if (x->nptrs == x->ptrs_cap) {
        x->ptrs_cap = x->ptrs_cap ? x->ptrs_cap * 2 : 32;
        x->ptrs = realloc(x->ptrs, sizeof(gcc_jit_lvalue *) * x->ptrs_cap);
    }
    x->ptrs[x->nptrs++] = v;
    return v;
}

/* Clears a reference variable so that what it held is garbage to a conservative GC; the
 * empty volatile asm makes GCC materialize the store in the variable's register. */
static void clear_ref(Tr *x, gcc_jit_block *bl, gcc_jit_lvalue *v) {
    gcc_jit_block_add_assignment(bl, NULL, v, gcc_jit_context_null(x->ctx, x->b->t_ptr));
    gcc_jit_extended_asm *a = gcc_jit_block_add_extended_asm(bl, NULL, "");
    gcc_jit_extended_asm_set_volatile_flag(a, 1);
    gcc_jit_extended_asm_add_output_operand(a, NULL, "+r", v);
}

static gcc_jit_lvalue *svar(Tr *x, int d, int k) {
    gcc_jit_lvalue **v = &x->sv[d * K_N + k];
    if (!*v) {
        char name[32];
        snprintf(name, sizeof name, "s%d%c", d, "ijfda"[k]);
        *v = gcc_jit_function_new_local(x->fn, NULL, x->b->t_kind[k], name);
    }
    return *v;
}
static gcc_jit_lvalue *lvar(Tr *x, int slot, int k) {
    gcc_jit_lvalue **v = &x->lv[slot * K_N + k];
    if (!*v) {
        char name[32];
        snprintf(name, sizeof name, "l%d%c", slot, "ijfda"[k]);
        *v = gcc_jit_function_new_local(x->fn, NULL, x->b->t_kind[k], name);
    }
    return *v;
}
static gcc_jit_rvalue *pop(Tr *x) {
    x->depth--;
    x->popped_nonnull = x->nonnull[x->depth];
    return gcc_jit_lvalue_as_rvalue(svar(x, x->depth, x->kinds[x->depth]));
}
static int top_kind(Tr *x, int from_top) { return x->kinds[x->depth - 1 - from_top]; }
static void push(Tr *x, int k, gcc_jit_rvalue *v) {
    gcc_jit_block_add_assignment(x->cur, NULL, svar(x, x->depth, k), v);
    x->nonnull[x->depth] = 0;
    x->kinds[x->depth++] = (uint8_t)k;
}
static gcc_jit_block *newblock(Tr *x) { return gcc_jit_function_new_block(x->fn, NULL); }
static gcc_jit_rvalue *rv(gcc_jit_lvalue *l) { return gcc_jit_lvalue_as_rvalue(l); }
static void assign(Tr *x, gcc_jit_lvalue *l, gcc_jit_rvalue *r) { gcc_jit_block_add_assignment(x->cur, NULL, l, r); }
static gcc_jit_rvalue *cmp(Tr *x, enum gcc_jit_comparison op, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
    return gcc_jit_context_new_comparison(x->ctx, NULL, op, a, b);
}
static gcc_jit_rvalue *bin(Tr *x, enum gcc_jit_binary_op op, gcc_jit_type *t, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
    return gcc_jit_context_new_binary_op(x->ctx, NULL, op, t, a, b);
}
static gcc_jit_rvalue *cast(Tr *x, gcc_jit_rvalue *v, gcc_jit_type *t) { return gcc_jit_context_new_cast(x->ctx, NULL, v, t); }
/* __builtin_expect(cond, 0): GCC lays the rare path out of line and inlines nothing there */
static gcc_jit_rvalue *unlikely(Tr *x, gcc_jit_rvalue *cond) {
    gcc_jit_type *l = gcc_jit_context_get_type(x->ctx, GCC_JIT_TYPE_LONG);
    gcc_jit_rvalue *a[2] = {cast(x, cond, l), gcc_jit_context_zero(x->ctx, l)};
    return gcc_jit_context_new_comparison(x->ctx, NULL, GCC_JIT_COMPARISON_NE,
                                          gcc_jit_context_new_call(x->ctx, NULL, x->b->f_expect, 2, a), gcc_jit_context_zero(x->ctx, l));
}
static gcc_jit_rvalue *call(Tr *x, gcc_jit_function *f, int n, ...) {
    gcc_jit_rvalue *a[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) a[i] = va_arg(ap, gcc_jit_rvalue *);
    va_end(ap);
    return gcc_jit_context_new_call(x->ctx, NULL, f, n, a);
}
static void eval(Tr *x, gcc_jit_rvalue *r) { gcc_jit_block_add_eval(x->cur, NULL, r); }
static gcc_jit_rvalue *null_ptr(Tr *x) { return gcc_jit_context_null(x->ctx, x->b->t_ptr); }

/* Frame records. A compiled activation owns the record after its caller's (cfr + 1) and
 * writes its method there; it stores the bytecode pc only where someone may look at it:
 *  - before a call (a callee's exception takes a stack trace that reads fr->pc): only a
 *    line number is ever derived from it, so a call on the line the record already holds
 *    stores nothing (pc_for_call);
 *  - on the cold path of a throwing instruction, with t->fp = fr, so that the helper
 *    that throws sees this record on top (sync_in);
 *  - before a helper that may run Java code or throw in the hot path (sync).
 * t->fp is set only before helpers: compiled callees get their caller's record as an
 * argument, and the vm_Entry stub restores t->fp when compiled code returns to C. */
#define PC_UNKNOWN (-3)

static int line_at(Tr *x, uint32_t pc) { return vm_line_of(x->m, pc); }

static void store_pc(Tr *x, gcc_jit_block *bl) {
    gcc_jit_block_add_assignment(bl, NULL, at(x->b, rv(x->fr), offsetof(vm_Frame, pc), x->b->t_ptr), 
                                                  x->b->portable ? relptr(x->b, x->m, x->pc) : cptr(x->b, x->code + x->pc));
}
static void store_fp(Tr *x, gcc_jit_block *bl) {
    gcc_jit_block_add_assignment(bl, NULL, at(x->b, x->t, offsetof(vm_Thread, fp), x->b->t_ptr), rv(x->fr));
}

/* Before a call on the main path: fr->pc holds a pc of this line afterwards. */
static void pc_for_call(Tr *x) {
    int line = line_at(x, x->pc);
    if (line == x->pc_line) return;
    store_pc(x, x->cur);
    x->pc_line = line;
}

/* In a side block that may rejoin the main path: the exact pc, and t->fp. */
static void sync_in(Tr *x, gcc_jit_block *bl) {
    store_pc(x, bl);
    store_fp(x, bl);
    if (line_at(x, x->pc) != x->pc_line) x->pc_line = PC_UNKNOWN;
}

/* On the main path, before a helper that may throw or run Java code. */
static void sync_main(Tr *x) {
    store_pc(x, x->cur);
    store_fp(x, x->cur);
    x->pc_line = line_at(x, x->pc);
}

static gcc_jit_lvalue *exception_lv(Tr *x) { return at(x->b, x->t, offsetof(vm_Thread, exception), x->b->t_ptr); }

/* The block that dispatches a pending exception at the current pc. */
static gcc_jit_block *unwind_block(Tr *x) {
    const ld_Method *d = x->m->def;
    int first = -1;
    for (uint32_t i = 0; i < d->nhandlers; i++)
        if (x->pc >= d->handlers[i].start && x->pc < d->handlers[i].end) {
            first = (int)i;
            break;
        }
    if (first < 0) return x->exc_ret;
    /* key: the exact list of covering handlers; sites with the same list share a block */
    uint32_t key = 0;
    for (uint32_t i = 0; i < d->nhandlers; i++)
        if (x->pc >= d->handlers[i].start && x->pc < d->handlers[i].end) key = key * 31 + i + 1;
    for (uint32_t s = 0; s < 64; s++) {
        gcc_jit_block **slot = &x->unwind[(key + s) % 64 * 2];
        if (slot[0] && (uintptr_t)slot[1] == key) return slot[0];
        if (!slot[0]) {
            gcc_jit_block *u = newblock(x), *c = u;
            for (uint32_t i = 0; i < d->nhandlers; i++) {
                const ld_Handler *h = &d->handlers[i];
                if (x->pc < h->start || x->pc >= h->end || x->st[h->handler].depth < 0) continue;
                if (!h->catch_type) {
                    gcc_jit_block_end_with_jump(c, NULL, x->hentry[i]);
                    c = NULL;
                    break;
                }
                vm_CPEntry *e = &x->m->cp[h->catch_type];
                gcc_jit_rvalue *test;
                if (use_resolved(x->b) && __atomic_load_n(&e->resolved, __ATOMIC_ACQUIRE))
                    test = call(x, x->b->h_instanceof, 2, rv(exception_lv(x)), cptr(x->b, e->p));
                else {
                    store_fp(x, c); /* resolving the catch type may throw NoClassDefFoundError */
                    test = call(x, x->b->h_catch, 3, x->t, mptr(x->b, x->m), ci(x->b, x->b->t_u32, h->catch_type));
                }
                gcc_jit_block *next = newblock(x);
                gcc_jit_block_end_with_conditional(c, NULL, cmp(x, GCC_JIT_COMPARISON_NE, test, ci(x->b, x->b->t_i32, 0)),
                                                   x->hentry[i], next);
                c = next;
            }
            if (c) gcc_jit_block_end_with_jump(c, NULL, x->exc_ret);
            slot[0] = u;
            slot[1] = (gcc_jit_block *)(uintptr_t)key;
            return u;
        }
    }
    return x->exc_ret; /* unreachable in practice: 64 distinct handler sets */
}

/* After a call or helper that may throw: if (t->exception) goto unwind. */
static void check_exception(Tr *x) {
    gcc_jit_block *ok = newblock(x);
    gcc_jit_block_end_with_conditional(x->cur, NULL, unlikely(x, cmp(x, GCC_JIT_COMPARISON_NE, rv(exception_lv(x)), null_ptr(x))),
                                       unwind_block(x), ok);
    x->cur = ok;
}

/* if (cond) { <throw call already built by caller>; goto unwind } */
static void throw_if(Tr *x, gcc_jit_rvalue *cond, gcc_jit_rvalue *throw_call) {
    gcc_jit_block *bad = newblock(x), *ok = newblock(x);
    gcc_jit_block_end_with_conditional(x->cur, NULL, unlikely(x, cond), bad, ok);
    sync_in(x, bad);
    gcc_jit_block_add_eval(bad, NULL, throw_call);
    gcc_jit_block_end_with_jump(bad, NULL, unwind_block(x));
    x->cur = ok;
}

/* (values known not to be null need no test: the last value popped, if o is that) */
static void null_check_nn(Tr *x, gcc_jit_rvalue *o, int nonnull) {
    if (nonnull) return;
    throw_if(x, cmp(x, GCC_JIT_COMPARISON_EQ, o, null_ptr(x)),
             call(x, x->b->h_npe, 3, x->t, mptr(x->b, x->m), ci(x->b, x->b->t_u32, x->pc)));
}

static gcc_jit_rvalue *array_length(Tr *x, gcc_jit_rvalue *a) {
    return rv(at(x->b, a, offsetof(vm_Object, length), x->b->t_i32));
}

/* Null and bounds checks; returns the element lvalue of type t. */
static gcc_jit_lvalue *element(Tr *x, gcc_jit_rvalue *a, gcc_jit_rvalue *i, gcc_jit_type *t) {
    null_check_nn(x, a, x->popped_nonnull); /* a was popped last */
    gcc_jit_lvalue *len = gcc_jit_function_new_local(x->fn, NULL, x->b->t_i32, "len");
    assign(x, len, array_length(x, a));
    throw_if(x,
             cmp(x, GCC_JIT_COMPARISON_GE, cast(x, i, x->b->t_u32), cast(x, rv(len), x->b->t_u32)),
             call(x, x->b->h_aioobe, 3, x->t, i, rv(len)));
    return gcc_jit_context_new_array_access(x->ctx, NULL, ptr_at(x->b, a, VM_HEADER_SIZE, t), i);
}

/* A zero-initialized global of this batch, used as a cache. */
static gcc_jit_lvalue *cache_global(Tr *x, gcc_jit_type *t) {
    char name[64];
    snprintf(name, sizeof name, "oak_cache_%u_%d", x->b->j->batch_no, x->b->nglobals++);
    return gcc_jit_context_new_global(x->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, t, name);
}

static void emit_return(Tr *x, int k, gcc_jit_rvalue *v) {
    if (x->is_osr) {
        gcc_jit_lvalue *r = gcc_jit_function_new_local(x->fn, NULL, x->b->t_value, "ret");
        if (k != K_N) assign(x, gcc_jit_lvalue_access_field(r, NULL, x->b->f_value[k]), v);
        else assign(x, gcc_jit_lvalue_access_field(r, NULL, x->b->f_value[K_J]), ci(x->b, x->b->t_i64, 0));
        store_fp(x, x->cur); /* the interpreter's frame is on top again */
        gcc_jit_block_end_with_return(x->cur, NULL, rv(r));
        return;
    }
    if (k == K_N) gcc_jit_block_end_with_void_return(x->cur, NULL);
    else gcc_jit_block_end_with_return(x->cur, NULL, v);
}

static gcc_jit_rvalue *zero_of(Tr *x, int k) {
    if (k == K_A) return null_ptr(x);
    return gcc_jit_context_zero(x->ctx, x->b->t_kind[k]);
}

/* ---- references not resolved yet ----
 * --mode=jit compiles a method before it first runs, so its references are not resolved
 * yet. When resolving one now would load, initialize and throw nothing (its class is
 * loaded and linked, and initialized if the member is static), the answer is known: it
 * is what these return, computed as vm_resolve_method/vm_resolve_field would. Only on the
 * VM's thread (the class table is not locked). NULL: resolve at run time. */

static vm_Class *loaded_class(Tr *x, uint16_t class_idx) {
    if (!x->b->on_vm_thread) return NULL;
    vm_Class *c = vm_find_loaded_class(x->b->j->vm, ld_class_name(x->m->cls->module->ld, class_idx));
    return c && c->state >= VM_CLASS_LINKED && c->state != VM_CLASS_ERROR ? c : NULL;
}

static vm_Method *predict_method(Tr *x, uint16_t idx, int kind) {
    const ld_Module *mod = x->m->cls->module->ld;
    const ld_Const *k = &mod->pool[idx];
    vm_Class *c = loaded_class(x, k->u.member.cls);
    if (!c || (c->flags & LD_ACC_INTERFACE) || kind == VM_INVOKE_INTERFACE) return NULL;
    vm_Method *me = vm_find_method(c, ld_utf8(mod, k->u.member.name), ld_utf8(mod, k->u.member.desc));
    if (!me || !!(me->flags & LD_ACC_STATIC) != (kind == VM_INVOKE_STATIC)) return NULL;
    if ((me->flags & LD_ACC_STATIC) && me->cls->state != VM_CLASS_INITIALIZED) return NULL;
    return me;
}

static vm_Field *predict_field(Tr *x, uint16_t idx, int is_static) {
    const ld_Module *mod = x->m->cls->module->ld;
    const ld_Const *k = &mod->pool[idx];
    vm_Class *c = loaded_class(x, k->u.member.cls);
    if (!c) return NULL;
    vm_Field *f = vm_find_field(c, ld_utf8(mod, k->u.member.name), ld_utf8(mod, k->u.member.desc));
    if (!f || !!(f->flags & LD_ACC_STATIC) != is_static) return NULL;
    if (is_static && f->cls->state != VM_CLASS_INITIALIZED) return NULL;
    return f;
}

/* ---- field access ---- */

static gcc_jit_lvalue *field_lv(Tr *x, uint16_t idx, int is_static, gcc_jit_rvalue *obj, int k) {
    Batch *b = x->b;
    vm_CPEntry *e = &x->m->cp[idx];
    gcc_jit_type *t = b->t_kind[k];
    vm_Field *f = !use_resolved(b) ? NULL : __atomic_load_n(&e->resolved, __ATOMIC_ACQUIRE) & VM_RES_FIELD(is_static) ? e->p : predict_field(x, idx, is_static);
    if (f) {
        if (is_static) return gcc_jit_rvalue_dereference(cast(x, cptr(b, &f->cls->statics[f->slot]), gcc_jit_type_get_pointer(t)), NULL);
        return at(b, obj, VM_FIELD_OFFSET(f->slot), t);
    }
    /* resolve at run time, once: the cache holds the static slot's address or the offset */
    gcc_jit_lvalue *g = cache_global(x, b->t_i64);
    gcc_jit_lvalue *val = gcc_jit_function_new_local(x->fn, NULL, b->t_i64, "fld");
    gcc_jit_block *slow = newblock(x), *done = newblock(x);
    assign(x, val, rv(g));
    gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, rv(val), ci(b, b->t_i64, 0)), slow, done);
    x->cur = slow;
    sync_in(x, x->cur);
    assign(x, val, call(x, b->h_field, 4, x->t, mptr(b, x->m), ci(b, b->t_u32, idx), ci(b, b->t_i32, is_static)));
    check_exception(x);
    if (is_static) {
        gcc_jit_block *store = newblock(x);
        gcc_jit_block_end_with_conditional(
            x->cur, NULL,
            cmp(x, GCC_JIT_COMPARISON_NE, call(x, b->h_field_cacheable, 2, mptr(b, x->m), ci(b, b->t_u32, idx)), ci(b, b->t_i32, 0)),
            store, done);
        x->cur = store;
    }
    assign(x, g, rv(val));
    gcc_jit_block_end_with_jump(x->cur, NULL, done);
    x->cur = done;
    if (is_static)
        return gcc_jit_rvalue_dereference(gcc_jit_context_new_bitcast(x->ctx, NULL, rv(val), gcc_jit_type_get_pointer(t)), NULL);
    gcc_jit_rvalue *cp = cast(x, obj, b->t_cptr);
    gcc_jit_lvalue *el = gcc_jit_context_new_array_access(x->ctx, NULL, cp, rv(val));
    return gcc_jit_rvalue_dereference(cast(x, gcc_jit_lvalue_get_address(el, NULL), gcc_jit_type_get_pointer(t)), NULL);
}

/* ---- classes (checkcast, instanceof, new) ---- */

static gcc_jit_rvalue *class_rv(Tr *x, uint16_t idx) {
    Batch *b = x->b;
    vm_CPEntry *e = &x->m->cp[idx];
    if (use_resolved(b) && __atomic_load_n(&e->resolved, __ATOMIC_ACQUIRE)) return cptr(b, e->p);
    gcc_jit_lvalue *g = cache_global(x, b->t_ptr);
    gcc_jit_lvalue *val = ptr_local(x, "cls");
    gcc_jit_block *slow = newblock(x), *done = newblock(x);
    assign(x, val, rv(g));
    gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, rv(val), null_ptr(x)), slow, done);
    x->cur = slow;
    sync_in(x, x->cur);
    assign(x, val, call(x, b->h_class, 3, x->t, mptr(b, x->m), ci(b, b->t_u32, idx)));
    check_exception(x);
    assign(x, g, rv(val));
    gcc_jit_block_end_with_jump(x->cur, NULL, done);
    x->cur = done;
    return rv(val);
}

static gcc_jit_rvalue *class_of(Tr *x, gcc_jit_rvalue *o) { return rv(at(x->b, o, offsetof(vm_Object, cls), x->b->t_ptr)); }

/* ---- calls ---- */

static Unit *batch_unit(Batch *b, vm_Method *m) {
    for (uint32_t i = 0; i < b->nunits; i++)
        if (b->units[i].m == m && b->units[i].osr_pc == UINT32_MAX && !b->units[i].failed) return &b->units[i];
    return NULL;
}

static gcc_jit_type *fn_ptr_type(Batch *b, const char *desc, int has_this, int *nparams) {
    gcc_jit_type *ps[262];
    int np = 0;
    ps[np++] = b->t_ptr;
    ps[np++] = b->t_ptr;
    if (has_this) ps[np++] = b->t_ptr;
    for (const char *p = desc + 1; *p != ')';) {
        ps[np++] = b->t_kind[kind_of(*p)];
        while (*p == '[') p++;
        if (*p == 'L') p = strchr(p, ';');
        p++;
    }
    int rk = kind_of(strchr(desc, ')')[1]);
    *nparams = np;
    return gcc_jit_context_new_function_ptr_type(b->ctx, NULL, rk == K_N ? b->t_void : b->t_kind[rk], np, ps, 0);
}

/* The batch's function R slow(t, fr, callee, args...) for one signature: a call of a method
 * that is not compiled (natives, interpreted methods) through jit_rt_invoke. Out of line,
 * so that a call site costs GCC one call instead of an argument array. */
static gcc_jit_function *slow_thunk(Batch *b, const char *desc, int has_this) {
    for (int i = 0; i < b->nthunks; i++)
        if (b->thunks[i].has_this == has_this && strcmp(b->thunks[i].desc, desc) == 0) return b->thunks[i].fn;
    gcc_jit_param *ps[264];
    int np = 0, nargs = 0, kinds[260];
    ps[np++] = gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "t");
    ps[np++] = gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "fr");
    ps[np++] = gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "callee");
    if (has_this) kinds[nargs++] = K_A;
    for (const char *p = desc + 1; *p != ')';) {
        kinds[nargs++] = kind_of(*p);
        while (*p == '[') p++;
        if (*p == 'L') p = strchr(p, ';');
        p++;
    }
    for (int i = 0; i < nargs; i++) {
        char pn[16];
        snprintf(pn, sizeof pn, "a%d", i);
        ps[np++] = gcc_jit_context_new_param(b->ctx, NULL, b->t_kind[kinds[i]], pn);
    }
    int rk = kind_of(strchr(desc, ')')[1]);
    char name[48];
    snprintf(name, sizeof name, "oak_slow_%d", b->nglobals++);
    gcc_jit_function *f = gcc_jit_context_new_function(b->ctx, NULL, GCC_JIT_FUNCTION_INTERNAL, rk == K_N ? b->t_void : b->t_kind[rk],
                                                       name, np, ps, 0);
    gcc_jit_block *bl = gcc_jit_function_new_block(f, NULL);
    gcc_jit_rvalue *t = gcc_jit_param_as_rvalue(ps[0]);
    /* the interpreter pushes its frame above this activation's record */
    gcc_jit_block_add_assignment(bl, NULL, at(b, t, offsetof(vm_Thread, fp), b->t_ptr), gcc_jit_param_as_rvalue(ps[1]));
    gcc_jit_lvalue *arr = gcc_jit_function_new_local(f, NULL, gcc_jit_context_new_array_type(b->ctx, NULL, b->t_value, nargs ? nargs : 1), "args");
    for (int i = 0; i < nargs; i++) {
        gcc_jit_lvalue *el = gcc_jit_context_new_array_access(b->ctx, NULL, gcc_jit_lvalue_as_rvalue(arr), ci(b, b->t_i32, i));
        gcc_jit_block_add_assignment(bl, NULL, gcc_jit_lvalue_access_field(el, NULL, b->f_value[kinds[i]]), gcc_jit_param_as_rvalue(ps[3 + i]));
    }
    gcc_jit_rvalue *base = gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(b->ctx, NULL, gcc_jit_lvalue_as_rvalue(arr), ci(b, b->t_i32, 0)), NULL);
    gcc_jit_rvalue *a3[3] = {t, gcc_jit_param_as_rvalue(ps[2]), base};
    gcc_jit_rvalue *vr = gcc_jit_context_new_call(b->ctx, NULL, b->h_invoke, 3, a3);
    if (rk == K_N) {
        gcc_jit_block_add_eval(bl, NULL, vr);
        gcc_jit_block_end_with_void_return(bl, NULL);
    } else {
        gcc_jit_lvalue *tmpv = gcc_jit_function_new_local(f, NULL, b->t_value, "rv");
        gcc_jit_block_add_assignment(bl, NULL, tmpv, vr);
        gcc_jit_block_end_with_return(bl, NULL, gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(tmpv, NULL, b->f_value[rk])));
    }
    if (b->nthunks < (int)(sizeof b->thunks / sizeof b->thunks[0])) {
        b->thunks[b->nthunks].desc = desc;
        b->thunks[b->nthunks].has_this = has_this;
        b->thunks[b->nthunks].fn = f;
        b->nthunks++;
    }
    return f;
}

/* A method that calls nothing and cannot throw: locals, constants, arithmetic (integer
 * division only by a nonzero constant), comparisons, branches and returns. Its compiled
 * form needs no frame record and no stack check (nothing can look at its frame, and it
 * takes bounded C stack), and a compiled caller calling it directly stores no pc and
 * tests no exception after the call: once inlined it is as cheap as the expression
 * (spectralnorm's A(i, j)). */
static int cannot_throw(const vm_Method *m) {
    if (!m->code || m->code_len == 0 || m->code_len > 400 || m->def->nhandlers)
        return 0;
    const uint8_t *code = m->code;
    uint32_t n = m->code_len;
    uint8_t target[401] = {0};
    for (uint32_t pc = 0; pc < n;) {
        uint32_t len = op_decode_length(code, n, pc);
        if (!len) return 0;
        if (op_info[code[pc]].format == OPF_BRANCH) {
            int64_t to = (int64_t)pc + op_s32(code + pc + 1);
            if (to < 0 || to >= n) return 0;
            target[to] = 1;
        }
        pc += len;
    }
    const ld_Module *mod = m->cls->module->ld;
    int64_t last_const = 0; /* the value the previous instruction pushed, if a constant */
    int have_const = 0;
    for (uint32_t pc = 0; pc < n; pc += op_decode_length(code, n, pc)) {
        uint8_t op = code[pc];
        int was_const = have_const;
        int64_t c = last_const;
        have_const = 0;
        if (op >= OP_iconst_m1 && op <= OP_iconst_5) {
            have_const = 1;
            last_const = op - OP_iconst_0;
        } else if (op == OP_lconst_0 || op == OP_lconst_1) {
            have_const = 1;
            last_const = op - OP_lconst_0;
        } else if (op == OP_bipush || op == OP_sipush) {
            have_const = 1;
            last_const = op == OP_bipush ? (int8_t)code[pc + 1] : op_s16(code + pc + 1);
        } else if (op == OP_ldc) {
            const ld_Const *k = &mod->pool[op_u16(code + pc + 1)];
            if (k->tag == LD_C_INT) {
                have_const = 1;
                last_const = k->u.i;
            } else if (k->tag == LD_C_LONG) {
                have_const = 1;
                last_const = k->u.j;
            } else if (k->tag != LD_C_FLOAT && k->tag != LD_C_DOUBLE) {
                return 0;
            }
        } else if (op == OP_idiv || op == OP_irem || op == OP_ldiv || op == OP_lrem) {
            if (!was_const || c == 0 || target[pc]) return 0;
        } else if (op == OP_nop || op == OP_aconst_null || (op >= OP_fconst_0 && op <= OP_dconst_1) ||
                   (op >= OP_iload && op <= OP_iinc) || (op >= OP_pop && op <= OP_lxor) || (op >= OP_i2l && op <= OP_if_acmpne) ||
                   op == OP_ifnull || op == OP_ifnonnull || op == OP_goto || (op >= OP_ireturn && op <= OP_return)) {
            /* pure */
        } else {
            return 0;
        }
    }
    return 1;
}

/* Calls `target` (an rvalue vm_Method*, or known statically as `known`) with args: direct
 * if it is in this batch, through its jit_code if compiled, else via jit_rt_invoke.
 * Returns 1 when the call cannot throw (a direct call to a cannot_throw method). */
static int emit_call_core(Tr *x, const char *desc, int has_this, gcc_jit_rvalue **args, int nargs, vm_Method *known,
                           gcc_jit_rvalue *target, gcc_jit_lvalue *res) {
    Batch *b = x->b;
    gcc_jit_rvalue *full[263];
    full[0] = x->t;
    full[1] = rv(x->fr);
    for (int i = 0; i < nargs; i++) full[i + 2] = args[i];
    Unit *u = known ? batch_unit(b, known) : NULL;
    if (u && u->nothrow) {
        gcc_jit_rvalue *r = gcc_jit_context_new_call(x->ctx, NULL, u->fn, nargs + 2, full);
        if (res) assign(x, res, r);
        else eval(x, r);
        return 1;
    }
    pc_for_call(x);
    if (u) {
        gcc_jit_rvalue *r = gcc_jit_context_new_call(x->ctx, NULL, u->fn, nargs + 2, full);
        if (res) assign(x, res, r);
        else eval(x, r);
    } else {
        if (!target) target = mptr(b, known);
        gcc_jit_lvalue *tm = ptr_local(x, "callee");
        assign(x, tm, target);
        gcc_jit_lvalue *code = ptr_local(x, "code");
        assign(x, code, rv(at(b, rv(tm), offsetof(vm_Method, jit_code), b->t_ptr)));
        gcc_jit_block *direct = newblock(x), *slow = newblock(x), *join = newblock(x);
        gcc_jit_block_end_with_conditional(x->cur, NULL, unlikely(x, cmp(x, GCC_JIT_COMPARISON_EQ, rv(code), null_ptr(x))), slow, direct);
        /* compiled callee: typed call through the pointer */
        x->cur = direct;
        int np;
        gcc_jit_type *ft = fn_ptr_type(b, desc, has_this, &np);
        gcc_jit_rvalue *r = gcc_jit_context_new_call_through_ptr(x->ctx, NULL, cast(x, rv(code), ft), nargs + 2, full);
        if (res) assign(x, res, r);
        else eval(x, r);
        gcc_jit_block_end_with_jump(x->cur, NULL, join);
        /* anything else: natives and interpreted methods, through jit_rt_invoke */
        x->cur = slow;
        full[2] = rv(tm);
        for (int i = 0; i < nargs; i++) full[i + 3] = args[i];
        gcc_jit_rvalue *sr = gcc_jit_context_new_call(x->ctx, NULL, slow_thunk(b, desc, has_this), nargs + 3, full);
        if (res) assign(x, res, sr);
        else eval(x, sr);
        gcc_jit_block_end_with_jump(x->cur, NULL, join);
        x->cur = join;
    }
    return 0;
}

/* After a call: does the activation return without any other effect, and without a
 * handler for the call? Then a pending exception needs no test here: the value returned
 * with it is never looked at, and the caller tests it (so `return f(n - 1) + 1` stays a
 * call GCC can turn into a loop). */
static int returns_after_call(Tr *x) {
    const ld_Method *d = x->m->def;
    for (uint32_t i = 0; i < d->nhandlers; i++)
        if (x->pc >= d->handlers[i].start && x->pc < d->handlers[i].end) return 0;
    for (uint32_t pc = x->pc + op_decode_length(x->code, x->n, x->pc), steps = 0; pc < x->n && steps < 16; steps++) {
        uint8_t op = x->code[pc];
        if (op >= OP_ireturn && op <= OP_return) return 1;
        int pure = op <= OP_sipush || (op >= OP_iload && op <= OP_iinc) || (op >= OP_pop && op <= OP_lxor) ||
                   (op >= OP_i2l && op <= OP_dcmpg);
        if (!pure || op == OP_idiv || op == OP_ldiv || op == OP_irem || op == OP_lrem) return 0;
        pc += op_decode_length(x->code, x->n, pc);
    }
    return 0;
}

static void emit_call(Tr *x, const char *desc, int has_this, gcc_jit_rvalue **args, int nargs, vm_Method *known,
                      gcc_jit_rvalue *target) {
    int rk = kind_of(strchr(desc, ')')[1]);
    gcc_jit_lvalue *res = rk == K_N ? NULL : gcc_jit_function_new_local(x->fn, NULL, x->b->t_kind[rk], "res");
    if (!emit_call_core(x, desc, has_this, args, nargs, known, target, res) && !returns_after_call(x)) check_exception(x);
    if (res) push(x, rk, rv(res));
}

/* The class an invokevirtual site has always seen, or NULL (not profiled, megamorphic). */
static vm_Class *monomorphic_class(vm_CPEntry *e) {
    vm_Class *c = __atomic_load_n(&e->ic_class, __ATOMIC_RELAXED);
    return c == VM_MEGAMORPHIC ? NULL : c;
}

/* In a portable batch: the target of an invokestatic/invokespecial/invokevirtual site
 * that names a method declared in the batch's own class, found by name (resolution would
 * find the same method and has nothing to initialize: the class is running); else NULL.
 * Virtual sites only when no override can exist (private or final). */
static vm_Method *own_target(Tr *x, uint16_t idx, uint8_t op) {
    const ld_Module *mod = x->m->cls->module->ld;
    const ld_Const *k = &mod->pool[idx];
    vm_Class *c = x->b->portable;
    if (op == OP_invokeinterface || strcmp(ld_class_name(mod, k->u.member.cls), c->name) != 0) return NULL;
    const char *name = ld_utf8(mod, k->u.member.name), *desc = ld_utf8(mod, k->u.member.desc);
    for (uint32_t i = 0; i < c->nmethods; i++) {
        vm_Method *t = &c->methods[i];
        if (strcmp(t->name, name) != 0 || strcmp(t->desc, desc) != 0) continue;
        int is_static = (t->flags & LD_ACC_STATIC) != 0;
        if (is_static != (op == OP_invokestatic)) return NULL;
        if (op == OP_invokevirtual && !((t->flags & (LD_ACC_FINAL | LD_ACC_PRIVATE)) || (c->flags & LD_ACC_FINAL)))
            return NULL;
        return t;
    }
    return NULL;
}

static void translate_invoke(Tr *x, uint8_t op) {
    Batch *b = x->b;
    uint16_t idx = op_u16(x->code + x->pc + 1);
    const ld_Module *mod = x->m->cls->module->ld;
    const char *desc = ld_utf8(mod, mod->pool[idx].u.member.desc);
    int has_this = op != OP_invokestatic;
    int nargs = ld_desc_nargs(desc) + has_this;
    gcc_jit_rvalue *args[260];
    for (int i = nargs - 1; i >= 0; i--) {
        /* copy out of the stack variables: the callee's result reuses them */
        int k = top_kind(x, 0);
        gcc_jit_rvalue *v = pop(x);
        gcc_jit_lvalue *tmp = gcc_jit_function_new_local(x->fn, NULL, b->t_kind[k], "arg");
        assign(x, tmp, v);
        args[i] = rv(tmp);
    }
    int recv_nonnull = x->popped_nonnull; /* args[0] was popped last */
    int kind = op == OP_invokestatic ? VM_INVOKE_STATIC : op == OP_invokespecial ? VM_INVOKE_SPECIAL
               : op == OP_invokevirtual ? VM_INVOKE_VIRTUAL : VM_INVOKE_INTERFACE;
    vm_CPEntry *e = &x->m->cp[idx];
    vm_Method *known = !use_resolved(b) ? own_target(x, idx, op)
                       : __atomic_load_n(&e->resolved, __ATOMIC_ACQUIRE) & VM_RES_INVOKE(kind) ? e->p
                                                                                                : predict_method(x, idx, kind);
    gcc_jit_rvalue *mrv;
    if (known) {
        mrv = mptr(b, known);
    } else {
        gcc_jit_lvalue *g = cache_global(x, b->t_ptr);
        gcc_jit_lvalue *val = ptr_local(x, "mth");
        gcc_jit_block *slow = newblock(x), *done = newblock(x);
        assign(x, val, rv(g));
        gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, rv(val), null_ptr(x)), slow, done);
        x->cur = slow;
        sync_in(x, x->cur);
        assign(x, val, call(x, b->h_method, 4, x->t, mptr(b, x->m), ci(b, b->t_u32, idx), ci(b, b->t_i32, kind)));
        check_exception(x);
        gcc_jit_block *store = newblock(x);
        gcc_jit_block_end_with_conditional(
            x->cur, NULL,
            cmp(x, GCC_JIT_COMPARISON_NE,
                call(x, b->h_method_cacheable, 3, mptr(b, x->m), ci(b, b->t_u32, idx), ci(b, b->t_i32, kind)), ci(b, b->t_i32, 0)),
            store, done);
        x->cur = store;
        assign(x, g, rv(val));
        gcc_jit_block_end_with_jump(x->cur, NULL, done);
        x->cur = done;
        mrv = rv(val);
    }
    /* resolution errors come before the null check, as in the interpreter */
    if (has_this) null_check_nn(x, args[0], recv_nonnull);
    if (op == OP_invokestatic || op == OP_invokespecial) {
        emit_call(x, desc, has_this, args, nargs, known, known ? NULL : mrv);
        return;
    }
    /* virtual and interface calls: a final or private target needs no dispatch */
    if (known && op == OP_invokevirtual &&
        ((known->flags & (LD_ACC_FINAL | LD_ACC_PRIVATE)) || (known->cls->flags & LD_ACC_FINAL) || known->vtable_index < 0) &&
        known->itable_index < 0) {
        emit_call(x, desc, 1, args, nargs, known, NULL);
        return;
    }
    /* a site that has seen one receiver class: call that class's method directly behind a
     * class check (GCC may inline it when it is in this batch), dispatch otherwise */
    vm_Class *mono = known && use_resolved(b) && op == OP_invokevirtual && known->vtable_index >= 0 ? monomorphic_class(e) : NULL;
    if (mono && (uint32_t)known->vtable_index < mono->vtable_len) {
        vm_Method *guess = mono->vtable[known->vtable_index];
        int rk = kind_of(strchr(desc, ')')[1]);
        gcc_jit_lvalue *res = rk == K_N ? NULL : gcc_jit_function_new_local(x->fn, NULL, b->t_kind[rk], "res");
        gcc_jit_block *hit = newblock(x), *miss = newblock(x), *join = newblock(x);
        pc_for_call(x); /* for both paths: the hit path may store none (a cannot_throw callee) */
        gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, class_of(x, args[0]), cptr(b, mono)), hit,
                                           miss);
        x->cur = hit;
        emit_call_core(x, desc, 1, args, nargs, guess, NULL, res);
        gcc_jit_block_end_with_jump(x->cur, NULL, join);
        x->cur = miss;
        gcc_jit_rvalue *vt = rv(at(b, class_of(x, args[0]), offsetof(vm_Class, vtable), b->t_ptr));
        gcc_jit_rvalue *tg = rv(gcc_jit_context_new_array_access(x->ctx, NULL, cast(x, vt, gcc_jit_type_get_pointer(b->t_ptr)),
                                                                 ci(b, b->t_i32, known->vtable_index)));
        emit_call_core(x, desc, 1, args, nargs, NULL, tg, res);
        gcc_jit_block_end_with_jump(x->cur, NULL, join);
        x->cur = join;
        if (!returns_after_call(x)) check_exception(x);
        if (res) push(x, rk, rv(res));
        return;
    }
    gcc_jit_rvalue *target;
    if (known && op == OP_invokevirtual && known->vtable_index >= 0) {
        /* recv->cls->vtable[index] */
        gcc_jit_rvalue *vt = rv(at(b, class_of(x, args[0]), offsetof(vm_Class, vtable), b->t_ptr));
        target = rv(gcc_jit_context_new_array_access(x->ctx, NULL, cast(x, vt, gcc_jit_type_get_pointer(b->t_ptr)),
                                                     ci(b, b->t_i32, known->vtable_index)));
    } else {
        /* interface (or unresolved) dispatch through the helper */
        gcc_jit_lvalue *tv = ptr_local(x, "tgt");
        sync_main(x);
        assign(x, tv, call(x, b->h_dispatch, 3, x->t, args[0], mrv));
        check_exception(x);
        target = rv(tv);
    }
    emit_call(x, desc, 1, args, nargs, NULL, target);
}

/* ---- the instruction translator ---- */

static int translate_insn(Tr *x) {
    Batch *b = x->b;
    const uint8_t *c = x->code + x->pc;
    op_Code op = (op_Code)c[0];
    gcc_jit_rvalue *v1, *v2, *v3;
    gcc_jit_type *I = b->t_i32, *J = b->t_i64, *F = b->t_f32, *D = b->t_f64;
    switch (op) {
    case OP_nop: break;
    case OP_aconst_null: push(x, K_A, null_ptr(x)); break;
    case OP_iconst_m1: case OP_iconst_0: case OP_iconst_1: case OP_iconst_2: case OP_iconst_3: case OP_iconst_4:
    case OP_iconst_5: push(x, K_I, ci(b, I, (int)op - OP_iconst_0)); break;
    case OP_lconst_0: case OP_lconst_1: push(x, K_J, ci(b, J, op - OP_lconst_0)); break;
    case OP_fconst_0: case OP_fconst_1: case OP_fconst_2:
        push(x, K_F, gcc_jit_context_new_rvalue_from_double(x->ctx, F, op - OP_fconst_0));
        break;
    case OP_dconst_0: case OP_dconst_1: push(x, K_D, gcc_jit_context_new_rvalue_from_double(x->ctx, D, op - OP_dconst_0)); break;
    case OP_bipush: push(x, K_I, ci(b, I, (int8_t)c[1])); break;
    case OP_sipush: push(x, K_I, ci(b, I, op_s16(c + 1))); break;
    case OP_ldc: {
        uint16_t idx = op_u16(c + 1);
        const ld_Const *k = &x->m->cls->module->ld->pool[idx];
        switch (k->tag) {
        case LD_C_INT: push(x, K_I, ci(b, I, k->u.i)); break;
        case LD_C_LONG: push(x, K_J, ci(b, J, k->u.j)); break;
        /* from the bits, so that NaN payloads and -0.0 survive exactly */
        case LD_C_FLOAT: push(x, K_F, gcc_jit_context_new_bitcast(x->ctx, NULL, ci(b, I, (int32_t)k->u.f), F)); break;
        case LD_C_DOUBLE: push(x, K_D, gcc_jit_context_new_bitcast(x->ctx, NULL, ci(b, J, (int64_t)k->u.d), D)); break;
        default: {
            vm_CPEntry *e = &x->m->cp[idx];
            if (use_resolved(b) && __atomic_load_n(&e->resolved, __ATOMIC_ACQUIRE) && k->tag == LD_C_STRING) {
                push(x, K_A, cptr(b, e->p)); /* interned: alive through the pool cache; the GC never moves */
                x->nonnull[x->depth - 1] = 1;
                break;
            }
            gcc_jit_lvalue *g = cache_global(x, b->t_ptr);
            gcc_jit_lvalue *val = ptr_local(x, "ldc");
            gcc_jit_block *slow = newblock(x), *done = newblock(x);
            assign(x, val, rv(g));
            gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, rv(val), null_ptr(x)), slow, done);
            x->cur = slow;
            sync_in(x, x->cur);
            assign(x, val, call(x, b->h_ldc, 3, x->t, mptr(b, x->m), ci(b, b->t_u32, idx)));
            check_exception(x);
            assign(x, g, rv(val));
            gcc_jit_block_end_with_jump(x->cur, NULL, done);
            x->cur = done;
            push(x, K_A, rv(val));
            x->nonnull[x->depth - 1] = 1;
        }
        }
        break;
    }
    case OP_iload: case OP_lload: case OP_fload: case OP_dload: case OP_aload: {
        int k = op == OP_iload ? K_I : op == OP_lload ? K_J : op == OP_fload ? K_F : op == OP_dload ? K_D : K_A;
        push(x, k, rv(lvar(x, op_u16(c + 1), k)));
        if (op == OP_aload && op_u16(c + 1) == 0 && x->this_stays) x->nonnull[x->depth - 1] = 1;
        break;
    }
    case OP_istore: case OP_lstore: case OP_fstore: case OP_dstore: case OP_astore: {
        int k = op == OP_istore ? K_I : op == OP_lstore ? K_J : op == OP_fstore ? K_F : op == OP_dstore ? K_D : K_A;
        assign(x, lvar(x, op_u16(c + 1), k), pop(x));
        break;
    }
    case OP_iinc: {
        gcc_jit_lvalue *l = lvar(x, op_u16(c + 1), K_I);
        assign(x, l, bin(x, GCC_JIT_BINARY_OP_PLUS, I, rv(l), ci(b, I, op_s16(c + 3))));
        break;
    }
    case OP_iaload: case OP_laload: case OP_faload: case OP_daload: case OP_aaload: case OP_baload: case OP_caload:
    case OP_saload: {
        v2 = pop(x);
        v1 = pop(x);
        static const int rk[] = {K_I, K_J, K_F, K_D, K_A, K_I, K_I, K_I};
        gcc_jit_type *et[] = {I, J, F, D, b->t_ptr, b->t_i8, b->t_u16, b->t_i16};
        int i = op - OP_iaload;
        gcc_jit_lvalue *el = element(x, v1, v2, et[i]);
        push(x, rk[i], rk[i] == K_I && i > 0 ? cast(x, rv(el), I) : rv(el));
        break;
    }
    case OP_iastore: case OP_lastore: case OP_fastore: case OP_dastore: case OP_castore: case OP_sastore: {
        v3 = pop(x);
        v2 = pop(x);
        v1 = pop(x);
        gcc_jit_type *et[] = {I, J, F, D, NULL, NULL, b->t_u16, b->t_i16};
        int i = op - OP_iastore;
        gcc_jit_lvalue *el = element(x, v1, v2, et[i]);
        assign(x, el, cast(x, v3, et[i]));
        break;
    }
    case OP_bastore: {
        v3 = pop(x);
        v2 = pop(x);
        v1 = pop(x);
        gcc_jit_lvalue *el = element(x, v1, v2, b->t_i8);
        /* boolean[] keeps the low bit, byte[] the low byte: mask = 255 - 254 * (elem == 'Z') */
        gcc_jit_rvalue *et = rv(at(b, class_of(x, v1), offsetof(vm_Class, elem_type), b->t_i8));
        gcc_jit_rvalue *isz = cast(x, cmp(x, GCC_JIT_COMPARISON_EQ, et, ci(b, b->t_i8, 'Z')), I);
        gcc_jit_rvalue *mask = bin(x, GCC_JIT_BINARY_OP_MINUS, I, ci(b, I, 255), bin(x, GCC_JIT_BINARY_OP_MULT, I, ci(b, I, 254), isz));
        gcc_jit_rvalue *val = bin(x, GCC_JIT_BINARY_OP_BITWISE_AND, I, v3, mask);
        assign(x, el, cast(x, cast(x, val, b->t_u8), b->t_i8));
        break;
    }
    case OP_aastore: {
        v3 = pop(x);
        v2 = pop(x);
        v1 = pop(x);
        gcc_jit_lvalue *tv = ptr_local(x, "val");
        assign(x, tv, v3);
        gcc_jit_lvalue *el = element(x, v1, v2, b->t_ptr);
        gcc_jit_block *fast = newblock(x), *chk = newblock(x), *store = newblock(x);
        gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, rv(tv), null_ptr(x)), store, fast);
        /* no helper when the value's class is the component class, or the component is
         * Object (the one class without a superclass): Sort's merge of Item[] */
        x->cur = fast;
        gcc_jit_lvalue *comp = ptr_local(x, "comp");
        assign(x, comp, rv(at(b, class_of(x, v1), offsetof(vm_Class, component), b->t_ptr)));
        gcc_jit_rvalue *same = cmp(x, GCC_JIT_COMPARISON_EQ, class_of(x, rv(tv)), rv(comp));
        gcc_jit_rvalue *any = cmp(x, GCC_JIT_COMPARISON_EQ, rv(at(b, rv(comp), offsetof(vm_Class, super), b->t_ptr)), null_ptr(x));
        gcc_jit_block_end_with_conditional(x->cur, NULL, bin(x, GCC_JIT_BINARY_OP_LOGICAL_OR, b->t_bool, same, any), store, chk);
        x->cur = chk;
        sync_in(x, x->cur);
        throw_if(x, cmp(x, GCC_JIT_COMPARISON_EQ, call(x, b->h_aastore, 3, x->t, v1, rv(tv)), ci(b, I, 0)),
                 ci(b, I, 0)); /* the helper already threw */
        gcc_jit_block_end_with_jump(x->cur, NULL, store);
        x->cur = store;
        assign(x, el, rv(tv));
        break;
    }
    case OP_arraylength:
        v1 = pop(x);
        null_check_nn(x, v1, x->popped_nonnull);
        push(x, K_I, array_length(x, v1));
        break;
    case OP_newarray: case OP_anewarray: case OP_multianewarray: {
        sync_main(x);
        gcc_jit_lvalue *r = ptr_local(x, "arr");
        if (op == OP_newarray) {
            assign(x, r, call(x, b->h_newarray, 3, x->t, ci(b, I, c[1]), pop(x)));
        } else if (op == OP_anewarray) {
            assign(x, r, call(x, b->h_anewarray, 4, x->t, mptr(b, x->m), ci(b, b->t_u32, op_u16(c + 1)), pop(x)));
        } else {
            int dims = c[3];
            gcc_jit_lvalue *arr = gcc_jit_function_new_local(x->fn, NULL, gcc_jit_context_new_array_type(x->ctx, NULL, b->t_value, dims), "dims");
            for (int i = dims - 1; i >= 0; i--)
                assign(x, gcc_jit_lvalue_access_field(gcc_jit_context_new_array_access(x->ctx, NULL, rv(arr), ci(b, I, i)), NULL, b->f_value[K_I]), pop(x));
            gcc_jit_rvalue *base = gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(x->ctx, NULL, rv(arr), ci(b, I, 0)), NULL);
            assign(x, r, call(x, b->h_multi, 5, x->t, mptr(b, x->m), ci(b, b->t_u32, op_u16(c + 1)), ci(b, I, dims), base));
        }
        check_exception(x);
        push(x, K_A, rv(r));
        break;
    }
    case OP_pop: x->depth--; break;
    case OP_pop2: x->depth -= 2; break;
    case OP_dup: case OP_dup_x1: case OP_dup_x2: case OP_dup2: case OP_dup2_x1: case OP_dup2_x2: case OP_swap: {
        const op_Info *in = &op_info[op];
        gcc_jit_rvalue *vals[4];
        int kinds[4], nn[4];
        for (int i = in->npops - 1; i >= 0; i--) {
            kinds[i] = top_kind(x, 0);
            gcc_jit_lvalue *tmp = gcc_jit_function_new_local(x->fn, NULL, b->t_kind[kinds[i]], "sh");
            assign(x, tmp, pop(x));
            nn[i] = x->popped_nonnull;
            vals[i] = rv(tmp);
        }
        for (int i = 0; i < in->npushes; i++) {
            int p = (int)(strchr(in->pops, in->pushes[i]) - in->pops);
            push(x, kinds[p], vals[p]);
            x->nonnull[x->depth - 1] = (uint8_t)nn[p];
        }
        break;
    }
#define ARITH(opc, kk, gop)                                                                \
    case opc:                                                                              \
        v2 = pop(x);                                                                       \
        v1 = pop(x);                                                                       \
        push(x, kk, bin(x, gop, b->t_kind[kk], v1, v2));                                   \
        break;
        ARITH(OP_iadd, K_I, GCC_JIT_BINARY_OP_PLUS)
        ARITH(OP_ladd, K_J, GCC_JIT_BINARY_OP_PLUS)
        ARITH(OP_fadd, K_F, GCC_JIT_BINARY_OP_PLUS)
        ARITH(OP_dadd, K_D, GCC_JIT_BINARY_OP_PLUS)
        ARITH(OP_isub, K_I, GCC_JIT_BINARY_OP_MINUS)
        ARITH(OP_lsub, K_J, GCC_JIT_BINARY_OP_MINUS)
        ARITH(OP_fsub, K_F, GCC_JIT_BINARY_OP_MINUS)
        ARITH(OP_dsub, K_D, GCC_JIT_BINARY_OP_MINUS)
        ARITH(OP_imul, K_I, GCC_JIT_BINARY_OP_MULT)
        ARITH(OP_lmul, K_J, GCC_JIT_BINARY_OP_MULT)
        ARITH(OP_fmul, K_F, GCC_JIT_BINARY_OP_MULT)
        ARITH(OP_dmul, K_D, GCC_JIT_BINARY_OP_MULT)
        ARITH(OP_fdiv, K_F, GCC_JIT_BINARY_OP_DIVIDE)
        ARITH(OP_ddiv, K_D, GCC_JIT_BINARY_OP_DIVIDE)
        ARITH(OP_iand, K_I, GCC_JIT_BINARY_OP_BITWISE_AND)
        ARITH(OP_land, K_J, GCC_JIT_BINARY_OP_BITWISE_AND)
        ARITH(OP_ior, K_I, GCC_JIT_BINARY_OP_BITWISE_OR)
        ARITH(OP_lor, K_J, GCC_JIT_BINARY_OP_BITWISE_OR)
        ARITH(OP_ixor, K_I, GCC_JIT_BINARY_OP_BITWISE_XOR)
        ARITH(OP_lxor, K_J, GCC_JIT_BINARY_OP_BITWISE_XOR)
#undef ARITH
    case OP_frem: v2 = pop(x), v1 = pop(x), push(x, K_F, call(x, b->h_fmodf, 2, v1, v2)); break;
    case OP_drem: v2 = pop(x), v1 = pop(x), push(x, K_D, call(x, b->h_fmod, 2, v1, v2)); break;
    case OP_idiv: case OP_irem: case OP_ldiv: case OP_lrem: {
        int k = (op == OP_idiv || op == OP_irem) ? K_I : K_J;
        int is_div = op == OP_idiv || op == OP_ldiv;
        gcc_jit_type *t = b->t_kind[k];
        v2 = pop(x);
        v1 = pop(x);
        throw_if(x, cmp(x, GCC_JIT_COMPARISON_EQ, v2, ci(b, t, 0)), call(x, b->h_div0, 1, x->t));
        /* MIN / -1 traps in hardware: x / -1 is -x (wrapping), x % -1 is 0 */
        gcc_jit_lvalue *r = gcc_jit_function_new_local(x->fn, NULL, t, "q");
        gcc_jit_block *m1 = newblock(x), *norm = newblock(x), *join = newblock(x);
        gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, v2, ci(b, t, -1)), m1, norm);
        gcc_jit_block_add_assignment(m1, NULL, r, is_div ? gcc_jit_context_new_unary_op(x->ctx, NULL, GCC_JIT_UNARY_OP_MINUS, t, v1) : ci(b, t, 0));
        gcc_jit_block_end_with_jump(m1, NULL, join);
        gcc_jit_block_add_assignment(norm, NULL, r, bin(x, is_div ? GCC_JIT_BINARY_OP_DIVIDE : GCC_JIT_BINARY_OP_MODULO, t, v1, v2));
        gcc_jit_block_end_with_jump(norm, NULL, join);
        x->cur = join;
        push(x, k, rv(r));
        break;
    }
    case OP_ineg: case OP_lneg: case OP_fneg: case OP_dneg: {
        int k = op - OP_ineg;
        v1 = pop(x);
        push(x, k, gcc_jit_context_new_unary_op(x->ctx, NULL, GCC_JIT_UNARY_OP_MINUS, b->t_kind[k], v1));
        break;
    }
    case OP_ishl: case OP_ishr: case OP_iushr: case OP_lshl: case OP_lshr: case OP_lushr: {
        int is_long = op == OP_lshl || op == OP_lshr || op == OP_lushr;
        gcc_jit_type *t = is_long ? J : I, *ut = is_long ? gcc_jit_context_get_type(x->ctx, GCC_JIT_TYPE_UINT64_T) : b->t_u32;
        v2 = pop(x);
        v1 = pop(x);
        gcc_jit_rvalue *cnt = cast(x, bin(x, GCC_JIT_BINARY_OP_BITWISE_AND, I, v2, ci(b, I, is_long ? 63 : 31)), t);
        gcc_jit_rvalue *r;
        if (op == OP_ishl || op == OP_lshl) r = cast(x, bin(x, GCC_JIT_BINARY_OP_LSHIFT, ut, cast(x, v1, ut), cast(x, cnt, ut)), t);
        else if (op == OP_ishr || op == OP_lshr) r = bin(x, GCC_JIT_BINARY_OP_RSHIFT, t, v1, cnt);
        else r = cast(x, bin(x, GCC_JIT_BINARY_OP_RSHIFT, ut, cast(x, v1, ut), cast(x, cnt, ut)), t);
        push(x, is_long ? K_J : K_I, r);
        break;
    }
    case OP_i2l: push(x, K_J, cast(x, pop(x), J)); break;
    case OP_i2f: push(x, K_F, cast(x, pop(x), F)); break;
    case OP_i2d: push(x, K_D, cast(x, pop(x), D)); break;
    case OP_l2i: push(x, K_I, cast(x, pop(x), I)); break;
    case OP_l2f: push(x, K_F, cast(x, pop(x), F)); break;
    case OP_l2d: push(x, K_D, cast(x, pop(x), D)); break;
    case OP_f2i: push(x, K_I, call(x, b->f_d2i, 1, cast(x, pop(x), D))); break;
    case OP_f2l: push(x, K_J, call(x, b->f_d2l, 1, cast(x, pop(x), D))); break;
    case OP_f2d: push(x, K_D, cast(x, pop(x), D)); break;
    case OP_d2i: push(x, K_I, call(x, b->f_d2i, 1, pop(x))); break;
    case OP_d2l: push(x, K_J, call(x, b->f_d2l, 1, pop(x))); break;
    case OP_d2f: push(x, K_F, cast(x, pop(x), F)); break;
    case OP_i2b: push(x, K_I, cast(x, cast(x, pop(x), b->t_i8), I)); break;
    case OP_i2c: push(x, K_I, cast(x, cast(x, pop(x), b->t_u16), I)); break;
    case OP_i2s: push(x, K_I, cast(x, cast(x, pop(x), b->t_i16), I)); break;
    case OP_lcmp: case OP_fcmpl: case OP_fcmpg: case OP_dcmpl: case OP_dcmpg: {
        v2 = pop(x);
        v1 = pop(x);
        /* (a > b) - (a < b), then NaN: -1 for the l forms, +1 for the g forms */
        gcc_jit_lvalue *a = gcc_jit_function_new_local(x->fn, NULL, gcc_jit_rvalue_get_type(v1), "ca");
        gcc_jit_lvalue *bb = gcc_jit_function_new_local(x->fn, NULL, gcc_jit_rvalue_get_type(v2), "cb");
        assign(x, a, v1);
        assign(x, bb, v2);
        gcc_jit_rvalue *r = bin(x, GCC_JIT_BINARY_OP_MINUS, I, cast(x, cmp(x, GCC_JIT_COMPARISON_GT, rv(a), rv(bb)), I),
                                cast(x, cmp(x, GCC_JIT_COMPARISON_LT, rv(a), rv(bb)), I));
        if (op != OP_lcmp) {
            gcc_jit_rvalue *nan = cast(x,
                                       bin(x, GCC_JIT_BINARY_OP_LOGICAL_OR, b->t_bool, cmp(x, GCC_JIT_COMPARISON_NE, rv(a), rv(a)),
                                           cmp(x, GCC_JIT_COMPARISON_NE, rv(bb), rv(bb))),
                                       I);
            r = bin(x, (op == OP_fcmpl || op == OP_dcmpl) ? GCC_JIT_BINARY_OP_MINUS : GCC_JIT_BINARY_OP_PLUS, I, r, nan);
        }
        push(x, K_I, r);
        break;
    }
    case OP_ifeq: case OP_ifne: case OP_iflt: case OP_ifge: case OP_ifgt: case OP_ifle: case OP_if_icmpeq:
    case OP_if_icmpne: case OP_if_icmplt: case OP_if_icmpge: case OP_if_icmpgt: case OP_if_icmple: case OP_if_acmpeq:
    case OP_if_acmpne: case OP_ifnull: case OP_ifnonnull: {
        static const enum gcc_jit_comparison cmps[] = {GCC_JIT_COMPARISON_EQ, GCC_JIT_COMPARISON_NE, GCC_JIT_COMPARISON_LT,
                                                       GCC_JIT_COMPARISON_GE, GCC_JIT_COMPARISON_GT, GCC_JIT_COMPARISON_LE};
        enum gcc_jit_comparison cc;
        if (op <= OP_ifle) {
            v1 = pop(x);
            v2 = ci(b, I, 0);
            cc = cmps[op - OP_ifeq];
        } else if (op <= OP_if_icmple) {
            v2 = pop(x);
            v1 = pop(x);
            cc = cmps[op - OP_if_icmpeq];
        } else if (op <= OP_if_acmpne) {
            v2 = pop(x);
            v1 = pop(x);
            cc = op == OP_if_acmpeq ? GCC_JIT_COMPARISON_EQ : GCC_JIT_COMPARISON_NE;
        } else {
            v1 = pop(x);
            v2 = null_ptr(x);
            cc = op == OP_ifnull ? GCC_JIT_COMPARISON_EQ : GCC_JIT_COMPARISON_NE;
        }
        gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, cc, v1, v2), x->blocks[x->pc + op_s32(c + 1)],
                                           x->blocks[x->pc + 5]);
        x->cur = NULL;
        break;
    }
    case OP_goto: gcc_jit_block_end_with_jump(x->cur, NULL, x->blocks[x->pc + op_s32(c + 1)]); x->cur = NULL; break;
    case OP_tableswitch: case OP_lookupswitch: {
        v1 = pop(x);
        uint32_t nc = op == OP_tableswitch ? (uint32_t)((int64_t)op_s32(c + 9) - op_s32(c + 5) + 1) : op_u32(c + 5);
        gcc_jit_case **cases = malloc(sizeof(gcc_jit_case *) * (nc ? nc : 1));
        for (uint32_t i = 0; i < nc; i++) {
            int32_t key = op == OP_tableswitch ? op_s32(c + 5) + (int32_t)i : op_s32(c + 9 + 8 * i);
            int32_t off = op == OP_tableswitch ? op_s32(c + 13 + 4 * i) : op_s32(c + 13 + 8 * i);
            cases[i] = gcc_jit_context_new_case(x->ctx, ci(b, I, key), ci(b, I, key), x->blocks[x->pc + off]);
        }
        gcc_jit_block_end_with_switch(x->cur, NULL, v1, x->blocks[x->pc + op_s32(c + 1)], (int)nc, cases);
        free(cases);
        x->cur = NULL;
        break;
    }
    case OP_ireturn: case OP_lreturn: case OP_freturn: case OP_dreturn: case OP_areturn:
        v1 = pop(x);
        emit_return(x, op - OP_ireturn, v1);
        x->cur = NULL;
        break;
    case OP_return: emit_return(x, K_N, NULL); x->cur = NULL; break;
    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield: {
        uint16_t idx = op_u16(c + 1);
        const ld_Module *mod = x->m->cls->module->ld;
        int k = kind_of(ld_utf8(mod, mod->pool[idx].u.member.desc)[0]);
        gcc_jit_rvalue *val = NULL, *obj = NULL;
        int obj_nonnull = 0;
        if (op == OP_putstatic || op == OP_putfield) {
            gcc_jit_lvalue *tv = gcc_jit_function_new_local(x->fn, NULL, b->t_kind[k], "fv");
            assign(x, tv, pop(x));
            val = rv(tv);
        }
        if (op == OP_getfield || op == OP_putfield) {
            gcc_jit_lvalue *to = ptr_local(x, "obj");
            assign(x, to, pop(x));
            obj = rv(to);
            obj_nonnull = x->popped_nonnull;
        }
        /* resolve first (its errors come before the null check), then check, then access */
        gcc_jit_lvalue *f = field_lv(x, idx, op == OP_getstatic || op == OP_putstatic, obj, k);
        if (obj) null_check_nn(x, obj, obj_nonnull);
        if (val) assign(x, f, val);
        else push(x, k, rv(f));
        break;
    }
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface:
        translate_invoke(x, (uint8_t)op);
        break;
    case OP_new: {
        uint16_t idx = op_u16(c + 1);
        vm_CPEntry *e = &x->m->cp[idx];
        gcc_jit_lvalue *r = ptr_local(x, "obj");
        sync_main(x);
        vm_Class *nc = !use_resolved(b) ? NULL : __atomic_load_n(&e->resolved, __ATOMIC_ACQUIRE) ? e->p : loaded_class(x, idx);
        if (nc && nc->state == VM_CLASS_INITIALIZED && !(nc->flags & (LD_ACC_ABSTRACT | LD_ACC_INTERFACE)))
            assign(x, r, call(x, b->h_new_object, 2, x->t, cptr(b, nc)));
        else
            assign(x, r, call(x, b->h_new, 3, x->t, mptr(b, x->m), ci(b, b->t_u32, idx)));
        check_exception(x);
        push(x, K_A, rv(r));
        x->nonnull[x->depth - 1] = 1;
        break;
    }
    case OP_athrow: {
        v1 = pop(x);
        null_check_nn(x, v1, x->popped_nonnull);
        eval(x, call(x, b->h_athrow, 2, x->t, v1));
        gcc_jit_block_end_with_jump(x->cur, NULL, unwind_block(x));
        x->cur = NULL;
        break;
    }
    case OP_checkcast: {
        gcc_jit_lvalue *o = ptr_local(x, "cc");
        assign(x, o, pop(x));
        gcc_jit_block *test = newblock(x), *done = newblock(x);
        gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, rv(o), null_ptr(x)), done, test);
        x->cur = test;
        gcc_jit_rvalue *cls = class_rv(x, op_u16(c + 1));
        gcc_jit_lvalue *cl = ptr_local(x, "ccls");
        assign(x, cl, cls);
        gcc_jit_block *slow = newblock(x);
        gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, class_of(x, rv(o)), rv(cl)), done, slow);
        x->cur = slow;
        sync_in(x, x->cur);
        throw_if(x, cmp(x, GCC_JIT_COMPARISON_EQ, call(x, b->h_checkcast, 3, x->t, rv(o), rv(cl)), ci(b, I, 0)), ci(b, I, 0));
        gcc_jit_block_end_with_jump(x->cur, NULL, done);
        x->cur = done;
        push(x, K_A, rv(o));
        break;
    }
    case OP_instanceof: {
        gcc_jit_lvalue *o = ptr_local(x, "io");
        assign(x, o, pop(x));
        gcc_jit_lvalue *r = gcc_jit_function_new_local(x->fn, NULL, I, "isi");
        assign(x, r, ci(b, I, 0));
        gcc_jit_block *test = newblock(x), *done = newblock(x);
        gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, rv(o), null_ptr(x)), done, test);
        x->cur = test;
        gcc_jit_rvalue *cls = class_rv(x, op_u16(c + 1));
        assign(x, r, call(x, b->h_instanceof, 2, rv(o), cls));
        gcc_jit_block_end_with_jump(x->cur, NULL, done);
        x->cur = done;
        push(x, K_I, rv(r));
        break;
    }
    case OP__COUNT: return -1;
    }
    return 0;
}

/* Builds the function body of unit u. 0, or -1 if the method is not compilable. */
static int translate(Batch *b, Unit *u, gcc_jit_param **params) {
    vm_Method *m = u->m;
    Tr xx;
    memset(&xx, 0, sizeof xx);
    Tr *x = &xx;
    x->b = b;
    x->u = u;
    x->m = m;
    x->code = m->code;
    x->n = m->code_len;
    x->nl = m->max_locals;
    x->ns = m->max_stack;
    x->fn = u->fn;
    x->ctx = b->ctx;
    x->is_osr = u->osr_pc != UINT32_MAX;
    if (x->ns >= sizeof x->kinds) return -1;
    int rc = -1;
    uint32_t n = x->n;
    x->is_start = calloc(n + 1, 1);
    x->blocks = calloc(n + 1, sizeof(gcc_jit_block *));
    x->st = calloc(n, sizeof(KState));
    uint8_t *kmem = calloc((size_t)n * (x->ns + x->nl) + 1, 1);
    x->lv = calloc((size_t)(x->nl + 1) * K_N, sizeof(gcc_jit_lvalue *));
    x->sv = calloc((size_t)(x->ns + 1) * K_N, sizeof(gcc_jit_lvalue *));
    x->unwind = calloc(128, sizeof(gcc_jit_block *));
    x->hentry = calloc(m->def->nhandlers + 1, sizeof(gcc_jit_block *));
    if (!x->is_start || !x->blocks || !x->st || !kmem || !x->lv || !x->sv || !x->unwind || !x->hentry) abort();
    /* instruction starts and block starts */
    uint8_t *insn = calloc(n + 1, 1);
    for (uint32_t pc = 0; pc < n;) {
        uint32_t len = op_decode_length(x->code, n, pc);
        if (!len) goto out;
        insn[pc] = 1;
        const op_Info *in = &op_info[x->code[pc]];
        if (in->format == OPF_BRANCH) {
            x->is_start[pc + op_s32(x->code + pc + 1)] = 1;
            if (pc + len < n) x->is_start[pc + len] = 1;
        }
        if (in->format == OPF_TABLESWITCH || in->format == OPF_LOOKUPSWITCH) {
            uint32_t nc = in->format == OPF_TABLESWITCH ? (uint32_t)((int64_t)op_s32(x->code + pc + 9) - op_s32(x->code + pc + 5) + 1)
                                                          : op_u32(x->code + pc + 5);
            x->is_start[pc + op_s32(x->code + pc + 1)] = 1;
            for (uint32_t i = 0; i < nc; i++)
                x->is_start[pc + (in->format == OPF_TABLESWITCH ? op_s32(x->code + pc + 13 + 4 * i) : op_s32(x->code + pc + 13 + 8 * i))] = 1;
        }
        if (!falls_through(x->code[pc]) && pc + len < n) x->is_start[pc + len] = 1;
        pc += len;
    }
    x->is_start[0] = 1;
    for (uint32_t i = 0; i < m->def->nhandlers; i++) x->is_start[m->def->handlers[i].handler] = 1;
    if (kinds_dataflow(m, x->st, kmem, insn) != 0) goto out;
    x->this_stays = !(m->flags & LD_ACC_STATIC);
    for (uint32_t pc = 0; pc < n; pc += op_decode_length(x->code, n, pc)) {
        const op_Info *in = &op_info[x->code[pc]];
        if (in->format == OPF_LOCAL && in->npops == 1 && op_u16(x->code + pc + 1) == 0) x->this_stays = 0;
    }
    if (x->is_osr && (u->osr_pc >= n || x->st[u->osr_pc].depth != 0 || !x->is_start[u->osr_pc])) goto out;
    /* prologue: the first block created is the function's entry */
    gcc_jit_block *entry = newblock(x);
    for (uint32_t pc = 0; pc < n; pc++)
        if (x->is_start[pc] && insn[pc] && x->st[pc].depth >= 0) x->blocks[pc] = newblock(x);
    x->cur = entry;
    x->t = gcc_jit_param_as_rvalue(params[0]);
    x->fr = gcc_jit_function_new_local(x->fn, NULL, b->t_ptr, "fr");
    x->pc_line = PC_UNKNOWN;
    x->exc_ret = newblock(x);
    gcc_jit_lvalue *tfp = at(b, x->t, offsetof(vm_Thread, fp), b->t_ptr);
    int rk = kind_of(m->ret);
    if (x->is_osr) {
        /* the interpreter's frame stays the record. One variant serves every loop header
         * of the method with an empty stack (main's loops one after another): the header
         * to enter is the pc the interpreter saved in its frame. Load the locals it holds
         * as that header's kinds say. */
        assign(x, x->fr, rv(tfp));
        gcc_jit_rvalue *locals = gcc_jit_param_as_rvalue(params[1]);
        gcc_jit_lvalue *saved_pc = ptr_local(x, "entry_pc");
        assign(x, saved_pc, rv(at(b, rv(x->fr), offsetof(vm_Frame, pc), b->t_ptr)));
        u->osr_pcs = malloc(sizeof(uint32_t) * (n + 1));
        u->nosr = 0;
        for (uint32_t pc = 0; pc < n;) {
            uint32_t len = op_decode_length(x->code, n, pc);
            if (op_info[x->code[pc]].format == OPF_BRANCH && op_s32(x->code + pc + 1) <= 0) {
                uint32_t h = pc + op_s32(x->code + pc + 1);
                int dup = 0;
                for (uint32_t k = 0; k < u->nosr && !dup; k++) dup = u->osr_pcs[k] == h;
                if (!dup && x->blocks[h] && x->st[h].depth == 0 && (h == u->osr_pc || u->nosr < 32)) u->osr_pcs[u->nosr++] = h;
            }
            pc += len;
        }
        for (uint32_t k = 0; k < u->nosr; k++) {
            uint32_t h = u->osr_pcs[k];
            gcc_jit_block *load = newblock(x), *next = newblock(x);
            gcc_jit_block_end_with_conditional(x->cur, NULL, cmp(x, GCC_JIT_COMPARISON_EQ, rv(saved_pc), cptr(b, x->code + h)), load, next);
            x->cur = load;
            const uint8_t *lk = x->st[h].kinds + x->ns;
            for (uint32_t i = 0; i < x->nl; i++) {
                if (lk[i] == K_N) continue;
                gcc_jit_lvalue *el = gcc_jit_context_new_array_access(x->ctx, NULL, cast(x, locals, b->t_value_ptr), ci(b, b->t_i32, i));
                assign(x, lvar(x, (int)i, lk[i]), rv(gcc_jit_lvalue_access_field(el, NULL, b->f_value[lk[i]])));
            }
            gcc_jit_block_end_with_jump(x->cur, NULL, x->blocks[h]);
            x->cur = next;
        }
        /* entered only at the headers registered (jit_on_backedge) */
        gcc_jit_block_end_with_jump(x->cur, NULL, x->exc_ret);
        /* exception exit: the interpreter unwinds its own frame */
        gcc_jit_lvalue *r = gcc_jit_function_new_local(x->fn, NULL, b->t_value, "eret");
        store_fp(x, x->exc_ret);
        gcc_jit_block_add_assignment(x->exc_ret, NULL, gcc_jit_lvalue_access_field(r, NULL, b->f_value[K_J]), ci(b, b->t_i64, 0));
        gcc_jit_block_end_with_return(x->exc_ret, NULL, rv(r));
    } else {
        /* the record after the caller's; StackOverflowError when the C stack is used up
         * (thrown with the caller's record on top, as the interpreter) */
        gcc_jit_rvalue *cfr = gcc_jit_param_as_rvalue(params[1]);
        assign(x, x->fr, cast(x, ptr_at(b, cfr, sizeof(vm_Frame), b->t_u8), b->t_ptr));
        if (u->nothrow) {
            /* nothing can see this activation: no record, no limit to check */
            const uint8_t *lk = x->st[0].kinds + x->ns;
            for (uint32_t i = 0; i < m->nargs; i++) assign(x, lvar(x, (int)i, lk[i]), gcc_jit_param_as_rvalue(params[i + 2]));
            gcc_jit_block_end_with_jump(x->cur, NULL, x->blocks[0]);
            if (rk == K_N) gcc_jit_block_end_with_void_return(x->exc_ret, NULL);
            else gcc_jit_block_end_with_return(x->exc_ret, NULL, zero_of(x, rk));
            goto body;
        }
        /* Stack checks. A method with few locals and stack slots (a bounded C frame)
         * checks its limits only when its record starts a page of the frame array (one
         * activation in about 100), through a helper: no loads, and no frame pointer
         * for __builtin_frame_address, on the hot path (fib(40) in --mode=jit: 0.60 ->
         * 0.54 s, compile included).
         * The frame array is page-aligned with two pages of slack past frames_end, and
         * the C stack keeps VM_C_STACK_RESERVE (1 MiB) for the frames between checks.
         * Other methods test both limits on every entry. Both limits are needed: GCC
         * turns a self tail call into a loop, which takes a frame record per activation
         * and no C stack. */
        gcc_jit_rvalue *over;
        gcc_jit_block *soe = newblock(x), *ok = newblock(x);
        if (x->nl + x->ns <= 64) {
            gcc_jit_rvalue *off = bin(x, GCC_JIT_BINARY_OP_BITWISE_AND, b->t_i64, gcc_jit_context_new_bitcast(x->ctx, NULL, rv(x->fr), b->t_i64),
                                      ci(b, b->t_i64, VM_FRAME_PAGE - 1));
            gcc_jit_block *check = newblock(x);
            gcc_jit_block_end_with_conditional(x->cur, NULL, unlikely(x, cmp(x, GCC_JIT_COMPARISON_LT, off, ci(b, b->t_i64, sizeof(vm_Frame)))),
                                               check, ok);
            x->cur = check;
            over = cmp(x, GCC_JIT_COMPARISON_NE, call(x, b->h_stack_check, 2, x->t, rv(x->fr)), ci(b, b->t_i32, 0));
        } else {
            gcc_jit_function *fa = gcc_jit_context_get_builtin_function(x->ctx, "__builtin_frame_address");
            gcc_jit_rvalue *zero = ci(b, gcc_jit_context_get_type(x->ctx, GCC_JIT_TYPE_UNSIGNED_INT), 0);
            gcc_jit_rvalue *sp_addr = cast(x, gcc_jit_context_new_call(x->ctx, NULL, fa, 1, &zero), b->t_cptr);
            gcc_jit_rvalue *limit = rv(at(b, x->t, offsetof(vm_Thread, c_stack_limit), b->t_cptr));
            gcc_jit_rvalue *fend = rv(at(b, x->t, offsetof(vm_Thread, frames_end), b->t_cptr));
            over = bin(x, GCC_JIT_BINARY_OP_LOGICAL_OR, b->t_bool, cmp(x, GCC_JIT_COMPARISON_GE, cast(x, rv(x->fr), b->t_cptr), fend),
                       cmp(x, GCC_JIT_COMPARISON_LT, sp_addr, limit));
        }
        gcc_jit_block_end_with_conditional(x->cur, NULL, over, soe, ok);
        gcc_jit_block_add_assignment(soe, NULL, tfp, cfr);
        gcc_jit_block_add_eval(soe, NULL, call(x, b->h_soe, 1, x->t));
        if (rk == K_N) gcc_jit_block_end_with_void_return(soe, NULL);
        else gcc_jit_block_end_with_return(soe, NULL, zero_of(x, rk));
        x->cur = ok;
        /* A compiled record holds only a pc: its method is the one whose bytecode holds
         * that pc (jit_method_at, for stack traces, the one reader), stored before
         * anything can look at the record (calls, helpers that throw). Its method field
         * keeps whatever an earlier frame left there; flags and locals are never read:
         * the interpreter only unwinds its own frames. Not storing the method made
         * fib(40)'s run 15-20% faster. */
        /* arguments into their locals */
        const uint8_t *lk = x->st[0].kinds + x->ns;
        for (uint32_t i = 0; i < m->nargs; i++) assign(x, lvar(x, (int)i, lk[i]), gcc_jit_param_as_rvalue(params[i + 2]));
        gcc_jit_block_end_with_jump(x->cur, NULL, x->blocks[0]);
        /* exception exit: return anything */
        if (rk == K_N) gcc_jit_block_end_with_void_return(x->exc_ret, NULL);
        else gcc_jit_block_end_with_return(x->exc_ret, NULL, zero_of(x, rk));
    }
body:
    /* handler entries (filled after the body, when every local variable exists) */
    for (uint32_t i = 0; i < m->def->nhandlers; i++)
        if (x->blocks[m->def->handlers[i].handler]) x->hentry[i] = newblock(x);
    /* the body */
    x->cur = NULL;
    for (uint32_t pc = 0; pc < n;) {
        uint32_t len = op_decode_length(x->code, n, pc);
        if (x->blocks[pc]) {
            if (x->cur) gcc_jit_block_end_with_jump(x->cur, NULL, x->blocks[pc]);
            x->cur = x->blocks[pc];
            x->pc_line = PC_UNKNOWN;
            x->depth = x->st[pc].depth;
            memset(x->nonnull, 0, sizeof x->nonnull);
            memcpy(x->kinds, x->st[pc].kinds, (size_t)x->depth);
        } else if (x->st[pc].depth < 0 || !x->cur) {
            x->cur = NULL; /* unreachable */
            pc += len;
            continue;
        }
        x->pc = pc;
        if (translate_insn(x) != 0) goto out;
        pc += len;
        if (x->cur && pc < n && !x->blocks[pc] && !falls_through(x->code[x->pc])) x->cur = NULL;
    }
    if (x->cur) goto out; /* fell off the end: cannot happen in verified code */
    /* handler entries: the exception becomes stack slot 0 */
    for (uint32_t i = 0; i < m->def->nhandlers; i++) {
        uint32_t h = m->def->handlers[i].handler;
        if (!x->blocks[h]) continue;
        /* Reference locals the handler cannot use (not a reference at its entry: declared
         * in the protected region), the operand stack and the temporaries are cleared, so
         * a conservative GC does not keep what they pointed at alive (an OutOfMemoryError
         * handler needs that memory back, as it would under a precise GC). */
        const uint8_t *hk = x->st[h].kinds + x->ns;
        for (uint32_t l = 0; l < x->nl; l++)
            if (x->lv[l * K_N + K_A] && hk[l] != K_N + 1 && hk[l] != K_A) clear_ref(x, x->hentry[i], x->lv[l * K_N + K_A]);
        for (uint32_t d = 1; d < x->ns; d++)
            if (x->sv[d * K_N + K_A]) clear_ref(x, x->hentry[i], x->sv[d * K_N + K_A]);
        for (uint32_t k = 0; k < x->nptrs; k++) clear_ref(x, x->hentry[i], x->ptrs[k]);
        gcc_jit_block_add_assignment(x->hentry[i], NULL, svar(x, 0, K_A), rv(exception_lv(x)));
        gcc_jit_block_add_assignment(x->hentry[i], NULL, exception_lv(x), null_ptr(x));
        gcc_jit_block_end_with_jump(x->hentry[i], NULL, x->blocks[h]);
    }
    rc = 0;
out:
    free(insn);
    free(x->is_start);
    free(x->blocks);
    free(x->st);
    free(kmem);
    free(x->lv);
    free(x->sv);
    free(x->unwind);
    free(x->hentry);
    free(x->ptrs);
    return rc;
}

/* The vm_Entry stub: vm_Value stub(vm_Thread *t, vm_Method *m, vm_Value *args). */
static gcc_jit_function *make_stub(Batch *b, Unit *u) {
    vm_Method *m = u->m;
    char name[80];
    snprintf(name, sizeof name, "%s_entry", u->name);
    gcc_jit_param *ps[3] = {gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "t"),
                            gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "m"),
                            gcc_jit_context_new_param(b->ctx, NULL, b->t_value_ptr, "args")};
    gcc_jit_function *f = gcc_jit_context_new_function(b->ctx, NULL, GCC_JIT_FUNCTION_EXPORTED, b->t_value, name, 3, ps, 0);
    gcc_jit_block *bl = gcc_jit_function_new_block(f, NULL);
    gcc_jit_rvalue *args[262];
    /* the caller's record is t->fp; compiled code may leave t->fp at one of its own
     * records (it sets it only before helpers), so the stub puts it back */
    gcc_jit_lvalue *tfp = at(b, gcc_jit_param_as_rvalue(ps[0]), offsetof(vm_Thread, fp), b->t_ptr);
    gcc_jit_lvalue *saved = gcc_jit_function_new_local(f, NULL, b->t_ptr, "saved_fp");
    gcc_jit_block_add_assignment(bl, NULL, saved, gcc_jit_lvalue_as_rvalue(tfp));
    args[0] = gcc_jit_param_as_rvalue(ps[0]);
    args[1] = gcc_jit_lvalue_as_rvalue(saved);
    int na = 1;
    const char *p = m->desc + 1;
    for (uint32_t i = 0; i < m->nargs; i++) {
        int k;
        if (i == 0 && !(m->flags & LD_ACC_STATIC)) {
            k = K_A;
        } else {
            k = kind_of(*p);
            while (*p == '[') p++;
            if (*p == 'L') p = strchr(p, ';');
            p++;
        }
        gcc_jit_lvalue *el = gcc_jit_context_new_array_access(b->ctx, NULL, gcc_jit_param_as_rvalue(ps[2]), ci(b, b->t_i32, (long)i));
        args[++na] = gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(el, NULL, b->f_value[k]));
    }
    gcc_jit_rvalue *r = gcc_jit_context_new_call(b->ctx, NULL, u->fn, na + 1, args);
    gcc_jit_lvalue *res = gcc_jit_function_new_local(f, NULL, b->t_value, "res");
    int rk = kind_of(m->ret);
    gcc_jit_block_add_assignment(bl, NULL, gcc_jit_lvalue_access_field(res, NULL, b->f_value[K_J]), ci(b, b->t_i64, 0));
    if (rk == K_N) gcc_jit_block_add_eval(bl, NULL, r);
    else gcc_jit_block_add_assignment(bl, NULL, gcc_jit_lvalue_access_field(res, NULL, b->f_value[rk]), r);
    gcc_jit_block_add_assignment(bl, NULL, tfp, gcc_jit_lvalue_as_rvalue(saved));
    gcc_jit_block_end_with_return(bl, NULL, gcc_jit_lvalue_as_rvalue(res));
    return f;
}

/* ------------------------------------------------------------------ */
/* compiling a batch                                                   */
/* ------------------------------------------------------------------ */

static int compilable(vm_Method *m) {
    return m->code && !(m->flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT)) && m->code_len < 65536 && m->nargs < 250 &&
           m->max_stack < 1000;
}

/* The method an invoke site calls for sure (or, for a monomorphic virtual site, most
 * likely), if it is known now; NULL otherwise. */
static vm_Method *direct_target(vm_Method *m, uint32_t pc) {
    uint8_t op = m->code[pc];
    vm_CPEntry *e = &m->cp[op_u16(m->code + pc + 1)];
    int kind = op == OP_invokestatic ? VM_INVOKE_STATIC : op == OP_invokespecial ? VM_INVOKE_SPECIAL
               : op == OP_invokevirtual ? VM_INVOKE_VIRTUAL : VM_INVOKE_INTERFACE;
    if (!(__atomic_load_n(&e->resolved, __ATOMIC_ACQUIRE) & VM_RES_INVOKE(kind))) return NULL;
    vm_Method *t = e->p;
    if (op == OP_invokestatic || op == OP_invokespecial) return t;
    if (op != OP_invokevirtual || t->itable_index >= 0) return NULL;
    if ((t->flags & (LD_ACC_FINAL | LD_ACC_PRIVATE)) || (t->cls->flags & LD_ACC_FINAL) || t->vtable_index < 0) return t;
    vm_Class *mono = monomorphic_class(e);
    return mono && (uint32_t)t->vtable_index < mono->vtable_len ? mono->vtable[t->vtable_index] : NULL;
}

#define JIT_INLINE_MAX_BYTES 48

/* Inlining: small methods that the batch's methods call directly join the batch, so that
 * the calls are direct calls inside one context, which GCC inlines at -O2. */
static Job *with_callees(Job *jobs, uint32_t *njobs) {
    uint32_t n = *njobs, cap = n * 3 + 8;
    if (cap > 128) cap = n > 128 ? n : 128;
    Job *all = malloc(sizeof(Job) * cap);
    memcpy(all, jobs, sizeof(Job) * n);
    for (uint32_t i = 0; i < *njobs && n < cap; i++) {
        vm_Method *m = all[i].m;
        for (uint32_t pc = 0; pc < m->code_len && n < cap; pc += op_decode_length(m->code, m->code_len, pc)) {
            uint8_t op = m->code[pc];
            if (op < OP_invokevirtual || op > OP_invokeinterface) continue;
            vm_Method *t = direct_target(m, pc);
            if (!t || !compilable(t) || t->code_len > JIT_INLINE_MAX_BYTES || t->jit_state == VM_JIT_DONE ||
                t->jit_state == VM_JIT_FAILED)
                continue;
            int seen = 0;
            for (uint32_t k = 0; k < n && !seen; k++) seen = all[k].m == t && all[k].osr_pc == UINT32_MAX;
            if (!seen) all[n++] = (Job){t, UINT32_MAX};
        }
    }
    *njobs = n;
    return all;
}

static void log_compile(jit_JIT *j, Unit *u, double ms, const char *tier) {
    char jn[512];
    vm_flush(j->vm);
    if (u->osr_pc != UINT32_MAX)
        fprintf(stderr, "[jit] %s.%s%s  %u bytes  %.1f ms  %s (osr @%u)\n", vm_java_name(u->m->cls->name, jn, sizeof jn),
                u->m->name, u->m->desc, u->m->code_len, ms, tier, u->osr_pc);
    else
        fprintf(stderr, "[jit] %s.%s%s  %u bytes  %.1f ms  %s%s\n", vm_java_name(u->m->cls->name, jn, sizeof jn), u->m->name,
                u->m->desc, u->m->code_len, ms, tier, u->failed ? "  FAILED (stays interpreted)" : "");
}

/* Does m call itself (by name: recursion through a virtual call counts too)? */
static int calls_itself(vm_Method *m) {
    const ld_Module *lm = m->cls->module->ld;
    for (uint32_t pc = 0; pc < m->code_len; pc += op_decode_length(m->code, m->code_len, pc)) {
        uint8_t op = m->code[pc];
        if (op >= OP_invokevirtual && op <= OP_invokeinterface) {
            const ld_Const *k = &lm->pool[op_u16(m->code + pc + 1)];
            if (strcmp(ld_utf8(lm, k->u.member.name), m->name) == 0 && strcmp(ld_utf8(lm, k->u.member.desc), m->desc) == 0 &&
                strcmp(ld_class_name(lm, k->u.member.cls), m->cls->name) == 0)
                return 1;
        }
    }
    return 0;
}

/* libgccjit rejects -march=native: the x86-64 level this CPU has. */
static const char *host_march(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("fma") &&
        __builtin_cpu_supports("avx"))
        return "-march=x86-64-v3";
    if (__builtin_cpu_supports("sse4.2") && __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("ssse3"))
        return "-march=x86-64-v2";
#endif
    return "-mtune=generic";
}

/* Installs m's typed function `name` and its vm_Entry stub `name_entry` from so (NULL:
 * the translation failed); 1 if installed, else m stays interpreted. */
/* A symbol of the compiled code: from the loaded object image, or the shared object. */
static void *code_sym(void *so, jit_Image *img, const char *name) {
    return img ? jit_elf_sym(img, name) : so ? dlsym(so, name) : NULL;
}

static int install_method(jit_JIT *j, vm_Method *m, void *so, jit_Image *img, const char *name) {
    char sname[80];
    snprintf(sname, sizeof sname, "%s_entry", name);
    void *code = code_sym(so, img, name), *stub = code ? code_sym(so, img, sname) : NULL;
    if (!code || !stub) {
        m->jit_state = VM_JIT_FAILED;
        j->stats.failures++;
        return 0;
    }
    register_code(j, m);
    m->jit_code = code;
    __atomic_store_n(&m->entry, (vm_Entry)stub, __ATOMIC_RELEASE);
    m->jit_state = VM_JIT_DONE;
    return 1;
}

static int install_portable(jit_JIT *j, vm_Class *c, void *so, double ms, const char *tier, int cached);

/* Compiles jobs in one context and installs the code. With `portable` (a class, all of
 * whose compilable methods are the jobs) the code is position-independent and goes to
 * cache_path (when not NULL) for later processes. */
static int compile_jobs_in(jit_JIT *j, Job *given, uint32_t njobs, const char *tier, int on_vm_thread, vm_Class *portable,
                           const char *cache_path) {
    double t0 = now_ms(), c0 = cpu_ms();
    Job *jobs;
    if (portable) {
        jobs = malloc(sizeof(Job) * njobs);
        memcpy(jobs, given, sizeof(Job) * njobs);
    } else {
        jobs = with_callees(given, &njobs);
    }
    Batch bb;
    memset(&bb, 0, sizeof bb);
    Batch *b = &bb;
    b->j = j;
    b->portable = portable;
    b->on_vm_thread = on_vm_thread;
    uint32_t batch_no = __atomic_add_fetch(&j->batch_no, 1, __ATOMIC_SEQ_CST);
    b->ctx = gcc_jit_context_acquire();
    if (!b->ctx) return -1;
    /* -O1 with small functions inlined (what -O2 adds that our code needs: spectralnorm's
     * kernels call A(i, j)), except for a batch with a method that calls itself, which
     * gets -O2 for GCC's recursive inlining (fib: 0.17 s of run at -O2, 0.28 at -O1).
     * Measured in --mode=jit against -O2 for everything: compile time 35-40% less (Sieve
     * 141 -> 90 ms, Fannkuch 155 -> 98, Mandelbrot 141 -> 87, SpectralNorm 180 -> 119,
     * NBody 331 -> 238, Sort 442 -> 276), the same run time within 5% (Sort and Mandelbrot
     * 5% slower, Fannkuch 9% faster), as the notes measured (-O1 gives -O2's speed on
     * loops for 60% of its cost). Library classes for the code cache: -O1 alone. */
    int level = 1;
    for (uint32_t i = 0; i < njobs && level < 2 && !portable; i++)
        if (calls_itself(jobs[i].m)) level = 2;
    gcc_jit_context_set_int_option(b->ctx, GCC_JIT_INT_OPTION_OPTIMIZATION_LEVEL, level);
    if (level == 1 && !portable) gcc_jit_context_add_command_line_option(b->ctx, "-finline-small-functions");
    gcc_jit_context_set_bool_allow_unreachable_blocks(b->ctx, 1);
    gcc_jit_context_set_bool_print_errors_to_stderr(b->ctx, getenv("OAK_JIT_DEBUG") != NULL);
    gcc_jit_context_add_command_line_option(b->ctx, "-fwrapv");
    /* link nothing but the object: no crt files, no libc/libgcc to search (about 7 ms of
     * `ld` per batch). The few symbols the code imports (the VM's helpers, fmod, libc's
     * stack-protector hook) resolve at dlopen against the process, which has them all. */
    gcc_jit_context_add_driver_option(b->ctx, "-nostdlib");
    gcc_jit_context_add_command_line_option(b->ctx, "-fno-semantic-interposition");
    gcc_jit_context_add_command_line_option(b->ctx, "-fno-strict-aliasing");
    gcc_jit_context_add_command_line_option(b->ctx, "--param=ggc-min-heapsize=16384");
    gcc_jit_context_add_command_line_option(b->ctx, "--param=ggc-min-expand=20");
    /* Java rounds every operation: no fused multiply-add (x86-64-v3 has FMA) */
    gcc_jit_context_add_command_line_option(b->ctx, "-ffp-contract=off");
    gcc_jit_context_add_command_line_option(b->ctx, host_march());
    /* -O2 inlines only tiny functions of its own accord; a frame record makes a small
     * method (fib) too big for that, so allow what -O3 allows */
    gcc_jit_context_add_command_line_option(b->ctx, "--param=max-inline-insns-auto=30");
    batch_types(b);
    if (portable)
        b->g_rel = gcc_jit_context_new_global(b->ctx, NULL, GCC_JIT_GLOBAL_EXPORTED, gcc_jit_type_get_pointer(b->t_ptr), "oak_rel");
    b->units = calloc(njobs, sizeof(Unit));
    b->nunits = njobs;
    gcc_jit_param ***params = calloc(njobs, sizeof(gcc_jit_param **));
    for (uint32_t i = 0; i < njobs; i++) {
        Unit *u = &b->units[i];
        u->m = jobs[i].m;
        u->osr_pc = jobs[i].osr_pc;
        if (portable) snprintf(u->name, sizeof u->name, "oak_p_%u", (unsigned)(u->m - portable->methods));
        else snprintf(u->name, sizeof u->name, "oak_%u_%u", batch_no, i);
        params[i] = calloc(260, sizeof(gcc_jit_param *));
        if (u->osr_pc == UINT32_MAX) {
            u->nothrow = cannot_throw(u->m);
            u->fn = declare_fn(b, u->m, u->name, params[i]);
        } else {
            params[i][0] = gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "t");
            params[i][1] = gcc_jit_context_new_param(b->ctx, NULL, b->t_ptr, "locals");
            u->fn = gcc_jit_context_new_function(b->ctx, NULL, GCC_JIT_FUNCTION_EXPORTED, b->t_value, u->name, 2, params[i], 0);
        }
    }
    for (uint32_t i = 0; i < njobs; i++) {
        Unit *u = &b->units[i];
        if (translate(b, u, params[i]) != 0) {
            /* leave a trivial body so the context stays valid; never installed */
            u->failed = 1;
            gcc_jit_block *bl = gcc_jit_function_new_block(u->fn, NULL);
            gcc_jit_type *rt = gcc_jit_function_get_return_type(u->fn);
            if (rt == b->t_void) gcc_jit_block_end_with_void_return(bl, NULL);
            else if (rt == b->t_value) {
                gcc_jit_lvalue *r = gcc_jit_function_new_local(u->fn, NULL, b->t_value, "r");
                gcc_jit_block_add_assignment(bl, NULL, gcc_jit_lvalue_access_field(r, NULL, b->f_value[K_J]), ci(b, b->t_i64, 0));
                gcc_jit_block_end_with_return(bl, NULL, gcc_jit_lvalue_as_rvalue(r));
            } else {
                gcc_jit_block_end_with_return(bl, NULL, gcc_jit_context_zero(b->ctx, rt));
            }
        } else if (u->osr_pc == UINT32_MAX) {
            u->stub = make_stub(b, u);
        }
    }
    if (portable) {
        /* oak_meta: format version, unit count, per unit (method index, ok), then the
         * relocation pairs of oak_rel */
        uint32_t nmeta = 3 + 2 * njobs + 2 * b->nrel, k = 0;
        uint32_t *meta = malloc(sizeof(uint32_t) * nmeta);
        meta[k++] = JIT_CACHE_FORMAT;
        meta[k++] = njobs;
        for (uint32_t i = 0; i < njobs; i++) {
            meta[k++] = (uint32_t)(b->units[i].m - portable->methods);
            meta[k++] = !b->units[i].failed;
        }
        meta[k++] = b->nrel;
        memcpy(meta + k, b->rel, sizeof(uint32_t) * 2 * b->nrel);
        gcc_jit_lvalue *g = gcc_jit_context_new_global(
            b->ctx, NULL, GCC_JIT_GLOBAL_EXPORTED, gcc_jit_context_new_array_type(b->ctx, NULL, b->t_u32, (int)nmeta), "oak_meta");
        gcc_jit_global_set_initializer(g, meta, sizeof(uint32_t) * nmeta);
        free(meta);
    }
    int rc = 0;
    char path[600];
    if (cache_path) snprintf(path, sizeof path, "%s.%d.tmp", cache_path, (int)getpid());
    /* with --jit-dump the shared object stays next to the IR, for perf and objdump */
    else if (j->vm->opt.jit_dump) snprintf(path, sizeof path, "%s/batch%u.so", j->vm->opt.jit_dump, batch_no);
    else snprintf(path, sizeof path, "%s/b%u.so", j->tmpdir, batch_no);
    if (j->vm->opt.jit_dump) {
        char dump[600];
        snprintf(dump, sizeof dump, "%s/batch%u.c", j->vm->opt.jit_dump, batch_no);
        gcc_jit_context_dump_to_file(b->ctx, dump, 0);
    }
    /* An object file, loaded by jit_elf.c: no link step (about 15 ms a batch). Code-cache
     * batches are shared objects (other processes dlopen them), and --jit-dump keeps one
     * for perf and objdump. If the loader cannot take the object, link it as usual. */
    int as_object = !portable && !j->vm->opt.jit_dump;
    if (as_object) snprintf(path, sizeof path, "%s/b%u.o", j->tmpdir, batch_no);
    gcc_jit_context_compile_to_file(b->ctx, as_object ? GCC_JIT_OUTPUT_KIND_OBJECT_FILE : GCC_JIT_OUTPUT_KIND_DYNAMIC_LIBRARY, path);
    const char *err = gcc_jit_context_get_first_error(b->ctx);
    void *so = NULL;
    jit_Image *img = NULL;
    if (!err && as_object) {
        char msg[512];
        struct stat sb;
        if (stat(path, &sb) == 0) j->stats.code_bytes += (uint64_t)sb.st_size;
        /* OAK_JIT_LD=1: refuse every object (the fallback, for tests and comparisons) */
        const char *force_ld = getenv("OAK_JIT_LD");
        if (force_ld && *force_ld && strcmp(force_ld, "0") != 0) snprintf(msg, sizeof msg, "OAK_JIT_LD is set");
        else img = jit_elf_load(path, msg, sizeof msg);
        unlink(path);
        if (!img) {
            if (j->vm->opt.verbose_jit) fprintf(stderr, "[jit] %s; linking it instead\n", msg);
            j->stats.link_fallbacks++;
            snprintf(path, sizeof path, "%s/b%u.so", j->tmpdir, batch_no);
            gcc_jit_context_compile_to_file(b->ctx, GCC_JIT_OUTPUT_KIND_DYNAMIC_LIBRARY, path);
            err = gcc_jit_context_get_first_error(b->ctx);
            as_object = 0;
        }
    }
    if (err) {
        if (j->vm->opt.verbose_jit) fprintf(stderr, "[jit] compile error: %s\n", err);
        rc = -1;
    } else if (!as_object) {
        so = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!so) {
            if (j->vm->opt.verbose_jit) fprintf(stderr, "[jit] dlopen: %s\n", dlerror());
            rc = -1;
        }
        struct stat sb;
        if (stat(path, &sb) == 0) j->stats.code_bytes += (uint64_t)sb.st_size;
        /* into the cache under its final name at once (rename is atomic), else away
         * (unless --jit-dump keeps it) */
        if (so && cache_path && rename(path, cache_path) == 0) {
        } else if (cache_path || !j->vm->opt.jit_dump) {
            unlink(path);
        }
    }
    double ms = now_ms() - t0, cms = cpu_ms() - c0;
    j->stats.compiles++;
    j->stats.compile_ms += ms;
    j->stats.compile_cpu_ms += cms;
    if (ms > j->stats.max_compile_ms) j->stats.max_compile_ms = ms;
    if (portable && rc == 0 && install_portable(j, portable, so, ms, tier, 0) != 0) rc = -1;
    /* every method before any runs: they call each other directly */
    for (uint32_t i = 0; i < njobs && rc == 0 && !portable; i++)
        if (!b->units[i].failed && b->units[i].osr_pc == UINT32_MAX) register_code(j, b->units[i].m);
    for (uint32_t i = 0; i < njobs && !(portable && rc == 0); i++) {
        Unit *u = &b->units[i];
        vm_Method *m = u->m;
        if (rc != 0) u->failed = 1;
        if (u->failed) {
            if (u->osr_pc == UINT32_MAX) m->jit_state = VM_JIT_FAILED;
            j->stats.failures++;
        } else if (u->osr_pc == UINT32_MAX) {
            if (!install_method(j, m, so, img, u->name)) continue;
            j->stats.methods++;
        } else {
            void *code = code_sym(so, img, u->name);
            if (!code) continue;
            for (uint32_t k = 0; k < u->nosr; k++) {
                jit_Osr *o = calloc(1, sizeof *o);
                o->pc = u->osr_pcs[k];
                o->entry = (jit_OsrEntry)code;
                o->next = m->osr;
                __atomic_store_n(&m->osr, o, __ATOMIC_RELEASE);
            }
            j->stats.methods++;
            j->stats.osr_compiles++;
        }
        if (j->vm->opt.verbose_jit) log_compile(j, u, ms / njobs, tier);
    }
    for (uint32_t i = 0; i < njobs; i++) {
        free(params[i]);
        free(b->units[i].osr_pcs);
    }
    free(params);
    free(b->units);
    free(b->rel);
    free(jobs);
    gcc_jit_context_release(b->ctx);
    /* the shared object stays loaded for the life of the process: its code is installed */
    return rc;
}

static int compile_jobs_on(jit_JIT *j, Job *given, uint32_t njobs, const char *tier, int on_vm_thread) {
    return compile_jobs_in(j, given, njobs, tier, on_vm_thread, NULL, NULL);
}
static int compile_jobs(jit_JIT *j, Job *given, uint32_t njobs, const char *tier) {
    return compile_jobs_on(j, given, njobs, tier, 0);
}

/* ------------------------------------------------------------------ */
/* the code cache: library classes compiled once, loaded by later runs */
/* ------------------------------------------------------------------ */

/* Installs a portable class's code from its shared object: fills oak_rel from oak_meta's
 * relocation pairs, then sets the entry of every method compiled. 0, or -1 if the object
 * does not describe this class. */
static int install_portable(jit_JIT *j, vm_Class *c, void *so, double ms, const char *tier, int cached) {
    const uint32_t *meta = dlsym(so, "oak_meta");
    void ***rel = dlsym(so, "oak_rel");
    if (!meta || !rel || meta[0] != JIT_CACHE_FORMAT) return -1;
    uint32_t nunits = meta[1], nrel = meta[2 + 2 * nunits];
    const uint32_t *pairs = meta + 3 + 2 * nunits;
    for (uint32_t i = 0; i < nunits; i++)
        if (meta[2 + 2 * i] >= c->nmethods) return -1;
    void **table = malloc(sizeof(void *) * (nrel ? nrel : 1)); /* lives as long as the code */
    for (uint32_t k = 0; k < nrel; k++) {
        if (pairs[2 * k] >= c->nmethods) {
            free(table);
            return -1;
        }
        vm_Method *m = &c->methods[pairs[2 * k]];
        uint32_t pc = pairs[2 * k + 1];
        if (pc != UINT32_MAX && pc >= m->code_len) {
            free(table);
            return -1;
        }
        table[k] = pc == UINT32_MAX ? (void *)m : (void *)(m->code + pc);
    }
    *rel = table;
    /* every method before any runs: they call each other directly */
    for (uint32_t i = 0; i < nunits; i++)
        if (meta[3 + 2 * i]) register_code(j, &c->methods[meta[2 + 2 * i]]);
    for (uint32_t i = 0; i < nunits; i++) {
        vm_Method *m = &c->methods[meta[2 + 2 * i]];
        char name[64];
        snprintf(name, sizeof name, "oak_p_%u", meta[2 + 2 * i]);
        if (m->jit_state == VM_JIT_DONE) continue;
        if (!install_method(j, m, meta[3 + 2 * i] ? so : NULL, NULL, name)) continue;
        if (cached) j->stats.cache_methods++;
        else j->stats.methods++;
        if (j->vm->opt.verbose_jit) {
            Unit u = {.m = m, .osr_pc = UINT32_MAX};
            log_compile(j, &u, ms / nunits, tier);
        }
    }
    return 0;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
    const uint8_t *s = p;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 0x100000001b3ull;
    return h;
}

/* What makes cached code valid: this executable (its GNU build id, else its size and
 * time), the cache format and the bytes of the module (all of its pool and classes). */
static uint64_t cache_key_base(jit_JIT *j, vm_Module *mod) {
    uint64_t h = 0xcbf29ce484222325ull;
    uint32_t fmt = JIT_CACHE_FORMAT;
    h = fnv(h, &fmt, sizeof fmt);
    h = fnv(h, j->exe_id, sizeof j->exe_id);
    uint8_t *bytes;
    size_t len;
    if (ld_write(mod->ld, &bytes, &len) != 0) return 0;
    h = fnv(h, bytes, len);
    free(bytes);
    return h;
}

static int exe_id_note(struct dl_phdr_info *info, size_t size, void *data) {
    jit_JIT *j = data;
    if (info->dlpi_name && info->dlpi_name[0]) return 0; /* the main program comes first, unnamed */
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) continue;
        const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
        while (p + 12 <= end) {
            const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)p;
            const uint8_t *desc = p + 12 + ((n->n_namesz + 3) & ~3u);
            if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && memcmp(p + 12, "GNU", 4) == 0) {
                j->exe_id[0] = fnv(0xcbf29ce484222325ull, desc, n->n_descsz);
                j->exe_id[1] = 1;
                return 1;
            }
            p = desc + ((n->n_descsz + 3) & ~3u);
        }
    }
    return 1;
}

/* The cache directory: $OAK_JIT_CACHE ("off" disables), else $XDG_CACHE_HOME/oak/jit,
 * else ~/.cache/oak/jit; created on first use. 0 if there is a usable one. */
static int cache_init(jit_JIT *j) {
    if (j->cache_state) return j->cache_state > 0 ? 0 : -1;
    j->cache_state = -1;
    const char *env = getenv("OAK_JIT_CACHE"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (env && strcmp(env, "off") == 0) return -1;
    if (env && *env) snprintf(j->cache_dir, sizeof j->cache_dir, "%s", env);
    else if (xdg && *xdg) snprintf(j->cache_dir, sizeof j->cache_dir, "%s/oak/jit", xdg);
    else if (home && *home) snprintf(j->cache_dir, sizeof j->cache_dir, "%s/.cache/oak/jit", home);
    else return -1;
    /* mkdir -p */
    char tmp[sizeof j->cache_dir];
    snprintf(tmp, sizeof tmp, "%s", j->cache_dir);
    for (char *p = tmp + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(tmp, 0755);
            *p = '/';
        }
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST) return -1;
    if (access(tmp, W_OK | X_OK) != 0) return -1;
    dl_iterate_phdr(exe_id_note, j);
    if (!j->exe_id[1]) {
        struct stat sb;
        if (stat("/proc/self/exe", &sb) == 0) {
            j->exe_id[0] = (uint64_t)sb.st_size;
            j->exe_id[1] = (uint64_t)sb.st_mtime;
        }
    }
    j->cache_state = 1;
    return 0;
}

/* dlopen, but never sharing an object that this process has loaded already (another VM
 * in the process, as the unit tests make): the object's globals hold the sites' resolved
 * classes, methods and offsets, which belong to one VM. glibc identifies objects by file,
 * so a second VM gets a private copy. NULL if there is no usable file. */
static void *dlopen_private(jit_JIT *j, const char *path) {
    void *old = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD);
    if (!old) return dlopen(path, RTLD_NOW | RTLD_LOCAL);
    dlclose(old);
    FILE *in = fopen(path, "rb");
    if (!in) return NULL;
    char copy[600];
    snprintf(copy, sizeof copy, "%s/c%u.so", j->tmpdir, __atomic_add_fetch(&j->batch_no, 1, __ATOMIC_SEQ_CST));
    FILE *out = fopen(copy, "wb");
    char buf[65536];
    size_t n;
    int ok = out != NULL;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0) ok = fwrite(buf, 1, n, out) == n;
    fclose(in);
    if (out && fclose(out) != 0) ok = 0;
    void *so = ok ? dlopen(copy, RTLD_NOW | RTLD_LOCAL) : NULL;
    unlink(copy);
    return so;
}

/* --mode=jit, a class of the standard library: the whole class in one portable batch,
 * from the code cache if an earlier run compiled it, else compiled now and stored. */
static int compile_class_cached(jit_JIT *j, vm_Class *c) {
    Job *jobs = malloc(sizeof(Job) * (c->nmethods ? c->nmethods : 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < c->nmethods; i++) {
        vm_Method *m = &c->methods[i];
        if (compilable(m)) {
            jobs[n++] = (Job){m, UINT32_MAX};
            if (m->jit_state == VM_JIT_NONE) m->jit_state = VM_JIT_QUEUED;
        } else if (m->jit_state == VM_JIT_NONE) {
            m->jit_state = VM_JIT_FAILED;
        }
    }
    int rc = 0;
    char path[700];
    path[0] = 0;
    if (n && cache_init(j) == 0) {
        if (!j->boot_key) j->boot_key = cache_key_base(j, c->module);
        uint64_t key = fnv(j->boot_key, c->name, strlen(c->name));
        snprintf(path, sizeof path, "%s/%016llx.so", j->cache_dir, (unsigned long long)key);
        double t0 = now_ms();
        void *so = dlopen_private(j, path);
        if (so) {
            double ms = now_ms() - t0;
            if (install_portable(j, c, so, ms, "jit, from the code cache", 1) == 0) {
                j->stats.cache_hits++;
                j->stats.cache_ms += ms;
                n = 0;
            } else {
                dlclose(so);
                unlink(path); /* not what the key promised: recompile below */
            }
        }
    }
    if (n) {
        rc = compile_jobs_in(j, jobs, n, "jit", 1, c, path[0] ? path : NULL);
        if (rc == 0 && path[0]) j->stats.cache_stores++;
    }
    for (uint32_t i = 0; i < c->nmethods; i++)
        if (c->methods[i].jit_state == VM_JIT_QUEUED) c->methods[i].jit_state = VM_JIT_FAILED;
    free(jobs);
    return rc;
}

int jit_compile_now(jit_JIT *j, vm_Method **ms, uint32_t n) {
    Job *jobs = calloc(n ? n : 1, sizeof(Job));
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        if (compilable(ms[i]) && ms[i]->jit_state != VM_JIT_DONE) jobs[k++] = (Job){ms[i], UINT32_MAX};
        else if (ms[i]->jit_state == VM_JIT_NONE) ms[i]->jit_state = VM_JIT_FAILED;
    int rc = k ? compile_jobs_on(j, jobs, k, "jit", 1) : 0;
    free(jobs);
    return rc;
}

/* ------------------------------------------------------------------ */
/* tiering                                                             */
/* ------------------------------------------------------------------ */

static void *compiler_thread(void *arg) {
    jit_JIT *j = arg;
    pthread_mutex_lock(&j->lock);
    for (;;) {
        while (!j->nqueue && !j->stop) pthread_cond_wait(&j->wake, &j->lock);
        if (j->stop) break;
        /* batch everything queued (up to 64) into one context */
        uint32_t n = j->nqueue < 64 ? j->nqueue : 64;
        Job *jobs = malloc(sizeof(Job) * n);
        memcpy(jobs, j->queue, sizeof(Job) * n);
        memmove(j->queue, j->queue + n, sizeof(Job) * (j->nqueue - n));
        j->nqueue -= n;
        j->busy = 1;
        pthread_mutex_unlock(&j->lock);
        compile_jobs(j, jobs, n, "tiered");
        free(jobs);
        pthread_mutex_lock(&j->lock);
        j->busy = 0;
        pthread_cond_broadcast(&j->idle);
    }
    pthread_mutex_unlock(&j->lock);
    return NULL;
}

static void enqueue(jit_JIT *j, vm_Method *m, uint32_t osr_pc) {
    pthread_mutex_lock(&j->lock);
    if (j->stop) {
        pthread_mutex_unlock(&j->lock);
        return;
    }
    if (!j->thread_started) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 64u << 20);
        if (pthread_create(&j->thread, &attr, compiler_thread, j) == 0) j->thread_started = 1;
        pthread_attr_destroy(&attr);
    }
    if (j->nqueue == j->qcap) {
        j->qcap = j->qcap ? j->qcap * 2 : 64;
        j->queue = realloc(j->queue, sizeof(Job) * j->qcap);
    }
    j->queue[j->nqueue++] = (Job){m, osr_pc};
    pthread_cond_signal(&j->wake);
    pthread_mutex_unlock(&j->lock);
}

#ifndef JIT_EAGER_BATCH
#define JIT_EAGER_BATCH 16
#endif

/* The class a field access, call or `new` at pc names, or NULL for other instructions. */
static const char *class_named_at(const vm_Method *m, uint32_t pc) {
    const ld_Module *lm = m->cls->module->ld;
    uint8_t op = m->code[pc];
    if (op >= OP_getstatic && op <= OP_invokeinterface) return ld_class_name(lm, lm->pool[op_u16(m->code + pc + 1)].u.member.cls);
    if (op == OP_new) return ld_class_name(lm, op_u16(m->code + pc + 1));
    return NULL;
}

/* Are the classes that m's field accesses, calls and `new`s name loaded already? If not,
 * m is better compiled at its own first call: by then they may be, and its references
 * become constants instead of run-time resolutions (field offsets in a loop...). */
static int world_known(vm_VM *vm, vm_Method *m) {
    for (uint32_t pc = 0; pc < m->code_len; pc += op_decode_length(m->code, m->code_len, pc)) {
        const char *name = class_named_at(m, pc);
        if (name && !vm_find_loaded_class(vm, name)) return 0;
    }
    return 1;
}

/* Loads (without initializing) the classes of m's own module that m's field accesses,
 * calls and `new`s name, so that its references compile to constants. An error stays
 * with the class and is thrown at its first real use, as without this. */
static void preload_refs(vm_Thread *t, vm_Method *m) {
    const ld_Module *lm = m->cls->module->ld;
    for (uint32_t pc = 0; pc < m->code_len; pc += op_decode_length(m->code, m->code_len, pc)) {
        const char *name = class_named_at(m, pc);
        if (!name || vm_find_loaded_class(t->vm, name)) continue;
        int own = 0; /* only the module's own classes */
        for (uint32_t k = 0; k < lm->nclasses && !own; k++) own = strcmp(ld_class_name(lm, lm->classes[k].this_class), name) == 0;
        if (!own) continue;
        vm_Object *pending = t->exception;
        t->exception = NULL;
        (void)vm_load_class(t, name);
        t->exception = pending;
    }
}

/* --mode=jit: the batch compiled before m's first run: m, then (breadth first) the
 * methods its invokestatic/invokespecial/invokevirtual sites name in classes that are
 * already loaded, as long as they are compilable and not compiled yet. Looking them up
 * by name initializes nothing, so the program cannot tell; preload_refs loads the
 * program's classes they name first. */
static uint32_t eager_batch(vm_VM *vm, vm_Method *m, vm_Method **ms) {
    uint32_t n = 0;
    ms[n++] = m;
    m->jit_state = VM_JIT_QUEUED;
    for (uint32_t i = 0; i < n && n < JIT_EAGER_BATCH; i++) {
        vm_Method *c = ms[i];
        const ld_Module *lm = c->cls->module->ld;
        for (uint32_t pc = 0; pc < c->code_len && n < JIT_EAGER_BATCH; pc += op_decode_length(c->code, c->code_len, pc)) {
            uint8_t op = c->code[pc];
            if (op != OP_invokestatic && op != OP_invokespecial && op != OP_invokevirtual) continue;
            const ld_Const *k = &lm->pool[op_u16(c->code + pc + 1)];
            vm_Class *cls = vm_find_loaded_class(vm, ld_class_name(lm, k->u.member.cls));
            if (!cls || cls->state == VM_CLASS_ERROR) continue;
            vm_Method *t = vm_find_method(cls, ld_utf8(lm, k->u.member.name), ld_utf8(lm, k->u.member.desc));
            if (!t || t->entry || t->jit_state != VM_JIT_NONE || !compilable(t)) continue;
            preload_refs(vm->main, t);
            if (!world_known(vm, t)) continue;
            t->jit_state = VM_JIT_QUEUED;
            ms[n++] = t;
        }
    }
    return n;
}

void jit_on_invoke(vm_Thread *t, vm_Method *m) {
    jit_JIT *j = t->vm->jit;
    if (!j || m->jit_state != VM_JIT_NONE || m->entry) return;
    if (!compilable(m)) {
        m->jit_state = VM_JIT_FAILED;
        return;
    }
    if (t->vm->opt.mode == VM_MODE_JIT && m->cls->module && m->cls->module->is_boot) {
        compile_class_cached(j, m->cls);
        return;
    }
    if (t->vm->opt.mode == VM_MODE_JIT) {
        /* a class initializer runs once: compiling it costs a context and gains nothing */
        if (strcmp(m->name, "<clinit>") == 0) return;
        /* compile m now, before its first run, with the methods it calls that are already
         * known (one context amortizes the fixed cost over them) */
        vm_Method *ms[JIT_EAGER_BATCH];
        preload_refs(t, m);
        uint32_t n = eager_batch(t->vm, m, ms);
        jit_compile_now(j, ms, n);
        for (uint32_t i = 0; i < n; i++)
            if (ms[i]->jit_state == VM_JIT_QUEUED) ms[i]->jit_state = VM_JIT_FAILED;
        return;
    }
    if (m->invocations < t->vm->opt.jit_threshold) return;
    m->jit_state = VM_JIT_QUEUED;
    enqueue(j, m, UINT32_MAX);
}

/* A method called this often gets a normal compile when one of its loops is hot, not OSR. */
#define JIT_OSR_MAX_CALLS 16

jit_OsrEntry jit_on_backedge(vm_Thread *t, vm_Method *m, uint32_t pc) {
    jit_JIT *j = t->vm->jit;
    for (jit_Osr *o = __atomic_load_n(&m->osr, __ATOMIC_ACQUIRE); o; o = o->next)
        if (o->pc == pc) {
            j->stats.osr_entries++;
            return o->entry;
        }
    if (t->vm->opt.mode != VM_MODE_TIERED || !compilable(m)) return NULL;
    /* queue one OSR compile per loop header; backedges restarts the count */
    static const uint32_t queued_mark = 0x80000000u;
    if (m->backedges & queued_mark) return NULL;
    m->backedges = queued_mark;
    /* Loops that got hot over many short activations are not what OSR is for: the method
     * itself is (or will be) compiled and its next call runs native code. Only a method
     * entered a few times (main and its one big loop) gets an OSR variant; otherwise the
     * variant would compile for nothing (measured: bench Json compiled 21 variants, entered
     * none). */
    if (m->jit_state == VM_JIT_QUEUED || m->jit_state == VM_JIT_DONE) return NULL;
    if (m->invocations >= JIT_OSR_MAX_CALLS) {
        if (m->jit_state == VM_JIT_NONE) {
            m->jit_state = VM_JIT_QUEUED;
            enqueue(j, m, UINT32_MAX);
        }
        return NULL;
    }
    enqueue(j, m, pc);
    return NULL;
}

void jit_drain(jit_JIT *j) {
    pthread_mutex_lock(&j->lock);
    while (j->nqueue || j->busy) pthread_cond_wait(&j->idle, &j->lock);
    pthread_mutex_unlock(&j->lock);
}

jit_JIT *jit_new(vm_VM *vm) {
    jit_JIT *j = calloc(1, sizeof *j);
    j->vm = vm;
    pthread_mutex_init(&j->lock, NULL);
    pthread_mutex_init(&j->code_lock, NULL);
    pthread_cond_init(&j->wake, NULL);
    pthread_cond_init(&j->idle, NULL);
    const char *tmp = getenv("TMPDIR");
    snprintf(j->tmpdir, sizeof j->tmpdir, "%s/oak-jit-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(j->tmpdir)) {
        fprintf(stderr, "oak: the JIT cannot create a temporary directory under %s\n", tmp && *tmp ? tmp : "/tmp");
        free(j);
        return NULL;
    }
    return j;
}

void jit_stop(jit_JIT *j) {
    pthread_mutex_lock(&j->lock);
    j->stop = 1;
    pthread_cond_broadcast(&j->wake);
    pthread_mutex_unlock(&j->lock);
    if (j->thread_started) pthread_join(j->thread, NULL);
    j->thread_started = 0;
}

void jit_free(jit_JIT *j) {
    if (!j) return;
    jit_stop(j);
    rmdir(j->tmpdir);
    free(j->queue);
    free(j->ranges);
    free(j);
}

void jit_print_stats(jit_JIT *j, FILE *f) {
    jit_Stats *s = &j->stats;
    fprintf(f, "oak: jit compiles       %llu (%llu methods, %llu OSR variants, %llu failed)\n", (unsigned long long)s->compiles,
            (unsigned long long)s->methods, (unsigned long long)s->osr_compiles, (unsigned long long)s->failures);
    fprintf(f, "oak: jit compile time   %.1f ms total, %.1f ms per method, slowest batch %.1f ms (wall)\n", s->compile_ms,
            s->methods ? s->compile_ms / (double)s->methods : 0.0, s->max_compile_ms);
    fprintf(f, "oak: jit compile CPU    %.1f ms total (as included), %.1f ms per batch, %.1f ms per method\n",
            s->compile_cpu_ms, s->compiles ? s->compile_cpu_ms / (double)s->compiles : 0.0,
            s->methods ? s->compile_cpu_ms / (double)s->methods : 0.0);
    fprintf(f, "oak: jit native code    %llu bytes\n", (unsigned long long)s->code_bytes);
    if (s->link_fallbacks) fprintf(f, "oak: jit linked by ld   %llu batches (the loader refused them)\n", (unsigned long long)s->link_fallbacks);
    fprintf(f, "oak: jit OSR entries    %llu\n", (unsigned long long)s->osr_entries);
    if (s->cache_hits || s->cache_stores)
        fprintf(f, "oak: jit code cache     %llu classes stored, %llu loaded (%llu methods, %.1f ms)\n",
                (unsigned long long)s->cache_stores, (unsigned long long)s->cache_hits,
                (unsigned long long)s->cache_methods, s->cache_ms);
}
