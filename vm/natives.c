/* natives.c: the native method registry and the natives of the core classes.
 *
 * A Java `native` method is bound at link time to the C function registered here under
 * its (class, name, descriptor); an unbound native throws UnsatisfiedLinkError when
 * called. Every native has the vm_Entry signature: it reads its arguments from args
 * (args[0] is `this` for instance methods), returns its result, and reports an exception
 * by making it pending with vm_throw (the return value is then ignored).
 *
 * System.out and System.err are buffered here (vm->out[0], vm->out[1]); stdout is flushed
 * at exit, at System.exit, and before anything goes to stderr, so a terminal shows the
 * two streams in the order the program wrote them.
 */
#include "jit.h"
#include "vm.h"

#include <gc/gc.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define NATIVE(fn) static vm_Value fn(vm_Thread *t, vm_Method *m, vm_Value *args)
#define RET_I(x) return (vm_Value){.i = (x)}
#define RET_J(x) return (vm_Value){.j = (x)}
#define RET_A(x) return (vm_Value){.a = (x)}
#define RET_V() return (vm_Value){0}

static vm_Value *fld(vm_Object *o, uint32_t slot) { return (vm_Value *)((char *)o + VM_FIELD_OFFSET(slot)); }

/* ---- output ---- */

static void out_flush1(struct vm_Out *o) {
    size_t off = 0;
    while (off < o->n) {
        ssize_t w = write(o->fd, o->buf + off, o->n - off);
        if (w <= 0) break;
        off += (size_t)w;
    }
    o->n = 0;
}

void vm_flush(vm_VM *vm) {
    out_flush1(&vm->out[0]);
    out_flush1(&vm->out[1]);
}

void vm_out_write(vm_VM *vm, int stream, const char *s, size_t n) {
    struct vm_Out *o = &vm->out[stream];
    if (stream == 1) out_flush1(&vm->out[0]);
    while (n) {
        if (o->n == sizeof o->buf) out_flush1(o);
        size_t k = sizeof o->buf - o->n;
        if (k > n) k = n;
        memcpy(o->buf + o->n, s, k);
        o->n += (uint32_t)k;
        s += k;
        n -= k;
    }
    if (stream == 1) out_flush1(o);
}

/* ---- java.lang.Object / Class ---- */

vm_Object *vm_class_mirror(vm_Thread *t, vm_Class *c) {
    if (c->mirror) return c->mirror;
    vm_Class *cc = t->vm->c_class;
    vm_Field *f = cc ? vm_find_field(cc, "vmClass", "J") : NULL;
    if (!f) {
        vm_throw(t, "java/lang/InternalError", "java.lang.Class has no vmClass field");
        return NULL;
    }
    vm_Object *o = vm_new_object(t, cc);
    if (!o) return NULL;
    fld(o, f->slot)->j = (int64_t)(intptr_t)c;
    c->mirror = o;
    return o;
}

static vm_Class *mirror_class(vm_Thread *t, vm_Object *mirror) {
    vm_Field *f = vm_find_field(t->vm->c_class, "vmClass", "J");
    return (vm_Class *)(intptr_t)fld(mirror, f->slot)->j;
}

static vm_Object *str(vm_Thread *t, const char *s) { return vm_string_utf8(t, s, strlen(s)); }

NATIVE(object_hashCode) { RET_I((int32_t)vm_identity_hash(t->vm, args[0].a)); }
NATIVE(object_getClass) { RET_A(vm_class_mirror(t, args[0].a->cls)); }
NATIVE(object_toString) {
    char jn[512], buf[600];
    snprintf(buf, sizeof buf, "%s@%x", vm_java_name(args[0].a->cls->name, jn, sizeof jn),
             vm_identity_hash(t->vm, args[0].a));
    RET_A(str(t, buf));
}
NATIVE(class_getName) {
    char jn[512];
    RET_A(str(t, vm_java_name(mirror_class(t, args[0].a)->name, jn, sizeof jn)));
}
NATIVE(class_isInterface) { RET_I((mirror_class(t, args[0].a)->flags & LD_ACC_INTERFACE) != 0); }

/* ---- java.lang.String ---- */

static uint16_t *chars(vm_Thread *t, vm_Object *s, int32_t *n) { return vm_string_chars(t->vm, s, n); }

NATIVE(string_charAt) {
    int32_t n, i = args[1].i;
    uint16_t *c = chars(t, args[0].a, &n);
    if (i < 0 || i >= n) {
        vm_throw(t, "java/lang/StringIndexOutOfBoundsException", "String index out of range: %d", i);
        RET_V();
    }
    RET_I(c[i]);
}
NATIVE(string_equals) {
    vm_Object *a = args[0].a, *b = args[1].a;
    if (a == b) RET_I(1);
    if (!b || b->cls != t->vm->c_string) RET_I(0);
    int32_t na, nb;
    uint16_t *ca = chars(t, a, &na), *cb = chars(t, b, &nb);
    RET_I(na == nb && memcmp(ca, cb, (size_t)na * 2) == 0);
}
NATIVE(string_hashCode) {
    vm_Object *s = args[0].a;
    vm_Value *h = fld(s, t->vm->string_hash_slot);
    if (h->i == 0) {
        int32_t n;
        uint16_t *c = chars(t, s, &n);
        int32_t x = 0;
        for (int32_t i = 0; i < n; i++) x = 31 * x + c[i];
        h->raw = 0;
        h->i = x;
    }
    RET_I(h->i);
}
NATIVE(string_compareTo) {
    if (!args[1].a) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        RET_V();
    }
    int32_t na, nb;
    uint16_t *a = chars(t, args[0].a, &na), *b = chars(t, args[1].a, &nb);
    int32_t n = na < nb ? na : nb;
    for (int32_t i = 0; i < n; i++)
        if (a[i] != b[i]) RET_I(a[i] - b[i]);
    RET_I(na - nb);
}
NATIVE(string_concat) {
    if (!args[1].a) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        RET_V();
    }
    int32_t na, nb;
    uint16_t *a = chars(t, args[0].a, &na), *b = chars(t, args[1].a, &nb);
    if (nb == 0) RET_A(args[0].a);
    uint16_t *tmp = malloc(((size_t)na + nb) * 2 + 2);
    memcpy(tmp, a, (size_t)na * 2);
    memcpy(tmp + na, b, (size_t)nb * 2);
    vm_Object *r = vm_string_utf16(t, tmp, na + nb);
    free(tmp);
    RET_A(r);
}
NATIVE(string_intern) { RET_A(vm_string_intern(t, args[0].a)); }

static vm_Value value_string(vm_Thread *t, char type, vm_Value v) {
    char buf[64];
    switch (type) {
    case 'I': snprintf(buf, sizeof buf, "%" PRId32, v.i); break;
    case 'J': snprintf(buf, sizeof buf, "%" PRId64, v.j); break;
    case 'F': vm_format_float(v.f, buf); break;
    case 'D': vm_format_double(v.d, buf); break;
    case 'Z': strcpy(buf, v.i ? "true" : "false"); break;
    default: { /* C */
        uint16_t c = (uint16_t)v.i;
        RET_A(vm_string_utf16(t, &c, 1));
    }
    }
    RET_A(str(t, buf));
}
NATIVE(string_valueOfI) { return value_string(t, 'I', args[0]); }
NATIVE(string_valueOfJ) { return value_string(t, 'J', args[0]); }
NATIVE(string_valueOfF) { return value_string(t, 'F', args[0]); }
NATIVE(string_valueOfD) { return value_string(t, 'D', args[0]); }
NATIVE(string_valueOfC) { return value_string(t, 'C', args[0]); }
NATIVE(string_valueOfZ) { return value_string(t, 'Z', args[0]); }

/* ---- java.lang.System ---- */

NATIVE(system_exit) {
    vm_VM *vm = t->vm;
    vm_flush(vm);
    if (vm->jit) jit_stop(vm->jit);
    if (vm->opt.stats) vm_print_stats(vm, stderr);
    exit(args[0].i & 0xFF);
}
NATIVE(system_currentTimeMillis) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    RET_J((int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
}
NATIVE(system_nanoTime) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    RET_J((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}
NATIVE(system_identityHashCode) { RET_I(args[0].a ? (int32_t)vm_identity_hash(t->vm, args[0].a) : 0); }
NATIVE(system_gc) {
    GC_gcollect();
    RET_V();
}

static const char *type_java(vm_Class *c, char *buf, size_t len) {
    /* "int[]" / "java.lang.String[]" as the JDK's arraycopy messages spell them */
    int dims = 0;
    const char *n = c->name;
    while (n[dims] == '[') dims++;
    char base[512];
    switch (n[dims]) {
    case 'Z': strcpy(base, "boolean"); break;
    case 'B': strcpy(base, "byte"); break;
    case 'C': strcpy(base, "char"); break;
    case 'S': strcpy(base, "short"); break;
    case 'I': strcpy(base, "int"); break;
    case 'J': strcpy(base, "long"); break;
    case 'F': strcpy(base, "float"); break;
    case 'D': strcpy(base, "double"); break;
    default: {
        const char *s = n + dims + (dims ? 1 : 0);
        size_t k = strlen(s) - (dims ? 1 : 0);
        char tmp[512];
        if (k >= sizeof tmp) k = sizeof tmp - 1;
        memcpy(tmp, s, k);
        tmp[k] = 0;
        vm_java_name(tmp, base, sizeof base);
    }
    }
    snprintf(buf, len, "%s", base);
    for (int i = 0; i < dims; i++) strncat(buf, "[]", len - strlen(buf) - 1);
    return buf;
}

NATIVE(system_arraycopy) {
    vm_Object *src = args[0].a, *dst = args[2].a;
    int32_t sp = args[1].i, dp = args[3].i, n = args[4].i;
    char a[600], b[600];
    if (!src || !dst) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        RET_V();
    }
    if (!src->cls->is_array) {
        vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: source type %s is not an array", type_java(src->cls, a, sizeof a));
        RET_V();
    }
    if (!dst->cls->is_array) {
        vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: destination type %s is not an array", type_java(dst->cls, a, sizeof a));
        RET_V();
    }
    int sref = src->cls->component != NULL, dref = dst->cls->component != NULL;
    if (sref != dref || (!sref && src->cls != dst->cls)) {
        if (!sref && !dref)
            vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy %s into %s",
                     type_java(src->cls, a, sizeof a), type_java(dst->cls, b, sizeof b));
        else if (!sref)
            vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy %s into object array[]",
                     type_java(src->cls, a, sizeof a));
        else
            vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy object array[] into %s",
                     type_java(dst->cls, b, sizeof b));
        RET_V();
    }
    if (n < 0) {
        vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException", "arraycopy: length %d is negative", n);
        RET_V();
    }
    if (sp < 0 || (int64_t)sp + n > src->length) {
        if (sp < 0)
            vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException", "arraycopy: source index %d out of bounds for %s", sp,
                     type_java(src->cls, a, sizeof a));
        else
            vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException", "arraycopy: last source index %" PRId64 " out of bounds for %s",
                     (int64_t)sp + n, type_java(src->cls, a, sizeof a));
        RET_V();
    }
    if (dp < 0 || (int64_t)dp + n > dst->length) {
        if (dp < 0)
            vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException", "arraycopy: destination index %d out of bounds for %s", dp,
                     type_java(dst->cls, a, sizeof a));
        else
            vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException",
                     "arraycopy: last destination index %" PRId64 " out of bounds for %s", (int64_t)dp + n,
                     type_java(dst->cls, a, sizeof a));
        RET_V();
    }
    size_t es = src->cls->elem_size;
    char *s = (char *)VM_ARRAY_DATA(src) + (size_t)sp * es, *d = (char *)VM_ARRAY_DATA(dst) + (size_t)dp * es;
    if (sref && !vm_instance_of(src->cls, dst->cls)) {
        /* element by element, stopping at the first that does not fit (JDK semantics) */
        vm_Object **so = (vm_Object **)s, **dobj = (vm_Object **)d;
        for (int32_t i = 0; i < n; i++) {
            vm_Object *e = so[i];
            if (e && !vm_instance_of(e->cls, dst->cls->component)) {
                vm_throw(t, "java/lang/ArrayStoreException",
                         "arraycopy: element type mismatch: can not cast one of the elements of %s to the type of the destination array, %s",
                         type_java(src->cls, a, sizeof a), vm_java_name(dst->cls->component->name, b, sizeof b));
                RET_V();
            }
            dobj[i] = e;
        }
        RET_V();
    }
    memmove(d, s, (size_t)n * es);
    RET_V();
}

/* ---- java.io.PrintStream ---- */

static int stream_of(vm_Thread *t, vm_Object *ps) {
    vm_Field *f = vm_find_field(ps->cls, "fd", "I");
    return f && fld(ps, f->slot)->i == 2 ? 1 : 0;
}

static void print_jstring(vm_Thread *t, int stream, vm_Object *s) {
    if (!s) {
        vm_out_write(t->vm, stream, "null", 4);
        return;
    }
    size_t n;
    char *u = vm_string_to_utf8_len(t->vm, s, &n);
    if (u) vm_out_write(t->vm, stream, u, n);
    else vm_throw_object(t, t->vm->oom);
}

/* print(X) and println(X): type is the descriptor char of X, 0 for println(). */
static vm_Value print_value(vm_Thread *t, vm_Value *args, char type, int newline) {
    int stream = stream_of(t, args[0].a);
    vm_Value v = args[1];
    switch (type) {
    case 0: break;
    case 'S': print_jstring(t, stream, v.a); break; /* String */
    case 'L': { /* Object: String.valueOf(obj) */
        if (!v.a) {
            print_jstring(t, stream, NULL);
            break;
        }
        vm_Value r = vm_invoke_virtual(t, v.a, "toString", "()Ljava/lang/String;", &v);
        if (t->exception) RET_V();
        print_jstring(t, stream, r.a);
        break;
    }
    case '[': { /* char[] */
        if (!v.a) {
            vm_throw(t, "java/lang/NullPointerException", NULL);
            RET_V();
        }
        vm_Object *s = vm_string_utf16(t, VM_ARRAY_DATA(v.a), v.a->length);
        if (!s) RET_V();
        print_jstring(t, stream, s);
        break;
    }
    default: {
        vm_Value s = value_string(t, type, v);
        if (!s.a) RET_V();
        print_jstring(t, stream, s.a);
    }
    }
    if (t->exception) RET_V();
    if (newline) vm_out_write(t->vm, stream, "\n", 1);
    RET_V();
}

#define PRINTERS(X) X(Z, "Z") X(C, "C") X(I, "I") X(J, "J") X(F, "F") X(D, "D") X(S, "Ljava/lang/String;") X(L, "Ljava/lang/Object;") X(A, "[C")
#define TYPECHAR_Z 'Z'
#define TYPECHAR_C 'C'
#define TYPECHAR_I 'I'
#define TYPECHAR_J 'J'
#define TYPECHAR_F 'F'
#define TYPECHAR_D 'D'
#define TYPECHAR_S 'S'
#define TYPECHAR_L 'L'
#define TYPECHAR_A '['
#define DEF_PRINT(T, desc)                                                                 \
    NATIVE(ps_print_##T) { return print_value(t, args, TYPECHAR_##T, 0); }                 \
    NATIVE(ps_println_##T) { return print_value(t, args, TYPECHAR_##T, 1); }
PRINTERS(DEF_PRINT)
NATIVE(ps_println) { return print_value(t, args, 0, 1); }
NATIVE(ps_flush) {
    vm_flush(t->vm);
    RET_V();
}

/* ---- java.lang.Throwable ---- */

NATIVE(throwable_fillInStackTrace) {
    vm_fill_backtrace(t, args[0].a);
    RET_A(args[0].a);
}
NATIVE(throwable_toString) {
    vm_Object *ex = args[0].a;
    char jn[512];
    vm_java_name(ex->cls->name, jn, sizeof jn);
    vm_Value r = vm_invoke_virtual(t, ex, "getLocalizedMessage", "()Ljava/lang/String;", args);
    if (t->exception) RET_V();
    if (!r.a) RET_A(str(t, jn));
    char *msg = vm_string_to_utf8(t->vm, r.a);
    size_t n = strlen(jn) + strlen(msg) + 3;
    char *buf = malloc(n);
    snprintf(buf, n, "%s: %s", jn, msg);
    vm_Object *s = str(t, buf);
    free(buf);
    RET_A(s);
}
NATIVE(throwable_printStackTrace) {
    vm_print_stack_trace(t, args[0].a, "");
    RET_V();
}

/* ---- java.lang.StringBuilder (bootstrap: fields value [C, count I) ---- */

/* Appends n UTF-16 units to the builder, growing its array like the JDK (2n + 2). */
static vm_Value sb_append_chars(vm_Thread *t, vm_Object *sb, const uint16_t *c, int32_t n) {
    vm_Class *k = sb->cls;
    vm_Field *fv = vm_find_field(k, "value", "[C"), *fc = vm_find_field(k, "count", "I");
    vm_Object *arr = fld(sb, fv->slot)->a;
    int32_t count = fld(sb, fc->slot)->i, cap = arr ? arr->length : 0;
    if ((int64_t)count + n > INT32_MAX - 8) {
        vm_throw_object(t, t->vm->oom);
        RET_V();
    }
    if (count + n > cap) {
        int64_t ncap = (int64_t)cap * 2 + 2;
        if (ncap < count + n) ncap = count + n;
        if (ncap > INT32_MAX - 8) ncap = INT32_MAX - 8;
        vm_Object *na = vm_new_array(t, t->vm->c_char_array, (int32_t)ncap);
        if (!na) RET_V();
        if (arr) memcpy(VM_ARRAY_DATA(na), VM_ARRAY_DATA(arr), (size_t)count * 2);
        fld(sb, fv->slot)->a = arr = na;
    }
    memcpy((uint16_t *)VM_ARRAY_DATA(arr) + count, c, (size_t)n * 2);
    fld(sb, fc->slot)->raw = 0;
    fld(sb, fc->slot)->i = count + n;
    RET_A(sb);
}

static vm_Value sb_append_string(vm_Thread *t, vm_Object *sb, vm_Object *s) {
    if (!s) {
        static const uint16_t null_chars[] = {'n', 'u', 'l', 'l'};
        return sb_append_chars(t, sb, null_chars, 4);
    }
    int32_t n;
    uint16_t *c = chars(t, s, &n);
    return sb_append_chars(t, sb, c, n);
}

NATIVE(sb_append_S) { return sb_append_string(t, args[0].a, args[1].a); }
NATIVE(sb_append_L) {
    if (!args[1].a) return sb_append_string(t, args[0].a, NULL);
    vm_Value r = vm_invoke_virtual(t, args[1].a, "toString", "()Ljava/lang/String;", &args[1]);
    if (t->exception) RET_V();
    return sb_append_string(t, args[0].a, r.a);
}
NATIVE(sb_append_A) {
    if (!args[1].a) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        RET_V();
    }
    return sb_append_chars(t, args[0].a, VM_ARRAY_DATA(args[1].a), args[1].a->length);
}
#define SB_APPEND_PRIM(T, ch)                                                              \
    NATIVE(sb_append_##T) {                                                                \
        vm_Value s = value_string(t, ch, args[1]);                                         \
        if (!s.a) RET_V();                                                                 \
        return sb_append_string(t, args[0].a, s.a);                                        \
    }
SB_APPEND_PRIM(I, 'I')
SB_APPEND_PRIM(J, 'J')
SB_APPEND_PRIM(F, 'F')
SB_APPEND_PRIM(D, 'D')
SB_APPEND_PRIM(Z, 'Z')
NATIVE(sb_append_C) {
    uint16_t c = (uint16_t)args[1].i;
    return sb_append_chars(t, args[0].a, &c, 1);
}
NATIVE(sb_toString) {
    vm_Object *sb = args[0].a;
    vm_Field *fv = vm_find_field(sb->cls, "value", "[C"), *fc = vm_find_field(sb->cls, "count", "I");
    vm_Object *arr = fld(sb, fv->slot)->a;
    int32_t n = fld(sb, fc->slot)->i;
    static const uint16_t none[1];
    RET_A(vm_string_utf16(t, arr ? VM_ARRAY_DATA(arr) : none, n));
}

/* ---- java.lang.Integer ---- */

NATIVE(integer_parseInt) {
    vm_Object *s = args[0].a;
    if (!s) {
        vm_throw(t, "java/lang/NumberFormatException", "Cannot parse null string: null");
        RET_V();
    }
    int32_t n;
    uint16_t *c = chars(t, s, &n);
    int64_t v = 0;
    int i = 0, neg = 0;
    if (n > 0 && (c[0] == '-' || c[0] == '+')) neg = c[0] == '-', i = 1;
    int ok = i < n;
    for (; ok && i < n; i++) {
        if (c[i] < '0' || c[i] > '9') ok = 0;
        else if ((v = v * 10 + (c[i] - '0')) > (int64_t)INT32_MAX + neg) ok = 0;
    }
    if (!ok) {
        char *u = vm_string_to_utf8(t->vm, s);
        vm_throw(t, "java/lang/NumberFormatException", "For input string: \"%s\"", u ? u : "");
        RET_V();
    }
    RET_I((int32_t)(neg ? -v : v));
}

/* ---- java.lang.Math (C's libm, correctly rounded or within Java's 1-ulp allowance) ---- */

#define MATH1(name, expr)                                                                  \
    NATIVE(math_##name) {                                                                  \
        double x = args[0].d;                                                              \
        return (vm_Value){.d = (expr)};                                                    \
    }
#define MATH2(name, expr)                                                                  \
    NATIVE(math_##name) {                                                                  \
        double x = args[0].d, y = args[1].d;                                               \
        return (vm_Value){.d = (expr)};                                                    \
    }
MATH1(sqrt, sqrt(x))
MATH1(cbrt, cbrt(x))
MATH1(sin, sin(x))
MATH1(cos, cos(x))
MATH1(tan, tan(x))
MATH1(asin, asin(x))
MATH1(acos, acos(x))
MATH1(atan, atan(x))
MATH1(exp, exp(x))
MATH1(log, log(x))
MATH1(log10, log10(x))
MATH1(floor, floor(x))
MATH1(ceil, ceil(x))
MATH1(rint, rint(x))
MATH2(atan2, atan2(x, y))
MATH2(pow, pow(x, y))
MATH2(hypot, hypot(x, y))
#define REG_MATH1(name) {"java/lang/Math", #name, "(D)D", math_##name},
#define REG_MATH2(name) {"java/lang/Math", #name, "(DD)D", math_##name},

/* ---- the registry ---- */

typedef struct {
    const char *cls, *name, *desc;
    vm_Entry fn;
} Native;

#define REG_PRINT(T, desc)                                                                 \
    {"java/io/PrintStream", "print", "(" desc ")V", ps_print_##T},                         \
    {"java/io/PrintStream", "println", "(" desc ")V", ps_println_##T},

static const Native natives[] = {
    {"java/lang/Object", "hashCode", "()I", object_hashCode},
    {"java/lang/Object", "getClass", "()Ljava/lang/Class;", object_getClass},
    {"java/lang/Object", "toString", "()Ljava/lang/String;", object_toString},
    {"java/lang/Class", "getName", "()Ljava/lang/String;", class_getName},
    {"java/lang/Class", "isInterface", "()Z", class_isInterface},
    {"java/lang/String", "charAt", "(I)C", string_charAt},
    {"java/lang/String", "equals", "(Ljava/lang/Object;)Z", string_equals},
    {"java/lang/String", "hashCode", "()I", string_hashCode},
    {"java/lang/String", "compareTo", "(Ljava/lang/Object;)I", string_compareTo},
    {"java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", string_concat},
    {"java/lang/String", "intern", "()Ljava/lang/String;", string_intern},
    {"java/lang/String", "valueOf", "(I)Ljava/lang/String;", string_valueOfI},
    {"java/lang/String", "valueOf", "(J)Ljava/lang/String;", string_valueOfJ},
    {"java/lang/String", "valueOf", "(F)Ljava/lang/String;", string_valueOfF},
    {"java/lang/String", "valueOf", "(D)Ljava/lang/String;", string_valueOfD},
    {"java/lang/String", "valueOf", "(C)Ljava/lang/String;", string_valueOfC},
    {"java/lang/String", "valueOf", "(Z)Ljava/lang/String;", string_valueOfZ},
    {"java/lang/System", "exit", "(I)V", system_exit},
    {"java/lang/System", "currentTimeMillis", "()J", system_currentTimeMillis},
    {"java/lang/System", "nanoTime", "()J", system_nanoTime},
    {"java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", system_identityHashCode},
    {"java/lang/System", "gc", "()V", system_gc},
    {"java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", system_arraycopy},
    PRINTERS(REG_PRINT)
    {"java/io/PrintStream", "println", "()V", ps_println},
    {"java/io/PrintStream", "flush", "()V", ps_flush},
    {"java/lang/Throwable", "fillInStackTrace", "()Ljava/lang/Throwable;", throwable_fillInStackTrace},
    {"java/lang/Throwable", "toString", "()Ljava/lang/String;", throwable_toString},
    {"java/lang/Throwable", "printStackTrace", "()V", throwable_printStackTrace},
    {"java/lang/Integer", "parseInt", "(Ljava/lang/String;)I", integer_parseInt},
    {"java/lang/StringBuilder", "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;", sb_append_S},
    {"java/lang/StringBuilder", "append", "(Ljava/lang/Object;)Ljava/lang/StringBuilder;", sb_append_L},
    {"java/lang/StringBuilder", "append", "([C)Ljava/lang/StringBuilder;", sb_append_A},
    {"java/lang/StringBuilder", "append", "(I)Ljava/lang/StringBuilder;", sb_append_I},
    {"java/lang/StringBuilder", "append", "(J)Ljava/lang/StringBuilder;", sb_append_J},
    {"java/lang/StringBuilder", "append", "(F)Ljava/lang/StringBuilder;", sb_append_F},
    {"java/lang/StringBuilder", "append", "(D)Ljava/lang/StringBuilder;", sb_append_D},
    {"java/lang/StringBuilder", "append", "(Z)Ljava/lang/StringBuilder;", sb_append_Z},
    {"java/lang/StringBuilder", "append", "(C)Ljava/lang/StringBuilder;", sb_append_C},
    {"java/lang/StringBuilder", "toString", "()Ljava/lang/String;", sb_toString},
    REG_MATH1(sqrt) REG_MATH1(cbrt) REG_MATH1(sin) REG_MATH1(cos) REG_MATH1(tan) REG_MATH1(asin)
    REG_MATH1(acos) REG_MATH1(atan) REG_MATH1(exp) REG_MATH1(log) REG_MATH1(log10)
    REG_MATH1(floor) REG_MATH1(ceil) REG_MATH1(rint) REG_MATH2(atan2) REG_MATH2(pow) REG_MATH2(hypot)
};

vm_Entry vm_find_native(const char *cls, const char *name, const char *desc) {
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++)
        if (strcmp(natives[i].cls, cls) == 0 && strcmp(natives[i].name, name) == 0 &&
            strcmp(natives[i].desc, desc) == 0)
            return natives[i].fn;
    /* the standard library's own natives (vm/natives_lib.c) */
    for (const vm_NativeDef *d = vm_lib_natives; d->cls; d++)
        if (strcmp(d->cls, cls) == 0 && strcmp(d->name, name) == 0 && strcmp(d->desc, desc) == 0) return d->fn;
    return NULL;
}
