/* interp.c: the bytecode interpreter.
 *
 * One C function, interp(), runs frames until the frame it was entered with returns.
 * Java-to-Java calls do not recurse in C: a call pushes a vm_Frame and continues the
 * loop; a return pops it. Calls to methods with a native entry (natives, later compiled
 * code) go through m->entry; C code calls Java through vm_invoke(), which pushes an
 * ENTRY frame and recurses into interp().
 *
 * Registers of the loop: pc (current instruction), sp (next free operand slot), locals,
 * fp (current frame), cp (resolution cache of the current module). Before anything that
 * can allocate, throw or call out, SAVE() stores pc in the frame and sp in t->top, so a
 * stack trace, the GC root scan and a nested vm_invoke all see a consistent stack.
 *
 * Dispatch: computed goto through a table generated from OPCODE_LIST, or, built with
 * -DOAK_SWITCH_DISPATCH=1 (make DISPATCH=switch), a plain switch. In goto mode a missing
 * handler is a compile error (the label is undefined); in switch mode it is the default.
 *
 * Exceptions: a throwing instruction makes t->exception pending and jumps to `except`,
 * which searches the frame's handler table, then unwinds frame by frame; at an ENTRY
 * frame it returns to the C caller with the exception still pending.
 */
#include "jit.h"
#include "opcodes.h"
#include "vm.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Java's saturating float-to-integer conversions. */
static inline int32_t d2i(double d) {
    if (d != d) return 0;
    if (d >= 2147483647.0) return INT32_MAX;
    if (d <= -2147483648.0) return INT32_MIN;
    return (int32_t)d;
}
static inline int64_t d2l(double d) {
    if (d != d) return 0;
    if (d >= 9223372036854775807.0) return INT64_MAX;
    if (d <= -9223372036854775808.0) return INT64_MIN;
    return (int64_t)d;
}
static inline int fcmp(double a, double b, int nan) { return a > b ? 1 : a < b ? -1 : a == b ? 0 : nan; }

static vm_Value interp(vm_Thread *t);

/* Pushes an interpreted frame for m whose arguments are already at args. */
static inline int push_frame(vm_Thread *t, vm_Method *m, vm_Value *args, uint32_t flags) {
    vm_Frame *fp = t->fp + 1;
    if (UNLIKELY(fp >= t->frames_end || args + m->max_locals + m->max_stack > t->stack_end))
        return -1;
    fp->method = m;
    fp->locals = args;
    fp->pc = m->code;
    fp->flags = flags;
    t->fp = fp;
    return 0;
}

static void throw_soe(vm_Thread *t) {
    vm_throw(t, "java/lang/StackOverflowError", NULL);
}

vm_Value vm_invoke(vm_Thread *t, vm_Method *m, vm_Value *args) {
    vm_Value r = {0};
    m->invocations++;
    if (!m->entry && t->vm->jit) jit_on_invoke(t, m);
    if (m->entry) return m->entry(t, m, args);
    if (t->native_depth >= 512) {
        throw_soe(t);
        return r;
    }
    vm_Value *base = t->top, *saved_top = t->top;
    if (base + m->max_locals + m->max_stack > t->stack_end) {
        throw_soe(t);
        return r;
    }
    if (m->nargs) memcpy(base, args, sizeof(vm_Value) * m->nargs);
    if (push_frame(t, m, base, VM_FRAME_ENTRY) != 0) {
        throw_soe(t);
        return r;
    }
    t->native_depth++;
    r = interp(t);
    t->native_depth--;
    t->top = saved_top;
    return r;
}

vm_Value vm_invoke_virtual(vm_Thread *t, vm_Object *recv, const char *name, const char *desc,
                           vm_Value *args) {
    vm_Method *m = vm_find_method(recv->cls, name, desc);
    if (!m) {
        char buf[512];
        vm_throw(t, "java/lang/NoSuchMethodError", "%s", vm_method_pretty(recv->cls, name, desc, buf, sizeof buf));
        return (vm_Value){0};
    }
    return vm_invoke(t, m, args);
}

/* The handler for an exception of class ec at pc in m, or -1. May replace the pending
 * exception if a catch type cannot be loaded. */
static int32_t find_handler(vm_Thread *t, vm_Method *m, uint32_t pc, vm_Object *ex) {
    const ld_Method *d = m->def;
    if (t->killed) return -1; /* budget exhausted: nothing may catch it */
    for (uint32_t i = 0; i < d->nhandlers; i++) {
        const ld_Handler *h = &d->handlers[i];
        if (pc < h->start || pc >= h->end) continue;
        if (!h->catch_type) return (int32_t)h->handler;
        t->exception = NULL;
        vm_Class *c = vm_resolve_class(t, m->cls->module, h->catch_type);
        if (!c) return -1; /* the NoClassDefFoundError replaces ex */
        t->exception = ex;
        if (vm_instance_of(ex->cls, c)) return (int32_t)h->handler;
    }
    return -1;
}

#define FIELD(o, slot) ((vm_Value *)((char *)(o) + VM_FIELD_OFFSET(slot)))
#define ELEM(o, type, i) (((type *)VM_ARRAY_DATA(o))[i])

static vm_Value interp(vm_Thread *t) {
    vm_Frame *fp = t->fp;
    vm_Method *method = fp->method;
    const uint8_t *pc = fp->pc;
    vm_Value *locals = fp->locals;
    vm_Value *sp = locals + method->max_locals;
    vm_CPEntry *cp = method->cp;
    vm_Value ret;
    jit_JIT *jit = t->vm->jit;
    uint32_t osr_threshold = t->vm->opt.osr_threshold;
    jit_OsrEntry osr_entry = NULL;

#define SAVE() (fp->pc = pc, t->top = sp)
#define THROW() goto except
#define NULLCHECK(o)                                                                       \
    do {                                                                                   \
        if (UNLIKELY(!(o))) {                                                              \
            SAVE();                                                                        \
            vm_throw_npe(t, fp->method, pc);                                               \
            THROW();                                                                       \
        }                                                                                  \
    } while (0)
#define BOUNDS(a, i)                                                                       \
    do {                                                                                   \
        if (UNLIKELY((uint32_t)(i) >= (uint32_t)(a)->length)) {                            \
            SAVE();                                                                        \
            vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException",                        \
                     "Index %d out of bounds for length %d", (i), (a)->length);            \
            THROW();                                                                       \
        }                                                                                  \
    } while (0)
#define U16(off) op_u16(pc + (off))
#define S32(off) op_s32(pc + (off))

#ifdef OAK_COUNT_BYTECODES
#define COUNT() (t->vm->stats.bytecodes++)
#else
#define COUNT() ((void)0)
#endif

#if OAK_SWITCH_DISPATCH
#define DISPATCH() goto dispatch
#define CASE(op) case OP_##op:
#else
    /* bytes that are not opcodes go to L__bad; then each opcode's own label */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const labels[256] = {
        [0 ... 255] = &&L__bad,
#define LBL(name, len, fmt, pops, pushes) [OP_##name] = &&L_##name,
        OPCODE_LIST(LBL)
#undef LBL
    };
#pragma GCC diagnostic pop
#define DISPATCH()                                                                         \
    do {                                                                                   \
        COUNT();                                                                           \
        goto *labels[*pc];                                                                 \
    } while (0)
#define CASE(op) L_##op:
#endif
#define NEXT(n)                                                                            \
    do {                                                                                   \
        pc += (n);                                                                         \
        DISPATCH();                                                                        \
    } while (0)
/* Fuzzing builds (-DOAK_BUDGET) bound every program: each backward jump and each call
 * spends one unit; at zero the program is killed by an exception nothing can catch. */
#ifdef OAK_BUDGET
#define TICK()                                                                             \
    do {                                                                                   \
        if (UNLIKELY(--t->budget < 0)) {                                                   \
            SAVE();                                                                        \
            t->killed = 1;                                                                 \
            vm_throw_object(t, t->vm->oom);                                                \
            THROW();                                                                       \
        }                                                                                  \
    } while (0)
#define BUDGET_BACKEDGE() TICK()
#else
#define TICK() ((void)0)
#define BUDGET_BACKEDGE() ((void)0)
#endif
/* A backward jump is a loop's back edge: with the JIT on, count it; once the loop is hot
 * and compiled, continue in native code at the loop header (OSR). */
#define JUMP(off)                                                                          \
    do {                                                                                   \
        int32_t off_ = (off);                                                              \
        if (off_ <= 0) {                                                                   \
            BUDGET_BACKEDGE();                                                             \
            if (UNLIKELY(jit != NULL) && ++method->backedges >= osr_threshold) {           \
                SAVE();                                                                    \
                osr_entry = jit_on_backedge(t, method, (uint32_t)(pc + off_ - method->code)); \
                if (osr_entry) {                                                           \
                    pc += off_;                                                            \
                    goto osr_enter;                                                        \
                }                                                                          \
            }                                                                              \
        }                                                                                  \
        NEXT(off_);                                                                        \
    } while (0)

#if OAK_SWITCH_DISPATCH
dispatch:
    COUNT();
    switch ((op_Code)*pc) {
#else
    DISPATCH();
    {
#endif
    /* ---- constants ---- */
    CASE(nop) NEXT(1);
    CASE(aconst_null) sp->a = NULL, sp++; NEXT(1);
    CASE(iconst_m1) CASE(iconst_0) CASE(iconst_1) CASE(iconst_2) CASE(iconst_3) CASE(iconst_4)
    CASE(iconst_5) sp->raw = 0, sp->i = (int32_t)*pc - OP_iconst_0, sp++; NEXT(1);
    CASE(lconst_0) CASE(lconst_1) sp->j = (int64_t)(*pc - OP_lconst_0), sp++; NEXT(1);
    CASE(fconst_0) CASE(fconst_1) CASE(fconst_2) sp->raw = 0, sp->f = (float)(*pc - OP_fconst_0), sp++; NEXT(1);
    CASE(dconst_0) CASE(dconst_1) sp->d = (double)(*pc - OP_dconst_0), sp++; NEXT(1);
    CASE(bipush) sp->raw = 0, sp->i = (int8_t)pc[1], sp++; NEXT(2);
    CASE(sipush) sp->raw = 0, sp->i = op_s16(pc + 1), sp++; NEXT(3);
    CASE(ldc) {
        uint16_t idx = U16(1);
        const ld_Const *k = &method->cls->module->ld->pool[idx];
        switch (k->tag) {
        case LD_C_INT: sp->raw = 0, sp->i = k->u.i; break;
        case LD_C_FLOAT: sp->raw = k->u.f; break;
        case LD_C_LONG: sp->j = k->u.j; break;
        case LD_C_DOUBLE: sp->raw = k->u.d; break;
        case LD_C_STRING:
            if (LIKELY(cp[idx].resolved)) {
                sp->a = cp[idx].p;
            } else {
                SAVE();
                if (!(sp->a = vm_resolve_string(t, method->cls->module, idx))) THROW();
            }
            break;
        default: { /* CLASS */
            SAVE();
            vm_Class *c = vm_resolve_class(t, method->cls->module, idx);
            if (!c || !(sp->a = vm_class_mirror(t, c))) THROW();
        }
        }
        sp++;
        NEXT(3);
    }

    /* ---- locals: every slot is 64 bits, so the typed forms share code ---- */
    CASE(iload) CASE(lload) CASE(fload) CASE(dload) CASE(aload) *sp++ = locals[U16(1)]; NEXT(3);
    CASE(istore) CASE(lstore) CASE(fstore) CASE(dstore) CASE(astore) locals[U16(1)] = *--sp; NEXT(3);
    CASE(iinc) locals[U16(1)].i += op_s16(pc + 3); NEXT(5);

    /* ---- arrays ---- */
#define ALOAD(op, ctype, field)                                                            \
    CASE(op) {                                                                             \
        vm_Object *a = sp[-2].a;                                                           \
        int32_t i = sp[-1].i;                                                              \
        NULLCHECK(a);                                                                      \
        BOUNDS(a, i);                                                                      \
        sp -= 2;                                                                           \
        sp->raw = 0;                                                                       \
        sp->field = ELEM(a, ctype, i);                                                     \
        sp++;                                                                              \
        NEXT(1);                                                                           \
    }
    ALOAD(iaload, int32_t, i)
    ALOAD(laload, int64_t, j)
    ALOAD(faload, float, f)
    ALOAD(daload, double, d)
    ALOAD(aaload, vm_Object *, a)
    ALOAD(baload, int8_t, i)
    ALOAD(caload, uint16_t, i)
    ALOAD(saload, int16_t, i)
#define ASTORE(op, ctype, field)                                                           \
    CASE(op) {                                                                             \
        vm_Object *a = sp[-3].a;                                                           \
        int32_t i = sp[-2].i;                                                              \
        NULLCHECK(a);                                                                      \
        BOUNDS(a, i);                                                                      \
        ELEM(a, ctype, i) = (ctype)sp[-1].field;                                           \
        sp -= 3;                                                                           \
        NEXT(1);                                                                           \
    }
    ASTORE(iastore, int32_t, i)
    ASTORE(lastore, int64_t, j)
    ASTORE(fastore, float, f)
    ASTORE(dastore, double, d)
    ASTORE(castore, uint16_t, i)
    ASTORE(sastore, int16_t, i)
    CASE(bastore) {
        vm_Object *a = sp[-3].a;
        int32_t i = sp[-2].i;
        NULLCHECK(a);
        BOUNDS(a, i);
        /* boolean[] stores the low bit (JVMS baload/bastore), byte[] the low byte */
        ELEM(a, int8_t, i) = a->cls->elem_type == 'Z' ? (int8_t)(sp[-1].i & 1) : (int8_t)sp[-1].i;
        sp -= 3;
        NEXT(1);
    }
    CASE(aastore) {
        vm_Object *a = sp[-3].a, *v = sp[-1].a;
        int32_t i = sp[-2].i;
        NULLCHECK(a);
        BOUNDS(a, i);
        if (v && UNLIKELY(v->cls != a->cls->component && !vm_instance_of(v->cls, a->cls->component))) {
            char jn[512];
            SAVE();
            vm_throw(t, "java/lang/ArrayStoreException", "%s", vm_java_name(v->cls->name, jn, sizeof jn));
            THROW();
        }
        ELEM(a, vm_Object *, i) = v;
        sp -= 3;
        NEXT(1);
    }
    CASE(arraylength) {
        vm_Object *a = sp[-1].a;
        NULLCHECK(a);
        sp[-1].raw = 0;
        sp[-1].i = a->length;
        NEXT(1);
    }
    CASE(newarray) {
        static const char types[] = "....ZCFDBSIJ";
        SAVE();
        vm_Object *a = vm_new_prim_array(t, types[pc[1]], sp[-1].i);
        if (!a) THROW();
        sp[-1].a = a;
        NEXT(2);
    }
    CASE(anewarray) {
        SAVE();
        vm_Class *c = vm_resolve_class(t, method->cls->module, U16(1));
        vm_Class *ac = c ? vm_array_class(t, c) : NULL;
        vm_Object *a = ac ? vm_new_array(t, ac, sp[-1].i) : NULL;
        if (!a) THROW();
        sp[-1].a = a;
        NEXT(3);
    }
    CASE(multianewarray) {
        int dims = pc[3];
        SAVE();
        vm_Class *c = vm_resolve_class(t, method->cls->module, U16(1));
        if (!c) THROW();
        vm_Object *a = vm_new_multiarray(t, c, dims, sp - dims);
        if (!a) THROW();
        sp -= dims;
        (sp++)->a = a;
        NEXT(4);
    }

    /* ---- stack ---- */
    CASE(pop) sp--; NEXT(1);
    CASE(pop2) sp -= 2; NEXT(1);
    CASE(dup) *sp = sp[-1], sp++; NEXT(1);
    CASE(dup_x1) {
        vm_Value x = sp[-1], y = sp[-2];
        sp[-2] = x, sp[-1] = y, sp[0] = x, sp++;
        NEXT(1);
    }
    CASE(dup_x2) {
        vm_Value x = sp[-1], y = sp[-2], z = sp[-3];
        sp[-3] = x, sp[-2] = z, sp[-1] = y, sp[0] = x, sp++;
        NEXT(1);
    }
    CASE(dup2) sp[0] = sp[-2], sp[1] = sp[-1], sp += 2; NEXT(1);
    CASE(dup2_x1) {
        vm_Value x = sp[-1], y = sp[-2], z = sp[-3];
        sp[-3] = y, sp[-2] = x, sp[-1] = z, sp[0] = y, sp[1] = x, sp += 2;
        NEXT(1);
    }
    CASE(dup2_x2) {
        vm_Value x = sp[-1], y = sp[-2], z = sp[-3], w = sp[-4];
        sp[-4] = y, sp[-3] = x, sp[-2] = w, sp[-1] = z, sp[0] = y, sp[1] = x, sp += 2;
        NEXT(1);
    }
    CASE(swap) {
        vm_Value x = sp[-1];
        sp[-1] = sp[-2], sp[-2] = x;
        NEXT(1);
    }

    /* ---- arithmetic (-fwrapv: int and long wrap as Java requires) ---- */
#define BINOP(op, field, expr)                                                             \
    CASE(op) {                                                                             \
        sp--;                                                                              \
        sp[-1].field = (expr);                                                             \
        NEXT(1);                                                                           \
    }
#define A sp[-1]
#define B sp[0]
    BINOP(iadd, i, A.i + B.i)
    BINOP(ladd, j, A.j + B.j)
    BINOP(fadd, f, A.f + B.f)
    BINOP(dadd, d, A.d + B.d)
    BINOP(isub, i, A.i - B.i)
    BINOP(lsub, j, A.j - B.j)
    BINOP(fsub, f, A.f - B.f)
    BINOP(dsub, d, A.d - B.d)
    BINOP(imul, i, A.i * B.i)
    BINOP(lmul, j, A.j * B.j)
    BINOP(fmul, f, A.f * B.f)
    BINOP(dmul, d, A.d * B.d)
    BINOP(fdiv, f, A.f / B.f)
    BINOP(ddiv, d, A.d / B.d)
    BINOP(frem, f, fmodf(A.f, B.f))
    BINOP(drem, d, fmod(A.d, B.d))
    BINOP(ishl, i, A.i << (B.i & 31))
    BINOP(lshl, j, A.j << (B.i & 63))
    BINOP(ishr, i, A.i >> (B.i & 31))
    BINOP(lshr, j, A.j >> (B.i & 63))
    BINOP(iushr, i, (int32_t)((uint32_t)A.i >> (B.i & 31)))
    BINOP(lushr, j, (int64_t)((uint64_t)A.j >> (B.i & 63)))
    BINOP(iand, i, A.i & B.i)
    BINOP(land, j, A.j & B.j)
    BINOP(ior, i, A.i | B.i)
    BINOP(lor, j, A.j | B.j)
    BINOP(ixor, i, A.i ^ B.i)
    BINOP(lxor, j, A.j ^ B.j)
#define DIVOP(op, field, type, minv, expr)                                                 \
    CASE(op) {                                                                             \
        if (UNLIKELY(sp[-1].field == 0)) {                                                 \
            SAVE();                                                                        \
            vm_throw(t, "java/lang/ArithmeticException", "/ by zero");                     \
            THROW();                                                                       \
        }                                                                                  \
        sp--;                                                                              \
        if (UNLIKELY(B.field == -1 && A.field == minv)) /* MIN / -1 overflows in C */      \
            A.field = (type)(*pc == OP_idiv || *pc == OP_ldiv ? minv : 0);                 \
        else                                                                               \
            A.field = (expr);                                                              \
        NEXT(1);                                                                           \
    }
    DIVOP(idiv, i, int32_t, INT32_MIN, A.i / B.i)
    DIVOP(ldiv, j, int64_t, INT64_MIN, A.j / B.j)
    DIVOP(irem, i, int32_t, INT32_MIN, A.i % B.i)
    DIVOP(lrem, j, int64_t, INT64_MIN, A.j % B.j)
#undef A
#undef B
    CASE(ineg) sp[-1].i = -sp[-1].i; NEXT(1);
    CASE(lneg) sp[-1].j = -sp[-1].j; NEXT(1);
    CASE(fneg) sp[-1].f = -sp[-1].f; NEXT(1);
    CASE(dneg) sp[-1].d = -sp[-1].d; NEXT(1);

    /* ---- conversions ---- */
#define CONV(op, to, expr)                                                                 \
    CASE(op) {                                                                             \
        vm_Value v = sp[-1];                                                               \
        sp[-1].raw = 0;                                                                    \
        sp[-1].to = (expr);                                                                \
        NEXT(1);                                                                           \
    }
    CONV(i2l, j, (int64_t)v.i)
    CONV(i2f, f, (float)v.i)
    CONV(i2d, d, (double)v.i)
    CONV(l2i, i, (int32_t)v.j)
    CONV(l2f, f, (float)v.j)
    CONV(l2d, d, (double)v.j)
    CONV(f2i, i, d2i(v.f))
    CONV(f2l, j, d2l(v.f))
    CONV(f2d, d, (double)v.f)
    CONV(d2i, i, d2i(v.d))
    CONV(d2l, j, d2l(v.d))
    CONV(d2f, f, (float)v.d)
    CONV(i2b, i, (int8_t)v.i)
    CONV(i2c, i, (uint16_t)v.i)
    CONV(i2s, i, (int16_t)v.i)

    /* ---- comparisons ---- */
    CASE(lcmp) sp--, sp[-1].i = sp[-1].j > sp[0].j ? 1 : sp[-1].j < sp[0].j ? -1 : 0; NEXT(1);
    CASE(fcmpl) sp--, sp[-1].i = fcmp(sp[-1].f, sp[0].f, -1); NEXT(1);
    CASE(fcmpg) sp--, sp[-1].i = fcmp(sp[-1].f, sp[0].f, 1); NEXT(1);
    CASE(dcmpl) sp--, sp[-1].i = fcmp(sp[-1].d, sp[0].d, -1); NEXT(1);
    CASE(dcmpg) sp--, sp[-1].i = fcmp(sp[-1].d, sp[0].d, 1); NEXT(1);

    /* ---- branches ---- */
#define IF1(op, cond)                                                                      \
    CASE(op) {                                                                             \
        sp--;                                                                              \
        if (cond) JUMP(S32(1));                                                            \
        NEXT(5);                                                                           \
    }
#define IF2(op, field, cmp)                                                                \
    CASE(op) {                                                                             \
        sp -= 2;                                                                           \
        if (sp[0].field cmp sp[1].field) JUMP(S32(1));                                     \
        NEXT(5);                                                                           \
    }
    IF1(ifeq, sp->i == 0)
    IF1(ifne, sp->i != 0)
    IF1(iflt, sp->i < 0)
    IF1(ifge, sp->i >= 0)
    IF1(ifgt, sp->i > 0)
    IF1(ifle, sp->i <= 0)
    IF1(ifnull, sp->a == NULL)
    IF1(ifnonnull, sp->a != NULL)
    IF2(if_icmpeq, i, ==)
    IF2(if_icmpne, i, !=)
    IF2(if_icmplt, i, <)
    IF2(if_icmpge, i, >=)
    IF2(if_icmpgt, i, >)
    IF2(if_icmple, i, <=)
    IF2(if_acmpeq, a, ==)
    IF2(if_acmpne, a, !=)
    CASE(goto) JUMP(S32(1));
    CASE(tableswitch) {
        int32_t v = (--sp)->i, lo = S32(5), hi = S32(9);
        if (v < lo || v > hi) JUMP(S32(1));
        JUMP(op_s32(pc + 13 + 4 * (uint32_t)(v - lo)));
    }
    CASE(lookupswitch) {
        int32_t v = (--sp)->i;
        uint32_t lo = 0, hi = op_u32(pc + 5);
        while (lo < hi) { /* binary search over the sorted keys */
            uint32_t mid = (lo + hi) / 2;
            int32_t key = op_s32(pc + 9 + 8 * mid);
            if (key == v) JUMP(op_s32(pc + 13 + 8 * mid));
            if (key < v) lo = mid + 1;
            else hi = mid;
        }
        JUMP(S32(1));
    }

    /* ---- returns ---- */
    CASE(ireturn) CASE(lreturn) CASE(freturn) CASE(dreturn) CASE(areturn) {
        ret = sp[-1];
    ret_value:
        if (fp->flags & VM_FRAME_ENTRY) {
            t->fp = fp - 1;
            return ret;
        }
        sp = fp->locals;
        *sp++ = ret;
        goto pop_frame;
    }
    CASE(return) {
    ret_void:
        if (fp->flags & VM_FRAME_ENTRY) {
            t->fp = fp - 1;
            return (vm_Value){0};
        }
        sp = fp->locals;
    pop_frame:
        t->fp = --fp;
        method = fp->method;
        locals = fp->locals;
        cp = method->cp;
        pc = fp->pc + 3; /* every invoke instruction is 3 bytes */
        DISPATCH();
    }

    /* ---- fields ---- */
    CASE(getstatic) {
        vm_CPEntry *e = &cp[U16(1)];
        vm_Field *f = e->p;
        if (UNLIKELY(!(e->resolved & VM_RES_FIELD(1)))) {
            SAVE();
            if (!(f = vm_resolve_field(t, method->cls->module, U16(1), 1))) THROW();
        }
        *sp++ = f->cls->statics[f->slot];
        NEXT(3);
    }
    CASE(putstatic) {
        vm_CPEntry *e = &cp[U16(1)];
        vm_Field *f = e->p;
        if (UNLIKELY(!(e->resolved & VM_RES_FIELD(1)))) {
            SAVE();
            if (!(f = vm_resolve_field(t, method->cls->module, U16(1), 1))) THROW();
        }
        f->cls->statics[f->slot] = *--sp;
        NEXT(3);
    }
    CASE(getfield) {
        vm_CPEntry *e = &cp[U16(1)];
        vm_Field *f = e->p;
        if (UNLIKELY(!(e->resolved & VM_RES_FIELD(0)))) {
            SAVE();
            if (!(f = vm_resolve_field(t, method->cls->module, U16(1), 0))) THROW();
        }
        vm_Object *o = sp[-1].a;
        NULLCHECK(o);
        sp[-1] = *FIELD(o, f->slot);
        NEXT(3);
    }
    CASE(putfield) {
        vm_CPEntry *e = &cp[U16(1)];
        vm_Field *f = e->p;
        if (UNLIKELY(!(e->resolved & VM_RES_FIELD(0)))) {
            SAVE();
            if (!(f = vm_resolve_field(t, method->cls->module, U16(1), 0))) THROW();
        }
        vm_Object *o = sp[-2].a;
        NULLCHECK(o);
        *FIELD(o, f->slot) = sp[-1];
        sp -= 2;
        NEXT(3);
    }

    /* ---- calls ---- */
    {
        vm_Method *target, *m;
        vm_Value *args;
        vm_Object *recv;
        vm_CPEntry *e;
#define RESOLVE_METHOD(kind)                                                               \
    e = &cp[U16(1)];                                                                       \
    m = e->p;                                                                              \
    if (UNLIKELY(!(e->resolved & VM_RES_INVOKE(kind)))) {                                  \
        SAVE();                                                                            \
        if (!(m = vm_resolve_method(t, method->cls->module, U16(1), kind))) THROW();       \
    }
        CASE(invokestatic) {
            RESOLVE_METHOD(VM_INVOKE_STATIC);
            target = m;
            args = sp - m->nargs;
            goto call;
        }
        CASE(invokespecial) {
            RESOLVE_METHOD(VM_INVOKE_SPECIAL);
            target = m;
            args = sp - m->nargs;
            NULLCHECK(args[0].a);
            goto call;
        }
        CASE(invokevirtual) {
            RESOLVE_METHOD(VM_INVOKE_VIRTUAL);
            args = sp - m->nargs;
            recv = args[0].a;
            NULLCHECK(recv);
            if (LIKELY(m->vtable_index >= 0)) {
                target = recv->cls->vtable[m->vtable_index];
                /* receiver profile for the JIT: the one class seen so far, or MEGAMORPHIC */
                if (UNLIKELY(e->ic_class != recv->cls) && e->ic_class != VM_MEGAMORPHIC)
                    e->ic_class = e->ic_class ? VM_MEGAMORPHIC : recv->cls;
            } else if (m->itable_index >= 0) {
                goto itable;
            } else {
                target = m;
            }
            goto call;
        }
        CASE(invokeinterface) {
            RESOLVE_METHOD(VM_INVOKE_INTERFACE);
            args = sp - m->nargs;
            recv = args[0].a;
            NULLCHECK(recv);
        itable:
            if (LIKELY(e->ic_class == recv->cls)) {
                target = e->ic_method;
            } else {
                target = vm_itable_lookup(recv->cls, m);
                if (UNLIKELY(!target)) {
                    char jn[512], jn2[512], pretty[768];
                    SAVE();
                    if (!vm_instance_of(recv->cls, m->cls))
                        vm_throw(t, "java/lang/IncompatibleClassChangeError",
                                 "Class %s does not implement the requested interface %s",
                                 vm_java_name(recv->cls->name, jn, sizeof jn),
                                 vm_java_name(m->cls->name, jn2, sizeof jn2));
                    else
                        vm_throw(t, "java/lang/AbstractMethodError",
                                 "Receiver class %s does not define or inherit an implementation of the resolved method '%s'",
                                 vm_java_name(recv->cls->name, jn, sizeof jn),
                                 vm_method_pretty(m->cls, m->name, m->desc, pretty, sizeof pretty));
                    THROW();
                }
                e->ic_class = recv->cls;
                e->ic_method = target;
            }
            goto call;
        }
    call:
        TICK();
        target->invocations++;
        if (UNLIKELY(!target->entry && jit != NULL)) {
            SAVE();
            jit_on_invoke(t, target);
        }
        if (target->entry) {
            SAVE();
            vm_Value r = target->entry(t, target, args);
            if (UNLIKELY(t->exception != NULL)) THROW();
            sp = args;
            if (target->ret != 'V') *sp++ = r;
            NEXT(3);
        }
        fp->pc = pc;
        if (UNLIKELY(push_frame(t, target, args, 0) != 0)) {
            t->top = sp;
            throw_soe(t);
            THROW();
        }
        fp = t->fp;
        method = target;
        locals = args;
        sp = locals + method->max_locals;
        cp = method->cp;
        pc = method->code;
        DISPATCH();
    }

    /* ---- objects ---- */
    CASE(new) {
        SAVE();
        vm_Class *c = cp[U16(1)].resolved ? cp[U16(1)].p : vm_resolve_class(t, method->cls->module, U16(1));
        if (!c) THROW();
        if (UNLIKELY(c->flags & (LD_ACC_ABSTRACT | LD_ACC_INTERFACE))) {
            char jn[512];
            vm_throw(t, "java/lang/InstantiationError", "%s", vm_java_name(c->name, jn, sizeof jn));
            THROW();
        }
        if (UNLIKELY(c->state != VM_CLASS_INITIALIZED) && vm_init_class(t, c) != 0) THROW();
        vm_Object *o = vm_new_object(t, c);
        if (!o) THROW();
        (sp++)->a = o;
        NEXT(3);
    }
    CASE(athrow) {
        vm_Object *ex = sp[-1].a;
        NULLCHECK(ex);
        SAVE();
        t->exception = ex;
        THROW();
    }
    CASE(checkcast) {
        vm_Object *o = sp[-1].a;
        if (o) {
            vm_Class *c = cp[U16(1)].p;
            if (UNLIKELY(!cp[U16(1)].resolved)) {
                SAVE();
                if (!(c = vm_resolve_class(t, method->cls->module, U16(1)))) THROW();
            }
            if (o->cls != c && !vm_instance_of(o->cls, c)) {
                SAVE();
                vm_throw_cce(t, o->cls, c);
                THROW();
            }
        }
        NEXT(3);
    }
    CASE(instanceof) {
        vm_Object *o = sp[-1].a;
        int r = 0;
        if (o) {
            vm_Class *c = cp[U16(1)].p;
            if (UNLIKELY(!cp[U16(1)].resolved)) {
                SAVE();
                if (!(c = vm_resolve_class(t, method->cls->module, U16(1)))) THROW();
            }
            r = o->cls == c || vm_instance_of(o->cls, c);
        }
        sp[-1].raw = 0;
        sp[-1].i = r;
        NEXT(3);
    }

#if OAK_SWITCH_DISPATCH
    default: goto L__bad;
    }
#else
    }
#endif
L__bad:
    SAVE();
    vm_throw(t, "java/lang/InternalError", "bad opcode 0x%02x at pc %u in %s.%s%s", *pc,
             (unsigned)(pc - method->code), method->cls->name, method->name, method->desc);
    /* fall through */

except:
    for (;;) {
        vm_Object *ex = t->exception;
        int32_t h = find_handler(t, method, (uint32_t)(pc - method->code), ex);
        if (h >= 0) {
            sp = locals + method->max_locals;
            (sp++)->a = t->exception;
            t->exception = NULL;
            pc = method->code + h;
            DISPATCH();
        }
        if (fp->flags & VM_FRAME_ENTRY) {
            t->fp = fp - 1;
            return (vm_Value){0};
        }
        t->fp = --fp;
        method = fp->method;
        locals = fp->locals;
        cp = method->cp;
        pc = fp->pc;
    }

    /* On-stack replacement: the compiled loop runs the rest of this activation. It keeps
     * this frame (for stack traces) and returns the method's result, or a pending
     * exception that its own handlers did not catch. */
osr_enter : {
    SAVE();
    vm_Value r = osr_entry(t, locals);
    if (t->exception) goto unwind_frame_outer; /* its handlers were searched by the compiled code */
    if (method->ret == 'V') goto ret_void;
    ret = r;
    goto ret_value;
}
unwind_frame_outer:
    if (fp->flags & VM_FRAME_ENTRY) {
        t->fp = fp - 1;
        return (vm_Value){0};
    }
    t->fp = --fp;
    method = fp->method;
    locals = fp->locals;
    cp = method->cp;
    pc = fp->pc;
    goto except;
}
