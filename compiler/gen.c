/* gen.c: bytecode for the attributed classes (javac's Lower + TransTypes + Gen in one).
 *
 *   class      flags, supertypes, fields (static final constants get a constant value),
 *              methods, bridges for generic and covariant overriding
 *   <init>     this(...) or super(...), then (unless this(...)) the field initializers and
 *              instance initializer blocks in textual order, then the body
 *   <clinit>   non-constant static field initializers and static blocks in order
 *   methods    statements and expressions with emit.h: constants folded by the checker,
 *              conditions as jumps (&&, ||, !, comparisons), string concatenation with
 *              StringBuilder (javac 8), boxing with valueOf/xxxValue, erasure casts
 *              where the erased type of a value is wider than its generic type, iinc,
 *              switches (javac's table/lookup choice, strings through hashCode/equals),
 *              enhanced for over arrays and Iterables, finally inlined on every exit with
 *              javac's exception-table gaps
 *
 * Local variables: parameters take one slot each (Oak's calling convention); the other
 * locals are numbered as javac numbers them (long/double take two JVM slots), starting
 * at the JVM slot after the parameters, so NullPointerException messages name the
 * same <localN> as the JDK.
 */
#include "ccsym.h"
#include "emit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct GTry GTry;

/* a statement that break/continue can leave, or a try with a finally */
typedef struct GJump {
    cc_Node *node;
    uint32_t brk, cont;   /* labels; cont = -1 for non-loops */
    GTry *try_;           /* for TRY entries: the try whose finally must run */
    struct GJump *up;
} GJump;

struct GTry {
    cc_Node *node;        /* TRY with a finally */
    uint32_t *gaps;       /* label pairs: [start, end) excluded from the handlers */
    int ngaps, gaps_cap;
    GJump *outer_jumps;   /* the jump stack outside this try (for the finally code) */
    int in_finally;       /* while generating this try's finally copies */
};

typedef struct G {
    cc_Check *k;
    ld_Module *m;
    cc_Sym *cls;
    cc_Sym *meth;
    cc_Code code;
    int next_slot;        /* javac's next register */
    int max_slot;
    GJump *jumps;
    int err;
    uint32_t line;
    uint32_t at_labels[32]; /* labels at pc at_pc (for dropping a goto to the next pc) */
    int nat;
    uint32_t at_pc;
} G;

static cc_Type *erase(G *g, cc_Type *t) { return cc_erasure(g->k, t); }

/* ------------------------------------------------------------------ */
/* pool helpers                                                        */
/* ------------------------------------------------------------------ */

static char *cesu8(const uint16_t *s, uint32_t n, uint32_t *outlen) {
    char *b = malloc((size_t)n * 3 + 1);
    uint32_t o = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint16_t c = s[i];
        if (c >= 1 && c < 0x80) b[o++] = (char)c;
        else if (c < 0x800) {
            b[o++] = (char)(0xc0 | (c >> 6));
            b[o++] = (char)(0x80 | (c & 0x3f));
        } else {
            b[o++] = (char)(0xe0 | (c >> 12));
            b[o++] = (char)(0x80 | ((c >> 6) & 0x3f));
            b[o++] = (char)(0x80 | (c & 0x3f));
        }
    }
    b[o] = 0;
    *outlen = o;
    return b;
}

static uint16_t pool_string(G *g, const cc_Const *c) {
    uint32_t len;
    char *b = cesu8(c->s, c->n, &len);
    uint16_t r = ld_pool_string(g->m, b, len);
    free(b);
    return r;
}

static void check_pool(G *g, uint16_t idx) {
    if (!idx && !g->err) {
        cc_error(g->k->c, (cc_Pos){-1, 0, 0, 0}, "too many constants");
        g->err = 1;
    }
}

/* the class name for a CLASS constant: binary name, or a descriptor for arrays */
static const char *class_ref_name(G *g, cc_Type *t) {
    t = erase(g, t);
    if (t->kind == TY_ARRAY) return cc_type_desc(g->k, t);
    if (t->kind == TY_CLASS) return t->sym->bin;
    return "java/lang/Object";
}

static uint16_t pool_class_t(G *g, cc_Type *t) {
    uint16_t r = ld_pool_class(g->m, class_ref_name(g, t));
    check_pool(g, r);
    return r;
}

static uint16_t pool_member(G *g, ld_ConstTag tag, const char *cls, const char *name, const char *desc) {
    uint16_t r = ld_pool_member(g->m, tag, cls, name, desc);
    check_pool(g, r);
    return r;
}

/* ------------------------------------------------------------------ */
/* emission helpers                                                    */
/* ------------------------------------------------------------------ */

#define C (&g->code)

/* remembers that label l is at the current pc */
static void note_label(G *g, uint32_t l) {
    if (g->at_pc != g->code.n) {
        g->at_pc = g->code.n;
        g->nat = 0;
    }
    if (g->nat < 32) g->at_labels[g->nat++] = l;
    else g->at_labels[31] = (uint32_t)-1; /* overflow: disables the goto removal here */
}

static void place_at(G *g, uint32_t l) {
    cc_place(C, l);
    note_label(g, l);
}

static void place(G *g, uint32_t l) {
    /* javac drops a goto to the very next instruction */
    if (C->nfixups && C->n >= 5 && C->fixups[C->nfixups - 1].label == l && C->fixups[C->nfixups - 1].from == C->n - 5 &&
        C->b[C->n - 5] == OP_goto && !(g->at_pc == C->n && g->nat == 32)) {
        uint32_t old = C->n;
        C->n -= 5;
        C->nfixups--;
        if (g->at_pc == old)
            for (int i = 0; i < g->nat; i++) C->labels[g->at_labels[i]].pc = (int32_t)C->n;
        if (C->nlines && C->lines[C->nlines - 1].pc == old) C->lines[C->nlines - 1].pc = C->n;
        C->reachable = 1;
        if (C->labels[l].depth >= 0) C->depth = C->labels[l].depth;
        /* the labels at `old` are now at n, with those already here */
        int nat = g->at_pc == old ? g->nat : 0;
        uint32_t moved[32];
        memcpy(moved, g->at_labels, (size_t)nat * sizeof *moved);
        g->at_pc = (uint32_t)-1;
        g->nat = 0;
        for (int i = 0; i < nat; i++) note_label(g, moved[i]);
    }
    if (C->reachable || C->labels[l].depth >= 0) cc_place(C, l);
    else C->labels[l].pc = (int32_t)C->n;
    note_label(g, l);
}

static int alive(G *g) { return C->reachable; }

static void line_at(G *g, cc_Pos p) {
    if (p.file >= 0 && p.line > 0) cc_line(C, (uint32_t)p.line);
}

static int kind_size(cc_TyKind k) { return k == TY_LONG || k == TY_DOUBLE ? 2 : 1; }

static int new_local(G *g, cc_Type *t) {
    int s = g->next_slot;
    g->next_slot += kind_size(t->kind);
    if (g->next_slot > g->max_slot) g->max_slot = g->next_slot;
    cc_use_local(C, (uint32_t)(g->next_slot - 1));
    return s;
}

/* type category for load/store/return/array ops: 0 int, 1 long, 2 float, 3 double, 4 ref */
static int cat(cc_Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: case TY_BYTE: case TY_SHORT: case TY_CHAR: case TY_INT: return 0;
    case TY_LONG: return 1;
    case TY_FLOAT: return 2;
    case TY_DOUBLE: return 3;
    default: return 4;
    }
}

static void load_local(G *g, cc_Type *t, int slot) { cc_op_u16(C, (op_Code)(OP_iload + cat(t)), (uint16_t)slot); }
static void store_local(G *g, cc_Type *t, int slot) { cc_op_u16(C, (op_Code)(OP_istore + cat(t)), (uint16_t)slot); }

static op_Code array_load_op(cc_Type *el) {
    switch (el->kind) {
    case TY_BOOLEAN: case TY_BYTE: return OP_baload;
    case TY_CHAR: return OP_caload;
    case TY_SHORT: return OP_saload;
    case TY_INT: return OP_iaload;
    case TY_LONG: return OP_laload;
    case TY_FLOAT: return OP_faload;
    case TY_DOUBLE: return OP_daload;
    default: return OP_aaload;
    }
}

static op_Code array_store_op(cc_Type *el) { return (op_Code)(array_load_op(el) + (OP_iastore - OP_iaload)); }

static int desc_slots(const char *desc) { return ld_desc_nargs(desc); }

static void invoke(G *g, op_Code op, const char *owner, const char *name, const char *desc) {
    uint16_t idx = pool_member(g, LD_C_METHOD, owner, name, desc);
    int pops = desc_slots(desc) + (op == OP_invokestatic ? 0 : 1);
    const char *r = strchr(desc, ')');
    int pushes = r && r[1] != 'V' ? 1 : 0;
    cc_op_pool(C, op, idx, pushes - pops);
}

static void field_op(G *g, op_Code op, const char *owner, const char *name, const char *desc) {
    uint16_t idx = pool_member(g, LD_C_FIELD, owner, name, desc);
    int delta = op == OP_getstatic ? 1 : op == OP_putstatic ? -1 : op == OP_getfield ? 0 : -2;
    cc_op_pool(C, op, idx, delta);
}

static void push_const(G *g, const cc_Const *c, cc_TyKind as) {
    cc_Const v = *c;
    switch (as) {
    case TY_BOOLEAN: cc_op(C, v.i ? OP_iconst_1 : OP_iconst_0); break;
    case TY_BYTE: case TY_SHORT: case TY_CHAR: case TY_INT: {
        int64_t x = v.kind == TY_FLOAT || v.kind == TY_DOUBLE ? (int64_t)v.d : v.i;
        cc_push_int(C, g->m, (int32_t)x);
        break;
    }
    case TY_LONG: cc_push_long(C, g->m, v.kind == TY_FLOAT || v.kind == TY_DOUBLE ? (int64_t)v.d : v.i); break;
    case TY_FLOAT: cc_push_float(C, g->m, (float)(v.kind == TY_FLOAT || v.kind == TY_DOUBLE ? v.d : (double)v.i)); break;
    case TY_DOUBLE: cc_push_double(C, g->m, v.kind == TY_FLOAT || v.kind == TY_DOUBLE ? v.d : (double)v.i); break;
    default: {
        uint16_t idx = pool_string(g, &v);
        check_pool(g, idx);
        cc_op_pool(C, OP_ldc, idx, 1);
        break;
    }
    }
}

/* primitive conversion (JLS 5.1.2, 5.1.3) */
static void prim_convert(G *g, cc_TyKind from, cc_TyKind to) {
    if (from == to || to == TY_BOOLEAN || from == TY_BOOLEAN) return;
    int fi = from == TY_BYTE || from == TY_SHORT || from == TY_CHAR || from == TY_INT;
    int ti = to == TY_BYTE || to == TY_SHORT || to == TY_CHAR || to == TY_INT;
    if (fi) {
        if (to == TY_LONG) cc_op(C, OP_i2l);
        else if (to == TY_FLOAT) cc_op(C, OP_i2f);
        else if (to == TY_DOUBLE) cc_op(C, OP_i2d);
    } else if (from == TY_LONG) {
        if (ti) cc_op(C, OP_l2i);
        else if (to == TY_FLOAT) cc_op(C, OP_l2f);
        else if (to == TY_DOUBLE) cc_op(C, OP_l2d);
    } else if (from == TY_FLOAT) {
        if (ti) cc_op(C, OP_f2i);
        else if (to == TY_LONG) cc_op(C, OP_f2l);
        else if (to == TY_DOUBLE) cc_op(C, OP_f2d);
    } else if (from == TY_DOUBLE) {
        if (ti) cc_op(C, OP_d2i);
        else if (to == TY_LONG) cc_op(C, OP_d2l);
        else if (to == TY_FLOAT) cc_op(C, OP_d2f);
    }
    if (ti) {
        int from_int = fi ? from : TY_INT;
        if (to == TY_BYTE && from_int != TY_BYTE) cc_op(C, OP_i2b);
        else if (to == TY_SHORT && from_int != TY_SHORT && from_int != TY_BYTE) cc_op(C, OP_i2s);
        else if (to == TY_CHAR && from_int != TY_CHAR) cc_op(C, OP_i2c);
    }
}

static const char *prim_desc[] = {"Z", "B", "S", "C", "I", "J", "F", "D", "V"};
static const char *prim_value_name[] = {"booleanValue", "byteValue", "shortValue", "charValue",
                                        "intValue", "longValue", "floatValue", "doubleValue"};

static void box(G *g, cc_TyKind p) {
    cc_Sym *b = g->k->c_box[p];
    if (!b) return; /* reported by the checker */
    char desc[64];
    snprintf(desc, sizeof desc, "(%s)L%s;", prim_desc[p], b->bin);
    invoke(g, OP_invokestatic, b->bin, "valueOf", cc_intern_str(g->k->c, desc));
}

static void unbox(G *g, cc_TyKind p, cc_Type *produced) {
    cc_Sym *b = g->k->c_box[p];
    if (!b) return;
    if (!(produced->kind == TY_CLASS && cc_is_subclass(g->k, produced->sym, b))) cc_op_u16(C, OP_checkcast, pool_class_t(g, b->erasure));
    char desc[8];
    snprintf(desc, sizeof desc, "()%s", prim_desc[p]);
    invoke(g, OP_invokevirtual, b->bin, prim_value_name[p], cc_intern_str(g->k->c, desc));
}

/* converts a value of static type `from` (on the stack as erased type `prod`) to `to` */
static void coerce(G *g, cc_Type *from, cc_Type *prod, cc_Type *to) {
    cc_Check *k = g->k;
    if (!to || !from || to->kind == TY_VOID || to->kind == TY_ERROR || from->kind == TY_ERROR || from->kind == TY_VOID) return;
    if (cc_is_prim(to)) {
        if (cc_is_prim(from)) {
            prim_convert(g, from->kind, to->kind);
            return;
        }
        cc_Type *u = cc_unboxed(k, from);
        if (u) {
            unbox(g, u->kind, prod ? prod : erase(g, from));
            prim_convert(g, u->kind, to->kind);
        } else {
            unbox(g, to->kind, prod ? prod : erase(g, from));
        }
        return;
    }
    if (cc_is_prim(from)) {
        cc_Type *u = cc_unboxed(k, to);
        cc_TyKind bp = from->kind;
        if (u && u->kind != from->kind) {
            prim_convert(g, from->kind, u->kind);
            bp = u->kind;
        }
        box(g, bp);
        return;
    }
    if (from->kind == TY_NULL) return;
    cc_Type *et = erase(g, to);
    if (!prod) prod = erase(g, from);
    if (et->kind == TY_CLASS && et->sym == k->c_object) return;
    if (!cc_is_subtype(k, prod, et)) cc_op_u16(C, OP_checkcast, pool_class_t(g, et));
}

/* ------------------------------------------------------------------ */
/* expressions                                                         */
/* ------------------------------------------------------------------ */

static void gen_expr(G *g, cc_Node *n);
static void gen_cond(G *g, cc_Node *n, int sense, uint32_t label);
static void gen_stmt(G *g, cc_Node *s);
static cc_Type *produced(G *g, cc_Node *n);

static cc_Node *strip(cc_Node *n) {
    while (n && n->kind == CC_N_PAREN) n = n->paren.expr;
    return n;
}

/* the erased type the generated code leaves on the stack for n */
static cc_Type *produced(G *g, cc_Node *n) {
    n = strip(n);
    if (!n->ty) return g->k->c_object->type;
    switch (n->kind) {
    case CC_N_NAME:
    case CC_N_SELECT:
        if (n->sym && (n->sym->kind == SYM_FIELD || n->sym->kind == SYM_LOCAL) && !cc_const_of(n)) return erase(g, n->sym->type);
        break;
    case CC_N_CALL:
        if (n->sym && n->sym->kind == SYM_METHOD) return erase(g, n->sym->type);
        break;
    case CC_N_INDEX: {
        cc_Type *a = produced(g, n->index.array);
        if (a->kind == TY_ARRAY) return a->elem;
        break;
    }
    default: break;
    }
    return erase(g, n->ty);
}

static void gen_expr_to(G *g, cc_Node *n, cc_Type *to) {
    const cc_Const *c = cc_const_of(n);
    if (c && n->ty && (cc_is_prim(n->ty) || (n->ty->kind == TY_CLASS && n->ty->sym == g->k->c_string)) && to) {
        if (cc_is_prim(to) && cc_is_prim(n->ty)) {
            push_const(g, c, to->kind);
            return;
        }
        cc_Type *u = cc_unboxed(g->k, to);
        if (u && cc_is_prim(n->ty)) {
            push_const(g, c, u->kind);
            box(g, u->kind);
            return;
        }
    }
    gen_expr(g, n);
    coerce(g, n->ty, produced(g, n), to);
}

/* receivers of member accesses: cast to the erasure of their generic type */
static void gen_receiver(G *g, cc_Node *t) {
    gen_expr(g, t);
    cc_Type *st = t->ty;
    if (st && cc_is_ref(st) && st->kind != TY_NULL) coerce(g, st, produced(g, t), erase(g, st));
}

static int is_string(G *g, cc_Type *t) { return t && t->kind == TY_CLASS && t->sym == g->k->c_string; }

static int is_concat(G *g, cc_Node *n) {
    n = strip(n);
    return n->kind == CC_N_BINARY && n->binary.op == CC_OP_ADD && is_string(g, n->ty) && !cc_const_of(n);
}

static void append_one(G *g, cc_Node *x) {
    cc_Type *t = x->ty;
    const char *d;
    if (!t) t = g->k->c_object->type;
    switch (t->kind) {
    case TY_BOOLEAN: d = "(Z)Ljava/lang/StringBuilder;"; break;
    case TY_CHAR: d = "(C)Ljava/lang/StringBuilder;"; break;
    case TY_BYTE: case TY_SHORT: case TY_INT: d = "(I)Ljava/lang/StringBuilder;"; break;
    case TY_LONG: d = "(J)Ljava/lang/StringBuilder;"; break;
    case TY_FLOAT: d = "(F)Ljava/lang/StringBuilder;"; break;
    case TY_DOUBLE: d = "(D)Ljava/lang/StringBuilder;"; break;
    default: d = is_string(g, t) ? "(Ljava/lang/String;)Ljava/lang/StringBuilder;" : "(Ljava/lang/Object;)Ljava/lang/StringBuilder;"; break;
    }
    if (is_string(g, t)) gen_expr_to(g, x, t);
    else if (cc_is_prim(t)) gen_expr_to(g, x, t);
    else gen_expr(g, x);
    invoke(g, OP_invokevirtual, "java/lang/StringBuilder", "append", d);
}

static void append_all(G *g, cc_Node *n) {
    cc_Node *s = strip(n);
    if (is_concat(g, s)) {
        append_all(g, s->binary.left);
        append_all(g, s->binary.right);
    } else {
        append_one(g, n);
    }
}

static void new_sb(G *g) {
    cc_op_u16(C, OP_new, ld_pool_class(g->m, "java/lang/StringBuilder"));
    cc_op(C, OP_dup);
    invoke(g, OP_invokespecial, "java/lang/StringBuilder", "<init>", "()V");
}

static void sb_to_string(G *g) { invoke(g, OP_invokevirtual, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;"); }

static op_Code arith_op(cc_Op op, cc_Type *t) {
    int c = cat(t);
    switch (op) {
    case CC_OP_ADD: return (op_Code)(OP_iadd + c);
    case CC_OP_SUB: return (op_Code)(OP_isub + c);
    case CC_OP_MUL: return (op_Code)(OP_imul + c);
    case CC_OP_DIV: return (op_Code)(OP_idiv + c);
    case CC_OP_REM: return (op_Code)(OP_irem + c);
    case CC_OP_SHL: return (op_Code)(OP_ishl + (c == 1));
    case CC_OP_SHR: return (op_Code)(OP_ishr + (c == 1));
    case CC_OP_USHR: return (op_Code)(OP_iushr + (c == 1));
    case CC_OP_BITAND: return (op_Code)(OP_iand + (c == 1));
    case CC_OP_BITOR: return (op_Code)(OP_ior + (c == 1));
    case CC_OP_BITXOR: return (op_Code)(OP_ixor + (c == 1));
    default: return OP_nop;
    }
}

static int is_shift(cc_Op op) { return op == CC_OP_SHL || op == CC_OP_SHR || op == CC_OP_USHR; }

/* operand b of a binary operation in type opt (shift distances are int) */
static void gen_operand(G *g, cc_Node *x, cc_Type *opt, int shift_rhs) {
    if (shift_rhs) {
        cc_Type *u = cc_is_prim(x->ty) ? x->ty : cc_unboxed(g->k, x->ty);
        cc_Type *to = u && u->kind == TY_LONG ? g->k->prim[TY_LONG] : g->k->prim[TY_INT];
        gen_expr_to(g, x, to);
        if (to->kind == TY_LONG) cc_op(C, OP_l2i);
        return;
    }
    gen_expr_to(g, x, opt);
}

/* boolean value of a condition: 1 or 0 */
static void gen_bool_value(G *g, cc_Node *n) {
    uint32_t lf = cc_label(C), le = cc_label(C);
    gen_cond(g, n, 0, lf);
    if (alive(g)) {
        cc_op(C, OP_iconst_1);
        cc_branch(C, OP_goto, le);
    }
    place(g, lf);
    if (alive(g)) cc_op(C, OP_iconst_0);
    place(g, le);
}

static int is_cond_node(G *g, cc_Node *n) {
    n = strip(n);
    if (n->kind == CC_N_UNARY && n->unary.op == CC_OP_NOT) return 1;
    if (n->kind == CC_N_BINARY) {
        switch (n->binary.op) {
        case CC_OP_AND: case CC_OP_OR: case CC_OP_LT: case CC_OP_GT: case CC_OP_LE: case CC_OP_GE:
        case CC_OP_EQ: case CC_OP_NE: return 1;
        default: return 0;
        }
    }
    return 0;
}

/* ---- variables: load, store, and the address parts of compound assignment ---- */

typedef struct {
    int kind;   /* 0 local, 1 static field, 2 instance field, 3 array element, 4 length */
    cc_Sym *sym;
    cc_Type *type;      /* the variable's declared type (erased for the store) */
    cc_Type *stype;     /* its type as seen at the access (generic) */
    const char *owner;  /* field owner (qualifying class) */
    int slot;
} VarRef;

static const char *field_owner(G *g, cc_Node *n, cc_Sym *f) {
    cc_Info *in = cc_info_get(g->k, n);
    if (in && in->site && in->site->kind == TY_CLASS) return in->site->sym->bin;
    return f->owner ? f->owner->bin : "java/lang/Object";
}

/* pushes the address part of a variable (object, or array and index) */
static VarRef gen_var_addr(G *g, cc_Node *n) {
    VarRef v = {0};
    n = strip(n);
    if (n->kind == CC_N_INDEX) {
        gen_receiver(g, n->index.array);
        gen_expr_to(g, n->index.index, g->k->prim[TY_INT]);
        v.kind = 3;
        cc_Type *at = produced(g, n->index.array);
        v.type = at->kind == TY_ARRAY ? at->elem : erase(g, n->ty);
        v.stype = n->ty;
        return v;
    }
    cc_Sym *s = n->sym;
    v.sym = s;
    v.stype = n->ty;
    v.type = erase(g, s->type);
    if (s->kind == SYM_LOCAL) {
        v.kind = 0;
        v.slot = s->slot;
        return v;
    }
    cc_Info *in = cc_info_get(g->k, n);
    v.owner = field_owner(g, n, s);
    if (cc_is_static(s)) {
        v.kind = 1;
        if (n->kind == CC_N_SELECT && in && (in->flags & CC_I_STATIC_SITE)) {
            gen_expr(g, n->select.target);
            cc_op(C, OP_pop);
        }
        return v;
    }
    v.kind = 2;
    if (n->kind == CC_N_SELECT) gen_receiver(g, n->select.target);
    else cc_op_u16(C, OP_aload, 0);
    return v;
}

static void var_load(G *g, VarRef *v) {
    switch (v->kind) {
    case 0: load_local(g, v->type, v->slot); break;
    case 1: field_op(g, OP_getstatic, v->owner, v->sym->name, v->sym->desc); break;
    case 2: field_op(g, OP_getfield, v->owner, v->sym->name, v->sym->desc); break;
    case 3: cc_op(C, array_load_op(v->type)); break;
    default: cc_op(C, OP_arraylength); break;
    }
}

static void var_store(G *g, VarRef *v) {
    switch (v->kind) {
    case 0: store_local(g, v->type, v->slot); break;
    case 1: field_op(g, OP_putstatic, v->owner, v->sym->name, v->sym->desc); break;
    case 2: field_op(g, OP_putfield, v->owner, v->sym->name, v->sym->desc); break;
    case 3: cc_op(C, array_store_op(v->type)); break;
    default: break;
    }
}

/* duplicates the address part (for compound assignment) */
static void var_dup_addr(G *g, VarRef *v) {
    if (v->kind == 2) cc_op(C, OP_dup);
    else if (v->kind == 3) cc_op(C, OP_dup2);
}

/* duplicates the value under the address part (the result of an assignment expression) */
static void var_dup_value(G *g, VarRef *v) {
    if (v->kind == 0 || v->kind == 1) cc_op(C, OP_dup);
    else if (v->kind == 2) cc_op(C, OP_dup_x1);
    else cc_op(C, OP_dup_x2);
}

/* ---- assignment, compound assignment, ++/-- ---- */

static int int_local(G *g, cc_Node *lhs) {
    lhs = strip(lhs);
    return lhs->kind == CC_N_NAME && lhs->sym && lhs->sym->kind == SYM_LOCAL && lhs->sym->type->kind == TY_INT;
}

static void gen_assign(G *g, cc_Node *n, int want) {
    cc_Node *lhs = n->binary.left, *rhs = n->binary.right;
    cc_Op op = n->binary.op;
    if (op == CC_OP_ASSIGN) {
        VarRef v = gen_var_addr(g, lhs);
        if (rhs->kind == CC_N_ARRAY_INIT) gen_expr(g, rhs);
        else gen_expr_to(g, rhs, v.stype ? v.stype : v.type);
        coerce(g, v.stype ? v.stype : v.type, erase(g, v.stype ? v.stype : v.type), v.type);
        if (want) var_dup_value(g, &v);
        var_store(g, &v);
        return;
    }
    cc_Info *in = cc_info_get(g->k, n);
    cc_Type *opt = in && in->ctype ? in->ctype : n->ty;
    /* i += c on an int local: iinc */
    if (!want && int_local(g, lhs) && (op == CC_OP_ADD || op == CC_OP_SUB)) {
        const cc_Const *c = cc_const_of(rhs);
        if (c && rhs->ty && cc_is_prim(rhs->ty) && rhs->ty->kind != TY_LONG && rhs->ty->kind != TY_FLOAT &&
            rhs->ty->kind != TY_DOUBLE && rhs->ty->kind != TY_BOOLEAN) {
            int64_t d = op == CC_OP_ADD ? c->i : -c->i;
            if (d >= -32768 && d <= 32767) {
                cc_iinc(C, (uint16_t)strip(lhs)->sym->slot, (int16_t)d);
                return;
            }
        }
    }
    VarRef v = gen_var_addr(g, lhs);
    cc_Type *vt = v.stype ? v.stype : v.type;
    if (is_string(g, opt) && is_string(g, erase(g, vt)) && (v.kind == 0 || v.kind == 1)) {
        /* s += x: new StringBuilder().append(s).append(x).toString() */
        new_sb(g);
        var_load(g, &v);
        coerce(g, vt, v.type, erase(g, vt));
        invoke(g, OP_invokevirtual, "java/lang/StringBuilder", "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;");
        append_all(g, rhs);
        sb_to_string(g);
    } else if (is_string(g, opt) && is_string(g, erase(g, vt))) {
        var_dup_addr(g, &v);
        var_load(g, &v);
        coerce(g, vt, v.type, erase(g, vt));
        new_sb(g);
        cc_op(C, OP_swap);
        invoke(g, OP_invokevirtual, "java/lang/StringBuilder", "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;");
        append_all(g, rhs);
        sb_to_string(g);
    } else {
        var_dup_addr(g, &v);
        var_load(g, &v);
        coerce(g, vt, v.type, opt);
        gen_operand(g, rhs, opt, is_shift(op));
        cc_op(C, arith_op(op, opt));
        coerce(g, opt, opt, vt);
        coerce(g, vt, erase(g, vt), v.type);
    }
    if (want) var_dup_value(g, &v);
    var_store(g, &v);
}

static void gen_incdec(G *g, cc_Node *n, int want) {
    cc_Op op = n->unary.op;
    cc_Node *x = n->unary.operand;
    int inc = op == CC_OP_PREINC || op == CC_OP_POSTINC;
    int post = op == CC_OP_POSTINC || op == CC_OP_POSTDEC;
    if (int_local(g, x)) {
        int slot = strip(x)->sym->slot;
        if (want && post) cc_op_u16(C, OP_iload, (uint16_t)slot);
        cc_iinc(C, (uint16_t)slot, inc ? 1 : -1);
        if (want && !post) cc_op_u16(C, OP_iload, (uint16_t)slot);
        return;
    }
    VarRef v = gen_var_addr(g, x);
    cc_Type *vt = v.stype ? v.stype : v.type;
    cc_Type *u = cc_is_prim(vt) ? vt : cc_unboxed(g->k, vt);
    if (!u) u = g->k->prim[TY_INT];
    cc_Type *opt = u->kind == TY_BYTE || u->kind == TY_SHORT || u->kind == TY_CHAR ? g->k->prim[TY_INT] : u;
    var_dup_addr(g, &v);
    var_load(g, &v);
    coerce(g, vt, v.type, erase(g, vt));
    if (want && post) var_dup_value(g, &v); /* the old value is the result */
    coerce(g, vt, erase(g, vt), u);
    coerce(g, u, u, opt);
    cc_Const one = {0};
    one.kind = TY_INT;
    one.i = 1;
    push_const(g, &one, opt->kind);
    cc_op(C, arith_op(inc ? CC_OP_ADD : CC_OP_SUB, opt));
    coerce(g, opt, opt, vt);
    if (want && !post) var_dup_value(g, &v);
    var_store(g, &v);
}

/* ---- calls ---- */

static void gen_args(G *g, cc_Node *call, cc_Sym *m, cc_List *args) {
    cc_Info *in = cc_info_get(g->k, call);
    cc_Type **pts = in && in->ptypes ? in->ptypes : m->ptypes;
    int np = m->nparams;
    int va = in && (in->flags & CC_I_VARARGS);
    int fixed = va ? np - 1 : np;
    for (int i = 0; i < fixed && i < args->n; i++) gen_expr_to(g, args->items[i], pts[i]);
    if (va) {
        cc_Type *at = pts[np - 1];
        cc_Type *et = erase(g, at);
        cc_Type *el = at->kind == TY_ARRAY ? at->elem : g->k->c_object->type;
        cc_Type *eel = et->kind == TY_ARRAY ? et->elem : g->k->c_object->type;
        int cnt = args->n - fixed;
        cc_push_int(C, g->m, cnt);
        if (cc_is_prim(eel)) {
            static const uint8_t atype[] = {OAK_T_BOOLEAN, OAK_T_BYTE, OAK_T_SHORT, OAK_T_CHAR, OAK_T_INT, OAK_T_LONG, OAK_T_FLOAT, OAK_T_DOUBLE};
            cc_op_u8(C, OP_newarray, atype[eel->kind]);
        } else {
            cc_op_u16(C, OP_anewarray, pool_class_t(g, eel));
        }
        for (int i = 0; i < cnt; i++) {
            cc_op(C, OP_dup);
            cc_push_int(C, g->m, i);
            gen_expr_to(g, args->items[fixed + i], el);
            cc_op(C, array_store_op(eel));
        }
    }
}

static void gen_call(G *g, cc_Node *n) {
    cc_Sym *m = n->sym;
    cc_Info *in = cc_info_get(g->k, n);
    cc_Node *t = n->call.target;
    int is_static = cc_is_static(m);
    int is_super = in && (in->flags & CC_I_SUPER);
    const char *owner;
    cc_Type *site = in ? in->site : NULL;
    if (m->owner == g->k->c_object || !site || site->kind != TY_CLASS) owner = m->owner ? m->owner->bin : "java/lang/Object";
    else owner = site->sym->bin;
    if (is_static) {
        if (t && in && (in->flags & CC_I_STATIC_SITE)) {
            gen_expr(g, t);
            cc_op(C, OP_pop);
        }
        gen_args(g, n, m, &n->call.args);
        line_at(g, n->call.name_pos);
        invoke(g, OP_invokestatic, owner, m->name, m->desc);
        return;
    }
    if (!t || t->kind == CC_N_THIS || t->kind == CC_N_SUPER) cc_op_u16(C, OP_aload, 0);
    else {
        gen_receiver(g, t);
        /* a method of a later bound of a type variable: cast to its class (javac's
           checkcast before the call) */
        if (site && site->kind == TY_CLASS && t->ty && cc_is_ref(t->ty) && !cc_is_subtype(g->k, erase(g, t->ty), site))
            cc_op_u16(C, OP_checkcast, pool_class_t(g, site));
    }
    gen_args(g, n, m, &n->call.args);
    line_at(g, n->call.name_pos);
    if (is_super) {
        invoke(g, OP_invokespecial, owner, m->name, m->desc);
        return;
    }
    int iface = (m->owner != g->k->c_object) && site && site->kind == TY_CLASS && site->sym->is_iface;
    invoke(g, iface ? OP_invokeinterface : OP_invokevirtual, owner, m->name, m->desc);
}

static void gen_new_array_dims(G *g, cc_Type *t, cc_List *dims) {
    for (int i = 0; i < dims->n; i++) gen_expr_to(g, dims->items[i], g->k->prim[TY_INT]);
    cc_Type *et = erase(g, t);
    if (dims->n == 1) {
        cc_Type *el = et->elem;
        if (cc_is_prim(el)) {
            static const uint8_t atype[] = {OAK_T_BOOLEAN, OAK_T_BYTE, OAK_T_SHORT, OAK_T_CHAR, OAK_T_INT, OAK_T_LONG, OAK_T_FLOAT, OAK_T_DOUBLE};
            cc_op_u8(C, OP_newarray, atype[el->kind]);
        } else {
            cc_op_u16(C, OP_anewarray, pool_class_t(g, el));
        }
    } else {
        cc_multianewarray(C, pool_class_t(g, et), (uint8_t)dims->n);
    }
}

static void gen_array_init(G *g, cc_Node *n, cc_Type *t) {
    cc_Type *et = erase(g, t);
    cc_Type *el = et->kind == TY_ARRAY ? et->elem : g->k->c_object->type;
    cc_Type *sel = t->kind == TY_ARRAY ? t->elem : el;
    cc_push_int(C, g->m, n->array_init.elems.n);
    if (cc_is_prim(el)) {
        static const uint8_t atype[] = {OAK_T_BOOLEAN, OAK_T_BYTE, OAK_T_SHORT, OAK_T_CHAR, OAK_T_INT, OAK_T_LONG, OAK_T_FLOAT, OAK_T_DOUBLE};
        cc_op_u8(C, OP_newarray, atype[el->kind]);
    } else {
        cc_op_u16(C, OP_anewarray, pool_class_t(g, el));
    }
    for (int i = 0; i < n->array_init.elems.n; i++) {
        cc_Node *x = n->array_init.elems.items[i];
        cc_op(C, OP_dup);
        cc_push_int(C, g->m, i);
        if (x->kind == CC_N_ARRAY_INIT) gen_array_init(g, x, sel);
        else gen_expr_to(g, x, sel);
        cc_op(C, array_store_op(el));
    }
}

static void gen_expr(G *g, cc_Node *n) {
    cc_Check *k = g->k;
    if (g->err) return;
    const cc_Const *c = cc_const_of(n);
    if (c && n->ty && (cc_is_prim(n->ty) || is_string(g, n->ty))) {
        /* a constant, unless it is a qualified name through an expression */
        if (n->kind == CC_N_SELECT && n->sym && n->sym->kind == SYM_FIELD) {
            cc_Info *in = cc_info_get(k, n);
            if (in && (in->flags & CC_I_STATIC_SITE)) {
                gen_expr(g, n->select.target);
                cc_op(C, OP_pop);
            }
        }
        push_const(g, c, n->ty->kind);
        return;
    }
    switch (n->kind) {
    case CC_N_LITERAL: cc_op(C, OP_aconst_null); break; /* the only non-constant literal */
    case CC_N_PAREN: gen_expr(g, n->paren.expr); break;
    case CC_N_NAME:
    case CC_N_SELECT: {
        cc_Sym *s = n->sym;
        if (!s) break;
        if (s->kind == SYM_FIELD && !s->owner && strcmp(s->name, "length") == 0 && n->kind == CC_N_SELECT) {
            gen_receiver(g, n->select.target);
            cc_op(C, OP_arraylength);
            break;
        }
        VarRef v = gen_var_addr(g, n);
        var_load(g, &v);
        break;
    }
    case CC_N_THIS:
    case CC_N_SUPER: cc_op_u16(C, OP_aload, 0); break;
    case CC_N_CALL: gen_call(g, n); break;
    case CC_N_NEW: {
        cc_Sym *ctor = n->sym;
        cc_op_u16(C, OP_new, pool_class_t(g, n->ty));
        cc_op(C, OP_dup);
        gen_args(g, n, ctor, &n->new_.args);
        invoke(g, OP_invokespecial, ctor->owner->bin, "<init>", ctor->desc);
        break;
    }
    case CC_N_NEW_ARRAY:
        if (n->new_array.init) gen_array_init(g, n->new_array.init, n->ty);
        else gen_new_array_dims(g, n->ty, &n->new_array.dims);
        break;
    case CC_N_ARRAY_INIT: gen_array_init(g, n, n->ty); break;
    case CC_N_INDEX: {
        VarRef v = gen_var_addr(g, n);
        var_load(g, &v);
        break;
    }
    case CC_N_ASSIGN: gen_assign(g, n, 1); break;
    case CC_N_UNARY:
        switch (n->unary.op) {
        case CC_OP_NOT: gen_bool_value(g, n); break;
        case CC_OP_PREINC: case CC_OP_PREDEC: case CC_OP_POSTINC: case CC_OP_POSTDEC: gen_incdec(g, n, 1); break;
        case CC_OP_NEG:
            gen_expr_to(g, n->unary.operand, n->ty);
            cc_op(C, (op_Code)(OP_ineg + cat(n->ty)));
            break;
        case CC_OP_PLUS: gen_expr_to(g, n->unary.operand, n->ty); break;
        case CC_OP_BITNOT:
            gen_expr_to(g, n->unary.operand, n->ty);
            if (n->ty->kind == TY_LONG) {
                cc_push_long(C, g->m, -1);
                cc_op(C, OP_lxor);
            } else {
                cc_op(C, OP_iconst_m1);
                cc_op(C, OP_ixor);
            }
            break;
        default: break;
        }
        break;
    case CC_N_BINARY: {
        if (is_cond_node(g, n)) {
            gen_bool_value(g, n);
            break;
        }
        if (is_concat(g, n)) {
            new_sb(g);
            append_all(g, n);
            sb_to_string(g);
            break;
        }
        cc_Info *in = cc_info_get(k, n);
        cc_Type *opt = in && in->ctype ? in->ctype : n->ty;
        gen_operand(g, n->binary.left, opt, 0);
        gen_operand(g, n->binary.right, opt, is_shift(n->binary.op));
        cc_op(C, arith_op(n->binary.op, opt));
        break;
    }
    case CC_N_COND: {
        uint32_t le = cc_label(C), lend = cc_label(C);
        gen_cond(g, n->cond.cond, 0, le);
        if (alive(g)) {
            gen_expr_to(g, n->cond.then, n->ty);
            cc_branch(C, OP_goto, lend);
        }
        place(g, le);
        if (alive(g)) gen_expr_to(g, n->cond.els, n->ty);
        place(g, lend);
        break;
    }
    case CC_N_CAST: {
        cc_Type *to = n->ty;
        gen_expr(g, n->cast.expr);
        cc_Type *from = n->cast.expr->ty;
        if (cc_is_ref(to) && cc_is_ref(from)) {
            cc_Type *et = erase(g, to), *pr = produced(g, n->cast.expr);
            if (to->kind != TY_TVAR && !cc_is_subtype(k, pr, et) && from->kind != TY_NULL)
                cc_op_u16(C, OP_checkcast, pool_class_t(g, et));
        } else {
            coerce(g, from, produced(g, n->cast.expr), to);
        }
        break;
    }
    case CC_N_INSTANCEOF:
        gen_expr(g, n->inst.expr);
        cc_op_u16(C, OP_instanceof, pool_class_t(g, n->inst.ctype->ty));
        break;
    case CC_N_CLASS_LIT: {
        uint16_t idx = pool_class_t(g, n->class_lit.ctype->ty);
        cc_op_pool(C, OP_ldc, idx, 1);
        break;
    }
    default:
        cc_error(k->c, n->pos, "internal: cannot generate code for %s", cc_node_kind_name(n->kind));
        g->err = 1;
        break;
    }
}

/* an expression statement: the value, if any, is dropped */
static void gen_discard(G *g, cc_Node *n) {
    n = strip(n);
    switch (n->kind) {
    case CC_N_ASSIGN: gen_assign(g, n, 0); return;
    case CC_N_UNARY:
        if (n->unary.op >= CC_OP_PREINC && n->unary.op <= CC_OP_POSTDEC) {
            gen_incdec(g, n, 0);
            return;
        }
        break;
    default: break;
    }
    gen_expr(g, n);
    if (n->ty && n->ty->kind != TY_VOID) cc_op(C, OP_pop);
}

/* ---- conditions ---- */

static op_Code negate_if(op_Code op) {
    switch (op) {
    case OP_ifeq: return OP_ifne;
    case OP_ifne: return OP_ifeq;
    case OP_iflt: return OP_ifge;
    case OP_ifge: return OP_iflt;
    case OP_ifgt: return OP_ifle;
    case OP_ifle: return OP_ifgt;
    case OP_if_icmpeq: return OP_if_icmpne;
    case OP_if_icmpne: return OP_if_icmpeq;
    case OP_if_icmplt: return OP_if_icmpge;
    case OP_if_icmpge: return OP_if_icmplt;
    case OP_if_icmpgt: return OP_if_icmple;
    case OP_if_icmple: return OP_if_icmpgt;
    case OP_if_acmpeq: return OP_if_acmpne;
    case OP_if_acmpne: return OP_if_acmpeq;
    case OP_ifnull: return OP_ifnonnull;
    case OP_ifnonnull: return OP_ifnull;
    default: return op;
    }
}

static op_Code cmp_zero_op(cc_Op op) {
    switch (op) {
    case CC_OP_EQ: return OP_ifeq;
    case CC_OP_NE: return OP_ifne;
    case CC_OP_LT: return OP_iflt;
    case CC_OP_GE: return OP_ifge;
    case CC_OP_GT: return OP_ifgt;
    default: return OP_ifle;
    }
}

static int is_zero_const(cc_Node *n) {
    const cc_Const *c = cc_const_of(n);
    return c && n->ty && (n->ty->kind == TY_INT || n->ty->kind == TY_SHORT || n->ty->kind == TY_BYTE || n->ty->kind == TY_CHAR) &&
           c->i == 0;
}

static int is_null_lit(cc_Node *n) {
    n = strip(n);
    return n->kind == CC_N_LITERAL && n->lit.lit == CC_LIT_NULL;
}

static void gen_cond(G *g, cc_Node *n, int sense, uint32_t label) {
    cc_Check *k = g->k;
    if (!alive(g) || g->err) return;
    const cc_Const *c = cc_const_of(n);
    if (c && c->kind == TY_BOOLEAN) {
        if ((c->i != 0) == sense) cc_branch(C, OP_goto, label);
        return;
    }
    n = strip(n);
    if (n->kind == CC_N_UNARY && n->unary.op == CC_OP_NOT) {
        gen_cond(g, n->unary.operand, !sense, label);
        return;
    }
    if (n->kind == CC_N_BINARY) {
        cc_Op op = n->binary.op;
        if (op == CC_OP_AND || op == CC_OP_OR) {
            int is_and = op == CC_OP_AND;
            if (is_and != sense) {
                /* (a && b) false: a false or b false; (a || b) true: a true or b true */
                gen_cond(g, n->binary.left, sense, label);
                gen_cond(g, n->binary.right, sense, label);
            } else {
                uint32_t skip = cc_label(C);
                gen_cond(g, n->binary.left, !sense, skip);
                gen_cond(g, n->binary.right, sense, label);
                place(g, skip);
            }
            return;
        }
        if (op >= CC_OP_LT && op <= CC_OP_NE) {
            cc_Info *in = cc_info_get(k, n);
            cc_Type *opt = in ? in->ctype : NULL;
            if (!opt) opt = k->prim[TY_INT];
            cc_Node *l = n->binary.left, *r = n->binary.right;
            if (!cc_is_prim(opt)) {
                /* references */
                op_Code bop;
                if (is_null_lit(r)) {
                    gen_expr(g, l);
                    bop = op == CC_OP_EQ ? OP_ifnull : OP_ifnonnull;
                } else if (is_null_lit(l)) {
                    gen_expr(g, r);
                    bop = op == CC_OP_EQ ? OP_ifnull : OP_ifnonnull;
                } else {
                    gen_expr(g, l);
                    gen_expr(g, r);
                    bop = op == CC_OP_EQ ? OP_if_acmpeq : OP_if_acmpne;
                }
                cc_branch(C, sense ? bop : negate_if(bop), label);
                return;
            }
            int c_ = cat(opt);
            op_Code zop = cmp_zero_op(op);
            if (c_ == 0) {
                if (is_zero_const(r) && opt->kind != TY_BOOLEAN) {
                    gen_expr_to(g, l, opt);
                    cc_branch(C, sense ? zop : negate_if(zop), label);
                    return;
                }
                gen_expr_to(g, l, opt);
                gen_expr_to(g, r, opt);
                op_Code bop = (op_Code)(OP_if_icmpeq + (zop - OP_ifeq));
                cc_branch(C, sense ? bop : negate_if(bop), label);
                return;
            }
            gen_expr_to(g, l, opt);
            gen_expr_to(g, r, opt);
            if (c_ == 1) cc_op(C, OP_lcmp);
            else if (c_ == 2) cc_op(C, (op == CC_OP_LT || op == CC_OP_LE) ? OP_fcmpg : OP_fcmpl);
            else cc_op(C, (op == CC_OP_LT || op == CC_OP_LE) ? OP_dcmpg : OP_dcmpl);
            cc_branch(C, sense ? zop : negate_if(zop), label);
            return;
        }
    }
    if (n->kind == CC_N_COND && n->ty && n->ty->kind == TY_BOOLEAN) {
        uint32_t le = cc_label(C), lend = cc_label(C);
        gen_cond(g, n->cond.cond, 0, le);
        gen_cond(g, n->cond.then, sense, label);
        if (alive(g)) cc_branch(C, OP_goto, lend);
        place(g, le);
        gen_cond(g, n->cond.els, sense, label);
        place(g, lend);
        return;
    }
    gen_expr_to(g, n, k->prim[TY_BOOLEAN]);
    cc_branch(C, sense ? OP_ifne : OP_ifeq, label);
}

/* ------------------------------------------------------------------ */
/* statements                                                          */
/* ------------------------------------------------------------------ */

static void gen_stmts(G *g, cc_List *l) {
    for (int i = 0; i < l->n; i++) gen_stmt(g, l->items[i]);
}

static void gen_block(G *g, cc_List *l) {
    int mark = g->next_slot;
    gen_stmts(g, l);
    g->next_slot = mark;
}

/* a nested block: javac marks its closing brace's line when the block defined a local
 * (Code.endScopes calls curCP(), which emits the pending line) */
static void gen_inner_block(G *g, cc_Node *b) {
    gen_block(g, &b->block.stmts);
    if (!alive(g)) return;
    for (int i = 0; i < b->block.stmts.n; i++) {
        cc_Node *st = b->block.stmts.items[i];
        if (st->kind == CC_N_LOCAL && st->sym && !st->sym->has_const && (st->var.init || (st->sym->flags & CC_SF_EFFINAL) == 0)) {
            line_at(g, b->block.end);
            return;
        }
    }
}

static GJump *push_jump(G *g, GJump *j, cc_Node *node, uint32_t brk, uint32_t cont) {
    j->node = node;
    j->brk = brk;
    j->cont = cont;
    j->try_ = NULL;
    j->up = g->jumps;
    g->jumps = j;
    return j;
}

static void gap_add(G *g, GTry *t, uint32_t label) {
    if (t->ngaps == t->gaps_cap) {
        t->gaps_cap = t->gaps_cap ? t->gaps_cap * 2 : 8;
        t->gaps = realloc(t->gaps, (size_t)t->gaps_cap * sizeof *t->gaps);
    }
    t->gaps[t->ngaps++] = label;
}

static uint32_t here(G *g) {
    uint32_t l = cc_label(C);
    place_at(g, l);
    return l;
}

/* the label at the current pc without changing reachability */
static uint32_t mark(G *g) {
    uint32_t l = cc_label(C);
    C->labels[l].pc = (int32_t)C->n;
    note_label(g, l);
    return l;
}

/* inlines the finally block of try t (a gap starts here for t's handlers) */
static void gen_finalizer(G *g, GTry *t) {
    if (!alive(g)) return;
    gap_add(g, t, mark(g));
    GJump *saved = g->jumps;
    g->jumps = t->outer_jumps;
    t->in_finally++;
    gen_stmt(g, t->node->try_.finally_);
    t->in_finally--;
    g->jumps = saved;
}

static void end_gap(G *g, GTry *t) {
    if (t->ngaps % 2 == 1) gap_add(g, t, mark(g));
}

/* runs the finally blocks between here and the jump target (NULL: the method) */
static void unwind(G *g, cc_Node *target) {
    for (GJump *j = g->jumps; j; j = j->up) {
        if (j->node == target && !j->try_) break;
        if (j->try_ && !j->try_->in_finally) gen_finalizer(g, j->try_);
    }
}

static void end_gaps(G *g, cc_Node *target) {
    for (GJump *j = g->jumps; j; j = j->up) {
        if (j->node == target && !j->try_) break;
        if (j->try_) end_gap(g, j->try_);
    }
}

static int has_finally_between(G *g, cc_Node *target) {
    for (GJump *j = g->jumps; j; j = j->up) {
        if (j->node == target && !j->try_) break;
        if (j->try_) return 1;
    }
    return 0;
}

static GJump *find_jump(G *g, cc_Node *target) {
    for (GJump *j = g->jumps; j; j = j->up)
        if (j->node == target && !j->try_) return j;
    return NULL;
}

static void gen_local_decl(G *g, cc_Node *s) {
    cc_Sym *v = s->sym;
    if (!v) return;
    v->slot = new_local(g, v->type);
    if (v->has_const) return; /* javac keeps constant locals out of the code */
    if (s->var.init && alive(g)) {
        if (s->var.init->kind == CC_N_ARRAY_INIT) gen_array_init(g, s->var.init, v->type);
        else gen_expr_to(g, s->var.init, v->type);
        coerce(g, v->type, erase(g, v->type), erase(g, v->type));
        store_local(g, erase(g, v->type), v->slot);
    }
}

static int cmp_key(const void *a, const void *b) {
    int64_t x = ((const int64_t *)a)[0], y = ((const int64_t *)b)[0];
    return x < y ? -1 : x > y;
}

/* the switch on int-like values: keys[i] -> case label */
static void emit_switch(G *g, int64_t *pairs, int n, uint32_t dflt) {
    qsort(pairs, (size_t)n, 2 * sizeof(int64_t), cmp_key);
    int32_t *keys = malloc((size_t)(n + 1) * sizeof *keys);
    uint32_t *labels = malloc((size_t)(n + 1) * sizeof *labels);
    for (int i = 0; i < n; i++) {
        keys[i] = (int32_t)pairs[2 * i];
        labels[i] = (uint32_t)pairs[2 * i + 1];
    }
    cc_switch(C, keys, labels, (uint32_t)n, dflt);
    free(keys);
    free(labels);
}

static int32_t string_hash(const cc_Const *c) {
    uint32_t h = 0;
    for (uint32_t i = 0; i < c->n; i++) h = 31 * h + c->s[i];
    return (int32_t)h;
}

static void gen_switch(G *g, cc_Node *s) {
    cc_Check *k = g->k;
    cc_Info *in = cc_info_get(k, s);
    cc_Type *lt = in && in->ctype ? in->ctype : k->prim[TY_INT];
    int ncases = s->switch_.cases.n;
    uint32_t end = cc_label(C);
    uint32_t *case_labels = malloc((size_t)(ncases + 1) * sizeof *case_labels);
    uint32_t dflt = end;
    int nkeys = 0;
    for (int i = 0; i < ncases; i++) {
        cc_Node *c = s->switch_.cases.items[i];
        case_labels[i] = cc_label(C);
        if (c->case_.is_default) dflt = case_labels[i];
        nkeys += c->case_.labels.n;
    }
    int64_t *pairs = malloc((size_t)(nkeys + 1) * 2 * sizeof *pairs);
    int mark_slot = g->next_slot;
    if (is_string(g, lt)) {
        /* javac: String s$ = sel; int tmp$ = -1; switch (s$.hashCode()) {...}; switch (tmp$) */
        int s_slot = new_local(g, lt);
        int t_slot = new_local(g, k->prim[TY_INT]);
        gen_expr_to(g, s->switch_.selector, lt);
        cc_op_u16(C, OP_astore, (uint16_t)s_slot);
        cc_op(C, OP_iconst_m1);
        cc_op_u16(C, OP_istore, (uint16_t)t_slot);
        /* labels in order, with their positions */
        const cc_Const **strs = malloc((size_t)(nkeys + 1) * sizeof *strs);
        int *case_of = malloc((size_t)(nkeys + 1) * sizeof *case_of);
        int ns = 0;
        for (int i = 0; i < ncases; i++) {
            cc_Node *c = s->switch_.cases.items[i];
            for (int j = 0; j < c->case_.labels.n; j++) {
                strs[ns] = cc_const_of(c->case_.labels.items[j]);
                case_of[ns] = i;
                ns++;
            }
        }
        /* distinct hashes in first-appearance order */
        int32_t *hashes = malloc((size_t)(ns + 1) * sizeof *hashes);
        int nh = 0;
        for (int i = 0; i < ns; i++) {
            int32_t h = strs[i] ? string_hash(strs[i]) : 0;
            int seen = 0;
            for (int j = 0; j < nh; j++)
                if (hashes[j] == h) seen = 1;
            if (!seen) hashes[nh++] = h;
        }
        uint32_t end1 = cc_label(C);
        uint32_t *hl = malloc((size_t)(nh + 1) * sizeof *hl);
        int64_t *hp = malloc((size_t)(nh + 1) * 2 * sizeof *hp);
        for (int i = 0; i < nh; i++) {
            hl[i] = cc_label(C);
            hp[2 * i] = hashes[i];
            hp[2 * i + 1] = hl[i];
        }
        cc_op_u16(C, OP_aload, (uint16_t)s_slot);
        invoke(g, OP_invokevirtual, "java/lang/String", "hashCode", "()I");
        emit_switch(g, hp, nh, end1);
        for (int i = 0; i < nh; i++) {
            place(g, hl[i]);
            /* the labels with this hash, tested last-first (javac builds the if chain
             * from the back) */
            for (int j = ns - 1; j >= 0; j--) {
                if (!strs[j] || string_hash(strs[j]) != hashes[i]) continue;
                int last = 1;
                for (int q = j - 1; q >= 0; q--)
                    if (strs[q] && string_hash(strs[q]) == hashes[i]) last = 0;
                uint32_t next = last ? end1 : cc_label(C);
                cc_op_u16(C, OP_aload, (uint16_t)s_slot);
                push_const(g, strs[j], TY_CLASS);
                invoke(g, OP_invokevirtual, "java/lang/String", "equals", "(Ljava/lang/Object;)Z");
                cc_branch(C, OP_ifeq, next);
                cc_push_int(C, g->m, j);
                cc_op_u16(C, OP_istore, (uint16_t)t_slot);
                cc_branch(C, OP_goto, end1);
                if (!last) place(g, next);
            }
        }
        place(g, end1);
        cc_op_u16(C, OP_iload, (uint16_t)t_slot);
        for (int i = 0; i < ns; i++) {
            pairs[2 * i] = i;
            pairs[2 * i + 1] = case_labels[case_of[i]];
        }
        emit_switch(g, pairs, ns, dflt);
        free(strs);
        free(case_of);
        free(hashes);
        free(hl);
        free(hp);
    } else {
        gen_expr_to(g, s->switch_.selector, k->prim[TY_INT]);
        int np = 0;
        for (int i = 0; i < ncases; i++) {
            cc_Node *c = s->switch_.cases.items[i];
            for (int j = 0; j < c->case_.labels.n; j++) {
                const cc_Const *v = cc_const_of(c->case_.labels.items[j]);
                pairs[2 * np] = v ? v->i : 0;
                pairs[2 * np + 1] = case_labels[i];
                np++;
            }
        }
        emit_switch(g, pairs, np, dflt);
    }
    GJump j;
    push_jump(g, &j, s, end, (uint32_t)-1);
    int body_mark = g->next_slot;
    for (int i = 0; i < ncases; i++) {
        cc_Node *c = s->switch_.cases.items[i];
        place(g, case_labels[i]);
        for (int q = 0; q < c->case_.body.n; q++) {
            cc_Node *st = c->case_.body.items[q];
            if (!alive(g) && st->kind == CC_N_LOCAL && st->sym) {
                /* a declaration in unreachable code is still in scope for later cases */
                st->sym->slot = new_local(g, st->sym->type);
                continue;
            }
            gen_stmt(g, st);
        }
    }
    g->next_slot = body_mark;
    g->jumps = j.up;
    place(g, end);
    g->next_slot = mark_slot;
    free(case_labels);
    free(pairs);
}

/* where a try statement ends (javac's TreeInfo.endPos: the last block's closing brace) */
static cc_Pos try_end(cc_Node *s) {
    cc_Node *last = s->try_.finally_;
    if (!last && s->try_.catches.n) last = s->try_.catches.items[s->try_.catches.n - 1]->catch_.body;
    if (!last) last = s->try_.body;
    return last->block.end;
}

static void gen_try(G *g, cc_Node *s) {
    cc_Check *k = g->k;
    int has_fin = s->try_.finally_ != NULL;
    GTry t;
    memset(&t, 0, sizeof t);
    t.node = s;
    t.outer_jumps = g->jumps;
    GJump tj;
    if (has_fin) {
        push_jump(g, &tj, s, 0, 0);
        tj.try_ = &t;
    }
    uint32_t exit = cc_label(C);
    uint32_t start = here(g);
    gen_stmt(g, s->try_.body);
    uint32_t endl = mark(g);
    int body_empty = C->labels[start].pc == C->labels[endl].pc;
    int ngaps_body = t.ngaps;
    if (has_fin) {
        gen_finalizer(g, &t);
        if (alive(g)) {
            line_at(g, try_end(s));
            cc_branch(C, OP_goto, exit);
        }
        end_gap(g, &t);
    } else if (alive(g)) {
        line_at(g, try_end(s));
        cc_branch(C, OP_goto, exit);
    }
    if (!body_empty) {
        for (int i = 0; i < s->try_.catches.n; i++) {
            cc_Node *c = s->try_.catches.items[i];
            uint32_t h = cc_label(C);
            cc_Node *vt = c->catch_.param->var.vtype;
            int nalts = vt->kind == CC_N_UNION_TYPE ? vt->uni.alts.n : 1;
            for (int a = 0; a < nalts; a++) {
                cc_Node *an = vt->kind == CC_N_UNION_TYPE ? vt->uni.alts.items[a] : vt;
                uint16_t ct = an->ty && an->ty->kind == TY_CLASS ? pool_class_t(g, an->ty) : 0;
                /* catch ranges skip the gaps inside the try body */
                uint32_t seg = start;
                for (int q = 0; q + 1 < ngaps_body; q += 2) {
                    cc_handler(C, seg, t.gaps[q], h, ct);
                    seg = t.gaps[q + 1];
                }
                cc_handler(C, seg, endl, h, ct);
            }
            place_at(g, h);
            cc_set_depth(C, 1);
            int mark_slot = g->next_slot;
            cc_Sym *p = c->catch_.param->sym;
            line_at(g, c->catch_.param->pos);
            if (p) {
                p->slot = new_local(g, p->type);
                cc_op_u16(C, OP_astore, (uint16_t)p->slot);
            } else {
                cc_op(C, OP_pop);
            }
            gen_block(g, &c->catch_.body->block.stmts);
            g->next_slot = mark_slot;
            if (has_fin) {
                gen_finalizer(g, &t);
                if (alive(g)) {
                    line_at(g, try_end(s));
                    cc_branch(C, OP_goto, exit);
                }
                end_gap(g, &t);
            } else if (alive(g) && i + 1 < s->try_.catches.n) {
                line_at(g, try_end(s));
                cc_branch(C, OP_goto, exit);
            }
        }
    }
    if (has_fin) {
        g->jumps = tj.up;
        /* catch-all: covers the try body and the catches, minus the finally copies */
        {
            uint32_t h = cc_label(C);
            uint32_t seg = start;
            int q = 0;
            for (; q + 1 < t.ngaps; q += 2) {
                cc_handler(C, seg, t.gaps[q], h, 0);
                seg = t.gaps[q + 1];
            }
            place_at(g, h);
            cc_set_depth(C, 1);
            /* javac: a new register segment for the exception */
            g->next_slot = g->max_slot;
            int ex = new_local(g, k->c_throwable ? k->c_throwable->type : k->c_object->type);
            cc_op_u16(C, OP_astore, (uint16_t)ex);
            /* javac's last range runs to the astore's end; its compressCatchTable drops
             * it when it is just that one short instruction: oakc always drops that part */
            cc_handler(C, seg, h, h, 0);
            GJump *saved = g->jumps;
            g->jumps = t.outer_jumps;
            t.in_finally++;
            gen_stmt(g, s->try_.finally_);
            t.in_finally--;
            g->jumps = saved;
            if (alive(g)) {
                line_at(g, s->try_.finally_->block.end);
                cc_op_u16(C, OP_aload, (uint16_t)ex);
                cc_op(C, OP_athrow);
            }
        }
    }
    place(g, exit);
    free(t.gaps);
}

static void gen_foreach(G *g, cc_Node *s) {
    cc_Check *k = g->k;
    cc_Info *in = cc_info_get(k, s);
    cc_Sym *v = s->foreach.var->sym;
    int mark_slot = g->next_slot;
    uint32_t top = cc_label(C), cont = cc_label(C), end = cc_label(C);
    cc_Type *el = in && in->ctype ? in->ctype : k->c_object->type;
    if (in && (in->flags & CC_I_FOREACH_ARRAY)) {
        cc_Type *at = s->foreach.expr->ty;
        cc_Type *pat = produced(g, s->foreach.expr);
        int arr = new_local(g, at);
        int len = new_local(g, k->prim[TY_INT]);
        int idx = new_local(g, k->prim[TY_INT]);
        gen_expr(g, s->foreach.expr);
        coerce(g, at, pat, erase(g, at));
        cc_op_u16(C, OP_astore, (uint16_t)arr);
        cc_op_u16(C, OP_aload, (uint16_t)arr);
        cc_op(C, OP_arraylength);
        cc_op_u16(C, OP_istore, (uint16_t)len);
        cc_op(C, OP_iconst_0);
        cc_op_u16(C, OP_istore, (uint16_t)idx);
        place_at(g, top);
        cc_op_u16(C, OP_iload, (uint16_t)idx);
        cc_op_u16(C, OP_iload, (uint16_t)len);
        cc_branch(C, OP_if_icmpge, end);
        v->slot = new_local(g, v->type);
        cc_op_u16(C, OP_aload, (uint16_t)arr);
        cc_op_u16(C, OP_iload, (uint16_t)idx);
        cc_Type *eat = erase(g, at);
        cc_Type *eel = eat->kind == TY_ARRAY ? eat->elem : k->c_object->type;
        cc_op(C, array_load_op(eel));
        coerce(g, el, eel, v->type);
        store_local(g, erase(g, v->type), v->slot);
        GJump j;
        push_jump(g, &j, s, end, cont);
        gen_stmt(g, s->foreach.body);
        g->jumps = j.up;
        place(g, cont);
        if (alive(g)) {
            line_at(g, s->pos);
            cc_iinc(C, (uint16_t)idx, 1);
            cc_branch(C, OP_goto, top);
        }
    } else {
        int it = new_local(g, k->c_iterator ? k->c_iterator->type : k->c_object->type);
        cc_Type *xt = s->foreach.expr->ty;
        gen_receiver(g, s->foreach.expr);
        cc_Type *ext = erase(g, xt);
        int iface = ext->kind == TY_CLASS && ext->sym->is_iface;
        const char *owner = ext->kind == TY_CLASS ? ext->sym->bin : "java/lang/Iterable";
        invoke(g, iface ? OP_invokeinterface : OP_invokevirtual, owner, "iterator", "()Ljava/util/Iterator;");
        cc_op_u16(C, OP_astore, (uint16_t)it);
        place_at(g, top);
        cc_op_u16(C, OP_aload, (uint16_t)it);
        invoke(g, OP_invokeinterface, "java/util/Iterator", "hasNext", "()Z");
        cc_branch(C, OP_ifeq, end);
        v->slot = new_local(g, v->type);
        cc_op_u16(C, OP_aload, (uint16_t)it);
        invoke(g, OP_invokeinterface, "java/util/Iterator", "next", "()Ljava/lang/Object;");
        coerce(g, el, k->c_object->type, v->type);
        store_local(g, erase(g, v->type), v->slot);
        GJump j;
        push_jump(g, &j, s, end, cont);
        gen_stmt(g, s->foreach.body);
        g->jumps = j.up;
        place(g, cont);
        if (alive(g)) {
            line_at(g, s->pos);
            cc_branch(C, OP_goto, top);
        }
    }
    place(g, end);
    g->next_slot = mark_slot;
}

static cc_Pos stmt_line_pos(cc_Node *s) {
    if (s->kind == CC_N_EXPR_STMT) return cc_node_start(s->expr_stmt.expr);
    return s->pos;
}

static void gen_stmt(G *g, cc_Node *s) {
    cc_Check *k = g->k;
    if (!s || g->err) return;
    if (!alive(g)) {
        if (s->kind == CC_N_LOCAL && s->sym) s->sym->slot = new_local(g, s->sym->type);
        return;
    }
    switch (s->kind) {
    case CC_N_BLOCK: gen_inner_block(g, s); return;
    case CC_N_EMPTY: case CC_N_ERROR: case CC_N_ASSERT: case CC_N_CLASS: return;
    default: break;
    }
    line_at(g, stmt_line_pos(s));
    switch (s->kind) {
    case CC_N_LOCAL: gen_local_decl(g, s); break;
    case CC_N_EXPR_STMT: {
        cc_Node *x = s->expr_stmt.expr;
        if (x->kind == CC_N_CTOR_CALL) {
            cc_op_u16(C, OP_aload, 0);
            gen_args(g, x, x->sym, &x->ctor_call.args);
            invoke(g, OP_invokespecial, x->sym->owner->bin, "<init>", x->sym->desc);
        } else {
            gen_discard(g, x);
        }
        break;
    }
    case CC_N_IF: {
        const cc_Const *c = cc_const_of(s->if_.cond);
        if (c && c->kind == TY_BOOLEAN) {
            if (c->i) gen_stmt(g, s->if_.then);
            else if (s->if_.els) gen_stmt(g, s->if_.els);
            break;
        }
        uint32_t lelse = cc_label(C), lend = cc_label(C);
        gen_cond(g, s->if_.cond, 0, lelse);
        gen_stmt(g, s->if_.then);
        if (s->if_.els) {
            if (alive(g)) cc_branch(C, OP_goto, lend);
            place(g, lelse);
            gen_stmt(g, s->if_.els);
            place(g, lend);
        } else {
            place(g, lelse);
        }
        break;
    }
    case CC_N_WHILE: {
        uint32_t top = cc_label(C), end = cc_label(C);
        place_at(g, top);
        gen_cond(g, s->while_.cond, 0, end);
        GJump j;
        push_jump(g, &j, s, end, top);
        gen_stmt(g, s->while_.body);
        g->jumps = j.up;
        if (alive(g)) cc_branch(C, OP_goto, top);
        place(g, end);
        break;
    }
    case CC_N_DO: {
        uint32_t top = cc_label(C), cont = cc_label(C), end = cc_label(C);
        place_at(g, top);
        GJump j;
        push_jump(g, &j, s, end, cont);
        gen_stmt(g, s->while_.body);
        g->jumps = j.up;
        place(g, cont);
        if (alive(g)) {
            line_at(g, s->while_.cond->pos);
            gen_cond(g, s->while_.cond, 1, top);
        }
        place(g, end);
        break;
    }
    case CC_N_FOR: {
        int mark_slot = g->next_slot;
        for (int i = 0; i < s->for_.init.n; i++) gen_stmt(g, s->for_.init.items[i]);
        uint32_t top = cc_label(C), cont = cc_label(C), end = cc_label(C);
        place_at(g, top);
        if (s->for_.cond) gen_cond(g, s->for_.cond, 0, end);
        GJump j;
        push_jump(g, &j, s, end, cont);
        gen_stmt(g, s->for_.body);
        g->jumps = j.up;
        place(g, cont);
        for (int i = 0; i < s->for_.update.n && alive(g); i++) gen_stmt(g, s->for_.update.items[i]);
        if (alive(g)) cc_branch(C, OP_goto, top);
        place(g, end);
        g->next_slot = mark_slot;
        break;
    }
    case CC_N_FOREACH: gen_foreach(g, s); break;
    case CC_N_LABELED: {
        uint32_t end = cc_label(C);
        GJump j;
        push_jump(g, &j, s, end, (uint32_t)-1);
        gen_stmt(g, s->labeled.body);
        g->jumps = j.up;
        place(g, end);
        break;
    }
    case CC_N_SWITCH: gen_switch(g, s); break;
    case CC_N_BREAK:
    case CC_N_CONTINUE: {
        cc_Info *in = cc_info_get(k, s);
        cc_Node *target = in ? in->target : NULL;
        GJump *j = target ? find_jump(g, target) : NULL;
        if (!j) break;
        unwind(g, target);
        if (alive(g)) line_at(g, s->pos);
        if (alive(g)) cc_branch(C, OP_goto, s->kind == CC_N_BREAK ? j->brk : j->cont);
        end_gaps(g, target);
        break;
    }
    case CC_N_RETURN: {
        cc_Type *rt = g->meth ? g->meth->type : k->prim[TY_VOID];
        if (s->ret.expr) {
            gen_expr_to(g, s->ret.expr, rt);
            coerce(g, rt, erase(g, rt), erase(g, rt));
            if (has_finally_between(g, NULL)) {
                int tmp = new_local(g, rt);
                store_local(g, erase(g, rt), tmp);
                unwind(g, NULL);
                if (alive(g)) line_at(g, s->pos);
                if (alive(g)) {
                    load_local(g, erase(g, rt), tmp);
                    cc_op(C, (op_Code)(OP_ireturn + cat(rt)));
                }
            } else {
                cc_op(C, (op_Code)(OP_ireturn + cat(rt)));
            }
        } else {
            unwind(g, NULL);
            if (alive(g)) line_at(g, s->pos);
            if (alive(g)) cc_op(C, OP_return);
        }
        end_gaps(g, NULL);
        break;
    }
    case CC_N_THROW:
        gen_expr(g, s->ret.expr);
        cc_op(C, OP_athrow);
        break;
    case CC_N_TRY: gen_try(g, s); break;
    default:
        cc_error(k->c, s->pos, "internal: cannot generate code for %s", cc_node_kind_name(s->kind));
        g->err = 1;
        break;
    }
}

/* ------------------------------------------------------------------ */
/* methods and classes                                                 */
/* ------------------------------------------------------------------ */

static void begin_method(G *g, cc_Sym *ms) {
    int inst = !cc_is_static(ms);
    cc_code_init(C, (uint32_t)(inst + ms->nparams));
    g->at_pc = (uint32_t)-1;
    g->nat = 0;
    g->meth = ms;
    g->jumps = NULL;
    int jslot = inst;
    for (int i = 0; i < ms->nparams; i++) {
        if (ms->params && ms->params[i]) ms->params[i]->slot = inst + i;
        jslot += kind_size(ms->ptypes[i]->kind);
    }
    g->next_slot = g->max_slot = jslot;
}

static int finish_method(G *g, ld_Class *lc, uint16_t flags, const char *name, const char *desc) {
    ld_Method *lm = ld_class_add_method(lc);
    if (!lm) {
        cc_error(g->k->c, (cc_Pos){-1, 0, 0, 0}, "too many methods in class %s", g->cls->qname);
        cc_code_free(C);
        return -1;
    }
    lm->flags = flags;
    lm->name = ld_pool_utf8(g->m, name, (uint32_t)strlen(name));
    lm->desc = ld_pool_utf8(g->m, desc, (uint32_t)strlen(desc));
    char err[256];
    if (C->n == 0) cc_op(C, OP_return); /* cannot happen for checked code; keeps the module valid */
    if (cc_code_finish(C, lm, err, sizeof err) != 0) {
        cc_Pos pos = g->meth && g->meth->decl ? g->meth->decl->pos : (g->cls->decl ? g->cls->decl->pos : (cc_Pos){-1, 0, 0, 0});
        cc_error(g->k->c, pos, "%s", strcmp(err, "code too large") == 0 ? "code too large" : err);
        cc_code_free(C);
        g->err = 1;
        return -1;
    }
    cc_code_free(C);
    return 0;
}

static void gen_field_inits(G *g, cc_Sym *c, int is_static) {
    cc_Node *cd = c->decl;
    for (int i = 0; i < cd->cls.members.n && !g->err; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind == CC_N_FIELD && m->var.init && m->sym && cc_is_static(m->sym) == is_static) {
            cc_Sym *f = m->sym;
            if (is_static && f->has_const && (f->flags & LD_ACC_FINAL)) continue;
            if (!alive(g)) continue;
            line_at(g, m->pos);
            if (!is_static) cc_op_u16(C, OP_aload, 0);
            if (m->var.init->kind == CC_N_ARRAY_INIT) gen_array_init(g, m->var.init, f->type);
            else gen_expr_to(g, m->var.init, f->type);
            field_op(g, is_static ? OP_putstatic : OP_putfield, c->bin, f->name, f->desc);
        } else if (m->kind == CC_N_INITIALIZER && m->init.is_static == is_static) {
            gen_stmt(g, m->init.body);
        }
    }
}

static void gen_ctor(G *g, ld_Class *lc, cc_Sym *c, cc_Sym *ms) {
    cc_Node *n = ms->decl; /* NULL for the default constructor */
    begin_method(g, ms);
    cc_Node *body = n ? n->method.body : NULL;
    cc_List *stmts = body ? &body->block.stmts : NULL;
    int first = 0, this_call = 0;
    if (stmts && stmts->n) {
        cc_Node *s0 = stmts->items[0];
        if (s0->kind == CC_N_EXPR_STMT && s0->expr_stmt.expr->kind == CC_N_CTOR_CALL) {
            this_call = !s0->expr_stmt.expr->ctor_call.is_super;
            gen_stmt(g, s0);
            first = 1;
        }
    }
    if (!first && c->super) {
        cc_Info *in = cc_info_get(g->k, n ? n : c->decl);
        cc_Sym *sc = in ? in->sym2 : NULL;
        line_at(g, n ? n->pos : c->decl->pos);
        cc_op_u16(C, OP_aload, 0);
        invoke(g, OP_invokespecial, c->super->sym->bin, "<init>", sc ? sc->desc : "()V");
    }
    if (!this_call) gen_field_inits(g, c, 0);
    if (stmts)
        for (int i = first; i < stmts->n; i++) gen_stmt(g, stmts->items[i]);
    if (alive(g)) {
        if (body) line_at(g, body->block.end);
        cc_op(C, OP_return);
    }
    finish_method(g, lc, (uint16_t)(ms->flags & (LD_ACC_PUBLIC | LD_ACC_PRIVATE | LD_ACC_PROTECTED)), "<init>", ms->desc);
}

static void gen_method(G *g, ld_Class *lc, cc_Sym *c, cc_Sym *ms) {
    cc_Node *n = ms->decl;
    uint16_t flags = (uint16_t)(ms->flags & LD_METHOD_FLAGS);
    if (c->is_iface && !(ms->flags & (CC_SF_DEFAULT | LD_ACC_STATIC | LD_ACC_PRIVATE))) flags |= LD_ACC_ABSTRACT;
    if (flags & (LD_ACC_ABSTRACT | LD_ACC_NATIVE) || !n->method.body) {
        ld_Method *lm = ld_class_add_method(lc);
        if (!lm) {
            g->err = 1;
            return;
        }
        lm->flags = flags;
        if (!(flags & (LD_ACC_ABSTRACT | LD_ACC_NATIVE))) lm->flags |= LD_ACC_ABSTRACT;
        lm->name = ld_pool_utf8(g->m, ms->name, (uint32_t)strlen(ms->name));
        lm->desc = ld_pool_utf8(g->m, ms->desc, (uint32_t)strlen(ms->desc));
        return;
    }
    begin_method(g, ms);
    gen_block(g, &n->method.body->block.stmts);
    if (alive(g)) {
        line_at(g, n->method.body->block.end);
        cc_op(C, OP_return);
    }
    finish_method(g, lc, flags, ms->name, ms->desc);
}

static void gen_bridge(G *g, ld_Class *lc, cc_Sym *c, cc_Sym *b) {
    cc_Sym *impl = b->impl;
    cc_code_init(C, (uint32_t)(1 + b->nparams));
    g->at_pc = (uint32_t)-1;
    g->nat = 0;
    g->meth = b;
    g->next_slot = g->max_slot = 1 + b->nparams;
    if (c->decl) line_at(g, c->decl->pos);
    cc_op_u16(C, OP_aload, 0);
    for (int i = 0; i < b->nparams; i++) {
        cc_Type *pt = b->ptypes[i];
        load_local(g, pt, 1 + i);
        cc_Type *it = erase(g, impl->ptypes[i]);
        if (cc_is_ref(it) && !cc_is_subtype(g->k, pt, it)) cc_op_u16(C, OP_checkcast, pool_class_t(g, it));
    }
    invoke(g, OP_invokevirtual, c->bin, impl->name, impl->desc);
    if (b->type->kind == TY_VOID) cc_op(C, OP_return);
    else cc_op(C, (op_Code)(OP_ireturn + cat(b->type)));
    finish_method(g, lc, (uint16_t)(b->flags & (LD_ACC_PUBLIC | LD_ACC_PROTECTED)), b->name, b->desc);
}

static int needs_clinit(cc_Sym *c) {
    cc_Node *cd = c->decl;
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind == CC_N_INITIALIZER && m->init.is_static) return 1;
        if (m->kind == CC_N_FIELD && m->var.init && m->sym && cc_is_static(m->sym) &&
            !(m->sym->has_const && (m->sym->flags & LD_ACC_FINAL)))
            return 1;
    }
    return 0;
}

static const char *base_name(const char *p) {
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

char *cc_class_signature(cc_Check *k, cc_Sym *c);

static void gen_class(G *g, cc_Sym *c) {
    cc_Check *k = g->k;
    g->cls = c;
    ld_Class *lc = ld_module_add_class(g->m);
    if (!lc) {
        cc_error(k->c, c->decl->pos, "too many classes");
        g->err = 1;
        return;
    }
    uint16_t flags = (uint16_t)(c->flags & (LD_ACC_PUBLIC | LD_ACC_FINAL | LD_ACC_ABSTRACT | LD_ACC_INTERFACE));
    if ((c->flags & CC_SF_NESTED) && (c->flags & LD_ACC_PROTECTED)) flags |= LD_ACC_PUBLIC;
    if (!c->is_iface) flags |= LD_ACC_SUPER;
    lc->flags = flags;
    lc->this_class = ld_pool_class(g->m, c->bin);
    lc->super_class = c->super ? ld_pool_class(g->m, c->super->sym->bin)
                               : (c->is_iface ? ld_pool_class(g->m, "java/lang/Object") : 0);
    const char *src = base_name(k->c->files[c->file].name);
    lc->source = ld_pool_utf8(g->m, src, (uint32_t)strlen(src));
    for (int i = 0; i < c->nifaces; i++) ld_class_add_interface(lc, ld_pool_class(g->m, c->ifaces[i]->sym->bin));
    /* fields */
    for (int i = 0; i < c->nmembers; i++) {
        cc_Sym *f = c->members[i];
        if (f->kind != SYM_FIELD) continue;
        ld_Field *lf = ld_class_add_field(lc);
        if (!lf) {
            cc_error(k->c, f->decl->pos, "too many fields");
            g->err = 1;
            return;
        }
        lf->flags = (uint16_t)(f->flags & LD_FIELD_FLAGS);
        lf->name = ld_pool_utf8(g->m, f->name, (uint32_t)strlen(f->name));
        lf->desc = ld_pool_utf8(g->m, f->desc, (uint32_t)strlen(f->desc));
        if (f->has_const && cc_is_static(f) && (f->flags & LD_ACC_FINAL)) {
            const cc_Const *v = &f->cv;
            switch (f->type->kind) {
            case TY_BOOLEAN: case TY_BYTE: case TY_SHORT: case TY_CHAR: case TY_INT:
                lf->constval = ld_pool_int(g->m, (int32_t)v->i);
                break;
            case TY_LONG: lf->constval = ld_pool_long(g->m, v->i); break;
            case TY_FLOAT: {
                float fl = (float)v->d;
                uint32_t bits;
                memcpy(&bits, &fl, 4);
                lf->constval = ld_pool_float(g->m, bits);
                break;
            }
            case TY_DOUBLE: {
                uint64_t bits;
                memcpy(&bits, &v->d, 8);
                lf->constval = ld_pool_double(g->m, bits);
                break;
            }
            default: lf->constval = pool_string(g, v); break;
            }
        }
    }
    /* the generic signatures (see cc_class_signature) */
    char *sig = cc_class_signature(k, c);
    if (sig) {
        ld_Field *lf = ld_class_add_field(lc);
        if (lf) {
            lf->flags = (uint16_t)(LD_ACC_STATIC | LD_ACC_FINAL | (c->is_iface ? LD_ACC_PUBLIC : LD_ACC_PRIVATE));
            lf->name = ld_pool_utf8(g->m, CC_SIG_FIELD, (uint32_t)strlen(CC_SIG_FIELD));
            lf->desc = ld_pool_utf8(g->m, "Ljava/lang/String;", 18);
            lf->constval = ld_pool_string(g->m, sig, (uint32_t)strlen(sig));
        }
        free(sig);
    }
    /* methods in declaration order */
    for (int i = 0; i < c->nmembers && !g->err; i++) {
        cc_Sym *ms = c->members[i];
        if (ms->kind != SYM_METHOD) continue;
        if (ms->flags & CC_SF_CTOR) gen_ctor(g, lc, c, ms);
        else gen_method(g, lc, c, ms);
        /* lc stays valid: nothing adds classes meanwhile */
    }
    for (int i = 0; i < c->nbridges && !g->err; i++) gen_bridge(g, lc, c, c->bridges[i]);
    if (!g->err && needs_clinit(c)) {
        cc_Sym fake;
        memset(&fake, 0, sizeof fake);
        fake.kind = SYM_METHOD;
        fake.flags = LD_ACC_STATIC;
        fake.type = k->prim[TY_VOID];
        begin_method(g, &fake);
        gen_field_inits(g, c, 1);
        if (alive(g)) {
            cc_Node *last = NULL;
            for (int i = 0; i < c->decl->cls.members.n; i++) {
                cc_Node *m = c->decl->cls.members.items[i];
                if ((m->kind == CC_N_INITIALIZER && m->init.is_static) ||
                    (m->kind == CC_N_FIELD && m->var.init && m->sym && cc_is_static(m->sym) &&
                     !(m->sym->has_const && (m->sym->flags & LD_ACC_FINAL))))
                    last = m;
            }
            if (last) line_at(g, last->kind == CC_N_INITIALIZER ? last->init.body->block.end : last->pos);
            cc_op(C, OP_return);
        }
        g->meth = NULL;
        finish_method(g, lc, LD_ACC_STATIC, "<clinit>", "()V");
    }
}

int cc_gen_module(cc_Check *k, ld_Module *m) {
    G g;
    memset(&g, 0, sizeof g);
    g.k = k;
    g.m = m;
    for (int i = 0; i < k->nsrc && !g.err; i++) {
        cc_Sym *c = k->src_classes[i];
        if (!c->decl || c->decl->cls.is_inner) continue;
        gen_class(&g, c);
    }
    return g.err ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* generic signatures                                                  */
/* ------------------------------------------------------------------ */

/* Oak modules have no attributes, so the generic signatures of a class (JVM Signature
 * attribute grammar, JVMS 4.7.9.1) travel in a synthetic constant field, CC_SIG_FIELD,
 * read back by classpath.c: line 1 the class signature (empty if the class needs none),
 * then "NAME DESC SIGNATURE[ V]" per field or method whose type is generic (SIGNATURE "-"
 * for none) or which is varargs (V). */

typedef struct {
    char *b;
    size_t n, cap;
} SBuf;

static void sb_put(SBuf *s, const char *t, size_t n) {
    if (s->n + n + 1 > s->cap) {
        s->cap = (s->n + n + 1) * 2;
        s->b = realloc(s->b, s->cap);
    }
    memcpy(s->b + s->n, t, n);
    s->n += n;
    s->b[s->n] = 0;
}
static void sb_str(SBuf *s, const char *t) { sb_put(s, t, strlen(t)); }

static int needs_sig(cc_Type *t) {
    if (!t) return 0;
    switch (t->kind) {
    case TY_TVAR: case TY_WILD: return 1;
    case TY_ARRAY: return needs_sig(t->elem);
    case TY_CLASS: return t->nargs > 0;
    default: return 0;
    }
}

static void sig_type(G *g, SBuf *s, cc_Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: case TY_BYTE: case TY_SHORT: case TY_CHAR: case TY_INT: case TY_LONG: case TY_FLOAT:
    case TY_DOUBLE: case TY_VOID: sb_str(s, prim_desc[t->kind]); break;
    case TY_ARRAY: sb_str(s, "["); sig_type(g, s, t->elem); break;
    case TY_TVAR: sb_str(s, "T"); sb_str(s, t->sym->name); sb_str(s, ";"); break;
    case TY_WILD:
        if (t->wkind == 0 || !t->elem) sb_str(s, "*");
        else {
            sb_str(s, t->wkind == 1 ? "+" : "-");
            sig_type(g, s, t->elem);
        }
        break;
    case TY_CLASS:
        sb_str(s, "L");
        sb_str(s, t->sym->bin);
        if (t->nargs) {
            sb_str(s, "<");
            for (int i = 0; i < t->nargs; i++) sig_type(g, s, t->args[i]);
            sb_str(s, ">");
        }
        sb_str(s, ";");
        break;
    default: sb_str(s, "Ljava/lang/Object;"); break;
    }
}

static void sig_tparams(G *g, SBuf *s, cc_Sym **tps, int n) {
    if (!n) return;
    sb_str(s, "<");
    for (int i = 0; i < n; i++) {
        sb_str(s, tps[i]->name);
        for (int j = 0; j < tps[i]->nbounds; j++) {
            cc_Type *b = tps[i]->bounds[j];
            int iface = b->kind == TY_CLASS && b->sym->is_iface;
            if (j == 0 && iface) sb_str(s, ":");
            sb_str(s, ":");
            sig_type(g, s, b);
        }
    }
    sb_str(s, ">");
}

/* the signature text of class c, or NULL if it needs none */
char *cc_class_signature(cc_Check *k, cc_Sym *c) {
    G gg;
    memset(&gg, 0, sizeof gg);
    gg.k = k;
    G *g = &gg;
    SBuf s = {0};
    sb_str(&s, "");
    int any = 0;
    int cls = c->ntparams > 0 || needs_sig(c->super);
    for (int i = 0; i < c->nifaces; i++) cls |= needs_sig(c->ifaces[i]);
    if (cls) {
        any = 1;
        sig_tparams(g, &s, c->tparams, c->ntparams);
        sig_type(g, &s, c->super ? c->super : k->c_object->type);
        for (int i = 0; i < c->nifaces; i++) sig_type(g, &s, c->ifaces[i]);
    }
    for (int i = 0; i < c->nmembers; i++) {
        cc_Sym *m = c->members[i];
        if (m->kind == SYM_FIELD) {
            if (!needs_sig(m->type)) continue;
            sb_str(&s, "\n");
            sb_str(&s, m->name);
            sb_str(&s, " ");
            sb_str(&s, m->desc);
            sb_str(&s, " ");
            sig_type(g, &s, m->type);
            any = 1;
        } else if (m->kind == SYM_METHOD && m->desc) {
            /* also for a throws clause: modules have no other place for it */
            int gen = m->ntparams > 0 || needs_sig(m->type) || m->nthrows > 0;
            for (int j = 0; j < m->nparams; j++) gen |= needs_sig(m->ptypes[j]);
            int va = (m->flags & CC_SF_VARARGS) != 0;
            if (!gen && !va) continue;
            sb_str(&s, "\n");
            sb_str(&s, m->name);
            sb_str(&s, " ");
            sb_str(&s, m->desc);
            sb_str(&s, " ");
            if (gen) {
                sig_tparams(g, &s, m->tparams, m->ntparams);
                sb_str(&s, "(");
                for (int j = 0; j < m->nparams; j++) sig_type(g, &s, m->ptypes[j]);
                sb_str(&s, ")");
                sig_type(g, &s, m->type);
                for (int j = 0; j < m->nthrows; j++) {
                    sb_str(&s, "^");
                    sig_type(g, &s, m->throws[j]);
                }
            } else {
                sb_str(&s, "-");
            }
            if (va) sb_str(&s, " V");
            any = 1;
        }
    }
    if (!any) {
        free(s.b);
        return NULL;
    }
    return s.b;
}
