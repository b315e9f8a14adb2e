/* t_module.c: module-building and module-describing helpers for the module and corpus
 * suites. See t_module.h. */
#include "t_module.h"
#include "tests.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- byte buffer ---- */

void tb_put(t_Buf *w, const void *p, size_t n) {
    if (w->n + n > w->cap) {
        size_t cap = w->cap ? w->cap : 64;
        while (cap < w->n + n) cap *= 2;
        w->b = realloc(w->b, cap);
        if (!w->b) abort();
        w->cap = cap;
    }
    memcpy(w->b + w->n, p, n);
    w->n += n;
}
void tb_u8(t_Buf *w, uint8_t v) { tb_put(w, &v, 1); }
void tb_u16(t_Buf *w, uint16_t v) {
    uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    tb_put(w, b, 2);
}
void tb_u32(t_Buf *w, uint32_t v) {
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    tb_put(w, b, 4);
}
void tb_op(t_Buf *w, int op) { tb_u8(w, (uint8_t)op); }
void tb_op_u8(t_Buf *w, int op, uint8_t x) {
    tb_u8(w, (uint8_t)op);
    tb_u8(w, x);
}
void tb_op_u16(t_Buf *w, int op, uint16_t x) {
    tb_u8(w, (uint8_t)op);
    tb_u16(w, x);
}
void tb_op_s32(t_Buf *w, int op, int32_t x) {
    tb_u8(w, (uint8_t)op);
    tb_u32(w, (uint32_t)x);
}

/* ---- builder shortcuts ---- */

ld_Class *t_class(ld_Module *m, uint16_t flags, const char *name, const char *super,
                  const char *source) {
    ld_Class *c = ld_module_add_class(m);
    c->flags = flags;
    c->this_class = ld_pool_class(m, name);
    c->super_class = super ? ld_pool_class(m, super) : 0;
    c->source = source ? ld_pool_utf8(m, source, (uint32_t)strlen(source)) : 0;
    return c;
}

ld_Field *t_field(ld_Module *m, ld_Class *c, uint16_t flags, const char *name,
                  const char *desc, uint16_t constval) {
    ld_Field *f = ld_class_add_field(c);
    f->flags = flags;
    f->name = ld_pool_utf8(m, name, (uint32_t)strlen(name));
    f->desc = ld_pool_utf8(m, desc, (uint32_t)strlen(desc));
    f->constval = constval;
    return f;
}

ld_Method *t_method(ld_Module *m, ld_Class *c, uint16_t flags, const char *name,
                    const char *desc) {
    ld_Method *me = ld_class_add_method(c);
    me->flags = flags;
    me->name = ld_pool_utf8(m, name, (uint32_t)strlen(name));
    me->desc = ld_pool_utf8(m, desc, (uint32_t)strlen(desc));
    return me;
}

void t_set_code(ld_Method *me, uint16_t max_stack, uint16_t max_locals, t_Buf *code) {
    free(me->code);
    me->max_stack = max_stack;
    me->max_locals = max_locals;
    me->code = code->b;
    me->code_len = (uint32_t)code->n;
    memset(code, 0, sizeof *code);
}

void t_add_handler(ld_Method *me, uint32_t start, uint32_t end, uint32_t handler,
                   uint16_t catch_type) {
    me->handlers = realloc(me->handlers, (me->nhandlers + 1u) * sizeof(ld_Handler));
    if (!me->handlers) abort();
    me->handlers[me->nhandlers++] = (ld_Handler){start, end, handler, catch_type};
}

void t_add_line(ld_Method *me, uint32_t pc, uint32_t line) {
    me->lines = realloc(me->lines, (me->nlines + 1u) * sizeof(ld_Line));
    if (!me->lines) abort();
    me->lines[me->nlines++] = (ld_Line){pc, line};
}

/* ---- the sample module ---- */

#define MEMBER(tag, c, n, d) ld_pool_member(m, tag, c, n, d)

/* demo/Main.main: at least one instruction of every operand format. */
static void sample_main_code(ld_Module *m, ld_Method *me) {
    t_Buf c = {0};
    tb_op(&c, OP_nop);                                             /* 0 */
    tb_op(&c, OP_iconst_m1);                                       /* 1 */
    tb_op_u8(&c, OP_bipush, (uint8_t)-5);                          /* 2 */
    tb_op_u16(&c, OP_sipush, (uint16_t)-1000);                     /* 4 */
    tb_op_u16(&c, OP_ldc, ld_pool_int(m, 100000));                 /* 7 */
    tb_op_u16(&c, OP_ldc, ld_pool_float(m, 0x40490fdbu));          /* 10: pi */
    tb_op_u16(&c, OP_ldc, ld_pool_long(m, INT64_MIN));             /* 13 */
    tb_op_u16(&c, OP_ldc, ld_pool_double(m, 0x7ff8000000000001u)); /* 16: a NaN */
    tb_op_u16(&c, OP_ldc, ld_pool_string(m, "hi\xC0\x80", 4));     /* 19 */
    tb_op_u16(&c, OP_ldc, ld_pool_class(m, "demo/Sub"));           /* 22 */
    tb_op_u16(&c, OP_iload, 1);                                    /* 25 */
    tb_op(&c, OP_iinc);                                            /* 28 */
    tb_u16(&c, 1);
    tb_u16(&c, (uint16_t)-3);
    tb_op_u8(&c, OP_newarray, OAK_T_INT);                           /* 33 */
    tb_op_u16(&c, OP_anewarray, ld_pool_class(m, "java/lang/String")); /* 35 */
    tb_op_u16(&c, OP_multianewarray, ld_pool_class(m, "[[J"));      /* 38 */
    tb_u8(&c, 2);
    tb_op_u16(&c, OP_getstatic, MEMBER(LD_C_FIELD, "demo/Main", "K", "I"));        /* 42 */
    tb_op_u16(&c, OP_putstatic, MEMBER(LD_C_FIELD, "demo/Sub", "x", "I"));         /* 45 */
    tb_op_u16(&c, OP_getfield, MEMBER(LD_C_FIELD, "demo/Main", "grid", "[[J"));   /* 48 */
    tb_op_u16(&c, OP_putfield, MEMBER(LD_C_FIELD, "demo/Main", "count", "I"));     /* 51 */
    tb_op_u16(&c, OP_new, ld_pool_class(m, "demo/Main"));                           /* 54 */
    tb_op_u16(&c, OP_checkcast, ld_pool_class(m, "demo/Shape"));                    /* 57 */
    tb_op_u16(&c, OP_instanceof, ld_pool_class(m, "[I"));                           /* 60 */
    tb_op_u16(&c, OP_invokevirtual, MEMBER(LD_C_METHOD, "demo/Main", "area", "()D"));      /* 63 */
    tb_op_u16(&c, OP_invokespecial, MEMBER(LD_C_METHOD, "java/lang/Object", "<init>", "()V")); /* 66 */
    tb_op_u16(&c, OP_invokestatic, MEMBER(LD_C_METHOD, "demo/Main", "nat", "(IJ)D"));     /* 69 */
    tb_op_u16(&c, OP_invokeinterface, MEMBER(LD_C_METHOD, "demo/Shape", "area", "()D"));  /* 72 */
    /* 75: tableswitch default +40, cases -1..1 */
    tb_op(&c, OP_tableswitch);
    tb_u32(&c, 40);
    tb_u32(&c, (uint32_t)-1);
    tb_u32(&c, 1);
    tb_u32(&c, 30);
    tb_u32(&c, 31);
    tb_u32(&c, (uint32_t)-75);
    /* 100: lookupswitch default -100, keys -10, 0, 7 */
    tb_op(&c, OP_lookupswitch);
    tb_u32(&c, (uint32_t)-100);
    tb_u32(&c, 3);
    tb_u32(&c, (uint32_t)-10);
    tb_u32(&c, 5);
    tb_u32(&c, 0);
    tb_u32(&c, 6);
    tb_u32(&c, 7);
    tb_u32(&c, 7);
    tb_op_s32(&c, OP_ifeq, 6);   /* 133 */
    tb_op_s32(&c, OP_goto, -138); /* 138 */
    tb_op(&c, OP_athrow);        /* 143 */
    tb_op(&c, OP_return);        /* 144 */
    t_set_code(me, 6, 3, &c);
    t_add_handler(me, 0, 42, 143, ld_pool_class(m, "java/lang/Exception"));
    t_add_handler(me, 42, 143, 144, 0);
    t_add_line(me, 0, 10);
    t_add_line(me, 42, 11);
    t_add_line(me, 144, 0xFFFFFFFFu);
}

ld_Module *t_sample_module(void) {
    ld_Module *m = ld_module_new();
    ld_Method *me;
    t_Buf c = {0};

    /* demo/Main */
    ld_Class *k = t_class(m, LD_ACC_PUBLIC | LD_ACC_SUPER, "demo/Main", "java/lang/Object",
                          "Main.oak");
    ld_class_add_interface(k, ld_pool_class(m, "demo/Shape"));
    ld_class_add_interface(k, ld_pool_class(m, "java/lang/Runnable"));
    uint16_t sf = LD_ACC_STATIC | LD_ACC_FINAL;
    t_field(m, k, LD_ACC_PUBLIC | sf, "K", "I", ld_pool_int(m, 42));
    t_field(m, k, LD_ACC_PRIVATE | sf, "BIG", "J", ld_pool_long(m, (int64_t)0xFEDCBA9876543210u));
    t_field(m, k, sf, "HALF", "F", ld_pool_float(m, 0x3fc00000u));
    t_field(m, k, sf, "NEGZ", "D", ld_pool_double(m, 0x8000000000000000u));
    t_field(m, k, sf, "GREETING", "Ljava/lang/String;",
            ld_pool_string(m, "h\xC3\xA9llo \xED\xA0\xBD\xED\xB8\x80", 13));
    t_field(m, k, sf, "FLAG", "Z", ld_pool_int(m, 1));
    t_field(m, k, sf, "CH", "C", ld_pool_int(m, 0xFFFF));
    t_field(m, k, LD_ACC_PROTECTED, "count", "I", 0);
    t_field(m, k, 0, "grid", "[[J", 0);
    t_field(m, k, LD_ACC_PRIVATE, "next", "Ldemo/Main;", 0);
    me = t_method(m, k, LD_ACC_PUBLIC, "<init>", "()V");
    tb_op_u16(&c, OP_aload, 0);
    tb_op_u16(&c, OP_invokespecial, MEMBER(LD_C_METHOD, "java/lang/Object", "<init>", "()V"));
    tb_op(&c, OP_return);
    t_set_code(me, 1, 1, &c);
    t_add_line(me, 0, 3);
    me = t_method(m, k, LD_ACC_PUBLIC | LD_ACC_STATIC, "main", "([Ljava/lang/String;)V");
    sample_main_code(m, me);
    me = t_method(m, k, LD_ACC_PUBLIC, "area", "()D");
    tb_op(&c, OP_dconst_1);
    tb_op(&c, OP_dreturn);
    t_set_code(me, 1, 1, &c);
    t_method(m, k, LD_ACC_PRIVATE | LD_ACC_STATIC | LD_ACC_NATIVE, "nat", "(IJ)D");
    me = t_method(m, k, LD_ACC_PUBLIC | LD_ACC_FINAL, "run", "()V");
    tb_op(&c, OP_return);
    t_set_code(me, 0, 1, &c);

    /* demo/Shape: an interface */
    k = t_class(m, LD_ACC_PUBLIC | LD_ACC_INTERFACE | LD_ACC_ABSTRACT, "demo/Shape",
                "java/lang/Object", NULL);
    t_method(m, k, LD_ACC_PUBLIC | LD_ACC_ABSTRACT, "area", "()D");

    /* demo/Sub: static initializer, handler without line table */
    k = t_class(m, LD_ACC_SUPER, "demo/Sub", "demo/Main", "Sub.oak");
    t_field(m, k, LD_ACC_STATIC, "x", "I", 0);
    me = t_method(m, k, LD_ACC_STATIC, "<clinit>", "()V");
    tb_op_u16(&c, OP_ldc, ld_pool_class(m, "demo/Main"));
    tb_op(&c, OP_pop);
    tb_op(&c, OP_iconst_0);
    tb_op_u16(&c, OP_putstatic, MEMBER(LD_C_FIELD, "demo/Sub", "x", "I"));
    tb_op(&c, OP_return);
    t_set_code(me, 1, 0, &c);
    t_add_handler(me, 0, 4, 8, ld_pool_class(m, "java/lang/Throwable"));

    /* demo/Abs: abstract class implementing two interfaces */
    k = t_class(m, LD_ACC_ABSTRACT, "demo/Abs", "java/lang/Object", "Abs.oak");
    ld_class_add_interface(k, ld_pool_class(m, "demo/Shape"));
    ld_class_add_interface(k, ld_pool_class(m, "java/lang/Comparable"));
    t_method(m, k, LD_ACC_PROTECTED | LD_ACC_ABSTRACT, "compareTo", "(Ljava/lang/Object;)I");

    m->main_class = ld_pool_class(m, "demo/Main");
    return m;
}

uint8_t *t_write(const ld_Module *m, size_t *len) {
    uint8_t *out = NULL;
    *len = 0;
    int rc = ld_write(m, &out, len);
    CU_ASSERT_EQUAL(rc, 0);
    return rc == 0 ? out : NULL;
}

/* ---- describing ---- */

static void put_quoted(char *buf, size_t n, const char *s, uint32_t len) {
    size_t o = 0;
    if (n == 0) return;
    for (uint32_t i = 0; i < len && o + 5 < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\')
            buf[o++] = (char)ch;
        else
            o += (size_t)snprintf(buf + o, n - o, "\\x%02x", ch);
    }
    buf[o] = 0;
}

void t_const_str(const ld_Module *m, uint16_t i, char *buf, size_t n) {
    if (i == 0 || i > m->npool) {
        snprintf(buf, n, "#%u?", i);
        return;
    }
    const ld_Const *c = &m->pool[i];
    char q[256];
    switch (c->tag) {
    case LD_C_UTF8:
        put_quoted(q, sizeof q, c->u.utf8.bytes, c->u.utf8.len);
        snprintf(buf, n, "UTF8 \"%s\"", q);
        break;
    case LD_C_INT: snprintf(buf, n, "INT %" PRId32, c->u.i); break;
    case LD_C_FLOAT: snprintf(buf, n, "FLOAT 0x%08" PRIx32, c->u.f); break;
    case LD_C_LONG: snprintf(buf, n, "LONG %" PRId64, c->u.j); break;
    case LD_C_DOUBLE: snprintf(buf, n, "DOUBLE 0x%016" PRIx64, c->u.d); break;
    case LD_C_CLASS: snprintf(buf, n, "CLASS %s", ld_utf8(m, c->u.ref)); break;
    case LD_C_STRING:
        put_quoted(q, sizeof q, m->pool[c->u.ref].u.utf8.bytes, m->pool[c->u.ref].u.utf8.len);
        snprintf(buf, n, "STRING \"%s\"", q);
        break;
    case LD_C_FIELD:
    case LD_C_METHOD:
        snprintf(buf, n, "%s %s.%s:%s", c->tag == LD_C_FIELD ? "FIELD" : "METHOD",
                 ld_class_name(m, c->u.member.cls), ld_utf8(m, c->u.member.name),
                 ld_utf8(m, c->u.member.desc));
        break;
    default: snprintf(buf, n, "tag %u?", c->tag); break;
    }
}

static void dprintf_buf(t_Buf *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void dprintf_buf(t_Buf *w, const char *fmt, ...) {
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    tb_put(w, line, k < (int)sizeof line ? (size_t)k : sizeof line - 1);
}

static void dump_code(t_Buf *w, const ld_Module *m, const ld_Method *me) {
    char s[512];
    for (uint32_t pc = 0; pc < me->code_len;) {
        uint32_t len = op_decode_length(me->code, me->code_len, pc);
        if (!len) {
            dprintf_buf(w, "    %u: <malformed>\n", pc);
            return;
        }
        const op_Info *in = &op_info[me->code[pc]];
        const uint8_t *a = me->code + pc + 1;
        dprintf_buf(w, "    %u: %s", pc, in->name);
        switch ((op_Format)in->format) {
        case OPF_NONE: break;
        case OPF_S1: dprintf_buf(w, " %d", (int8_t)a[0]); break;
        case OPF_ATYPE: dprintf_buf(w, " %u", a[0]); break;
        case OPF_S2: dprintf_buf(w, " %d", op_s16(a)); break;
        case OPF_LOCAL: dprintf_buf(w, " %u", op_u16(a)); break;
        case OPF_IINC: dprintf_buf(w, " %u %d", op_u16(a), op_s16(a + 2)); break;
        case OPF_BRANCH: dprintf_buf(w, " %d", op_s32(a)); break;
        case OPF_CONST:
        case OPF_CLASS:
        case OPF_FIELD:
        case OPF_METHOD:
            t_const_str(m, op_u16(a), s, sizeof s);
            dprintf_buf(w, " %s", s);
            break;
        case OPF_MULTI:
            t_const_str(m, op_u16(a), s, sizeof s);
            dprintf_buf(w, " %s %u", s, a[2]);
            break;
        case OPF_TABLESWITCH: {
            int32_t lo = op_s32(a + 4), hi = op_s32(a + 8);
            dprintf_buf(w, " default %d [%d..%d]", op_s32(a), lo, hi);
            for (int64_t k = 0; k <= (int64_t)hi - lo; k++) dprintf_buf(w, " %d", op_s32(a + 12 + 4 * k));
            break;
        }
        case OPF_LOOKUPSWITCH: {
            uint32_t np = op_u32(a + 4);
            dprintf_buf(w, " default %d", op_s32(a));
            for (uint32_t k = 0; k < np; k++)
                dprintf_buf(w, " %d:%d", op_s32(a + 8 + 8 * k), op_s32(a + 12 + 8 * k));
            break;
        }
        case OPF__COUNT: break;
        }
        dprintf_buf(w, "\n");
        pc += len;
    }
}

char *t_module_dump(const ld_Module *m) {
    t_Buf w = {0};
    char s[512];
    dprintf_buf(&w, "version %u.%u\n", m->major, m->minor);
    t_const_str(m, m->main_class, s, sizeof s);
    dprintf_buf(&w, "main %s\n", m->main_class ? s : "-");
    for (uint32_t ci = 0; ci < m->nclasses; ci++) {
        const ld_Class *k = &m->classes[ci];
        dprintf_buf(&w, "class %s flags 0x%04x super %s source %s\n",
                    ld_class_name(m, k->this_class), k->flags,
                    k->super_class ? ld_class_name(m, k->super_class) : "-",
                    k->source ? ld_utf8(m, k->source) : "-");
        for (uint32_t i = 0; i < k->ninterfaces; i++)
            dprintf_buf(&w, "  implements %s\n", ld_class_name(m, k->interfaces[i]));
        for (uint32_t i = 0; i < k->nfields; i++) {
            const ld_Field *f = &k->fields[i];
            t_const_str(m, f->constval, s, sizeof s);
            dprintf_buf(&w, "  field 0x%04x %s %s = %s\n", f->flags, ld_utf8(m, f->name),
                        ld_utf8(m, f->desc), f->constval ? s : "-");
        }
        for (uint32_t i = 0; i < k->nmethods; i++) {
            const ld_Method *me = &k->methods[i];
            dprintf_buf(&w, "  method 0x%04x %s%s stack %u locals %u code %u\n", me->flags,
                        ld_utf8(m, me->name), ld_utf8(m, me->desc), me->max_stack,
                        me->max_locals, me->code_len);
            dump_code(&w, m, me);
            for (uint32_t h = 0; h < me->nhandlers; h++) {
                const ld_Handler *hd = &me->handlers[h];
                t_const_str(m, hd->catch_type, s, sizeof s);
                dprintf_buf(&w, "    handler [%u, %u) -> %u catch %s\n", hd->start, hd->end,
                            hd->handler, hd->catch_type ? s : "any");
            }
            for (uint32_t l = 0; l < me->nlines; l++)
                dprintf_buf(&w, "    line %u: %u\n", me->lines[l].pc, me->lines[l].line);
        }
    }
    tb_u8(&w, 0);
    return (char *)w.b;
}

const ld_Class *t_find_class(const ld_Module *m, const char *name) {
    for (uint32_t i = 0; i < m->nclasses; i++)
        if (strcmp(ld_class_name(m, m->classes[i].this_class), name) == 0) return &m->classes[i];
    return NULL;
}

const ld_Method *t_find_method(const ld_Module *m, const ld_Class *c, const char *name,
                               const char *desc) {
    for (uint32_t i = 0; i < c->nmethods; i++)
        if (strcmp(ld_utf8(m, c->methods[i].name), name) == 0 &&
            strcmp(ld_utf8(m, c->methods[i].desc), desc) == 0)
            return &c->methods[i];
    return NULL;
}

void t_check(int ok, unsigned line, const char *file, const char *fmt, ...) {
    char msg[1024] = "";
    if (!ok) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
    }
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, line, msg, file, "", CU_FALSE);
}

/* ------------------------------------------------------------------ */
/* running probes in a child process                                   */
/* ------------------------------------------------------------------ */

typedef struct {
    volatile uint8_t outcome;
    char msg[300];
} Slot;

void t_run_isolated(const char *what, t_ProbeFn fn, const void *ctx, size_t n) {
    size_t bytes = (n ? n : 1) * sizeof(Slot);
    Slot *s = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (s == MAP_FAILED) {
        CU_FAIL("mmap failed");
        return;
    }
    size_t start = 0;
    while (start < n) {
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0) {
            CU_FAIL("fork failed");
            break;
        }
        if (pid == 0) {
            for (size_t i = start; i < n; i++) s[i].outcome = (uint8_t)fn(ctx, i, s[i].msg, sizeof s[i].msg);
            exit(0); /* not _exit: LeakSanitizer checks the child at exit */
        }
        int st = 0;
        while (waitpid(pid, &st, 0) < 0) {
        }
        size_t i = start;
        while (i < n && s[i].outcome != T_PENDING) i++;
        if (i == n) {
            T_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0,
                    "%s: the probe process ended with status 0x%x after all %zu probes "
                    "(a leak or sanitizer report: see stderr)",
                    what, st, n);
            break;
        }
        s[i].outcome = T_CRASH;
        if (WIFSIGNALED(st))
            snprintf(s[i].msg, sizeof s[i].msg, "crashed: killed by signal %d", WTERMSIG(st));
        else
            snprintf(s[i].msg, sizeof s[i].msg,
                     "crashed: exit status %d (sanitizer report on stderr)", WEXITSTATUS(st));
        start = i + 1;
    }
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i].outcome == T_PASS) continue;
        if (++bad <= 12) T_CHECK(0, "%s %zu: %s", what, i, s[i].msg);
        if (bad <= 40) fprintf(stderr, "\n  %s %zu: %s", what, i, s[i].msg);
    }
    T_CHECK(bad == 0, "%s: %zu of %zu probes failed", what, bad, n);
    munmap(s, bytes);
}
