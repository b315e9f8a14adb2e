/* verifier.c: type-inference verification (JVMS 4.10.2, adapted to 64-bit slots).
 *
 *   vf_verify_class(c)
 *     for each method with code:
 *       1. structure: instruction starts; every branch/switch target and handler bound on
 *          an instruction start inside the code; catch types are Throwables
 *       2. the entry frame from the descriptor: `this` (uninitializedThis in <init>),
 *          the arguments, the other locals unusable (TOP); an empty stack
 *       3. worklist to a fixed point: take an instruction whose in-frame changed, check
 *          its operands against the frame and compute the out-frame (the opcode table's
 *          pops/pushes for ordinary instructions, the descriptor or constant for the
 *          rest), then merge the out-frame into every successor and the locals into every
 *          covering exception handler; a merge that changes a frame queues it again
 *   Types: int, float, long, double, null, a class or array by name, uninitialized(pc
 *   of the `new`), uninitializedThis, and TOP (unusable). Merging two references gives
 *   their least common superclass (interfaces count as Object, as in the JVM); merging
 *   unlike types gives TOP in a local and is an error on the stack.
 */
#include "verifier.h"

#include "opcodes.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* A type is kind | payload << 4. */
typedef uint32_t Type;
enum { T_TOP, T_INT, T_FLOAT, T_LONG, T_DOUBLE, T_NULL, T_REF, T_UNINIT, T_UNINIT_THIS };
#define KIND(t) ((t)&15u)
#define PAYLOAD(t) ((t) >> 4)
#define MK(kind, p) ((Type)(kind) | ((Type)(p) << 4))

typedef struct {
    uint8_t visited, changed, this_init;
    uint16_t sp;
    Type *slots; /* locals[max_locals] then stack[max_stack] */
} Frame;

typedef struct {
    vm_Thread *t;
    vm_Class *cls;
    vm_Method *m;
    const ld_Module *mod;
    uint32_t pc; /* the instruction being checked, for messages */
    uint16_t nl, ns;
    Frame *frames; /* per pc; only block starts (entry, jump targets, handlers) get slots */
    uint8_t *starts, *blocks;
    /* names of reference types, interned per method; id 0 = java/lang/Object */
    char **names;
    uint32_t nnames, cap;
    int failed;
} Vf;

static int vf_fail(Vf *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int vf_fail(Vf *v, const char *fmt, ...) {
    if (v->failed || v->t->exception) return -1;
    char msg[600], jn[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vm_throw(v->t, "java/lang/VerifyError", "%s.%s%s at pc %u: %s", vm_java_name(v->cls->name, jn, sizeof jn),
             v->m->name, v->m->desc, v->pc, msg);
    v->failed = 1;
    return -1;
}

static uint32_t name_id(Vf *v, const char *s, size_t len) {
    for (uint32_t i = 0; i < v->nnames; i++)
        if (strlen(v->names[i]) == len && memcmp(v->names[i], s, len) == 0) return i;
    if (v->nnames == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 16;
        v->names = realloc(v->names, v->cap * sizeof(char *));
        if (!v->names) abort();
    }
    char *d = malloc(len + 1);
    if (!d) abort();
    memcpy(d, s, len);
    d[len] = 0;
    v->names[v->nnames] = d;
    return v->nnames++;
}
static Type ref(Vf *v, const char *name) { return MK(T_REF, name_id(v, name, strlen(name))); }
static const char *ref_name(Vf *v, Type t) { return v->names[PAYLOAD(t)]; }

/* The verification type of a field descriptor at *d (advancing it). */
static Type desc_type(Vf *v, const char **d) {
    const char *s = *d;
    switch (*s) {
    case 'Z': case 'B': case 'C': case 'S': case 'I': *d = s + 1; return T_INT;
    case 'F': *d = s + 1; return T_FLOAT;
    case 'J': *d = s + 1; return T_LONG;
    case 'D': *d = s + 1; return T_DOUBLE;
    case 'L': {
        const char *e = strchr(s, ';');
        *d = e + 1;
        return MK(T_REF, name_id(v, s + 1, (size_t)(e - s - 1)));
    }
    default: { /* array: the whole descriptor is the class name */
        const char *p = s;
        while (*p == '[') p++;
        if (*p == 'L') p = strchr(p, ';');
        *d = p + 1;
        return MK(T_REF, name_id(v, s, (size_t)(p + 1 - s)));
    }
    }
}

static const char *type_str(Vf *v, Type t, char *buf, size_t len) {
    switch (KIND(t)) {
    case T_TOP: return "unusable (top)";
    case T_INT: return "int";
    case T_FLOAT: return "float";
    case T_LONG: return "long";
    case T_DOUBLE: return "double";
    case T_NULL: return "null";
    case T_UNINIT: snprintf(buf, len, "uninitialized (new at pc %u)", PAYLOAD(t)); return buf;
    case T_UNINIT_THIS: return "uninitializedThis";
    default: snprintf(buf, len, "reference %s", ref_name(v, t)); return buf;
    }
}

static int is_ref(Type t) { return KIND(t) == T_REF || KIND(t) == T_NULL; }

/* ---- the class hierarchy ---- */

static vm_Class *load(Vf *v, const char *name) {
    vm_Class *c = vm_load_class(v->t, name);
    if (!c) v->failed = 1; /* the loading error is pending */
    return c;
}

/* Is a reference of type `from` assignable to class `to`? Interfaces act as Object. */
static int assignable(Vf *v, Type from, const char *to) {
    if (KIND(from) == T_NULL) return 1;
    if (KIND(from) != T_REF) return 0;
    const char *fn = ref_name(v, from);
    if (strcmp(fn, to) == 0 || strcmp(to, "java/lang/Object") == 0) return 1;
    if (fn[0] == '[') {
        if (to[0] != '[')
            return strcmp(to, "java/lang/Cloneable") == 0 || strcmp(to, "java/io/Serializable") == 0;
        if ((fn[1] == 'L' || fn[1] == '[') && (to[1] == 'L' || to[1] == '[')) {
            const char *fe = fn + 1, *te = to + 1;
            Type ft = desc_type(v, &fe), tt = desc_type(v, &te);
            return assignable(v, ft, ref_name(v, tt));
        }
        return 0;
    }
    if (to[0] == '[') return 0;
    vm_Class *tc = load(v, to);
    if (!tc) return 0;
    if (tc->flags & LD_ACC_INTERFACE) return 1;
    vm_Class *fc = load(v, fn);
    return fc && vm_is_subclass(fc, tc);
}

/* The reference type "array of elem" ("[I" for "I"-like names is not possible here: elem
 * is a class or array name). */
static Type array_of(Vf *v, const char *elem) {
    size_t n = strlen(elem);
    char *buf = malloc(n + 4);
    if (!buf) abort();
    if (elem[0] == '[') snprintf(buf, n + 4, "[%s", elem);
    else snprintf(buf, n + 4, "[L%s;", elem);
    Type t = ref(v, buf);
    free(buf);
    return t;
}

/* Least common supertype of two reference types. */
static Type lub(Vf *v, Type a, Type b) {
    if (a == b) return a;
    if (KIND(a) == T_NULL) return b;
    if (KIND(b) == T_NULL) return a;
    const char *an = ref_name(v, a), *bn = ref_name(v, b);
    if (an[0] == '[' || bn[0] == '[') {
        if (an[0] == '[' && bn[0] == '[' && (an[1] == 'L' || an[1] == '[') && (bn[1] == 'L' || bn[1] == '[')) {
            const char *ae = an + 1, *be = bn + 1;
            Type ec = lub(v, desc_type(v, &ae), desc_type(v, &be));
            return array_of(v, ref_name(v, ec));
        }
        return ref(v, "java/lang/Object");
    }
    vm_Class *ac = load(v, an), *bc = load(v, bn);
    if (!ac || !bc) return ref(v, "java/lang/Object");
    if ((ac->flags | bc->flags) & LD_ACC_INTERFACE) return ref(v, "java/lang/Object");
    while (ac->depth > bc->depth) ac = ac->super;
    while (bc->depth > ac->depth) bc = bc->super;
    while (ac != bc) ac = ac->super, bc = bc->super;
    return ref(v, ac ? ac->name : "java/lang/Object");
}

/* ---- frames ---- */

static Frame *frame_at(Vf *v, uint32_t pc) { return &v->frames[pc]; }

static int merge_into(Vf *v, uint32_t target, const Type *slots, uint16_t sp, int this_init, int locals_only) {
    Frame *f = frame_at(v, target);
    uint32_t n = v->nl + v->ns;
    if (!f->visited) {
        f->slots = malloc(sizeof(Type) * (n ? n : 1));
        if (!f->slots) abort();
        memcpy(f->slots, slots, sizeof(Type) * (v->nl + sp));
        f->sp = sp;
        f->this_init = (uint8_t)this_init;
        f->visited = f->changed = 1;
        return 0;
    }
    if (!locals_only && f->sp != sp)
        return vf_fail(v, "stack depth %u differs from %u at pc %u", sp, f->sp, target);
    if (f->this_init && !this_init) f->this_init = 0, f->changed = 1;
    for (uint32_t i = 0; i < (uint32_t)v->nl + (locals_only ? 0 : sp); i++) {
        Type a = f->slots[i], b = slots[i], r;
        if (a == b) continue;
        if (is_ref(a) && is_ref(b)) {
            r = lub(v, a, b);
            if (v->failed) return -1;
        } else if (i < v->nl) {
            r = T_TOP;
        } else {
            char x[600], y[600];
            return vf_fail(v, "stack slot %u is %s on one path and %s on another at pc %u", i - v->nl,
                           type_str(v, a, x, sizeof x), type_str(v, b, y, sizeof y), target);
        }
        if (r != a) f->slots[i] = r, f->changed = 1;
    }
    return 0;
}

/* ---- the abstract interpreter ---- */

typedef struct {
    Type *l, *s; /* locals and stack of the working frame */
    uint16_t sp;
    int this_init;
} Cur;

static int pop_kind(Vf *v, Cur *c, int kind, Type *out) {
    char buf[600];
    static const char *const kn[] = {"top", "int", "float", "long", "double", "null", "reference", "", ""};
    if (c->sp == 0) return vf_fail(v, "stack underflow: expected %s", kn[kind]);
    Type t = c->s[--c->sp];
    if (out) *out = t;
    if (kind == T_REF ? !is_ref(t) : KIND(t) != (uint32_t)kind)
        return vf_fail(v, "expected %s on stack, found %s", kn[kind], type_str(v, t, buf, sizeof buf));
    return 0;
}

static int push(Vf *v, Cur *c, Type t) {
    if (c->sp >= v->ns) return vf_fail(v, "stack overflow (max_stack is %u)", v->ns);
    c->s[c->sp++] = t;
    return 0;
}

static int kind_of_char(char ch) {
    switch (ch) {
    case 'I': return T_INT;
    case 'J': return T_LONG;
    case 'F': return T_FLOAT;
    case 'D': return T_DOUBLE;
    default: return T_REF;
    }
}

/* Pops a value of field-descriptor type desc, checking assignability for references. */
static int pop_desc(Vf *v, Cur *c, const char *desc, const char *what) {
    const char *p = desc;
    Type want = desc_type(v, &p), got;
    if (KIND(want) != T_REF) return pop_kind(v, c, (int)KIND(want), NULL);
    if (pop_kind(v, c, T_REF, &got)) return -1;
    if (!assignable(v, got, ref_name(v, want))) {
        if (v->failed) return -1;
        char b[600];
        return vf_fail(v, "%s: %s is not assignable to %s", what, type_str(v, got, b, sizeof b), ref_name(v, want));
    }
    return 0;
}

static void replace_uninit(Vf *v, Cur *c, Type from, Type to) {
    for (uint32_t i = 0; i < v->nl; i++)
        if (c->l[i] == from) c->l[i] = to;
    for (uint32_t i = 0; i < c->sp; i++)
        if (c->s[i] == from) c->s[i] = to;
}

static int check_local(Vf *v, uint16_t n) {
    if (n >= v->nl) return vf_fail(v, "local %u out of range (max_locals is %u)", n, v->nl);
    return 0;
}

static const char *member_desc(Vf *v, uint16_t idx) { return ld_utf8(v->mod, v->mod->pool[idx].u.member.desc); }
static const char *member_class(Vf *v, uint16_t idx) { return ld_class_name(v->mod, v->mod->pool[idx].u.member.cls); }
static const char *member_name(Vf *v, uint16_t idx) { return ld_utf8(v->mod, v->mod->pool[idx].u.member.name); }

/* Does c itself (not a superclass) declare the instance field name:desc? */
static int declares_field(vm_Class *c, const char *name, const char *desc) {
    for (uint32_t i = 0; i < c->nfields; i++)
        if (!(c->fields[i].flags & LD_ACC_STATIC) && strcmp(c->fields[i].name, name) == 0 &&
            strcmp(c->fields[i].desc, desc) == 0)
            return 1;
    return 0;
}

/* Checks the instruction at pc against the working frame and updates it. */
static int step(Vf *v, Cur *c, const uint8_t *code, uint32_t pc) {
    uint8_t op = code[pc];
    const op_Info *in = &op_info[op];
    const uint8_t *a = code + pc + 1;
    char b1[600];
    Type t;
    switch (op) {
    case OP_aconst_null: return push(v, c, T_NULL);
    case OP_ldc: {
        const ld_Const *k = &v->mod->pool[op_u16(a)];
        switch (k->tag) {
        case LD_C_INT: return push(v, c, T_INT);
        case LD_C_FLOAT: return push(v, c, T_FLOAT);
        case LD_C_LONG: return push(v, c, T_LONG);
        case LD_C_DOUBLE: return push(v, c, T_DOUBLE);
        case LD_C_STRING: return push(v, c, ref(v, "java/lang/String"));
        default: return push(v, c, ref(v, "java/lang/Class"));
        }
    }
    case OP_iload: case OP_lload: case OP_fload: case OP_dload: case OP_aload: {
        uint16_t n = op_u16(a);
        if (check_local(v, n)) return -1;
        t = c->l[n];
        int want = kind_of_char(in->pushes[0]);
        if (want == T_REF ? !(is_ref(t) || KIND(t) == T_UNINIT || KIND(t) == T_UNINIT_THIS) : KIND(t) != (uint32_t)want)
            return vf_fail(v, "%s %u: local holds %s", in->name, n, type_str(v, t, b1, sizeof b1));
        return push(v, c, t);
    }
    case OP_istore: case OP_lstore: case OP_fstore: case OP_dstore: case OP_astore: {
        uint16_t n = op_u16(a);
        if (check_local(v, n)) return -1;
        if (op == OP_astore) {
            if (c->sp == 0) return vf_fail(v, "stack underflow: expected reference");
            t = c->s[--c->sp];
            if (!(is_ref(t) || KIND(t) == T_UNINIT || KIND(t) == T_UNINIT_THIS))
                return vf_fail(v, "expected reference on stack, found %s", type_str(v, t, b1, sizeof b1));
        } else if (pop_kind(v, c, kind_of_char(in->pops[0]), &t)) {
            return -1;
        }
        c->l[n] = t;
        return 0;
    }
    case OP_iinc: {
        uint16_t n = op_u16(a);
        if (check_local(v, n)) return -1;
        if (KIND(c->l[n]) != T_INT) return vf_fail(v, "iinc %u: local holds %s", n, type_str(v, c->l[n], b1, sizeof b1));
        return 0;
    }
    case OP_iaload: case OP_laload: case OP_faload: case OP_daload: case OP_aaload: case OP_baload:
    case OP_caload: case OP_saload:
    case OP_iastore: case OP_lastore: case OP_fastore: case OP_dastore: case OP_aastore: case OP_bastore:
    case OP_castore: case OP_sastore: {
        int store = op >= OP_iastore;
        Type val = 0, arr;
        if (store) {
            if (pop_kind(v, c, kind_of_char(in->pops[2]), &val)) return -1;
        }
        if (pop_kind(v, c, T_INT, NULL) || pop_kind(v, c, T_REF, &arr)) return -1;
        static const char elem[] = "IJFDABCS";
        char e = elem[store ? op - OP_iastore : op - OP_iaload];
        Type result = T_NULL;
        if (KIND(arr) == T_REF) {
            const char *an = ref_name(v, arr);
            int ok = an[0] == '[' &&
                     (e == 'A' ? (an[1] == 'L' || an[1] == '[') : e == 'B' ? (an[1] == 'B' || an[1] == 'Z') : an[1] == e);
            if (!ok) {
                static const char *const kinds[] = {"an int", "a long", "a float", "a double", "a reference",
                                                    "a byte or boolean", "a char", "a short"};
                return vf_fail(v, "%s needs %s array, found %s", in->name, kinds[strchr(elem, e) - elem], an);
            }
            if (e == 'A') {
                const char *p = an + 1;
                result = desc_type(v, &p);
            }
        }
        if (store) return 0;
        return push(v, c, e == 'A' ? result : (Type)kind_of_char(in->pushes[0]));
    }
    case OP_arraylength: {
        if (pop_kind(v, c, T_REF, &t)) return -1;
        if (KIND(t) == T_REF && ref_name(v, t)[0] != '[')
            return vf_fail(v, "arraylength of a non-array %s", ref_name(v, t));
        return push(v, c, T_INT);
    }
    case OP_newarray: {
        static const char *const names[] = {"", "", "", "", "[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"};
        if (pop_kind(v, c, T_INT, NULL)) return -1;
        return push(v, c, ref(v, names[a[0]]));
    }
    case OP_anewarray: {
        const char *cn = ld_class_name(v->mod, op_u16(a));
        int dims = 1;
        while (cn[dims - 1] == '[') dims++;
        if (dims > 255) return vf_fail(v, "anewarray makes an array of %d dimensions (at most 255)", dims);
        if (pop_kind(v, c, T_INT, NULL)) return -1;
        return push(v, c, array_of(v, cn));
    }
    case OP_multianewarray:
        for (int i = 0; i < a[2]; i++)
            if (pop_kind(v, c, T_INT, NULL)) return -1;
        return push(v, c, ref(v, ld_class_name(v->mod, op_u16(a))));
    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield: {
        uint16_t idx = op_u16(a);
        const char *desc = member_desc(v, idx), *owner = member_class(v, idx);
        if (op == OP_putstatic || op == OP_putfield)
            if (pop_desc(v, c, desc, "field value")) return -1;
        if (op == OP_getfield || op == OP_putfield) {
            if (c->sp == 0) return vf_fail(v, "stack underflow: expected an object");
            t = c->s[--c->sp];
            /* a constructor may assign its own fields before calling super() */
            int own_uninit = KIND(t) == T_UNINIT_THIS && op == OP_putfield && strcmp(owner, v->cls->name) == 0 &&
                             declares_field(v->cls, member_name(v, idx), desc);
            if (!own_uninit) {
                if (!is_ref(t)) return vf_fail(v, "expected an object for %s, found %s", in->name, type_str(v, t, b1, sizeof b1));
                if (!assignable(v, t, owner)) {
                    if (v->failed) return -1;
                    return vf_fail(v, "%s %s.%s on %s", in->name, owner, member_name(v, idx), type_str(v, t, b1, sizeof b1));
                }
            }
        }
        if (op == OP_getstatic || op == OP_getfield) {
            const char *p = desc;
            return push(v, c, desc_type(v, &p));
        }
        return 0;
    }
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface: {
        uint16_t idx = op_u16(a);
        const char *desc = member_desc(v, idx), *owner = member_class(v, idx), *name = member_name(v, idx);
        int is_init = strcmp(name, "<init>") == 0;
        if (name[0] == '<' && !(is_init && op == OP_invokespecial)) return vf_fail(v, "%s of %s", in->name, name);
        /* arguments, last first */
        int nargs = ld_desc_nargs(desc);
        const char *types[256];
        const char *p = desc + 1;
        for (int i = 0; i < nargs && i < 256; i++) {
            types[i] = p;
            desc_type(v, &p);
        }
        for (int i = nargs - 1; i >= 0; i--) {
            char one[600];
            const char *q = types[i];
            Type ty = desc_type(v, &q);
            size_t len = (size_t)(q - types[i]);
            if (len >= sizeof one) return vf_fail(v, "descriptor too long");
            memcpy(one, types[i], len), one[len] = 0;
            (void)ty;
            if (pop_desc(v, c, one, "argument")) return -1;
        }
        if (op != OP_invokestatic) {
            if (c->sp == 0) return vf_fail(v, "stack underflow: expected the receiver");
            t = c->s[--c->sp];
            if (is_init) {
                if (KIND(t) == T_UNINIT_THIS) {
                    if (strcmp(owner, v->cls->name) != 0 && !(v->cls->super && strcmp(owner, v->cls->super->name) == 0))
                        return vf_fail(v, "constructor must call a constructor of %s or its superclass, not %s", v->cls->name, owner);
                    replace_uninit(v, c, t, ref(v, v->cls->name));
                    c->this_init = 1;
                } else if (KIND(t) == T_UNINIT) {
                    uint32_t npc = PAYLOAD(t);
                    const char *made = ld_class_name(v->mod, op_u16(code + npc + 1));
                    if (strcmp(made, owner) != 0) return vf_fail(v, "calls %s.<init> on a new %s", owner, made);
                    replace_uninit(v, c, t, ref(v, owner));
                } else {
                    return vf_fail(v, "<init> called on %s, which is not uninitialized", type_str(v, t, b1, sizeof b1));
                }
            } else {
                if (!is_ref(t)) return vf_fail(v, "receiver of %s.%s is %s", owner, name, type_str(v, t, b1, sizeof b1));
                if (op != OP_invokeinterface && !assignable(v, t, owner)) {
                    if (v->failed) return -1;
                    return vf_fail(v, "receiver %s is not a %s", type_str(v, t, b1, sizeof b1), owner);
                }
                /* a non-virtual call (super.m(), private m()) needs this class or a subclass */
                if (op == OP_invokespecial && !assignable(v, t, v->cls->name)) {
                    if (v->failed) return -1;
                    return vf_fail(v, "receiver %s is not a %s", type_str(v, t, b1, sizeof b1), v->cls->name);
                }
            }
        }
        const char *r = strchr(desc, ')') + 1;
        if (*r == 'V') return 0;
        return push(v, c, desc_type(v, &r));
    }
    case OP_new: {
        const char *cn = ld_class_name(v->mod, op_u16(a));
        if (cn[0] == '[') return vf_fail(v, "new of an array type %s", cn);
        return push(v, c, MK(T_UNINIT, pc));
    }
    case OP_checkcast:
        if (pop_kind(v, c, T_REF, NULL)) return -1;
        return push(v, c, ref(v, ld_class_name(v->mod, op_u16(a))));
    case OP_instanceof:
        if (pop_kind(v, c, T_REF, NULL)) return -1;
        return push(v, c, T_INT);
    case OP_athrow:
        if (pop_kind(v, c, T_REF, &t)) return -1;
        if (!assignable(v, t, "java/lang/Throwable")) {
            if (v->failed) return -1;
            return vf_fail(v, "athrow of %s, not a Throwable", type_str(v, t, b1, sizeof b1));
        }
        return 0;
    case OP_ireturn: case OP_lreturn: case OP_freturn: case OP_dreturn: case OP_areturn: case OP_return: {
        const char *r = strchr(v->m->desc, ')') + 1;
        if (op == OP_return) {
            if (*r != 'V') return vf_fail(v, "return in a method that returns %s", r);
            if (strcmp(v->m->name, "<init>") == 0 && !c->this_init)
                return vf_fail(v, "constructor returns without calling super() or this()");
            return 0;
        }
        if (*r == 'V') return vf_fail(v, "%s in a void method", in->name);
        int want = kind_of_char(in->pops[0]);
        const char *q = r;
        Type rt = desc_type(v, &q);
        if ((int)KIND(rt) != want && !(want == T_REF && KIND(rt) == T_REF))
            return vf_fail(v, "%s in a method that returns %s", in->name, r);
        return pop_desc(v, c, r, "return value");
    }
    default: break;
    }
    /* everything else: the opcode table's typed stack effect */
    if (in->pops[0] == '*' || in->pushes[0] == '*') return vf_fail(v, "internal: unhandled opcode %s", in->name);
    int np = in->npops;
    if (c->sp < np)
        return vf_fail(v, "stack underflow: %s needs %d value%s, stack has %u", in->name, np, np == 1 ? "" : "s", c->sp);
    Type popped[8];
    for (int i = np - 1; i >= 0; i--) {
        char ch = in->pops[i];
        Type x = c->s[--c->sp];
        popped[i] = x;
        if (ch >= 'w' && ch <= 'z') continue; /* any one slot */
        int want = kind_of_char(ch);
        int compare = op == OP_ifnull || op == OP_ifnonnull || op == OP_if_acmpeq || op == OP_if_acmpne;
        if (compare && (KIND(x) == T_UNINIT || KIND(x) == T_UNINIT_THIS)) continue; /* JVMS: still references */
        if (want == T_REF ? !is_ref(x) : KIND(x) != (uint32_t)want) {
            static const char *const kn[] = {"", "int", "float", "long", "double", "", "reference"};
            return vf_fail(v, "expected %s on stack, found %s", kn[want], type_str(v, x, b1, sizeof b1));
        }
    }
    for (int i = 0; i < in->npushes; i++) {
        char ch = in->pushes[i];
        Type x;
        if (ch >= 'w' && ch <= 'z') x = popped[strchr(in->pops, ch) - in->pops];
        else x = (Type)kind_of_char(ch);
        if (push(v, c, x)) return -1;
    }
    return 0;
}

/* ---- one method ---- */

static int check_target(Vf *v, uint32_t from, int64_t target, const char *what) {
    v->pc = from;
    if (target < 0 || target >= v->m->code_len || !v->starts[target])
        return vf_fail(v, "%s target %lld is not the start of an instruction", what, (long long)target);
    v->blocks[target] = 1;
    return 0;
}

static int verify_method(vm_Thread *t, vm_Class *cls, vm_Method *m) {
    Vf v = {.t = t, .cls = cls, .m = m, .mod = cls->module->ld, .nl = m->max_locals, .ns = m->max_stack};
    uint32_t n = m->code_len;
    const uint8_t *code = m->code;
    int rc = -1;
    v.frames = calloc(n, sizeof(Frame));
    v.starts = calloc(n + 1, 1);
    v.blocks = calloc(n + 1, 1);
    Type *work = calloc((size_t)v.nl + v.ns + 1, sizeof(Type));
    if (!v.frames || !v.starts || !v.blocks || !work) abort();
    v.blocks[0] = 1;
    name_id(&v, "java/lang/Object", 16);
    /* 1. structure */
    for (uint32_t pc = 0; pc < n;) {
        uint32_t len = op_decode_length(code, n, pc);
        v.pc = pc;
        if (!len) {
            vf_fail(&v, "malformed instruction");
            goto out;
        }
        v.starts[pc] = 1;
        pc += len;
    }
    v.starts[n] = 1; /* a handler range may end at the end of the code */
    for (uint32_t pc = 0; pc < n; pc += op_decode_length(code, n, pc)) {
        const op_Info *in = &op_info[code[pc]];
        if (in->format == OPF_BRANCH && check_target(&v, pc, (int64_t)pc + op_s32(code + pc + 1), "branch")) goto out;
        if (in->format == OPF_TABLESWITCH) {
            int32_t lo = op_s32(code + pc + 5), hi = op_s32(code + pc + 9);
            if (check_target(&v, pc, (int64_t)pc + op_s32(code + pc + 1), "switch default")) goto out;
            for (int64_t k = 0; k <= (int64_t)hi - lo; k++)
                if (check_target(&v, pc, (int64_t)pc + op_s32(code + pc + 13 + 4 * k), "switch")) goto out;
        }
        if (in->format == OPF_LOOKUPSWITCH) {
            uint32_t cnt = op_u32(code + pc + 5);
            if (check_target(&v, pc, (int64_t)pc + op_s32(code + pc + 1), "switch default")) goto out;
            for (uint32_t k = 0; k < cnt; k++)
                if (check_target(&v, pc, (int64_t)pc + op_s32(code + pc + 13 + 8 * k), "switch")) goto out;
        }
    }
    const ld_Method *d = m->def;
    for (uint32_t i = 0; i < d->nhandlers; i++) {
        const ld_Handler *h = &d->handlers[i];
        v.pc = h->start;
        if (!v.starts[h->start] || !v.starts[h->end] || !v.starts[h->handler] || h->handler >= n) {
            vf_fail(&v, "exception handler %u: range [%u, %u) or handler %u not on instruction boundaries", i, h->start,
                    h->end, h->handler);
            goto out;
        }
        v.blocks[h->handler] = 1;
        if (h->catch_type) {
            Type ct = ref(&v, ld_class_name(v.mod, h->catch_type));
            if (!assignable(&v, ct, "java/lang/Throwable")) {
                if (!v.failed) vf_fail(&v, "exception handler %u: catch type %s is not a Throwable", i, ref_name(&v, ct));
                goto out;
            }
        }
    }
    /* frames are kept only at block starts: bound their memory */
    {
        uint64_t nb = 0;
        for (uint32_t pc = 0; pc < n; pc++) nb += v.blocks[pc];
        if (nb * ((uint64_t)v.nl + v.ns) * sizeof(Type) > (256u << 20)) {
            v.pc = 0;
            vf_fail(&v, "method too complex to verify (%llu jump targets x %u slots)", (unsigned long long)nb,
                    (unsigned)(v.nl + v.ns));
            goto out;
        }
    }
    /* 2. entry frame */
    {
        Type *l = work;
        uint32_t k = 0;
        int this_init = 1;
        for (uint32_t i = 0; i < v.nl; i++) l[i] = T_TOP;
        if (!(m->flags & LD_ACC_STATIC)) {
            if (strcmp(m->name, "<init>") == 0 && cls->super) {
                l[k++] = MK(T_UNINIT_THIS, 0);
                this_init = 0;
            } else {
                l[k++] = ref(&v, cls->name);
            }
        }
        const char *p = m->desc + 1;
        while (*p != ')') {
            Type at = desc_type(&v, &p);
            if (k >= v.nl) {
                v.pc = 0;
                vf_fail(&v, "arguments need more than max_locals %u slots", v.nl);
                goto out;
            }
            l[k++] = at;
        }
        if (merge_into(&v, 0, l, 0, this_init, 0)) goto out;
    }
    /* 3. fixed point: run each block whose entry frame changed, instruction by instruction,
     * until it ends (no fall-through) or falls into the next block start */
    for (int again = 1; again;) {
        again = 0;
        for (uint32_t bpc = 0; bpc < n; bpc++) {
            if (!v.blocks[bpc] || !v.frames[bpc].changed) continue;
            Frame *f = frame_at(&v, bpc);
            f->changed = 0;
            again = 1;
            Cur c = {.l = work, .s = work + v.nl, .sp = f->sp, .this_init = f->this_init};
            memcpy(work, f->slots, sizeof(Type) * (v.nl + f->sp));
            for (uint32_t pc = bpc;;) {
                v.pc = pc;
                /* handlers covering pc see the locals before (and, after a store, after) it */
                for (uint32_t i = 0; i < d->nhandlers; i++) {
                    const ld_Handler *h = &d->handlers[i];
                    if (pc < h->start || pc >= h->end) continue;
                    if (v.ns < 1) {
                        vf_fail(&v, "exception handler needs max_stack >= 1");
                        goto out;
                    }
                    Type saved = work[v.nl];
                    work[v.nl] = h->catch_type ? ref(&v, ld_class_name(v.mod, h->catch_type)) : ref(&v, "java/lang/Throwable");
                    int r = merge_into(&v, h->handler, work, 1, c.this_init, 0);
                    work[v.nl] = saved;
                    if (r) goto out;
                }
                if (step(&v, &c, code, pc) || v.failed) {
                    if (!v.failed && !t->exception) vf_fail(&v, "verification failed");
                    goto out;
                }
                uint8_t op = code[pc];
                const op_Info *in = &op_info[op];
                uint32_t len = op_decode_length(code, n, pc);
                if (in->format == OPF_LOCAL || in->format == OPF_IINC)
                    for (uint32_t i = 0; i < d->nhandlers; i++) {
                        const ld_Handler *h = &d->handlers[i];
                        if (pc < h->start || pc >= h->end) continue;
                        if (merge_into(&v, h->handler, work, 0, c.this_init, 1)) goto out;
                    }
                if (in->format == OPF_BRANCH && merge_into(&v, pc + op_s32(code + pc + 1), work, c.sp, c.this_init, 0))
                    goto out;
                if (in->format == OPF_TABLESWITCH || in->format == OPF_LOOKUPSWITCH) {
                    if (merge_into(&v, pc + op_s32(code + pc + 1), work, c.sp, c.this_init, 0)) goto out;
                    uint32_t cnt = in->format == OPF_TABLESWITCH
                                       ? (uint32_t)((int64_t)op_s32(code + pc + 9) - op_s32(code + pc + 5) + 1)
                                       : op_u32(code + pc + 5);
                    for (uint32_t k = 0; k < cnt; k++) {
                        int32_t off = in->format == OPF_TABLESWITCH ? op_s32(code + pc + 13 + 4 * k)
                                                                    : op_s32(code + pc + 13 + 8 * k);
                        if (merge_into(&v, pc + off, work, c.sp, c.this_init, 0)) goto out;
                    }
                }
                int falls = !(op == OP_goto || op == OP_athrow || op == OP_tableswitch || op == OP_lookupswitch ||
                              (op >= OP_ireturn && op <= OP_return));
                if (!falls) break;
                if (pc + len >= n) {
                    vf_fail(&v, "falls off the end of the code");
                    goto out;
                }
                pc += len;
                if (v.blocks[pc]) {
                    if (merge_into(&v, pc, work, c.sp, c.this_init, 0)) goto out;
                    break;
                }
            }
        }
    }
    rc = 0;
out:
    for (uint32_t i = 0; i < n; i++) free(v.frames[i].slots);
    free(v.frames);
    free(v.starts);
    free(v.blocks);
    free(work);
    for (uint32_t i = 0; i < v.nnames; i++) free(v.names[i]);
    free(v.names);
    return rc;
}

int vf_verify_class(vm_Thread *t, vm_Class *c) {
    for (uint32_t i = 0; i < c->nmethods; i++) {
        vm_Method *m = &c->methods[i];
        if (!m->code) continue;
        if (verify_method(t, c, m) != 0) return -1;
    }
    return 0;
}
