/* check.c: oakc's semantic analysis (javac's Enter, MemberEnter and Attr).
 *
 *   1. enter      every class of every unit into the class table (binary names, nesting)
 *   2. imports    single-type and on-demand imports, static imports
 *   3. headers    type parameters, superclass, interfaces (cycles, final, kinds)
 *   4. members    fields, methods, constructors with erased descriptors; default
 *                 constructors; duplicate and modifier checks
 *   5. classes    overriding and implementation rules, @Override, abstract methods
 *   6. bodies     attribution: every expression gets its type, every name its symbol,
 *                 overloads are resolved (strict, loose, varargs phases; most specific),
 *                 generic methods and diamonds are inferred, constants are folded
 *   7. flow       per top-level class, only while there are no errors (javac's rule):
 *                 flow.c
 *
 * Error messages and positions are javac's (with javac's default "compact" rewriting of
 * single-candidate argument mismatches into "incompatible types" at the argument).
 */
#include "ccsym.h"
#include "emit.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vm_format_double(double d, char *out);
void vm_format_float(float f, char *out);

#define NEW(k, T) ((T *)cc_alloc((k)->c, sizeof(T)))

void cc_error1(cc_Compiler *c, cc_Pos pos, const char *fmt, ...) {
    if (pos.file >= 0)
        for (int i = 0; i < c->ndiags; i++)
            if (c->diags[i].severity == CC_ERROR && c->diags[i].pos.file == pos.file && c->diags[i].pos.off == pos.off)
                return;
    va_list ap;
    va_start(ap, fmt);
    cc_verror(c, CC_ERROR, pos, fmt, ap);
    va_end(ap);
}
#define cc_error cc_error1

/* ------------------------------------------------------------------ */
/* side table                                                          */
/* ------------------------------------------------------------------ */

cc_Info *cc_info(cc_Check *k, const cc_Node *n) {
    cc_Info *i = cc_map_get(&k->info, n);
    if (!i) {
        i = NEW(k, cc_Info);
        cc_map_put(&k->info, n, i);
    }
    return i;
}

cc_Info *cc_info_get(cc_Check *k, const cc_Node *n) { return cc_map_get(&k->info, n); }

const cc_Const *cc_const_of(const cc_Node *n) {
    if (!n || !n->sym) return NULL;
    if (n->sym->kind == SYM_CONST) return &n->sym->cv;
    if ((n->kind == CC_N_NAME || n->kind == CC_N_SELECT) && n->sym->has_const &&
        (n->sym->kind == SYM_FIELD || n->sym->kind == SYM_LOCAL))
        return &n->sym->cv;
    if (n->kind == CC_N_PAREN) return cc_const_of(n->paren.expr);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* types                                                               */
/* ------------------------------------------------------------------ */

static cc_Type *mk_type(cc_Check *k, cc_TyKind kind) {
    cc_Type *t = NEW(k, cc_Type);
    t->kind = kind;
    return t;
}

cc_Type *cc_array_of(cc_Check *k, cc_Type *t) {
    if (t->kind == TY_ERROR) return t;
    if (!t->array_of) {
        cc_Type *a = mk_type(k, TY_ARRAY);
        a->elem = t;
        t->array_of = a;
    }
    return t->array_of;
}

int cc_is_prim(const cc_Type *t) { return t->kind <= TY_DOUBLE; }
int cc_is_numeric(const cc_Type *t) { return t->kind >= TY_BYTE && t->kind <= TY_DOUBLE; }
static int is_integral(const cc_Type *t) { return t->kind >= TY_BYTE && t->kind <= TY_LONG; }
int cc_is_ref(const cc_Type *t) {
    return t->kind == TY_CLASS || t->kind == TY_ARRAY || t->kind == TY_TVAR || t->kind == TY_NULL;
}
static int is_err(const cc_Type *t) { return !t || t->kind == TY_ERROR; }

static cc_Type *class_type(cc_Check *k, cc_Sym *c, cc_Type **args, int nargs) {
    if (!nargs) return c->erasure;
    cc_Type *t = mk_type(k, TY_CLASS);
    t->sym = c;
    t->args = args;
    t->nargs = nargs;
    return t;
}

static int same_type(cc_Type *a, cc_Type *b) {
    if (a == b) return 1;
    if (!a || !b || a->kind != b->kind) return 0;
    switch (a->kind) {
    case TY_CLASS:
        if (a->sym != b->sym || a->nargs != b->nargs) return 0;
        for (int i = 0; i < a->nargs; i++)
            if (!same_type(a->args[i], b->args[i])) return 0;
        return 1;
    case TY_ARRAY: return same_type(a->elem, b->elem);
    case TY_TVAR: return a->sym == b->sym;
    case TY_WILD: return a->wkind == b->wkind && (a->elem == b->elem || same_type(a->elem, b->elem));
    default: return 1;
    }
}

cc_Type *cc_erasure(cc_Check *k, cc_Type *t) {
    if (!t) return t;
    switch (t->kind) {
    case TY_CLASS: return t->sym->erasure;
    case TY_ARRAY: {
        cc_Type *e = cc_erasure(k, t->elem);
        return e == t->elem ? t : cc_array_of(k, e);
    }
    case TY_TVAR: return t->sym->nbounds ? cc_erasure(k, t->sym->bounds[0]) : k->c_object->type;
    case TY_WILD: return t->wkind == 1 && t->elem ? cc_erasure(k, t->elem) : k->c_object->type;
    default: return t;
    }
}

cc_Type *cc_subst(cc_Check *k, cc_Type *t, cc_Sym **from, cc_Type **to, int n) {
    if (!t || !n) return t;
    switch (t->kind) {
    case TY_TVAR:
        for (int i = 0; i < n; i++)
            if (from[i] == t->sym) return to[i] ? to[i] : t;
        return t;
    case TY_ARRAY: {
        cc_Type *e = cc_subst(k, t->elem, from, to, n);
        return e == t->elem ? t : cc_array_of(k, e);
    }
    case TY_CLASS: {
        if (!t->nargs) return t;
        cc_Type **a = NULL;
        for (int i = 0; i < t->nargs; i++) {
            cc_Type *x = cc_subst(k, t->args[i], from, to, n);
            if (x != t->args[i] && !a) {
                a = cc_alloc(k->c, (size_t)t->nargs * sizeof *a);
                memcpy(a, t->args, (size_t)t->nargs * sizeof *a);
            }
            if (a) a[i] = x;
        }
        return a ? class_type(k, t->sym, a, t->nargs) : t;
    }
    case TY_WILD: {
        if (!t->elem) return t;
        cc_Type *e = cc_subst(k, t->elem, from, to, n);
        if (e == t->elem) return t;
        cc_Type *w = mk_type(k, TY_WILD);
        w->wkind = t->wkind;
        w->elem = e;
        return w;
    }
    default: return t;
    }
}

/* the supertype of t that is class c, with type arguments substituted; NULL if none */
cc_Type *cc_as_super(cc_Check *k, cc_Type *t, cc_Sym *c) {
    if (!t || !c) return NULL;
    switch (t->kind) {
    case TY_CLASS: {
        if (t->sym == c) return t;
        cc_Sym *s = t->sym;
        cc_complete(k, s, 2);
        int raw = s->ntparams && !t->nargs;
        cc_Type *st = s->super;
        if (!st && c == k->c_object && s != k->c_object) return k->c_object->type;
        if (st) {
            cc_Type *x = raw ? cc_erasure(k, st) : cc_subst(k, st, s->tparams, t->args, t->nargs);
            cc_Type *r = cc_as_super(k, x, c);
            if (r) return r;
        }
        for (int i = 0; i < s->nifaces; i++) {
            cc_Type *x = raw ? cc_erasure(k, s->ifaces[i]) : cc_subst(k, s->ifaces[i], s->tparams, t->args, t->nargs);
            cc_Type *r = cc_as_super(k, x, c);
            if (r) return r;
        }
        if (c == k->c_object) return k->c_object->type;
        return NULL;
    }
    case TY_TVAR:
        for (int i = 0; i < t->sym->nbounds; i++) {
            cc_Type *r = cc_as_super(k, t->sym->bounds[i], c);
            if (r) return r;
        }
        return c == k->c_object ? c->type : NULL;
    case TY_ARRAY:
        if (c == k->c_object || c == k->c_cloneable || c == k->c_serializable) return c->type;
        return NULL;
    case TY_WILD: return cc_as_super(k, t->wkind == 1 && t->elem ? t->elem : k->c_object->type, c);
    default: return NULL;
    }
}

int cc_is_subclass(cc_Check *k, cc_Sym *c, cc_Sym *d) { return cc_as_super(k, c->erasure, d) != NULL; }

static cc_Type *wild_upper(cc_Check *k, cc_Type *t) {
    if (t->kind == TY_WILD) return t->wkind == 1 && t->elem ? t->elem : k->c_object->type;
    return t;
}

static int contains(cc_Check *k, cc_Type *targ, cc_Type *sarg) {
    if (is_err(targ) || is_err(sarg)) return 1;
    if (targ->kind == TY_WILD) {
        if (targ->wkind == 0) return 1;
        if (targ->wkind == 1) return cc_is_subtype(k, wild_upper(k, sarg), targ->elem);
        if (sarg->kind == TY_WILD) return sarg->wkind == 2 && cc_is_subtype(k, targ->elem, sarg->elem);
        return cc_is_subtype(k, targ->elem, sarg);
    }
    return same_type(targ, sarg);
}

/* subtyping of reference types (JLS 4.10.2), unchecked conversion of raw types allowed */
int cc_is_subtype(cc_Check *k, cc_Type *s, cc_Type *t) {
    if (is_err(s) || is_err(t)) return 1;
    if (s == t) return 1;
    if (cc_is_prim(s) || cc_is_prim(t) || s->kind == TY_VOID || t->kind == TY_VOID)
        return s->kind == t->kind;
    if (s->kind == TY_NULL) return cc_is_ref(t);
    switch (t->kind) {
    case TY_CLASS: {
        cc_Type *sup = cc_as_super(k, s, t->sym);
        if (!sup) return 0;
        if (!t->nargs || !sup->nargs) return 1;
        if (sup->nargs != t->nargs) return 1;
        for (int i = 0; i < t->nargs; i++)
            if (!contains(k, t->args[i], sup->args[i])) return 0;
        return 1;
    }
    case TY_ARRAY:
        if (s->kind != TY_ARRAY) {
            if (s->kind == TY_TVAR)
                for (int i = 0; i < s->sym->nbounds; i++)
                    if (cc_is_subtype(k, s->sym->bounds[i], t)) return 1;
            return 0;
        }
        if (cc_is_prim(s->elem) || cc_is_prim(t->elem)) return s->elem->kind == t->elem->kind;
        return cc_is_subtype(k, s->elem, t->elem);
    case TY_TVAR:
        if (t->sym->lower && cc_is_subtype(k, s, t->sym->lower)) return 1;
        if (s->kind == TY_TVAR) {
            if (s->sym == t->sym) return 1;
            for (int i = 0; i < s->sym->nbounds; i++)
                if (s->sym->bounds[i]->kind == TY_TVAR && cc_is_subtype(k, s->sym->bounds[i], t)) return 1;
        }
        return 0;
    case TY_WILD: return cc_is_subtype(k, s, wild_upper(k, t));
    default: return 0;
    }
}

/* primitive widening (JLS 5.1.2), including identity */
static int prim_widens(cc_TyKind from, cc_TyKind to) {
    if (from == to) return 1;
    switch (from) {
    case TY_BYTE: return to == TY_SHORT || to == TY_INT || to == TY_LONG || to == TY_FLOAT || to == TY_DOUBLE;
    case TY_SHORT:
    case TY_CHAR: return to == TY_INT || to == TY_LONG || to == TY_FLOAT || to == TY_DOUBLE;
    case TY_INT: return to == TY_LONG || to == TY_FLOAT || to == TY_DOUBLE;
    case TY_LONG: return to == TY_FLOAT || to == TY_DOUBLE;
    case TY_FLOAT: return to == TY_DOUBLE;
    default: return 0;
    }
}

cc_Type *cc_unboxed(cc_Check *k, cc_Type *t) {
    if (!t) return NULL;
    if (t->kind == TY_CLASS) {
        for (int i = 0; i < 8; i++)
            if (k->c_box[i] && t->sym == k->c_box[i]) return k->prim[i];
        return NULL;
    }
    if (t->kind == TY_TVAR && t->sym->nbounds) return cc_unboxed(k, t->sym->bounds[0]);
    return NULL;
}

cc_Type *cc_boxed(cc_Check *k, cc_Type *t) {
    if (!cc_is_prim(t)) return NULL;
    return k->c_box[t->kind] ? k->c_box[t->kind]->type : NULL;
}

static const char *box_names[8] = {"Boolean", "Byte", "Short", "Character", "Integer", "Long", "Float", "Double"};

/* ---- printing types the way javac does in messages ---- */

static void type_buf(cc_Check *k, cc_Type *t, char *buf, size_t cap, size_t *n);

static void put_s(char *buf, size_t cap, size_t *n, const char *s) {
    size_t l = strlen(s);
    if (*n + l >= cap) l = cap - 1 - *n;
    memcpy(buf + *n, s, l);
    *n += l;
    buf[*n] = 0;
}

/* javac's rich diagnostics print classes by their simple names (also member classes) */
static const char *class_disp_name(cc_Sym *c) { return c->name; }

static void type_buf(cc_Check *k, cc_Type *t, char *buf, size_t cap, size_t *n) {
    if (!t) {
        put_s(buf, cap, n, "?");
        return;
    }
    switch (t->kind) {
    case TY_BOOLEAN: case TY_BYTE: case TY_SHORT: case TY_CHAR: case TY_INT: case TY_LONG:
    case TY_FLOAT: case TY_DOUBLE: case TY_VOID:
        put_s(buf, cap, n, cc_prim_name((cc_Prim)t->kind));
        break;
    case TY_NULL: put_s(buf, cap, n, "<null>"); break;
    case TY_ERROR: put_s(buf, cap, n, "<any>"); break;
    case TY_CLASS:
        put_s(buf, cap, n, class_disp_name(t->sym));
        if (t->nargs) {
            put_s(buf, cap, n, "<");
            for (int i = 0; i < t->nargs; i++) {
                if (i) put_s(buf, cap, n, ",");
                type_buf(k, t->args[i], buf, cap, n);
            }
            put_s(buf, cap, n, ">");
        }
        break;
    case TY_ARRAY:
        type_buf(k, t->elem, buf, cap, n);
        put_s(buf, cap, n, "[]");
        break;
    case TY_TVAR: put_s(buf, cap, n, t->sym->name); break;
    case TY_WILD:
        put_s(buf, cap, n, "?");
        if (t->elem) {
            put_s(buf, cap, n, t->wkind == 1 ? " extends " : " super ");
            type_buf(k, t->elem, buf, cap, n);
        }
        break;
    }
}

const char *cc_type_str(cc_Check *k, cc_Type *t) {
    char buf[1024];
    size_t n = 0;
    buf[0] = 0;
    type_buf(k, t, buf, sizeof buf, &n);
    return cc_strndup(k->c, buf, n);
}
#define TS(t) cc_type_str(k, (t))

static void desc_buf(cc_Check *k, cc_Type *t, char *buf, size_t cap, size_t *n) {
    t = cc_erasure(k, t);
    switch (t->kind) {
    case TY_BOOLEAN: put_s(buf, cap, n, "Z"); break;
    case TY_BYTE: put_s(buf, cap, n, "B"); break;
    case TY_SHORT: put_s(buf, cap, n, "S"); break;
    case TY_CHAR: put_s(buf, cap, n, "C"); break;
    case TY_INT: put_s(buf, cap, n, "I"); break;
    case TY_LONG: put_s(buf, cap, n, "J"); break;
    case TY_FLOAT: put_s(buf, cap, n, "F"); break;
    case TY_DOUBLE: put_s(buf, cap, n, "D"); break;
    case TY_VOID: put_s(buf, cap, n, "V"); break;
    case TY_ARRAY:
        put_s(buf, cap, n, "[");
        desc_buf(k, t->elem, buf, cap, n);
        break;
    case TY_CLASS:
        put_s(buf, cap, n, "L");
        put_s(buf, cap, n, t->sym->bin);
        put_s(buf, cap, n, ";");
        break;
    default: put_s(buf, cap, n, "Ljava/lang/Object;"); break;
    }
}

const char *cc_type_desc(cc_Check *k, cc_Type *t) {
    char buf[2048];
    size_t n = 0;
    buf[0] = 0;
    desc_buf(k, t, buf, sizeof buf, &n);
    return cc_intern(k->c, buf, n);
}

static const char *method_desc(cc_Check *k, cc_Type **ptypes, int n, cc_Type *ret) {
    char buf[4096];
    size_t len = 0;
    buf[0] = 0;
    put_s(buf, sizeof buf, &len, "(");
    for (int i = 0; i < n; i++) desc_buf(k, ptypes[i], buf, sizeof buf, &len);
    put_s(buf, sizeof buf, &len, ")");
    desc_buf(k, ret, buf, sizeof buf, &len);
    return cc_intern(k->c, buf, len);
}

/* "m(int,String)" or "C(int)" for constructors, as javac prints a method symbol */
static const char *method_sig_str(cc_Check *k, cc_Sym *m) {
    char buf[2048];
    size_t n = 0;
    buf[0] = 0;
    if (m->ntparams && !(m->flags & CC_SF_CTOR)) {
        put_s(buf, sizeof buf, &n, "<");
        for (int i = 0; i < m->ntparams; i++) {
            if (i) put_s(buf, sizeof buf, &n, ",");
            put_s(buf, sizeof buf, &n, m->tparams[i]->name);
        }
        put_s(buf, sizeof buf, &n, ">");
    }
    put_s(buf, sizeof buf, &n, (m->flags & CC_SF_CTOR) ? m->owner->name : m->name);
    put_s(buf, sizeof buf, &n, "(");
    for (int i = 0; i < m->nparams; i++) {
        if (i) put_s(buf, sizeof buf, &n, ",");
        if (i == m->nparams - 1 && (m->flags & CC_SF_VARARGS) && m->ptypes[i]->kind == TY_ARRAY) {
            type_buf(k, m->ptypes[i]->elem, buf, sizeof buf, &n);
            put_s(buf, sizeof buf, &n, "...");
        } else {
            type_buf(k, m->ptypes[i], buf, sizeof buf, &n);
        }
    }
    put_s(buf, sizeof buf, &n, ")");
    return cc_strndup(k->c, buf, n);
}

static const char *types_list_str(cc_Check *k, cc_Type **ts, int n) {
    if (!n) return "no arguments";
    char buf[2048];
    size_t len = 0;
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        if (i) put_s(buf, sizeof buf, &len, ",");
        type_buf(k, ts[i], buf, sizeof buf, &len);
    }
    return cc_strndup(k->c, buf, len);
}

/* "class Foo" / "interface Foo" as in "location: class Foo" */
static const char *kind_name(cc_Sym *c) { return c->is_iface ? "interface" : "class"; }

/* ------------------------------------------------------------------ */
/* context                                                             */
/* ------------------------------------------------------------------ */

cc_Check *cc_check_new(cc_Compiler *c) {
    cc_Check *k = calloc(1, sizeof *k);
    if (!k) {
        fprintf(stderr, "oakc: out of memory\n");
        exit(1);
    }
    k->c = c;
    for (int i = 0; i <= TY_VOID; i++) k->prim[i] = mk_type(k, (cc_TyKind)i);
    k->t_null = mk_type(k, TY_NULL);
    k->t_error = mk_type(k, TY_ERROR);
    return k;
}

void cc_check_free(cc_Check *k) {
    if (!k) return;
    for (int i = 0; i < k->npath; i++) ld_module_free(k->path[i].m);
    free(k->path);
    cc_map_free(&k->classes);
    cc_map_free(&k->packages);
    cc_map_free(&k->lib_index);
    cc_map_free(&k->info);
    free(k->src_classes);
    free(k);
}

static cc_Sym *wk(cc_Check *k, const char *bin) { return cc_class_lookup(k, cc_intern_str(k->c, bin)); }

static void init_wellknown(cc_Check *k) {
    k->c_object = wk(k, "java/lang/Object");
    if (!k->c_object) {
        /* no library at all: a stand-in keeps the checker going; errors will follow */
        cc_Sym *s = NEW(k, cc_Sym);
        s->kind = SYM_CLASS;
        s->name = cc_intern_str(k->c, "Object");
        s->bin = cc_intern_str(k->c, "java/lang/Object");
        s->qname = cc_intern_str(k->c, "java.lang.Object");
        s->pkg = cc_intern_str(k->c, "java.lang");
        s->flags = LD_ACC_PUBLIC;
        s->state = 3;
        s->file = -1;
        s->type = s->erasure = mk_type(k, TY_CLASS);
        s->type->sym = s;
        k->c_object = s;
        cc_map_put(&k->classes, s->bin, s);
    }
    k->c_string = wk(k, "java/lang/String");
    k->c_class = wk(k, "java/lang/Class");
    k->c_throwable = wk(k, "java/lang/Throwable");
    k->c_exception = wk(k, "java/lang/Exception");
    k->c_runtime = wk(k, "java/lang/RuntimeException");
    k->c_error = wk(k, "java/lang/Error");
    k->c_cloneable = wk(k, "java/lang/Cloneable");
    k->c_serializable = wk(k, "java/io/Serializable");
    k->c_iterable = wk(k, "java/lang/Iterable");
    k->c_iterator = wk(k, "java/util/Iterator");
    k->c_sb = wk(k, "java/lang/StringBuilder");
    k->c_enum = wk(k, "java/lang/Enum");
    for (int i = 0; i < 8; i++) {
        char b[64];
        snprintf(b, sizeof b, "java/lang/%s", box_names[i]);
        k->c_box[i] = wk(k, b);
    }
}

static void add_member(cc_Check *k, cc_Sym *cls, cc_Sym *m) {
    if (cls->nmembers == cls->members_cap) {
        int nc = cls->members_cap ? cls->members_cap * 2 : 8;
        cc_Sym **nm = cc_alloc(k->c, (size_t)nc * sizeof *nm);
        if (cls->nmembers) memcpy(nm, cls->members, (size_t)cls->nmembers * sizeof *nm);
        cls->members = nm;
        cls->members_cap = nc;
    }
    cls->members[cls->nmembers++] = m;
}

/* ------------------------------------------------------------------ */
/* modifiers                                                           */
/* ------------------------------------------------------------------ */

static const struct {
    uint32_t mod;
    const char *name;
} mod_names[] = {
    {CC_MOD_PUBLIC, "public"},       {CC_MOD_PRIVATE, "private"},   {CC_MOD_PROTECTED, "protected"},
    {CC_MOD_STATIC, "static"},       {CC_MOD_FINAL, "final"},       {CC_MOD_SYNCHRONIZED, "synchronized"},
    {CC_MOD_VOLATILE, "volatile"},   {CC_MOD_TRANSIENT, "transient"}, {CC_MOD_NATIVE, "native"},
    {CC_MOD_ABSTRACT, "abstract"},   {CC_MOD_STRICTFP, "strictfp"}, {CC_MOD_DEFAULT, "default"},
};

static const char *mods_str(cc_Check *k, uint32_t m) {
    char buf[256];
    size_t n = 0;
    buf[0] = 0;
    for (size_t i = 0; i < sizeof mod_names / sizeof *mod_names; i++)
        if (m & mod_names[i].mod) {
            if (n) put_s(buf, sizeof buf, &n, ",");
            put_s(buf, sizeof buf, &n, mod_names[i].name);
        }
    return cc_strndup(k->c, buf, n);
}

static const char *first_mod(uint32_t m) {
    for (size_t i = 0; i < sizeof mod_names / sizeof *mod_names; i++)
        if (m & mod_names[i].mod) return mod_names[i].name;
    return "?";
}

/* javac's Check.checkFlags: allowed set, then disjoint pairs. Returns the flags kept. */
static uint32_t check_mods(cc_Check *k, cc_Pos pos, uint32_t flags, uint32_t allowed, int is_type) {
    if (flags & ~allowed) {
        cc_error(k->c, pos, "modifier %s not allowed here", mods_str(k, flags & ~allowed));
        return flags & allowed;
    }
    static const uint32_t pairs[][2] = {
        {CC_MOD_ABSTRACT, CC_MOD_PRIVATE | CC_MOD_STATIC | CC_MOD_DEFAULT},
        {CC_MOD_STATIC | CC_MOD_PRIVATE, CC_MOD_DEFAULT},
        {CC_MOD_ABSTRACT, CC_MOD_FINAL | CC_MOD_NATIVE | CC_MOD_SYNCHRONIZED},
        {CC_MOD_PUBLIC, CC_MOD_PRIVATE | CC_MOD_PROTECTED},
        {CC_MOD_PRIVATE, CC_MOD_PUBLIC | CC_MOD_PROTECTED},
        {CC_MOD_FINAL, CC_MOD_VOLATILE},
        {CC_MOD_ABSTRACT | CC_MOD_NATIVE, CC_MOD_STRICTFP},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        if ((i == 0 || i == 6) && is_type) continue;
        if ((flags & pairs[i][0]) && (flags & pairs[i][1])) {
            cc_error(k->c, pos, "illegal combination of modifiers: %s and %s", first_mod(flags & pairs[i][0]),
                     first_mod(flags & pairs[i][1]));
            return flags; /* javac keeps them */
        }
    }
    return flags;
}

static uint32_t acc_of_mods(uint32_t m) {
    uint32_t f = 0;
    if (m & CC_MOD_PUBLIC) f |= LD_ACC_PUBLIC;
    if (m & CC_MOD_PRIVATE) f |= LD_ACC_PRIVATE;
    if (m & CC_MOD_PROTECTED) f |= LD_ACC_PROTECTED;
    if (m & CC_MOD_STATIC) f |= LD_ACC_STATIC;
    if (m & CC_MOD_FINAL) f |= LD_ACC_FINAL;
    if (m & CC_MOD_ABSTRACT) f |= LD_ACC_ABSTRACT;
    if (m & CC_MOD_NATIVE) f |= LD_ACC_NATIVE;
    if (m & CC_MOD_DEFAULT) f |= CC_SF_DEFAULT;
    if (m & CC_MOD_STRICTFP) f |= CC_SF_STRICTFP;
    return f;
}

/* ------------------------------------------------------------------ */
/* enter                                                               */
/* ------------------------------------------------------------------ */

static const char *dots_to_slashes(cc_Check *k, const char *s) {
    size_t n = strlen(s);
    char *b = cc_alloc(k->c, n + 1);
    for (size_t i = 0; i < n; i++) b[i] = s[i] == '.' ? '/' : s[i];
    return cc_intern(k->c, b, n);
}

static const char *slashes_to_dots(cc_Check *k, const char *s) {
    size_t n = strlen(s);
    char *b = cc_alloc(k->c, n + 1);
    for (size_t i = 0; i < n; i++) b[i] = s[i] == '/' ? '.' : s[i];
    return cc_intern(k->c, b, n);
}

static const char *cat3(cc_Check *k, const char *a, const char *sep, const char *b) {
    size_t la = strlen(a), ls = strlen(sep), lb = strlen(b);
    char *r = cc_alloc(k->c, la + ls + lb + 1);
    memcpy(r, a, la);
    memcpy(r + la, sep, ls);
    memcpy(r + la + ls, b, lb);
    return cc_intern(k->c, r, la + ls + lb);
}

static void add_src_class(cc_Check *k, cc_Sym *s) {
    if (k->nsrc == k->src_cap) {
        k->src_cap = k->src_cap ? k->src_cap * 2 : 16;
        k->src_classes = realloc(k->src_classes, (size_t)k->src_cap * sizeof *k->src_classes);
    }
    k->src_classes[k->nsrc++] = s;
}

static cc_Sym *member_class(cc_Sym *c, const char *name) {
    for (int i = 0; i < c->nmembers; i++)
        if (c->members[i]->kind == SYM_CLASS && c->members[i]->name == name) return c->members[i];
    return NULL;
}

static const char *file_base(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static cc_Sym *enter_class(cc_Check *k, cc_Node *unit, int file, cc_Node *n, cc_Sym *outer, const char *pkg) {
    const char *name = n->cls.name;
    cc_Sym *s = NEW(k, cc_Sym);
    s->kind = SYM_CLASS;
    s->name = name;
    s->decl = n;
    s->file = file;
    s->unit = unit;
    s->owner = outer;
    s->pkg = slashes_to_dots(k, pkg);
    s->is_iface = n->cls.is_interface;
    s->var_index = -1;
    if (outer) {
        s->bin = cat3(k, outer->bin, "$", name);
        s->qname = cat3(k, outer->qname, ".", name);
        s->flags |= CC_SF_NESTED;
    } else {
        s->bin = pkg[0] ? cat3(k, pkg, "/", name) : name;
        s->qname = pkg[0] ? cat3(k, s->pkg, ".", name) : name;
    }
    uint32_t mods = n->cls.mods.flags;
    uint32_t allowed;
    if (!outer) allowed = CC_MOD_PUBLIC | CC_MOD_ABSTRACT | CC_MOD_FINAL | CC_MOD_STRICTFP;
    else allowed = CC_MOD_PUBLIC | CC_MOD_PROTECTED | CC_MOD_PRIVATE | CC_MOD_STATIC | CC_MOD_ABSTRACT |
                   CC_MOD_FINAL | CC_MOD_STRICTFP;
    if (s->is_iface) allowed &= ~CC_MOD_FINAL;
    mods = check_mods(k, n->pos, mods, allowed, 1);
    if (s->is_iface && (mods & CC_MOD_FINAL)) mods &= ~CC_MOD_FINAL;
    s->flags |= acc_of_mods(mods) | CC_SF_SOURCE;
    if (s->is_iface) s->flags |= LD_ACC_INTERFACE | LD_ACC_ABSTRACT;
    if (outer && (outer->is_iface || s->is_iface)) s->flags |= LD_ACC_STATIC;
    if (outer && outer->is_iface) s->flags = (s->flags & ~(LD_ACC_PRIVATE | LD_ACC_PROTECTED)) | LD_ACC_PUBLIC;
    cc_Type *t = mk_type(k, TY_CLASS);
    t->sym = s;
    s->type = s->erasure = t;

    if (outer) {
        int clash = 0;
        for (cc_Sym *o = outer; o; o = o->owner)
            if (o->name == name) {
                cc_error(k->c, n->pos, "class %s is already defined in package %s", name,
                         o->pkg[0] ? o->pkg : "unnamed package");
                clash = 1;
                break;
            }
        if (!clash && member_class(outer, name)) {
            cc_error(k->c, n->pos, "class %s is already defined in %s %s", name, kind_name(outer),
                     class_disp_name(outer));
            clash = 1;
        }
        if (!clash) add_member(k, outer, s);
        if (!clash) cc_map_put(&k->classes, s->bin, s);
    } else {
        if ((mods & CC_MOD_PUBLIC)) {
            const char *fn = file_base(k->c->files[file].name);
            size_t nl = strlen(name);
            if (strncmp(fn, name, nl) != 0 || strcmp(fn + nl, ".java") != 0)
                cc_error(k->c, n->pos, "%s %s is public, should be declared in a file named %s.java", kind_name(s),
                         name, name);
        }
        cc_Sym *old = cc_map_get(&k->classes, s->bin);
        if (old && (old->flags & CC_SF_SOURCE)) {
            cc_error(k->c, n->pos, "duplicate class: %s", s->qname);
            s->flags |= CC_SF_SYNTH; /* not in the table: never generated */
        } else {
            cc_map_put(&k->classes, s->bin, s);
        }
    }
    if (!(s->flags & CC_SF_SYNTH)) add_src_class(k, s);
    if (n->cls.is_inner) cc_error(k->c, n->pos, "inner classes are not supported yet");
    for (int i = 0; i < n->cls.members.n; i++) {
        cc_Node *m = n->cls.members.items[i];
        if (m->kind == CC_N_CLASS) enter_class(k, unit, file, m, s, pkg);
    }
    n->sym = s;
    return s;
}

/* ------------------------------------------------------------------ */
/* environments and scopes                                             */
/* ------------------------------------------------------------------ */

typedef struct Jump {
    cc_Node *node;      /* loop, switch or labeled statement */
    const char *label;  /* for LABELED */
    int kind;           /* 0 loop, 1 switch, 2 labeled */
    struct Jump *up;
} Jump;

typedef struct Body {
    cc_Sym **locals;
    int n, cap;
    int nvars;          /* locals declared so far (flow indices) */
} Body;

typedef struct Env {
    cc_Check *k;
    cc_Sym *cls;
    cc_Sym *meth;       /* method or constructor; NULL in initializers */
    cc_Node *unit;
    int file;
    int is_static;
    int ctor_prologue;  /* inside this(...)/super(...) arguments */
    cc_Sym *init_field; /* attributing this field's initializer (forward references) */
    int init_block;     /* in an initializer block */
    Body *body;
    Jump *jumps;
    int lhs;            /* attributing the target of an assignment */
    cc_Node *assign_target; /* the variable assigned to: its type is not captured */
    const char *poly_args; /* during a resolution: per argument, 1 for a generic call or
                              diamond to infer again afterwards, 2 for a reference
                              conditional (each branch must fit the parameter) */
    cc_Node **res_args;    /* during a resolution: the argument nodes */
} Env;

static cc_Sym *find_local(Env *e, const char *name) {
    if (!e->body) return NULL;
    for (int i = e->body->n - 1; i >= 0; i--)
        if (e->body->locals[i]->name == name) return e->body->locals[i];
    return NULL;
}

static void push_local(Env *e, cc_Sym *s) {
    Body *b = e->body;
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 16;
        b->locals = realloc(b->locals, (size_t)b->cap * sizeof *b->locals);
    }
    b->locals[b->n++] = s;
}

/* ------------------------------------------------------------------ */
/* type lookup                                                         */
/* ------------------------------------------------------------------ */

static cc_Sym *package_sym(cc_Check *k, const char *pkg_slash) {
    static const char key_prefix[] = "\x01pkg:";
    const char *key = cat3(k, key_prefix, "", pkg_slash);
    cc_Sym *s = cc_map_get(&k->info, key);
    if (!s) {
        s = NEW(k, cc_Sym);
        s->kind = SYM_PACKAGE;
        s->name = pkg_slash;
        s->qname = slashes_to_dots(k, pkg_slash);
        s->var_index = -1;
        cc_map_put(&k->info, key, s);
    }
    return s;
}

/* a member class of c or of one of its supertypes */
static cc_Sym *find_member_class(cc_Check *k, cc_Sym *c, const char *name, int depth) {
    if (!c || depth > 64) return NULL;
    if (c->lmod && c->state < 3) cc_complete(k, c, 3);
    cc_Sym *m = member_class(c, name);
    if (m) return m;
    if (c->state < 2 && c->state != 1) cc_complete(k, c, 2);
    if (c->super) {
        m = find_member_class(k, c->super->sym, name, depth + 1);
        if (m) return m;
    }
    for (int i = 0; i < c->nifaces; i++) {
        m = find_member_class(k, c->ifaces[i]->sym, name, depth + 1);
        if (m) return m;
    }
    return NULL;
}

static cc_Sym *class_in_package(cc_Check *k, const char *pkg_slash, const char *name) {
    const char *bin = pkg_slash[0] ? cat3(k, pkg_slash, "/", name) : name;
    return cc_class_lookup(k, bin);
}

/* top-level scope of a unit: single-type imports, the package, on-demand imports,
 * java.lang */
static cc_Sym *find_toplevel_type(cc_Check *k, cc_Node *unit, const char *name, cc_Pos pos) {
    const char *pkg = unit->unit.package ? dots_to_slashes(k, unit->unit.package) : "";
    for (int i = 0; i < unit->unit.imports.n; i++) {
        cc_Node *im = unit->unit.imports.items[i];
        if (im->import.on_demand || im->import.is_static) continue;
        const char *dot = strrchr(im->import.name, '.');
        if (dot && strcmp(dot + 1, name) == 0 && im->sym && im->sym->kind == SYM_CLASS) return im->sym;
    }
    for (int i = 0; i < unit->unit.types.n; i++) {
        cc_Node *t = unit->unit.types.items[i];
        if (t->kind == CC_N_CLASS && t->cls.name == name && t->sym) return t->sym;
    }
    cc_Sym *s = class_in_package(k, pkg, name);
    if (s) return s;
    cc_Sym *found = NULL;
    for (int i = 0; i < unit->unit.imports.n; i++) {
        cc_Node *im = unit->unit.imports.items[i];
        if (!im->import.on_demand || im->import.is_static) continue;
        cc_Sym *c = NULL;
        if (im->sym && im->sym->kind == SYM_CLASS) c = find_member_class(k, im->sym, name, 0);
        else if (im->sym && im->sym->kind == SYM_PACKAGE) c = class_in_package(k, im->sym->name, name);
        if (c && found && c != found) {
            cc_error(k->c, pos, "reference to %s is ambiguous\n  both %s %s in %s and %s %s in %s match", name,
                     kind_name(found), found->qname, found->pkg, kind_name(c), c->qname, c->pkg);
            return found;
        }
        if (c) found = c;
    }
    if (found) return found;
    /* static imports of member types: import static a.B.C / a.B.* */
    for (int i = 0; i < unit->unit.imports.n; i++) {
        cc_Node *im = unit->unit.imports.items[i];
        if (!im->import.is_static || !im->sym || im->sym->kind != SYM_CLASS) continue;
        if (!im->import.on_demand) {
            const char *dot = strrchr(im->import.name, '.');
            if (!dot || strcmp(dot + 1, name) != 0) continue;
        }
        cc_Sym *c = find_member_class(k, im->sym, name, 0);
        if (c) return c;
    }
    return class_in_package(k, "java/lang", name);
}

static cc_Sym *find_tvar(cc_Sym **tps, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (tps[i]->name == name) return tps[i];
    return NULL;
}

/* simple type name in an environment: type variables, member classes of enclosing classes
 * (inherited ones too), then the unit's scope. *static_err is set for a class type
 * variable used in a static context. */
static cc_Sym *find_type(Env *e, const char *name, cc_Pos pos, int *static_err) {
    cc_Check *k = e->k;
    if (e->meth) {
        cc_Sym *tv = find_tvar(e->meth->tparams, e->meth->ntparams, name);
        if (tv) return tv;
    }
    int stat = e->is_static;
    for (cc_Sym *c = e->cls; c; c = c->owner) {
        cc_Sym *tv = find_tvar(c->tparams, c->ntparams, name);
        if (tv) {
            if (stat && static_err) *static_err = 1;
            return tv;
        }
        if (c->name == name && c->owner == NULL) return c;
        cc_Sym *m = find_member_class(k, c, name, 0);
        if (m) return m;
        if (c->flags & LD_ACC_STATIC || c->is_iface) stat = 1;
        else stat = 1; /* nested classes are static here (inner classes are rejected) */
    }
    return e->unit ? find_toplevel_type(k, e->unit, name, pos) : class_in_package(k, "java/lang", name);
}

/* ------------------------------------------------------------------ */
/* source positions the tree does not keep                             */
/* ------------------------------------------------------------------ */

/* the '.' before a qualified name's last part (javac reports there) */
static cc_Pos pos_dot_before(cc_Check *k, cc_Pos p) {
    if (p.file < 0) return p;
    const cc_File *f = &k->c->files[p.file];
    uint32_t o = p.off;
    while (o > 0 && (f->text[o - 1] == ' ' || f->text[o - 1] == '\t' || f->text[o - 1] == '\n' ||
                     f->text[o - 1] == '\r'))
        o--;
    if (o > 0 && f->text[o - 1] == '.') return cc_pos_of(k->c, p.file, o - 1);
    return p;
}

/* the first `ch` at or after p (javac puts "type arguments" errors at the '<') */
static cc_Pos pos_char_after(cc_Check *k, cc_Pos p, char ch) {
    if (p.file < 0) return p;
    const cc_File *f = &k->c->files[p.file];
    for (uint32_t o = p.off; o < f->len && o < p.off + 4096; o++)
        if (f->text[o] == ch) return cc_pos_of(k->c, p.file, o);
    return p;
}

/* the position of byte `delta` within a name written at p */
static cc_Pos pos_plus(cc_Check *k, cc_Pos p, size_t delta) {
    if (p.file < 0) return p;
    return cc_pos_of(k->c, p.file, p.off + (uint32_t)delta);
}

/* ------------------------------------------------------------------ */
/* resolving type nodes                                                */
/* ------------------------------------------------------------------ */

static void err_cant_find_class(Env *e, cc_Pos pos, const char *name, cc_Sym *loc_class, const char *loc_pkg) {
    cc_Check *k = e->k;
    if (loc_class)
        cc_error(k->c, pos, "cannot find symbol\n  symbol:   class %s\n  location: %s %s", name, kind_name(loc_class),
                 cc_type_str(k, loc_class->type));
    else if (loc_pkg)
        cc_error(k->c, pos, "cannot find symbol\n  symbol:   class %s\n  location: package %s", name, loc_pkg);
    else
        cc_error(k->c, pos, "cannot find symbol\n  symbol: class %s", name);
}

/* Resolves the qualifier of a qualified type name: a class or a package. Returns the
 * class sym, a SYM_PACKAGE sym, or NULL after an error. */
static cc_Sym *resolve_type_qual(Env *e, cc_Node *q) {
    cc_Check *k = e->k;
    if (q->kind != CC_N_CLASS_TYPE) return NULL;
    if (!q->ctype.outer) {
        int serr = 0;
        cc_Sym *s = find_type(e, q->ctype.name, q->pos, &serr);
        if (s && s->kind == SYM_CLASS) return s;
        return package_sym(k, q->ctype.name);
    }
    cc_Sym *o = resolve_type_qual(e, q->ctype.outer);
    if (!o) return NULL;
    if (o->kind == SYM_CLASS) {
        cc_Sym *m = find_member_class(k, o, q->ctype.name, 0);
        if (!m) {
            err_cant_find_class(e, pos_dot_before(k, q->pos), q->ctype.name, o, NULL);
            return NULL;
        }
        return m;
    }
    cc_Sym *c = class_in_package(k, o->name, q->ctype.name);
    if (c) return c;
    return package_sym(k, cat3(k, o->name, "/", q->ctype.name));
}

static cc_Type *resolve_type(Env *e, cc_Node *n);

static cc_Type *resolve_targ(Env *e, cc_Node *a) {
    cc_Check *k = e->k;
    if (a->kind == CC_N_WILDCARD) {
        cc_Type *w = mk_type(k, TY_WILD);
        w->wkind = a->wild.bound_kind;
        if (a->wild.bound) {
            w->elem = resolve_type(e, a->wild.bound);
            if (cc_is_prim(w->elem)) {
                cc_error(k->c, a->wild.bound->pos, "unexpected type\n  required: reference\n  found:    %s", TS(w->elem));
                w->elem = k->t_error;
            }
        } else {
            w->wkind = 0;
        }
        a->ty = w;
        return w;
    }
    cc_Type *t = resolve_type(e, a);
    if (cc_is_prim(t) || t->kind == TY_VOID) {
        cc_error(k->c, a->pos, "unexpected type\n  required: reference\n  found:    %s", TS(t));
        return k->t_error;
    }
    return t;
}

static void check_bounds_later(Env *e, cc_Node *n, cc_Sym *c, cc_Type **args, int nargs);

static cc_Type *resolve_type(Env *e, cc_Node *n) {
    cc_Check *k = e->k;
    if (!n) return k->t_error;
    cc_Type *t = k->t_error;
    switch (n->kind) {
    case CC_N_PRIM_TYPE: t = k->prim[n->prim.prim]; break;
    case CC_N_ARRAY_TYPE: {
        cc_Type *el = resolve_type(e, n->array.elem);
        if (el->kind == TY_VOID) {
            cc_error(k->c, n->array.elem->pos, "'void' type not allowed here");
            el = k->t_error;
        }
        t = cc_array_of(k, el);
        break;
    }
    case CC_N_CLASS_TYPE: {
        cc_Sym *s = NULL;
        if (!n->ctype.outer) {
            int serr = 0;
            s = find_type(e, n->ctype.name, n->pos, &serr);
            if (!s) {
                err_cant_find_class(e, n->pos, n->ctype.name, e->cls, NULL);
                break;
            }
            if (serr) {
                cc_error(k->c, n->pos, "non-static type variable %s cannot be referenced from a static context", s->name);
                break;
            }
        } else {
            cc_Sym *o = resolve_type_qual(e, n->ctype.outer);
            if (!o) break;
            if (o->kind == SYM_CLASS) {
                s = find_member_class(k, o, n->ctype.name, 0);
                if (!s) {
                    err_cant_find_class(e, pos_dot_before(k, n->pos), n->ctype.name, o, NULL);
                    break;
                }
            } else {
                s = class_in_package(k, o->name, n->ctype.name);
                if (!s) {
                    if (cc_package_exists(k, o->name))
                        err_cant_find_class(e, pos_dot_before(k, n->pos), n->ctype.name, NULL, o->qname);
                    else
                        cc_error(k->c, pos_dot_before(k, n->pos), "package %s does not exist", o->qname);
                    break;
                }
            }
        }
        if (s->kind == SYM_TVAR) {
            if (n->ctype.args.n) {
                cc_error(k->c, pos_char_after(k, n->pos, '<'), "type %s does not take parameters", s->name);
                break;
            }
            t = s->type;
            break;
        }
        if (!n->ctype.args.n) {
            t = s->erasure;
            break;
        }
        cc_complete(k, s, 2);
        cc_Type **args = cc_alloc(k->c, (size_t)n->ctype.args.n * sizeof *args);
        int bad = 0;
        for (int i = 0; i < n->ctype.args.n; i++) {
            args[i] = resolve_targ(e, n->ctype.args.items[i]);
            if (is_err(args[i])) bad = 1;
        }
        if (bad) break;
        if (!s->ntparams) {
            cc_error(k->c, pos_char_after(k, n->pos, '<'), "type %s does not take parameters", TS(s->erasure));
            break;
        }
        if (s->ntparams != n->ctype.args.n) {
            cc_error(k->c, pos_char_after(k, n->pos, '<'), "wrong number of type arguments; required %d", s->ntparams);
            break;
        }
        t = class_type(k, s, args, n->ctype.args.n);
        check_bounds_later(e, n, s, args, n->ctype.args.n);
        break;
    }
    case CC_N_UNION_TYPE: {
        /* the lub of the alternatives; each alternative keeps its own ty */
        cc_Type *first = NULL;
        for (int i = 0; i < n->uni.alts.n; i++) {
            cc_Type *a = resolve_type(e, n->uni.alts.items[i]);
            if (!first) first = a;
        }
        t = first ? first : k->t_error;
        /* the union's type is computed by the catch clause (lub) */
        break;
    }
    case CC_N_WILDCARD: t = resolve_targ(e, n); break;
    default:
        cc_error(k->c, n->pos, "illegal start of type");
        break;
    }
    n->ty = t;
    return t;
}

/* type-argument bounds are checked after the headers are complete */
typedef struct BoundCheck {
    cc_Node *n;
    cc_Sym *c;
    cc_Type **args;
    int nargs;
    struct BoundCheck *next;
} BoundCheck;

static void check_bounds_now(cc_Check *k, cc_Node *n, cc_Sym *c, cc_Type **args, int nargs) {
    for (int i = 0; i < nargs && i < c->ntparams; i++) {
        cc_Type *a = args[i];
        if (a->kind == TY_WILD) continue;
        cc_Sym *tv = c->tparams[i];
        for (int j = 0; j < tv->nbounds; j++) {
            cc_Type *b = cc_subst(k, tv->bounds[j], c->tparams, args, nargs);
            if (!cc_is_subtype(k, a, b)) {
                char where[512];
                size_t wn = 0;
                where[0] = 0;
                for (int q = 0; q < tv->nbounds; q++) {
                    if (q) put_s(where, sizeof where, &wn, ",");
                    type_buf(k, tv->bounds[q], where, sizeof where, &wn);
                }
                cc_error(k->c, n->ctype.args.items[i]->pos,
                         "type argument %s is not within bounds of type-variable %s\n  where %s is a type-variable:\n    %s extends %s declared in %s %s",
                         TS(a), tv->name, tv->name, tv->name, where, kind_name(c), class_disp_name(c));
                return;
            }
        }
    }
}

static void check_bounds_later(Env *e, cc_Node *n, cc_Sym *c, cc_Type **args, int nargs) {
    if (!e->k->bounds_deferred) {
        check_bounds_now(e->k, n, c, args, nargs);
        return;
    }
    BoundCheck *b = NEW(e->k, BoundCheck);
    b->n = n;
    b->c = c;
    b->args = args;
    b->nargs = nargs;
    b->next = e->k->pending_bounds;
    e->k->pending_bounds = b;
}

/* ------------------------------------------------------------------ */
/* imports                                                             */
/* ------------------------------------------------------------------ */

/* resolves "a.b.C.D" to a class, with javac's errors at the last '.' */
static cc_Sym *resolve_qualified_class(cc_Check *k, const char *qn, cc_Pos pos, int report) {
    size_t len = strlen(qn);
    /* try the longest package prefix that has the next part as a class */
    for (size_t cut = len; cut > 0; cut--) {
        if (qn[cut - 1] != '.' && cut != len) continue;
        size_t pl = cut == len ? 0 : cut - 1;
        /* classes start after the package prefix qn[0..pl) */
        const char *pkg = pl ? dots_to_slashes(k, cc_strndup(k->c, qn, pl)) : "";
        const char *rest = cut == len ? qn : qn + cut;
        const char *dot = strchr(rest, '.');
        const char *first = dot ? cc_intern(k->c, rest, (size_t)(dot - rest)) : cc_intern_str(k->c, rest);
        cc_Sym *c = class_in_package(k, pkg, first);
        if (!c) continue;
        while (dot) {
            const char *nx = strchr(dot + 1, '.');
            const char *nm = nx ? cc_intern(k->c, dot + 1, (size_t)(nx - dot - 1)) : cc_intern_str(k->c, dot + 1);
            cc_Sym *m = find_member_class(k, c, nm, 0);
            if (!m) {
                if (report)
                    cc_error(k->c, pos_plus(k, pos, (size_t)(dot - qn)), "cannot find symbol\n  symbol:   class %s\n  location: %s %s",
                             nm, kind_name(c), class_disp_name(c));
                return NULL;
            }
            c = m;
            dot = nx;
        }
        return c;
    }
    if (report) {
        const char *dot = strrchr(qn, '.');
        if (!dot) {
            cc_error(k->c, pos, "cannot find symbol\n  symbol: class %s", qn);
            return NULL;
        }
        const char *pkg = cc_strndup(k->c, qn, (size_t)(dot - qn));
        if (cc_package_exists(k, dots_to_slashes(k, pkg)))
            cc_error(k->c, pos_plus(k, pos, (size_t)(dot - qn)), "cannot find symbol\n  symbol:   class %s\n  location: package %s",
                     dot + 1, pkg);
        else {
            /* javac names the shortest prefix that is not a package */
            const char *d2 = strrchr(pkg, '.');
            (void)d2;
            cc_error(k->c, pos_plus(k, pos, (size_t)(dot - qn)), "package %s does not exist", pkg);
        }
    }
    return NULL;
}

static cc_Sym *find_static_member_any(cc_Check *k, cc_Sym *c, const char *name);

static void check_imports(cc_Check *k, cc_Node *unit) {
    for (int i = 0; i < unit->unit.imports.n; i++) {
        cc_Node *im = unit->unit.imports.items[i];
        const char *qn = im->import.name;
        if (im->import.is_static) {
            const char *cls_name = qn;
            const char *member = NULL;
            if (!im->import.on_demand) {
                const char *dot = strrchr(qn, '.');
                if (!dot) continue;
                cls_name = cc_strndup(k->c, qn, (size_t)(dot - qn));
                member = cc_intern_str(k->c, dot + 1);
            }
            cc_Sym *c = resolve_qualified_class(k, cls_name, im->pos, 1);
            if (!c) continue;
            im->sym = c;
            if (member && !find_static_member_any(k, c, member))
                cc_error(k->c, pos_plus(k, im->pos, strlen(cls_name)),
                         "cannot find symbol\n  symbol:   static %s\n  location: %s %s", member, kind_name(c),
                         class_disp_name(c));
            continue;
        }
        if (im->import.on_demand) {
            const char *p = dots_to_slashes(k, qn);
            if (cc_package_exists(k, p)) {
                im->sym = package_sym(k, p);
                continue;
            }
            cc_Sym *c = resolve_qualified_class(k, qn, im->pos, 0);
            if (c) {
                im->sym = c;
                continue;
            }
            /* javac: at the `import` keyword; the node is at the name, so look back */
            cc_Pos ip = im->pos;
            if (ip.file >= 0) {
                const cc_File *f = &k->c->files[ip.file];
                uint32_t o = ip.off;
                while (o > 0 && (f->text[o - 1] == ' ' || f->text[o - 1] == '\t')) o--;
                if (o >= 6 && memcmp(f->text + o - 6, "import", 6) == 0) ip = cc_pos_of(k->c, ip.file, o - 6);
            }
            cc_error(k->c, ip, "package %s does not exist", qn);
            continue;
        }
        cc_Sym *c = resolve_qualified_class(k, qn, im->pos, 1);
        if (c) im->sym = c;
    }
}

/* ------------------------------------------------------------------ */
/* class headers and members                                           */
/* ------------------------------------------------------------------ */

static void class_env(Env *e, cc_Check *k, cc_Sym *c) {
    memset(e, 0, sizeof *e);
    e->k = k;
    e->cls = c;
    e->unit = c->unit;
    e->file = c->file;
}

static cc_Sym *new_tvar(cc_Check *k, const char *name, cc_Sym *owner, cc_Node *decl) {
    cc_Sym *tv = NEW(k, cc_Sym);
    tv->kind = SYM_TVAR;
    tv->name = name;
    tv->owner = owner;
    tv->decl = decl;
    tv->var_index = -1;
    cc_Type *t = mk_type(k, TY_TVAR);
    t->sym = tv;
    tv->type = t;
    return tv;
}

static void enter_tparams(Env *e, cc_List *tps, cc_Sym ***out, int *nout, cc_Sym *owner) {
    cc_Check *k = e->k;
    if (!tps->n) return;
    cc_Sym **tv = cc_alloc(k->c, (size_t)tps->n * sizeof *tv);
    for (int i = 0; i < tps->n; i++) {
        cc_Node *tp = tps->items[i];
        for (int j = 0; j < i; j++)
            if (tv[j]->name == tp->tparam.name)
                cc_error(k->c, tp->pos, "%s %s is already defined in %s", "type variable", tp->tparam.name,
                         owner->kind == SYM_CLASS ? cat3(k, kind_name(owner), " ", owner->name) : "method");
        tv[i] = new_tvar(k, tp->tparam.name, owner, tp);
        tp->sym = tv[i];
        tp->ty = tv[i]->type;
    }
    *out = tv;
    *nout = tps->n;
    for (int i = 0; i < tps->n; i++) {
        cc_Node *tp = tps->items[i];
        int nb = tp->tparam.bounds.n;
        tv[i]->bounds = cc_alloc(k->c, (size_t)(nb ? nb : 1) * sizeof(cc_Type *));
        for (int j = 0; j < nb; j++) {
            cc_Type *b = resolve_type(e, tp->tparam.bounds.items[j]);
            if (cc_is_prim(b)) {
                cc_error(k->c, tp->tparam.bounds.items[j]->pos, "unexpected type\n  required: reference\n  found:    %s", TS(b));
                b = k->c_object->type;
            }
            if (is_err(b)) b = k->c_object->type;
            tv[i]->bounds[tv[i]->nbounds++] = b;
        }
        if (!nb) tv[i]->bounds[tv[i]->nbounds++] = k->c_object->type;
    }
}

static void complete_header(cc_Check *k, cc_Sym *c) {
    c->state = 1;
    cc_Node *n = c->decl;
    Env e;
    class_env(&e, k, c);
    enter_tparams(&e, &n->cls.tparams, &c->tparams, &c->ntparams, c);
    if (c->ntparams) {
        cc_Type **args = cc_alloc(k->c, (size_t)c->ntparams * sizeof *args);
        for (int i = 0; i < c->ntparams; i++) args[i] = c->tparams[i]->type;
        cc_Type *t = mk_type(k, TY_CLASS);
        t->sym = c;
        t->args = args;
        t->nargs = c->ntparams;
        c->type = t;
    }
    int is_object = strcmp(c->bin, "java/lang/Object") == 0;
    if (!c->is_iface && n->cls.extends) {
        cc_Type *st = resolve_type(&e, n->cls.extends);
        if (!is_err(st)) {
            if (st->kind != TY_CLASS) {
                cc_error(k->c, n->cls.extends->pos, "unexpected type\n  required: class\n  found:    %s", "type parameter");
            } else {
                cc_complete(k, st->sym, 2);
                if (st->sym->state == 1 || st->sym == c) {
                    cc_error(k->c, st->sym->decl ? st->sym->decl->pos : n->pos, "cyclic inheritance involving %s", st->sym->qname);
                } else if (st->sym->is_iface) {
                    cc_error(k->c, n->cls.extends->pos, "no interface expected here");
                } else if (st->sym->flags & LD_ACC_FINAL) {
                    cc_error(k->c, n->cls.extends->pos, "cannot inherit from final %s", class_disp_name(st->sym));
                } else {
                    c->super = st;
                }
            }
        }
    }
    if (!c->is_iface && !c->super && !is_object) c->super = k->c_object->type;
    int ni = n->cls.interfaces.n;
    if (ni) c->ifaces = cc_alloc(k->c, (size_t)ni * sizeof *c->ifaces);
    for (int i = 0; i < ni; i++) {
        cc_Node *in = n->cls.interfaces.items[i];
        cc_Type *it = resolve_type(&e, in);
        if (is_err(it)) continue;
        if (it->kind != TY_CLASS) {
            cc_error(k->c, in->pos, "interface expected here");
            continue;
        }
        cc_complete(k, it->sym, 2);
        if (it->sym->state == 1 || it->sym == c) {
            cc_error(k->c, it->sym->decl ? it->sym->decl->pos : n->pos, "cyclic inheritance involving %s", it->sym->qname);
            continue;
        }
        if (!it->sym->is_iface) {
            cc_error(k->c, in->pos, "interface expected here");
            continue;
        }
        int dup = 0;
        for (int j = 0; j < c->nifaces; j++)
            if (c->ifaces[j]->sym == it->sym) dup = 1;
        if (dup) {
            cc_error(k->c, in->pos, "repeated interface");
            continue;
        }
        c->ifaces[c->nifaces++] = it;
    }
    c->state = 2;
}

void cc_complete(cc_Check *k, cc_Sym *c, int state) {
    if (!c || c->kind != SYM_CLASS || c->state >= state || c->state == 1) return;
    if (c->lmod) {
        if (c->state < 2) {
            c->state = 2;
            cc_lib_complete_header(k, c);
        }
        if (state >= 3 && c->state < 3) {
            c->state = 3;
            cc_lib_complete_members(k, c);
        }
        return;
    }
    if (!c->decl) {
        if (c->state < state) c->state = state;
        return;
    }
    if (c->state < 2) complete_header(k, c);
    if (state >= 3 && c->state == 2) {
        void complete_members(cc_Check * k, cc_Sym * c);
        complete_members(k, c);
    }
}

static int same_erased_params(cc_Check *k, cc_Sym *a, cc_Sym *b) {
    if (a->nparams != b->nparams) return 0;
    for (int i = 0; i < a->nparams; i++)
        if (!same_type(cc_erasure(k, a->ptypes[i]), cc_erasure(k, b->ptypes[i]))) return 0;
    return 1;
}

static int same_params(cc_Sym *a, cc_Sym *b) {
    if (a->nparams != b->nparams) return 0;
    for (int i = 0; i < a->nparams; i++)
        if (!same_type(a->ptypes[i], b->ptypes[i])) return 0;
    return 1;
}

static cc_Sym *new_local(cc_Check *k, const char *name, cc_Type *t, cc_Node *decl, uint32_t flags) {
    cc_Sym *s = NEW(k, cc_Sym);
    s->kind = SYM_LOCAL;
    s->name = name;
    s->type = t;
    s->decl = decl;
    s->flags = flags;
    s->var_index = -1;
    s->slot = -1;
    s->file = -1;
    return s;
}

static const char *method_kind_str(cc_Sym *m) { return (m->flags & CC_SF_CTOR) ? "constructor" : "method"; }

void complete_members(cc_Check *k, cc_Sym *c) {
    c->state = 3;
    cc_Node *n = c->decl;
    int has_ctor = 0;
    for (int mi = 0; mi < n->cls.members.n; mi++) {
        cc_Node *m = n->cls.members.items[mi];
        Env e;
        class_env(&e, k, c);
        if (m->kind == CC_N_FIELD) {
            uint32_t mods = m->var.mods.flags;
            uint32_t allowed = c->is_iface ? (CC_MOD_PUBLIC | CC_MOD_STATIC | CC_MOD_FINAL)
                                           : (CC_MOD_PUBLIC | CC_MOD_PROTECTED | CC_MOD_PRIVATE | CC_MOD_STATIC |
                                              CC_MOD_FINAL | CC_MOD_TRANSIENT | CC_MOD_VOLATILE);
            mods = check_mods(k, m->pos, mods, allowed, 0);
            uint32_t fl = acc_of_mods(mods);
            if (c->is_iface) fl |= LD_ACC_PUBLIC | LD_ACC_STATIC | LD_ACC_FINAL;
            e.is_static = (fl & LD_ACC_STATIC) != 0;
            cc_Type *t = resolve_type(&e, m->var.vtype);
            if (t->kind == TY_VOID) {
                cc_error(k->c, m->var.vtype->pos, "'void' type not allowed here");
                t = k->t_error;
            }
            if (c->is_iface && !m->var.init)
                cc_error(k->c, pos_plus(k, m->pos, strlen(m->var.name)), "= expected");
            cc_Sym *f = NEW(k, cc_Sym);
            f->kind = SYM_FIELD;
            f->name = m->var.name;
            f->flags = fl | (m->var.init ? CC_SF_HASINIT : 0);
            f->owner = c;
            f->decl = m;
            f->file = c->file;
            f->type = t;
            f->desc = cc_type_desc(k, t);
            f->var_index = -1;
            m->sym = f;
            int dup = 0;
            for (int j = 0; j < c->nmembers; j++)
                if (c->members[j]->kind == SYM_FIELD && c->members[j]->name == f->name) dup = 1;
            if (dup) {
                cc_error(k->c, m->pos, "variable %s is already defined in %s %s", f->name, kind_name(c), class_disp_name(c));
                continue;
            }
            add_member(k, c, f);
        } else if (m->kind == CC_N_METHOD) {
            uint32_t mods = m->method.mods.flags;
            int ctor = m->method.is_ctor;
            uint32_t allowed;
            if (ctor) allowed = CC_MOD_PUBLIC | CC_MOD_PROTECTED | CC_MOD_PRIVATE;
            else if (c->is_iface)
                allowed = CC_MOD_PUBLIC | CC_MOD_PRIVATE | CC_MOD_ABSTRACT | CC_MOD_STATIC | CC_MOD_DEFAULT | CC_MOD_STRICTFP;
            else
                allowed = CC_MOD_PUBLIC | CC_MOD_PROTECTED | CC_MOD_PRIVATE | CC_MOD_ABSTRACT | CC_MOD_STATIC |
                          CC_MOD_FINAL | CC_MOD_SYNCHRONIZED | CC_MOD_NATIVE | CC_MOD_STRICTFP;
            mods = check_mods(k, m->pos, mods, allowed, 0);
            uint32_t fl = acc_of_mods(mods);
            if (c->is_iface && !ctor) {
                if (!(fl & LD_ACC_PRIVATE)) fl |= LD_ACC_PUBLIC;
                if (!(fl & (LD_ACC_STATIC | CC_SF_DEFAULT | LD_ACC_PRIVATE))) fl |= LD_ACC_ABSTRACT;
            }
            if (ctor) fl |= CC_SF_CTOR;
            cc_Sym *ms = NEW(k, cc_Sym);
            ms->kind = SYM_METHOD;
            ms->name = ctor ? cc_intern_str(k->c, "<init>") : m->method.name;
            ms->flags = fl;
            ms->owner = c;
            ms->decl = m;
            ms->file = c->file;
            ms->var_index = -1;
            m->sym = ms;
            e.meth = ms;
            e.is_static = (fl & LD_ACC_STATIC) != 0;
            enter_tparams(&e, &m->method.tparams, &ms->tparams, &ms->ntparams, ms);
            ms->type = ctor ? k->prim[TY_VOID] : resolve_type(&e, m->method.result);
            int np = m->method.params.n;
            ms->ptypes = cc_alloc(k->c, (size_t)(np + 1) * sizeof *ms->ptypes);
            ms->params = cc_alloc(k->c, (size_t)(np + 1) * sizeof *ms->params);
            for (int i = 0; i < np; i++) {
                cc_Node *p = m->method.params.items[i];
                uint32_t pm = check_mods(k, p->pos, p->var.mods.flags, CC_MOD_FINAL, 0);
                cc_Type *pt = resolve_type(&e, p->var.vtype);
                if (pt->kind == TY_VOID) {
                    cc_error(k->c, p->var.vtype->pos, "'void' type not allowed here");
                    pt = k->t_error;
                }
                if (p->var.varargs) ms->flags |= CC_SF_VARARGS;
                ms->ptypes[i] = pt;
                cc_Sym *ps = new_local(k, p->var.name, pt, p, CC_SF_PARAM | acc_of_mods(pm) | CC_SF_EFFINAL);
                ps->file = c->file;
                for (int j = 0; j < i; j++)
                    if (ms->params[j]->name == ps->name)
                        cc_error(k->c, p->pos, "variable %s is already defined in %s %s", ps->name, method_kind_str(ms),
                                 ctor ? c->name : ms->name);
                ms->params[i] = ps;
                p->sym = ps;
                p->ty = pt;
            }
            ms->nparams = np;
            int nt = m->method.throws.n;
            if (nt) ms->throws = cc_alloc(k->c, (size_t)nt * sizeof *ms->throws);
            for (int i = 0; i < nt; i++) {
                cc_Node *tn = m->method.throws.items[i];
                cc_Type *tt = resolve_type(&e, tn);
                if (is_err(tt)) continue;
                /* not a Throwable: reported when the method is attributed (javac) */
                if (k->c_throwable && !cc_is_subtype(k, tt, k->c_throwable->type)) continue;
                ms->throws[ms->nthrows++] = tt;
            }
            cc_Type **er = cc_alloc(k->c, (size_t)(np + 1) * sizeof *er);
            for (int i = 0; i < np; i++) er[i] = cc_erasure(k, ms->ptypes[i]);
            ms->desc = method_desc(k, er, np, cc_erasure(k, ms->type));
            if (ctor) has_ctor = 1;
            int dup = 0;
            for (int j = 0; j < c->nmembers && !dup; j++) {
                cc_Sym *o = c->members[j];
                if (o->kind != SYM_METHOD || o->name != ms->name) continue;
                if (same_erased_params(k, o, ms)) {
                    if (same_params(o, ms) || !o->ntparams)
                        cc_error(k->c, m->pos, "%s %s is already defined in %s %s", method_kind_str(ms),
                                 method_sig_str(k, ms), kind_name(c), class_disp_name(c));
                    else
                        cc_error(k->c, m->pos, "name clash: %s and %s have the same erasure", method_sig_str(k, ms),
                                 method_sig_str(k, o));
                    dup = 1;
                }
            }
            if (!dup) add_member(k, c, ms);
        }
    }
    if (!has_ctor && !c->is_iface) {
        cc_Sym *ms = NEW(k, cc_Sym);
        ms->kind = SYM_METHOD;
        ms->name = cc_intern_str(k->c, "<init>");
        ms->flags = CC_SF_CTOR | CC_SF_SYNTH | (c->flags & (LD_ACC_PUBLIC | LD_ACC_PROTECTED | LD_ACC_PRIVATE));
        ms->owner = c;
        ms->file = c->file;
        ms->type = k->prim[TY_VOID];
        ms->desc = cc_intern_str(k->c, "()V");
        ms->var_index = -1;
        ms->ptypes = cc_alloc(k->c, sizeof *ms->ptypes);
        ms->params = cc_alloc(k->c, sizeof *ms->params);
        add_member(k, c, ms);
    }
}

/* ------------------------------------------------------------------ */
/* member lookup                                                       */
/* ------------------------------------------------------------------ */

static cc_Sym *find_field_in(cc_Check *k, cc_Sym *c, const char *name, int depth) {
    if (!c || depth > 64 || c->kind != SYM_CLASS) return NULL;
    cc_complete(k, c, 3);
    for (int i = 0; i < c->nmembers; i++)
        if (c->members[i]->kind == SYM_FIELD && c->members[i]->name == name) return c->members[i];
    for (int i = 0; i < c->nifaces; i++) {
        cc_Sym *f = find_field_in(k, c->ifaces[i]->sym, name, depth + 1);
        if (f) return f;
    }
    if (c->super) return find_field_in(k, c->super->sym, name, depth + 1);
    return NULL;
}

static cc_Sym *find_field(cc_Check *k, cc_Type *t, const char *name) {
    if (t->kind == TY_TVAR) {
        for (int i = 0; i < t->sym->nbounds; i++) {
            cc_Sym *f = find_field(k, t->sym->bounds[i], name);
            if (f) return f;
        }
        return NULL;
    }
    if (t->kind != TY_CLASS) return NULL;
    return find_field_in(k, t->sym, name, 0);
}

/* Static methods of interfaces are members of the interface only (JLS 8.4.8, 9.4.1): a
 * class or interface does not inherit them from its superinterfaces. */
static int inherits_method(cc_Sym *c, cc_Sym *m, int depth) {
    return depth == 0 || !c->is_iface || !cc_is_static(m);
}

static int has_method_named(cc_Check *k, cc_Sym *c, const char *name, int depth) {
    if (!c || depth > 64) return 0;
    cc_complete(k, c, 3);
    for (int i = 0; i < c->nmembers; i++)
        if (c->members[i]->kind == SYM_METHOD && c->members[i]->name == name && inherits_method(c, c->members[i], depth))
            return 1;
    if (c->super && has_method_named(k, c->super->sym, name, depth + 1)) return 1;
    for (int i = 0; i < c->nifaces; i++)
        if (has_method_named(k, c->ifaces[i]->sym, name, depth + 1)) return 1;
    if (c->is_iface && k->c_object && c != k->c_object && has_method_named(k, k->c_object, name, depth + 1)) return 1;
    return 0;
}

static cc_Sym *find_static_member_any(cc_Check *k, cc_Sym *c, const char *name) {
    cc_Sym *f = find_field_in(k, c, name, 0);
    if (f && cc_is_static(f)) return f;
    cc_complete(k, c, 3);
    for (cc_Sym *x = c; x; x = x->super ? x->super->sym : NULL) {
        cc_complete(k, x, 3);
        for (int i = 0; i < x->nmembers; i++)
            if (x->members[i]->name == name && (cc_is_static(x->members[i]) || x->members[i]->kind == SYM_CLASS))
                return x->members[i];
    }
    return NULL;
}

static cc_Sym *new_tvar(cc_Check *k, const char *name, cc_Sym *owner, cc_Node *decl);

/* capture conversion (JLS 5.1.10): each wildcard argument of a parameterized type
 * becomes a fresh type variable (javac's CAP#n, numbered within the type) bounded by the
 * wildcard's bound and the parameter's declared bounds (the captured arguments put in),
 * with B as lower bound for `? super B`. Other types come back unchanged, so capturing a
 * captured type changes nothing. */
static cc_Type *capture(cc_Check *k, cc_Type *t) {
    if (!t || t->kind != TY_CLASS || !t->nargs) return t;
    int need = 0;
    for (int i = 0; i < t->nargs; i++)
        if (t->args[i]->kind == TY_WILD) need = 1;
    if (!need) return t;
    cc_Sym *c = t->sym;
    cc_complete(k, c, 2);
    cc_Type **a2 = cc_alloc(k->c, (size_t)t->nargs * sizeof *a2);
    int ncap = 0;
    for (int i = 0; i < t->nargs; i++) {
        cc_Type *a = t->args[i];
        a2[i] = a;
        if (a->kind != TY_WILD) continue;
        char nm[24];
        snprintf(nm, sizeof nm, "CAP#%d", ++ncap);
        cc_Sym *cv = new_tvar(k, cc_intern_str(k->c, nm), NULL, NULL);
        cv->captured = a;
        a2[i] = cv->type;
    }
    int ntp = c->ntparams == t->nargs ? c->ntparams : 0;
    for (int i = 0; i < t->nargs; i++) {
        cc_Type *a = t->args[i];
        if (a->kind != TY_WILD) continue;
        cc_Sym *cv = a2[i]->sym;
        int nd = ntp ? c->tparams[i]->nbounds : 0;
        cv->bounds = cc_alloc(k->c, (size_t)(nd + 2) * sizeof *cv->bounds);
        if (a->wkind == 1 && a->elem) cv->bounds[cv->nbounds++] = a->elem;
        for (int j = 0; j < nd; j++) {
            cc_Type *b = cc_subst(k, c->tparams[i]->bounds[j], c->tparams, a2, ntp);
            if (b->kind == TY_CLASS && b->sym == k->c_object) continue;
            if (cv->nbounds && cc_is_subtype(k, cv->bounds[0], b)) continue;
            /* a class bound first: it is the erasure */
            if (cv->nbounds && b->kind == TY_CLASS && !b->sym->is_iface && cv->bounds[0]->kind == TY_CLASS &&
                cv->bounds[0]->sym->is_iface) {
                cv->bounds[cv->nbounds++] = cv->bounds[0];
                cv->bounds[0] = b;
            } else {
                cv->bounds[cv->nbounds++] = b;
            }
        }
        if (!cv->nbounds) cv->bounds[cv->nbounds++] = k->c_object->type;
        if (a->wkind == 2) cv->lower = a->elem;
    }
    return class_type(k, c, a2, t->nargs);
}

/* javac's upward projection (JLS 4.10.5) of the capture variables in t, for the type of
 * a `var` local: a capture variable becomes its upper bound, or its wildcard again where
 * it is a type argument */
static cc_Type *upward(cc_Check *k, cc_Type *t, int depth) {
    if (!t || depth > 16) return t;
    switch (t->kind) {
    case TY_TVAR: return t->sym->captured ? upward(k, t->sym->bounds[0], depth + 1) : t;
    case TY_ARRAY: {
        cc_Type *e = upward(k, t->elem, depth + 1);
        return e == t->elem ? t : cc_array_of(k, e);
    }
    case TY_CLASS: {
        cc_Type **a = NULL;
        for (int i = 0; i < t->nargs; i++) {
            cc_Type *x = t->args[i], *y = x;
            if (x->kind == TY_TVAR && x->sym->captured) y = x->sym->captured;
            else if (x->kind == TY_CLASS || x->kind == TY_ARRAY) {
                cc_Type *u = upward(k, x, depth + 1);
                if (u != x) {
                    y = mk_type(k, TY_WILD);
                    y->wkind = 1;
                    y->elem = u;
                }
            }
            if (y != x && !a) {
                a = cc_alloc(k->c, (size_t)t->nargs * sizeof *a);
                memcpy(a, t->args, (size_t)t->nargs * sizeof *a);
            }
            if (a) a[i] = y;
        }
        return a ? class_type(k, t->sym, a, t->nargs) : t;
    }
    default: return t;
    }
}

/* the type `t` (a declared member type) seen as a member of site, which is captured */
static cc_Type *member_type(cc_Check *k, cc_Type *site, cc_Sym *member, cc_Type *t, int write) {
    cc_Sym *owner = member->owner;
    if (!owner || !owner->ntparams || !site) return t;
    if (member->kind != SYM_CLASS && cc_is_static(member)) return t; /* static members are not erased */
    cc_Type *s = cc_as_super(k, site, owner);
    if (!s) return t;
    if (!s->nargs) return cc_erasure(k, t);
    s = capture(k, s);
    (void)write;
    return cc_subst(k, t, owner->tparams, s->args, s->nargs);
}

static cc_Sym *outermost(cc_Sym *c) {
    while (c && c->owner && c->owner->kind == SYM_CLASS) c = c->owner;
    return c;
}

static const char *pkg_of(cc_Sym *c) { return c ? outermost(c)->pkg : ""; }

/* javac's accessibility: private within the top-level class, package access within
 * the package, protected also from subclasses */
static int accessible(Env *e, cc_Sym *s) {
    cc_Check *k = e->k;
    cc_Sym *owner = s->kind == SYM_CLASS ? (s->owner ? s->owner : NULL) : s->owner;
    if (s->kind == SYM_CLASS && !s->owner) {
        if (s->flags & LD_ACC_PUBLIC) return 1;
        return strcmp(s->pkg, pkg_of(e->cls)) == 0;
    }
    if (!owner) return 1;
    if (owner->is_iface && !(s->flags & LD_ACC_PRIVATE)) return 1;
    if (s->flags & LD_ACC_PUBLIC) return owner->kind != SYM_CLASS || accessible(e, owner) || 1;
    if (s->flags & LD_ACC_PRIVATE) return outermost(owner) == outermost(e->cls);
    if (strcmp(pkg_of(owner), pkg_of(e->cls)) == 0) return 1;
    if (s->flags & LD_ACC_PROTECTED) {
        for (cc_Sym *c = e->cls; c; c = c->owner)
            if (cc_is_subclass(k, c, owner)) return 1;
    }
    return 0;
}

static void err_access(Env *e, cc_Pos pos, cc_Sym *s) {
    cc_Check *k = e->k;
    const char *what = s->kind == SYM_METHOD ? method_sig_str(k, s) : s->name;
    if (s->kind == SYM_CLASS && !s->owner) {
        cc_error(k->c, pos, "%s is not public in %s; cannot be accessed from outside package", s->name, s->pkg);
        return;
    }
    cc_Sym *owner = s->owner;
    if (s->flags & LD_ACC_PRIVATE)
        cc_error(k->c, pos, "%s has private access in %s", what, class_disp_name(owner));
    else if (s->flags & LD_ACC_PROTECTED)
        cc_error(k->c, pos, "%s has protected access in %s", what, class_disp_name(owner));
    else
        cc_error(k->c, pos, "%s is not public in %s; cannot be accessed from outside package", what, class_disp_name(owner));
}

/* ------------------------------------------------------------------ */
/* constants                                                           */
/* ------------------------------------------------------------------ */

static cc_Sym *mk_const(cc_Check *k, cc_Type *t, cc_Const v) {
    cc_Sym *s = NEW(k, cc_Sym);
    s->kind = SYM_CONST;
    s->type = t;
    s->cv = v;
    s->has_const = 1;
    s->var_index = -1;
    return s;
}

static int is_string_type(cc_Check *k, cc_Type *t) { return t && t->kind == TY_CLASS && t->sym == k->c_string; }

/* converts a numeric constant to another primitive kind (JLS 5.1.2/5.1.3) */
static cc_Const const_convert(cc_Const v, cc_TyKind to) {
    cc_Const r = {0};
    r.kind = to;
    int from_fp = v.kind == TY_FLOAT || v.kind == TY_DOUBLE;
    if (to == TY_BOOLEAN || v.kind == TY_BOOLEAN || to == TY_CLASS || v.kind == TY_CLASS) return v;
    if (to == TY_FLOAT || to == TY_DOUBLE) {
        double d = from_fp ? v.d : (double)v.i;
        if (!from_fp && v.kind == TY_LONG && to == TY_FLOAT) d = (double)(float)v.i;
        r.d = to == TY_FLOAT ? (double)(float)d : d;
        return r;
    }
    int64_t x;
    if (from_fp) {
        double d = v.d;
        if (isnan(d)) x = 0;
        else if (to == TY_LONG) {
            if (d >= 9223372036854775807.0) x = INT64_MAX;
            else if (d <= -9223372036854775808.0) x = INT64_MIN;
            else x = (int64_t)d;
        } else {
            if (d >= 2147483647.0) x = INT32_MAX;
            else if (d <= -2147483648.0) x = INT32_MIN;
            else x = (int64_t)d;
        }
    } else {
        x = v.i;
    }
    switch (to) {
    case TY_BYTE: x = (int8_t)x; break;
    case TY_SHORT: x = (int16_t)x; break;
    case TY_CHAR: x = (uint16_t)x; break;
    case TY_INT: x = (int32_t)x; break;
    default: break;
    }
    r.i = x;
    return r;
}

/* the String form of a constant (string conversion, JLS 5.1.11) */
static cc_Const const_to_string(cc_Check *k, cc_Const v) {
    if (v.kind == TY_CLASS) return v;
    char buf[64];
    uint16_t one;
    const uint16_t *units = NULL;
    uint32_t n = 0;
    switch (v.kind) {
    case TY_BOOLEAN: snprintf(buf, sizeof buf, "%s", v.i ? "true" : "false"); break;
    case TY_CHAR:
        one = (uint16_t)v.i;
        units = &one;
        n = 1;
        break;
    case TY_FLOAT: vm_format_float((float)v.d, buf); break;
    case TY_DOUBLE: vm_format_double(v.d, buf); break;
    default: snprintf(buf, sizeof buf, "%lld", (long long)v.i); break;
    }
    cc_Const r = {0};
    r.kind = TY_CLASS;
    if (!units) {
        n = (uint32_t)strlen(buf);
        uint16_t *u = cc_alloc(k->c, (n + 1) * sizeof *u);
        for (uint32_t i = 0; i < n; i++) u[i] = (uint8_t)buf[i];
        r.s = u;
    } else {
        uint16_t *u = cc_alloc(k->c, 2 * sizeof *u);
        u[0] = units[0];
        r.s = u;
    }
    r.n = n;
    return r;
}

static int const_fits(cc_Const v, cc_TyKind to) {
    if (v.kind != TY_INT && v.kind != TY_SHORT && v.kind != TY_CHAR && v.kind != TY_BYTE) return 0;
    switch (to) {
    case TY_BYTE: return v.i >= -128 && v.i <= 127;
    case TY_SHORT: return v.i >= -32768 && v.i <= 32767;
    case TY_CHAR: return v.i >= 0 && v.i <= 65535;
    default: return 0;
    }
}

/* ------------------------------------------------------------------ */
/* conversions                                                         */
/* ------------------------------------------------------------------ */

enum { CONV_OK, CONV_INCOMPAT, CONV_LOSSY };

/* assignment conversion (JLS 5.2) of an expression of type `from` (constant value cv, or
 * NULL) to `to`; method invocation context when !assign (no constant narrowing) and
 * strict when !loose (no boxing) */
static int convertible(cc_Check *k, cc_Type *from, const cc_Const *cv, cc_Type *to, int assign, int loose) {
    if (is_err(from) || is_err(to)) return CONV_OK;
    if (from->kind == TY_VOID || to->kind == TY_VOID) return CONV_INCOMPAT;
    if (cc_is_prim(from) && cc_is_prim(to)) {
        if (prim_widens(from->kind, to->kind)) return CONV_OK;
        if (assign && cv && const_fits(*cv, to->kind)) return CONV_OK;
        if (from->kind == TY_BOOLEAN || to->kind == TY_BOOLEAN) return CONV_INCOMPAT;
        return CONV_LOSSY;
    }
    if (cc_is_prim(from)) {
        if (!loose) return CONV_INCOMPAT;
        cc_Type *b = cc_boxed(k, from);
        if (b && cc_is_subtype(k, b, to)) return CONV_OK;
        /* Byte b = 1; Character c = 'a' + 1; (constants narrowed, then boxed) */
        if (assign && cv) {
            cc_Type *u = cc_unboxed(k, to);
            if (u && (u->kind == TY_BYTE || u->kind == TY_SHORT || u->kind == TY_CHAR) && const_fits(*cv, u->kind))
                return CONV_OK;
        }
        return CONV_INCOMPAT;
    }
    if (cc_is_prim(to)) {
        if (!loose || from->kind == TY_NULL) return CONV_INCOMPAT;
        cc_Type *u = cc_unboxed(k, from);
        if (u && prim_widens(u->kind, to->kind)) return CONV_OK;
        return CONV_INCOMPAT;
    }
    return cc_is_subtype(k, from, to) ? CONV_OK : CONV_INCOMPAT;
}

static const char *conv_msg(cc_Check *k, int r, cc_Type *from, cc_Type *to) {
    char buf[1024];
    if (r == CONV_LOSSY) snprintf(buf, sizeof buf, "possible lossy conversion from %s to %s", TS(from), TS(to));
    else snprintf(buf, sizeof buf, "%s cannot be converted to %s", TS(from), TS(to));
    return cc_strndup(k->c, buf, strlen(buf));
}

/* checks an assignment-context conversion and reports javac's error at n */
static int check_assign(Env *e, cc_Node *n, cc_Type *from, cc_Type *to) {
    cc_Check *k = e->k;
    int r = convertible(k, from, cc_const_of(n), to, 1, 1);
    if (r == CONV_OK) return 1;
    if (from->kind == TY_VOID) {
        cc_error(k->c, n->pos, "incompatible types: void cannot be converted to %s", TS(to));
        return 0;
    }
    cc_error(k->c, n->pos, "incompatible types: %s", conv_msg(k, r, from, to));
    return 0;
}

/* casting conversion (JLS 5.5) */
static int castable(cc_Check *k, cc_Type *from, cc_Type *to) {
    if (is_err(from) || is_err(to)) return 1;
    if (from->kind == TY_VOID || to->kind == TY_VOID) return 0;
    if (cc_is_prim(from) && cc_is_prim(to)) {
        if (from->kind == TY_BOOLEAN || to->kind == TY_BOOLEAN) return from->kind == to->kind;
        return 1;
    }
    if (cc_is_prim(from)) {
        cc_Type *b = cc_boxed(k, from);
        return b && cc_is_subtype(k, b, to);
    }
    if (cc_is_prim(to)) {
        if (from->kind == TY_NULL) return 0;
        cc_Type *u = cc_unboxed(k, from);
        if (u) return prim_widens(u->kind, to->kind);
        cc_Type *b = cc_boxed(k, to);
        return b && cc_is_subtype(k, b, cc_erasure(k, from));
    }
    if (from->kind == TY_NULL) return 1;
    cc_Type *ef = cc_erasure(k, from), *et = cc_erasure(k, to);
    if (cc_is_subtype(k, ef, et) || cc_is_subtype(k, et, ef)) return 1;
    if (from->kind == TY_TVAR || to->kind == TY_TVAR) return 1;
    if (ef->kind == TY_ARRAY || et->kind == TY_ARRAY) {
        if (ef->kind == TY_ARRAY && et->kind == TY_ARRAY) {
            if (cc_is_prim(ef->elem) || cc_is_prim(et->elem)) return ef->elem->kind == et->elem->kind;
            return castable(k, ef->elem, et->elem);
        }
        cc_Type *arr = ef->kind == TY_ARRAY ? et : ef; /* the non-array side */
        return arr->kind == TY_CLASS && (arr->sym == k->c_object || arr->sym == k->c_cloneable ||
                                         arr->sym == k->c_serializable);
    }
    if (ef->kind != TY_CLASS || et->kind != TY_CLASS) return 0;
    cc_Sym *a = ef->sym, *b = et->sym;
    cc_complete(k, a, 2);
    cc_complete(k, b, 2);
    if (a->is_iface && b->is_iface) return 1;
    if (a->is_iface) return !(b->flags & LD_ACC_FINAL);
    if (b->is_iface) return !(a->flags & LD_ACC_FINAL);
    return 0;
}

/* binary numeric promotion */
static cc_Type *promote2(cc_Check *k, cc_Type *a, cc_Type *b) {
    if (a->kind == TY_DOUBLE || b->kind == TY_DOUBLE) return k->prim[TY_DOUBLE];
    if (a->kind == TY_FLOAT || b->kind == TY_FLOAT) return k->prim[TY_FLOAT];
    if (a->kind == TY_LONG || b->kind == TY_LONG) return k->prim[TY_LONG];
    return k->prim[TY_INT];
}

static cc_Type *promote1(cc_Check *k, cc_Type *a) {
    if (a->kind == TY_BYTE || a->kind == TY_SHORT || a->kind == TY_CHAR) return k->prim[TY_INT];
    return a;
}

/* the primitive type of a numeric/boolean operand after unboxing, or NULL */
static cc_Type *unboxed_or_prim(cc_Check *k, cc_Type *t) {
    if (cc_is_prim(t)) return t;
    return cc_unboxed(k, t);
}

static cc_Type *lub_depth(cc_Check *k, cc_Type *a, cc_Type *b, int depth);

/* x and y: supertypes of one class; where their type arguments differ, the arguments of
 * the lub are `? extends` the lub of theirs (javac's lcta), `?` below the first level */
static cc_Type *lub_args(cc_Check *k, cc_Type *x, cc_Type *y, int depth) {
    if (!x || !y) return x ? cc_erasure(k, x) : k->c_object->type;
    if (same_type(x, y)) return x;
    if (!x->nargs || !y->nargs || x->nargs != y->nargs || depth > 0) return x->sym->erasure;
    cc_Type **a = cc_alloc(k->c, (size_t)x->nargs * sizeof *a);
    for (int i = 0; i < x->nargs; i++) {
        cc_Type *xi = x->args[i], *yi = y->args[i];
        if (same_type(xi, yi)) {
            a[i] = xi;
            continue;
        }
        cc_Type *w = mk_type(k, TY_WILD);
        if (!(xi->kind == TY_WILD && xi->wkind == 2) && !(yi->kind == TY_WILD && yi->wkind == 2)) {
            w->wkind = 1;
            w->elem = lub_depth(k, wild_upper(k, xi), wild_upper(k, yi), depth + 1);
        }
        a[i] = w;
    }
    return class_type(k, x->sym, a, x->nargs);
}

/* least upper bound of two reference types (simplified: the most specific common
 * superclass other than Object, else a common interface, else Object; javac computes
 * intersection types) */
static cc_Type *lub_depth(cc_Check *k, cc_Type *a, cc_Type *b, int depth) {
    if (is_err(a)) return b;
    if (is_err(b)) return a;
    if (a->kind == TY_NULL) return b;
    if (b->kind == TY_NULL) return a;
    if (cc_is_subtype(k, a, b)) return b;
    if (cc_is_subtype(k, b, a)) return a;
    if (a->kind == TY_ARRAY && b->kind == TY_ARRAY && cc_is_ref(a->elem) && cc_is_ref(b->elem))
        return cc_array_of(k, lub_depth(k, a->elem, b->elem, depth));
    cc_Type *ea = cc_erasure(k, a), *eb = cc_erasure(k, b);
    if (ea->kind == TY_CLASS) {
        for (cc_Sym *c = ea->sym; c && c != k->c_object && !c->is_iface; c = c->super ? c->super->sym : NULL) {
            cc_complete(k, c, 2);
            if (cc_is_subtype(k, eb, c->erasure)) return lub_args(k, cc_as_super(k, a, c), cc_as_super(k, b, c), depth);
        }
        /* interfaces, breadth first over a's supertypes */
        cc_Sym *queue[64];
        int qh = 0, qt = 0;
        queue[qt++] = ea->sym;
        while (qh < qt) {
            cc_Sym *c = queue[qh++];
            cc_complete(k, c, 2);
            if (c->is_iface && cc_is_subtype(k, eb, c->erasure))
                return lub_args(k, cc_as_super(k, a, c), cc_as_super(k, b, c), depth);
            if (c->super && qt < 64) queue[qt++] = c->super->sym;
            for (int i = 0; i < c->nifaces && qt < 64; i++) queue[qt++] = c->ifaces[i]->sym;
        }
    }
    return k->c_object->type;
}

static cc_Type *lub(cc_Check *k, cc_Type *a, cc_Type *b) { return lub_depth(k, a, b, 0); }

/* ------------------------------------------------------------------ */
/* overload resolution (JLS 15.12.2) and inference                     */
/* ------------------------------------------------------------------ */

enum { FAIL_NONE, FAIL_ARITY, FAIL_ARG, FAIL_VARARG, FAIL_INFER };

typedef struct {
    cc_Sym *m;
    cc_Type *site;
    cc_Type **ptypes; /* instantiated parameter types */
    cc_Type *ret;
    cc_Type **throws;
    int nthrows;
    int fail, fail_arg;
    const char *fail_msg;
    cc_Node *fail_branch; /* FAIL_ARG of a conditional argument: the branch that does not fit */
    int varargs;      /* applicable by variable arity invocation */
    int poly;         /* a type argument was defaulted without a target type */
    int unchecked;    /* applicable by unchecked conversion: the result type is erased */
} Cand;

typedef struct {
    Cand *v;
    int n, cap;
} CandList;

static void cand_add(cc_Check *k, CandList *l, cc_Sym *m, cc_Type *site) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
    }
    memset(&l->v[l->n], 0, sizeof *l->v);
    l->v[l->n].m = m;
    l->v[l->n].site = site;
    l->n++;
    (void)k;
}

static int overridden_in(cc_Check *k, CandList *l, cc_Sym *m, cc_Type *site) {
    for (int i = 0; i < l->n; i++) {
        cc_Sym *o = l->v[i].m;
        if (o->name != m->name || o->nparams != m->nparams) continue;
        int same = 1;
        for (int j = 0; j < m->nparams && same; j++) {
            cc_Type *a = cc_erasure(k, member_type(k, site, o, o->ptypes[j], 1));
            cc_Type *b = cc_erasure(k, member_type(k, site, m, m->ptypes[j], 1));
            if (!same_type(a, b)) same = 0;
        }
        if (same) return 1;
    }
    return 0;
}

static void collect_methods(cc_Check *k, cc_Type *site, cc_Sym *c, const char *name, CandList *l, int depth) {
    if (!c || depth > 64) return;
    cc_complete(k, c, 3);
    for (int i = 0; i < c->nmembers; i++) {
        cc_Sym *m = c->members[i];
        if (m->kind == SYM_METHOD && m->name == name && !(m->flags & CC_SF_CTOR) && inherits_method(c, m, depth) &&
            !overridden_in(k, l, m, site))
            cand_add(k, l, m, site);
    }
    if (c->super) collect_methods(k, site, c->super->sym, name, l, depth + 1);
    for (int i = 0; i < c->nifaces; i++) collect_methods(k, site, c->ifaces[i]->sym, name, l, depth + 1);
    if (c->is_iface && depth == 0 && k->c_object) {
        cc_complete(k, k->c_object, 3);
        for (int i = 0; i < k->c_object->nmembers; i++) {
            cc_Sym *m = k->c_object->members[i];
            if (m->kind == SYM_METHOD && m->name == name && (m->flags & LD_ACC_PUBLIC) && !(m->flags & CC_SF_CTOR) &&
                !overridden_in(k, l, m, site))
                cand_add(k, l, m, site);
        }
    }
}

static cc_Sym *array_clone_sym(cc_Check *k);

static void collect_site(cc_Check *k, cc_Type *site, const char *name, CandList *l) {
    if (site->kind == TY_CLASS) collect_methods(k, site, site->sym, name, l, 0);
    else if (site->kind == TY_TVAR) {
        for (int i = 0; i < site->sym->nbounds; i++) {
            cc_Type *b = site->sym->bounds[i];
            if (b->kind == TY_CLASS) collect_methods(k, b, b->sym, name, l, i);
            else if (b->kind == TY_TVAR) collect_site(k, b, name, l);
        }
    } else if (site->kind == TY_ARRAY && k->c_object) {
        /* an array type's members: Object's, with its own public clone() (JLS 10.7) */
        if (strcmp(name, "clone") == 0) cand_add(k, l, array_clone_sym(k), k->c_object->type);
        collect_methods(k, k->c_object->type, k->c_object, name, l, 0);
    }
}

/* ---- inference of a generic method's type arguments ---- */

typedef struct {
    cc_Sym **tv;
    int n;
    cc_Type **eq, **lower, **upper;
} Infer;

static int itv(Infer *in, cc_Type *t) {
    if (!t || t->kind != TY_TVAR) return -1;
    for (int i = 0; i < in->n; i++)
        if (in->tv[i] == t->sym) return i;
    return -1;
}

static void constrain(cc_Check *k, Infer *in, cc_Type *p, cc_Type *a, int dir, int depth) {
    if (!p || !a || is_err(a) || depth > 32) return;
    int i = itv(in, p);
    if (i >= 0) {
        if (a->kind == TY_NULL) return;
        if (cc_is_prim(a)) {
            a = cc_boxed(k, a);
            if (!a) return;
        }
        if (a->kind == TY_WILD) a = wild_upper(k, a);
        if (dir == 0) in->lower[i] = in->lower[i] ? lub(k, in->lower[i], a) : a;
        else if (dir == 1) {
            if (!in->eq[i]) in->eq[i] = a;
        } else if (!in->upper[i]) in->upper[i] = a;
        return;
    }
    if (p->kind == TY_ARRAY) {
        if (a->kind == TY_ARRAY && cc_is_ref(p->elem) && cc_is_ref(a->elem)) constrain(k, in, p->elem, a->elem, dir, depth + 1);
        /* a type variable below an array type: through its bounds (CAP#1 extends Object[]) */
        else if (a->kind == TY_TVAR && dir == 0)
            for (int j = 0; j < a->sym->nbounds; j++) constrain(k, in, p, a->sym->bounds[j], 0, depth + 1);
        return;
    }
    if (p->kind != TY_CLASS || !p->nargs) return;
    cc_Type *s;
    if (dir == 2) {
        if (a->kind != TY_CLASS || !a->nargs) return;
        /* p <: a: view p as a's class, then match arguments */
        cc_Type *ps = cc_as_super(k, p, a->sym);
        if (!ps || !ps->nargs) return;
        for (int j = 0; j < ps->nargs && j < a->nargs; j++) {
            cc_Type *aj = a->args[j];
            if (aj->kind == TY_WILD) {
                if (aj->wkind == 1 && aj->elem) constrain(k, in, ps->args[j], aj->elem, 2, depth + 1);
                else if (aj->wkind == 2 && aj->elem) constrain(k, in, ps->args[j], aj->elem, 0, depth + 1);
            } else {
                constrain(k, in, ps->args[j], aj, 1, depth + 1);
            }
        }
        return;
    }
    s = cc_as_super(k, a, p->sym);
    if (!s || !s->nargs) return;
    for (int j = 0; j < p->nargs && j < s->nargs; j++) {
        cc_Type *pj = p->args[j], *sj = s->args[j];
        if (pj->kind == TY_WILD) {
            if (pj->wkind == 1 && pj->elem) constrain(k, in, pj->elem, wild_upper(k, sj), dir == 1 && sj->kind == TY_WILD ? 1 : 0, depth + 1);
            else if (pj->wkind == 2 && pj->elem && sj->kind != TY_WILD) constrain(k, in, pj->elem, sj, 2, depth + 1);
            /* ? super X contains ? super Y when X <: Y */
            else if (pj->wkind == 2 && pj->elem && sj->wkind == 2 && sj->elem) constrain(k, in, pj->elem, sj->elem, dir == 1 ? 1 : 2, depth + 1);
        } else if (sj->kind == TY_WILD) {
            constrain(k, in, pj, wild_upper(k, sj), 0, depth + 1);
        } else {
            constrain(k, in, pj, sj, 1, depth + 1);
        }
    }
}

/* infers tvars from arguments (and the expected type pt); fills inst[]; 0 if a bound
 * is violated (msg set) */
static int mentions_tvar(cc_Type *t, cc_Sym *tv) {
    if (!t) return 0;
    switch (t->kind) {
    case TY_TVAR: return t->sym == tv;
    case TY_ARRAY: return mentions_tvar(t->elem, tv);
    case TY_WILD: return mentions_tvar(t->elem, tv);
    case TY_CLASS:
        for (int i = 0; i < t->nargs; i++)
            if (mentions_tvar(t->args[i], tv)) return 1;
        return 0;
    default: return 0;
    }
}

static int infer_targs(cc_Check *k, cc_Sym **tvs, int ntv, cc_Type **formals, int np, int va_phase, cc_Type **at,
                       int nargs, cc_Type *ret, cc_Type *pt, cc_Type **inst, const char **msg, int *poly) {
    Infer in;
    in.tv = tvs;
    in.n = ntv;
    cc_Type *buf[3 * 64];
    if (ntv > 64) return 1;
    memset(buf, 0, sizeof buf);
    in.eq = buf;
    in.lower = buf + 64;
    in.upper = buf + 128;
    for (int i = 0; i < nargs; i++) {
        cc_Type *f = va_phase && i >= np - 1 ? (formals[np - 1]->kind == TY_ARRAY ? formals[np - 1]->elem : formals[np - 1])
                                             : (i < np ? formals[i] : NULL);
        if (f) constrain(k, &in, f, at[i], 0, 0);
    }
    if (pt && ret && ret->kind != TY_VOID && !cc_is_prim(pt)) constrain(k, &in, ret, pt, 2, 0);
    else if (pt && ret && cc_is_prim(pt) && itv(&in, ret) >= 0) {
        cc_Type *b = cc_boxed(k, pt);
        if (b) constrain(k, &in, ret, b, 2, 0);
    }
    for (int i = 0; i < ntv; i++) {
        cc_Type *t = in.eq[i] ? in.eq[i] : in.lower[i] ? in.lower[i] : in.upper[i];
        if (!t) t = NULL; /* defaulted below, after the others are known */
        inst[i] = t;
    }
    for (int i = 0; i < ntv; i++)
        if (!inst[i]) {
            /* the glb of the bounds, erased: Object & Comparable<? super T> is Comparable */
            cc_Type *b = tvs[i]->nbounds ? tvs[i]->bounds[0] : k->c_object->type;
            if (tvs[i]->nbounds > 1 && cc_erasure(k, b) == k->c_object->type) b = tvs[i]->bounds[1];
            inst[i] = cc_erasure(k, b);
            if (!pt && poly && mentions_tvar(ret, tvs[i])) *poly = 1;
        }
    for (int i = 0; i < ntv; i++) {
        for (int j = 0; j < tvs[i]->nbounds; j++) {
            cc_Type *b = cc_subst(k, tvs[i]->bounds[j], tvs, inst, ntv);
            if (!cc_is_subtype(k, inst[i], b)) {
                char m[1024];
                snprintf(m, sizeof m, "inference variable %s has incompatible bounds\n    upper bounds: %s\n    lower bounds: %s",
                         tvs[i]->name, TS(tvs[i]->bounds[j]), TS(inst[i]));
                *msg = cc_strndup(k->c, m, strlen(m));
                return 0;
            }
        }
    }
    return 1;
}

static cc_Node *strip_parens(cc_Node *n);
static int bool_or_num(cc_Check *k, cc_Node *n);

/* a reference conditional expression (not boolean or numeric): a poly expression in
 * assignment and invocation contexts (JLS 15.25) */
static int is_ref_cond(cc_Check *k, cc_Node *n) {
    n = strip_parens(n);
    return n->kind == CC_N_COND && n->ty && !is_err(n->ty) && !(bool_or_num(k, n->cond.then) && bool_or_num(k, n->cond.els));
}

/* method invocation conversion of a reference conditional: of each branch; *bad is a
 * branch that does not fit */
static int cond_fits(cc_Check *k, cc_Node *n, cc_Type *f, int loose, cc_Node **bad) {
    n = strip_parens(n);
    if (is_ref_cond(k, n)) {
        int r = cond_fits(k, n->cond.then, f, loose, bad);
        return r != CONV_OK ? r : cond_fits(k, n->cond.els, f, loose, bad);
    }
    int r = convertible(k, n->ty, NULL, f, 0, loose);
    if (r != CONV_OK) *bad = n;
    return r;
}

/* does converting from to to need an unchecked conversion (a raw type where a
 * parameterized one is wanted, JLS 5.1.9)? */
static int needs_unchecked(cc_Check *k, cc_Type *from, cc_Type *to) {
    if (is_err(from) || is_err(to) || !cc_is_ref(from) || from->kind == TY_NULL) return 0;
    if (to->kind == TY_ARRAY) return from->kind == TY_ARRAY && needs_unchecked(k, from->elem, to->elem);
    if (to->kind != TY_CLASS || !to->nargs) return 0;
    cc_Type *sup = cc_as_super(k, from, to->sym);
    return sup && !sup->nargs && to->sym->ntparams;
}

static void eval_cand(Env *e, Cand *c, cc_Type **at, int nargs, int phase, cc_Type *pt, cc_Type **targs, int ntargs) {
    cc_Check *k = e->k;
    cc_Sym *m = c->m;
    int np = m->nparams, va = (m->flags & CC_SF_VARARGS) != 0;
    c->fail = FAIL_NONE;
    c->fail_branch = NULL;
    c->poly = 0;
    c->unchecked = 0;
    c->varargs = phase == 3;
    if (phase < 3 ? nargs != np : !(va && nargs >= np - 1)) {
        c->fail = FAIL_ARITY;
        return;
    }
    cc_Type **pts = cc_alloc(k->c, (size_t)(np + 1) * sizeof *pts);
    for (int i = 0; i < np; i++) pts[i] = member_type(k, c->site, m, m->ptypes[i], 1);
    cc_Type *ret = member_type(k, c->site, m, m->type, 0);
    cc_Type **thr = NULL;
    if (m->nthrows) {
        thr = cc_alloc(k->c, (size_t)m->nthrows * sizeof *thr);
        for (int i = 0; i < m->nthrows; i++) thr[i] = member_type(k, c->site, m, m->throws[i], 0);
    }
    if (m->ntparams) {
        /* an argument that needs unchecked conversion: the result is erased, so the
           target type says nothing (JLS 18.5.2) */
        for (int i = 0; i < nargs && pt; i++) {
            cc_Type *f = phase == 3 && i >= np - 1 ? (pts[np - 1]->kind == TY_ARRAY ? pts[np - 1]->elem : pts[np - 1]) : pts[i];
            if (needs_unchecked(k, at[i], f)) pt = NULL;
        }
        cc_Type **inst = cc_alloc(k->c, (size_t)m->ntparams * sizeof *inst);
        if (ntargs == m->ntparams) {
            memcpy(inst, targs, (size_t)ntargs * sizeof *inst);
        } else if (!infer_targs(k, m->tparams, m->ntparams, pts, np, phase == 3, at, nargs, ret, pt, inst, &c->fail_msg,
                                &c->poly)) {
            c->fail = FAIL_INFER;
            return;
        }
        for (int i = 0; i < np; i++) pts[i] = cc_subst(k, pts[i], m->tparams, inst, m->ntparams);
        ret = cc_subst(k, ret, m->tparams, inst, m->ntparams);
        for (int i = 0; i < m->nthrows; i++) thr[i] = cc_subst(k, thr[i], m->tparams, inst, m->ntparams);
    }
    c->ptypes = pts;
    c->ret = ret;
    c->throws = thr;
    c->nthrows = m->nthrows;
    for (int i = 0; i < nargs; i++) {
        cc_Type *f = phase == 3 && i >= np - 1 ? pts[np - 1]->elem : pts[i];
        if (!f) f = k->t_error;
        cc_Type *ai = at[i];
        int r;
        if (e->poly_args && e->poly_args[i] == 2 && e->res_args) {
            cc_Node *bad = NULL;
            r = cond_fits(k, e->res_args[i], f, phase >= 2, &bad);
            if (r != CONV_OK) {
                c->fail = phase == 3 ? FAIL_VARARG : FAIL_ARG;
                c->fail_arg = i;
                c->fail_msg = conv_msg(k, r, bad->ty, f);
                c->fail_branch = bad;
                return;
            }
            continue;
        }
        if (e->poly_args && e->poly_args[i]) ai = cc_erasure(k, ai), f = cc_erasure(k, f); /* inferred again later */
        r = convertible(k, ai, NULL, f, 0, phase >= 2);
        if (r != CONV_OK) {
            c->fail = phase == 3 ? FAIL_VARARG : FAIL_ARG;
            c->fail_arg = i;
            c->fail_msg = conv_msg(k, r, at[i], f);
            return;
        }
        if (needs_unchecked(k, ai, f)) c->unchecked = 1;
    }
    if (c->unchecked) {
        /* JLS 15.12.2.6: javac erases the (instantiated) result and exceptions */
        c->ret = cc_erasure(k, c->ret);
        for (int i = 0; i < c->nthrows; i++) c->throws[i] = cc_erasure(k, c->throws[i]);
        c->poly = 0;
    }
}

static cc_Type *cand_param(Cand *c, int i, int expand) {
    int np = c->m->nparams;
    if (expand && i >= np - 1) return c->ptypes[np - 1]->kind == TY_ARRAY ? c->ptypes[np - 1]->elem : c->ptypes[np - 1];
    return i < np ? c->ptypes[i] : NULL;
}

static int spec_sub(cc_Check *k, cc_Type *s, cc_Type *t, cc_Type *arg) {
    if (!s || !t) return 1;
    if (same_type(s, t)) return 1;
    if (cc_is_prim(s) && cc_is_prim(t)) return prim_widens(s->kind, t->kind);
    if (cc_is_ref(s) && cc_is_ref(t)) return cc_is_subtype(k, s, t);
    if (cc_is_prim(s)) return arg && cc_is_prim(arg);
    return arg && !cc_is_prim(arg);
}

static int more_specific(cc_Check *k, Cand *a, Cand *b, cc_Type **at, int nargs, int phase) {
    if (phase < 3) {
        for (int i = 0; i < a->m->nparams; i++)
            if (!spec_sub(k, a->ptypes[i], b->ptypes[i], i < nargs ? at[i] : NULL)) return 0;
        return 1;
    }
    int n = a->m->nparams > b->m->nparams ? a->m->nparams : b->m->nparams;
    if (nargs > n) n = nargs;
    for (int i = 0; i < n; i++)
        if (!spec_sub(k, cand_param(a, i, 1), cand_param(b, i, 1), i < nargs ? at[i] : NULL)) return 0;
    return 1;
}

/* location text of "cannot find symbol" for a member access on site */
static const char *site_location(cc_Check *k, cc_Node *target, cc_Type *site) {
    char buf[1024];
    if (target && (target->kind == CC_N_NAME || target->kind == CC_N_SELECT) && target->sym &&
        (target->sym->kind == SYM_LOCAL || target->sym->kind == SYM_FIELD)) {
        snprintf(buf, sizeof buf, "variable %s of type %s", target->sym->name, TS(site));
    } else if (site->kind == TY_CLASS) {
        snprintf(buf, sizeof buf, "%s %s", kind_name(site->sym), TS(site));
    } else if (site->kind == TY_TVAR) {
        snprintf(buf, sizeof buf, "type variable %s", site->sym->name);
    } else {
        snprintf(buf, sizeof buf, "class %s", TS(site));
    }
    return cc_strndup(k->c, buf, strlen(buf));
}

static const char *fail_reason(cc_Check *k, Cand *c) {
    char buf[1200];
    switch (c->fail) {
    case FAIL_ARITY: return "actual and formal argument lists differ in length";
    case FAIL_ARG:
        snprintf(buf, sizeof buf, "argument mismatch; %s%s", c->fail_branch ? "bad type in conditional expression\n          " : "",
                 c->fail_msg);
        break;
    case FAIL_VARARG: snprintf(buf, sizeof buf, "varargs mismatch; %s", c->fail_msg); break;
    default: snprintf(buf, sizeof buf, "%s", c->fail_msg ? c->fail_msg : "inference failed"); break;
    }
    return cc_strndup(k->c, buf, strlen(buf));
}

static const char *params_str(cc_Check *k, cc_Sym *m) {
    if (!m->nparams) return "no arguments";
    char buf[2048];
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; i < m->nparams; i++) {
        if (i) put_s(buf, sizeof buf, &n, ",");
        type_buf(k, m->ptypes[i], buf, sizeof buf, &n);
    }
    return cc_strndup(k->c, buf, n);
}

static cc_Pos expr_pos(cc_Check *k, cc_Node *n);

/* Resolves among the candidates. Reports javac's errors at pos (the call) or at the
 * argument. Returns the chosen candidate (copied to *out) or 0. name is the method name
 * (the class name for constructors). */
static int resolve_cands1(Env *e, cc_Pos pos, CandList *l, const char *name, int ctor, cc_Node **args, cc_Type **at,
                          int nargs, cc_Type *pt, cc_Type **targs, int ntargs, const char *location, Cand *out);

static int resolve_cands(Env *e, cc_Pos pos, CandList *l, const char *name, int ctor, cc_Node **args, cc_Type **at,
                         int nargs, cc_Type *pt, cc_Type **targs, int ntargs, const char *location, Cand *out) {
    cc_Node **saved = e->res_args;
    e->res_args = args;
    int r = resolve_cands1(e, pos, l, name, ctor, args, at, nargs, pt, targs, ntargs, location, out);
    e->res_args = saved;
    return r;
}

static int resolve_cands1(Env *e, cc_Pos pos, CandList *l, const char *name, int ctor, cc_Node **args, cc_Type **at,
                          int nargs, cc_Type *pt, cc_Type **targs, int ntargs, const char *location, Cand *out) {
    cc_Check *k = e->k;
    for (int i = 0; i < nargs; i++)
        if (is_err(at[i])) return 0;
    /* inaccessible candidates only count when there is no accessible one */
    int nacc = 0;
    for (int i = 0; i < l->n; i++)
        if (accessible(e, l->v[i].m)) nacc++;
    if (nacc && nacc < l->n) {
        int j = 0;
        for (int i = 0; i < l->n; i++)
            if (accessible(e, l->v[i].m)) l->v[j++] = l->v[i];
        l->n = j;
    }
    if (!l->n) {
        cc_error(k->c, pos, "cannot find symbol\n  symbol:   method %s(%s)\n  location: %s", name,
                 nargs ? types_list_str(k, at, nargs) : "", location);
        return 0;
    }
    for (int phase = 1; phase <= 3; phase++) {
        int napp = 0;
        for (int i = 0; i < l->n; i++) {
            eval_cand(e, &l->v[i], at, nargs, phase, pt, targs, ntargs);
            if (l->v[i].fail == FAIL_NONE) napp++;
        }
        if (!napp) continue;
        Cand *best = NULL;
        int nmax = 0;
        Cand *maxv[64];
        for (int i = 0; i < l->n; i++) {
            Cand *a = &l->v[i];
            if (a->fail) continue;
            int maximal = 1;
            for (int j = 0; j < l->n && maximal; j++) {
                Cand *b = &l->v[j];
                if (j == i || b->fail) continue;
                if (more_specific(k, b, a, at, nargs, phase) && !more_specific(k, a, b, at, nargs, phase)) maximal = 0;
            }
            if (maximal && nmax < 64) maxv[nmax++] = a;
        }
        if (nmax == 1) {
            best = maxv[0];
        } else if (nmax > 1) {
            /* override-equivalent (inherited twice): prefer a concrete method */
            int equiv = 1;
            for (int i = 1; i < nmax; i++)
                if (!more_specific(k, maxv[0], maxv[i], at, nargs, phase) || !more_specific(k, maxv[i], maxv[0], at, nargs, phase))
                    equiv = 0;
            if (equiv) {
                best = maxv[0];
                for (int i = 0; i < nmax; i++)
                    if (!(maxv[i]->m->flags & LD_ACC_ABSTRACT)) {
                        best = maxv[i];
                        break;
                    }
            } else {
                cc_Sym *a = maxv[0]->m, *b = maxv[1]->m;
                cc_error(k->c, pos, "reference to %s is ambiguous\n  both %s %s in %s and %s %s in %s match", name,
                         method_kind_str(a), method_sig_str(k, a), class_disp_name(a->owner), method_kind_str(b),
                         method_sig_str(k, b), class_disp_name(b->owner));
                return 0;
            }
        }
        if (best) {
            *out = *best;
            return 1;
        }
    }
    /* nothing applicable: describe each candidate with the loose (or varargs) phase */
    for (int i = 0; i < l->n; i++) {
        Cand *c = &l->v[i];
        int va = (c->m->flags & CC_SF_VARARGS) != 0;
        eval_cand(e, c, at, nargs, va ? 3 : 2, pt, targs, ntargs);
        if (va && c->fail == FAIL_ARITY) c->fail = FAIL_ARITY;
    }
    Cand *single = NULL;
    if (l->n == 1) single = &l->v[0];
    else {
        int nf = 0;
        for (int i = 0; i < l->n; i++)
            if (l->v[i].fail != FAIL_ARITY) {
                nf++;
                single = &l->v[i];
            }
        if (nf != 1) single = NULL;
    }
    if (single) {
        if (single->fail == FAIL_ARG && single->fail_branch) {
            cc_error(k->c, expr_pos(k, single->fail_branch), "incompatible types: bad type in conditional expression\n    %s",
                     single->fail_msg);
            return 0;
        }
        if (single->fail == FAIL_ARG && single->fail_arg < nargs) {
            cc_error(k->c, expr_pos(k, args[single->fail_arg]), "incompatible types: %s", single->fail_msg);
            return 0;
        }
        cc_Sym *m = single->m;
        cc_error(k->c, pos, "%s %s in %s %s cannot be applied to given types;\n  required: %s\n  found:    %s\n  reason: %s",
                 method_kind_str(m), ctor ? m->owner->name : m->name, kind_name(m->owner), TS(m->owner->type),
                 params_str(k, m), types_list_str(k, at, nargs), fail_reason(k, single));
        return 0;
    }
    char buf[8192];
    size_t bn = 0;
    buf[0] = 0;
    for (int i = 0; i < l->n; i++) {
        Cand *c = &l->v[i];
        char line[2048];
        snprintf(line, sizeof line, "\n    %s %s.%s is not applicable\n      (%s)", method_kind_str(c->m),
                 class_disp_name(c->m->owner), method_sig_str(k, c->m), fail_reason(k, c));
        put_s(buf, sizeof buf, &bn, line);
    }
    cc_error(k->c, pos, "no suitable %s found for %s(%s)%s", ctor ? "constructor" : "method", name,
             types_list_str(k, at, nargs), buf);
    return 0;
}

/* ------------------------------------------------------------------ */
/* expressions                                                         */
/* ------------------------------------------------------------------ */

enum { KV = 1, KT = 2, KP = 4 };

static cc_Type *attr_expr(Env *e, cc_Node *n, cc_Type *pt);
static cc_Sym *attr_tree(Env *e, cc_Node *n, int kinds);

/* javac's preferred position of an expression in "incompatible types" errors */
static cc_Pos expr_pos(cc_Check *k, cc_Node *n) {
    while (n->kind == CC_N_PAREN) n = n->paren.expr; /* javac checks the inner tree */
    if (n->kind == CC_N_CALL) return pos_char_after(k, n->call.name_pos, '(');
    return n->pos;
}

static cc_Sym *length_sym(cc_Check *k) {
    static const char key[] = "\x01length";
    cc_Sym *s = cc_map_get(&k->info, key);
    if (!s) {
        s = NEW(k, cc_Sym);
        s->kind = SYM_FIELD;
        s->name = cc_intern_str(k->c, "length");
        s->flags = LD_ACC_PUBLIC | LD_ACC_FINAL;
        s->type = k->prim[TY_INT];
        s->var_index = -1;
        cc_map_put(&k->info, key, s);
    }
    return s;
}

/* the clone() of array types (JLS 10.7): public, no checked exceptions, whatever the
 * library's Object.clone says (calls name java/lang/Object.clone()Ljava/lang/Object;,
 * and the result has the array's type) */
static cc_Sym *array_clone_sym(cc_Check *k) {
    static const char key[] = "\x01clone";
    cc_Sym *s = cc_map_get(&k->info, key);
    if (!s) {
        s = NEW(k, cc_Sym);
        s->kind = SYM_METHOD;
        s->name = cc_intern_str(k->c, "clone");
        s->flags = LD_ACC_PUBLIC;
        s->owner = k->c_object;
        s->file = -1;
        s->type = k->c_object->type;
        s->desc = cc_intern_str(k->c, "()Ljava/lang/Object;");
        s->var_index = -1;
        cc_map_put(&k->info, key, s);
    }
    return s;
}

/* the value of a field that is a constant variable (evaluated on first use) */
static void attr_field_init_const(cc_Check *k, cc_Sym *f);

static int is_constant_var_candidate(cc_Check *k, cc_Sym *v) {
    return (v->flags & LD_ACC_FINAL) && (v->flags & CC_SF_HASINIT) &&
           (cc_is_prim(v->type) || is_string_type(k, v->type));
}

static void use_var(Env *e, cc_Sym *v) {
    if (v->kind == SYM_FIELD && v->const_state == 0 && v->decl && is_constant_var_candidate(e->k, v))
        attr_field_init_const(e->k, v);
}

/* forward references in initializers (JLS 8.3.3) */
static void check_forward_ref(Env *e, cc_Node *n, cc_Sym *f) {
    if (!e->init_field && !e->init_block) return;
    if (e->lhs || f->owner != e->cls || !f->decl || (e->meth != NULL)) return;
    int init_static = e->is_static;
    if (cc_is_static(f) != init_static) return;
    uint32_t here = e->init_field ? e->init_field->decl->pos.off : (uint32_t)e->init_block;
    if (f == e->init_field) {
        cc_error(e->k->c, n->pos, "self-reference in initializer");
        return;
    }
    if (f->decl->pos.off > here) cc_error(e->k->c, n->pos, "illegal forward reference");
}

static void err_static_ctx(Env *e, cc_Pos pos, cc_Sym *s) {
    cc_Check *k = e->k;
    if (s->kind == SYM_METHOD)
        cc_error(k->c, pos, "non-static method %s cannot be referenced from a static context", method_sig_str(k, s));
    else
        cc_error(k->c, pos, "non-static variable %s cannot be referenced from a static context", s->name);
}

/* a variable named by a simple name */
static cc_Sym *resolve_var_ident(Env *e, cc_Node *n) {
    cc_Check *k = e->k;
    const char *name = n->name.name;
    cc_Sym *l = find_local(e, name);
    if (l) {
        n->sym = l;
        n->ty = l->type;
        return l;
    }
    int outer_static = 0;
    for (cc_Sym *c = e->cls; c; c = c->owner) {
        cc_Sym *f = find_field_in(k, c, name, 0);
        if (f) {
            if (!accessible(e, f)) {
                err_access(e, n->pos, f);
                n->ty = k->t_error;
                return NULL;
            }
            if (!cc_is_static(f)) {
                if (outer_static || e->is_static) err_static_ctx(e, n->pos, f);
                else if (e->ctor_prologue)
                    cc_error(k->c, n->pos, "cannot reference %s before supertype constructor has been called", name);
                else {
                    cc_Info *in = cc_info(k, n);
                    in->flags |= CC_I_IMPLICIT_THIS;
                }
            }
            cc_info(k, n)->site = c->type;
            if (c == e->cls) check_forward_ref(e, n, f);
            use_var(e, f);
            n->sym = f;
            n->ty = member_type(k, c->type, f, f->type, 0);
            return f;
        }
        outer_static = 1;
    }
    /* static imports */
    if (e->unit) {
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < e->unit->unit.imports.n; i++) {
                cc_Node *im = e->unit->unit.imports.items[i];
                if (!im->import.is_static || !im->sym || im->sym->kind != SYM_CLASS) continue;
                if (pass == 0) {
                    if (im->import.on_demand) continue;
                    const char *dot = strrchr(im->import.name, '.');
                    if (!dot || strcmp(dot + 1, name) != 0) continue;
                } else if (!im->import.on_demand) {
                    continue;
                }
                cc_Sym *f = find_field_in(k, im->sym, name, 0);
                if (f && cc_is_static(f)) {
                    use_var(e, f);
                    n->sym = f;
                    n->ty = f->type;
                    cc_info(k, n)->site = im->sym->type;
                    return f;
                }
            }
    }
    return NULL;
}

static void err_cant_find_var(Env *e, cc_Pos pos, const char *name) {
    cc_Check *k = e->k;
    cc_error(k->c, pos, "cannot find symbol\n  symbol:   variable %s\n  location: %s %s", name, kind_name(e->cls),
             TS(e->cls->type));
}

/* NAME or SELECT (or any expression) as a variable, type or package */
static cc_Sym *attr_tree(Env *e, cc_Node *n, int kinds) {
    cc_Check *k = e->k;
    if (n->kind == CC_N_NAME) {
        const char *name = n->name.name;
        if (kinds & KV) {
            cc_Sym *v = resolve_var_ident(e, n);
            if (v) return v;
        }
        if (kinds & KT) {
            int serr = 0;
            cc_Sym *t = find_type(e, name, n->pos, &serr);
            if (t) {
                if (t->kind == SYM_CLASS && !accessible(e, t)) err_access(e, n->pos, t);
                n->sym = t;
                n->ty = t->kind == SYM_TVAR ? t->type : t->erasure;
                return t;
            }
        }
        if ((kinds & KP) && !(kinds & KV)) {
            n->sym = package_sym(k, name);
            return n->sym;
        }
        if ((kinds & KP) && cc_package_exists(k, name)) {
            n->sym = package_sym(k, name);
            return n->sym;
        }
        if (kinds & KV) err_cant_find_var(e, n->pos, name);
        else err_cant_find_class(e, n->pos, name, e->cls, NULL);
        n->ty = k->t_error;
        return NULL;
    }
    if (n->kind == CC_N_SELECT) {
        cc_Node *t = n->select.target;
        const char *name = n->select.name;
        cc_Sym *q;
        if (t->kind == CC_N_NAME || t->kind == CC_N_SELECT) {
            q = attr_tree(e, t, KV | KT | KP);
            if (!q) {
                n->ty = k->t_error;
                return NULL;
            }
        } else {
            attr_expr(e, t, NULL);
            q = NULL;
            if (is_err(t->ty)) {
                n->ty = k->t_error;
                return NULL;
            }
        }
        if (q && q->kind == SYM_PACKAGE) {
            if (kinds & KT) {
                cc_Sym *c = class_in_package(k, q->name, name);
                if (c) {
                    if (!accessible(e, c)) err_access(e, n->pos, c);
                    n->sym = c;
                    n->ty = c->erasure;
                    return c;
                }
            }
            if (kinds & KP) {
                n->sym = package_sym(k, cat3(k, q->name, "/", name));
                return n->sym;
            }
            if (cc_package_exists(k, q->name))
                cc_error(k->c, n->pos, "cannot find symbol\n  symbol:   class %s\n  location: package %s", name, q->qname);
            else
                cc_error(k->c, n->pos, "package %s does not exist", q->qname);
            n->ty = k->t_error;
            return NULL;
        }
        if (q && (q->kind == SYM_CLASS || q->kind == SYM_TVAR)) {
            cc_Sym *c = q->kind == SYM_CLASS ? q : NULL;
            if ((kinds & KV) && c) {
                cc_Sym *f = find_field_in(k, c, name, 0);
                if (f) {
                    if (!accessible(e, f)) {
                        err_access(e, n->pos, f);
                        n->ty = k->t_error;
                        return NULL;
                    }
                    if (!cc_is_static(f)) err_static_ctx(e, n->pos, f);
                    use_var(e, f);
                    n->sym = f;
                    n->ty = cc_erasure(k, f->type);
                    if (f->owner && !f->owner->ntparams) n->ty = f->type;
                    cc_info(k, n)->site = c->erasure;
                    return f;
                }
            }
            if ((kinds & KT) && c) {
                cc_Sym *mc = find_member_class(k, c, name, 0);
                if (mc) {
                    if (!accessible(e, mc)) err_access(e, n->pos, mc);
                    n->sym = mc;
                    n->ty = mc->erasure;
                    return mc;
                }
            }
            if (kinds & KV)
                cc_error(k->c, n->pos, "cannot find symbol\n  symbol:   variable %s\n  location: %s %s", name,
                         c ? kind_name(c) : "class", c ? class_disp_name(c) : q->name);
            else
                cc_error(k->c, n->pos, "cannot find symbol\n  symbol:   class %s\n  location: %s %s", name,
                         c ? kind_name(c) : "class", c ? class_disp_name(c) : q->name);
            n->ty = k->t_error;
            return NULL;
        }
        /* a value */
        cc_Type *st = t->ty;
        if (!st || is_err(st)) {
            n->ty = k->t_error;
            return NULL;
        }
        if (cc_is_prim(st) || st->kind == TY_VOID) {
            cc_error(k->c, n->pos, "%s cannot be dereferenced", TS(st));
            n->ty = k->t_error;
            return NULL;
        }
        if (st->kind == TY_ARRAY && strcmp(name, "length") == 0) {
            n->sym = length_sym(k);
            n->ty = k->prim[TY_INT];
            return n->sym;
        }
        cc_Sym *f = st->kind == TY_NULL ? NULL : find_field(k, st, name);
        if (!f) {
            if (t->kind == CC_N_THIS || t->kind == CC_N_SUPER)
                cc_error(k->c, n->pos, "cannot find symbol\n  symbol: variable %s", name);
            else
                cc_error(k->c, n->pos, "cannot find symbol\n  symbol:   variable %s\n  location: %s", name,
                         site_location(k, t, st));
            n->ty = k->t_error;
            return NULL;
        }
        if (!accessible(e, f)) {
            err_access(e, n->pos, f);
            n->ty = k->t_error;
            return NULL;
        }
        use_var(e, f);
        cc_Info *in = cc_info(k, n);
        in->site = cc_erasure(k, st);
        if (cc_is_static(f)) in->flags |= CC_I_STATIC_SITE;
        if (t->kind == CC_N_SUPER) in->flags |= CC_I_SUPER;
        n->sym = f;
        n->ty = member_type(k, st, f, f->type, 0);
        return f;
    }
    attr_expr(e, n, NULL);
    return NULL;
}

/* ---- literals ---- */

static cc_Type *attr_literal(Env *e, cc_Node *n, int negated) {
    cc_Check *k = e->k;
    cc_Const v = {0};
    cc_Type *t = k->t_error;
    const char *text = n->lit.text;
    size_t len = strlen(text);
    switch (n->lit.lit) {
    case CC_LIT_INT:
    case CC_LIT_LONG: {
        uint64_t x = 0;
        int radix = 10;
        int r = cc_int_literal_value(text, len, &x, &radix);
        int is_long = n->lit.lit == CC_LIT_LONG;
        uint64_t lim = is_long ? (radix == 10 ? (negated ? 0x8000000000000000ULL : 0x7fffffffffffffffULL) : UINT64_MAX)
                               : (radix == 10 ? (negated ? 0x80000000ULL : 0x7fffffffULL) : 0xffffffffULL);
        if (r != CC_NUM_OK || x > lim) {
            cc_error(k->c, n->pos, "integer number too large");
            x = 0;
        }
        v.kind = is_long ? TY_LONG : TY_INT;
        v.i = is_long ? (int64_t)x : (int64_t)(int32_t)(uint32_t)x;
        t = k->prim[v.kind];
        break;
    }
    case CC_LIT_FLOAT:
    case CC_LIT_DOUBLE: {
        double d = 0;
        int isf = n->lit.lit == CC_LIT_FLOAT;
        int r = cc_float_literal_value(text, len, isf, &d);
        if (r == CC_NUM_TOO_LARGE) cc_error(k->c, n->pos, "floating-point number too large");
        else if (r == CC_NUM_TOO_SMALL) cc_error(k->c, n->pos, "floating-point number too small");
        v.kind = isf ? TY_FLOAT : TY_DOUBLE;
        v.d = isf ? (double)(float)d : d;
        t = k->prim[v.kind];
        break;
    }
    case CC_LIT_CHAR:
        v.kind = TY_CHAR;
        v.i = n->lit.nchars ? n->lit.chars[0] : 0;
        t = k->prim[TY_CHAR];
        break;
    case CC_LIT_STRING:
        v.kind = TY_CLASS;
        v.s = n->lit.chars;
        v.n = n->lit.nchars;
        t = k->c_string ? k->c_string->type : k->t_error;
        break;
    case CC_LIT_TRUE:
    case CC_LIT_FALSE:
        v.kind = TY_BOOLEAN;
        v.i = n->lit.lit == CC_LIT_TRUE;
        t = k->prim[TY_BOOLEAN];
        break;
    case CC_LIT_NULL: n->ty = k->t_null; return k->t_null;
    }
    if (n->lit.lit == CC_LIT_STRING && !k->c_string) {
        cc_error(k->c, n->pos, "cannot find symbol\n  symbol: class String");
    }
    n->sym = mk_const(k, t, v);
    n->ty = t;
    return t;
}

/* ---- constant folding ---- */

static int fold_unary(cc_Check *k, cc_Op op, const cc_Const *a, cc_Type *t, cc_Const *r) {
    *r = const_convert(*a, t->kind);
    r->kind = t->kind;
    switch (op) {
    case CC_OP_PLUS: return 1;
    case CC_OP_NEG:
        if (t->kind == TY_FLOAT || t->kind == TY_DOUBLE) r->d = -r->d;
        else if (t->kind == TY_INT) r->i = (int32_t)(0u - (uint32_t)r->i);
        else r->i = (int64_t)(0ull - (uint64_t)r->i);
        return 1;
    case CC_OP_BITNOT:
        r->i = ~r->i;
        if (t->kind == TY_INT) r->i = (int32_t)r->i;
        return 1;
    case CC_OP_NOT:
        r->i = !a->i;
        r->kind = TY_BOOLEAN;
        return 1;
    default: return 0;
    }
    (void)k;
}

static cc_Const str_concat(cc_Check *k, cc_Const a, cc_Const b) {
    a = const_to_string(k, a);
    b = const_to_string(k, b);
    cc_Const r = {0};
    r.kind = TY_CLASS;
    r.n = a.n + b.n;
    uint16_t *u = cc_alloc(k->c, (r.n + 1) * sizeof *u);
    if (a.n) memcpy(u, a.s, a.n * sizeof *u);
    if (b.n) memcpy(u + a.n, b.s, b.n * sizeof *u);
    r.s = u;
    return r;
}

/* folds a binary operation; opt: the operand type after promotion, rt: result type */
static int fold_binary(cc_Check *k, cc_Op op, const cc_Const *ca, const cc_Const *cb, cc_Type *opt, cc_Type *rt,
                       cc_Const *r) {
    memset(r, 0, sizeof *r);
    r->kind = rt->kind;
    if (rt->kind == TY_CLASS) {
        *r = str_concat(k, *ca, *cb);
        return 1;
    }
    cc_TyKind ok = opt->kind;
    if (op == CC_OP_SHL || op == CC_OP_SHR || op == CC_OP_USHR) {
        cc_Const a = const_convert(*ca, ok);
        int64_t s = const_convert(*cb, TY_LONG).i;
        if (ok == TY_INT) {
            int sh = (int)(s & 31);
            uint32_t x = (uint32_t)a.i;
            int32_t v = op == CC_OP_SHL ? (int32_t)(x << sh) : op == CC_OP_SHR ? ((int32_t)x >> sh) : (int32_t)(x >> sh);
            r->i = v;
        } else {
            int sh = (int)(s & 63);
            uint64_t x = (uint64_t)a.i;
            r->i = op == CC_OP_SHL ? (int64_t)(x << sh) : op == CC_OP_SHR ? ((int64_t)x >> sh) : (int64_t)(x >> sh);
        }
        return 1;
    }
    if (op == CC_OP_AND || op == CC_OP_OR) {
        r->i = op == CC_OP_AND ? (ca->i && cb->i) : (ca->i || cb->i);
        return 1;
    }
    if (ok == TY_BOOLEAN) {
        int x = ca->i != 0, y = cb->i != 0;
        switch (op) {
        case CC_OP_BITAND: r->i = x & y; break;
        case CC_OP_BITOR: r->i = x | y; break;
        case CC_OP_BITXOR: r->i = x ^ y; break;
        case CC_OP_EQ: r->i = x == y; break;
        case CC_OP_NE: r->i = x != y; break;
        default: return 0;
        }
        return 1;
    }
    cc_Const a = const_convert(*ca, ok), b = const_convert(*cb, ok);
    if (ok == TY_FLOAT || ok == TY_DOUBLE) {
        double x = a.d, y = b.d, z = 0;
        int isf = ok == TY_FLOAT;
        switch (op) {
        case CC_OP_ADD: z = isf ? (double)((float)x + (float)y) : x + y; break;
        case CC_OP_SUB: z = isf ? (double)((float)x - (float)y) : x - y; break;
        case CC_OP_MUL: z = isf ? (double)((float)x * (float)y) : x * y; break;
        case CC_OP_DIV: z = isf ? (double)((float)x / (float)y) : x / y; break;
        case CC_OP_REM: z = isf ? (double)fmodf((float)x, (float)y) : fmod(x, y); break;
        case CC_OP_LT: r->i = x < y; return 1;
        case CC_OP_GT: r->i = x > y; return 1;
        case CC_OP_LE: r->i = x <= y; return 1;
        case CC_OP_GE: r->i = x >= y; return 1;
        case CC_OP_EQ: r->i = x == y; return 1;
        case CC_OP_NE: r->i = x != y; return 1;
        default: return 0;
        }
        r->d = z;
        return 1;
    }
    int64_t x = a.i, y = b.i, z = 0;
    int is32 = ok == TY_INT;
    switch (op) {
    case CC_OP_ADD: z = (int64_t)((uint64_t)x + (uint64_t)y); break;
    case CC_OP_SUB: z = (int64_t)((uint64_t)x - (uint64_t)y); break;
    case CC_OP_MUL: z = (int64_t)((uint64_t)x * (uint64_t)y); break;
    case CC_OP_DIV:
        if (y == 0) return 0;
        if (y == -1) z = (int64_t)(0ull - (uint64_t)x);
        else z = x / y;
        break;
    case CC_OP_REM:
        if (y == 0) return 0;
        z = y == -1 ? 0 : x % y;
        break;
    case CC_OP_BITAND: z = x & y; break;
    case CC_OP_BITOR: z = x | y; break;
    case CC_OP_BITXOR: z = x ^ y; break;
    case CC_OP_LT: r->i = x < y; return 1;
    case CC_OP_GT: r->i = x > y; return 1;
    case CC_OP_LE: r->i = x <= y; return 1;
    case CC_OP_GE: r->i = x >= y; return 1;
    case CC_OP_EQ: r->i = x == y; return 1;
    case CC_OP_NE: r->i = x != y; return 1;
    default: return 0;
    }
    r->i = is32 ? (int64_t)(int32_t)z : z;
    return 1;
}

static int const_eq(const cc_Const *a, const cc_Const *b) {
    if (a->kind == TY_CLASS || b->kind == TY_CLASS) {
        if (a->kind != b->kind || a->n != b->n) return 0;
        return a->n == 0 || memcmp(a->s, b->s, a->n * sizeof *a->s) == 0;
    }
    return a->i == b->i;
}

/* ---- calls ---- */

static int attr_args(Env *e, cc_List *args, cc_Type ***at_out) {
    cc_Check *k = e->k;
    cc_Type **at = cc_alloc(k->c, (size_t)(args->n + 1) * sizeof *at);
    for (int i = 0; i < args->n; i++) {
        cc_Node *a = args->items[i];
        at[i] = attr_expr(e, a, NULL);
        if (at[i]->kind == TY_VOID) {
            cc_error(k->c, expr_pos(k, a), "'void' type not allowed here");
            at[i] = k->t_error;
        }
    }
    *at_out = at;
    return args->n;
}

static void record_call(cc_Check *k, cc_Node *n, Cand *c) {
    cc_Info *in = cc_info(k, n);
    in->ptypes = c->ptypes;
    if (c->varargs) in->flags |= CC_I_VARARGS;
    in->throws = c->throws;
    in->nthrows = c->nthrows;
}

static cc_Type **resolve_targs(Env *e, cc_List *targs) {
    if (!targs->n) return NULL;
    cc_Type **t = cc_alloc(e->k->c, (size_t)targs->n * sizeof *t);
    for (int i = 0; i < targs->n; i++) t[i] = resolve_targ(e, targs->items[i]);
    return t;
}

static void collect_static_imports(Env *e, const char *name, CandList *l) {
    cc_Check *k = e->k;
    if (!e->unit) return;
    for (int pass = 0; pass < 2 && !l->n; pass++)
        for (int i = 0; i < e->unit->unit.imports.n; i++) {
            cc_Node *im = e->unit->unit.imports.items[i];
            if (!im->import.is_static || !im->sym || im->sym->kind != SYM_CLASS) continue;
            if (pass == 0) {
                if (im->import.on_demand) continue;
                const char *dot = strrchr(im->import.name, '.');
                if (!dot || strcmp(dot + 1, name) != 0) continue;
            } else if (!im->import.on_demand) {
                continue;
            }
            CandList tmp = {0};
            collect_methods(k, im->sym->type, im->sym, name, &tmp, 0);
            for (int j = 0; j < tmp.n; j++)
                if (cc_is_static(tmp.v[j].m)) cand_add(k, l, tmp.v[j].m, tmp.v[j].site);
            free(tmp.v);
        }
}

static cc_Node *strip_parens(cc_Node *n);

/* which arguments are generic calls or diamonds whose type arguments were defaulted */
static char *poly_flags(Env *e, cc_List *args) {
    char *f = NULL;
    for (int i = 0; i < args->n; i++) {
        cc_Node *a = strip_parens(args->items[i]);
        cc_Info *in = cc_info_get(e->k, a);
        if (in && (in->flags & CC_I_POLY)) {
            if (!f) f = cc_alloc(e->k->c, (size_t)args->n);
            f[i] = 1;
        } else if (is_ref_cond(e->k, a)) {
            if (!f) f = cc_alloc(e->k->c, (size_t)args->n);
            f[i] = 2;
        }
    }
    return f;
}

/* infers a poly argument again, against the parameter type it is passed to */
static void reinfer(Env *e, cc_Node *a, cc_Type *formal) {
    cc_Check *k = e->k;
    a = strip_parens(a);
    cc_Info *in = cc_info_get(k, a);
    if (!in || !(in->flags & CC_I_POLY) || !in->pmeth || is_err(formal)) return;
    cc_List *args = a->kind == CC_N_CALL ? &a->call.args : &a->new_.args;
    cc_Type **at = cc_alloc(k->c, (size_t)(args->n + 1) * sizeof *at);
    for (int i = 0; i < args->n; i++) at[i] = args->items[i]->ty ? args->items[i]->ty : k->t_error;
    const char *saved = e->poly_args;
    e->poly_args = NULL;
    Cand c;
    memset(&c, 0, sizeof c);
    c.m = in->pmeth;
    c.site = in->psite;
    eval_cand(e, &c, at, args->n, (in->flags & CC_I_VARARGS) ? 3 : 2, formal, NULL, 0);
    e->poly_args = saved;
    if (c.fail || !c.ret) return;
    in->flags &= ~CC_I_POLY;
    if (a->kind == CC_N_CALL) {
        record_call(k, a, &c);
        a->ty = capture(k, c.ret);
        return;
    }
    /* a diamond: the constructor again at the inferred class type */
    cc_Sym *real = (cc_Sym *)c.m->params;
    Cand rc;
    memset(&rc, 0, sizeof rc);
    rc.m = real;
    rc.site = c.ret;
    eval_cand(e, &rc, at, args->n, (in->flags & CC_I_VARARGS) ? 3 : 2, NULL, NULL, 0);
    if (rc.fail) return;
    rc.varargs = (in->flags & CC_I_VARARGS) != 0;
    record_call(k, a, &rc);
    a->ty = c.ret;
    a->new_.ctype->ty = c.ret;
}

/* after a resolution: the poly arguments against the chosen method's parameters */
static void reinfer_args(Env *e, cc_List *args, const char *flags, Cand *c) {
    cc_Check *k = e->k;
    if (!flags) return;
    int np = c->m->nparams;
    for (int i = 0; i < args->n; i++) {
        if (!flags[i]) continue;
        cc_Type *f = c->varargs && i >= np - 1 ? (c->ptypes[np - 1]->kind == TY_ARRAY ? c->ptypes[np - 1]->elem : c->ptypes[np - 1])
                                                : (i < np ? c->ptypes[i] : NULL);
        if (!f) continue;
        cc_Node *a = args->items[i];
        if (flags[i] == 2) {
            /* a conditional in invocation context has the parameter's type */
            for (cc_Node *x = a;; x = x->paren.expr) {
                x->ty = f;
                if (x->kind != CC_N_PAREN) break;
            }
            continue;
        }
        reinfer(e, a, f);
        cc_Node *sa = strip_parens(a);
        if (a != sa) a->ty = sa->ty;
        int r = convertible(k, a->ty, NULL, f, 0, 1);
        if (r != CONV_OK) cc_error(k->c, expr_pos(k, a), "incompatible types: %s", conv_msg(k, r, a->ty, f));
    }
}

static cc_Type *attr_call(Env *e, cc_Node *n, cc_Type *pt) {
    cc_Check *k = e->k;
    const char *name = n->call.name;
    cc_Node *t = n->call.target;
    cc_Type **at;
    cc_Type *site = NULL;
    CandList l = {0};
    int static_only = 0, unqualified = 0, is_super = 0, outer_found = 0;
    const char *location = NULL;
    cc_Sym *found_in = NULL;
    if (t && t->kind == CC_N_SUPER) {
        is_super = 1;
        if (t->this_.qual) {
            cc_Type *q = resolve_type(e, t->this_.qual);
            if (is_err(q)) goto fail_args;
            site = q;
            if (q->kind == TY_CLASS && !q->sym->is_iface) {
                cc_error(k->c, t->pos, "not an enclosing class: %s", q->sym->name);
                goto fail_args;
            }
        } else {
            site = e->cls->super ? e->cls->super : k->c_object->type;
        }
        if (e->is_static) {
            cc_error(k->c, t->pos, "non-static variable super cannot be referenced from a static context");
            goto fail_args;
        }
        t->ty = site;
        location = site_location(k, NULL, site);
    } else if (t && t->kind == CC_N_THIS && !t->this_.qual) {
        if (e->is_static) {
            cc_error(k->c, t->pos, "non-static variable this cannot be referenced from a static context");
            goto fail_args;
        }
        site = e->cls->type;
        t->ty = site;
        location = NULL;
    } else if (t) {
        cc_Sym *q = (t->kind == CC_N_NAME || t->kind == CC_N_SELECT) ? attr_tree(e, t, KV | KT) : (attr_expr(e, t, NULL), NULL);
        if (is_err(t->ty) && !(q && q->kind == SYM_CLASS)) goto fail_args;
        if (q && q->kind == SYM_CLASS) {
            site = q->erasure;
            static_only = 1;
            location = site_location(k, NULL, site);
        } else if (q && q->kind == SYM_TVAR) {
            cc_error(k->c, n->pos, "cannot select from a type variable");
            goto fail_args;
        } else {
            site = t->ty;
            if (cc_is_prim(site) || site->kind == TY_VOID) {
                cc_error(k->c, n->pos, "%s cannot be dereferenced", TS(site));
                goto fail_args;
            }
            location = site_location(k, t, site);
            site = capture(k, site); /* once for the whole call, as javac */
        }
    } else {
        unqualified = 1;
        for (cc_Sym *c = e->cls; c; c = c->owner) {
            if (has_method_named(k, c, name, 0)) {
                site = c->type;
                found_in = c;
                break;
            }
            outer_found = 1;
        }
        location = cat3(k, kind_name(e->cls), " ", TS(e->cls->type));
    }
    attr_args(e, &n->call.args, &at);
    cc_Type **targs = resolve_targs(e, &n->call.targs);
    if (site) collect_site(k, site, name, &l);
    else if (unqualified) collect_static_imports(e, name, &l);
    Cand c;
    int ok;
    const char *saved_poly = e->poly_args;
    e->poly_args = poly_flags(e, &n->call.args);
    if (!l.n && !location) {
        for (int i = 0; i < n->call.args.n; i++)
            if (is_err(at[i])) goto fail;
        cc_error(k->c, n->pos, "cannot find symbol\n  symbol: method %s(%s)", name,
                 n->call.args.n ? types_list_str(k, at, n->call.args.n) : "");
        ok = 0;
    } else {
        ok = resolve_cands(e, n->pos, &l, name, 0, n->call.args.items, at, n->call.args.n, pt, targs, n->call.targs.n,
                           location ? location : "", &c);
    }
    free(l.v);
    const char *pflags = e->poly_args;
    e->poly_args = saved_poly;
    if (!ok) goto fail;
    reinfer_args(e, &n->call.args, pflags, &c);
    cc_Sym *m = c.m;
    if (!accessible(e, m)) {
        err_access(e, n->pos, m);
        goto fail;
    }
    if (!cc_is_static(m)) {
        if (static_only) err_static_ctx(e, n->pos, m);
        else if (unqualified) {
            if (outer_found || e->is_static) err_static_ctx(e, n->pos, m);
            else if (e->ctor_prologue)
                cc_error(k->c, n->pos, "cannot reference %s before supertype constructor has been called", "this");
            else cc_info(k, n)->flags |= CC_I_IMPLICIT_THIS;
        }
    }
    if (is_super && (m->flags & LD_ACC_ABSTRACT))
        cc_error(k->c, n->pos, "abstract method %s in %s cannot be accessed directly", method_sig_str(k, m),
                 class_disp_name(m->owner));
    record_call(k, n, &c);
    cc_Info *in = cc_info(k, n);
    if (!pt && c.poly && !n->call.targs.n) {
        in->flags |= CC_I_POLY;
        in->pmeth = m;
        in->psite = c.site;
    }
    in->site = unqualified ? (found_in ? found_in->erasure : m->owner->erasure) : cc_erasure(k, site);
    /* a member of a later bound of a type variable (T extends Object & Comparable<T>):
     * javac casts the receiver to the method's class and calls it there */
    if (!unqualified && !is_super && in->site->kind == TY_CLASS && m->owner && m->owner != k->c_object &&
        !cc_is_subclass(k, in->site->sym, m->owner))
        in->site = m->owner->erasure;
    if (is_super) in->flags |= CC_I_SUPER;
    if (cc_is_static(m) && t && !static_only && !is_super && t->kind != CC_N_THIS) in->flags |= CC_I_STATIC_SITE;
    n->sym = m;
    cc_Type *rt = c.ret ? c.ret : k->t_error;
    if (m == array_clone_sym(k)) rt = site; /* T[].clone() is a T[] */
    /* x.getClass() is a Class<? extends |X|> (JLS 4.3.2), X the qualifier's type */
    if (m->name == cc_intern_str(k->c, "getClass") && !n->call.args.n && m->owner == k->c_object && k->c_class &&
        k->c_class->ntparams == 1 && !is_err(rt)) {
        cc_Type *w = mk_type(k, TY_WILD);
        w->wkind = 1;
        w->elem = cc_erasure(k, unqualified ? e->cls->type : site);
        cc_Type **a = cc_alloc(k->c, sizeof *a);
        a[0] = w;
        rt = class_type(k, k->c_class, a, 1);
    }
    /* the result is captured (JLS 15.12.3) */
    n->ty = rt = capture(k, rt);
    return rt;
fail_args:
    attr_args(e, &n->call.args, &at);
fail:
    n->ty = k->t_error;
    return k->t_error;
}

/* constructor candidates of class c (its own constructors only) */
static void collect_ctors(cc_Check *k, cc_Sym *c, cc_Type *site, CandList *l) {
    cc_complete(k, c, 3);
    for (int i = 0; i < c->nmembers; i++)
        if (c->members[i]->kind == SYM_METHOD && (c->members[i]->flags & CC_SF_CTOR)) cand_add(k, l, c->members[i], site);
}

/* diamond: each constructor becomes a generic "method" over the class's type variables
 * and its own, returning C<T...> */
static void diamond_cands(cc_Check *k, cc_Sym *c, CandList *l) {
    cc_complete(k, c, 3);
    for (int i = 0; i < c->nmembers; i++) {
        cc_Sym *m = c->members[i];
        if (m->kind != SYM_METHOD || !(m->flags & CC_SF_CTOR)) continue;
        cc_Sym *d = NEW(k, cc_Sym);
        *d = *m;
        d->ntparams = c->ntparams + m->ntparams;
        d->tparams = cc_alloc(k->c, (size_t)(d->ntparams + 1) * sizeof *d->tparams);
        memcpy(d->tparams, c->tparams, (size_t)c->ntparams * sizeof *d->tparams);
        if (m->ntparams) memcpy(d->tparams + c->ntparams, m->tparams, (size_t)m->ntparams * sizeof *d->tparams);
        d->type = c->type;
        d->params = (cc_Sym **)m; /* the real constructor */
        cand_add(k, l, d, NULL);
    }
}

static cc_Type *attr_new(Env *e, cc_Node *n, cc_Type *pt) {
    cc_Check *k = e->k;
    cc_Type **at;
    if (n->new_.outer) {
        cc_error(k->c, n->pos, "inner classes are not supported yet");
        attr_args(e, &n->new_.args, &at);
        n->ty = k->t_error;
        return k->t_error;
    }
    cc_Node *ct = n->new_.ctype;
    int diamond = ct->kind == CC_N_CLASS_TYPE && ct->ctype.diamond;
    cc_Type *t = resolve_type(e, ct);
    attr_args(e, &n->new_.args, &at);
    if (is_err(t)) goto fail;
    if (t->kind != TY_CLASS) {
        cc_error(k->c, ct->pos, "unexpected type\n  required: class\n  found:    type parameter %s", TS(t));
        goto fail;
    }
    cc_Sym *c = t->sym;
    cc_complete(k, c, 3);
    if (c->flags & LD_ACC_ABSTRACT) {
        cc_error(k->c, n->pos, "%s is abstract; cannot be instantiated", class_disp_name(c));
        goto fail;
    }
    if (c->decl && c->decl->cls.is_inner) {
        cc_error(k->c, n->pos, "inner classes are not supported yet");
        goto fail;
    }
    CandList l = {0};
    int nargs = n->new_.args.n;
    Cand cand;
    int ok;
    const char *saved_poly = e->poly_args;
    const char *pflags = poly_flags(e, &n->new_.args);
    e->poly_args = pflags;
    if (diamond && c->ntparams) {
        diamond_cands(k, c, &l);
        ok = resolve_cands(e, n->pos, &l, c->name, 1, n->new_.args.items, at, nargs, pt, NULL, 0, "", &cand);
        if (ok && !pt && cand.poly) {
            cc_Info *in = cc_info(k, n);
            in->flags |= CC_I_POLY;
            in->pmeth = cand.m;
            if (cand.varargs) in->flags |= CC_I_VARARGS;
        }
        if (ok) reinfer_args(e, &n->new_.args, pflags, &cand);
        if (ok) {
            cc_Sym *real = (cc_Sym *)cand.m->params;
            t = cand.ret;
            /* re-evaluate against the real constructor at the inferred site */
            Cand rc;
            memset(&rc, 0, sizeof rc);
            rc.m = real;
            rc.site = t;
            eval_cand(e, &rc, at, nargs, cand.varargs ? 3 : 2, NULL, NULL, 0);
            if (rc.fail) rc = cand, rc.m = real;
            rc.varargs = cand.varargs;
            cand = rc;
        }
    } else {
        collect_ctors(k, c, t, &l);
        ok = resolve_cands(e, n->pos, &l, c->name, 1, n->new_.args.items, at, nargs, pt, NULL, 0, "", &cand);
        if (ok) reinfer_args(e, &n->new_.args, pflags, &cand);
    }
    e->poly_args = saved_poly;
    free(l.v);
    if (!ok) goto fail;
    if (!accessible(e, cand.m)) err_access(e, n->pos, cand.m);
    record_call(k, n, &cand);
    n->sym = cand.m;
    n->ty = t;
    ct->ty = t;
    return t;
fail:
    n->ty = k->t_error;
    return k->t_error;
}

/* this(...) / super(...) */
static void attr_ctor_call(Env *e, cc_Node *n) {
    cc_Check *k = e->k;
    cc_Type **at;
    e->ctor_prologue++;
    attr_args(e, &n->ctor_call.args, &at);
    e->ctor_prologue--;
    if (n->ctor_call.outer) {
        cc_error(k->c, n->pos, "inner classes are not supported yet");
        return;
    }
    cc_Sym *c;
    cc_Type *site;
    if (n->ctor_call.is_super) {
        if (!e->cls->super) return; /* java.lang.Object */
        site = e->cls->super;
        c = site->sym;
    } else {
        site = e->cls->type;
        c = e->cls;
    }
    CandList l = {0};
    collect_ctors(k, c, site, &l);
    Cand cand;
    const char *saved_poly = e->poly_args;
    const char *pflags = poly_flags(e, &n->ctor_call.args);
    e->poly_args = pflags;
    int ok = resolve_cands(e, n->pos, &l, c->name, 1, n->ctor_call.args.items, at, n->ctor_call.args.n, NULL, NULL, 0,
                           "", &cand);
    e->poly_args = saved_poly;
    free(l.v);
    if (!ok) return;
    reinfer_args(e, &n->ctor_call.args, pflags, &cand);
    if (!accessible(e, cand.m)) err_access(e, n->pos, cand.m);
    record_call(k, n, &cand);
    n->sym = cand.m;
    n->ty = k->prim[TY_VOID];
}

/* ---- operators ---- */

static int is_var_node(cc_Node *n) {
    while (n->kind == CC_N_PAREN) n = n->paren.expr;
    if (n->kind == CC_N_INDEX) return 1;
    if ((n->kind == CC_N_NAME || n->kind == CC_N_SELECT) && n->sym &&
        (n->sym->kind == SYM_LOCAL || n->sym->kind == SYM_FIELD))
        return 1;
    return 0;
}

static cc_Node *strip_parens(cc_Node *n) {
    while (n && n->kind == CC_N_PAREN) n = n->paren.expr;
    return n;
}

/* javac's Attr check of an assignment to a final variable */
static void check_final_assign(Env *e, cc_Node *lhs) {
    cc_Check *k = e->k;
    cc_Node *v = strip_parens(lhs);
    if (v->kind == CC_N_INDEX || !v->sym) return;
    cc_Sym *s = v->sym;
    if (!(s->flags & LD_ACC_FINAL)) return;
    if (s->kind == SYM_LOCAL) {
        /* final parameters, catch parameters and blank finals: flow's errors */
        if ((s->flags & CC_SF_HASINIT) && !(s->flags & (CC_SF_PARAM | CC_SF_CATCHP)))
            cc_error(k->c, v->pos, "cannot assign a value to final variable %s", s->name);
        return;
    }
    /* fields: a blank final may be assigned by its simple name or this.name in a
     * constructor or initializer of its class (static ones in static initializers) */
    int ok = 0;
    if (!(s->flags & CC_SF_HASINIT) && s->owner == e->cls && s != length_sym(k)) {
        int simple = v->kind == CC_N_NAME ||
                     (v->kind == CC_N_SELECT && strip_parens(v->select.target)->kind == CC_N_THIS &&
                      !strip_parens(v->select.target)->this_.qual);
        int in_init = cc_is_static(s) ? (e->is_static && (!e->meth) && (e->init_block || e->init_field))
                                      : (!e->is_static && ((e->meth && (e->meth->flags & CC_SF_CTOR)) ||
                                                          (!e->meth && (e->init_block || e->init_field))));
        ok = simple && in_init;
    }
    if (!ok) cc_error(k->c, v->pos, "cannot assign a value to final variable %s", s->name);
}

static void err_bad_binop(Env *e, cc_Pos pos, cc_Op op, cc_Type *a, cc_Type *b) {
    cc_Check *k = e->k;
    cc_error(k->c, pos, "bad operand types for binary operator '%s'\n  first type:  %s\n  second type: %s", cc_op_spelling(op),
             TS(a), TS(b));
}

/* Types a binary operation: result type, or NULL (error reported). *opt: the operand type
 * the operation works in (String for concatenation). */
static cc_Type *binop_type(Env *e, cc_Pos pos, cc_Op op, cc_Type *a, cc_Type *b, cc_Type **opt) {
    cc_Check *k = e->k;
    if (is_err(a) || is_err(b)) return k->t_error;
    if (a->kind == TY_VOID || b->kind == TY_VOID) return NULL; /* reported by the caller */
    cc_Type *ua = unboxed_or_prim(k, a), *ub = unboxed_or_prim(k, b);
    switch (op) {
    case CC_OP_ADD:
        if (is_string_type(k, a) || is_string_type(k, b)) {
            *opt = k->c_string->type;
            return k->c_string->type;
        }
        /* fall through */
    case CC_OP_SUB:
    case CC_OP_MUL:
    case CC_OP_DIV:
    case CC_OP_REM:
        if (ua && ub && cc_is_numeric(ua) && cc_is_numeric(ub)) return *opt = promote2(k, ua, ub);
        break;
    case CC_OP_SHL:
    case CC_OP_SHR:
    case CC_OP_USHR:
        if (ua && ub && is_integral(ua) && is_integral(ub)) return *opt = promote1(k, ua);
        break;
    case CC_OP_LT:
    case CC_OP_GT:
    case CC_OP_LE:
    case CC_OP_GE:
        if (ua && ub && cc_is_numeric(ua) && cc_is_numeric(ub)) {
            *opt = promote2(k, ua, ub);
            return k->prim[TY_BOOLEAN];
        }
        break;
    case CC_OP_EQ:
    case CC_OP_NE: {
        /* javac's Operators.BinaryEqualityOperator */
        int pa = cc_is_prim(a), pb = cc_is_prim(b), kind; /* 0 invalid, 1 numeric/boolean, 2 reference */
        if (pa && pb) kind = 1;
        else if (pa) kind = ub ? 1 : 0;
        else if (pb) kind = ua ? 1 : 0;
        else kind = cc_is_ref(a) && cc_is_ref(b) ? 2 : 0;
        if (kind == 0) break;
        if (kind == 1) {
            if (ua && ub && cc_is_numeric(ua) && cc_is_numeric(ub)) {
                *opt = promote2(k, ua, ub);
                return k->prim[TY_BOOLEAN];
            }
            if (ua && ub && ua->kind == ub->kind) {
                *opt = ua;
                return k->prim[TY_BOOLEAN];
            }
        }
        if (!castable(k, a, b)) {
            cc_error(k->c, pos, "incomparable types: %s and %s", TS(a), TS(b));
            return k->t_error;
        }
        *opt = k->c_object->type;
        return k->prim[TY_BOOLEAN];
    }
    case CC_OP_BITAND:
    case CC_OP_BITOR:
    case CC_OP_BITXOR:
        if (ua && ub && ua->kind == TY_BOOLEAN && ub->kind == TY_BOOLEAN) return *opt = k->prim[TY_BOOLEAN];
        if (ua && ub && is_integral(ua) && is_integral(ub)) return *opt = promote2(k, ua, ub);
        break;
    case CC_OP_AND:
    case CC_OP_OR:
        if (ua && ub && ua->kind == TY_BOOLEAN && ub->kind == TY_BOOLEAN) return *opt = k->prim[TY_BOOLEAN];
        break;
    default: break;
    }
    err_bad_binop(e, pos, op, a, b);
    return k->t_error;
}

static cc_Type *attr_binary(Env *e, cc_Node *n) {
    cc_Check *k = e->k;
    cc_Op op = n->binary.op;
    cc_Type *a = attr_expr(e, n->binary.left, NULL);
    cc_Type *b = attr_expr(e, n->binary.right, NULL);
    if (a->kind == TY_VOID || b->kind == TY_VOID) {
        cc_Node *v = a->kind == TY_VOID ? n->binary.left : n->binary.right;
        cc_error(k->c, expr_pos(k, v), "'void' type not allowed here");
        return n->ty = k->t_error;
    }
    cc_Type *opt = NULL;
    cc_Type *rt = binop_type(e, n->pos, op, a, b, &opt);
    if (!rt) rt = k->t_error;
    n->ty = rt;
    if (is_err(rt)) return rt;
    cc_info(k, n)->ctype = opt;
    const cc_Const *ca = cc_const_of(n->binary.left), *cb = cc_const_of(n->binary.right);
    if (ca && cb) {
        /* only primitives and Strings fold: `null + "a"` is not a constant */
        cc_Const r;
        if (fold_binary(k, op, ca, cb, opt, rt, &r)) n->sym = mk_const(k, rt, r);
    }
    return rt;
}

static cc_Type *attr_unary(Env *e, cc_Node *n) {
    cc_Check *k = e->k;
    cc_Op op = n->unary.op;
    cc_Node *x = n->unary.operand;
    cc_Type *t;
    if (op == CC_OP_NEG && x->kind == CC_N_LITERAL && (x->lit.lit == CC_LIT_INT || x->lit.lit == CC_LIT_LONG))
        t = attr_literal(e, x, 1);
    else
        t = attr_expr(e, x, NULL);
    if (is_err(t)) return n->ty = k->t_error;
    cc_Type *u = unboxed_or_prim(k, t);
    cc_Type *rt = NULL;
    switch (op) {
    case CC_OP_NEG:
    case CC_OP_PLUS:
        if (u && cc_is_numeric(u)) rt = promote1(k, u);
        break;
    case CC_OP_BITNOT:
        if (u && is_integral(u)) rt = promote1(k, u);
        break;
    case CC_OP_NOT:
        if (u && u->kind == TY_BOOLEAN) rt = u;
        break;
    default: /* ++ -- */
        if (!is_var_node(x)) {
            cc_error(k->c, expr_pos(k, strip_parens(x)), "unexpected type\n  required: variable\n  found:    value");
            return n->ty = k->t_error;
        }
        if (u && cc_is_numeric(u)) {
            check_final_assign(e, x);
            rt = t;
        }
        break;
    }
    if (!rt) {
        cc_error(k->c, n->pos, "bad operand type %s for unary operator '%s'", TS(t), cc_op_spelling(op));
        return n->ty = k->t_error;
    }
    n->ty = rt;
    const cc_Const *c = cc_const_of(x);
    if (c && op != CC_OP_PREINC && op != CC_OP_PREDEC && op != CC_OP_POSTINC && op != CC_OP_POSTDEC) {
        cc_Const r;
        if (fold_unary(k, op, c, rt, &r)) n->sym = mk_const(k, rt, r);
    }
    return rt;
}

static cc_Type *attr_assign(Env *e, cc_Node *n) {
    cc_Check *k = e->k;
    cc_Op op = n->binary.op;
    cc_Node *lhs = n->binary.left;
    cc_Node *saved_target = e->assign_target;
    e->assign_target = strip_parens(lhs);
    e->lhs++;
    cc_Type *lt = attr_expr(e, lhs, NULL);
    e->lhs--;
    e->assign_target = saved_target;
    cc_Type *rt = attr_expr(e, n->binary.right, op == CC_OP_ASSIGN ? lt : NULL);
    if (is_err(lt)) return n->ty = k->t_error;
    if (!is_var_node(lhs)) {
        cc_error(k->c, expr_pos(k, strip_parens(lhs)), "unexpected type\n  required: variable\n  found:    value");
        return n->ty = k->t_error;
    }
    if (op == CC_OP_ASSIGN) {
        check_final_assign(e, lhs);
        if (!is_err(rt)) {
            if (rt->kind == TY_VOID) cc_error(k->c, expr_pos(k, n->binary.right), "incompatible types: void cannot be converted to %s", TS(lt));
            else {
                int r = convertible(k, rt, cc_const_of(n->binary.right), lt, 1, 1);
                if (r != CONV_OK)
                    cc_error(k->c, expr_pos(k, n->binary.right), "incompatible types: %s", conv_msg(k, r, rt, lt));
            }
        }
        return n->ty = lt;
    }
    if (is_err(rt)) return n->ty = k->t_error;
    if (rt->kind == TY_VOID) {
        cc_error(k->c, expr_pos(k, n->binary.right), "'void' type not allowed here");
        return n->ty = k->t_error;
    }
    cc_Type *opt = NULL;
    cc_Type *res;
    if (op == CC_OP_ADD && is_string_type(k, lt)) {
        res = lt;
        opt = lt;
    } else {
        res = binop_type(e, n->pos, op, lt, rt, &opt);
        if (!res || is_err(res)) return n->ty = k->t_error;
        /* the result is cast back to the variable's type (JLS 15.26.2) */
        int ok = castable(k, res, lt);
        if (!ok) {
            cc_error(k->c, expr_pos(k, n->binary.right), "incompatible types: %s", conv_msg(k, CONV_INCOMPAT, rt, lt));
            return n->ty = k->t_error;
        }
    }
    check_final_assign(e, lhs);
    cc_info(k, n)->ctype = opt;
    return n->ty = lt;
}

/* javac's Attr.isBooleanOrNumeric: decides whether a conditional is standalone */
static int bool_or_num(cc_Check *k, cc_Node *n) {
    n = strip_parens(n);
    switch (n->kind) {
    case CC_N_LITERAL: return n->lit.lit != CC_LIT_STRING;
    case CC_N_NEW_ARRAY:
    case CC_N_ARRAY_INIT: return 0;
    case CC_N_COND: return bool_or_num(k, n->cond.then) && bool_or_num(k, n->cond.els);
    default: return n->ty && !is_err(n->ty) && unboxed_or_prim(k, n->ty) != NULL;
    }
}

static cc_Type *attr_cond(Env *e, cc_Node *n, cc_Type *pt) {
    cc_Check *k = e->k;
    cc_Type *ct = attr_expr(e, n->cond.cond, k->prim[TY_BOOLEAN]);
    if (!is_err(ct)) check_assign(e, n->cond.cond, ct, k->prim[TY_BOOLEAN]);
    cc_Type *a = attr_expr(e, n->cond.then, pt);
    cc_Type *b = attr_expr(e, n->cond.els, pt);
    if (is_err(a) || is_err(b)) return n->ty = k->t_error;
    if (a->kind == TY_VOID || b->kind == TY_VOID) {
        cc_Node *v = a->kind == TY_VOID ? n->cond.then : n->cond.els;
        cc_error(k->c, expr_pos(k, v), "'void' type not allowed here");
        return n->ty = k->t_error;
    }
    cc_Type *ua = unboxed_or_prim(k, a), *ub = unboxed_or_prim(k, b);
    cc_Type *t;
    const cc_Const *ca = cc_const_of(n->cond.then), *cb = cc_const_of(n->cond.els);
    if (pt && !is_err(pt) && pt->kind != TY_VOID && !(bool_or_num(k, n->cond.then) && bool_or_num(k, n->cond.els))) {
        /* a reference conditional in assignment context is a poly expression: each
         * branch must fit the target (JLS 15.25.3) */
        int bad = 0;
        cc_Node *br[2] = {n->cond.then, n->cond.els};
        for (int i = 0; i < 2; i++) {
            int r = convertible(k, br[i]->ty, cc_const_of(br[i]), pt, 1, 1);
            if (r != CONV_OK) {
                cc_error(k->c, expr_pos(k, br[i]), "incompatible types: bad type in conditional expression\n    %s",
                         conv_msg(k, r, br[i]->ty, pt));
                bad = 1;
            }
        }
        return n->ty = bad ? k->t_error : pt;
    }
    if (same_type(a, b)) t = a;
    else if (ua && ub && ua->kind == TY_BOOLEAN && ub->kind == TY_BOOLEAN) t = k->prim[TY_BOOLEAN];
    else if (ua && ub && cc_is_numeric(ua) && cc_is_numeric(ub) && !(cc_is_ref(a) && cc_is_ref(b))) {
        if (ua->kind == ub->kind) t = ua;
        else if ((ua->kind == TY_BYTE && ub->kind == TY_SHORT) || (ua->kind == TY_SHORT && ub->kind == TY_BYTE))
            t = k->prim[TY_SHORT];
        else if ((ua->kind == TY_BYTE || ua->kind == TY_SHORT || ua->kind == TY_CHAR) && ub->kind == TY_INT && cb &&
                 cc_is_prim(b) && const_fits(*cb, ua->kind))
            t = ua;
        else if ((ub->kind == TY_BYTE || ub->kind == TY_SHORT || ub->kind == TY_CHAR) && ua->kind == TY_INT && ca &&
                 cc_is_prim(a) && const_fits(*ca, ub->kind))
            t = ub;
        else t = promote2(k, ua, ub);
    } else {
        cc_Type *ra = cc_is_prim(a) ? cc_boxed(k, a) : a;
        cc_Type *rb = cc_is_prim(b) ? cc_boxed(k, b) : b;
        if (!ra || !rb) t = k->c_object->type;
        else if (pt && cc_is_ref(pt) && convertible(k, a, ca, pt, 1, 1) == CONV_OK &&
                 convertible(k, b, cb, pt, 1, 1) == CONV_OK)
            t = pt;
        else t = lub(k, ra, rb);
    }
    n->ty = t;
    const cc_Const *cc = cc_const_of(n->cond.cond);
    if (cc && ca && cb && (cc_is_prim(t) || is_string_type(k, t))) {
        cc_Const r = cc->i ? *ca : *cb;
        if (cc_is_prim(t)) r = const_convert(r, t->kind);
        n->sym = mk_const(k, t, r);
    }
    return t;
}

static cc_Type *attr_array_init(Env *e, cc_Node *n, cc_Type *t) {
    cc_Check *k = e->k;
    if (is_err(t)) {
        for (int i = 0; i < n->array_init.elems.n; i++) {
            cc_Node *x = n->array_init.elems.items[i];
            if (x->kind == CC_N_ARRAY_INIT) attr_array_init(e, x, k->t_error);
            else attr_expr(e, x, NULL);
        }
        return n->ty = t;
    }
    if (t->kind != TY_ARRAY) {
        cc_error(k->c, n->pos, "illegal initializer for %s", TS(t));
        for (int i = 0; i < n->array_init.elems.n; i++) {
            cc_Node *x = n->array_init.elems.items[i];
            if (x->kind != CC_N_ARRAY_INIT) attr_expr(e, x, NULL);
        }
        return n->ty = k->t_error;
    }
    for (int i = 0; i < n->array_init.elems.n; i++) {
        cc_Node *x = n->array_init.elems.items[i];
        if (x->kind == CC_N_ARRAY_INIT) {
            attr_array_init(e, x, t->elem);
        } else {
            cc_Type *xt = attr_expr(e, x, t->elem);
            if (!is_err(xt)) check_assign(e, x, xt, t->elem);
        }
    }
    return n->ty = t;
}

/* an int-valued index or dimension (unary promotion to int) */
static void check_int_operand(Env *e, cc_Node *x, cc_Type *t) {
    cc_Check *k = e->k;
    if (is_err(t)) return;
    cc_Type *u = unboxed_or_prim(k, t);
    if (u && (u->kind == TY_INT || u->kind == TY_SHORT || u->kind == TY_BYTE || u->kind == TY_CHAR)) return;
    int r = u && cc_is_numeric(u) ? CONV_LOSSY : CONV_INCOMPAT;
    cc_error(k->c, expr_pos(k, x), "incompatible types: %s", conv_msg(k, r, t, k->prim[TY_INT]));
}

static int is_reifiable(cc_Type *t) {
    switch (t->kind) {
    case TY_CLASS:
        for (int i = 0; i < t->nargs; i++)
            if (t->args[i]->kind != TY_WILD || t->args[i]->wkind != 0) return 0;
        return 1;
    case TY_ARRAY: return is_reifiable(t->elem);
    case TY_TVAR: return 0;
    default: return 1;
    }
}

static cc_Type *attr_expr(Env *e, cc_Node *n, cc_Type *pt) {
    cc_Check *k = e->k;
    if (n->ty && n->kind != CC_N_NAME && n->kind != CC_N_SELECT) return n->ty; /* already attributed */
    cc_Type *t = k->t_error;
    switch (n->kind) {
    case CC_N_LITERAL: return attr_literal(e, n, 0);
    case CC_N_NAME:
    case CC_N_SELECT: {
        if (!(n->ty && n->sym) && !attr_tree(e, n, KV)) return n->ty = k->t_error;
        /* the value of a variable has the captured type (JLS 6.5.6.1) */
        if (n != e->assign_target && n->sym && (n->sym->kind == SYM_FIELD || n->sym->kind == SYM_LOCAL))
            n->ty = capture(k, n->ty);
        return n->ty;
    }
    case CC_N_PAREN: t = attr_expr(e, n->paren.expr, pt); break;
    case CC_N_CALL: return attr_call(e, n, pt);
    case CC_N_NEW: return attr_new(e, n, pt);
    case CC_N_NEW_ARRAY: {
        cc_Type *el = resolve_type(e, n->new_array.elem);
        for (int i = 0; i < n->new_array.dims.n; i++) {
            cc_Node *d = n->new_array.dims.items[i];
            check_int_operand(e, d, attr_expr(e, d, k->prim[TY_INT]));
        }
        if (is_err(el)) {
            if (n->new_array.init) attr_array_init(e, n->new_array.init, k->t_error);
            break;
        }
        if (el->kind == TY_VOID) {
            cc_error(k->c, n->new_array.elem->pos, "'void' type not allowed here");
            break;
        }
        if (!is_reifiable(el)) {
            cc_error(k->c, n->pos, "generic array creation");
            break;
        }
        t = el;
        for (int i = 0; i < n->new_array.dims.n + n->new_array.extra_dims; i++) t = cc_array_of(k, t);
        if (n->new_array.init) attr_array_init(e, n->new_array.init, t);
        break;
    }
    case CC_N_ARRAY_INIT:
        if (pt && pt->kind == TY_ARRAY) return attr_array_init(e, n, pt);
        if (pt) return attr_array_init(e, n, pt);
        cc_error(k->c, n->pos, "array initializer is not allowed here");
        break;
    case CC_N_INDEX: {
        cc_Type *a = attr_expr(e, n->index.array, NULL);
        cc_Type *ix = attr_expr(e, n->index.index, k->prim[TY_INT]);
        if (is_err(a)) break;
        if (a->kind != TY_ARRAY) {
            cc_error(k->c, n->pos, "array required, but %s found", TS(a));
            break;
        }
        check_int_operand(e, n->index.index, ix);
        t = a->elem; /* javac does not capture an array element */
        break;
    }
    case CC_N_UNARY: return attr_unary(e, n);
    case CC_N_BINARY: return attr_binary(e, n);
    case CC_N_ASSIGN: return attr_assign(e, n);
    case CC_N_COND: return attr_cond(e, n, pt);
    case CC_N_CAST: {
        cc_Type *ct = resolve_type(e, n->cast.ctype);
        cc_Type *xt = attr_expr(e, n->cast.expr, NULL);
        if (is_err(ct) || is_err(xt)) break;
        if (xt->kind == TY_VOID) {
            cc_error(k->c, expr_pos(k, n->cast.expr), "'void' type not allowed here");
            break;
        }
        if (!castable(k, xt, ct)) {
            cc_error(k->c, expr_pos(k, n->cast.expr), "incompatible types: %s cannot be converted to %s", TS(xt), TS(ct));
            break;
        }
        t = capture(k, ct); /* as javac */
        const cc_Const *c = cc_const_of(n->cast.expr);
        if (c && (cc_is_prim(ct) || is_string_type(k, ct)) && (cc_is_prim(xt) || is_string_type(k, xt))) {
            cc_Const r = cc_is_prim(ct) ? const_convert(*c, ct->kind) : *c;
            n->sym = mk_const(k, ct, r);
        }
        break;
    }
    case CC_N_INSTANCEOF: {
        cc_Type *xt = attr_expr(e, n->inst.expr, NULL);
        cc_Type *ct = resolve_type(e, n->inst.ctype);
        t = k->prim[TY_BOOLEAN];
        if (is_err(xt) || is_err(ct)) break;
        if (!cc_is_ref(xt)) {
            cc_error(k->c, n->inst.expr->pos, "unexpected type\n  required: reference\n  found:    %s", TS(xt));
            break;
        }
        if (!cc_is_ref(ct) || ct->kind == TY_NULL) {
            cc_error(k->c, n->inst.ctype->pos, "unexpected type\n  required: reference\n  found:    %s", TS(ct));
            break;
        }
        if (!castable(k, xt, ct)) {
            cc_error(k->c, expr_pos(k, n->inst.expr), "incompatible types: %s cannot be converted to %s", TS(xt), TS(ct));
            break;
        }
        if (!is_reifiable(ct) && !cc_is_subtype(k, xt, ct)) {
            cc_error(k->c, n->pos, "%s cannot be safely cast to %s", TS(xt), TS(ct));
            break;
        }
        break;
    }
    case CC_N_THIS: {
        if (n->this_.qual) {
            cc_Type *q = resolve_type(e, n->this_.qual);
            if (is_err(q)) break;
            if (q->kind != TY_CLASS || q->sym != e->cls) {
                int enclosing = 0;
                for (cc_Sym *c = e->cls; c; c = c->owner)
                    if (q->kind == TY_CLASS && c == q->sym) enclosing = 1;
                if (!enclosing) cc_error(k->c, n->pos, "not an enclosing class: %s", TS(q));
                else cc_error(k->c, n->pos, "non-static variable this cannot be referenced from a static context");
                break;
            }
        }
        if (e->is_static) {
            cc_error(k->c, n->pos, "non-static variable this cannot be referenced from a static context");
            break;
        }
        if (e->ctor_prologue) {
            cc_error(k->c, n->pos, "cannot reference this before supertype constructor has been called");
            break;
        }
        t = e->cls->type;
        break;
    }
    case CC_N_SUPER:
        if (e->is_static) {
            cc_error(k->c, n->pos, "non-static variable super cannot be referenced from a static context");
            break;
        }
        if (e->ctor_prologue) {
            cc_error(k->c, n->pos, "cannot reference super before supertype constructor has been called");
            break;
        }
        t = e->cls->super ? e->cls->super : k->c_object->type;
        break;
    case CC_N_CLASS_LIT: {
        cc_Type *ct = resolve_type(e, n->class_lit.ctype);
        if (is_err(ct)) break;
        if (cc_is_prim(ct) || ct->kind == TY_VOID) {
            cc_error(k->c, n->pos, "class literals of primitive types are not supported yet");
            break;
        }
        if (ct->kind == TY_TVAR) {
            cc_error(k->c, n->pos, "cannot select from a type variable");
            break;
        }
        if (!k->c_class) {
            cc_error(k->c, n->pos, "cannot find symbol\n  symbol: class Class");
            break;
        }
        t = k->c_class->type;
        break;
    }
    case CC_N_CTOR_CALL:
        cc_error(k->c, n->pos, "call to %s must be first statement in constructor", n->ctor_call.is_super ? "super" : "this");
        attr_ctor_call(e, n);
        break;
    case CC_N_ERROR: break;
    default:
        cc_error(k->c, n->pos, "illegal start of expression");
        break;
    }
    n->ty = t;
    if (n->kind == CC_N_PAREN && n->paren.expr->sym && n->paren.expr->sym->kind == SYM_CONST) n->sym = n->paren.expr->sym;
    return t;
}

/* an expression whose value is needed as `to` (assignment context) */
static void attr_expect(Env *e, cc_Node *n, cc_Type *to) {
    cc_Check *k = e->k;
    cc_Type *t = n->kind == CC_N_ARRAY_INIT ? attr_array_init(e, n, to) : attr_expr(e, n, to);
    if (is_err(t) || is_err(to) || n->kind == CC_N_ARRAY_INIT) return;
    if (t->kind == TY_VOID) {
        cc_error(k->c, expr_pos(k, n), "incompatible types: void cannot be converted to %s", TS(to));
        return;
    }
    int r = convertible(k, t, cc_const_of(n), to, 1, 1);
    if (r != CONV_OK) cc_error(k->c, expr_pos(k, n), "incompatible types: %s", conv_msg(k, r, t, to));
}

/* ------------------------------------------------------------------ */
/* statements                                                          */
/* ------------------------------------------------------------------ */

static void attr_stmt(Env *e, cc_Node *s);

static const char *where_str(Env *e) {
    cc_Check *k = e->k;
    if (e->meth) return cat3(k, method_kind_str(e->meth), " ", method_sig_str(k, e->meth));
    return cat3(k, e->is_static ? "static initializer of class" : "instance initializer of class", " ",
                class_disp_name(e->cls));
}

static void declare_local(Env *e, cc_Sym *s, cc_Pos pos) {
    cc_Check *k = e->k;
    if (find_local(e, s->name)) cc_error(k->c, pos, "variable %s is already defined in %s", s->name, where_str(e));
    s->var_index = e->body->nvars++;
    s->file = e->file;
    push_local(e, s);
}

static void attr_block_stmts(Env *e, cc_List *l) {
    int mark = e->body->n;
    for (int i = 0; i < l->n; i++) attr_stmt(e, l->items[i]);
    e->body->n = mark;
}

static void attr_cond_expr(Env *e, cc_Node *c) {
    cc_Type *t = attr_expr(e, c, e->k->prim[TY_BOOLEAN]);
    if (!is_err(t)) check_assign(e, c, t, e->k->prim[TY_BOOLEAN]);
}

static void attr_local(Env *e, cc_Node *s) {
    cc_Check *k = e->k;
    uint32_t mods = check_mods(k, s->pos, s->var.mods.flags, CC_MOD_FINAL, 0);
    cc_Type *t;
    cc_Node *init = s->var.init;
    uint32_t fl = acc_of_mods(mods) | (init ? CC_SF_HASINIT : 0) | CC_SF_EFFINAL;
    if (s->var.is_var) {
        cc_Sym *v = new_local(k, s->var.name, k->t_error, s, fl);
        declare_local(e, v, s->pos);
        s->sym = v;
        if (!init) {
            cc_error(k->c, s->pos, "cannot infer type for local variable %s\n  (cannot use 'var' on variable without initializer)",
                     s->var.name);
            return;
        }
        if (init->kind == CC_N_ARRAY_INIT) {
            cc_error(k->c, s->pos, "cannot infer type for local variable %s\n  (array initializer needs an explicit target-type)",
                     s->var.name);
            return;
        }
        t = attr_expr(e, init, NULL);
        if (t->kind == TY_NULL) {
            cc_error(k->c, s->pos, "cannot infer type for local variable %s\n  (variable initializer is 'null')", s->var.name);
            return;
        }
        if (t->kind == TY_VOID) {
            cc_error(k->c, s->pos, "cannot infer type for local variable %s\n  (variable initializer is 'void')", s->var.name);
            return;
        }
        v->type = upward(k, t, 0);
    } else {
        t = resolve_type(e, s->var.vtype);
        cc_Sym *v = new_local(k, s->var.name, t, s, fl);
        declare_local(e, v, s->pos);
        s->sym = v;
        if (init) attr_expect(e, init, t);
    }
    cc_Sym *v = s->sym;
    s->ty = v->type;
    if (init && (v->flags & LD_ACC_FINAL) && (cc_is_prim(v->type) || is_string_type(k, v->type))) {
        const cc_Const *c = cc_const_of(init);
        if (c && init->ty && (cc_is_prim(init->ty) || is_string_type(k, init->ty))) {
            v->has_const = 1;
            v->cv = cc_is_prim(v->type) ? const_convert(*c, v->type->kind) : *c;
        }
    }
}

static Jump *find_jump(Env *e, const char *label, int want_loop) {
    for (Jump *j = e->jumps; j; j = j->up) {
        if (label) {
            if (j->kind == 2 && j->label == label) return j;
        } else if (j->kind == 0 || (j->kind == 1 && !want_loop)) {
            return j;
        }
    }
    return NULL;
}

/* the '(' before a parenthesized statement expression (javac's JCParens position) */
static cc_Pos paren_before(cc_Check *k, cc_Node *x) {
    cc_Pos p = cc_node_start(x);
    if (p.file < 0) return p;
    const cc_File *f = &k->c->files[p.file];
    uint32_t o = p.off;
    while (o > 0 && (f->text[o - 1] == ' ' || f->text[o - 1] == '\t' || f->text[o - 1] == '\n' || f->text[o - 1] == '\r')) o--;
    if (o > 0 && f->text[o - 1] == '(') return cc_pos_of(k->c, p.file, o - 1);
    return p;
}

static int is_switch_type(cc_Check *k, cc_Type *t) {
    cc_Type *u = unboxed_or_prim(k, t);
    if (u && (u->kind == TY_INT || u->kind == TY_CHAR || u->kind == TY_SHORT || u->kind == TY_BYTE)) return 1;
    return is_string_type(k, t);
}

static void attr_switch(Env *e, cc_Node *s) {
    cc_Check *k = e->k;
    cc_Type *st = attr_expr(e, s->switch_.selector, NULL);
    int ok = !is_err(st);
    int bad_sel = ok && !is_switch_type(k, st);
    if (bad_sel) {
        cc_error(k->c, paren_before(k, s->switch_.selector),
                 "patterns in switch statements are a preview feature and are disabled by default.\n  (use --enable-preview to enable patterns in switch statements)");
    }
    cc_Type *lt = ok ? (is_string_type(k, st) ? st : unboxed_or_prim(k, st)) : NULL;
    if (lt) cc_info(k, s)->ctype = lt;
    Jump j = {s, NULL, 1, e->jumps};
    e->jumps = &j;
    int mark = e->body->n;
    int ndef = 0;
    cc_Const *seen = NULL;
    int nseen = 0, seen_cap = 0;
    for (int i = 0; i < s->switch_.cases.n; i++) {
        cc_Node *c = s->switch_.cases.items[i];
        if (c->case_.is_default) {
            if (ndef++) cc_error(k->c, pos_plus(k, c->pos, 7), "duplicate default label");
        }
        for (int li = 0; li < c->case_.labels.n; li++) {
            cc_Node *lab = c->case_.labels.items[li];
            cc_Type *t = attr_expr(e, lab, lt);
            if (is_err(t) || !ok) continue;
            if (bad_sel) {
                cc_error(k->c, lab->pos, "constant label of type %s is not compatible with switch selector type %s", TS(t), TS(st));
                continue;
            }
            const cc_Const *cv = cc_const_of(lab);
            if (!cv) {
                cc_error(k->c, lab->pos, is_string_type(k, st) ? "string constant expression required" : "constant expression required");
                continue;
            }
            if (lt && lt->kind != TY_CLASS) {
                int r = convertible(k, t, cv, lt, 1, 0);
                if (r != CONV_OK || !cc_is_prim(t)) {
                    if (is_switch_type(k, st))
                        cc_error(k->c, lab->pos, "incompatible types: %s", conv_msg(k, r == CONV_OK ? CONV_INCOMPAT : r, t, lt));
                    else
                        cc_error(k->c, lab->pos, "constant label of type %s is not compatible with switch selector type %s", TS(t), TS(st));
                    continue;
                }
            } else if (lt && !is_string_type(k, t)) {
                cc_error(k->c, lab->pos, "incompatible types: %s cannot be converted to String", TS(t));
                continue;
            } else if (!lt) {
                cc_error(k->c, lab->pos, "constant label of type %s is not compatible with switch selector type %s", TS(t), TS(st));
                continue;
            }
            cc_Const v = lt->kind == TY_CLASS ? *cv : const_convert(*cv, lt->kind);
            int dup = 0;
            for (int q = 0; q < nseen && !dup; q++)
                if (const_eq(&seen[q], &v)) dup = 1;
            if (dup) {
                cc_error(k->c, c->pos, "duplicate case label");
                continue;
            }
            if (nseen == seen_cap) {
                seen_cap = seen_cap ? seen_cap * 2 : 16;
                seen = realloc(seen, (size_t)seen_cap * sizeof *seen);
            }
            seen[nseen++] = v;
        }
        for (int q = 0; q < c->case_.body.n; q++) attr_stmt(e, c->case_.body.items[q]);
    }
    free(seen);
    e->body->n = mark;
    e->jumps = j.up;
}

static void attr_try(Env *e, cc_Node *s) {
    cc_Check *k = e->k;
    attr_stmt(e, s->try_.body);
    for (int i = 0; i < s->try_.catches.n; i++) {
        cc_Node *c = s->try_.catches.items[i];
        cc_Node *p = c->catch_.param;
        int mark = e->body->n;
        cc_Node *vt = p->var.vtype;
        cc_Type *t;
        uint32_t fl = acc_of_mods(check_mods(k, p->pos, p->var.mods.flags, CC_MOD_FINAL, 0)) | CC_SF_CATCHP | CC_SF_EFFINAL;
        if (vt->kind == CC_N_UNION_TYPE) {
            fl |= LD_ACC_FINAL;
            t = NULL;
            int nalts = vt->uni.alts.n;
            for (int a = 0; a < nalts; a++) {
                cc_Node *an = vt->uni.alts.items[a];
                cc_Type *at = resolve_type(e, an);
                if (is_err(at)) continue;
                if (k->c_throwable && !cc_is_subtype(k, at, k->c_throwable->type)) {
                    cc_error(k->c, an->pos, "incompatible types: %s cannot be converted to Throwable", TS(at));
                    an->ty = k->t_error;
                    continue;
                }
                for (int b = 0; b < a; b++) {
                    cc_Node *bn = vt->uni.alts.items[b];
                    if (is_err(bn->ty)) continue;
                    cc_Type *sub = NULL, *sup = NULL;
                    if (cc_is_subtype(k, at, bn->ty)) sub = at, sup = bn->ty;
                    else if (cc_is_subtype(k, bn->ty, at)) sub = bn->ty, sup = at;
                    if (sub) {
                        cc_error(k->c, an->pos,
                                 "Alternatives in a multi-catch statement cannot be related by subclassing\n  Alternative %s is a subclass of alternative %s",
                                 TS(sub), TS(sup));
                        break;
                    }
                }
                t = t ? lub(k, t, at) : at;
            }
            if (!t) t = k->t_error;
            vt->ty = t;
        } else {
            t = resolve_type(e, vt);
            if (!is_err(t) && k->c_throwable && !cc_is_subtype(k, t, k->c_throwable->type)) {
                cc_error(k->c, vt->pos, "incompatible types: %s cannot be converted to Throwable", TS(t));
                t = k->t_error;
                vt->ty = t;
            }
        }
        cc_Sym *v = new_local(k, p->var.name, t, p, fl);
        declare_local(e, v, p->pos);
        p->sym = v;
        p->ty = t;
        attr_block_stmts(e, &c->catch_.body->block.stmts);
        e->body->n = mark;
    }
    if (s->try_.finally_) attr_stmt(e, s->try_.finally_);
}

static void attr_stmt(Env *e, cc_Node *s) {
    cc_Check *k = e->k;
    if (cc_error_cap_reached(k->c)) return;
    switch (s->kind) {
    case CC_N_BLOCK: attr_block_stmts(e, &s->block.stmts); break;
    case CC_N_LOCAL: attr_local(e, s); break;
    case CC_N_EXPR_STMT: {
        cc_Node *x = s->expr_stmt.expr;
        if (x->kind == CC_N_CTOR_CALL) {
            cc_error(k->c, pos_char_after(k, x->pos, '('), "call to %s must be first statement in constructor",
                     x->ctor_call.is_super ? "super" : "this");
            attr_ctor_call(e, x);
            break;
        }
        attr_expr(e, x, NULL);
        break;
    }
    case CC_N_IF:
        attr_cond_expr(e, s->if_.cond);
        attr_stmt(e, s->if_.then);
        if (s->if_.els) attr_stmt(e, s->if_.els);
        break;
    case CC_N_WHILE:
    case CC_N_DO: {
        Jump j = {s, NULL, 0, e->jumps};
        if (s->kind == CC_N_WHILE) attr_cond_expr(e, s->while_.cond);
        e->jumps = &j;
        int mark = e->body->n;
        attr_stmt(e, s->while_.body);
        e->body->n = mark;
        e->jumps = j.up;
        if (s->kind == CC_N_DO) attr_cond_expr(e, s->while_.cond);
        break;
    }
    case CC_N_FOR: {
        int mark = e->body->n;
        for (int i = 0; i < s->for_.init.n; i++) attr_stmt(e, s->for_.init.items[i]);
        if (s->for_.cond) attr_cond_expr(e, s->for_.cond);
        Jump j = {s, NULL, 0, e->jumps};
        e->jumps = &j;
        for (int i = 0; i < s->for_.update.n; i++) attr_stmt(e, s->for_.update.items[i]);
        attr_stmt(e, s->for_.body);
        e->jumps = j.up;
        e->body->n = mark;
        break;
    }
    case CC_N_FOREACH: {
        int mark = e->body->n;
        cc_Node *v = s->foreach.var;
        cc_Type *xt = attr_expr(e, s->foreach.expr, NULL);
        cc_Type *el = k->t_error;
        if (!is_err(xt)) {
            if (xt->kind == TY_ARRAY) {
                el = xt->elem;
                cc_info(k, s)->flags |= CC_I_FOREACH_ARRAY;
            } else {
                cc_Type *it = k->c_iterable ? cc_as_super(k, xt, k->c_iterable) : NULL;
                if (!it || xt->kind == TY_NULL) {
                    cc_error(k->c, s->foreach.expr->pos,
                             "for-each not applicable to expression type\n  required: array or java.lang.Iterable\n  found:    %s",
                             TS(xt));
                } else {
                    el = it->nargs ? wild_upper(k, it->args[0]) : k->c_object->type;
                    if (it->nargs && it->args[0]->kind == TY_WILD && it->args[0]->wkind == 2) el = k->c_object->type;
                }
            }
        }
        cc_info(k, s)->ctype = el;
        uint32_t mods = check_mods(k, v->pos, v->var.mods.flags, CC_MOD_FINAL, 0);
        cc_Type *vt = v->var.is_var ? upward(k, el, 0) : resolve_type(e, v->var.vtype);
        cc_Sym *vs = new_local(k, v->var.name, vt, v, acc_of_mods(mods) | CC_SF_HASINIT | CC_SF_EFFINAL);
        declare_local(e, vs, v->pos);
        v->sym = vs;
        v->ty = vt;
        if (!is_err(el) && !is_err(vt)) {
            int r = convertible(k, el, NULL, vt, 1, 1);
            if (r != CONV_OK) cc_error(k->c, expr_pos(k, s->foreach.expr), "incompatible types: %s", conv_msg(k, r, el, vt));
        }
        Jump j = {s, NULL, 0, e->jumps};
        e->jumps = &j;
        attr_stmt(e, s->foreach.body);
        e->jumps = j.up;
        e->body->n = mark;
        break;
    }
    case CC_N_SWITCH: attr_switch(e, s); break;
    case CC_N_LABELED: {
        for (Jump *j = e->jumps; j; j = j->up)
            if (j->kind == 2 && j->label == s->labeled.label) {
                cc_error(k->c, s->pos, "label %s already in use", s->labeled.label);
                break;
            }
        Jump j = {s, s->labeled.label, 2, e->jumps};
        e->jumps = &j;
        attr_stmt(e, s->labeled.body);
        e->jumps = j.up;
        break;
    }
    case CC_N_BREAK: {
        Jump *j = find_jump(e, s->jump.label, 0);
        if (!j) {
            if (s->jump.label) cc_error(k->c, s->pos, "undefined label: %s", s->jump.label);
            else cc_error(k->c, s->pos, "break outside switch or loop");
            break;
        }
        cc_info(k, s)->target = j->node;
        break;
    }
    case CC_N_CONTINUE: {
        Jump *j = find_jump(e, s->jump.label, 1);
        if (!j) {
            if (s->jump.label) cc_error(k->c, s->pos, "undefined label: %s", s->jump.label);
            else cc_error(k->c, s->pos, "continue outside of loop");
            break;
        }
        cc_Node *t = j->node;
        if (j->kind == 2) {
            cc_Node *b = t->labeled.body;
            while (b->kind == CC_N_LABELED) b = b->labeled.body;
            if (b->kind != CC_N_WHILE && b->kind != CC_N_DO && b->kind != CC_N_FOR && b->kind != CC_N_FOREACH) {
                cc_error(k->c, s->pos, "not a loop label: %s", s->jump.label);
                break;
            }
            t = b;
        }
        cc_info(k, s)->target = t;
        break;
    }
    case CC_N_RETURN: {
        cc_Node *x = s->ret.expr;
        if (!e->meth) {
            cc_error(k->c, s->pos, "return outside method");
            if (x) attr_expr(e, x, NULL);
            break;
        }
        cc_Type *rt = e->meth->type;
        if (x) {
            if (rt->kind == TY_VOID) {
                cc_Type *xt = attr_expr(e, x, NULL);
                (void)xt;
                cc_error(k->c, expr_pos(k, x), "incompatible types: unexpected return value");
            } else {
                attr_expect(e, x, rt);
            }
        } else if (rt->kind != TY_VOID && !is_err(rt)) {
            cc_error(k->c, s->pos, "incompatible types: missing return value");
        }
        break;
    }
    case CC_N_THROW: {
        cc_Type *t = attr_expr(e, s->ret.expr, NULL);
        if (!is_err(t) && k->c_throwable && !cc_is_subtype(k, t, k->c_throwable->type))
            cc_error(k->c, s->pos, "incompatible types: %s cannot be converted to Throwable", TS(t));
        break;
    }
    case CC_N_TRY: attr_try(e, s); break;
    case CC_N_ASSERT: {
        attr_cond_expr(e, s->assert_.cond);
        if (s->assert_.msg) {
            cc_Type *t = attr_expr(e, s->assert_.msg, NULL);
            if (t->kind == TY_VOID) cc_error(k->c, expr_pos(k, s->assert_.msg), "'void' type not allowed here");
        }
        break;
    }
    case CC_N_EMPTY:
    case CC_N_ERROR: break;
    case CC_N_CLASS: cc_error(k->c, s->pos, "local classes are not supported yet"); break;
    default: cc_error(k->c, s->pos, "not a statement"); break;
    }
}

/* ------------------------------------------------------------------ */
/* tree walking                                                        */
/* ------------------------------------------------------------------ */

static void each_list(cc_List *l, void (*fn)(void *, cc_Node *), void *ctx) {
    for (int i = 0; i < l->n; i++) fn(ctx, l->items[i]);
}

/* calls fn for each direct child of n */
void cc_for_children(cc_Node *n, void (*fn)(void *, cc_Node *), void *ctx) {
#define C(x)                                                                               \
    do {                                                                                   \
        if (x) fn(ctx, x);                                                                 \
    } while (0)
    switch (n->kind) {
    case CC_N_UNIT: each_list(&n->unit.imports, fn, ctx); each_list(&n->unit.types, fn, ctx); break;
    case CC_N_CLASS:
        each_list(&n->cls.tparams, fn, ctx);
        C(n->cls.extends);
        each_list(&n->cls.interfaces, fn, ctx);
        each_list(&n->cls.members, fn, ctx);
        break;
    case CC_N_TYPE_PARAM: each_list(&n->tparam.bounds, fn, ctx); break;
    case CC_N_FIELD:
    case CC_N_LOCAL:
    case CC_N_PARAM: C(n->var.vtype); C(n->var.init); break;
    case CC_N_METHOD:
        each_list(&n->method.tparams, fn, ctx);
        C(n->method.result);
        each_list(&n->method.params, fn, ctx);
        each_list(&n->method.throws, fn, ctx);
        C(n->method.body);
        break;
    case CC_N_INITIALIZER: C(n->init.body); break;
    case CC_N_CLASS_TYPE: C(n->ctype.outer); each_list(&n->ctype.args, fn, ctx); break;
    case CC_N_ARRAY_TYPE: C(n->array.elem); break;
    case CC_N_WILDCARD: C(n->wild.bound); break;
    case CC_N_UNION_TYPE: each_list(&n->uni.alts, fn, ctx); break;
    case CC_N_BLOCK: each_list(&n->block.stmts, fn, ctx); break;
    case CC_N_EXPR_STMT: C(n->expr_stmt.expr); break;
    case CC_N_IF: C(n->if_.cond); C(n->if_.then); C(n->if_.els); break;
    case CC_N_WHILE:
    case CC_N_DO: C(n->while_.cond); C(n->while_.body); break;
    case CC_N_FOR:
        each_list(&n->for_.init, fn, ctx);
        C(n->for_.cond);
        each_list(&n->for_.update, fn, ctx);
        C(n->for_.body);
        break;
    case CC_N_FOREACH: C(n->foreach.var); C(n->foreach.expr); C(n->foreach.body); break;
    case CC_N_SWITCH: C(n->switch_.selector); each_list(&n->switch_.cases, fn, ctx); break;
    case CC_N_CASE: each_list(&n->case_.labels, fn, ctx); each_list(&n->case_.body, fn, ctx); break;
    case CC_N_LABELED: C(n->labeled.body); break;
    case CC_N_RETURN:
    case CC_N_THROW: C(n->ret.expr); break;
    case CC_N_TRY:
        C(n->try_.body);
        each_list(&n->try_.catches, fn, ctx);
        C(n->try_.finally_);
        break;
    case CC_N_CATCH: C(n->catch_.param); C(n->catch_.body); break;
    case CC_N_ASSERT: C(n->assert_.cond); C(n->assert_.msg); break;
    case CC_N_SELECT: C(n->select.target); break;
    case CC_N_CALL: C(n->call.target); each_list(&n->call.targs, fn, ctx); each_list(&n->call.args, fn, ctx); break;
    case CC_N_CTOR_CALL: C(n->ctor_call.outer); each_list(&n->ctor_call.args, fn, ctx); break;
    case CC_N_NEW: C(n->new_.outer); C(n->new_.ctype); each_list(&n->new_.args, fn, ctx); break;
    case CC_N_NEW_ARRAY: C(n->new_array.elem); each_list(&n->new_array.dims, fn, ctx); C(n->new_array.init); break;
    case CC_N_ARRAY_INIT: each_list(&n->array_init.elems, fn, ctx); break;
    case CC_N_INDEX: C(n->index.array); C(n->index.index); break;
    case CC_N_UNARY: C(n->unary.operand); break;
    case CC_N_BINARY:
    case CC_N_ASSIGN: C(n->binary.left); C(n->binary.right); break;
    case CC_N_COND: C(n->cond.cond); C(n->cond.then); C(n->cond.els); break;
    case CC_N_CAST: C(n->cast.ctype); C(n->cast.expr); break;
    case CC_N_INSTANCEOF: C(n->inst.expr); C(n->inst.ctype); break;
    case CC_N_THIS:
    case CC_N_SUPER: C(n->this_.qual); break;
    case CC_N_CLASS_LIT: C(n->class_lit.ctype); break;
    case CC_N_PAREN: C(n->paren.expr); break;
    default: break;
    }
#undef C
}

/* literal range errors first: javac reports them while parsing and stops there */
static void lit_visit(void *ctx, cc_Node *n) {
    cc_Check *k = ctx;
    if (n->kind == CC_N_UNARY && n->unary.op == CC_OP_NEG && n->unary.operand->kind == CC_N_LITERAL) {
        Env e;
        memset(&e, 0, sizeof e);
        e.k = k;
        cc_Node *x = n->unary.operand;
        if (x->lit.lit == CC_LIT_INT || x->lit.lit == CC_LIT_LONG) {
            attr_literal(&e, x, 1);
            x->ty = NULL;
            x->sym = NULL;
            return;
        }
    }
    if (n->kind == CC_N_LITERAL && n->lit.lit <= CC_LIT_DOUBLE) {
        Env e;
        memset(&e, 0, sizeof e);
        e.k = k;
        attr_literal(&e, n, 0);
        n->ty = NULL;
        n->sym = NULL;
        return;
    }
    cc_for_children(n, lit_visit, ctx);
}

/* ------------------------------------------------------------------ */
/* classes: overriding, abstract methods, bridges                      */
/* ------------------------------------------------------------------ */

/* does m (declared in c or inherited by it) have the same signature as o, both seen as
 * members of site? */
static int same_sig_at(cc_Check *k, cc_Type *site, cc_Sym *m, cc_Sym *o) {
    if (m->name != o->name || m->nparams != o->nparams) return 0;
    for (int i = 0; i < m->nparams; i++) {
        cc_Type *a = member_type(k, site, m, m->ptypes[i], 1);
        cc_Type *b = member_type(k, site, o, o->ptypes[i], 1);
        if (!same_type(a, b) && !same_type(cc_erasure(k, a), cc_erasure(k, b))) return 0;
    }
    return 1;
}

typedef struct {
    cc_Sym **v;
    int n, cap;
} SymList;

static void sl_add(SymList *l, cc_Sym *s) {
    for (int i = 0; i < l->n; i++)
        if (l->v[i] == s) return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
    }
    l->v[l->n++] = s;
}

/* every proper supertype class of c (superclasses first, then interfaces), once */
static void supertypes(cc_Check *k, cc_Sym *c, SymList *out, int depth) {
    if (!c || depth > 64) return;
    cc_complete(k, c, 3);
    if (c->super) {
        sl_add(out, c->super->sym);
        supertypes(k, c->super->sym, out, depth + 1);
    }
    for (int i = 0; i < c->nifaces; i++) {
        sl_add(out, c->ifaces[i]->sym);
        supertypes(k, c->ifaces[i]->sym, out, depth + 1);
    }
    if (c->is_iface && k->c_object && depth == 0) sl_add(out, k->c_object);
}

static int access_rank(uint32_t f) {
    if (f & LD_ACC_PUBLIC) return 3;
    if (f & LD_ACC_PROTECTED) return 2;
    if (f & LD_ACC_PRIVATE) return 0;
    return 1;
}

static const char *access_word(uint32_t f) {
    if (f & LD_ACC_PUBLIC) return "public";
    if (f & LD_ACC_PROTECTED) return "protected";
    if (f & LD_ACC_PRIVATE) return "private";
    return "package";
}

static int return_ok(cc_Check *k, cc_Sym *c, cc_Sym *m, cc_Sym *o);
static cc_Sym *find_impl(cc_Check *k, cc_Sym *c, cc_Sym *o, int allow_abstract);

/* javac's Check.checkOverride(tree, m, other, origin): m (of origin c or inherited by it)
 * overrides o; reports the first broken rule at pos; 1 if it reported */
static int override_pair(cc_Check *k, cc_Sym *c, cc_Sym *m, cc_Sym *o, cc_Pos pos) {
    /* javac's Check.cannotOverride: override / implement / clashes with */
    const char *verb = !o->owner->is_iface ? "cannot override" : !m->owner->is_iface ? "cannot implement" : "clashes with";
    char head[1024];
    snprintf(head, sizeof head, "%s in %s %s %s in %s", method_sig_str(k, m), class_disp_name(m->owner), verb,
             method_sig_str(k, o), class_disp_name(o->owner));
    if (cc_is_static(m) && !cc_is_static(o)) {
        cc_error(k->c, pos, "%s\n  overriding method is static", head);
        return 1;
    }
    if (!cc_is_static(m) && cc_is_static(o)) {
        if (o->owner->is_iface) return 0; /* static interface methods are not inherited */
        cc_error(k->c, pos, "%s\n  overridden method is static", head);
        return 1;
    }
    if (cc_is_static(m) && cc_is_static(o)) {
        if (o->owner->is_iface) return 0;
        snprintf(head, sizeof head, "%s in %s cannot hide %s in %s", method_sig_str(k, m), class_disp_name(m->owner),
                 method_sig_str(k, o), class_disp_name(o->owner));
    }
    if (o->flags & LD_ACC_FINAL) {
        cc_error(k->c, pos, "%s\n  overridden method is %s", head, cc_is_static(o) ? "static final" : "final");
        return 1;
    }
    if (access_rank(m->flags) < access_rank(o->flags)) {
        cc_error(k->c, pos, "%s\n  attempting to assign weaker access privileges; was %s", head, access_word(o->flags));
        return 1;
    }
    cc_Type *ro = member_type(k, c->type, o, o->type, 0), *rm = member_type(k, c->type, m, m->type, 0);
    if (!return_ok(k, c, m, o)) {
        cc_error(k->c, pos, "%s\n  return type %s is not compatible with %s", head, TS(rm), TS(ro));
        return 1;
    }
    for (int t = 0; t < m->nthrows; t++) {
        cc_Type *x = member_type(k, c->type, m, m->throws[t], 0);
        if (!cc_is_checked(k, x)) continue;
        int okx = 0;
        for (int u = 0; u < o->nthrows && !okx; u++)
            if (cc_is_subtype(k, x, member_type(k, c->type, o, o->throws[u], 0))) okx = 1;
        if (!okx) {
            cc_error(k->c, pos, "%s\n  overridden method does not throw %s", head, TS(x));
            return 1;
        }
    }
    return 0;
}

/* does m override o (same signature in c, o visible and not private)? */
static int overrides_sym(cc_Check *k, cc_Sym *c, cc_Sym *m, cc_Sym *o) {
    if (o->kind != SYM_METHOD || (o->flags & CC_SF_CTOR) || o->name != m->name || o == m) return 0;
    if (o->flags & LD_ACC_PRIVATE) return 0;
    if (!same_sig_at(k, c->type, m, o)) return 0;
    if (!accessible(&(Env){.k = k, .cls = c}, o) && !(o->flags & (LD_ACC_PUBLIC | LD_ACC_PROTECTED))) return 0;
    return 1;
}

/* javac's Check.checkOverride for a method declared in c: against every non-abstract
 * method it overrides (abstract ones are checked with the class: check_implementations).
 * Returns 1 if it overrides something (for @Override: javac's isOverrider). */
static int check_override(cc_Check *k, cc_Sym *c, cc_Sym *m) {
    if (m->flags & CC_SF_CTOR) return 0;
    SymList sup = {0};
    supertypes(k, c, &sup, 0);
    int overrides = 0, reported = 0;
    cc_Pos pos = m->decl ? m->decl->pos : c->decl->pos;
    for (int si = 0; si < sup.n; si++) {
        cc_Sym *s = sup.v[si];
        for (int i = 0; i < s->nmembers; i++) {
            cc_Sym *o = s->members[i];
            if (c->is_iface && s == k->c_object && !(o->flags & LD_ACC_PUBLIC)) continue;
            if (!overrides_sym(k, c, m, o)) continue;
            if (!cc_is_static(o) && return_ok(k, c, m, o)) overrides = 1;
            if (reported || (o->flags & LD_ACC_ABSTRACT)) continue;
            reported = override_pair(k, c, m, o, pos);
        }
    }
    free(sup.v);
    return overrides;
}

/* javac's Check.checkImplementations: every abstract method of c and its supertypes that
 * c implements (by a method of c or inherited) is checked like an override, at the
 * method if c declares it, else at the class */
static void check_implementations(cc_Check *k, cc_Sym *c) {
    SymList sup = {0};
    sl_add(&sup, c);
    supertypes(k, c, &sup, 0);
    for (int si = 0; si < sup.n; si++) {
        cc_Sym *lc = sup.v[si];
        if (!(lc->flags & (LD_ACC_ABSTRACT | LD_ACC_INTERFACE))) continue;
        for (int i = 0; i < lc->nmembers; i++) {
            cc_Sym *a = lc->members[i];
            if (a->kind != SYM_METHOD || (a->flags & (LD_ACC_STATIC | LD_ACC_ABSTRACT)) != LD_ACC_ABSTRACT) continue;
            /* javac's implementation(origin, checkResult=false): the class chain first */
            cc_Sym *impl = NULL;
            for (cc_Sym *x = c; x && !impl; x = x->super ? x->super->sym : NULL) {
                cc_complete(k, x, 3);
                cc_Sym *best = NULL;
                for (int j = 0; j < x->nmembers; j++) {
                    cc_Sym *m = x->members[j];
                    if (m->kind != SYM_METHOD || (m->flags & CC_SF_CTOR) || m->name != a->name) continue;
                    if (m == a || overrides_sym(k, c, m, a)) {
                        best = m;
                        if (!(m->flags & LD_ACC_ABSTRACT)) break;
                    }
                }
                impl = best;
                if (!x->super) break;
            }
            if (!impl || impl == a || impl->owner->is_iface != c->is_iface) continue;
            cc_Pos pos = impl->owner == c && impl->decl ? impl->decl->pos : c->decl->pos;
            override_pair(k, c, impl, a, pos);
        }
    }
    free(sup.v);
}

/* does m's result type fit the overridden o's (javac's implementation check)? */
static int return_ok(cc_Check *k, cc_Sym *c, cc_Sym *m, cc_Sym *o) {
    cc_Type *ro = member_type(k, c->type, o, o->type, 0), *rm = member_type(k, c->type, m, m->type, 0);
    if (is_err(ro) || is_err(rm)) return 1;
    if (cc_is_prim(ro) || ro->kind == TY_VOID || cc_is_prim(rm) || rm->kind == TY_VOID) return ro->kind == rm->kind;
    return cc_is_subtype(k, rm, ro) || cc_is_subtype(k, cc_erasure(k, rm), cc_erasure(k, ro));
}

/* the non-abstract method of c's class chain (or a default method of an interface of c)
 * that implements o */
static cc_Sym *find_impl(cc_Check *k, cc_Sym *c, cc_Sym *o, int allow_abstract) {
    for (cc_Sym *x = c; x; x = x->super ? x->super->sym : NULL) {
        cc_complete(k, x, 3);
        for (int i = 0; i < x->nmembers; i++) {
            cc_Sym *m = x->members[i];
            if (m->kind != SYM_METHOD || (m->flags & CC_SF_CTOR) || cc_is_static(m) || m == o) continue;
            if (!allow_abstract && (m->flags & LD_ACC_ABSTRACT)) continue;
            if (same_sig_at(k, c->type, m, o) && return_ok(k, c, m, o)) return m;
        }
        if (!x->super) break;
    }
    if (o->owner->is_iface) {
        SymList sup = {0};
        supertypes(k, c, &sup, 0);
        cc_Sym *r = NULL;
        for (int si = 0; si < sup.n && !r; si++) {
            cc_Sym *s = sup.v[si];
            if (!s->is_iface || s == o->owner) continue;
            if (!cc_is_subclass(k, s, o->owner)) continue;
            for (int i = 0; i < s->nmembers && !r; i++) {
                cc_Sym *m = s->members[i];
                if (m->kind == SYM_METHOD && (m->flags & CC_SF_DEFAULT) && same_sig_at(k, c->type, m, o) && return_ok(k, c, m, o))
                    r = m;
            }
        }
        free(sup.v);
        if (r) return r;
    }
    return NULL;
}

static cc_Sym *first_undef(cc_Check *k, cc_Sym *impl, cc_Sym *c, int depth) {
    if (!c || depth > 64) return NULL;
    cc_complete(k, c, 3);
    cc_Sym *undef = NULL;
    if (c == impl || (c->flags & (LD_ACC_ABSTRACT | LD_ACC_INTERFACE))) {
        for (int i = c->nmembers - 1; i >= 0 && !undef; i--) {
            cc_Sym *m = c->members[i];
            if (m->kind == SYM_METHOD && (m->flags & (LD_ACC_ABSTRACT | CC_SF_DEFAULT | LD_ACC_PRIVATE)) == LD_ACC_ABSTRACT &&
                !find_impl(k, impl, m, 0))
                undef = m;
        }
    }
    if (!undef && c->super) undef = first_undef(k, impl, c->super->sym, depth + 1);
    for (int i = 0; i < c->nifaces && !undef; i++) undef = first_undef(k, impl, c->ifaces[i]->sym, depth + 1);
    return undef;
}

static void compute_bridges(cc_Check *k, cc_Sym *c) {
    if (c->is_iface || (c->flags & CC_SF_USED_ASSIGN)) return;
    c->flags |= CC_SF_USED_ASSIGN; /* bridges computed */
    if (c->super && (c->super->sym->flags & CC_SF_SOURCE)) compute_bridges(k, c->super->sym);
    SymList sup = {0};
    supertypes(k, c, &sup, 0);
    for (int si = 0; si < sup.n; si++) {
        cc_Sym *s = sup.v[si];
        for (int i = 0; i < s->nmembers; i++) {
            cc_Sym *o = s->members[i];
            if (o->kind != SYM_METHOD || (o->flags & (CC_SF_CTOR | LD_ACC_STATIC | LD_ACC_PRIVATE))) continue;
            cc_Sym *impl = find_impl(k, c, o, 1);
            if (!impl || impl == o || impl->desc == o->desc || impl->owner->is_iface) continue;
            int exists = 0;
            for (cc_Sym *x = c; x && !exists; x = x->super ? x->super->sym : NULL) {
                for (int j = 0; j < x->nmembers && !exists; j++)
                    if (x->members[j]->kind == SYM_METHOD && x->members[j]->name == o->name && x->members[j]->desc == o->desc)
                        exists = 1;
                for (int j = 0; j < x->nbridges && !exists; j++)
                    if (x->bridges[j]->name == o->name && x->bridges[j]->desc == o->desc) exists = 1;
                if (x == impl->owner) break;
            }
            if (exists) continue;
            cc_Sym *b = NEW(k, cc_Sym);
            b->kind = SYM_METHOD;
            b->name = o->name;
            b->desc = o->desc;
            b->flags = impl->flags & (LD_ACC_PUBLIC | LD_ACC_PROTECTED);
            b->owner = c;
            b->impl = impl;
            b->nparams = o->nparams;
            b->ptypes = cc_alloc(k->c, (size_t)(o->nparams + 1) * sizeof *b->ptypes);
            for (int j = 0; j < o->nparams; j++) b->ptypes[j] = cc_erasure(k, o->ptypes[j]);
            b->type = cc_erasure(k, o->type);
            b->var_index = -1;
            cc_Sym **nb = cc_alloc(k->c, (size_t)(c->nbridges + 1) * sizeof *nb);
            if (c->nbridges) memcpy(nb, c->bridges, (size_t)c->nbridges * sizeof *nb);
            nb[c->nbridges++] = b;
            c->bridges = nb;
        }
    }
    free(sup.v);
}

/* ------------------------------------------------------------------ */
/* class bodies                                                        */
/* ------------------------------------------------------------------ */

static void attr_field(cc_Check *k, cc_Sym *f) {
    if (f->const_state) return;
    f->const_state = 1;
    cc_Node *d = f->decl;
    Env e;
    Body b = {0};
    class_env(&e, k, f->owner);
    e.is_static = cc_is_static(f);
    e.init_field = f;
    e.body = &b;
    attr_expect(&e, d->var.init, f->type);
    free(b.locals);
    if (is_constant_var_candidate(k, f)) {
        const cc_Const *c = cc_const_of(d->var.init);
        if (c && d->var.init->ty && (cc_is_prim(d->var.init->ty) || is_string_type(k, d->var.init->ty))) {
            f->has_const = 1;
            f->cv = cc_is_prim(f->type) ? const_convert(*c, f->type->kind) : *c;
        }
    }
    f->const_state = 2;
}

static void attr_field_init_const(cc_Check *k, cc_Sym *f) { attr_field(k, f); }

static int has_anno(cc_Mods *mods, const char *name, cc_Pos *pos) {
    for (int i = 0; i < mods->annos.n; i++) {
        cc_Node *a = mods->annos.items[i];
        cc_Node *t = a->anno.atype;
        if (t && t->kind == CC_N_CLASS_TYPE && strcmp(t->ctype.name, name) == 0) {
            if (pos) *pos = a->pos;
            return 1;
        }
    }
    return 0;
}

static void check_annos(Env *e, cc_Mods *mods) {
    static const char *known[] = {"Override", "Deprecated", "SuppressWarnings", "SafeVarargs", "FunctionalInterface"};
    for (int i = 0; i < mods->annos.n; i++) {
        cc_Node *a = mods->annos.items[i];
        cc_Node *t = a->anno.atype;
        if (!t || t->kind != CC_N_CLASS_TYPE) continue;
        int ok = 0;
        for (size_t j = 0; j < sizeof known / sizeof *known; j++)
            if (strcmp(t->ctype.name, known[j]) == 0) ok = 1;
        if (ok) continue;
        cc_Check *k = e->k;
        cc_Type *at = resolve_type(e, t);
        if (!is_err(at) && !(at->kind == TY_CLASS && at->sym->is_iface))
            cc_error(k->c, t->pos, "incompatible types: %s cannot be converted to Annotation", TS(at));
    }
}

static void attr_method(cc_Check *k, cc_Sym *c, cc_Node *n) {
    cc_Sym *m = n->sym;
    if (!m) return;
    Env e;
    Body b = {0};
    class_env(&e, k, c);
    e.meth = m;
    e.is_static = cc_is_static(m);
    e.body = &b;
    check_annos(&e, &n->method.mods);
    for (int i = 0; i < n->method.throws.n; i++) {
        cc_Node *tn = n->method.throws.items[i];
        if (tn->ty && !is_err(tn->ty) && k->c_throwable && !cc_is_subtype(k, tn->ty, k->c_throwable->type))
            cc_error(k->c, tn->pos, "incompatible types: %s cannot be converted to Throwable", TS(tn->ty));
    }
    int ov = check_override(k, c, m);
    cc_Pos ap;
    if (has_anno(&n->method.mods, "Override", &ap) && (!ov || cc_is_static(m)))
        cc_error(k->c, ap, cc_is_static(m) ? "static methods cannot be annotated with @Override"
                                           : "method does not override or implement a method from a supertype");
    cc_Node *body = n->method.body;
    if (c->is_iface && !(m->flags & (CC_SF_DEFAULT | LD_ACC_STATIC | LD_ACC_PRIVATE))) {
        if (body) cc_error(k->c, body->pos, "interface abstract methods cannot have body");
    } else if (m->flags & LD_ACC_ABSTRACT) {
        if (body) cc_error(k->c, n->pos, "abstract methods cannot have a body");
    } else if (m->flags & LD_ACC_NATIVE) {
        if (body) cc_error(k->c, n->pos, "native methods cannot have a body");
    } else if (!body) {
        cc_error(k->c, n->pos, "missing method body, or declare abstract");
    }
    if (m->type->kind == TY_VOID && n->method.result && n->method.result->kind != CC_N_PRIM_TYPE) { /* not reached */
    }
    for (int i = 0; i < m->nparams; i++) {
        m->params[i]->var_index = b.nvars++;
        push_local(&e, m->params[i]);
        m->params[i]->file = c->file;
    }
    if (body) {
        cc_List *stmts = &body->block.stmts;
        int first = 0;
        if ((m->flags & CC_SF_CTOR) && !c->is_iface) {
            cc_Node *s0 = stmts->n ? stmts->items[0] : NULL;
            int any_call = 0;
            for (int i = 0; i < stmts->n; i++)
                if (stmts->items[i]->kind == CC_N_EXPR_STMT && stmts->items[i]->expr_stmt.expr->kind == CC_N_CTOR_CALL)
                    any_call = 1;
            if (s0 && s0->kind == CC_N_EXPR_STMT && s0->expr_stmt.expr->kind == CC_N_CTOR_CALL) {
                attr_ctor_call(&e, s0->expr_stmt.expr);
                first = 1;
            } else if (c->super && !any_call) {
                CandList l = {0};
                collect_ctors(k, c->super->sym, c->super, &l);
                Cand cand;
                if (resolve_cands(&e, body->pos, &l, c->super->sym->name, 1, NULL, NULL, 0, NULL, NULL, 0, "", &cand)) {
                    if (!accessible(&e, cand.m)) err_access(&e, body->pos, cand.m);
                    cc_info(k, n)->sym2 = cand.m;
                    cc_info(k, n)->throws = cand.throws;
                    cc_info(k, n)->nthrows = cand.nthrows;
                }
                free(l.v);
            }
        }
        int mark = b.n;
        for (int i = first; i < stmts->n; i++) attr_stmt(&e, stmts->items[i]);
        b.n = mark;
    }
    free(b.locals);
}

static void attr_class(cc_Check *k, cc_Sym *c);

static void check_recursive_ctors(cc_Check *k, cc_Sym *c) {
    for (int i = 0; i < c->nmembers; i++) {
        cc_Sym *m = c->members[i];
        if (m->kind != SYM_METHOD || !(m->flags & CC_SF_CTOR) || !m->decl) continue;
        /* follow this(...) calls from m; a cycle back to m is an error at the first
         * constructor of the cycle in declaration order */
        cc_Sym *x = m;
        for (int steps = 0; steps < c->nmembers + 1; steps++) {
            cc_Node *body = x->decl ? x->decl->method.body : NULL;
            if (!body || !body->block.stmts.n) break;
            cc_Node *s0 = body->block.stmts.items[0];
            if (s0->kind != CC_N_EXPR_STMT || s0->expr_stmt.expr->kind != CC_N_CTOR_CALL ||
                s0->expr_stmt.expr->ctor_call.is_super || !s0->expr_stmt.expr->sym)
                break;
            x = s0->expr_stmt.expr->sym;
            if (x == m) {
                /* report once per cycle: only from its first member */
                int first = 1;
                cc_Sym *y = m;
                for (int t = 0; t < c->nmembers + 1; t++) {
                    cc_Node *b2 = y->decl->method.body;
                    y = b2->block.stmts.items[0]->expr_stmt.expr->sym;
                    if (y == m) break;
                    if (y->decl && y->decl->pos.off < m->decl->pos.off) first = 0;
                }
                if (first) cc_error(k->c, m->decl->pos, "recursive constructor invocation");
                break;
            }
        }
    }
}

static void attr_class(cc_Check *k, cc_Sym *c) {
    cc_Node *n = c->decl;
    cc_complete(k, c, 3);
    if (n->cls.is_inner) return; /* rejected when entered */
    Env ce;
    class_env(&ce, k, c);
    check_annos(&ce, &n->cls.mods);
    if (!c->is_iface && !(c->flags & LD_ACC_ABSTRACT)) {
        cc_Sym *u = first_undef(k, c, c, 0);
        if (u) {
            cc_Sym tmp = *u;
            tmp.ptypes = cc_alloc(k->c, (size_t)(u->nparams + 1) * sizeof *tmp.ptypes);
            for (int i = 0; i < u->nparams; i++) tmp.ptypes[i] = member_type(k, c->type, u, u->ptypes[i], 1);
            cc_error(k->c, n->pos, "%s is not abstract and does not override abstract method %s in %s", class_disp_name(c),
                     method_sig_str(k, &tmp), class_disp_name(u->owner));
        }
    }
    check_implementations(k, c);
    /* the default constructor's super() */
    if (!c->is_iface && c->super) {
        for (int i = 0; i < c->nmembers; i++) {
            cc_Sym *m = c->members[i];
            if (m->kind == SYM_METHOD && (m->flags & CC_SF_SYNTH) && (m->flags & CC_SF_CTOR)) {
                Env e;
                class_env(&e, k, c);
                e.meth = m;
                CandList l = {0};
                collect_ctors(k, c->super->sym, c->super, &l);
                Cand cand;
                if (resolve_cands(&e, n->pos, &l, c->super->sym->name, 1, NULL, NULL, 0, NULL, NULL, 0, "", &cand)) {
                    if (!accessible(&e, cand.m)) err_access(&e, n->pos, cand.m);
                    cc_info(k, n)->sym2 = cand.m;
                    cc_info(k, n)->throws = cand.throws;
                    cc_info(k, n)->nthrows = cand.nthrows;
                }
                free(l.v);
            }
        }
    }
    for (int i = 0; i < n->cls.members.n; i++) {
        cc_Node *m = n->cls.members.items[i];
        if (cc_error_cap_reached(k->c)) return;
        switch (m->kind) {
        case CC_N_FIELD: {
            Env e;
            class_env(&e, k, c);
            check_annos(&e, &m->var.mods);
            if (m->sym && m->var.init) attr_field(k, m->sym);
            break;
        }
        case CC_N_METHOD: attr_method(k, c, m); break;
        case CC_N_INITIALIZER: {
            if (c->is_iface) {
                cc_error(k->c, m->pos, "initializers not allowed in interfaces");
                break;
            }
            Env e;
            Body b = {0};
            class_env(&e, k, c);
            e.is_static = m->init.is_static;
            e.init_block = (int)m->pos.off ? (int)m->pos.off : 1;
            e.body = &b;
            attr_stmt(&e, m->init.body);
            free(b.locals);
            break;
        }
        case CC_N_CLASS:
            if (m->sym) attr_class(k, m->sym);
            break;
        default: break;
        }
    }
    check_recursive_ctors(k, c);
    compute_bridges(k, c);
}

/* ------------------------------------------------------------------ */
/* driver                                                              */
/* ------------------------------------------------------------------ */

/* flow analysis of a class, then of its member classes (the order of javac's attribution queue), while no
 * error has been reported */
static void flow_tree(cc_Check *k, cc_Sym *c) {
    if (cc_error_count(k->c) != 0) {
        k->flow_ran = 0;
        return;
    }
    cc_flow_class(k, c);
    cc_Node *cd = c->decl;
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind == CC_N_CLASS && m->sym && m->sym->decl == m) flow_tree(k, m->sym);
    }
}

void cc_check_literals(cc_Check *k, cc_Node **units, int n) {
    for (int i = 0; i < n; i++)
        if (units[i]) lit_visit(k, units[i]);
}

void cc_check_units(cc_Check *k, cc_Node **units, int n) {
    k->units = units;
    k->nunits = n;
    init_wellknown(k);
    /* enter */
    for (int i = 0; i < n; i++) {
        cc_Node *u = units[i];
        const char *pkg = u->unit.package ? dots_to_slashes(k, u->unit.package) : "";
        if (pkg[0]) {
            /* the package and its prefixes exist */
            char tmp[1024];
            snprintf(tmp, sizeof tmp, "%s/x", pkg);
            cc_add_packages(k, tmp);
        }
        for (int j = 0; j < u->unit.types.n; j++) {
            cc_Node *t = u->unit.types.items[j];
            if (t->kind == CC_N_CLASS) enter_class(k, u, u->pos.file, t, NULL, pkg);
        }
    }
    init_wellknown(k); /* again: source classes shadow the library's (java.lang.Iterable ...) */
    for (int i = 0; i < n; i++) check_imports(k, units[i]);
    /* headers, then bounds, then members */
    k->bounds_deferred = 1;
    for (int i = 0; i < k->nsrc; i++) cc_complete(k, k->src_classes[i], 2);
    k->bounds_deferred = 0;
    /* bounds in the order written */
    BoundCheck *rev = NULL;
    for (BoundCheck *b = k->pending_bounds; b;) {
        BoundCheck *nx = b->next;
        b->next = rev;
        rev = b;
        b = nx;
    }
    k->pending_bounds = NULL;
    k->bounds_deferred = 1;
    for (int i = 0; i < k->nsrc; i++) cc_complete(k, k->src_classes[i], 3);
    k->bounds_deferred = 0;
    for (BoundCheck *b = rev; b; b = b->next) check_bounds_now(k, b->n, b->c, b->args, b->nargs);
    rev = NULL;
    for (BoundCheck *b = k->pending_bounds; b;) {
        BoundCheck *nx = b->next;
        b->next = rev;
        rev = b;
        b = nx;
    }
    k->pending_bounds = NULL;
    for (BoundCheck *b = rev; b; b = b->next) check_bounds_now(k, b->n, b->c, b->args, b->nargs);
    /* bodies and flow, one top-level class at a time */
    k->flow_ran = 1;
    for (int i = 0; i < n; i++) {
        cc_Node *u = units[i];
        for (int j = 0; j < u->unit.types.n; j++) {
            cc_Node *t = u->unit.types.items[j];
            if (t->kind != CC_N_CLASS || !t->sym || cc_error_cap_reached(k->c)) continue;
            attr_class(k, t->sym);
            flow_tree(k, t->sym);
        }
    }
}
