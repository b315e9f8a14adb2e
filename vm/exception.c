/* exception.c: the VM's own exceptions, stack traces, and the JDK's messages.
 *
 * VM-thrown exceptions are made without running a constructor: the object is allocated,
 * its detailMessage set, its backtrace captured (a long[] of method, pc pairs, at most
 * VM_MAX_TRACE frames like HotSpot's MaxJavaStackTraceDepth). A StackOverflowError thus
 * needs no Java stack to be created.
 *
 * NullPointerException messages follow JDK 17's "helpful" messages (JEP 358): the failed
 * action ("Cannot invoke "String.length()"") and, when it can be found by a dataflow pass
 * over the method, what was null ("because "<local1>" is null").
 */
#include "jit.h"
#include "opcodes.h"
#include "vm.h"

#include <gc/gc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define VM_MAX_TRACE 1024

static vm_Value *slot_of(vm_Object *o, uint32_t slot) {
    return (vm_Value *)((char *)o + VM_FIELD_OFFSET(slot));
}

/* The method of a frame record. An interpreted frame stores it; a compiled activation
 * stores only its pc (jit/jit.c), and its method field is what an earlier frame left
 * there, NULL or a method whose bytecode does not hold that pc. */
static vm_Method *frame_method(vm_Thread *t, const vm_Frame *f) {
    vm_Method *m = f->method;
    if (m && f->pc >= m->code && f->pc < m->code + m->code_len) return m;
    vm_Method *c = t->vm->jit && f->pc ? jit_method_at(t->vm->jit, f->pc) : NULL;
    return c ? c : m;
}

void vm_fill_backtrace(vm_Thread *t, vm_Object *ex) {
    vm_VM *vm = t->vm;
    vm_Frame *f = t->fp;
    /* Throwable constructors call fillInStackTrace: leave their frames out, as the JDK does */
    /* (the constructors of ex's own class and superclasses: compiled frames keep no locals
     * to compare `this` with, so the test is by class, as HotSpot's) */
    for (vm_Method *m; f >= t->frames && (m = frame_method(t, f)) != NULL && strcmp(m->name, "<init>") == 0 &&
                       vm_is_subclass(m->cls, vm->c_throwable) && vm_is_subclass(ex->cls, m->cls);)
        f--;
    /* (a frame whose method is unknown, which the JIT's registration makes impossible, is
     * left out rather than crashing) */
    int32_t n = 0;
    for (vm_Frame *g = f; g >= t->frames && n < VM_MAX_TRACE; g--) n += frame_method(t, g) != NULL;
    vm_Object *saved = t->exception;
    vm_Object *bt = vm_new_prim_array(t, 'J', 2 * n);
    t->exception = saved;
    if (!bt) return;
    int64_t *d = VM_ARRAY_DATA(bt);
    for (int32_t i = 0; i < n && f >= t->frames; f--) {
        vm_Method *m = frame_method(t, f);
        if (!m) continue;
        d[2 * i] = (int64_t)(intptr_t)m;
        d[2 * i + 1] = (int64_t)(f->pc - m->code);
        i++;
    }
    slot_of(ex, vm->throwable_backtrace_slot)->a = bt;
}

void vm_throw_object(vm_Thread *t, vm_Object *ex) { t->exception = ex; }

void vm_throw(vm_Thread *t, const char *cls, const char *fmt, ...) {
    vm_VM *vm = t->vm;
    vm_Object *pending = t->exception;
    t->exception = NULL;
    vm_Class *c = vm_load_class(t, cls);
    if (!c || vm_init_class(t, c) != 0) return; /* that failure is now pending */
    vm_Object *ex = vm_new_object(t, c);
    if (!ex) return;
    if (fmt) {
        char msg[1024];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        vm_Object *s = vm_string_utf8(t, msg, strlen(msg));
        if (!s) return;
        slot_of(ex, vm->throwable_message_slot)->a = s;
    }
    vm_fill_backtrace(t, ex);
    (void)pending;
    t->exception = ex;
}

int vm_line_of(const vm_Method *m, uint32_t pc) {
    if (!m->def) return -1;
    int line = -1;
    uint32_t best = 0;
    for (uint32_t i = 0; i < m->def->nlines; i++) {
        const ld_Line *l = &m->def->lines[i];
        if (l->pc <= pc && (line < 0 || l->pc >= best)) {
            best = l->pc;
            line = (int)l->line;
        }
    }
    return line;
}

/* ---- printing ---- */

static void err_puts(vm_VM *vm, const char *s) { vm_out_write(vm, 1, s, strlen(s)); }

/* toString() of a throwable through Java; the class name if that fails. */
static char *throwable_string(vm_Thread *t, vm_Object *ex) {
    vm_Object *saved = t->exception;
    t->exception = NULL;
    vm_Value arg = {.a = ex};
    vm_Value r = vm_invoke_virtual(t, ex, "toString", "()Ljava/lang/String;", &arg);
    char *s = NULL;
    if (!t->exception && r.a) s = vm_string_to_utf8(t->vm, r.a);
    t->exception = saved;
    if (!s) {
        static char buf[512];
        s = (char *)vm_java_name(ex->cls->name, buf, sizeof buf);
    }
    return s;
}

static void print_frames(vm_Thread *t, vm_Object *ex, int skip_common, int *nprinted) {
    vm_VM *vm = t->vm;
    vm_Object *bt = slot_of(ex, vm->throwable_backtrace_slot)->a;
    int32_t n = bt ? bt->length / 2 : 0;
    int64_t *d = bt ? VM_ARRAY_DATA(bt) : NULL;
    int32_t shown = n - skip_common;
    for (int32_t i = 0; i < shown; i++) {
        vm_Method *m = (vm_Method *)(intptr_t)d[2 * i];
        char line[1200], jn[512];
        int ln = vm_line_of(m, (uint32_t)d[2 * i + 1]);
        const char *src = m->cls->source;
        if (m->flags & LD_ACC_NATIVE)
            snprintf(line, sizeof line, "\tat %s.%s(Native Method)\n", vm_java_name(m->cls->name, jn, sizeof jn), m->name);
        else if (src && ln >= 0)
            snprintf(line, sizeof line, "\tat %s.%s(%s:%d)\n", vm_java_name(m->cls->name, jn, sizeof jn), m->name, src, ln);
        else if (src)
            snprintf(line, sizeof line, "\tat %s.%s(%s)\n", vm_java_name(m->cls->name, jn, sizeof jn), m->name, src);
        else
            snprintf(line, sizeof line, "\tat %s.%s(Unknown Source)\n", vm_java_name(m->cls->name, jn, sizeof jn), m->name);
        err_puts(vm, line);
    }
    if (skip_common > 0) {
        char line[64];
        snprintf(line, sizeof line, "\t... %d more\n", skip_common);
        err_puts(vm, line);
    }
    *nprinted = n;
}

/* Frames at the bottom shared with the enclosing trace ("... N more"). */
static int common_frames(vm_Thread *t, vm_Object *a, vm_Object *b) {
    vm_VM *vm = t->vm;
    vm_Object *x = slot_of(a, vm->throwable_backtrace_slot)->a, *y = slot_of(b, vm->throwable_backtrace_slot)->a;
    if (!x || !y) return 0;
    int32_t i = x->length - 2, j = y->length - 2, n = 0;
    int64_t *dx = VM_ARRAY_DATA(x), *dy = VM_ARRAY_DATA(y);
    /* frames are equal when they name the same method and line, as StackTraceElements are */
    while (i >= 0 && j >= 0 && dx[i] == dy[j] &&
           vm_line_of((vm_Method *)(intptr_t)dx[i], (uint32_t)dx[i + 1]) ==
               vm_line_of((vm_Method *)(intptr_t)dy[j], (uint32_t)dy[j + 1]))
        i -= 2, j -= 2, n++;
    return n;
}

void vm_print_stack_trace(vm_Thread *t, vm_Object *ex, const char *prefix) {
    vm_VM *vm = t->vm;
    err_puts(vm, prefix);
    err_puts(vm, throwable_string(t, ex));
    err_puts(vm, "\n");
    int n;
    print_frames(t, ex, 0, &n);
    vm_Object *prev = ex;
    for (int depth = 0; depth < 64; depth++) {
        vm_Object *cause = slot_of(prev, vm->throwable_cause_slot)->a;
        if (!cause || cause == prev) break;
        err_puts(vm, "Caused by: ");
        err_puts(vm, throwable_string(t, cause));
        err_puts(vm, "\n");
        print_frames(t, cause, common_frames(t, cause, prev), &n);
        prev = cause;
    }
}

void vm_print_uncaught(vm_Thread *t, vm_Object *ex) {
    vm_flush(t->vm);
    vm_print_stack_trace(t, ex, "Exception in thread \"main\" ");
    vm_flush(t->vm);
}

/* ---- names in messages ---- */

/* HotSpot's messages print java.lang classes without the package. */
static void short_class(const char *binary, size_t n, char *out, size_t len) {
    char buf[512];
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, binary, n);
    buf[n] = 0;
    const char *s = buf;
    if (strncmp(s, "java/lang/", 10) == 0 && !strchr(s + 10, '/')) s += 10;
    vm_java_name(s, out, len);
}

/* Appends the Java spelling of the field type at *d ("int", "String[]") and advances. */
static void type_name(const char **d, char *out, size_t len, int shorten) {
    int dims = 0;
    while (**d == '[') dims++, (*d)++;
    char base[512];
    switch (*(*d)++) {
    case 'Z': strcpy(base, "boolean"); break;
    case 'B': strcpy(base, "byte"); break;
    case 'C': strcpy(base, "char"); break;
    case 'S': strcpy(base, "short"); break;
    case 'I': strcpy(base, "int"); break;
    case 'J': strcpy(base, "long"); break;
    case 'F': strcpy(base, "float"); break;
    case 'D': strcpy(base, "double"); break;
    case 'V': strcpy(base, "void"); break;
    default: {
        const char *e = strchr(*d, ';');
        size_t n = e ? (size_t)(e - *d) : strlen(*d);
        if (shorten) {
            short_class(*d, n, base, sizeof base);
        } else {
            char tmp[512];
            if (n >= sizeof tmp) n = sizeof tmp - 1;
            memcpy(tmp, *d, n);
            tmp[n] = 0;
            vm_java_name(tmp, base, sizeof base);
        }
        *d += n + (e != NULL);
    }
    }
    size_t k = strlen(out);
    snprintf(out + k, len - k, "%s", base);
    for (int i = 0; i < dims; i++) {
        k = strlen(out);
        snprintf(out + k, len - k, "[]");
    }
}

const char *vm_method_pretty(vm_Class *c, const char *name, const char *desc, char *buf, size_t len) {
    char jn[512];
    const char *r = strchr(desc, ')') + 1;
    buf[0] = 0;
    type_name(&r, buf, len, 0);
    size_t k = strlen(buf);
    snprintf(buf + k, len - k, " %s.%s(", vm_java_name(c->name, jn, sizeof jn), name);
    const char *p = desc + 1;
    int first = 1;
    while (*p && *p != ')') {
        if (!first) {
            k = strlen(buf);
            snprintf(buf + k, len - k, ", ");
        }
        first = 0;
        type_name(&p, buf, len, 0);
    }
    k = strlen(buf);
    snprintf(buf + k, len - k, ")");
    return buf;
}

/* "String.length()" / "java.util.Map.get(Object)" for NPE messages. */
static void npe_method(const ld_Module *m, uint16_t idx, char *buf, size_t len) {
    const ld_Const *k = &m->pool[idx];
    const char *cn = ld_class_name(m, k->u.member.cls), *desc = ld_utf8(m, k->u.member.desc);
    short_class(cn, strlen(cn), buf, len);
    size_t n = strlen(buf);
    snprintf(buf + n, len - n, ".%s(", ld_utf8(m, k->u.member.name));
    const char *p = desc + 1;
    int first = 1;
    while (*p && *p != ')') {
        if (!first) {
            n = strlen(buf);
            snprintf(buf + n, len - n, ", ");
        }
        first = 0;
        type_name(&p, buf, len, 1);
    }
    n = strlen(buf);
    snprintf(buf + n, len - n, ")");
}

/* ---- helpful NullPointerException ---- */

/* Stack effect of the instruction at pc: pops and pushes, for the producer analysis. */
static void stack_effect(const ld_Module *m, const uint8_t *code, uint32_t pc, int *pops, int *pushes, int is_static_m) {
    const op_Info *in = &op_info[code[pc]];
    *pops = in->npops;
    *pushes = in->npushes;
    switch (code[pc]) {
    case OP_ldc: *pushes = 1; break;
    case OP_getstatic: *pushes = 1; break;
    case OP_putstatic: *pops = 1; break;
    case OP_getfield: *pushes = 1; break;
    case OP_putfield: *pops = 2; break;
    case OP_multianewarray: *pops = code[pc + 3]; break;
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface: {
        uint16_t idx = op_u16(code + pc + 1);
        const char *desc = ld_utf8(m, m->pool[idx].u.member.desc);
        *pops = ld_desc_nargs(desc) + (code[pc] != OP_invokestatic);
        *pushes = strchr(desc, ')')[1] != 'V';
        break;
    }
    default: break;
    }
    (void)is_static_m;
}

#define NPE_UNKNOWN -1
#define NPE_UNSET -2

/* The operand stack before instruction `at`: returns its depth (-1 if unknown) and, in
 * prod[0..depth), the pc of the instruction that pushed each slot (NPE_UNKNOWN where
 * paths disagree). A forward dataflow over the whole method; only run to build a message. */
static int stack_at(const vm_Method *me, uint32_t at, int32_t *prod, int maxn) {
    const ld_Module *m = me->cls->module->ld;
    uint32_t n = me->code_len, ms = me->max_stack + 1;
    int32_t *st = malloc(sizeof(int32_t) * n * (ms + 1)); /* [pc][0] = depth, [1..] producers */
    uint8_t *work = calloc(n, 1);
    if (!st || !work) {
        free(st);
        free(work);
        return -1;
    }
    for (uint32_t i = 0; i < n * (ms + 1); i++) st[i] = NPE_UNSET;
#define ST(pc) (st + (size_t)(pc) * (ms + 1))
    ST(0)[0] = 0;
    work[0] = 1;
    for (uint32_t i = 0; i < me->def->nhandlers; i++) {
        uint32_t h = me->def->handlers[i].handler;
        ST(h)[0] = 1;
        ST(h)[1] = NPE_UNKNOWN;
        work[h] = 1;
    }
    int changed = 1;
    int32_t tmp[512];
    while (changed) {
        changed = 0;
        for (uint32_t pc = 0; pc < n;) {
            uint32_t len = op_decode_length(me->code, n, pc);
            if (!len) break;
            if (work[pc] && ST(pc)[0] >= 0) {
                work[pc] = 0;
                int depth = ST(pc)[0];
                int pops, pushes;
                stack_effect(m, me->code, pc, &pops, &pushes, 0);
                if (depth - pops < 0 || depth - pops + pushes > (int)ms || depth > 511) goto next;
                memcpy(tmp, ST(pc) + 1, sizeof(int32_t) * depth);
                const op_Info *in = &op_info[me->code[pc]];
                int nd = depth - pops;
                if (in->pops[0] != '*' && in->pushes[0] != '*' && pushes && strpbrk(in->pushes, "wxyz")) {
                    /* stack shufflers keep the producers of what they copy */
                    int32_t popped[8];
                    for (int k = 0; k < pops; k++) popped[k] = tmp[depth - pops + k];
                    for (int k = 0; k < pushes; k++) {
                        const char *pos = strchr(in->pops, in->pushes[k]);
                        tmp[nd + k] = pos ? popped[pos - in->pops] : (int32_t)pc;
                    }
                } else {
                    for (int k = 0; k < pushes; k++) tmp[nd + k] = (me->code[pc] == OP_checkcast) ? tmp[nd + k] : (int32_t)pc;
                }
                nd += pushes;
                /* successors */
                uint32_t succ[3];
                int ns = 0;
                uint8_t op = me->code[pc];
                int falls = !(op == OP_goto || op == OP_athrow || op == OP_tableswitch || op == OP_lookupswitch ||
                              (op >= OP_ireturn && op <= OP_return));
                if (falls && pc + len < n) succ[ns++] = pc + len;
                if (in->format == OPF_BRANCH) succ[ns++] = pc + op_s32(me->code + pc + 1);
                uint32_t nsw = 0;
                if (in->format == OPF_TABLESWITCH)
                    nsw = (uint32_t)((int64_t)op_s32(me->code + pc + 9) - op_s32(me->code + pc + 5) + 1);
                else if (in->format == OPF_LOOKUPSWITCH)
                    nsw = op_u32(me->code + pc + 5);
                if (nsw) succ[ns++] = pc + op_s32(me->code + pc + 1); /* default */
                for (uint32_t s = 0; s < (uint32_t)ns + nsw; s++) {
                    uint32_t q;
                    if (s < (uint32_t)ns)
                        q = succ[s];
                    else if (in->format == OPF_TABLESWITCH)
                        q = pc + op_s32(me->code + pc + 13 + 4 * (s - ns));
                    else
                        q = pc + op_s32(me->code + pc + 13 + 8 * (s - ns));
                    if (q >= n) continue;
                    int32_t *qs = ST(q);
                    if (qs[0] == NPE_UNSET) {
                        qs[0] = nd;
                        memcpy(qs + 1, tmp, sizeof(int32_t) * nd);
                        work[q] = 1, changed = 1;
                    } else if (qs[0] == nd) {
                        for (int k = 0; k < nd; k++)
                            if (qs[1 + k] != tmp[k] && qs[1 + k] != NPE_UNKNOWN) {
                                qs[1 + k] = NPE_UNKNOWN;
                                work[q] = 1, changed = 1;
                            }
                    }
                }
            }
        next:
            pc += len;
        }
    }
    int depth = -1;
    if (at < n && ST(at)[0] >= 0 && ST(at)[0] <= maxn) {
        depth = ST(at)[0];
        for (int k = 0; k < depth; k++) prod[k] = ST(at)[1 + k] == NPE_UNSET ? NPE_UNKNOWN : ST(at)[1 + k];
    }
#undef ST
    free(st);
    free(work);
    return depth;
}

/* The producer of the slot `from_top` places below the top (0 = top) before `at`. */
static int32_t producer(const vm_Method *me, uint32_t at, int from_top) {
    int32_t prod[512];
    int d = stack_at(me, at, prod, 512);
    return d > from_top ? prod[d - 1 - from_top] : NPE_UNKNOWN;
}

/* HotSpot's names for slots without a local variable table: "this", "<parameterN>"
 * (1-based) for the arguments, "<localN>" for the rest. */
static void local_name(const vm_Method *me, uint16_t n, char *out, size_t len) {
    int is_static = (me->flags & LD_ACC_STATIC) != 0;
    if (n == 0 && !is_static) snprintf(out, len, "this");
    else if (n < me->nargs) snprintf(out, len, "<parameter%u>", n + is_static);
    else snprintf(out, len, "<local%u>", n);
}

/* Describes what instruction `p` pushed, as HotSpot does: "<local1>", "this", "Foo.bar",
 * "<local1>.next", "the return value of ...", "null". Returns 0 if it cannot. */
static int describe(const vm_Method *me, int32_t p, char *out, size_t len, int depth) {
    if (p < 0 || depth > 4) return 0;
    const uint8_t *c = me->code + p;
    const ld_Module *m = me->cls->module->ld;
    char tmp[600];
    switch (*c) {
    case OP_aload: local_name(me, op_u16(c + 1), out, len); return 1;
    case OP_aconst_null: snprintf(out, len, "null"); return 1;
    case OP_getstatic: {
        const ld_Const *k = &m->pool[op_u16(c + 1)];
        const char *cn = ld_class_name(m, k->u.member.cls);
        short_class(cn, strlen(cn), tmp, sizeof tmp);
        snprintf(out, len, "%s.%s", tmp, ld_utf8(m, k->u.member.name));
        return 1;
    }
    case OP_getfield: {
        const ld_Const *k = &m->pool[op_u16(c + 1)];
        char obj[300];
        if (describe(me, producer(me, (uint32_t)p, 0), obj, sizeof obj, depth + 1) == 1)
            snprintf(out, len, "%s.%s", obj, ld_utf8(m, k->u.member.name));
        else
            snprintf(out, len, "%s", ld_utf8(m, k->u.member.name));
        return 1;
    }
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface:
        npe_method(m, op_u16(c + 1), tmp, sizeof tmp);
        snprintf(out, len, "the return value of \"%s\"", tmp);
        return 2; /* not quoted */
    case OP_aaload: {
        char arr[300], idx[300];
        int32_t pa = producer(me, (uint32_t)p, 1), pi = producer(me, (uint32_t)p, 0);
        if (describe(me, pa, arr, sizeof arr, depth + 1) != 1) return 0;
        if (pi >= 0 && me->code[pi] >= OP_iconst_m1 && me->code[pi] <= OP_iconst_5)
            snprintf(idx, sizeof idx, "%d", me->code[pi] - OP_iconst_0);
        else if (pi >= 0 && me->code[pi] == OP_bipush)
            snprintf(idx, sizeof idx, "%d", (int8_t)me->code[pi + 1]);
        else if (pi >= 0 && me->code[pi] == OP_iload)
            local_name(me, op_u16(me->code + pi + 1), idx, sizeof idx);
        else
            snprintf(idx, sizeof idx, "...");
        snprintf(out, len, "%s[%s]", arr, idx);
        return 1;
    }
    default: return 0;
    }
}

static const char *array_kind(uint8_t op) {
    switch (op) {
    case OP_iaload: case OP_iastore: return "int";
    case OP_laload: case OP_lastore: return "long";
    case OP_faload: case OP_fastore: return "float";
    case OP_daload: case OP_dastore: return "double";
    case OP_aaload: case OP_aastore: return "object";
    case OP_baload: case OP_bastore: return "byte/boolean";
    case OP_caload: case OP_castore: return "char";
    default: return "short";
    }
}

void vm_throw_npe(vm_Thread *t, vm_Method *me, const uint8_t *pc) {
    const ld_Module *m = me->cls->module->ld;
    char action[700], what[700], tmp[600];
    int from_top = 0; /* which operand slot held the null */
    uint8_t op = *pc;
    switch (op) {
    case OP_invokevirtual: case OP_invokespecial: case OP_invokeinterface: {
        uint16_t idx = op_u16(pc + 1);
        npe_method(m, idx, tmp, sizeof tmp);
        snprintf(action, sizeof action, "Cannot invoke \"%s\"", tmp);
        from_top = ld_desc_nargs(ld_utf8(m, m->pool[idx].u.member.desc));
        break;
    }
    case OP_getfield:
        snprintf(action, sizeof action, "Cannot read field \"%s\"", ld_utf8(m, m->pool[op_u16(pc + 1)].u.member.name));
        break;
    case OP_putfield:
        snprintf(action, sizeof action, "Cannot assign field \"%s\"", ld_utf8(m, m->pool[op_u16(pc + 1)].u.member.name));
        from_top = 1;
        break;
    case OP_arraylength: snprintf(action, sizeof action, "Cannot read the array length"); break;
    case OP_athrow: snprintf(action, sizeof action, "Cannot throw exception"); break;
    case OP_iaload: case OP_laload: case OP_faload: case OP_daload: case OP_aaload: case OP_baload:
    case OP_caload: case OP_saload:
        snprintf(action, sizeof action, "Cannot load from %s array", array_kind(op));
        from_top = 1;
        break;
    default:
        snprintf(action, sizeof action, "Cannot store to %s array", array_kind(op));
        from_top = 2;
        break;
    }
    int d = describe(me, producer(me, (uint32_t)(pc - me->code), from_top), what, sizeof what, 0);
    if (d == 1)
        vm_throw(t, "java/lang/NullPointerException", "%s because \"%s\" is null", action, what);
    else if (d == 2)
        vm_throw(t, "java/lang/NullPointerException", "%s because %s is null", action, what);
    else
        vm_throw(t, "java/lang/NullPointerException", "%s", action);
}

/* "java.base of loader 'bootstrap'" vs "unnamed module of loader 'app'": by the module
 * the class (or its innermost element class) came from. */
static int is_boot_class(vm_Class *c) {
    while (c->is_array && c->component) c = c->component;
    return c->is_array || (c->module && c->module->is_boot);
}

void vm_throw_cce(vm_Thread *t, vm_Class *from, vm_Class *to) {
    char a[512], b[512];
    vm_java_name(from->name, a, sizeof a);
    vm_java_name(to->name, b, sizeof b);
    int ba = is_boot_class(from), bb = is_boot_class(to);
    const char *boot = "module java.base of loader 'bootstrap'", *app = "unnamed module of loader 'app'";
    if (ba == bb)
        vm_throw(t, "java/lang/ClassCastException", "class %s cannot be cast to class %s (%s and %s are in %s)", a, b, a,
                 b, ba ? boot : app);
    else
        vm_throw(t, "java/lang/ClassCastException", "class %s cannot be cast to class %s (%s is in %s; %s is in %s)", a,
                 b, a, ba ? boot : app, b, bb ? boot : app);
}
