/* test_jit.c: the JIT (jit/jit.c, jit/jit_rt.c) checked against the interpreter.
 *
 * Method: differential testing. Each test assembles a module (classes with static test
 * methods that take their inputs as parameters) and runs a list of calls, each a method
 * and an input vector taken from tables of edge values (0, 1, -1, MIN, MAX, NaN, -0.0,
 * infinities, denormals, big and negative shift counts...), in three VMs:
 *
 *   int   opt.mode = VM_MODE_INT, no JIT: the reference. The calls run twice (pass 1, 2).
 *   cold  opt.mode = VM_MODE_JIT with vm->jit = jit_new(vm); the module's classes are
 *         compiled by jit_compile_now before anything ran, so every pool reference is
 *         unresolved at compile time (the JIT's run-time resolution paths). Compared with
 *         int pass 1.
 *   warm  the same, but the calls first run interpreted (vm->jit still NULL: compared with
 *         int pass 1), then the JIT is attached and the classes compiled with their pool
 *         references resolved (the JIT's constant-address paths). Compared with pass 2, so
 *         class initialization and other history is the same on both sides.
 *
 * A call goes through vm_invoke, which uses m->entry, the JIT's vm_Entry stub. Compared:
 * the result bit for bit (ints, longs, the IEEE bits of floats and doubles, a structural
 * description of objects and arrays), the pending exception's class and message, its
 * stack trace (method and line of every frame: each instruction of a test method gets its
 * own line number, so a wrong pc in a frame record shows), and that the frame stack is back
 * where it was. Every method with code in the module is required to be compiled
 * (jit_state == VM_JIT_DONE, jit_code and entry set), so a silent fallback to the
 * interpreter cannot make a test pass.
 *
 * Class-name conventions inside a test module:
 *   Interp...  never compiled (its methods are marked VM_JIT_FAILED): calls from compiled
 *              code into the interpreter and back
 *   Sep...     compiled in a second batch: calls between batches (through jit_code)
 *   anything else: one batch, so calls among them are direct
 *
 * Assembly sources are written with '|' as a line separator (outside strings); before
 * assembly every instruction line gets a `.line N` (N = its line in the source), and every
 * class a .source if it has none.
 *
 * Where the JVM's behaviour is known and the interpreter might get it wrong too, a call
 * also carries an expectation (Call.expect). Float and double operations with two NaN
 * operands may return either NaN (CF_ANY_NAN); everything else is compared bit for bit.
 * Beyond the differential tests: exact backtraces of exceptions thrown in compiled code,
 * virtual call sites compiled after the interpreter saw one receiver class, the garbage
 * collector under compiled code, and loops entered through on-stack replacement.
 *
 * Environment: OAK_JIT_TEST_VERBOSE=1 prints a line per test (calls, comparisons, pool
 * entries resolved at compile time); OAK_JIT_TEST_DUMP="test name" prints the
 * interpreter's result of every call of that test.
 */
#include "asm.h"
#include "jit.h"
#include "opcodes.h"
#include "t_module.h"
#include "tests.h"
#include "vm.h"

#include <ctype.h>
#include <float.h>
#include <gc/gc.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

/* ------------------------------------------------------------------ */
/* VMs                                                                 */
/* ------------------------------------------------------------------ */

/* LeakSanitizer (make asan) sees only malloc: a VM's malloc'ed blocks are referenced only
 * from Boehm's heap, which it does not scan. VMs live until the process ends by design;
 * every VM made here is remembered, and an atexit handler copies the addresses of its
 * blocks into this array, where LeakSanitizer sees them (as in test_linker.c). */
static void *kept[8192];
static size_t nkept;
static vm_VM *vms[512];
static size_t nvms;

static void keep(void *p) {
    if (p && nkept < sizeof kept / sizeof kept[0]) kept[nkept++] = p;
}

static void keep_all_vms(void) {
    for (size_t i = 0; i < nvms; i++) {
        vm_VM *vm = vms[i];
        keep(vm->modules);
        for (uint32_t k = 0; k < vm->nmodules; k++) {
            keep(vm->modules[k]->ld);
            keep((void *)vm->modules[k]->path);
        }
        keep(vm->classes);
        keep(vm->main->stack);
        keep(vm->main->frames);
        /* the JIT's OSR entry lists (malloc'ed, hanging off methods in GC memory) */
        for (uint32_t c = 0; c < vm->classes_cap; c++)
            for (uint32_t k = 0; vm->classes[c] && k < vm->classes[c]->nmethods; k++)
                keep(vm->classes[c]->methods[k].osr);
    }
}

/* libgccjit does not free everything a context allocated (its garbage-collected GCC
 * internals); that is not ours to fix, so LeakSanitizer is told to ignore leaks whose
 * allocation stack is in libgccjit. Only used in sanitizer builds. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) { return "leak:libgccjit.so\n"; }

/* What vm_run_main does before running Java code: compiled code recurses on the C stack
 * and throws StackOverflowError below t->c_stack_limit. vm_new leaves it unset (NULL: no
 * C stack check), so a test that calls vm_invoke directly has to set it. `reserve` is how
 * much C stack compiled code may use from here. */
static void set_c_stack_limit(vm_VM *vm, size_t reserve) {
    char here;
    vm->main->c_stack_limit = (char *)((uintptr_t)&here - reserve);
}

static size_t default_c_stack_reserve(void) {
    struct rlimit rl;
    size_t cstack = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur > (1u << 20))
        cstack = rl.rlim_cur;
    return cstack - (512u << 10); /* the test harness sits a little deeper than vm_run_main */
}

static vm_VM *make_vm(const char *src, vm_Mode mode, ld_Module **ldm) {
    static int registered;
    if (!registered) registered = atexit(keep_all_vms) == 0;
    vm_Options opt;
    memset(&opt, 0, sizeof opt);
    opt.mode = mode;
    opt.jit_threshold = 1;
    opt.osr_threshold = 1u << 30;
    vm_VM *vm = vm_new(&opt);
    if (nvms < sizeof vms / sizeof vms[0]) vms[nvms++] = vm;
    char err[512] = "";
    if (vm_add_path(vm, "lib/java.base.oak", err, sizeof err) != 0) {
        T_CHECK(0, "vm_add_path: %s", err);
        return NULL;
    }
    ld_Module *m = ld_assemble(src, strlen(src), "test.oasm", err, sizeof err);
    T_CHECK(m != NULL, "assembly of the test module failed: %s", err);
    if (!m) return NULL;
    CU_ASSERT_EQUAL(vm_add_module(vm, m, "test.oasm"), 0);
    if (vm_boot(vm) != 0) {
        T_CHECK(0, "vm_boot failed");
        return NULL;
    }
    set_c_stack_limit(vm, default_c_stack_reserve());
    if (ldm) *ldm = m;
    return vm;
}

/* ------------------------------------------------------------------ */
/* source preprocessing                                                */
/* ------------------------------------------------------------------ */

typedef struct {
    char *s;
    size_t n, cap;
} Sb;

static void sb_put(Sb *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void sb_printf(Sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(Sb *b, const char *fmt, ...) {
    char tmp[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof tmp) {
        char *big = malloc((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        sb_put(b, big, (size_t)n);
        free(big);
        return;
    }
    sb_put(b, tmp, (size_t)n);
}

/* '|' -> newline outside strings; `.line N` before each instruction; `.source "C.java"`
 * after a `.class` line when the class has none. malloc'ed. */
static char *prepare(const char *src) {
    Sb a = {0}, out = {0};
    int in_str = 0;
    for (const char *p = src; *p; p++) {
        char c = *p;
        if (in_str) {
            if (c == '\\' && p[1]) {
                sb_put(&a, p, 2);
                p++;
                continue;
            }
            if (c == '"') in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '|') {
            c = '\n';
        }
        sb_put(&a, &c, 1);
    }
    int lineno = 0, in_method = 0;
    for (char *line = a.s; line && *line;) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        lineno++;
        const char *p = line;
        while (p < line + len && isspace((unsigned char)*p))
            p++;
        if (!strncmp(p, ".method", 7)) in_method = 1;
        if (!strncmp(p, ".end method", 11)) in_method = 0;
        if (in_method && *p != '.' && *p != ';') {
            /* skip a label */
            const char *q = p;
            while (q < line + len && (isalnum((unsigned char)*q) || *q == '_' || *q == '$'))
                q++;
            if (q < line + len && *q == ':' && q > p && !isdigit((unsigned char)*p)) {
                q++;
                while (q < line + len && isspace((unsigned char)*q))
                    q++;
            } else {
                q = p;
            }
            const char *w = q;
            while (w < line + len && (isalnum((unsigned char)*w) || *w == '_'))
                w++;
            if (w > q && op_lookup(q, (int)(w - q)) >= 0) sb_printf(&out, ".line %d\n", lineno);
        }
        sb_put(&out, line, len);
        sb_put(&out, "\n", 1);
        if (!strncmp(p, ".class", 6)) {
            /* the class name: the last word of the line (before a comment) */
            char name[256] = "";
            const char *q = p + 6;
            while (q < line + len && *q != ';') {
                while (q < line + len && isspace((unsigned char)*q))
                    q++;
                const char *e = q;
                while (e < line + len && !isspace((unsigned char)*e) && *e != ';')
                    e++;
                if (e > q && strncmp(q, "extends", 7) != 0) {
                    snprintf(name, sizeof name, "%.*s", (int)(e - q), q);
                } else if (e > q) {
                    break;
                }
                q = e;
            }
            const char *slash = strrchr(name, '/');
            int has_source = 0;
            if (nl) {
                const char *end = strstr(nl, ".end class");
                const char *src_at = strstr(nl, ".source");
                has_source = src_at && (!end || src_at < end);
            }
            if (!has_source && name[0])
                sb_printf(&out, ".source \"%s.java\"\n", slash ? slash + 1 : name);
        }
        line = nl ? nl + 1 : NULL;
    }
    free(a.s);
    return out.s;
}

/* The source line (1-based, in the '|'-separated text) of the first occurrence of marker. */
static int line_of_marker(const char *src, const char *marker) {
    const char *at = strstr(src, marker);
    if (!at) return -1;
    int line = 1, in_str = 0;
    for (const char *p = src; p < at; p++) {
        if (in_str) {
            if (*p == '\\' && p[1]) {
                p++;
                continue;
            }
            if (*p == '"') in_str = 0;
        } else if (*p == '"') {
            in_str = 1;
        } else if (*p == '|' || *p == '\n') {
            line++;
        }
    }
    return line;
}

/* ------------------------------------------------------------------ */
/* calls and results                                                   */
/* ------------------------------------------------------------------ */

typedef struct {
    char k; /* I J F D (values), S (string made in each VM), N (null) */
    union {
        int32_t i;
        int64_t j;
        float f;
        double d;
        const char *s;
    } u;
} Arg;

#define AI(x) ((Arg){'I', {.i = (int32_t)(x)}})
#define AJ(x) ((Arg){'J', {.j = (int64_t)(x)}})
#define AF(x) ((Arg){'F', {.f = (x)}})
#define AD(x) ((Arg){'D', {.d = (x)}})
#define AS(x) ((Arg){'S', {.s = (x)}})
#define ANULL ((Arg){'N', {.i = 0}})

static float fbits(uint32_t b) {
    float f;
    memcpy(&f, &b, 4);
    return f;
}
static double dbits(uint64_t b) {
    double d;
    memcpy(&d, &b, 8);
    return d;
}
static uint32_t bits_f(float f) {
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
}
static uint64_t bits_d(double d) {
    uint64_t b;
    memcpy(&b, &d, 8);
    return b;
}

enum {
    CF_NOTRACE = 1, /* compare the exception class only (StackOverflowError: depth differs) */
    CF_ANY_NAN = 2, /* two NaN operands: any NaN result will do (JVMS does not say which one
                       propagates; GCC may swap the operands of a commutative operation) */
};

typedef struct {
    const char *cls, *name, *desc;
    int nargs;
    Arg *args;
    unsigned flags;
    const char *expect; /* if set: what the result must contain (the JVM's behaviour), checked on
                           the interpreter */
} Call;

typedef struct {
    Call *v;
    size_t n, cap;
} Calls;

static int desc_nargs(const char *desc) {
    int n = 0;
    for (const char *p = desc + 1; *p && *p != ')'; n++) {
        while (*p == '[')
            p++;
        if (*p == 'L') p = strchr(p, ';');
        p++;
    }
    return n;
}

static Call *add_call_v(Calls *cs, const char *cls, const char *name, const char *desc, int n,
                        const Arg *args) {
    if (cs->n == cs->cap) {
        cs->cap = cs->cap ? cs->cap * 2 : 256;
        cs->v = realloc(cs->v, cs->cap * sizeof(Call));
    }
    Call *c = &cs->v[cs->n++];
    c->cls = cls;
    c->name = name;
    c->desc = desc;
    c->nargs = n;
    c->args = malloc(sizeof(Arg) * (n ? (size_t)n : 1));
    if (n) memcpy(c->args, args, sizeof(Arg) * (size_t)n);
    c->flags = 0;
    c->expect = NULL;
    T_CHECK(desc_nargs(desc) == n, "test bug: %s%s called with %d arguments", name, desc, n);
    return c;
}

static Call *add_call(Calls *cs, const char *cls, const char *name, const char *desc, int n, ...) {
    Arg a[300];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n && i < 300; i++)
        a[i] = va_arg(ap, Arg);
    va_end(ap);
    return add_call_v(cs, cls, name, desc, n, a);
}

static void free_calls(Calls *cs) {
    for (size_t i = 0; i < cs->n; i++)
        free(cs->v[i].args);
    free(cs->v);
    memset(cs, 0, sizeof *cs);
}

typedef struct {
    char val[1024];   /* "I:5", "F:7fc00000 (NaN)", "A:..." */
    char exc[1024];   /* "java/lang/ArithmeticException: / by zero" or "" */
    char trace[2048]; /* frames without Throwable constructors */
    char full[2048];  /* every frame */
    int fp_ok;        /* the frame stack is back where it was */
    int compiled;     /* the called method was compiled (m->jit_state == DONE) */
} Res;

static vm_Value *slot_of(vm_Object *o, uint32_t slot) {
    return (vm_Value *)((char *)o + VM_FIELD_OFFSET(slot));
}

static const char *message_of(vm_VM *vm, vm_Object *ex) {
    vm_Object *s = slot_of(ex, vm->throwable_message_slot)->a;
    return s ? vm_string_to_utf8(vm, s) : NULL;
}

static void fmt_float(char *buf, size_t n, float f) {
    snprintf(buf, n, "F:%08x (%.9g)", (unsigned)bits_f(f), (double)f);
}
static void fmt_double(char *buf, size_t n, double d) {
    snprintf(buf, n, "D:%016llx (%.17g)", (unsigned long long)bits_d(d), d);
}

/* A structural description of a value, the same in two VMs for equal objects. */
static void describe(vm_VM *vm, vm_Object *o, Sb *b, int depth) {
    if (!o) {
        sb_printf(b, "null");
        return;
    }
    vm_Class *c = o->cls;
    if (c == vm->c_string) {
        int32_t len = 0;
        uint16_t *u = vm_string_chars(vm, o, &len);
        sb_put(b, "\"", 1);
        for (int32_t i = 0; u && i < len; i++) {
            if (u[i] >= 32 && u[i] < 127 && u[i] != '\\') {
                char ch = (char)u[i];
                sb_put(b, &ch, 1);
            } else {
                sb_printf(b, "\\u%04x", u[i]);
            }
        }
        sb_put(b, "\"", 1);
        return;
    }
    if (depth > 3) {
        sb_printf(b, "%s{...}", c->name);
        return;
    }
    if (c->is_array) {
        sb_printf(b, "%s[%d]{", c->name, o->length);
        int32_t n = o->length < 24 ? o->length : 24;
        for (int32_t i = 0; i < n; i++) {
            if (i) sb_put(b, ",", 1);
            void *d = VM_ARRAY_DATA(o);
            switch (c->elem_type) {
            case 'Z':
            case 'B': sb_printf(b, "%d", ((int8_t *)d)[i]); break;
            case 'C': sb_printf(b, "%u", ((uint16_t *)d)[i]); break;
            case 'S': sb_printf(b, "%d", ((int16_t *)d)[i]); break;
            case 'I': sb_printf(b, "%d", ((int32_t *)d)[i]); break;
            case 'J': sb_printf(b, "%lld", (long long)((int64_t *)d)[i]); break;
            case 'F': sb_printf(b, "%08x", (unsigned)((uint32_t *)d)[i]); break;
            case 'D': sb_printf(b, "%016llx", (unsigned long long)((uint64_t *)d)[i]); break;
            default: describe(vm, ((vm_Object **)d)[i], b, depth + 1);
            }
        }
        sb_printf(b, "}");
        return;
    }
    if (c == vm->c_class) {
        sb_printf(b, "Class");
        return;
    }
    sb_printf(b, "%s{", c->name);
    /* fields, superclass first */
    vm_Class *chain[64];
    int nc = 0;
    for (vm_Class *k = c; k && nc < 64; k = k->super)
        chain[nc++] = k;
    int first = 1;
    for (int ci = nc - 1; ci >= 0; ci--) {
        vm_Class *k = chain[ci];
        for (uint32_t i = 0; i < k->nfields; i++) {
            vm_Field *f = &k->fields[i];
            if (f->flags & LD_ACC_STATIC) continue;
            if (k == vm->c_throwable && strcmp(f->name, "backtrace") == 0) continue;
            vm_Value *v = slot_of(o, f->slot);
            sb_printf(b, "%s%s=", first ? "" : ",", f->name);
            first = 0;
            switch (f->type) {
            case 'L':
            case '[': describe(vm, v->a, b, depth + 1); break;
            case 'J': sb_printf(b, "%lld", (long long)v->j); break;
            case 'F': sb_printf(b, "%08x", (unsigned)bits_f(v->f)); break;
            case 'D': sb_printf(b, "%016llx", (unsigned long long)v->raw); break;
            default: sb_printf(b, "%d", v->i); break;
            }
        }
    }
    sb_printf(b, "}");
}

static void fmt_value(vm_VM *vm, char ret, vm_Value v, char *buf, size_t n) {
    switch (ret) {
    case 'V': snprintf(buf, n, "V"); break;
    case 'Z':
    case 'B':
    case 'C':
    case 'S':
    case 'I': snprintf(buf, n, "I:%d", v.i); break;
    case 'J': snprintf(buf, n, "J:%lld", (long long)v.j); break;
    case 'F': fmt_float(buf, n, v.f); break;
    case 'D': fmt_double(buf, n, v.d); break;
    default: {
        Sb b = {0};
        describe(vm, v.a, &b, 0);
        snprintf(buf, n, "A:%s", b.s ? b.s : "");
        free(b.s);
    }
    }
}

static int is_throwable_init(vm_VM *vm, vm_Method *m) {
    return strcmp(m->name, "<init>") == 0 && vm_is_subclass(m->cls, vm->c_throwable);
}

static void fmt_trace(vm_VM *vm, vm_Object *ex, char *trace, size_t tn, char *full, size_t fn) {
    Sb a = {0}, b = {0};
    vm_Object *bt = slot_of(ex, vm->throwable_backtrace_slot)->a;
    int32_t n = bt ? bt->length / 2 : 0;
    int64_t *d = bt ? VM_ARRAY_DATA(bt) : NULL;
    for (int32_t i = 0; i < n && i < 40; i++) {
        vm_Method *m = (vm_Method *)(intptr_t)d[2 * i];
        char fr[600];
        snprintf(fr, sizeof fr, "%s.%s:%d ", m->cls->name, m->name,
                 vm_line_of(m, (uint32_t)d[2 * i + 1]));
        sb_printf(&b, "%s", fr);
        if (!is_throwable_init(vm, m)) sb_printf(&a, "%s", fr);
    }
    if (n > 40) sb_printf(&a, "... (%d frames)", n), sb_printf(&b, "... (%d frames)", n);
    snprintf(trace, tn, "%s", a.s ? a.s : "");
    snprintf(full, fn, "%s", b.s ? b.s : "");
    free(a.s);
    free(b.s);
}

static vm_Method *find_method(vm_VM *vm, const char *cls, const char *name, const char *desc) {
    vm_Class *c = vm_load_class(vm->main, cls);
    if (!c) {
        vm_Object *ex = vm->main->exception;
        vm->main->exception = NULL;
        const char *msg = ex ? message_of(vm, ex) : NULL;
        T_CHECK(0, "cannot load %s: %s: %s", cls, ex ? ex->cls->name : "?", msg ? msg : "");
        vm->main->exception = ex; /* for the caller to see */
        return NULL;
    }
    for (uint32_t i = 0; i < c->nmethods; i++)
        if (!strcmp(c->methods[i].name, name) && !strcmp(c->methods[i].desc, desc))
            return &c->methods[i];
    return NULL;
}

static void run_call(vm_VM *vm, const Call *c, Res *r) {
    memset(r, 0, sizeof *r);
    vm_Thread *t = vm->main;
    vm_Method *m = find_method(vm, c->cls, c->name, c->desc);
    if (!m) {
        t->exception = NULL;
        snprintf(r->exc, sizeof r->exc, "test bug: no method %s.%s%s", c->cls, c->name, c->desc);
        return;
    }
    r->compiled = m->jit_state == VM_JIT_DONE && m->jit_code && m->entry;
    if (vm_init_class(t, m->cls) != 0) {
        snprintf(r->exc, sizeof r->exc, "test bug: %s does not initialize", c->cls);
        t->exception = NULL;
        return;
    }
    vm_Value a[300];
    memset(a, 0, sizeof a);
    for (int i = 0; i < c->nargs; i++) {
        switch (c->args[i].k) {
        case 'I': a[i].i = c->args[i].u.i; break;
        case 'J': a[i].j = c->args[i].u.j; break;
        case 'F': a[i].f = c->args[i].u.f; break;
        case 'D': a[i].d = c->args[i].u.d; break;
        case 'S': a[i].a = vm_string_utf8(t, c->args[i].u.s, strlen(c->args[i].u.s)); break;
        default: a[i].a = NULL;
        }
    }
    vm_Frame *fp0 = t->fp;
    vm_Value v = vm_invoke(t, m, a);
    r->fp_ok = t->fp == fp0;
    if (t->exception) {
        vm_Object *ex = t->exception;
        t->exception = NULL;
        const char *msg = message_of(vm, ex);
        if (c->flags & CF_NOTRACE)
            snprintf(r->exc, sizeof r->exc, "%s", ex->cls->name);
        else
            snprintf(r->exc, sizeof r->exc, "%s: %s", ex->cls->name, msg ? msg : "(null)");
        /* a cause, if any (ExceptionInInitializerError) */
        vm_Object *cause = slot_of(ex, vm->throwable_cause_slot)->a;
        if (cause && cause != ex && !(c->flags & CF_NOTRACE)) {
            const char *cm = message_of(vm, cause);
            size_t l = strlen(r->exc);
            snprintf(r->exc + l, sizeof r->exc - l, " (caused by %s: %s)", cause->cls->name,
                     cm ? cm : "(null)");
        }
        if (!(c->flags & CF_NOTRACE))
            fmt_trace(vm, ex, r->trace, sizeof r->trace, r->full, sizeof r->full);
        snprintf(r->val, sizeof r->val, "-");
    } else {
        fmt_value(vm, m->ret, v, r->val, sizeof r->val);
    }
}

static void fmt_args(const Call *c, char *buf, size_t n) {
    size_t l = 0;
    buf[0] = 0;
    for (int i = 0; i < c->nargs && l + 40 < n; i++) {
        const Arg *a = &c->args[i];
        const char *sep = i ? ", " : "";
        switch (a->k) {
        case 'I': l += (size_t)snprintf(buf + l, n - l, "%s%d", sep, a->u.i); break;
        case 'J': l += (size_t)snprintf(buf + l, n - l, "%s%lldL", sep, (long long)a->u.j); break;
        case 'F':
            l += (size_t)snprintf(buf + l, n - l, "%sfloat:0x%08x", sep, (unsigned)bits_f(a->u.f));
            break;
        case 'D':
            l += (size_t)snprintf(buf + l, n - l, "%sdouble:0x%016llx", sep,
                                  (unsigned long long)bits_d(a->u.d));
            break;
        case 'S': l += (size_t)snprintf(buf + l, n - l, "%s\"%.20s\"", sep, a->u.s); break;
        default: l += (size_t)snprintf(buf + l, n - l, "%snull", sep);
        }
    }
    if (l + 40 >= n && n > 4) snprintf(buf + n - 5, 5, "...");
}

/* ------------------------------------------------------------------ */
/* the differential runner                                             */
/* ------------------------------------------------------------------ */

enum {
    DR_FULL_TRACE = 1,  /* compare traces including Throwable constructor frames */
    DR_SMALL_CSTACK = 2 /* compiled code gets only 256 KiB of C stack (StackOverflowError tests) */
};

typedef struct {
    int failures, shown, compared;
} Tally;

#define MAX_SHOWN 12

static void compare(const char *test, const char *what, const Call *c, const Res *ref,
                    const Res *got, unsigned flags, Tally *ty) {
    ty->compared++;
    char why[256] = "";
    int both_nan = (c->flags & CF_ANY_NAN) && strstr(ref->val, "nan)") &&
                   strstr(got->val, "nan)") && ref->val[0] == got->val[0];
    if (strcmp(ref->val, got->val) != 0 && !both_nan)
        snprintf(why, sizeof why, "result");
    else if (strcmp(ref->exc, got->exc) != 0)
        snprintf(why, sizeof why, "exception");
    else if (strcmp((flags & DR_FULL_TRACE) ? ref->full : ref->trace,
                    (flags & DR_FULL_TRACE) ? got->full : got->trace) != 0)
        snprintf(why, sizeof why, "stack trace");
    else if (!got->fp_ok)
        snprintf(why, sizeof why, "frame stack not restored");
    else if (!ref->fp_ok)
        snprintf(why, sizeof why, "frame stack not restored (interpreter)");
    if (!why[0]) return;
    ty->failures++;
    if (ty->shown++ >= MAX_SHOWN) return;
    char args[400];
    fmt_args(c, args, sizeof args);
    const char *rt = (flags & DR_FULL_TRACE) ? ref->full : ref->trace,
               *gt = (flags & DR_FULL_TRACE) ? got->full : got->trace;
    T_CHECK(0, "%s: %s.%s%s(%s) [%s] %s differs:\n      int: %s %s [%s]\n      jit: %s %s [%s]",
            test, c->cls, c->name, c->desc, args, what, why, ref->val, ref->exc, rt, got->val,
            got->exc, gt);
}

/* Marks Interp* classes' methods as never to be compiled; compiles the other classes of
 * the module (Sep* in a second batch) and checks that every method with code was. */
static int compile_module(vm_VM *vm, ld_Module *ldm, const char *test) {
    vm_Method **batch[2];
    uint32_t nb[2] = {0, 0};
    size_t cap = 4096;
    batch[0] = malloc(sizeof(vm_Method *) * cap);
    batch[1] = malloc(sizeof(vm_Method *) * cap);
    int ok = 1;
    for (uint32_t i = 0; i < ldm->nclasses; i++) {
        const char *name = ld_class_name(ldm, ldm->classes[i].this_class);
        vm_Class *c = vm_load_class(vm->main, name);
        if (!c) {
            T_CHECK(0, "%s: cannot load %s", test, name);
            vm->main->exception = NULL;
            ok = 0;
            continue;
        }
        const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
        int interp = strncmp(base, "Interp", 6) == 0, sep = strncmp(base, "Sep", 3) == 0;
        for (uint32_t k = 0; k < c->nmethods; k++) {
            vm_Method *m = &c->methods[k];
            if (interp) {
                if (!m->entry) m->jit_state = VM_JIT_FAILED;
                continue;
            }
            if (!m->code || (m->flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT))) continue;
            if (nb[sep] < cap) batch[sep][nb[sep]++] = m;
        }
    }
    for (int bi = 0; bi < 2; bi++) {
        if (!nb[bi]) continue;
        int rc = jit_compile_now(vm->jit, batch[bi], nb[bi]);
        T_CHECK(rc == 0, "%s: jit_compile_now failed (batch %d)", test, bi);
        for (uint32_t k = 0; k < nb[bi]; k++) {
            vm_Method *m = batch[bi][k];
            int done = m->jit_state == VM_JIT_DONE && m->jit_code != NULL && m->entry != NULL;
            if (!done) ok = 0;
            T_CHECK(done, "%s: %s.%s%s was not compiled (jit_state %d)", test, m->cls->name,
                    m->name, m->desc, m->jit_state);
        }
    }
    free(batch[0]);
    free(batch[1]);
    return ok;
}

/* How many pool entries of the test module (the last one added) are resolved. */
static uint32_t resolved_entries(vm_VM *vm) {
    vm_Module *mod = vm->modules[vm->nmodules - 1];
    uint32_t n = 0;
    for (uint32_t i = 1; i <= mod->ld->npool; i++)
        n += mod->cp[i].resolved != 0;
    return n;
}

/* Runs the calls in the three configurations and compares. */
static void diff_run(const char *test, const char *src0, Calls *cs, unsigned flags) {
    char *src = prepare(src0);
    size_t n = cs->n;
    Res *ref1 = calloc(n, sizeof(Res)), *ref2 = calloc(n, sizeof(Res)),
        *got = calloc(1, sizeof(Res));
    Tally ty = {0, 0, 0};
    /* the interpreter, twice */
    ld_Module *ldm = NULL;
    vm_VM *vi = make_vm(src, VM_MODE_INT, &ldm);
    if (!vi) goto out;
    for (uint32_t i = 0; i < ldm->nclasses; i++) /* every class must load (verify) */
        if (!find_method(vi, ld_class_name(ldm, ldm->classes[i].this_class), "", "") &&
            vi->main->exception)
            goto out;
    for (size_t i = 0; i < n; i++)
        run_call(vi, &cs->v[i], &ref1[i]);
    for (size_t i = 0; i < n; i++)
        run_call(vi, &cs->v[i], &ref2[i]);
    const char *dump =
        getenv("OAK_JIT_TEST_DUMP"); /* a test name: print the interpreter's results */
    if (dump && !strcmp(dump, test))
        for (size_t i = 0; i < n; i++) {
            char args[400];
            fmt_args(&cs->v[i], args, sizeof args);
            fprintf(stderr, "%s.%s(%s) = %s %s [%s]\n", cs->v[i].cls, cs->v[i].name, args,
                    ref1[i].val, ref1[i].exc, ref1[i].full);
        }
    for (size_t i = 0; i < n; i++)
        if (cs->v[i].expect && !strstr(ref1[i].val, cs->v[i].expect) &&
            !strstr(ref1[i].exc, cs->v[i].expect))
            T_CHECK(0, "%s: %s.%s%s: expected %s, the interpreter gives %s %s", test, cs->v[i].cls,
                    cs->v[i].name, cs->v[i].desc, cs->v[i].expect, ref1[i].val, ref1[i].exc);
    for (size_t i = 0; i < n; i++)
        if (!strncmp(ref1[i].exc, "test bug", 8)) {
            T_CHECK(0, "%s: %s", test, ref1[i].exc);
            goto out;
        }
    /* cold: compiled before anything ran */
    vm_VM *vc = make_vm(src, VM_MODE_JIT, &ldm);
    if (!vc) goto out;
    if (flags & DR_SMALL_CSTACK) set_c_stack_limit(vc, 256u << 10);
    vc->jit = jit_new(vc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(vc->jit);
    uint32_t cold_resolved = resolved_entries(vc);
    if (compile_module(vc, ldm, test)) {
        for (size_t i = 0; i < n; i++) {
            run_call(vc, &cs->v[i], got);
            T_CHECK(got->compiled, "%s: %s.%s%s did not run compiled", test, cs->v[i].cls,
                    cs->v[i].name, cs->v[i].desc);
            compare(test, "cold", &cs->v[i], &ref1[i], got, flags, &ty);
        }
    }
    jit_free(vc->jit);
    vc->jit = NULL;
    /* warm: interpreted once, then compiled with resolved references */
    vm_VM *vw = make_vm(src, VM_MODE_JIT, &ldm);
    if (!vw) goto out;
    if (flags & DR_SMALL_CSTACK) set_c_stack_limit(vw, 256u << 10);
    for (size_t i = 0; i < n; i++) {
        run_call(vw, &cs->v[i], got);
        compare(test, "warm, interpreted", &cs->v[i], &ref1[i], got, flags, &ty);
    }
    vw->jit = jit_new(vw);
    CU_ASSERT_PTR_NOT_NULL_FATAL(vw->jit);
    uint32_t warm_resolved = resolved_entries(vw);
    int has_members = 0; /* field and method references exist only where code uses them */
    for (uint32_t i = 1; i <= ldm->npool; i++)
        has_members |= ldm->pool[i].tag == LD_C_FIELD || ldm->pool[i].tag == LD_C_METHOD;
    T_CHECK(!has_members || warm_resolved > cold_resolved,
            "%s: running the calls resolved nothing (%u entries before, %u after)", test,
            cold_resolved, warm_resolved);
    if (compile_module(vw, ldm, test)) {
        for (size_t i = 0; i < n; i++) {
            run_call(vw, &cs->v[i], got);
            T_CHECK(got->compiled, "%s: %s.%s%s did not run compiled", test, cs->v[i].cls,
                    cs->v[i].name, cs->v[i].desc);
            compare(test, "warm", &cs->v[i], &ref2[i], got, flags, &ty);
        }
    }
    jit_free(vw->jit);
    vw->jit = NULL;
    if (ty.shown > MAX_SHOWN)
        T_CHECK(0, "%s: %d differences in all (%d shown)", test, ty.failures, MAX_SHOWN);
    if (getenv("OAK_JIT_TEST_VERBOSE"))
        fprintf(stderr,
                "\n  %s: %zu calls, %d comparisons, %d differences; pool entries resolved at "
                "compile time: "
                "cold %u, warm %u of %u\n",
                test, n, ty.compared, ty.failures, cold_resolved, warm_resolved,
                (unsigned)ldm->npool);
out:
    free(ref1);
    free(ref2);
    free(got);
    free(src);
}

/* ------------------------------------------------------------------ */
/* edge values                                                         */
/* ------------------------------------------------------------------ */

static const int32_t EI[] = {0,
                             1,
                             -1,
                             2,
                             -2,
                             3,
                             7,
                             31,
                             32,
                             33,
                             63,
                             64,
                             -31,
                             -32,
                             -33,
                             127,
                             128,
                             255,
                             65535,
                             65536,
                             INT32_MAX,
                             INT32_MIN,
                             INT32_MAX - 1,
                             INT32_MIN + 1,
                             0x55555555,
                             (int32_t)0xdeadbeef};
#define NEI (sizeof EI / sizeof EI[0])

static const int64_t EJ[] = {0,
                             1,
                             -1,
                             2,
                             -2,
                             63,
                             64,
                             65,
                             -63,
                             -64,
                             0x7fffffffLL,
                             -0x80000000LL,
                             0x80000000LL,
                             0xffffffffLL,
                             INT64_MAX,
                             INT64_MIN,
                             INT64_MAX - 1,
                             INT64_MIN + 1,
                             0x0123456789abcdefLL,
                             (1LL << 53) + 1,
                             -(1LL << 53) - 1,
                             (1LL << 24) + 1,
                             0x7fffffffffffffc0LL};
#define NEJ (sizeof EJ / sizeof EJ[0])

static const uint32_t EF_BITS[] = {
    0x00000000, 0x80000000,             /* 0, -0 */
    0x3f800000, 0xbf800000, 0x3f000000, /* 1, -1, 0.5 */
    0x00000001, 0x80000001, 0x007fffff, /* denormals */
    0x00800000, 0x7f7fffff, 0xff7fffff, /* MIN_NORMAL, MAX, -MAX */
    0x7f800000, 0xff800000,             /* infinities */
    0x7fc00000, 0xffc00000, 0x7fc00001, /* NaNs: canonical, negative, payload */
    0x40400000, 0x4f000000, 0xcf000000, /* 3, 2^31, -2^31 */
    0x5f000000, 0xdf000000, 0x3dcccccd, /* 2^63, -2^63, 0.1 */
    0x4b800001, 0x4effffff, 0xc0200000, /* 16777218, 2147483520, -2.5 */
    0x3f7fffff, 0x40200000,             /* 0.99999994, 2.5 */
};
#define NEF (sizeof EF_BITS / sizeof EF_BITS[0])

static const uint64_t ED_BITS[] = {
    0x0000000000000000ULL, 0x8000000000000000ULL,                        /* 0, -0 */
    0x3ff0000000000000ULL, 0xbff0000000000000ULL, 0x3fe0000000000000ULL, /* 1, -1, 0.5 */
    0x0000000000000001ULL, 0x8000000000000001ULL, 0x000fffffffffffffULL, /* denormals */
    0x0010000000000000ULL, 0x7fefffffffffffffULL, 0xffefffffffffffffULL, /* MIN_NORMAL, MAX, -MAX */
    0x7ff0000000000000ULL, 0xfff0000000000000ULL,                        /* infinities */
    0x7ff8000000000000ULL, 0xfff8000000000000ULL, 0x7ff8000000000001ULL, /* NaNs */
    0x4008000000000000ULL,                                               /* 3 */
    0x41dfffffffc00000ULL, 0x41dfffffffe00000ULL, /* 2147483647, 2147483647.5 */
    0x41e0000000000000ULL, 0xc1e0000000000000ULL, /* 2^31, -2^31 */
    0xc1e0000000100000ULL, 0xc1e0000000200000ULL, /* -2147483648.5, -2147483649 */
    0x43e0000000000000ULL, 0xc3e0000000000000ULL, /* 2^63, -2^63 */
    0x43dfffffffffffffULL,                        /* largest double < 2^63 */
    0x37c16c262777579cULL, 0x358dee7a4ad4b81fULL, /* 1e-40 (float denormal), 1e-50 */
    0x4807ba1d26fc1d5bULL, 0x3fb999999999999aULL, /* 1e39, 0.1 */
    0xc004000000000000ULL, 0x7fe1ccf385ebc8a0ULL, /* -2.5, 1e308 */
    0x36a0000000000000ULL,                        /* 2^-149: smallest float denormal */
};
#define NED (sizeof ED_BITS / sizeof ED_BITS[0])

/* ------------------------------------------------------------------ */
/* the tests                                                           */
/* ------------------------------------------------------------------ */

/* A static method `name desc` in the source. */
static void method(Sb *s, const char *name_desc, const char *body) {
    sb_printf(s, ".method public static %s|%s|.end method\n", name_desc, body);
}

/* ---- constants ---- */

static void test_constants(void) {
    static const struct {
        const char *insn, *ret;
    } k[] = {
        {"aconst_null", "Ljava/lang/Object;"},
        {"iconst_m1", "I"},
        {"iconst_0", "I"},
        {"iconst_1", "I"},
        {"iconst_2", "I"},
        {"iconst_3", "I"},
        {"iconst_4", "I"},
        {"iconst_5", "I"},
        {"lconst_0", "J"},
        {"lconst_1", "J"},
        {"fconst_0", "F"},
        {"fconst_1", "F"},
        {"fconst_2", "F"},
        {"dconst_0", "D"},
        {"dconst_1", "D"},
        {"bipush -128", "I"},
        {"bipush 127", "I"},
        {"bipush -1", "I"},
        {"sipush -32768", "I"},
        {"sipush 32767", "I"},
        {"sipush 256", "I"},
        {"ldc 2147483647", "I"},
        {"ldc -2147483648", "I"},
        {"ldc 65536", "I"},
        {"ldc 9223372036854775807L", "J"},
        {"ldc -9223372036854775808L", "J"},
        {"ldc 4294967296L", "J"},
        {"ldc -1L", "J"},
        {"ldc 1.5f", "F"},
        {"ldc -0.0f", "F"},
        {"ldc 0.1f", "F"},
        {"ldc nanf", "F"},
        {"ldc inff", "F"},
        {"ldc -inff", "F"},
        {"ldc float:0x00000001", "F"},
        {"ldc float:0x007fffff", "F"},
        {"ldc float:0x7f7fffff", "F"},
        {"ldc float:0xffc00000", "F"},
        {"ldc float:0x7fc00001", "F"},
        {"ldc float:0x7f800001", "F"},
        {"ldc float:0xff812345", "F"},
        {"ldc 1.5", "D"},
        {"ldc -0.0", "D"},
        {"ldc 0.1", "D"},
        {"ldc nan", "D"},
        {"ldc inf", "D"},
        {"ldc -inf", "D"},
        {"ldc double:0x0000000000000001", "D"},
        {"ldc double:0x000fffffffffffff", "D"},
        {"ldc double:0x7fefffffffffffff", "D"},
        {"ldc double:0xfff8000000000000", "D"},
        {"ldc double:0x7ff8000000000001", "D"},
        {"ldc double:0x7ff0000000000001", "D"},
        {"ldc double:0xfff0000000abcdef", "D"},
        {"ldc \"text\"", "Ljava/lang/String;"},
        {"ldc \"\"", "Ljava/lang/String;"},
        {"ldc \"caf\\u00e9 \\ud83d\\ude00\"", "Ljava/lang/String;"},
    };
    Sb s = {0};
    Calls cs = {0};
    static char names[64][16], descs[64][64];
    sb_printf(&s, ".class public T\n");
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
        char ret = k[i].ret[0];
        const char *r = ret == 'I'   ? "ireturn"
                        : ret == 'J' ? "lreturn"
                        : ret == 'F' ? "freturn"
                        : ret == 'D' ? "dreturn"
                                     : "areturn";
        snprintf(names[i], sizeof names[i], "k%zu", i);
        snprintf(descs[i], sizeof descs[i], "()%s", k[i].ret);
        char nd[128], body[256];
        snprintf(nd, sizeof nd, "%s%s", names[i], descs[i]);
        snprintf(body, sizeof body, "%s|%s", k[i].insn, r);
        method(&s, nd, body);
        add_call(&cs, "T", names[i], descs[i], 0);
    }
    /* string literals are interned: the same object at two sites; class literals */
    method(&s, "same()I", "ldc \"x\"|ldc \"x\"|if_acmpne no|iconst_1|ireturn|no: iconst_0|ireturn");
    method(&s, "cls()Ljava/lang/String;",
           "ldc class T|invokevirtual java/lang/Class.getName()Ljava/lang/String;|areturn");
    method(&s, "acls()Ljava/lang/String;",
           "ldc class [[Ljava/lang/String;|invokevirtual "
           "java/lang/Class.getName()Ljava/lang/String;|areturn");
    method(&s, "samecls()I",
           "ldc class T|ldc class T|if_acmpne no|iconst_1|ireturn|no: iconst_0|ireturn");
    /* constants kept across a call (stack slots live over it) */
    method(&s, "mix()D",
           "ldc 7L|ldc 2.5f|ldc 0.25|bipush 3|invokestatic T.id(I)I|i2d|dadd|dstore 0|f2d|dload "
           "0|dadd|dstore 0|l2d|"
           "dload 0|dadd|dreturn");
    method(&s, "id(I)I", "iload 0|ireturn");
    sb_printf(&s, ".end class\n");
    add_call(&cs, "T", "same", "()I", 0);
    add_call(&cs, "T", "cls", "()Ljava/lang/String;", 0);
    add_call(&cs, "T", "acls", "()Ljava/lang/String;", 0);
    add_call(&cs, "T", "samecls", "()I", 0);
    add_call(&cs, "T", "mix", "()D", 0);
    diff_run("constants", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- locals and iinc ---- */

static void test_locals(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    method(&s, "incmax(I)I", "iinc 0 32767|iload 0|ireturn");
    method(&s, "incmin(I)I", "iinc 0 -32768|iload 0|ireturn");
    method(&s, "incm1(I)I", "iinc 0 -1|iinc 0 0|iload 0|ireturn");
    /* iinc on a local that is not an argument, in a loop; a local slot above 255 */
    method(&s, "count(I)I",
           "iconst_0|istore 1|iconst_0|istore 300|loop: iload 1|iload 0|if_icmpge done|"
           "iinc 300 -3|iinc 1 1|goto loop|done: iload 300|ireturn");
    /* slots change kind: int, long, float, double, reference move around */
    method(
        &s, "slots(IJFDLjava/lang/String;)Ljava/lang/String;",
        "iload 0|istore 5|lload 1|lstore 0|fload 2|fstore 1|dload 3|dstore 2|aload 4|astore 3|"
        "iload 5|i2l|lstore 4|fload 1|f2d|dstore 5|"
        "new java/lang/StringBuilder|dup|invokespecial java/lang/StringBuilder.<init>()V|astore 6|"
        "aload 6|lload 0|invokevirtual "
        "java/lang/StringBuilder.append(J)Ljava/lang/StringBuilder;|bipush 44|"
        "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;|"
        "fload 1|invokevirtual java/lang/StringBuilder.append(F)Ljava/lang/StringBuilder;|bipush "
        "44|"
        "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;|"
        "dload 2|invokevirtual java/lang/StringBuilder.append(D)Ljava/lang/StringBuilder;|bipush "
        "44|"
        "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;|"
        "aload 3|invokevirtual "
        "java/lang/StringBuilder.append(Ljava/lang/String;)Ljava/lang/StringBuilder;|bipush 44|"
        "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;|"
        "lload 4|invokevirtual java/lang/StringBuilder.append(J)Ljava/lang/StringBuilder;|bipush "
        "44|"
        "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;|"
        "dload 5|invokevirtual java/lang/StringBuilder.append(D)Ljava/lang/StringBuilder;|"
        "invokevirtual java/lang/StringBuilder.toString()Ljava/lang/String;|areturn");
    /* each kind returned straight from a moved local */
    method(&s, "rl(IJFD)J", "lload 1|lstore 7|iload 0|istore 1|lload 7|lreturn");
    method(&s, "rf(IJFD)F", "fload 2|fstore 0|dload 3|dstore 2|fload 0|freturn");
    method(&s, "rd(IJFD)D", "dload 3|dstore 0|fload 2|fstore 3|dload 0|dreturn");
    sb_printf(&s, ".end class\n");
    for (size_t i = 0; i < NEI; i++) {
        add_call(&cs, "T", "incmax", "(I)I", 1, AI(EI[i]));
        add_call(&cs, "T", "incmin", "(I)I", 1, AI(EI[i]));
        add_call(&cs, "T", "incm1", "(I)I", 1, AI(EI[i]));
    }
    for (int n = -1; n < 40; n += 7)
        add_call(&cs, "T", "count", "(I)I", 1, AI(n));
    for (size_t i = 0; i < 12; i++) {
        Arg s4 = i % 3 == 0 ? ANULL : AS(i % 3 == 1 ? "abc" : "");
        Arg a[5] = {AI(EI[i * 2 % NEI]), AJ(EJ[i % NEJ]), AF(fbits(EF_BITS[i * 2 % NEF])),
                    AD(dbits(ED_BITS[i * 3 % NED])), s4};
        add_call_v(&cs, "T", "slots", "(IJFDLjava/lang/String;)Ljava/lang/String;", 5, a);
        add_call_v(&cs, "T", "rl", "(IJFD)J", 4, a);
        add_call_v(&cs, "T", "rf", "(IJFD)F", 4, a);
        add_call_v(&cs, "T", "rd", "(IJFD)D", 4, a);
    }
    diff_run("locals", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- arithmetic ---- */

/* Calls with two or more NaN operands may return any of them (CF_ANY_NAN). */
static void relax_multi_nan(Calls *cs) {
    for (size_t i = 0; i < cs->n; i++) {
        int nans = 0;
        for (int k = 0; k < cs->v[i].nargs; k++) {
            const Arg *a = &cs->v[i].args[k];
            nans += (a->k == 'F' && isnan(a->u.f)) || (a->k == 'D' && isnan(a->u.d));
        }
        if (nans >= 2) cs->v[i].flags |= CF_ANY_NAN;
    }
}

static void binops(Sb *s, const char *const *ops, size_t nops, const char *desc, const char *ld1,
                   const char *ld2, const char *ret) {
    for (size_t i = 0; i < nops; i++) {
        char nd[64], body[128];
        snprintf(nd, sizeof nd, "%s%s", ops[i], desc);
        snprintf(body, sizeof body, "%s 0|%s 1|%s|%s", ld1, ld2, ops[i], ret);
        method(s, nd, body);
    }
}

static void test_int_arith(void) {
    static const char *const ops[] = {"iadd", "isub", "imul", "idiv", "irem", "iand",
                                      "ior",  "ixor", "ishl", "ishr", "iushr"};
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    binops(&s, ops, 11, "(II)I", "iload", "iload", "ireturn");
    method(&s, "ineg(I)I", "iload 0|ineg|ireturn");
    /* a division whose divisor is a constant -1, and one by constant 0 */
    method(&s, "divm1(I)I", "iload 0|iconst_m1|idiv|ireturn");
    method(&s, "remm1(I)I", "iload 0|iconst_m1|irem|ireturn");
    method(&s, "div0(I)I", "iload 0|iconst_0|idiv|ireturn");
    method(&s, "shl33(I)I", "iload 0|bipush 33|ishl|ireturn");
    /* an expression keeping several values on the stack */
    method(&s, "expr(II)I",
           "iload 0|iload 1|iload 0|iload 1|imul|iadd|iload 0|iconst_3|ishl|ixor|isub|ireturn");
    sb_printf(&s, ".end class\n");
    for (size_t o = 0; o < 11; o++)
        for (size_t i = 0; i < NEI; i++)
            for (size_t k = 0; k < NEI; k++)
                add_call(&cs, "T", ops[o], "(II)I", 2, AI(EI[i]), AI(EI[k]));
    for (size_t i = 0; i < NEI; i++) {
        add_call(&cs, "T", "ineg", "(I)I", 1, AI(EI[i]));
        add_call(&cs, "T", "divm1", "(I)I", 1, AI(EI[i]));
        add_call(&cs, "T", "remm1", "(I)I", 1, AI(EI[i]));
        add_call(&cs, "T", "div0", "(I)I", 1, AI(EI[i]));
        add_call(&cs, "T", "shl33", "(I)I", 1, AI(EI[i]));
        for (size_t k = 0; k < NEI; k += 3)
            add_call(&cs, "T", "expr", "(II)I", 2, AI(EI[i]), AI(EI[k]));
    }
    diff_run("int arithmetic", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

static void test_long_arith(void) {
    static const char *const ops[] = {"ladd", "lsub", "lmul", "ldiv",
                                      "lrem", "land", "lor",  "lxor"};
    static const char *const shifts[] = {"lshl", "lshr", "lushr"};
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    binops(&s, ops, 8, "(JJ)J", "lload", "lload", "lreturn");
    binops(&s, shifts, 3, "(JI)J", "lload", "iload", "lreturn");
    method(&s, "lneg(J)J", "lload 0|lneg|lreturn");
    method(&s, "ldivm1(J)J", "lload 0|ldc -1L|ldiv|lreturn");
    method(&s, "lremm1(J)J", "lload 0|ldc -1L|lrem|lreturn");
    method(&s, "ldiv0(J)J", "lload 0|lconst_0|ldiv|lreturn");
    method(&s, "lrem0(J)J", "lload 0|lconst_0|lrem|lreturn");
    sb_printf(&s, ".end class\n");
    for (size_t o = 0; o < 8; o++)
        for (size_t i = 0; i < NEJ; i++)
            for (size_t k = 0; k < NEJ; k++)
                add_call(&cs, "T", ops[o], "(JJ)J", 2, AJ(EJ[i]), AJ(EJ[k]));
    for (size_t o = 0; o < 3; o++)
        for (size_t i = 0; i < NEJ; i++)
            for (size_t k = 0; k < NEI; k++)
                add_call(&cs, "T", shifts[o], "(JI)J", 2, AJ(EJ[i]), AI(EI[k]));
    for (size_t i = 0; i < NEJ; i++) {
        add_call(&cs, "T", "lneg", "(J)J", 1, AJ(EJ[i]));
        add_call(&cs, "T", "ldivm1", "(J)J", 1, AJ(EJ[i]));
        add_call(&cs, "T", "lremm1", "(J)J", 1, AJ(EJ[i]));
        add_call(&cs, "T", "ldiv0", "(J)J", 1, AJ(EJ[i]));
        add_call(&cs, "T", "lrem0", "(J)J", 1, AJ(EJ[i]));
    }
    diff_run("long arithmetic", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

static void test_float_arith(void) {
    static const char *const ops[] = {"fadd", "fsub", "fmul", "fdiv", "frem"};
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    binops(&s, ops, 5, "(FF)F", "fload", "fload", "freturn");
    method(&s, "fneg(F)F", "fload 0|fneg|freturn");
    /* x * 1, x + 0 and 0 - x must not be simplified away (-0.0, NaN signs) */
    method(&s, "fadd0(F)F", "fload 0|fconst_0|fadd|freturn");
    method(&s, "fsub0(F)F", "fconst_0|fload 0|fsub|freturn");
    method(&s, "fmul1(F)F", "fload 0|fconst_1|fmul|freturn");
    method(&s, "fdiv0(F)F", "fload 0|fconst_0|fdiv|freturn");
    method(&s, "fexpr(FFF)F", "fload 0|fload 1|fmul|fload 2|fadd|freturn");
    sb_printf(&s, ".end class\n");
    for (size_t o = 0; o < 5; o++)
        for (size_t i = 0; i < NEF; i++)
            for (size_t k = 0; k < NEF; k++)
                add_call(&cs, "T", ops[o], "(FF)F", 2, AF(fbits(EF_BITS[i])),
                         AF(fbits(EF_BITS[k])));
    for (size_t i = 0; i < NEF; i++) {
        float f = fbits(EF_BITS[i]);
        add_call(&cs, "T", "fneg", "(F)F", 1, AF(f));
        add_call(&cs, "T", "fadd0", "(F)F", 1, AF(f));
        add_call(&cs, "T", "fsub0", "(F)F", 1, AF(f));
        add_call(&cs, "T", "fmul1", "(F)F", 1, AF(f));
        add_call(&cs, "T", "fdiv0", "(F)F", 1, AF(f));
        for (size_t k = 0; k < NEF; k += 5)
            add_call(&cs, "T", "fexpr", "(FFF)F", 3, AF(f), AF(fbits(EF_BITS[k])),
                     AF(fbits(EF_BITS[(i + k) % NEF])));
    }
    /* a fused multiply-add would differ here */
    add_call(&cs, "T", "fexpr", "(FFF)F", 3, AF(16777217.0f), AF(16777215.0f),
             AF(-281474943156225.0f));
    add_call(&cs, "T", "fexpr", "(FFF)F", 3, AF(0.1f), AF(10.0f), AF(-1.0f));
    relax_multi_nan(&cs);
    diff_run("float arithmetic", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

static void test_double_arith(void) {
    static const char *const ops[] = {"dadd", "dsub", "dmul", "ddiv", "drem"};
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    binops(&s, ops, 5, "(DD)D", "dload", "dload", "dreturn");
    method(&s, "dneg(D)D", "dload 0|dneg|dreturn");
    method(&s, "dadd0(D)D", "dload 0|dconst_0|dadd|dreturn");
    method(&s, "dsub0(D)D", "dconst_0|dload 0|dsub|dreturn");
    method(&s, "dmul1(D)D", "dload 0|dconst_1|dmul|dreturn");
    method(&s, "ddiv0(D)D", "dload 0|dconst_0|ddiv|dreturn");
    method(&s, "dexpr(DDD)D", "dload 0|dload 1|dmul|dload 2|dadd|dreturn");
    sb_printf(&s, ".end class\n");
    for (size_t o = 0; o < 5; o++)
        for (size_t i = 0; i < NED; i++)
            for (size_t k = 0; k < NED; k++)
                add_call(&cs, "T", ops[o], "(DD)D", 2, AD(dbits(ED_BITS[i])),
                         AD(dbits(ED_BITS[k])));
    for (size_t i = 0; i < NED; i++) {
        double d = dbits(ED_BITS[i]);
        add_call(&cs, "T", "dneg", "(D)D", 1, AD(d));
        add_call(&cs, "T", "dadd0", "(D)D", 1, AD(d));
        add_call(&cs, "T", "dsub0", "(D)D", 1, AD(d));
        add_call(&cs, "T", "dmul1", "(D)D", 1, AD(d));
        add_call(&cs, "T", "ddiv0", "(D)D", 1, AD(d));
        for (size_t k = 0; k < NED; k += 5)
            add_call(&cs, "T", "dexpr", "(DDD)D", 3, AD(d), AD(dbits(ED_BITS[k])),
                     AD(dbits(ED_BITS[(i + k) % NED])));
    }
    add_call(&cs, "T", "dexpr", "(DDD)D", 3, AD(0.1), AD(10.0), AD(-1.0));
    add_call(&cs, "T", "dexpr", "(DDD)D", 3, AD(134217729.0), AD(134217727.0),
             AD(-18014398509481983.0));
    relax_multi_nan(&cs);
    diff_run("double arithmetic", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- conversions ---- */

static void test_conversions(void) {
    static const struct {
        const char *op, *desc, *ld, *ret;
    } cv[] = {
        {"i2l", "(I)J", "iload", "lreturn"}, {"i2f", "(I)F", "iload", "freturn"},
        {"i2d", "(I)D", "iload", "dreturn"}, {"i2b", "(I)I", "iload", "ireturn"},
        {"i2c", "(I)I", "iload", "ireturn"}, {"i2s", "(I)I", "iload", "ireturn"},
        {"l2i", "(J)I", "lload", "ireturn"}, {"l2f", "(J)F", "lload", "freturn"},
        {"l2d", "(J)D", "lload", "dreturn"}, {"f2i", "(F)I", "fload", "ireturn"},
        {"f2l", "(F)J", "fload", "lreturn"}, {"f2d", "(F)D", "fload", "dreturn"},
        {"d2i", "(D)I", "dload", "ireturn"}, {"d2l", "(D)J", "dload", "lreturn"},
        {"d2f", "(D)F", "dload", "freturn"},
    };
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    for (size_t i = 0; i < sizeof cv / sizeof cv[0]; i++) {
        char nd[64], body[128];
        snprintf(nd, sizeof nd, "%s%s", cv[i].op, cv[i].desc);
        snprintf(body, sizeof body, "%s 0|%s|%s", cv[i].ld, cv[i].op, cv[i].ret);
        method(&s, nd, body);
    }
    /* conversions chained, and a narrowing feeding a branch */
    method(&s, "chain(D)I", "dload 0|d2f|f2l|l2i|i2b|i2c|ireturn");
    method(&s, "sat(D)J", "dload 0|d2i|i2l|dload 0|d2l|lsub|lreturn");
    method(&s, "bneg(I)I", "iload 0|i2b|ifge no|iconst_1|ireturn|no: iconst_0|ireturn");
    sb_printf(&s, ".end class\n");
    static const int32_t xi[] = {16777217, -16777217, 0x7fffff80, 0x7fffffc0, 0x1000001,
                                 0x80,     0xff,      0x8000,     0xffff,     0x18000};
    static const int64_t xj[] = {(1LL << 53) + 3, (1LL << 62) + 1, 0x20000020000001LL,
                                 -0x20000020000001LL, 0x7fffff8000000000LL};
    for (size_t i = 0; i < NEI + 10; i++) {
        int32_t v = i < NEI ? EI[i] : xi[i - NEI];
        for (int k = 0; k < 6; k++)
            add_call(&cs, "T", cv[k].op, cv[k].desc, 1, AI(v));
        add_call(&cs, "T", "bneg", "(I)I", 1, AI(v));
    }
    for (size_t i = 0; i < NEJ + 5; i++) {
        int64_t v = i < NEJ ? EJ[i] : xj[i - NEJ];
        for (int k = 6; k < 9; k++)
            add_call(&cs, "T", cv[k].op, cv[k].desc, 1, AJ(v));
    }
    for (size_t i = 0; i < NEF; i++)
        for (int k = 9; k < 12; k++)
            add_call(&cs, "T", cv[k].op, cv[k].desc, 1, AF(fbits(EF_BITS[i])));
    for (size_t i = 0; i < NED; i++) {
        for (int k = 12; k < 15; k++)
            add_call(&cs, "T", cv[k].op, cv[k].desc, 1, AD(dbits(ED_BITS[i])));
        add_call(&cs, "T", "chain", "(D)I", 1, AD(dbits(ED_BITS[i])));
        add_call(&cs, "T", "sat", "(D)J", 1, AD(dbits(ED_BITS[i])));
    }
    /* near the saturation bounds */
    static const double xd[] = {2147483646.9,
                                -2147483648.9,
                                9.2233720368547748E18,
                                -9.2233720368547758E18,
                                0.9999999999,
                                -0.9999999999,
                                1e-310,
                                3.4028235677973366E38,
                                3.4028235677973362E38,
                                1.401298464324817E-45,
                                7.006492321624085E-46,
                                7.006492321624087E-46};
    for (size_t i = 0; i < sizeof xd / sizeof xd[0]; i++)
        for (int k = 12; k < 15; k++)
            add_call(&cs, "T", cv[k].op, cv[k].desc, 1, AD(xd[i]));
    diff_run("conversions", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- comparisons ---- */

static void test_comparisons(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    method(&s, "lcmp(JJ)I", "lload 0|lload 1|lcmp|ireturn");
    method(&s, "fcmpl(FF)I", "fload 0|fload 1|fcmpl|ireturn");
    method(&s, "fcmpg(FF)I", "fload 0|fload 1|fcmpg|ireturn");
    method(&s, "dcmpl(DD)I", "dload 0|dload 1|dcmpl|ireturn");
    method(&s, "dcmpg(DD)I", "dload 0|dload 1|dcmpg|ireturn");
    /* the compare-and-branch forms javac emits: a < b, a > b, a == b (false for NaN) */
    method(&s, "flt(FF)I", "fload 0|fload 1|fcmpg|ifge no|iconst_1|ireturn|no: iconst_0|ireturn");
    method(&s, "fgt(FF)I", "fload 0|fload 1|fcmpl|ifle no|iconst_1|ireturn|no: iconst_0|ireturn");
    method(&s, "feq(FF)I", "fload 0|fload 1|fcmpl|ifne no|iconst_1|ireturn|no: iconst_0|ireturn");
    method(&s, "dlt(DD)I", "dload 0|dload 1|dcmpg|ifge no|iconst_1|ireturn|no: iconst_0|ireturn");
    method(&s, "dge(DD)I", "dload 0|dload 1|dcmpl|iflt no|iconst_1|ireturn|no: iconst_0|ireturn");
    method(&s, "dne(DD)I", "dload 0|dload 1|dcmpl|ifeq no|iconst_1|ireturn|no: iconst_0|ireturn");
    method(&s, "lle(JJ)I", "lload 0|lload 1|lcmp|ifgt no|iconst_1|ireturn|no: iconst_0|ireturn");
    sb_printf(&s, ".end class\n");
    for (size_t i = 0; i < NEJ; i++)
        for (size_t k = 0; k < NEJ; k++) {
            add_call(&cs, "T", "lcmp", "(JJ)I", 2, AJ(EJ[i]), AJ(EJ[k]));
            add_call(&cs, "T", "lle", "(JJ)I", 2, AJ(EJ[i]), AJ(EJ[k]));
        }
    static const char *const fops[] = {"fcmpl", "fcmpg", "flt", "fgt", "feq"};
    static const char *const dops[] = {"dcmpl", "dcmpg", "dlt", "dge", "dne"};
    for (size_t i = 0; i < NEF; i++)
        for (size_t k = 0; k < NEF; k++)
            for (int o = 0; o < 5; o++)
                add_call(&cs, "T", fops[o], "(FF)I", 2, AF(fbits(EF_BITS[i])),
                         AF(fbits(EF_BITS[k])));
    for (size_t i = 0; i < NED; i++)
        for (size_t k = 0; k < NED; k++)
            for (int o = 0; o < 5; o++)
                add_call(&cs, "T", dops[o], "(DD)I", 2, AD(dbits(ED_BITS[i])),
                         AD(dbits(ED_BITS[k])));
    diff_run("comparisons", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- branches ---- */

static void test_branches(void) {
    static const char *const b1[] = {"ifeq", "ifne", "iflt", "ifge", "ifgt", "ifle"};
    static const char *const b2[] = {"if_icmpeq", "if_icmpne", "if_icmplt",
                                     "if_icmpge", "if_icmpgt", "if_icmple"};
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    sb_printf(&s, ".field static a Ljava/lang/Object;|.field static b Ljava/lang/Object;\n");
    method(&s, "<clinit>()V",
           "new java/lang/Object|dup|invokespecial java/lang/Object.<init>()V|putstatic T.a "
           "Ljava/lang/Object;|"
           "ldc \"b\"|putstatic T.b Ljava/lang/Object;|return");
    for (int i = 0; i < 6; i++) {
        char nd[64], body[160];
        snprintf(nd, sizeof nd, "%s(I)I", b1[i]);
        snprintf(body, sizeof body, "iload 0|%s yes|iconst_0|ireturn|yes: iconst_1|ireturn", b1[i]);
        method(&s, nd, body);
        snprintf(nd, sizeof nd, "%s(II)I", b2[i]);
        snprintf(body, sizeof body, "iload 0|iload 1|%s yes|iconst_0|ireturn|yes: iconst_1|ireturn",
                 b2[i]);
        method(&s, nd, body);
    }
    /* references: 0 null, 1 T.a, 2 T.b, 3 a new object */
    method(&s, "pick(I)Ljava/lang/Object;",
           "iload 0|tableswitch 0 2 default=fresh|n|a|b|n: aconst_null|areturn|a: getstatic T.a "
           "Ljava/lang/Object;|areturn|"
           "b: getstatic T.b Ljava/lang/Object;|areturn|fresh: new java/lang/Object|dup|"
           "invokespecial java/lang/Object.<init>()V|areturn");
    method(&s, "acmpeq(II)I",
           "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|iload 1|invokestatic "
           "T.pick(I)Ljava/lang/Object;|"
           "if_acmpeq yes|iconst_0|ireturn|yes: iconst_1|ireturn");
    method(&s, "acmpne(II)I",
           "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|iload 1|invokestatic "
           "T.pick(I)Ljava/lang/Object;|"
           "if_acmpne yes|iconst_0|ireturn|yes: iconst_1|ireturn");
    method(&s, "isnull(I)I",
           "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|ifnull yes|iconst_0|ireturn|yes: "
           "iconst_1|ireturn");
    method(&s, "nonnull(I)I",
           "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|ifnonnull yes|iconst_0|ireturn|yes: "
           "iconst_1|ireturn");
    /* loops: goto back, conditional branch back, nested loops, both targets the same */
    method(&s, "sumsq(I)J",
           "lconst_0|lstore 1|iconst_0|istore 3|top: iload 3|iload 0|if_icmpge done|lload 1|iload "
           "3|i2l|"
           "iload 3|i2l|lmul|ladd|lstore 1|iinc 3 1|goto top|done: lload 1|lreturn");
    method(&s, "dowhile(I)I",
           "iconst_0|istore 1|again: iinc 1 3|iinc 0 -1|iload 0|ifgt again|iload 1|ireturn");
    method(&s, "nested(I)I",
           "iconst_0|istore 1|iconst_0|istore 2|outer: iload 2|iload 0|if_icmpge "
           "done|iconst_0|istore 3|"
           "inner: iload 3|iload 0|if_icmpge next|iload 1|iload 2|iload 3|ixor|bipush "
           "7|iand|iadd|istore 1|"
           "iinc 3 1|goto inner|next: iinc 2 1|goto outer|done: iload 1|ireturn");
    method(&s, "same(I)I", "iload 0|ifeq l|l: iload 0|iconst_1|iadd|ireturn");
    method(&s, "fwd(I)I", "goto b|a: iload 0|ireturn|b: iinc 0 5|goto a");
    sb_printf(&s, ".end class\n");
    for (size_t i = 0; i < NEI; i++) {
        for (int k = 0; k < 6; k++)
            add_call(&cs, "T", b1[k], "(I)I", 1, AI(EI[i]));
        for (size_t j = 0; j < NEI; j++)
            for (int k = 0; k < 6; k++)
                add_call(&cs, "T", b2[k], "(II)I", 2, AI(EI[i]), AI(EI[j]));
        add_call(&cs, "T", "same", "(I)I", 1, AI(EI[i]));
        add_call(&cs, "T", "fwd", "(I)I", 1, AI(EI[i]));
    }
    for (int i = 0; i < 4; i++) {
        add_call(&cs, "T", "isnull", "(I)I", 1, AI(i));
        add_call(&cs, "T", "nonnull", "(I)I", 1, AI(i));
        for (int j = 0; j < 4; j++) {
            add_call(&cs, "T", "acmpeq", "(II)I", 2, AI(i), AI(j));
            add_call(&cs, "T", "acmpne", "(II)I", 2, AI(i), AI(j));
        }
    }
    static const int32_t n[] = {-5, 0, 1, 2, 10, 100, 3037};
    for (size_t i = 0; i < sizeof n / sizeof n[0]; i++) {
        add_call(&cs, "T", "sumsq", "(I)J", 1, AI(n[i]));
        add_call(&cs, "T", "dowhile", "(I)I", 1, AI(n[i]));
        add_call(&cs, "T", "nested", "(I)I", 1, AI(n[i] > 200 ? 200 : n[i]));
    }
    diff_run("branches", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- switches ---- */

static void test_switches(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    method(&s, "ts(I)I",
           "iload 0|tableswitch -2 3 default=dflt|a|b|c|dflt|a|e|"
           "a: bipush 10|ireturn|b: bipush 11|ireturn|c: bipush 12|ireturn|e: bipush 13|ireturn|"
           "dflt: iconst_m1|ireturn");
    method(&s, "tsmax(I)I",
           "iload 0|tableswitch 2147483645 2147483647 default=d|a|b|c|a: iconst_1|ireturn|b: "
           "iconst_2|ireturn|"
           "c: iconst_3|ireturn|d: iconst_0|ireturn");
    method(&s, "tsmin(I)I",
           "iload 0|tableswitch -2147483648 -2147483646 default=d|a|b|c|a: iconst_1|ireturn|b: "
           "iconst_2|ireturn|"
           "c: iconst_3|ireturn|d: iconst_0|ireturn");
    method(&s, "ts1(I)I",
           "iload 0|tableswitch 7 7 default=d|a|a: iconst_1|ireturn|d: iconst_0|ireturn");
    method(&s, "ls(I)I",
           "iload 0|lookupswitch default=d|-2147483648: a|-1000: b|-1: c|0: e|1: f|5: g|1000: "
           "h|2147483647: k|"
           "a: iconst_1|ireturn|b: iconst_2|ireturn|c: iconst_3|ireturn|e: iconst_4|ireturn|f: "
           "iconst_5|ireturn|"
           "g: bipush 6|ireturn|h: bipush 7|ireturn|k: bipush 8|ireturn|d: iconst_0|ireturn");
    method(&s, "ls1(I)I",
           "iload 0|lookupswitch default=d|-7: a|a: iconst_1|ireturn|d: iconst_0|ireturn");
    method(&s, "ls0(I)I", "iload 0|lookupswitch default=d|d: iconst_0|ireturn");
    /* a switch in a loop, jumping back and forward, with values live across it */
    method(&s, "swloop(I)J",
           "lconst_0|lstore 1|iconst_0|istore 3|top: iload 3|iload 0|if_icmpge done|iload "
           "3|iconst_4|irem|"
           "tableswitch 0 3 default=top|c0|c1|c2|c3|"
           "c0: lload 1|lconst_1|ladd|lstore 1|iinc 3 1|goto top|"
           "c1: lload 1|ldc 100L|lmul|lstore 1|iinc 3 1|goto top|"
           "c2: iinc 3 1|iload 3|lookupswitch default=top|3: x|11: y|"
           "x: lload 1|ldc 7L|lsub|lstore 1|goto top|y: lload 1|lneg|lstore 1|goto top|"
           "c3: iinc 3 1|goto top|done: lload 1|lreturn");
    sb_printf(&s, ".end class\n");
    static const int32_t keys[] = {
        -2147483648, -2147483647, -2147483646, -2147483645, -1001, -1000, -999, -3, -2,  -1,   0,
        1,           2,           3,           4,           5,     6,     7,    8,  999, 1000, 1001,
        2147483644,  2147483645,  2147483646,  2147483647};
    static const char *const ms[] = {"ts", "tsmax", "tsmin", "ts1", "ls", "ls1", "ls0"};
    for (size_t m = 0; m < 7; m++) {
        for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
            add_call(&cs, "T", ms[m], "(I)I", 1, AI(keys[i]));
        for (size_t i = 0; i < NEI; i++)
            add_call(&cs, "T", ms[m], "(I)I", 1, AI(EI[i]));
        add_call(&cs, "T", ms[m], "(I)I", 1, AI(-7));
    }
    for (int n = -1; n < 40; n += 3)
        add_call(&cs, "T", "swloop", "(I)J", 1, AI(n));
    diff_run("switches", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- arrays ---- */

static void test_arrays(void) {
    static const struct {
        const char *name, *make, *vdesc, *vload, *store, *load, *ret;
    } ty[] = {
        {"aZ", "newarray boolean", "I", "iload", "bastore", "baload", "I"},
        {"aB", "newarray byte", "I", "iload", "bastore", "baload", "I"},
        {"aC", "newarray char", "I", "iload", "castore", "caload", "I"},
        {"aS", "newarray short", "I", "iload", "sastore", "saload", "I"},
        {"aI", "newarray int", "I", "iload", "iastore", "iaload", "I"},
        {"aJ", "newarray long", "J", "lload", "lastore", "laload", "J"},
        {"aF", "newarray float", "F", "fload", "fastore", "faload", "F"},
        {"aD", "newarray double", "D", "dload", "dastore", "daload", "D"},
        {"aA", "anewarray java/lang/String", "Ljava/lang/String;", "aload", "aastore", "aaload",
         "Ljava/lang/String;"},
    };
    static char descs[9][64];
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    for (int i = 0; i < 9; i++) {
        /* (len, store index, load index, value): len -99 means a null array */
        snprintf(descs[i], sizeof descs[i], "(III%s)%s", ty[i].vdesc, ty[i].ret);
        char nd[640], body[512];
        snprintf(nd, sizeof nd, "%s%s", ty[i].name, descs[i]);
        char r = ty[i].ret[0];
        snprintf(
            body, sizeof body,
            "iload 0|bipush -99|if_icmpne mk|aconst_null|astore 9|goto go|mk: iload 0|%s|astore 9|"
            "go: aload 9|iload 1|%s 3|%s|aload 9|iload 2|%s|%s",
            ty[i].make, ty[i].vload, ty[i].store, ty[i].load,
            r == 'I'   ? "ireturn"
            : r == 'J' ? "lreturn"
            : r == 'F' ? "freturn"
            : r == 'D' ? "dreturn"
                       : "areturn");
        method(&s, nd, body);
    }
    /* whole arrays back (structural comparison), stores that narrow */
    method(&s, "fillZ(I)[Z",
           "iconst_4|newarray boolean|astore 1|aload 1|iconst_0|iload 0|bastore|aload "
           "1|iconst_1|iload 0|"
           "iconst_1|ishr|bastore|aload 1|iconst_2|iload 0|iconst_2|ishr|bastore|aload "
           "1|iconst_3|iload 0|"
           "i2b|bastore|aload 1|areturn");
    method(
        &s, "fillB(I)[B",
        "iconst_3|newarray byte|astore 1|aload 1|iconst_0|iload 0|bastore|aload 1|iconst_1|iload 0|"
        "bipush 8|ishr|bastore|aload 1|iconst_2|iload 0|sipush 128|iadd|bastore|aload 1|areturn");
    method(
        &s, "fillC(I)[C",
        "iconst_2|newarray char|astore 1|aload 1|iconst_0|iload 0|castore|aload 1|iconst_1|iload 0|"
        "bipush 16|ishr|castore|aload 1|areturn");
    method(&s, "fillS(I)[S",
           "iconst_2|newarray short|astore 1|aload 1|iconst_0|iload 0|sastore|aload "
           "1|iconst_1|iload 0|"
           "bipush 16|ishr|sastore|aload 1|areturn");
    method(&s, "fillF(FF)[F",
           "iconst_2|newarray float|dup|iconst_0|fload 0|fastore|dup|iconst_1|fload "
           "1|fastore|areturn");
    method(&s, "fillD(DD)[D",
           "iconst_2|newarray double|dup|iconst_0|dload 0|dastore|dup|iconst_1|dload "
           "1|dastore|areturn");
    method(&s, "alen(I)I",
           "iload 0|bipush -99|if_icmpne mk|aconst_null|goto go|mk: iload 0|newarray long|"
           "go: arraylength|ireturn");
    method(&s, "alenA(I)I", "iload 0|anewarray java/lang/Object|arraylength|ireturn");
    /* ArrayStoreException: a String[] seen as Object[]; a CharSequence[] */
    method(&s, "ase(I)[Ljava/lang/Object;",
           "iconst_2|anewarray java/lang/String|astore 1|aload 1|iconst_1|iload 0|ifeq obj|iload "
           "0|iconst_1|if_icmpeq nul|"
           "ldc \"s\"|goto st|nul: aconst_null|goto st|obj: new java/lang/Object|dup|invokespecial "
           "java/lang/Object.<init>()V|"
           "st: aastore|aload 1|areturn");
    method(&s, "ase2(I)[Ljava/lang/Object;",
           "iconst_1|anewarray java/lang/CharSequence|astore 1|aload 1|iconst_0|iload 0|ifeq "
           "obj|ldc \"cs\"|goto st|"
           "obj: iconst_3|newarray int|st: aastore|aload 1|areturn");
    method(&s, "ase3(I)[Ljava/lang/Object;",
           "iconst_1|anewarray [I|astore 1|aload 1|iconst_0|iload 0|ifeq obj|iconst_2|newarray "
           "int|goto st|"
           "obj: iconst_2|newarray long|st: aastore|aload 1|areturn");
    /* multianewarray, all and some dimensions, negative sizes */
    method(&s, "multi(II)[[I", "iload 0|iload 1|multianewarray [[I 2|areturn");
    method(&s, "multi3(II)[[[J", "iload 0|iload 1|multianewarray [[[J 2|areturn");
    method(&s, "multiS(III)[[[Ljava/lang/String;",
           "iload 0|iload 1|iload 2|multianewarray [[[Ljava/lang/String; 3|areturn");
    method(&s, "m2(III)I",
           "iconst_3|iconst_4|multianewarray [[I 2|astore 3|aload 3|iload 0|aaload|iload 1|iload "
           "2|iastore|"
           "aload 3|iconst_1|aaload|iconst_2|iaload|ireturn");
    method(&s, "negA(I)I", "iload 0|anewarray java/lang/String|arraylength|ireturn");
    sb_printf(&s, ".end class\n");
    static const int32_t lens[] = {-99, -1, 0, 1, 3};
    static const int32_t idx[] = {0, 2, 3, -1, INT32_MIN, INT32_MAX};
    static const int32_t iv[] = {0,      1,       2,       3,         -1,       127,
                                 128,    255,     256,     -129,      0x7fff,   0x8000,
                                 0xffff, 0x10000, 0x1ffff, INT32_MIN, INT32_MAX};
    for (size_t l = 0; l < 5; l++)
        for (size_t si = 0; si < 6; si++)
            for (size_t li = 0; li < 6; li += (si == 0 ? 1 : 3)) {
                for (int t = 0; t < 5; t++)
                    for (size_t v = 0; v < sizeof iv / sizeof iv[0];
                         v += (l == 4 && si < 2 ? 1 : 5))
                        add_call(&cs, "T", ty[t].name, descs[t], 4, AI(lens[l]), AI(idx[si]),
                                 AI(idx[li]), AI(iv[v]));
                for (size_t v = 0; v < NEJ; v += (l == 4 && si < 2 ? 1 : 7))
                    add_call(&cs, "T", "aJ", descs[5], 4, AI(lens[l]), AI(idx[si]), AI(idx[li]),
                             AJ(EJ[v]));
                for (size_t v = 0; v < NEF; v += (l == 4 && si < 2 ? 1 : 9))
                    add_call(&cs, "T", "aF", descs[6], 4, AI(lens[l]), AI(idx[si]), AI(idx[li]),
                             AF(fbits(EF_BITS[v])));
                for (size_t v = 0; v < NED; v += (l == 4 && si < 2 ? 1 : 9))
                    add_call(&cs, "T", "aD", descs[7], 4, AI(lens[l]), AI(idx[si]), AI(idx[li]),
                             AD(dbits(ED_BITS[v])));
                add_call(&cs, "T", "aA", descs[8], 4, AI(lens[l]), AI(idx[si]), AI(idx[li]),
                         AS("el"));
                add_call(&cs, "T", "aA", descs[8], 4, AI(lens[l]), AI(idx[si]), AI(idx[li]), ANULL);
            }
    for (size_t v = 0; v < sizeof iv / sizeof iv[0]; v++) {
        add_call(&cs, "T", "fillZ", "(I)[Z", 1, AI(iv[v]));
        add_call(&cs, "T", "fillB", "(I)[B", 1, AI(iv[v]));
        add_call(&cs, "T", "fillC", "(I)[C", 1, AI(iv[v]));
        add_call(&cs, "T", "fillS", "(I)[S", 1, AI(iv[v]));
    }
    for (size_t v = 0; v + 1 < NEF; v++)
        add_call(&cs, "T", "fillF", "(FF)[F", 2, AF(fbits(EF_BITS[v])), AF(fbits(EF_BITS[v + 1])));
    for (size_t v = 0; v + 1 < NED; v++)
        add_call(&cs, "T", "fillD", "(DD)[D", 2, AD(dbits(ED_BITS[v])), AD(dbits(ED_BITS[v + 1])));
    for (size_t l = 0; l < 5; l++) {
        add_call(&cs, "T", "alen", "(I)I", 1, AI(lens[l]));
        add_call(&cs, "T", "alenA", "(I)I", 1, AI(lens[l] == -99 ? INT32_MIN : lens[l]));
        add_call(&cs, "T", "negA", "(I)I", 1, AI(lens[l]));
    }
    for (int k = 0; k < 3; k++) {
        add_call(&cs, "T", "ase", "(I)[Ljava/lang/Object;", 1, AI(k));
        add_call(&cs, "T", "ase2", "(I)[Ljava/lang/Object;", 1, AI(k));
        add_call(&cs, "T", "ase3", "(I)[Ljava/lang/Object;", 1, AI(k));
    }
    static const int32_t dims[] = {-1, 0, 1, 2};
    for (size_t a = 0; a < 4; a++)
        for (size_t b = 0; b < 4; b++) {
            add_call(&cs, "T", "multi", "(II)[[I", 2, AI(dims[a]), AI(dims[b]));
            add_call(&cs, "T", "multi3", "(II)[[[J", 2, AI(dims[a]), AI(dims[b]));
            add_call(&cs, "T", "multiS", "(III)[[[Ljava/lang/String;", 3, AI(dims[a]), AI(dims[b]),
                     AI(dims[(a + b) % 4]));
        }
    for (int a = -1; a < 4; a++)
        for (int b = -1; b < 5; b += 2)
            add_call(&cs, "T", "m2", "(III)I", 3, AI(a), AI(b), AI(a * 100 + b));
    diff_run("arrays", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- stack shufflers with mixed kinds ---- */

/* Appends local `slot` of kind k (I J F D A) and a comma to the StringBuilder in local 20. */
static void app(Sb *s, char k, int slot) {
    const char *ld = k == 'I'   ? "iload"
                     : k == 'J' ? "lload"
                     : k == 'F' ? "fload"
                     : k == 'D' ? "dload"
                                : "aload";
    const char *d = k == 'I'   ? "I"
                    : k == 'J' ? "J"
                    : k == 'F' ? "F"
                    : k == 'D' ? "D"
                               : "Ljava/lang/Object;";
    sb_printf(s,
              "aload 20|%s %d|invokevirtual "
              "java/lang/StringBuilder.append(%s)Ljava/lang/StringBuilder;|bipush 44|"
              "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;|pop|",
              ld, slot, d);
}

/* A method (IJFDLjava/lang/String;)String: `pre` pushes and shuffles, then the values are
 * stored by `kinds` (top first) into locals 11, 12, ... and appended in stack order. */
static void shuffler(Sb *s, const char *name, const char *pre, const char *kinds) {
    sb_printf(s,
              ".method public static %s(IJFDLjava/lang/String;)Ljava/lang/String;|"
              "new java/lang/StringBuilder|dup|invokespecial "
              "java/lang/StringBuilder.<init>()V|astore 20|%s|",
              name, pre);
    int n = (int)strlen(kinds);
    for (int i = 0; i < n; i++) {
        char k = kinds[i];
        const char *st = k == 'I'   ? "istore"
                         : k == 'J' ? "lstore"
                         : k == 'F' ? "fstore"
                         : k == 'D' ? "dstore"
                                    : "astore";
        sb_printf(s, "%s %d|", st, 11 + i);
    }
    for (int i = n - 1; i >= 0; i--)
        app(s, kinds[i], 11 + i);
    sb_printf(s, "aload 20|invokevirtual "
                 "java/lang/StringBuilder.toString()Ljava/lang/String;|areturn|.end method\n");
}

static void test_stack_ops(void) {
    static const struct {
        const char *name, *pre, *kinds;
    } sh[] = {
        /* kinds: what is on the stack after `pre`, top first */
        {"dupI", "iload 0|dup", "II"},
        {"dupJ", "lload 1|dup", "JJ"},
        {"dupF", "fload 2|dup", "FF"},
        {"dupD", "dload 3|dup", "DD"},
        {"dupA", "aload 4|dup", "AA"},
        {"dupx1JF", "fload 2|lload 1|dup_x1", "JFJ"},
        {"dupx1AD", "dload 3|aload 4|dup_x1", "ADA"},
        {"dupx2", "aload 4|dload 3|iload 0|dup_x2", "IDAI"},
        {"dupx2b", "fload 2|lload 1|dload 3|dup_x2", "DJFD"},
        {"dup2", "dload 3|aload 4|dup2", "ADAD"},
        {"dup2b", "iload 0|lload 1|dup2", "JIJI"},
        {"dup2x1", "iload 0|fload 2|lload 1|dup2_x1", "JFIJF"},
        {"dup2x1b", "aload 4|dload 3|iload 0|dup2_x1", "IDAID"},
        {"dup2x2", "aload 4|dload 3|iload 0|lload 1|dup2_x2", "JIDAJI"},
        {"dup2x2b", "fload 2|iload 0|aload 4|dload 3|dup2_x2", "DAIFDA"},
        {"swap", "dload 3|aload 4|swap", "DA"},
        {"swapIJ", "iload 0|lload 1|swap", "IJ"},
        {"swapFF", "fload 2|fload 2|fneg|swap", "FF"},
        {"pop", "lload 1|aload 4|pop", "J"},
        {"pop2", "iload 0|fload 2|lload 1|dload 3|pop2", "FI"},
        {"pop2b", "aload 4|dload 3|iload 0|pop2", "A"},
        /* a shuffle whose result crosses a branch */
        {"join",
         "iload 0|dload 3|dup2|iload 0|ifeq z|pop2|fload 2|lload 1|goto j|z: pop2|fload 2|lload "
         "1|j: swap",
         "FJDI"},
    };
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    size_t nsh = sizeof sh / sizeof sh[0];
    for (size_t i = 0; i < nsh; i++)
        shuffler(&s, sh[i].name, sh[i].pre, sh[i].kinds);
    sb_printf(&s, ".end class\n");
    for (size_t v = 0; v < 10; v++) {
        Arg a[5] = {AI(EI[v * 5 % NEI]), AJ(EJ[v * 3 % NEJ]), AF(fbits(EF_BITS[v * 7 % NEF])),
                    AD(dbits(ED_BITS[v * 5 % NED])), v % 4 == 3 ? ANULL : AS(v % 2 ? "str" : "")};
        for (size_t i = 0; i < nsh; i++)
            add_call_v(&cs, "T", sh[i].name, "(IJFDLjava/lang/String;)Ljava/lang/String;", 5, a);
    }
    diff_run("stack operations", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- fields ---- */

/* Appends field `owner.name desc` (static: getstatic, else getfield on local 9). */
static void appf(Sb *s, int is_static, const char *owner, const char *name, const char *desc) {
    const char *ad = desc[0] == 'L' || desc[0] == '['   ? "Ljava/lang/Object;"
                     : desc[0] == 'B' || desc[0] == 'S' ? "I"
                                                        : desc;
    if (is_static)
        sb_printf(s, "aload 20|getstatic %s.%s %s|", owner, name, desc);
    else
        sb_printf(s, "aload 20|aload 9|getfield %s.%s %s|", owner, name, desc);
    sb_printf(s,
              "invokevirtual java/lang/StringBuilder.append(%s)Ljava/lang/StringBuilder;|bipush 44|"
              "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;|pop|",
              ad);
}

static void test_fields(void) {
    static const struct {
        const char *n, *d,
            *pre; /* name suffix, descriptor, how the value is made from the arguments */
    } fs[] = {
        {"Z", "Z", "iload 0|iconst_1|iand"},
        {"B", "B", "iload 0|i2b"},
        {"C", "C", "iload 0|i2c"},
        {"S", "S", "iload 0|i2s"},
        {"I", "I", "iload 0"},
        {"J", "J", "lload 1"},
        {"F", "F", "fload 2"},
        {"D", "D", "dload 3"},
        {"A", "Ljava/lang/String;", "aload 4"},
        {"O", "Ljava/lang/Object;", "aload 4"},
        {"R", "[I", "iconst_2|newarray int|dup|iconst_1|iload 0|iastore"},
    };
    size_t nf = sizeof fs / sizeof fs[0];
    Sb s = {0};
    Calls cs = {0};
    /* F: every type, static and instance; G extends F; constants; initialization */
    sb_printf(&s, ".class public F\n");
    for (size_t i = 0; i < nf; i++)
        sb_printf(&s, ".field public static s%s %s|.field public i%s %s\n", fs[i].n, fs[i].d,
                  fs[i].n, fs[i].d);
    sb_printf(&s,
              ".field public static final K I = 42|.field public static final KJ J = 10000000000|"
              ".field public static final KF F = -0.0f|.field public static final KD D = 2.5|"
              ".field public static final KS Ljava/lang/String; = \"konst\"|.field public static "
              "inits I\n");
    sb_printf(&s, ".method public <init>()V|aload 0|invokespecial "
                  "java/lang/Object.<init>()V|return|.end method\n");
    method(&s, "<clinit>()V", "getstatic F.inits I|iconst_1|iadd|putstatic F.inits I|return");
    sb_printf(&s, ".end class\n");
    sb_printf(&s, ".class public G extends F|.field public gI I|.field public static gS J\n"
                  ".method public <init>()V|aload 0|invokespecial F.<init>()V|return|.end "
                  "method\n.end class\n");
    /* Ini: <clinit> runs on the first static access, sets a value; Bad: <clinit> throws */
    sb_printf(&s, ".class public Ini|.field public static v I|.field public static w J\n");
    method(&s, "<clinit>()V", "sipush 1234|putstatic Ini.v I|ldc 77L|putstatic Ini.w J|return");
    sb_printf(&s, ".end class\n.class public Bad|.field public static v I\n");
    method(&s, "<clinit>()V", "iconst_1|iconst_0|idiv|putstatic Bad.v I|return");
    sb_printf(&s, ".end class\n.class public T\n");
    /* statics: put all, get all */
    sb_printf(&s, ".method public static st(IJFDLjava/lang/String;)Ljava/lang/String;|"
                  "new java/lang/StringBuilder|dup|invokespecial "
                  "java/lang/StringBuilder.<init>()V|astore 20|");
    for (size_t i = 0; i < nf; i++)
        sb_printf(&s, "%s|putstatic F.s%s %s|", fs[i].pre, fs[i].n, fs[i].d);
    for (size_t i = 0; i < nf; i++)
        if (fs[i].n[0] != 'R') appf(&s, 1, "F", (char[]){'s', fs[i].n[0], 0}, fs[i].d);
    sb_printf(&s, "getstatic F.sR [I|iconst_1|iaload|aload 20|swap|invokevirtual "
                  "java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder;|pop|"
                  "aload 20|invokevirtual "
                  "java/lang/StringBuilder.toString()Ljava/lang/String;|areturn|.end method\n");
    /* instance fields on a new object; the object itself is returned too (structural) */
    sb_printf(
        &s,
        ".method public static inst(IJFDLjava/lang/String;)Ljava/lang/String;|"
        "new java/lang/StringBuilder|dup|invokespecial java/lang/StringBuilder.<init>()V|astore 20|"
        "new F|dup|invokespecial F.<init>()V|astore 9|");
    for (size_t i = 0; i < nf; i++)
        sb_printf(&s, "aload 9|%s|putfield F.i%s %s|", fs[i].pre, fs[i].n, fs[i].d);
    for (size_t i = 0; i < nf; i++)
        if (fs[i].n[0] != 'R') appf(&s, 0, "F", (char[]){'i', fs[i].n[0], 0}, fs[i].d);
    sb_printf(&s, "aload 20|invokevirtual "
                  "java/lang/StringBuilder.toString()Ljava/lang/String;|areturn|.end method\n");
    sb_printf(&s, ".method public static obj(IJFDLjava/lang/String;)LF;|new F|dup|invokespecial "
                  "F.<init>()V|astore 9|");
    for (size_t i = 0; i < nf; i++)
        sb_printf(&s, "aload 9|%s|putfield F.i%s %s|", fs[i].pre, fs[i].n, fs[i].d);
    sb_printf(&s, "aload 9|areturn|.end method\n");
    /* inherited fields through the subclass, a subclass field, a static of G */
    method(&s, "sub(I)I",
           "new G|dup|invokespecial G.<init>()V|astore 1|aload 1|iload 0|putfield G.iI I|aload "
           "1|iload 0|"
           "iconst_1|iadd|putfield G.gI I|aload 1|getfield F.iI I|aload 1|getfield G.gI "
           "I|imul|ireturn");
    method(&s, "subst(J)J",
           "lload 0|putstatic G.sJ J|getstatic F.sJ J|lconst_1|ladd|putstatic G.gS J|getstatic "
           "G.gS J|lreturn");
    /* constant fields */
    method(
        &s, "konst()Ljava/lang/String;",
        "new java/lang/StringBuilder|dup|invokespecial java/lang/StringBuilder.<init>()V|getstatic "
        "F.K I|"
        "invokevirtual java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder;|getstatic F.KJ J|"
        "invokevirtual java/lang/StringBuilder.append(J)Ljava/lang/StringBuilder;|getstatic F.KF F|"
        "invokevirtual java/lang/StringBuilder.append(F)Ljava/lang/StringBuilder;|getstatic F.KD D|"
        "invokevirtual java/lang/StringBuilder.append(D)Ljava/lang/StringBuilder;|getstatic F.KS "
        "Ljava/lang/String;|"
        "invokevirtual java/lang/StringBuilder.append(Ljava/lang/String;)Ljava/lang/StringBuilder;|"
        "invokevirtual java/lang/StringBuilder.toString()Ljava/lang/String;|areturn");
    method(&s, "kf()F", "getstatic F.KF F|freturn");
    method(&s, "inits()I", "getstatic F.inits I|ireturn");
    /* initialization by the first static access (get, put), failing initialization */
    method(&s, "ini()I", "getstatic Ini.v I|ireturn");
    method(&s, "iniw()J", "getstatic Ini.w J|lreturn");
    method(&s, "bad()I", "getstatic Bad.v I|ireturn");
    method(&s, "badput(I)V", "iload 0|putstatic Bad.v I|return");
    /* null objects (helpful messages), missing fields and classes */
    method(&s, "nget(I)I", "aconst_null|checkcast F|getfield F.iI I|ireturn");
    method(&s, "nput(I)V", "aconst_null|checkcast F|iload 0|i2l|putfield F.iJ J|return");
    method(&s, "ngetl(LF;)D", "aload 0|getfield F.iD D|dreturn");
    method(&s, "nosuch()I", "getstatic F.nosuch I|ireturn");
    method(&s, "nosuchi()I", "new F|dup|invokespecial F.<init>()V|getfield F.nosuch I|ireturn");
    method(&s, "noclass()I", "getstatic no/Such.x I|ireturn");
    method(&s, "wrongkind()I", "getstatic F.iI I|ireturn");
    method(&s, "wrongkind2()I", "new F|dup|invokespecial F.<init>()V|getfield F.sI I|ireturn");
    /* a null object and a missing field: resolution comes first (NoSuchFieldError) */
    method(&s, "nullnosuch()I", "aconst_null|checkcast F|getfield F.nosuch I|ireturn");
    method(&s, "nullnosuchput()V", "aconst_null|checkcast F|iconst_1|putfield F.nosuch I|return");
    sb_printf(&s, ".end class\n");
    for (size_t v = 0; v < 8; v++) {
        Arg a[5] = {AI(EI[v * 7 % NEI]), AJ(EJ[v * 5 % NEJ]), AF(fbits(EF_BITS[v * 7 % NEF])),
                    AD(dbits(ED_BITS[v * 5 % NED])), v % 3 == 2 ? ANULL : AS(v % 2 ? "field" : "")};
        add_call_v(&cs, "T", "st", "(IJFDLjava/lang/String;)Ljava/lang/String;", 5, a);
        add_call_v(&cs, "T", "inst", "(IJFDLjava/lang/String;)Ljava/lang/String;", 5, a);
        add_call_v(&cs, "T", "obj", "(IJFDLjava/lang/String;)LF;", 5, a);
        add_call(&cs, "T", "sub", "(I)I", 1, a[0]);
        add_call(&cs, "T", "subst", "(J)J", 1, a[1]);
    }
    static const char *const simple[][2] = {{"konst", "()Ljava/lang/String;"},
                                            {"kf", "()F"},
                                            {"inits", "()I"},
                                            {"ini", "()I"},
                                            {"iniw", "()J"},
                                            {"bad", "()I"},
                                            {"bad", "()I"},
                                            {"nosuch", "()I"},
                                            {"nosuchi", "()I"},
                                            {"noclass", "()I"}};
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        add_call(&cs, "T", simple[i][0], simple[i][1], 0);
    /* getstatic of an instance field and getfield of a static one (their pool constants were
     * resolved by the other kind of access above) */
    add_call(&cs, "T", "wrongkind", "()I", 0)->expect =
        "IncompatibleClassChangeError: Expected static field F.iI";
    add_call(&cs, "T", "wrongkind2", "()I", 0)->expect =
        "IncompatibleClassChangeError: Expected non-static field F.sI";
    /* a null object and a missing field: resolution comes first (JVMS getfield: linking
     * exceptions, then "otherwise, if objectref is null") */
    add_call(&cs, "T", "nullnosuch", "()I", 0)->expect = "NoSuchFieldError";
    add_call(&cs, "T", "nullnosuchput", "()V", 0)->expect = "NoSuchFieldError";
    add_call(&cs, "T", "badput", "(I)V", 1, AI(3));
    add_call(&cs, "T", "nget", "(I)I", 1, AI(3));
    add_call(&cs, "T", "nput", "(I)V", 1, AI(3));
    add_call(&cs, "T", "ngetl", "(LF;)D", 1, ANULL);
    diff_run("fields", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- calls ---- */

/* Classes shared by the call, object and cast tests. */
static const char *const hierarchy_src =
    ".class public Base\n"
    ".field public tag I\n"
    ".method public <init>()V|aload 0|invokespecial java/lang/Object.<init>()V|aload "
    "0|iconst_1|putfield Base.tag I|return|.end method\n"
    ".method public v(I)I|iload 1|iconst_1|iadd|ireturn|.end method\n"
    ".method public vj(JD)D|lload 1|l2d|dload 2|dmul|dreturn|.end method\n"
    ".method public final fin(I)I|iload 1|iconst_3|imul|ireturn|.end method\n"
    ".method private priv(I)I|iload 1|bipush 100|iadd|ireturn|.end method\n"
    ".method public callpriv(I)I|aload 0|iload 1|invokespecial Base.priv(I)I|ireturn|.end method\n"
    ".method public self()LBase;|aload 0|areturn|.end method\n"
    ".end class\n"
    ".class public Derived extends Base\n"
    ".method public <init>()V|aload 0|invokespecial Base.<init>()V|aload 0|iconst_2|putfield "
    "Base.tag I|return|.end method\n"
    ".method public v(I)I|iload 1|iconst_2|imul|ireturn|.end method\n"
    ".method public vj(JD)D|lload 1|l2d|dload 2|dadd|dreturn|.end method\n"
    ".method public sup(I)I|aload 0|iload 1|invokespecial Base.v(I)I|ireturn|.end method\n"
    ".end class\n"
    ".class public final Fin extends Base\n"
    ".method public <init>()V|aload 0|invokespecial Base.<init>()V|return|.end method\n"
    ".method public v(I)I|iload 1|iconst_5|isub|ireturn|.end method\n"
    ".method public own(I)I|iload 1|ineg|ireturn|.end method\n"
    ".end class\n"
    ".class public interface abstract Ifc\n"
    ".method public abstract f(J)J\n.end method\n"
    ".method public abstract g(Ljava/lang/String;)I\n.end method\n"
    ".end class\n"
    ".class public interface abstract Ifc2 extends java/lang/Object\n"
    ".method public abstract h()I\n.end method\n"
    ".end class\n"
    ".class public IA|.implements Ifc\n"
    ".method public <init>()V|aload 0|invokespecial java/lang/Object.<init>()V|return|.end method\n"
    ".method public f(J)J|lload 1|lconst_1|ladd|lreturn|.end method\n"
    ".method public g(Ljava/lang/String;)I|aload 1|invokevirtual "
    "java/lang/String.length()I|ireturn|.end method\n"
    ".end class\n"
    ".class public IB extends Base|.implements Ifc|.implements Ifc2\n"
    ".method public <init>()V|aload 0|invokespecial Base.<init>()V|return|.end method\n"
    ".method public f(J)J|lload 1|iconst_2|lshl|lreturn|.end method\n"
    ".method public g(Ljava/lang/String;)I|iconst_m1|ireturn|.end method\n"
    ".method public h()I|bipush 42|ireturn|.end method\n"
    ".end class\n"
    ".class public abstract Abs\n"
    ".method public <init>()V|aload 0|invokespecial java/lang/Object.<init>()V|return|.end method\n"
    ".method public abstract a(I)I\n.end method\n"
    ".method public callA(I)I|aload 0|iload 1|invokevirtual Abs.a(I)I|iconst_1|iadd|ireturn|.end "
    "method\n"
    ".end class\n"
    ".class public AbsImpl extends Abs\n"
    ".method public <init>()V|aload 0|invokespecial Abs.<init>()V|return|.end method\n"
    ".method public a(I)I|iload 1|iconst_5|isub|ireturn|.end method\n"
    ".end class\n"
    /* an abstract class that implements an interface without the method */
    ".class public abstract NoImpl|.implements Ifc2\n"
    ".method public <init>()V|aload 0|invokespecial java/lang/Object.<init>()V|return|.end method\n"
    ".end class\n"
    ".class public NoImplSub extends NoImpl\n"
    ".method public <init>()V|aload 0|invokespecial NoImpl.<init>()V|return|.end method\n"
    ".end class\n";

static void test_calls(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, "%s", hierarchy_src);
    /* interpreted helpers (never compiled) and a second batch */
    sb_printf(&s, ".class public InterpH\n"
                  ".method public <init>()V|aload 0|invokespecial "
                  "java/lang/Object.<init>()V|return|.end method\n"
                  ".method public iv(I)I|iload 1|bipush 9|imul|ireturn|.end method\n");
    method(&s, "ih(IJ)J", "iload 0|i2l|lload 1|lmul|lreturn");
    method(&s, "ihf(FD)D", "fload 0|f2d|dload 1|ddiv|dreturn");
    method(&s, "thr(I)I", "bipush 100|iload 0|idiv|ireturn");
    method(&s, "back(I)I", "iload 0|invokestatic T.leaf(I)I|iconst_2|imul|ireturn");
    sb_printf(&s, ".end class\n.class public SepH\n"
                  ".method public <init>()V|aload 0|invokespecial "
                  "java/lang/Object.<init>()V|return|.end method\n"
                  ".method public sv(J)J|lload 1|ldc 3L|lmul|lreturn|.end method\n");
    method(&s, "sh(I)I", "iload 0|bipush 11|imul|ireturn");
    method(&s, "shd(DF)F", "dload 0|d2f|fload 1|fadd|freturn");
    method(&s, "shthrow(I)I", "iload 0|invokestatic T.leaf(I)I|iload 0|idiv|ireturn");
    sb_printf(&s, ".end class\n");
    /* a class initialized by its first static call */
    sb_printf(&s, ".class public Ini|.field static v I\n");
    method(&s, "<clinit>()V", "sipush 500|putstatic Ini.v I|return");
    method(&s, "get()I", "getstatic Ini.v I|ireturn");
    sb_printf(&s, ".end class\n.class public T\n");
    method(&s, "obj(I)LBase;",
           "iload 0|tableswitch 0 3 default=n|b|d|f|ib|b: new Base|dup|invokespecial "
           "Base.<init>()V|areturn|"
           "d: new Derived|dup|invokespecial Derived.<init>()V|areturn|f: new "
           "Fin|dup|invokespecial Fin.<init>()V|"
           "areturn|ib: new IB|dup|invokespecial IB.<init>()V|areturn|n: aconst_null|areturn");
    method(&s, "cv(II)I",
           "iload 0|invokestatic T.obj(I)LBase;|iload 1|invokevirtual Base.v(I)I|ireturn");
    method(
        &s, "cvj(IJD)D",
        "iload 0|invokestatic T.obj(I)LBase;|lload 1|dload 2|invokevirtual Base.vj(JD)D|dreturn");
    method(&s, "cfin(II)I",
           "iload 0|invokestatic T.obj(I)LBase;|iload 1|invokevirtual Base.fin(I)I|ireturn");
    method(&s, "cpriv(II)I",
           "iload 0|invokestatic T.obj(I)LBase;|iload 1|invokevirtual Base.callpriv(I)I|ireturn");
    method(&s, "cself(I)I",
           "iload 0|invokestatic T.obj(I)LBase;|invokevirtual Base.self()LBase;|getfield Base.tag "
           "I|ireturn");
    method(&s, "csup(I)I",
           "new Derived|dup|invokespecial Derived.<init>()V|iload 0|invokevirtual "
           "Derived.sup(I)I|ireturn");
    method(&s, "cfinal(I)I",
           "new Fin|dup|invokespecial Fin.<init>()V|iload 0|invokevirtual Fin.own(I)I|ireturn");
    method(&s, "cfinv(I)I",
           "new Fin|dup|invokespecial Fin.<init>()V|iload 0|invokevirtual Fin.v(I)I|ireturn");
    method(&s, "ifo(I)LIfc;",
           "iload 0|tableswitch 0 1 default=n|a|b|a: new IA|dup|invokespecial IA.<init>()V|areturn|"
           "b: new IB|dup|invokespecial IB.<init>()V|areturn|n: aconst_null|areturn");
    method(&s, "ci(IJ)J",
           "iload 0|invokestatic T.ifo(I)LIfc;|lload 1|invokeinterface Ifc.f(J)J|lreturn");
    method(&s, "cig(ILjava/lang/String;)I",
           "iload 0|invokestatic T.ifo(I)LIfc;|aload 1|invokeinterface "
           "Ifc.g(Ljava/lang/String;)I|ireturn");
    method(&s, "ci2()I", "new IB|dup|invokespecial IB.<init>()V|invokeinterface Ifc2.h()I|ireturn");
    /* receivers that do not implement the interface, or have no implementation */
    method(&s, "cicce(J)J",
           "new Base|dup|invokespecial Base.<init>()V|lload 0|invokeinterface Ifc.f(J)J|lreturn");
    method(&s, "came()I",
           "new NoImplSub|dup|invokespecial NoImplSub.<init>()V|invokeinterface Ifc2.h()I|ireturn");
    method(&s, "cabs(I)I",
           "new AbsImpl|dup|invokespecial AbsImpl.<init>()V|iload 0|invokevirtual "
           "Abs.callA(I)I|ireturn");
    /* natives (static and virtual) */
    method(&s, "csqrt(D)D", "dload 0|invokestatic java/lang/Math.sqrt(D)D|dreturn");
    method(&s, "cpow(DD)D", "dload 0|dload 1|invokestatic java/lang/Math.pow(DD)D|dreturn");
    method(&s, "ccharat(Ljava/lang/String;I)I",
           "aload 0|iload 1|invokevirtual java/lang/String.charAt(I)C|ireturn");
    method(&s, "cconcat(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;",
           "aload 0|aload 1|invokevirtual "
           "java/lang/String.concat(Ljava/lang/String;)Ljava/lang/String;|areturn");
    method(&s, "clen(Ljava/lang/String;)I",
           "aload 0|invokevirtual java/lang/String.length()I|ireturn");
    method(&s, "cvalueof(J)Ljava/lang/String;",
           "lload 0|invokestatic java/lang/String.valueOf(J)Ljava/lang/String;|areturn");
    /* interpreted callees: static, virtual, throwing, calling back into compiled code */
    method(&s, "cint(IJ)J", "iload 0|lload 1|invokestatic InterpH.ih(IJ)J|lreturn");
    method(&s, "cintf(FD)D", "fload 0|dload 1|invokestatic InterpH.ihf(FD)D|dreturn");
    method(&s, "cintv(I)I",
           "new InterpH|dup|invokespecial InterpH.<init>()V|iload 0|invokevirtual "
           "InterpH.iv(I)I|ireturn");
    method(&s, "cintthrow(I)I", "iload 0|invokestatic InterpH.thr(I)I|iconst_1|iadd|ireturn");
    method(&s, "cback(I)I", "iload 0|invokestatic InterpH.back(I)I|ireturn");
    /* the same batch (direct), another batch (through jit_code) */
    method(&s, "leaf(I)I", "iload 0|iconst_3|iadd|ireturn");
    method(&s, "cdirect(I)I",
           "iload 0|invokestatic T.leaf(I)I|iload 0|invokestatic T.leaf(I)I|imul|ireturn");
    method(&s, "csep(I)I", "iload 0|invokestatic SepH.sh(I)I|ireturn");
    method(&s, "csepd(DF)F", "dload 0|fload 1|invokestatic SepH.shd(DF)F|freturn");
    method(&s, "csepv(J)J",
           "new SepH|dup|invokespecial SepH.<init>()V|lload 0|invokevirtual SepH.sv(J)J|lreturn");
    method(&s, "csepthrow(I)I", "iload 0|invokestatic SepH.shthrow(I)I|ireturn");
    /* initialization by invokestatic; missing methods; wrong kinds */
    method(&s, "cini()I", "invokestatic Ini.get()I|ireturn");
    method(&s, "cnosuch()I", "invokestatic T.nosuch()I|ireturn");
    method(&s, "cnosuchv()I",
           "new Base|dup|invokespecial Base.<init>()V|invokevirtual Base.nosuch()I|ireturn");
    method(&s, "cnoclass()I", "invokestatic no/Such.m()I|ireturn");
    method(&s, "cnullnosuch()I", "aconst_null|checkcast Base|invokevirtual Base.nosuch()I|ireturn");
    /* values live across calls in every kind */
    method(&s, "live(IJFD)D",
           "iload 0|lload 1|fload 2|dload 3|iload 0|invokestatic T.leaf(I)I|i2d|dadd|dstore "
           "3|f2d|dload 3|dadd|"
           "dstore 3|l2d|dload 3|dadd|dstore 3|i2d|dload 3|dadd|dreturn");
    sb_printf(&s, ".end class\n");
    for (int sel = 0; sel < 5; sel++)
        for (size_t i = 0; i < NEI; i += 4) {
            add_call(&cs, "T", "cv", "(II)I", 2, AI(sel), AI(EI[i]));
            add_call(&cs, "T", "cfin", "(II)I", 2, AI(sel), AI(EI[i]));
            add_call(&cs, "T", "cpriv", "(II)I", 2, AI(sel), AI(EI[i]));
            add_call(&cs, "T", "cvj", "(IJD)D", 3, AI(sel), AJ(EJ[i % NEJ]),
                     AD(dbits(ED_BITS[i % NED])));
        }
    for (int sel = 0; sel < 5; sel++)
        add_call(&cs, "T", "cself", "(I)I", 1, AI(sel));
    for (int sel = 0; sel < 3; sel++)
        for (size_t i = 0; i < NEJ; i += 3) {
            add_call(&cs, "T", "ci", "(IJ)J", 2, AI(sel), AJ(EJ[i]));
            add_call(&cs, "T", "cig", "(ILjava/lang/String;)I", 2, AI(sel),
                     i % 2 ? AS("four") : ANULL);
        }
    for (size_t i = 0; i < NEI; i += 2) {
        Arg a = AI(EI[i]);
        static const char *const one[] = {"csup",      "cfinal", "cfinv",   "cabs", "cintv",
                                          "cintthrow", "cback",  "cdirect", "csep", "csepthrow"};
        for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
            add_call(&cs, "T", one[k], "(I)I", 1, a);
        add_call(&cs, "T", "cint", "(IJ)J", 2, a, AJ(EJ[i % NEJ]));
        add_call(&cs, "T", "cintf", "(FD)D", 2, AF(fbits(EF_BITS[i % NEF])),
                 AD(dbits(ED_BITS[i % NED])));
        add_call(&cs, "T", "csepd", "(DF)F", 2, AD(dbits(ED_BITS[i % NED])),
                 AF(fbits(EF_BITS[i % NEF])));
        add_call(&cs, "T", "csepv", "(J)J", 1, AJ(EJ[i % NEJ]));
        add_call(&cs, "T", "cicce", "(J)J", 1, AJ(EJ[i % NEJ]));
        add_call(&cs, "T", "live", "(IJFD)D", 4, a, AJ(EJ[i % NEJ]), AF(fbits(EF_BITS[i % NEF])),
                 AD(dbits(ED_BITS[i % NED])));
    }
    for (size_t i = 0; i < NED; i++) {
        add_call(&cs, "T", "csqrt", "(D)D", 1, AD(dbits(ED_BITS[i])));
        add_call(&cs, "T", "cpow", "(DD)D", 2, AD(dbits(ED_BITS[i])), AD(0.5));
    }
    for (int i = -1; i < 7; i++)
        add_call(&cs, "T", "ccharat", "(Ljava/lang/String;I)I", 2, AS("h\xc3\xa9llo"), AI(i));
    add_call(&cs, "T", "ccharat", "(Ljava/lang/String;I)I", 2, ANULL, AI(0));
    add_call(&cs, "T", "cconcat", "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;", 2,
             AS("ab"), AS("cd"));
    add_call(&cs, "T", "cconcat", "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;", 2,
             ANULL, AS("cd"));
    add_call(&cs, "T", "cconcat", "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;", 2,
             AS("ab"), ANULL);
    add_call(&cs, "T", "clen", "(Ljava/lang/String;)I", 1, AS("four"));
    add_call(&cs, "T", "clen", "(Ljava/lang/String;)I", 1, ANULL);
    for (size_t i = 0; i < NEJ; i += 2)
        add_call(&cs, "T", "cvalueof", "(J)Ljava/lang/String;", 1, AJ(EJ[i]));
    static const char *const none[] = {"ci2", "came", "cini", "cnosuch", "cnosuchv", "cnoclass"};
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++)
        add_call(&cs, "T", none[k], "()I", 0);
    /* a null receiver and a missing method: resolution comes first */
    add_call(&cs, "T", "cnullnosuch", "()I", 0)->expect = "NoSuchMethodError";
    diff_run("calls", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- object creation ---- */

static void test_objects(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, "%s", hierarchy_src);
    sb_printf(&s, ".class public P|.field public a I|.field public b J|.field public c D|.field "
                  "public next LP;|"
                  ".field public static made I\n"
                  ".method public <init>(IJ)V|aload 0|invokespecial "
                  "java/lang/Object.<init>()V|aload 0|iload 1|putfield P.a I|"
                  "aload 0|lload 2|putfield P.b J|aload 0|iload 1|i2d|ldc 0.5|dmul|putfield P.c "
                  "D|getstatic P.made I|iconst_1|"
                  "iadd|putstatic P.made I|return|.end method\n");
    method(&s, "<clinit>()V", "bipush 100|putstatic P.made I|return");
    sb_printf(&s, ".end class\n");
    sb_printf(&s, ".class public interface abstract Itf\n.end class\n");
    sb_printf(&s, ".class public BadInit|.field static x I\n");
    method(&s, "<clinit>()V", "aconst_null|arraylength|putstatic BadInit.x I|return");
    sb_printf(&s, ".method public <init>()V|aload 0|invokespecial "
                  "java/lang/Object.<init>()V|return|.end method\n.end class\n");
    sb_printf(&s, ".class public T\n");
    method(&s, "mk(IJ)LP;", "new P|dup|iload 0|lload 1|invokespecial P.<init>(IJ)V|areturn");
    method(&s, "chain(I)LP;",
           "aconst_null|astore 1|iconst_0|istore 2|top: iload 2|iload 0|if_icmpge done|new "
           "P|dup|iload 2|iload 2|"
           "i2l|invokespecial P.<init>(IJ)V|astore 3|aload 3|aload 1|putfield P.next LP;|aload "
           "3|astore 1|"
           "iinc 2 1|goto top|done: aload 1|areturn");
    method(&s, "made()I", "getstatic P.made I|ireturn");
    method(&s, "mkbase(I)LBase;",
           "iload 0|ifeq b|new Derived|dup|invokespecial Derived.<init>()V|areturn|b: new Base|dup|"
           "invokespecial Base.<init>()V|areturn");
    method(&s, "mkobj()Ljava/lang/Object;",
           "new java/lang/Object|dup|invokespecial java/lang/Object.<init>()V|areturn");
    method(
        &s, "mksb(I)Ljava/lang/String;",
        "new java/lang/StringBuilder|dup|invokespecial java/lang/StringBuilder.<init>()V|iload 0|"
        "invokevirtual java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder;|"
        "invokevirtual java/lang/StringBuilder.toString()Ljava/lang/String;|areturn");
    /* an uninitialized object kept on the stack across other calls before <init> */
    method(&s, "mklate(I)LP;",
           "new P|dup|iload 0|invokestatic T.twice(I)I|iload 0|i2l|invokestatic T.twicel(J)J|"
           "invokespecial P.<init>(IJ)V|areturn");
    method(&s, "twice(I)I", "iload 0|iconst_2|imul|ireturn");
    method(&s, "twicel(J)J", "lload 0|iconst_1|lshl|lreturn");
    /* InstantiationError: abstract class, interface; initialization failure */
    method(&s, "mkabs()LAbs;", "new Abs|dup|invokespecial Abs.<init>()V|areturn");
    method(&s, "mkitf()Ljava/lang/Object;", "new Itf|pop|aconst_null|areturn");
    method(&s, "mkbad()Ljava/lang/Object;",
           "new BadInit|dup|invokespecial BadInit.<init>()V|areturn");
    method(&s, "mkmissing()Ljava/lang/Object;", "new no/Such|pop|aconst_null|areturn");
    method(
        &s, "mkimpl()I",
        "new AbsImpl|dup|invokespecial AbsImpl.<init>()V|iconst_3|invokevirtual Abs.a(I)I|ireturn");
    sb_printf(&s, ".end class\n");
    for (size_t i = 0; i < NEI; i += 3)
        add_call(&cs, "T", "mk", "(IJ)LP;", 2, AI(EI[i]), AJ(EJ[i % NEJ]));
    for (int n = 0; n < 5; n++)
        add_call(&cs, "T", "chain", "(I)LP;", 1, AI(n));
    add_call(&cs, "T", "made", "()I", 0);
    for (int i = 0; i < 2; i++)
        add_call(&cs, "T", "mkbase", "(I)LBase;", 1, AI(i));
    add_call(&cs, "T", "mkobj", "()Ljava/lang/Object;", 0);
    add_call(&cs, "T", "mksb", "(I)Ljava/lang/String;", 1, AI(-12345));
    add_call(&cs, "T", "mklate", "(I)LP;", 1, AI(21));
    add_call(&cs, "T", "mkabs", "()LAbs;", 0);
    add_call(&cs, "T", "mkitf", "()Ljava/lang/Object;", 0);
    add_call(&cs, "T", "mkbad", "()Ljava/lang/Object;", 0);
    add_call(&cs, "T", "mkbad", "()Ljava/lang/Object;", 0);
    add_call(&cs, "T", "mkmissing", "()Ljava/lang/Object;", 0);
    add_call(&cs, "T", "mkimpl", "()I", 0);
    /* Abs is initialized now (AbsImpl's superclass): `new` of an abstract class must still fail */
    add_call(&cs, "T", "mkabs", "()LAbs;", 0)->expect = "java/lang/InstantiationError: Abs";
    diff_run("objects", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- checkcast and instanceof ---- */

static void test_casts(void) {
    static const char *const targets[] = {"java/lang/String",
                                          "java/lang/Object",
                                          "Base",
                                          "Derived",
                                          "Ifc",
                                          "Ifc2",
                                          "java/lang/CharSequence",
                                          "[I",
                                          "[Ljava/lang/Object;",
                                          "[Ljava/lang/String;",
                                          "[[I",
                                          "java/lang/Cloneable",
                                          "Fin",
                                          "java/lang/Comparable"};
    size_t nt = sizeof targets / sizeof targets[0];
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, "%s", hierarchy_src);
    sb_printf(&s, ".class public T\n");
    /* 0 null, 1 a String, 2 an Object, 3 Base, 4 Derived, 5 IA, 6 IB, 7 Fin, 8 int[], 9 String[],
     * 10 Object[], 11 int[][] */
    method(
        &s, "pick(I)Ljava/lang/Object;",
        "iload 0|tableswitch 0 11 default=n|n|str|obj|base|der|ia|ib|fin|ia1|sa|oa|iaa|n: "
        "aconst_null|areturn|"
        "str: ldc \"s\"|areturn|obj: new java/lang/Object|dup|invokespecial "
        "java/lang/Object.<init>()V|areturn|"
        "base: new Base|dup|invokespecial Base.<init>()V|areturn|der: new "
        "Derived|dup|invokespecial Derived.<init>()V|areturn|"
        "ia: new IA|dup|invokespecial IA.<init>()V|areturn|ib: new IB|dup|invokespecial "
        "IB.<init>()V|areturn|"
        "fin: new Fin|dup|invokespecial Fin.<init>()V|areturn|ia1: iconst_1|newarray int|areturn|"
        "sa: iconst_1|anewarray java/lang/String|areturn|oa: iconst_1|anewarray "
        "java/lang/Object|areturn|"
        "iaa: iconst_1|iconst_1|multianewarray [[I 2|areturn");
    static char nd[2][32][96];
    for (size_t i = 0; i < nt; i++) {
        char body[256];
        snprintf(nd[0][i], sizeof nd[0][i], "cc%zu", i);
        snprintf(body, sizeof body,
                 "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|checkcast %s|areturn",
                 targets[i]);
        char sig[160];
        snprintf(sig, sizeof sig, "%.40s(I)Ljava/lang/Object;", nd[0][i]);
        method(&s, sig, body);
        snprintf(nd[1][i], sizeof nd[1][i], "io%zu", i);
        snprintf(body, sizeof body,
                 "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|instanceof %s|ireturn",
                 targets[i]);
        snprintf(sig, sizeof sig, "%.40s(I)I", nd[1][i]);
        method(&s, sig, body);
    }
    /* casts whose class cannot be loaded: null passes checkcast and is not an instance */
    method(&s, "ccmissing(I)Ljava/lang/Object;",
           "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|checkcast no/Such|areturn");
    method(&s, "iomissing(I)I",
           "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|instanceof no/Such|ireturn");
    /* a cast followed by a use of the cast type */
    method(&s, "ccuse(I)I",
           "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|checkcast Base|iconst_5|invokevirtual "
           "Base.v(I)I|ireturn");
    method(
        &s, "iobranch(I)I",
        "iload 0|invokestatic T.pick(I)Ljava/lang/Object;|dup|instanceof Ifc|ifeq no|checkcast Ifc|"
        "ldc 10L|invokeinterface Ifc.f(J)J|l2i|ireturn|no: pop|iconst_m1|ireturn");
    sb_printf(&s, ".end class\n");
    for (int sel = 0; sel < 12; sel++) {
        for (size_t i = 0; i < nt; i++) {
            add_call(&cs, "T", nd[0][i], "(I)Ljava/lang/Object;", 1, AI(sel));
            add_call(&cs, "T", nd[1][i], "(I)I", 1, AI(sel));
        }
        add_call(&cs, "T", "ccmissing", "(I)Ljava/lang/Object;", 1, AI(sel));
        add_call(&cs, "T", "iomissing", "(I)I", 1, AI(sel));
        add_call(&cs, "T", "ccuse", "(I)I", 1, AI(sel));
        add_call(&cs, "T", "iobranch", "(I)I", 1, AI(sel));
    }
    diff_run("checkcast and instanceof", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- athrow ---- */

static void test_athrow(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public MyEx extends java/lang/RuntimeException|.field public code I\n"
                  ".method public <init>(I)V|aload 0|ldc \"mine\"|invokespecial "
                  "java/lang/RuntimeException.<init>(Ljava/lang/String;)V|"
                  "aload 0|iload 1|putfield MyEx.code I|return|.end method\n.end class\n");
    sb_printf(&s, ".class public T|.field static saved Ljava/lang/Throwable;\n");
    method(&s, "<clinit>()V",
           "new java/lang/IllegalStateException|dup|ldc \"made in clinit\"|"
           "invokespecial java/lang/IllegalStateException.<init>(Ljava/lang/String;)V|"
           "putstatic T.saved Ljava/lang/Throwable;|return");
    method(&s, "thr(I)I",
           "iload 0|tableswitch 0 5 default=ok|tnull|trte|tsaved|terr|tmine|tnested|"
           "tnull: aconst_null|athrow|"
           "trte: new java/lang/RuntimeException|dup|ldc \"x\"|"
           "invokespecial java/lang/RuntimeException.<init>(Ljava/lang/String;)V|athrow|"
           "tsaved: getstatic T.saved Ljava/lang/Throwable;|athrow|"
           "terr: new java/lang/Error|dup|invokespecial java/lang/Error.<init>()V|athrow|"
           "tmine: new MyEx|dup|iload 0|invokespecial MyEx.<init>(I)V|athrow|"
           "tnested: iload 0|invokestatic T.deep(I)I|ireturn|"
           "ok: iload 0|ireturn");
    method(&s, "deep(I)I",
           "iload 0|iconst_1|isub|dup|ifle z|invokestatic T.deep(I)I|ireturn|"
           "z: pop|new java/lang/ArithmeticException|dup|ldc \"deep\"|"
           "invokespecial java/lang/ArithmeticException.<init>(Ljava/lang/String;)V|athrow");
    /* athrow with values of every kind live on the stack below */
    method(&s, "thrstack(I)J",
           "lconst_1|dconst_1|fconst_2|iload 0|ifeq ok|aconst_null|athrow|ok: pop2|pop|ldc "
           "5L|lreturn");
    method(&s, "code(I)I", "iload 0|invokestatic T.thr(I)I|ireturn");
    sb_printf(&s, ".end class\n");
    for (int i = -1; i < 7; i++)
        add_call(&cs, "T", "thr", "(I)I", 1, AI(i));
    add_call(&cs, "T", "thr", "(I)I", 1,
             AI(2)); /* the same object thrown again: its trace is from clinit */
    for (int i = 0; i < 2; i++)
        add_call(&cs, "T", "thrstack", "(I)J", 1, AI(i));
    for (int i = 0; i < 6; i++)
        add_call(&cs, "T", "code", "(I)I", 1, AI(i));
    diff_run("athrow", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- exception handlers ---- */

static void test_handlers(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public InterpH\n");
    method(&s, "thr(I)I", "bipush 100|iload 0|idiv|ireturn");
    sb_printf(&s, ".end class\n.class public T\n");
    /* catch one class */
    method(&s, "h1(II)I",
           ".catch java/lang/ArithmeticException from s to e using h|"
           "s: iload 0|iload 1|idiv|e: ireturn|h: pop|iconst_m1|ireturn");
    /* catch-any */
    method(&s, "h2(I)I",
           ".catch any from s to e using h|s: iload 0|ifne ok|new java/lang/RuntimeException|dup|"
           "invokespecial java/lang/RuntimeException.<init>()V|athrow|ok: iload 0|e: ireturn|h: "
           "pop|bipush -2|ireturn");
    /* nested: the inner handler catches NPE, the outer ArithmeticException and AIOOBE */
    method(&s, "h3(III)I",
           ".catch java/lang/NullPointerException from is to ie using ih|"
           ".catch java/lang/ArithmeticException from os to oe using ah|"
           ".catch java/lang/ArrayIndexOutOfBoundsException from os to oe using bh|"
           "os: iload 0|ifne mk|aconst_null|astore 3|goto use|mk: iconst_2|newarray int|astore 3|"
           "use:|is: aload 3|iload 1|bipush 10|iload 2|idiv|iastore|ie: aload 3|iload 1|iaload|oe: "
           "ireturn|"
           "ih: pop|iconst_1|ireturn|ah: pop|iconst_2|ireturn|bh: pop|iconst_3|ireturn");
    /* rethrow from a handler, caught outside; and escaping */
    method(&s, "h4(I)I",
           ".catch java/lang/ArithmeticException from s to e using h|"
           ".catch java/lang/RuntimeException from s to h2 using o|"
           "s: bipush 7|iload 0|idiv|e: ireturn|h: athrow|h2: nop|o: pop|bipush 77|ireturn");
    method(&s, "h5(I)I",
           ".catch java/lang/ArithmeticException from s to e using h|"
           "s: bipush 7|iload 0|idiv|e: ireturn|h: astore 1|aload 1|athrow");
    /* handler order: the first matching entry wins */
    method(&s, "h6(I)I",
           ".catch java/lang/RuntimeException from s to e using r|"
           ".catch java/lang/ArithmeticException from s to e using a|"
           "s: bipush 7|iload 0|idiv|e: ireturn|r: pop|bipush 10|ireturn|a: pop|bipush 20|ireturn");
    /* an exception in a handler: caught by an outer entry, or escaping */
    method(&s, "h7(II)I",
           ".catch java/lang/ArithmeticException from s to e using h|"
           ".catch java/lang/ArrayIndexOutOfBoundsException from s to x using o|"
           "s: bipush 7|iload 0|idiv|e: ireturn|h: pop|iconst_1|newarray int|iload "
           "1|iaload|ireturn|x: nop|"
           "o: pop|bipush 99|ireturn");
    /* exceptions from callees: interpreted, compiled, native */
    method(&s, "h8(I)I",
           ".catch java/lang/ArithmeticException from s to e using h|"
           "s: iload 0|invokestatic InterpH.thr(I)I|e: ireturn|h: pop|bipush -8|ireturn");
    method(&s, "h9(I)I",
           ".catch java/lang/ArithmeticException from s to e using h|"
           "s: iload 0|invokestatic T.h5(I)I|e: ireturn|h: pop|bipush -9|ireturn");
    method(&s, "h9n(I)I",
           ".catch java/lang/RuntimeException from s to e using h|"
           "s: ldc \"abc\"|iload 0|invokevirtual java/lang/String.charAt(I)C|e: ireturn|h: "
           "pop|bipush -10|ireturn");
    /* a handler inside a loop, jumping back */
    method(&s, "h10(I)I",
           ".catch java/lang/ArithmeticException from s to e using h|"
           "iconst_0|istore 1|iconst_0|istore 2|top: iload 2|iload 0|if_icmpge done|"
           "s: iload 1|bipush 60|iload 2|iconst_3|isub|idiv|iadd|istore 1|e: goto next|"
           "h: pop|iinc 1 1000|next: iinc 2 1|goto top|done: iload 1|ireturn");
    /* locals assigned in the try block are seen by the handler, in every kind */
    method(&s, "h11(I)J",
           ".catch java/lang/ArithmeticException from s to e using h|"
           "iconst_1|istore 1|lconst_1|lstore 2|fconst_1|fstore 3|dconst_1|dstore "
           "4|aconst_null|astore 5|"
           "s: iconst_2|istore 1|ldc 20L|lstore 2|ldc 3.5f|fstore 3|ldc 4.25|dstore 4|ldc "
           "\"five\"|astore 5|"
           "iload 1|iload 0|idiv|istore 1|ldc 200L|lstore 2|e: iload 1|i2l|lreturn|"
           "h: pop|iload 1|i2l|lload 2|ladd|fload 3|f2l|ladd|dload 4|d2l|ladd|aload 5|"
           "invokevirtual java/lang/String.length()I|i2l|ladd|lreturn");
    /* a handler that wraps the exception (cause) and throws */
    method(
        &s, "h13(I)I",
        ".catch java/lang/ArithmeticException from s to e using h|"
        "s: bipush 7|iload 0|idiv|e: ireturn|h: astore 1|new "
        "java/lang/IllegalStateException|dup|ldc \"wrapped\"|"
        "aload 1|invokespecial "
        "java/lang/IllegalStateException.<init>(Ljava/lang/String;Ljava/lang/Throwable;)V|athrow");
    /* a try block that covers a call and a return; nested catch-any (finally-like code inlined
     * twice) */
    method(&s, "h14(I)I",
           ".catch any from s to e using f|"
           "s: iload 0|invokestatic T.h1x(I)I|istore 1|e: iload 1|iconst_1|iadd|ireturn|f: astore "
           "2|iload 0|"
           "ifge re|iconst_m1|ireturn|re: aload 2|athrow");
    method(&s, "h1x(I)I", "bipush 9|iload 0|irem|ireturn");
    /* the exception object itself is usable in the handler */
    method(&s, "h15(I)Ljava/lang/String;",
           ".catch java/lang/Throwable from s to e using h|"
           "s: iconst_2|newarray int|iload 0|iaload|pop|ldc \"none\"|e: areturn|"
           "h: invokevirtual java/lang/Throwable.getMessage()Ljava/lang/String;|areturn");
    /* a handler whose range is exactly one instruction; code after the range is not covered */
    method(&s, "h16(II)I",
           ".catch java/lang/ArithmeticException from s to e using h|"
           "iload 0|iload 1|s: idiv|e: iload 0|iload 1|irem|ireturn|h: pop|iconst_0|ireturn");
    sb_printf(&s, ".end class\n");
    for (size_t i = 0; i < NEI; i += 2)
        for (size_t k = 0; k < NEI; k += 5) {
            add_call(&cs, "T", "h1", "(II)I", 2, AI(EI[i]), AI(EI[k]));
            add_call(&cs, "T", "h16", "(II)I", 2, AI(EI[i]), AI(EI[k]));
        }
    static const int32_t v[] = {0, 1, -1, 2, 3, 7, -3, INT32_MIN};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        static const char *const one[] = {"h2", "h4",  "h5",  "h6",  "h8",
                                          "h9", "h9n", "h13", "h14", "h1x"};
        for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
            add_call(&cs, "T", one[k], "(I)I", 1, AI(v[i]));
        add_call(&cs, "T", "h11", "(I)J", 1, AI(v[i]));
        add_call(&cs, "T", "h15", "(I)Ljava/lang/String;", 1, AI(v[i]));
        add_call(&cs, "T", "h7", "(II)I", 2, AI(v[i]), AI(i % 3 - 1));
        for (int a = 0; a < 2; a++)
            for (int b = -1; b < 3; b++)
                add_call(&cs, "T", "h3", "(III)I", 3, AI(a), AI(b), AI(v[i]));
    }
    for (int n = 0; n < 9; n += 2)
        add_call(&cs, "T", "h10", "(I)I", 1, AI(n));
    diff_run("exception handlers", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- long argument lists ---- */

/* Parameter k of the mixed lists: its descriptor, and code computing a value of it from
 * the int in local 0. */
static const char *mixed_desc(int k) {
    static const char *const d[] = {"I", "J", "F", "D", "Ljava/lang/String;",
                                    "Z", "B", "C", "S", "Ljava/lang/Object;"};
    return d[k % 10];
}

static void mixed_value(Sb *s, int k) {
    switch (k % 10) {
    case 0: sb_printf(s, "iload 0|sipush %d|imul|", k + 1); break;
    case 1: sb_printf(s, "iload 0|i2l|ldc %dL|lmul|ldc 1099511627776L|ladd|", k * 1000 + 7); break;
    case 2: sb_printf(s, "iload 0|i2f|ldc %d.5f|fdiv|", k); break;
    case 3: sb_printf(s, "iload 0|i2d|ldc %d.25|dmul|", k); break;
    case 4: sb_printf(s, k % 20 == 4 ? "ldc \"s%d\"|" : "aconst_null|", k); break;
    case 5: sb_printf(s, "iload 0|iconst_1|iand|"); break;
    case 6: sb_printf(s, "iload 0|bipush %d|iadd|i2b|", k); break;
    case 7: sb_printf(s, "iload 0|bipush %d|iadd|i2c|", k); break;
    case 8: sb_printf(s, "iload 0|sipush %d|isub|i2s|", k * 100); break;
    default:
        sb_printf(s, "iload 0|invokestatic java/lang/String.valueOf(I)Ljava/lang/String;|");
        break;
    }
}

static void mixed_sig(Sb *s, const char *name, int n, const char *ret) {
    sb_printf(s, "%s(", name);
    for (int k = 0; k < n; k++)
        sb_printf(s, "%s", mixed_desc(k));
    sb_printf(s, ")%s", ret);
}

/* A method taking the n mixed parameters and returning them all as a String. */
static void mixed_method(Sb *s, const char *name, int n, int is_static) {
    sb_printf(s, ".method public %s", is_static ? "static " : "");
    mixed_sig(s, name, n, "Ljava/lang/String;");
    int base = is_static ? 0 : 1, sbl = n + base;
    sb_printf(s,
              "|new java/lang/StringBuilder|dup|invokespecial "
              "java/lang/StringBuilder.<init>()V|astore %d|",
              sbl);
    for (int k = 0; k < n; k++) {
        static const char *const ld[] = {"iload", "lload", "fload", "dload", "aload",
                                         "iload", "iload", "iload", "iload", "aload"};
        static const char *const ad[] = {"I", "J", "F", "D", "Ljava/lang/String;",
                                         "Z", "I", "C", "I", "Ljava/lang/Object;"};
        sb_printf(s,
                  "aload %d|%s %d|invokevirtual "
                  "java/lang/StringBuilder.append(%s)Ljava/lang/StringBuilder;|bipush 44|"
                  "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;|pop|",
                  sbl, ld[k % 10], k + base, ad[k % 10]);
    }
    sb_printf(s,
              "aload %d|invokevirtual "
              "java/lang/StringBuilder.toString()Ljava/lang/String;|areturn|.end method\n",
              sbl);
}

/* A static method (I)String that calls `owner.name` with the n mixed values made from its argument.
 */
static void mixed_caller(Sb *s, const char *cname, const char *owner, const char *name, int n,
                         int is_virtual) {
    sb_printf(s, ".method public static %s(I)Ljava/lang/String;|", cname);
    if (is_virtual) sb_printf(s, "new %s|dup|invokespecial %s.<init>()V|", owner, owner);
    for (int k = 0; k < n; k++)
        mixed_value(s, k);
    sb_printf(s, "%s %s.", is_virtual ? "invokevirtual" : "invokestatic", owner);
    mixed_sig(s, name, n, "Ljava/lang/String;");
    sb_printf(s, "|areturn|.end method\n");
}

/* n int parameters: the sum of a_k * (k + 1) as a long. */
static void wide_method(Sb *s, const char *name, int n) {
    sb_printf(s, ".method public static %s(", name);
    for (int k = 0; k < n; k++)
        sb_printf(s, "I");
    sb_printf(s, ")J|lconst_0|");
    for (int k = 0; k < n; k++)
        sb_printf(s, "iload %d|i2l|ldc %dL|lmul|ladd|", k, k + 1);
    sb_printf(s, "lreturn|.end method\n");
}

static void wide_caller(Sb *s, const char *cname, const char *owner, const char *name, int n) {
    sb_printf(s, ".method public static %s(I)J|", cname);
    for (int k = 0; k < n; k++)
        sb_printf(s, "iload 0|sipush %d|ixor|", k * 97);
    sb_printf(s, "invokestatic %s.%s(", owner, name);
    for (int k = 0; k < n; k++)
        sb_printf(s, "I");
    sb_printf(s, ")J|lreturn|.end method\n");
}

static void test_long_args(void) {
    enum { NM = 64, NW = 249, NH = 254 };
    Sb s = {0}, sig = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public T\n");
    mixed_method(&s, "many", NM, 1);
    mixed_caller(&s, "callmany", "T", "many", NM, 0);         /* compiled -> compiled, same batch */
    mixed_caller(&s, "callmany2", "InterpH", "many", NM, 0);  /* compiled -> interpreted */
    mixed_caller(&s, "callmany3", "SepH", "many", NM, 0);     /* compiled -> another batch */
    mixed_caller(&s, "callmany4", "SepH", "vmany", NM, 1);    /* virtual, another batch */
    mixed_caller(&s, "callmany5", "InterpH", "vmany", NM, 1); /* virtual, interpreted */
    method(&s, "callmany6(I)Ljava/lang/String;",
           "iload 0|invokestatic InterpH.callback(I)Ljava/lang/String;|areturn");
    wide_method(&s, "wide", NW);
    wide_caller(&s, "callwide", "T", "wide", NW);
    wide_caller(&s, "callhuge", "InterpH", "huge", NH);
    sb_printf(&s, ".end class\n.class public InterpH\n"
                  ".method public <init>()V|aload 0|invokespecial "
                  "java/lang/Object.<init>()V|return|.end method\n");
    mixed_method(&s, "many", NM, 1);
    mixed_method(&s, "vmany", NM, 0);
    mixed_caller(&s, "callback", "T", "many", NM, 0); /* interpreted -> compiled (the entry stub) */
    wide_method(&s, "huge", NH);
    sb_printf(&s, ".end class\n.class public SepH\n"
                  ".method public <init>()V|aload 0|invokespecial "
                  "java/lang/Object.<init>()V|return|.end method\n");
    mixed_method(&s, "many", NM, 1);
    mixed_method(&s, "vmany", NM, 0);
    sb_printf(&s, ".end class\n");
    mixed_sig(&sig, "", NM, "Ljava/lang/String;");
    static const int32_t v[] = {0, 1, -1, 77, INT32_MAX, INT32_MIN, 0x12345};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        static const char *const callers[] = {"callmany",  "callmany2", "callmany3",
                                              "callmany4", "callmany5", "callmany6"};
        for (size_t k = 0; k < 6; k++)
            add_call(&cs, "T", callers[k], "(I)Ljava/lang/String;", 1, AI(v[i]));
        add_call(&cs, "T", "callwide", "(I)J", 1, AI(v[i]));
        add_call(&cs, "T", "callhuge", "(I)J", 1, AI(v[i]));
        /* from C through the entry stub, with edge values */
        Arg a[NM];
        for (int k = 0; k < NM; k++) {
            switch (k % 10) {
            case 0: a[k] = AI(EI[(i * 3 + (size_t)k) % NEI]); break;
            case 1: a[k] = AJ(EJ[(i * 5 + (size_t)k) % NEJ]); break;
            case 2: a[k] = AF(fbits(EF_BITS[(i * 7 + (size_t)k) % NEF])); break;
            case 3: a[k] = AD(dbits(ED_BITS[(i * 11 + (size_t)k) % NED])); break;
            case 4: a[k] = (k + (int)i) % 3 ? AS("str") : ANULL; break;
            case 5: a[k] = AI((k + (int)i) & 1); break;
            case 6: a[k] = AI((int8_t)(k * 37 + (int)i)); break;
            case 7: a[k] = AI((uint16_t)(k * 1000 + (int)i)); break;
            case 8: a[k] = AI((int16_t)(k * 3000 - (int)i)); break;
            default: a[k] = (k + (int)i) % 2 ? AS("obj") : ANULL;
            }
        }
        add_call_v(&cs, "T", "many", strdup(sig.s), NM, a);
        Arg w[NW];
        for (int k = 0; k < NW; k++)
            w[k] = AI(EI[(i + (size_t)k) % NEI]);
        static char wd[NW + 8];
        memset(wd, 'I', sizeof wd);
        wd[0] = '(';
        memcpy(wd + 1 + NW, ")J", 3);
        add_call_v(&cs, "T", "wide", wd, NW, w);
    }
    diff_run("long argument lists", s.s, &cs, 0);
    for (size_t i = 0; i < cs.n; i++)
        if (!strcmp(cs.v[i].name, "many")) free((char *)cs.v[i].desc);
    free_calls(&cs);
    free(s.s);
    free(sig.s);
}

/* ---- recursion ---- */

static void test_recursion(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public Node|.field public next LNode;\n"
                  ".method public <init>(LNode;)V|aload 0|invokespecial "
                  "java/lang/Object.<init>()V|aload 0|aload 1|"
                  "putfield Node.next LNode;|return|.end method\n"
                  ".method public len()I|aload 0|getfield Node.next LNode;|ifnonnull "
                  "more|iconst_1|ireturn|more: aload 0|"
                  "getfield Node.next LNode;|invokevirtual Node.len()I|iconst_1|iadd|ireturn|.end "
                  "method\n.end class\n");
    sb_printf(&s, ".class public InterpH\n");
    method(&s, "r2(I)J",
           "iload 0|ifgt more|lconst_0|lreturn|more: iload 0|iconst_1|isub|invokestatic "
           "T.r1(I)J|iload 0|i2l|ladd|lreturn");
    sb_printf(&s, ".end class\n.class public T\n");
    method(&s, "fib(I)I",
           "iload 0|iconst_2|if_icmpge rec|iload 0|ireturn|rec: iload 0|iconst_1|isub|invokestatic "
           "T.fib(I)I|iload 0|"
           "iconst_2|isub|invokestatic T.fib(I)I|iadd|ireturn");
    method(&s, "fibd(D)D",
           "dload 0|ldc 2.0|dcmpg|ifge rec|dload 0|dreturn|rec: dload 0|dconst_1|dsub|invokestatic "
           "T.fibd(D)D|dload 0|"
           "ldc 2.0|dsub|invokestatic T.fibd(D)D|dadd|dreturn");
    method(&s, "ack(JJ)J",
           "lload 0|lconst_0|lcmp|ifne m|lload 1|lconst_1|ladd|lreturn|m: lload "
           "1|lconst_0|lcmp|ifne n|lload 0|lconst_1|"
           "lsub|lconst_1|invokestatic T.ack(JJ)J|lreturn|n: lload 0|lconst_1|lsub|lload 0|lload "
           "1|lconst_1|lsub|"
           "invokestatic T.ack(JJ)J|invokestatic T.ack(JJ)J|lreturn");
    method(
        &s, "even(I)I",
        "iload 0|ifne r|iconst_1|ireturn|r: iload 0|iconst_1|isub|invokestatic T.odd(I)I|ireturn");
    method(
        &s, "odd(I)I",
        "iload 0|ifne r|iconst_0|ireturn|r: iload 0|iconst_1|isub|invokestatic T.even(I)I|ireturn");
    method(&s, "list(I)I",
           "aconst_null|astore 1|top: iload 0|ifle done|new Node|dup|aload 1|invokespecial "
           "Node.<init>(LNode;)V|astore 1|"
           "iinc 0 -1|goto top|done: aload 1|invokevirtual Node.len()I|ireturn");
    method(&s, "r1(I)J",
           "iload 0|ifgt more|lconst_0|lreturn|more: iload 0|iconst_1|isub|invokestatic "
           "InterpH.r2(I)J|iload 0|i2l|"
           "lmul|lreturn");
    /* recursion that builds a result on the way back, with a handler in every frame */
    method(&s, "down(I)Ljava/lang/String;",
           ".catch java/lang/ArithmeticException from s to e using h|"
           "s: iload 0|ifne r|iconst_1|iload 0|idiv|pop|r: new "
           "java/lang/StringBuilder|dup|invokespecial java/lang/StringBuilder.<init>()V|"
           "iload 0|invokevirtual java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder;|iload "
           "0|iconst_1|isub|"
           "invokestatic T.down(I)Ljava/lang/String;|invokevirtual "
           "java/lang/StringBuilder.append(Ljava/lang/String;)Ljava/lang/StringBuilder;|"
           "invokevirtual java/lang/StringBuilder.toString()Ljava/lang/String;|e: areturn|h: "
           "pop|ldc \"!\"|areturn");
    sb_printf(&s, ".end class\n");
    for (int n = -1; n <= 22; n++)
        add_call(&cs, "T", "fib", "(I)I", 1, AI(n));
    for (int n = 0; n <= 15; n += 3)
        add_call(&cs, "T", "fibd", "(D)D", 1, AD(n + 0.5));
    for (int m = 0; m <= 2; m++)
        for (int n = 0; n <= 4; n++)
            add_call(&cs, "T", "ack", "(JJ)J", 2, AJ(m), AJ(n));
    add_call(&cs, "T", "ack", "(JJ)J", 2, AJ(3), AJ(4));
    static const int32_t depth[] = {0, 1, 2, 7, 100, 1001, 5000};
    for (size_t i = 0; i < sizeof depth / sizeof depth[0]; i++) {
        add_call(&cs, "T", "even", "(I)I", 1, AI(depth[i]));
        add_call(&cs, "T", "odd", "(I)I", 1, AI(depth[i]));
        add_call(&cs, "T", "list", "(I)I", 1, AI(depth[i]));
        /* compiled -> interpreted -> compiled: each such pair nests a C call (vm_invoke),
         * and that nesting is bounded (512): deeper, only the JIT VM overflows */
        if (depth[i] < 1000) add_call(&cs, "T", "r1", "(I)J", 1, AI(depth[i]));
        if (depth[i] < 200) add_call(&cs, "T", "down", "(I)Ljava/lang/String;", 1, AI(depth[i]));
    }
    diff_run("recursion", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- StackOverflowError ---- */

static void test_stack_overflow(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, ".class public InterpH\n");
    method(&s, "mr(I)I", "iload 0|iconst_1|iadd|invokestatic T.mr(I)I|ireturn");
    sb_printf(&s, ".end class\n.class public T\n");
    method(&s, "inf(I)I", "iload 0|iconst_1|iadd|invokestatic T.inf(I)I|ireturn");
    method(&s, "infl(JJJJJJJJDDDD)J",
           "lload 0|lconst_1|ladd|lload 1|lload 2|lload 3|lload 4|lload 5|lload 6|lload 7|dload "
           "8|dload 9|"
           "dload 10|dload 11|invokestatic T.infl(JJJJJJJJDDDD)J|lreturn");
    method(&s, "mr(I)I", "iload 0|iconst_1|iadd|invokestatic InterpH.mr(I)I|ireturn");
    method(&s, "soe()I",
           ".catch java/lang/StackOverflowError from s to e using h|s: iconst_0|invokestatic "
           "T.inf(I)I|e: ireturn|"
           "h: pop|iconst_1|ireturn");
    method(&s, "soe2()I",
           ".catch java/lang/Throwable from s to e using h|s: iconst_0|invokestatic T.inf(I)I|e: "
           "ireturn|"
           "h: invokevirtual java/lang/Object.getClass()Ljava/lang/Class;|"
           "invokevirtual java/lang/Class.getName()Ljava/lang/String;|invokevirtual "
           "java/lang/String.length()I|ireturn");
    method(&s, "soe3()J",
           ".catch java/lang/VirtualMachineError from s to e using h|s: "
           "lconst_0|lconst_0|lconst_0|lconst_0|lconst_0|"
           "lconst_0|lconst_0|lconst_0|dconst_0|dconst_0|dconst_0|dconst_0|invokestatic "
           "T.infl(JJJJJJJJDDDD)J|e: lreturn|"
           "h: pop|ldc -3L|lreturn");
    method(&s, "soe4()I",
           ".catch java/lang/StackOverflowError from s to e using h|s: iconst_0|invokestatic "
           "T.mr(I)I|e: ireturn|"
           "h: pop|iconst_4|ireturn");
    /* every frame catches: the result says only that the depth was large */
    method(&s, "rec(I)I",
           ".catch java/lang/StackOverflowError from s to e using h|s: iload "
           "0|iconst_1|iadd|invokestatic T.rec(I)I|"
           "e: ireturn|h: pop|iload 0|ireturn");
    method(&s, "soe5()I",
           "iconst_0|invokestatic T.rec(I)I|sipush 1000|if_icmple small|iconst_1|ireturn|small: "
           "iconst_0|ireturn");
    /* stack use after the overflow: the thread still works */
    method(&s, "after()I",
           "invokestatic T.soe()I|invokestatic T.soe4()I|iadd|bipush 10|invokestatic "
           "T.fact(I)I|iadd|ireturn");
    method(&s, "fact(I)I",
           "iload 0|ifne r|iconst_1|ireturn|r: iload 0|iload 0|iconst_1|isub|invokestatic "
           "T.fact(I)I|imul|ireturn");
    sb_printf(&s, ".end class\n");
    for (int round = 0; round < 2; round++) {
        add_call(&cs, "T", "soe", "()I", 0);
        add_call(&cs, "T", "soe2", "()I", 0);
        add_call(&cs, "T", "soe3", "()J", 0);
        add_call(&cs, "T", "soe4", "()I", 0);
        add_call(&cs, "T", "soe5", "()I", 0);
        add_call(&cs, "T", "after", "()I", 0);
        add_call(&cs, "T", "inf", "(I)I", 1, AI(0))->flags |=
            CF_NOTRACE; /* escapes to the caller */
        add_call(&cs, "T", "mr", "(I)I", 1, AI(0))->flags |= CF_NOTRACE;
    }
    diff_run("StackOverflowError", s.s, &cs, 0);
    /* the same with little C stack for compiled code: the C stack limit is what trips */
    diff_run("StackOverflowError (small C stack)", s.s, &cs, DR_SMALL_CSTACK);
    free_calls(&cs);
    free(s.s);
}

/* ---- stack traces ---- */

static const char *const trace_src =
    ".class public T\n"
    ".method public static a(I)I|iload 0|invokestatic T.b(I)I ;A_CALL|ireturn|.end method\n"
    ".method public static b(I)I|bipush 10|iload 0|idiv ;B_DIV|ireturn|.end method\n"
    ".method public static c(I)I|iload 0|ifeq t|iload 0|ireturn|t: new "
    "java/lang/IllegalStateException ;C_NEW|dup|ldc \"c\"|"
    "invokespecial java/lang/IllegalStateException.<init>(Ljava/lang/String;)V ;C_INIT|athrow "
    ";C_THROW|.end method\n"
    ".method public static d(I)I|iload 0|invokestatic InterpH.mid(I)I ;D_CALL|ireturn|.end method\n"
    ".method public static e(I)I|new java/lang/RuntimeException|dup|invokespecial "
    "java/lang/RuntimeException.<init>()V|astore 1|"
    "iload 0|pop|aload 1|invokevirtual java/lang/Throwable.fillInStackTrace()Ljava/lang/Throwable; "
    ";E_FILL|pop|aload 1|athrow|"
    ".end method\n"
    ".method public static f(I)I|iload 0|invokestatic T.c(I)I ;F_CALL|ireturn|.end method\n"
    ".method public static g(I)I|iload 0|invokestatic SepH.s(I)I ;G_CALL|ireturn|.end method\n"
    ".method public static h(I)I|aconst_null|iload 0|iaload ;H_NPE|ireturn|.end method\n"
    ".method public static k(I)I|new MyEx|dup|invokespecial MyEx.<init>()V ;K_INIT|athrow|.end "
    "method\n"
    ".end class\n"
    ".class public InterpH\n"
    ".method public static mid(I)I|iload 0|invokestatic T.b(I)I ;MID_CALL|ireturn|.end method\n"
    ".end class\n"
    ".class public SepH\n"
    ".method public static s(I)I|iload 0|invokestatic T.a(I)I ;S_CALL|ireturn|.end method\n"
    ".end class\n"
    /* an exception class of the test module: its constructor is compiled too */
    ".class public MyEx extends java/lang/RuntimeException\n"
    ".method public <init>()V|aload 0|ldc \"my\"|invokespecial "
    "java/lang/RuntimeException.<init>(Ljava/lang/String;)V ;MYEX_SUPER|"
    "return|.end method\n"
    ".end class\n";

/* The top frames of the pending exception's backtrace, checked against expectations:
 * want[i] = "Class.method:MARKER". Clears the exception. */
static void check_trace(vm_VM *vm, const char *what, const char *cls, const char *const *want,
                        int nwant) {
    vm_Object *ex = vm->main->exception;
    T_CHECK(ex != NULL, "%s: no exception", what);
    if (!ex) return;
    vm->main->exception = NULL;
    T_CHECK(strcmp(ex->cls->name, cls) == 0, "%s: %s thrown, expected %s", what, ex->cls->name,
            cls);
    vm_Object *bt = slot_of(ex, vm->throwable_backtrace_slot)->a;
    T_CHECK(bt != NULL, "%s: no backtrace", what);
    if (!bt) return;
    int64_t *d = VM_ARRAY_DATA(bt);
    int32_t n = bt->length / 2;
    T_CHECK(n == nwant, "%s: %d frames, expected %d", what, n, nwant);
    for (int i = 0; i < nwant && i < n; i++) {
        vm_Method *m = (vm_Method *)(intptr_t)d[2 * i];
        char cm[256], marker[64];
        const char *colon = strchr(want[i], ':');
        snprintf(cm, sizeof cm, "%.*s", (int)(colon - want[i]), want[i]);
        snprintf(marker, sizeof marker, ";%s|", colon + 1);
        int line = line_of_marker(trace_src, marker);
        char got[256];
        snprintf(got, sizeof got, "%s.%s", m->cls->name, m->name);
        int ln = vm_line_of(m, (uint32_t)d[2 * i + 1]);
        T_CHECK(strcmp(got, cm) == 0 && ln == line,
                "%s: frame %d is %s line %d, expected %s line %d (%s)", what, i, got, ln, cm, line,
                colon + 1);
        /* frames of compiled methods name compiled methods */
        if (strncmp(m->cls->name, "Interp", 6) != 0 && m->cls->module && !m->cls->module->is_boot)
            T_CHECK(m->jit_state == VM_JIT_DONE, "%s: frame %d (%s) is not a compiled method", what,
                    i, got);
    }
}

static void test_traces(void) {
    /* 1. the backtrace field of exceptions thrown in compiled code, frame by frame */
    char *src = prepare(trace_src);
    ld_Module *ldm = NULL;
    vm_VM *vm = make_vm(src, VM_MODE_JIT, &ldm);
    CU_ASSERT_PTR_NOT_NULL_FATAL(vm);
    vm->jit = jit_new(vm);
    CU_ASSERT_PTR_NOT_NULL_FATAL(vm->jit);
    CU_ASSERT_TRUE(compile_module(vm, ldm, "traces"));
    static const struct {
        const char *m, *cls;
        int n;
        const char *frames[4];
    } cases[] = {
        {"b", "java/lang/ArithmeticException", 1, {"T.b:B_DIV"}},
        {"a", "java/lang/ArithmeticException", 2, {"T.b:B_DIV", "T.a:A_CALL"}},
        {"c", "java/lang/IllegalStateException", 1, {"T.c:C_INIT"}},
        {"f", "java/lang/IllegalStateException", 2, {"T.c:C_INIT", "T.f:F_CALL"}},
        {"d",
         "java/lang/ArithmeticException",
         3,
         {"T.b:B_DIV", "InterpH.mid:MID_CALL", "T.d:D_CALL"}},
        {"e", "java/lang/RuntimeException", 1, {"T.e:E_FILL"}},
        {"g",
         "java/lang/ArithmeticException",
         4,
         {"T.b:B_DIV", "T.a:A_CALL", "SepH.s:S_CALL", "T.g:G_CALL"}},
        {"h", "java/lang/NullPointerException", 1, {"T.h:H_NPE"}},
        {"k", "MyEx", 1, {"T.k:K_INIT"}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vm_Method *m = find_method(vm, "T", cases[i].m, "(I)I");
        CU_ASSERT_PTR_NOT_NULL_FATAL(m);
        CU_ASSERT_EQUAL(m->jit_state, VM_JIT_DONE);
        CU_ASSERT_EQUAL(vm_init_class(vm->main, m->cls), 0);
        vm_Value a = {.raw = 0};
        vm_Frame *fp0 = vm->main->fp;
        vm_invoke(vm->main, m, &a);
        T_CHECK(vm->main->fp == fp0, "T.%s: frame stack not restored", cases[i].m);
        char what[64];
        snprintf(what, sizeof what, "T.%s(0)", cases[i].m);
        check_trace(vm, what, cases[i].cls, cases[i].frames, cases[i].n);
    }
    jit_free(vm->jit);
    vm->jit = NULL;
    free(src);

    /* 2. the same traces as the interpreter's, every frame included (Throwable constructors
     * are left out by vm_fill_backtrace in both) */
    Calls cs = {0};
    static const char *const ms[] = {"a", "b", "c", "d", "e", "f", "g", "h", "k"};
    for (size_t i = 0; i < sizeof ms / sizeof ms[0]; i++) {
        add_call(&cs, "T", ms[i], "(I)I", 1, AI(0));
        add_call(&cs, "T", ms[i], "(I)I", 1, AI(2));
    }
    diff_run("stack traces", trace_src, &cs, DR_FULL_TRACE);
    free_calls(&cs);
}

/* ---- virtual call sites the interpreter saw monomorphic ---- */

/* A static counter of receiver requests tells the passes over the calls apart: the first
 * pass (the interpreter's pass 1, the warm VM's interpreted run, the cold VM) gets Base
 * receivers only, later passes all kinds. So the warm VM compiles sites that its
 * interpreter saw monomorphic, then runs them with other receivers (the class check's
 * miss path), and is compared with the interpreter's pass 2. */
static void test_monomorphic(void) {
    enum { N = 24 }; /* calls per method: 3 methods ask for receivers, 72 requests a pass */
    Sb s = {0};
    Calls cs = {0};
    sb_printf(&s, "%s", hierarchy_src);
    sb_printf(&s,
              ".class public abstract AbsA\n"
              ".method public <init>()V|aload 0|invokespecial "
              "java/lang/Object.<init>()V|return|.end method\n"
              ".method public abstract a()I\n.end method\n"
              ".method public twice()I|aload 0|invokevirtual AbsA.a()I|iconst_2|imul|ireturn|.end "
              "method\n"
              ".end class\n"
              ".class public ConcA extends AbsA\n" /* does not implement a(): AbstractMethodError */
              ".method public <init>()V|aload 0|invokespecial AbsA.<init>()V|return|.end method\n"
              ".end class\n"
              ".class public ImplA extends AbsA\n"
              ".method public <init>()V|aload 0|invokespecial AbsA.<init>()V|return|.end method\n"
              ".method public a()I|bipush 7|ireturn|.end method\n"
              ".end class\n");
    sb_printf(&s, ".class public T|.field static n I\n");
    method(&s, "recv(I)LBase;",
           "getstatic T.n I|dup|iconst_1|iadd|putstatic T.n I|bipush 72|if_icmpge mix|"
           "new Base|dup|invokespecial Base.<init>()V|areturn|mix: iload 0|invokestatic "
           "T.obj(I)LBase;|areturn");
    method(&s, "obj(I)LBase;",
           "iload 0|tableswitch 0 3 default=n|b|d|f|ib|b: new Base|dup|invokespecial "
           "Base.<init>()V|areturn|"
           "d: new Derived|dup|invokespecial Derived.<init>()V|areturn|f: new "
           "Fin|dup|invokespecial Fin.<init>()V|"
           "areturn|ib: new IB|dup|invokespecial IB.<init>()V|areturn|n: aconst_null|areturn");
    method(&s, "mv(II)I",
           "iload 0|invokestatic T.recv(I)LBase;|iload 1|invokevirtual Base.v(I)I|ireturn");
    method(
        &s, "mvj(IJ)D",
        "iload 0|invokestatic T.recv(I)LBase;|lload 1|ldc 0.5|invokevirtual Base.vj(JD)D|dreturn");
    method(&s, "mself(I)I",
           "iload 0|invokestatic T.recv(I)LBase;|invokevirtual Base.self()LBase;|getfield Base.tag "
           "I|ireturn");
    /* a monomorphic site whose one class has no implementation; one that has */
    method(&s, "ame(I)I",
           "iload 0|ifeq impl|new ConcA|dup|invokespecial ConcA.<init>()V|invokevirtual "
           "AbsA.a()I|ireturn|"
           "impl: new ImplA|dup|invokespecial ImplA.<init>()V|invokevirtual AbsA.twice()I|ireturn");
    method(&s, "ame2()I",
           "new ConcA|dup|invokespecial ConcA.<init>()V|invokevirtual AbsA.twice()I|ireturn");
    sb_printf(&s, ".end class\n");
    for (int i = 0; i < N; i++)
        add_call(&cs, "T", "mv", "(II)I", 2, AI(i % 5), AI(i * 7 - 30));
    for (int i = 0; i < N; i++)
        add_call(&cs, "T", "mvj", "(IJ)D", 2, AI(i % 5), AJ(EJ[i % NEJ]));
    for (int i = 0; i < N; i++)
        add_call(&cs, "T", "mself", "(I)I", 1, AI(i % 5));
    for (int i = 0; i < 2; i++) {
        add_call(&cs, "T", "ame", "(I)I", 1, AI(0));
        add_call(&cs, "T", "ame", "(I)I", 1, AI(1))->expect = "AbstractMethodError";
        add_call(&cs, "T", "ame2", "()I", 0)->expect = "AbstractMethodError";
    }
    diff_run("monomorphic call sites", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- the garbage collector and compiled code ---- */

static void test_gc(void) {
    Sb s = {0};
    Calls cs = {0};
    sb_printf(
        &s, ".class public Cell|.field public v J|.field public next LCell;|.field public arr [I\n"
            ".method public <init>(JLCell;)V|aload 0|invokespecial "
            "java/lang/Object.<init>()V|aload 0|lload 1|putfield Cell.v J|"
            "aload 0|aload 2|putfield Cell.next LCell;|aload 0|bipush 8|newarray int|putfield "
            "Cell.arr [I|return|.end method\n"
            ".end class\n");
    sb_printf(&s, ".class public T\n");
    /* a list reachable only from a compiled local, garbage made around it, System.gc() */
    method(&s, "list(I)J",
           "aconst_null|astore 1|iconst_0|istore 2|top: iload 2|iload 0|if_icmpge done|new "
           "Cell|dup|iload 2|i2l|aload 1|"
           "invokespecial Cell.<init>(JLCell;)V|astore 1|sipush 100|newarray byte|pop|iload "
           "2|sipush 4095|iand|ifne skip|"
           "invokestatic java/lang/System.gc()V|skip: iinc 2 1|goto top|done: invokestatic "
           "java/lang/System.gc()V|"
           "lconst_0|lstore 3|walk: aload 1|ifnull end|lload 3|aload 1|getfield Cell.v "
           "J|ladd|aload 1|getfield Cell.arr [I|"
           "arraylength|i2l|ladd|lstore 3|aload 1|getfield Cell.next LCell;|astore 1|goto "
           "walk|end: lload 3|lreturn");
    /* objects held only on the operand stack across calls that allocate and collect */
    method(&s, "stack(I)Ljava/lang/String;",
           "new java/lang/StringBuilder|dup|invokespecial java/lang/StringBuilder.<init>()V|ldc "
           "\"a\"|iload 0|"
           "invokestatic T.churn(I)I|pop|invokevirtual "
           "java/lang/StringBuilder.append(Ljava/lang/String;)Ljava/lang/StringBuilder;|"
           "iload 0|invokestatic T.churn(I)I|invokevirtual "
           "java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder;|"
           "invokevirtual java/lang/StringBuilder.toString()Ljava/lang/String;|areturn");
    method(&s, "churn(I)I",
           "iconst_0|istore 1|top: iload 1|iload 0|if_icmpge done|sipush 1000|anewarray "
           "java/lang/Object|pop|iinc 1 1|"
           "goto top|done: invokestatic java/lang/System.gc()V|iload 0|ireturn");
    /* an array of arrays built in compiled code, checked after collections */
    method(&s, "grid(I)J",
           "iload 0|iload 0|multianewarray [[J 2|astore 1|iconst_0|istore 2|"
           "fill: iload 2|iload 0|iload 0|imul|if_icmpge check|aload 1|iload 2|iload "
           "0|idiv|aaload|iload 2|iload 0|irem|"
           "iload 2|i2l|lastore|iload 2|sipush 255|iand|ifne nogc|invokestatic "
           "java/lang/System.gc()V|nogc: iinc 2 1|"
           "goto fill|check: lconst_0|lstore 3|iconst_0|istore 2|sum: iload 2|iload 0|iload "
           "0|imul|if_icmpge out|lload 3|"
           "aload 1|iload 2|iload 0|idiv|aaload|iload 2|iload 0|irem|laload|ladd|lstore 3|iinc 2 "
           "1|goto sum|out: lload 3|"
           "lreturn");
    /* a handler after a collection: the exception and the live locals survive */
    method(
        &s, "handler(I)I",
        ".catch java/lang/ArithmeticException from s to e using h|new Cell|dup|ldc 41L|aconst_null|"
        "invokespecial Cell.<init>(JLCell;)V|astore 1|s: iload 0|invokestatic "
        "T.churn(I)I|pop|iconst_1|iconst_0|idiv|"
        "e: ireturn|h: astore 2|invokestatic java/lang/System.gc()V|aload 1|getfield Cell.v "
        "J|l2i|aload 2|"
        "invokevirtual java/lang/Throwable.getMessage()Ljava/lang/String;|invokevirtual "
        "java/lang/String.length()I|"
        "iadd|ireturn");
    sb_printf(&s, ".end class\n");
    add_call(&cs, "T", "list", "(I)J", 1, AI(20000));
    add_call(&cs, "T", "stack", "(I)Ljava/lang/String;", 1, AI(300));
    add_call(&cs, "T", "grid", "(I)J", 1, AI(40));
    add_call(&cs, "T", "handler", "(I)I", 1, AI(200));
    diff_run("garbage collection", s.s, &cs, 0);
    free_calls(&cs);
    free(s.s);
}

/* ---- on-stack replacement ---- */

/* Loops entered through OSR: a VM in tiered mode with a low OSR threshold runs each call
 * once (which queues the OSR compile of the first loop header that gets hot), waits for
 * the compiler, and runs it again: that run enters compiled code at the loop header. Both
 * runs are compared with the interpreter. */
static void test_osr(void) {
    static const char *const src =
        ".class public T|.field static out J\n"
        ".method public static sumI(I)I|iconst_0|istore 1|iconst_0|istore 2|top: iload 2|iload "
        "0|if_icmpge done|iload 1|iload 2|"
        "iload 2|imul|iadd|istore 1|iinc 2 1|goto top|done: iload 1|ireturn|.end method\n"
        /* every kind live at the loop header, a slot whose kind changes inside the loop */
        ".method public static mixed(IJFD)D|ldc \"s\"|astore 4|iconst_0|istore 5|top: iload "
        "5|iload 0|if_icmpge done|lload 1|"
        "iload 5|i2l|ladd|lstore 1|fload 2|ldc 0.5f|fmul|fstore 2|dload 3|fload 2|f2d|dadd|dstore "
        "3|aload 4|"
        "invokevirtual java/lang/String.length()I|istore 6|iload 6|i2d|dstore 6|iinc 5 1|goto top|"
        "done: lload 1|l2d|dload 3|dadd|fload 2|f2d|dadd|aload 4|invokevirtual "
        "java/lang/String.length()I|i2d|dadd|dreturn|"
        ".end method\n"
        ".method public static sb(I)Ljava/lang/String;|new "
        "java/lang/StringBuilder|dup|invokespecial java/lang/StringBuilder.<init>()V|"
        "astore 1|iconst_0|istore 2|top: iload 2|iload 0|if_icmpge done|aload 1|iload 2|bipush "
        "10|irem|"
        "invokevirtual java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder;|pop|iinc 2 "
        "1|goto top|done: aload 1|"
        "invokevirtual java/lang/StringBuilder.toString()Ljava/lang/String;|areturn|.end method\n"
        /* a handler inside the loop (caught in compiled code) */
        ".method public static exc(I)I|.catch java/lang/ArithmeticException from s to e using "
        "h|iconst_0|istore 1|iconst_0|istore 2|"
        "top: iload 2|iload 0|if_icmpge done|s: iload 1|sipush 1000|iload 2|bipush "
        "50|isub|idiv|iadd|istore 1|e: goto next|"
        "h: pop|iinc 1 7|next: iinc 2 1|goto top|done: iload 1|ireturn|.end method\n"
        /* an exception escaping the compiled loop (through the interpreter's frame) */
        ".method public static escape(I)I|iconst_0|istore 1|top: iload 1|iload 0|if_icmpge "
        "done|iconst_1|iload 1|bipush 100|isub|"
        "idiv|pop|iinc 1 1|goto top|done: iload 1|ireturn|.end method\n"
        ".method public static caller(I)I|iload 0|invokestatic "
        "T.escape(I)I|iconst_1|iadd|ireturn|.end method\n"
        /* nested loops; a return from inside the loop; long and void results */
        ".method public static nested(I)J|lconst_0|lstore 1|iconst_0|istore 3|outer: iload 3|iload "
        "0|if_icmpge done|iconst_0|istore 4|"
        "inner: iload 4|iload 0|if_icmpge next|lload 1|iload 3|iload 4|ixor|i2l|ladd|lstore 1|iinc "
        "4 1|goto inner|"
        "next: iinc 3 1|goto outer|done: lload 1|lreturn|.end method\n"
        ".method public static early(I)I|iconst_0|istore 1|top: iload 1|iload 1|imul|iload "
        "0|if_icmpgt found|iinc 1 1|goto top|"
        "found: iload 1|ireturn|.end method\n"
        ".method public static vloop(I)V|lconst_0|lstore 1|iconst_0|istore 3|top: iload 3|iload "
        "0|if_icmpge done|lload 1|ldc 3L|lmul|"
        "iload 3|i2l|ladd|lstore 1|iinc 3 1|goto top|done: lload 1|putstatic T.out J|return|.end "
        "method\n"
        ".method public static vget(I)J|iload 0|invokestatic T.vloop(I)V|getstatic T.out "
        "J|lreturn|.end method\n"
        ".method public static floop(IF)F|iconst_0|istore 2|top: iload 2|iload 0|if_icmpge "
        "done|fload 1|ldc 1.0001f|fmul|fstore 1|"
        "iinc 2 1|goto top|done: fload 1|freturn|.end method\n"
        ".end class\n";
    char *psrc = prepare(src);
    Calls cs = {0};
    static const int32_t n[] = {0, 1, 60, 200, 1000};
    for (size_t i = 0; i < sizeof n / sizeof n[0]; i++) {
        add_call(&cs, "T", "sumI", "(I)I", 1, AI(n[i]));
        add_call(&cs, "T", "mixed", "(IJFD)D", 4, AI(n[i]), AJ(EJ[i]), AF(fbits(EF_BITS[i + 2])),
                 AD(dbits(ED_BITS[i + 2])));
        add_call(&cs, "T", "sb", "(I)Ljava/lang/String;", 1, AI(n[i] > 200 ? 200 : n[i]));
        add_call(&cs, "T", "exc", "(I)I", 1, AI(n[i]));
        add_call(&cs, "T", "escape", "(I)I", 1, AI(n[i]));
        add_call(&cs, "T", "caller", "(I)I", 1, AI(n[i]));
        add_call(&cs, "T", "nested", "(I)J", 1, AI(n[i] > 100 ? 100 : n[i]));
        add_call(&cs, "T", "early", "(I)I", 1, AI(n[i] * 97));
        add_call(&cs, "T", "vget", "(I)J", 1, AI(n[i]));
        add_call(&cs, "T", "floop", "(IF)F", 2, AI(n[i]), AF(1.5f));
    }
    ld_Module *ldm = NULL;
    vm_VM *vi = make_vm(psrc, VM_MODE_INT, &ldm);
    vm_VM *vt = make_vm(psrc, VM_MODE_TIERED, &ldm);
    CU_ASSERT_PTR_NOT_NULL_FATAL(vi);
    CU_ASSERT_PTR_NOT_NULL_FATAL(vt);
    vt->opt.jit_threshold = 1000000000; /* no whole-method compiles: only OSR */
    vt->opt.osr_threshold = 20;
    vt->jit = jit_new(vt);
    CU_ASSERT_PTR_NOT_NULL_FATAL(vt->jit);
    Res *ref = calloc(1, sizeof(Res)), *got = calloc(1, sizeof(Res));
    Tally ty = {0, 0, 0};
    uint64_t entries_before = jit_stats(vt->jit)->osr_entries;
    int looping = 0;
    for (size_t i = 0; i < cs.n; i++) {
        run_call(vi, &cs.v[i], ref);
        run_call(vt, &cs.v[i], got); /* interpreted; queues the OSR compile */
        compare("OSR", "first run", &cs.v[i], ref, got, DR_FULL_TRACE, &ty);
        jit_drain(vt->jit);
        uint64_t e0 = jit_stats(vt->jit)->osr_entries;
        run_call(vt, &cs.v[i], got); /* enters the compiled loop */
        compare("OSR", "through OSR", &cs.v[i], ref, got, DR_FULL_TRACE, &ty);
        if (jit_stats(vt->jit)->osr_entries > e0) looping++;
    }
    const jit_Stats *st = jit_stats(vt->jit);
    T_CHECK(st->osr_compiles >= 9, "OSR: %llu OSR variants compiled, expected one per method (10)",
            (unsigned long long)st->osr_compiles);
    T_CHECK(st->failures == 0, "OSR: %llu compiles failed", (unsigned long long)st->failures);
    T_CHECK(looping >= 20, "OSR: only %d of %zu second runs entered compiled code (%llu entries)",
            looping, cs.n, (unsigned long long)(st->osr_entries - entries_before));
    if (getenv("OAK_JIT_TEST_VERBOSE"))
        fprintf(
            stderr,
            "\n  OSR: %zu calls, %d differences, %llu OSR variants, %d second runs through OSR\n",
            cs.n, ty.failures, (unsigned long long)st->osr_compiles, looping);
    if (ty.shown > MAX_SHOWN)
        T_CHECK(0, "OSR: %d differences in all (%d shown)", ty.failures, MAX_SHOWN);
    jit_free(vt->jit);
    vt->jit = NULL;
    free(ref);
    free(got);
    free_calls(&cs);
    free(psrc);
}

/* ------------------------------------------------------------------ */

void add_jit_tests(void) {
    CU_pSuite s = CU_add_suite("jit", NULL, NULL);
    CU_add_test(s, "constants", test_constants);
    CU_add_test(s, "locals and iinc", test_locals);
    CU_add_test(s, "int arithmetic", test_int_arith);
    CU_add_test(s, "long arithmetic", test_long_arith);
    CU_add_test(s, "float arithmetic", test_float_arith);
    CU_add_test(s, "double arithmetic", test_double_arith);
    CU_add_test(s, "conversions", test_conversions);
    CU_add_test(s, "comparisons", test_comparisons);
    CU_add_test(s, "branches", test_branches);
    CU_add_test(s, "switches", test_switches);
    CU_add_test(s, "arrays", test_arrays);
    CU_add_test(s, "stack operations", test_stack_ops);
    CU_add_test(s, "fields", test_fields);
    CU_add_test(s, "calls", test_calls);
    CU_add_test(s, "object creation", test_objects);
    CU_add_test(s, "checkcast and instanceof", test_casts);
    CU_add_test(s, "athrow", test_athrow);
    CU_add_test(s, "exception handlers", test_handlers);
    CU_add_test(s, "long argument lists", test_long_args);
    CU_add_test(s, "recursion", test_recursion);
    CU_add_test(s, "StackOverflowError", test_stack_overflow);
    CU_add_test(s, "stack traces", test_traces);
    CU_add_test(s, "monomorphic call sites", test_monomorphic);
    CU_add_test(s, "garbage collection", test_gc);
    CU_add_test(s, "on-stack replacement", test_osr);
}
