/* classpath.c: library classes for the checker, read from .oak modules.
 *
 * The class path is the standard library plus the -p entries (module files, or
 * directories whose *.oak files are all added, in name order). Adding a module indexes
 * its class names and packages only; a class becomes a symbol the first time a name
 * resolves to it, and its supertypes and members are read when the checker first needs
 * them (cc_complete). Oak modules keep erased descriptors only, no generic signatures, so
 * library types are raw: List, not List<E>. Source classes with the same binary name
 * shadow library classes (that is how the standard library itself is compiled).
 */
#include "ccsym.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ------------------------------------------------------------------ */
/* pointer-keyed hash map                                              */
/* ------------------------------------------------------------------ */

static size_t hash_ptr(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

void *cc_map_get(const cc_Map *m, const void *key) {
    if (!m->cap) return NULL;
    size_t i = hash_ptr(key) & (m->cap - 1);
    while (m->keys[i]) {
        if (m->keys[i] == key) return m->vals[i];
        i = (i + 1) & (m->cap - 1);
    }
    return NULL;
}

void cc_map_put(cc_Map *m, const void *key, void *val) {
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 64;
        const void **nk = calloc(nc, sizeof *nk);
        void **nv = calloc(nc, sizeof *nv);
        if (!nk || !nv) {
            fprintf(stderr, "oakc: out of memory\n");
            exit(1);
        }
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t j = hash_ptr(m->keys[i]) & (nc - 1);
                while (nk[j]) j = (j + 1) & (nc - 1);
                nk[j] = m->keys[i];
                nv[j] = m->vals[i];
            }
        free(m->keys);
        free(m->vals);
        m->keys = nk;
        m->vals = nv;
        m->cap = nc;
    }
    size_t i = hash_ptr(key) & (m->cap - 1);
    while (m->keys[i]) {
        if (m->keys[i] == key) {
            m->vals[i] = val;
            return;
        }
        i = (i + 1) & (m->cap - 1);
    }
    m->keys[i] = key;
    m->vals[i] = val;
    m->n++;
}

void cc_map_free(cc_Map *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------------ */
/* the path                                                            */
/* ------------------------------------------------------------------ */

void cc_add_packages(cc_Check *k, const char *bin) {
    const char *slash = strrchr(bin, '/');
    while (slash) {
        const char *p = cc_intern(k->c, bin, (size_t)(slash - bin));
        if (cc_map_get(&k->packages, p)) return;
        cc_map_put(&k->packages, p, (void *)1);
        slash = NULL;
        for (const char *q = p + strlen(p); q > p; q--)
            if (q[-1] == '/') {
                slash = q - 1;
                break;
            }
        bin = p;
    }
}

static int add_module_file(cc_Check *k, const char *path, char *err, size_t errlen) {
    ld_Module *m = ld_read_file(path, err, errlen);
    if (!m) return -1;
    if (k->npath >= 0x7fff) {
        ld_module_free(m);
        snprintf(err, errlen, "%s: too many modules on the path", path);
        return -1;
    }
    k->path = realloc(k->path, (size_t)(k->npath + 1) * sizeof *k->path);
    k->path[k->npath] = (cc_PathModule){cc_intern_str(k->c, path), m};
    k->npath++;
    for (int i = 0; i < m->nclasses; i++) {
        const char *name = ld_class_name(m, m->classes[i].this_class);
        if (name[0] == '[') continue;
        const char *bin = cc_intern_str(k->c, name);
        if (cc_map_get(&k->lib_index, bin)) continue; /* the first on the path wins */
        cc_map_put(&k->lib_index, bin, (void *)(uintptr_t)(((uintptr_t)k->npath << 16) | (uintptr_t)i));
        cc_add_packages(k, bin);
    }
    return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int cc_path_add(cc_Check *k, const char *path, char *err, size_t errlen) {
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "%s: no such file or directory", path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) return add_module_file(k, path, err, errlen);
    DIR *d = opendir(path);
    if (!d) {
        snprintf(err, errlen, "%s: cannot read the directory", path);
        return -1;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".oak") == 0) {
            names = realloc(names, (n + 1) * sizeof *names);
            size_t pl = strlen(path) + l + 2;
            names[n] = malloc(pl);
            snprintf(names[n], pl, "%s/%s", path, e->d_name);
            n++;
        }
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0 && add_module_file(k, names[i], err, errlen) != 0) rc = -1;
        free(names[i]);
    }
    free(names);
    return rc;
}

int cc_package_exists(cc_Check *k, const char *pkg) {
    return cc_map_get(&k->packages, cc_intern_str(k->c, pkg)) != NULL;
}

/* ------------------------------------------------------------------ */
/* library classes                                                     */
/* ------------------------------------------------------------------ */

static cc_Sym *new_lib_class(cc_Check *k, const char *bin, ld_Module *m, int idx) {
    cc_Sym *s = cc_alloc(k->c, sizeof *s);
    s->kind = SYM_CLASS;
    s->bin = bin;
    const char *slash = strrchr(bin, '/');
    const char *simple = slash ? slash + 1 : bin;
    s->pkg = slash ? cc_intern(k->c, bin, (size_t)(slash - bin)) : cc_intern_str(k->c, "");
    /* a nested library class Outer$In: its simple name is In if Outer exists */
    const char *dollar = strrchr(simple, '$');
    if (dollar && dollar > simple && dollar[1]) {
        const char *obin = cc_intern(k->c, bin, (size_t)(dollar - bin));
        if (cc_map_get(&k->lib_index, obin)) {
            simple = dollar + 1;
            s->flags |= CC_SF_NESTED;
        }
    }
    s->name = cc_intern_str(k->c, simple);
    size_t l = strlen(bin);
    char *q = cc_alloc(k->c, l + 1);
    for (size_t i = 0; i < l; i++) q[i] = bin[i] == '/' ? '.' : bin[i];
    if (s->flags & CC_SF_NESTED) q[(size_t)(strrchr(bin, '$') - bin)] = '.';
    s->qname = cc_intern_str(k->c, q);
    s->file = -1;
    s->lmod = m;
    s->lidx = idx;
    const ld_Class *lc = &m->classes[idx];
    s->flags |= lc->flags & (LD_ACC_PUBLIC | LD_ACC_FINAL | LD_ACC_ABSTRACT | LD_ACC_INTERFACE);
    s->is_iface = (lc->flags & LD_ACC_INTERFACE) != 0;
    if (s->flags & CC_SF_NESTED) s->flags |= LD_ACC_STATIC;
    cc_Type *t = cc_alloc(k->c, sizeof *t);
    t->kind = TY_CLASS;
    t->sym = s;
    s->type = s->erasure = t;
    s->var_index = -1;
    return s;
}

cc_Sym *cc_class_lookup(cc_Check *k, const char *bin) {
    cc_Sym *s = cc_map_get(&k->classes, bin);
    if (s) return s;
    uintptr_t v = (uintptr_t)cc_map_get(&k->lib_index, bin);
    if (!v) return NULL;
    int mi = (int)(v >> 16) - 1, ci = (int)(v & 0xffff);
    s = new_lib_class(k, bin, k->path[mi].m, ci);
    cc_map_put(&k->classes, bin, s);
    return s;
}

cc_Type *cc_desc_type(cc_Check *k, const char **d) {
    const char *p = *d;
    cc_Type *t;
    switch (*p) {
    case 'Z': t = k->prim[TY_BOOLEAN]; p++; break;
    case 'B': t = k->prim[TY_BYTE]; p++; break;
    case 'S': t = k->prim[TY_SHORT]; p++; break;
    case 'C': t = k->prim[TY_CHAR]; p++; break;
    case 'I': t = k->prim[TY_INT]; p++; break;
    case 'J': t = k->prim[TY_LONG]; p++; break;
    case 'F': t = k->prim[TY_FLOAT]; p++; break;
    case 'D': t = k->prim[TY_DOUBLE]; p++; break;
    case 'V': t = k->prim[TY_VOID]; p++; break;
    case '[': {
        p++;
        cc_Type *e = cc_desc_type(k, &p);
        t = e ? cc_array_of(k, e) : NULL;
        break;
    }
    case 'L': {
        const char *semi = strchr(p, ';');
        if (!semi) return NULL;
        const char *bin = cc_intern(k->c, p + 1, (size_t)(semi - p - 1));
        cc_Sym *c = cc_class_lookup(k, bin);
        t = c ? c->erasure : k->t_error;
        p = semi + 1;
        break;
    }
    default: return NULL;
    }
    *d = p;
    return t;
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

void cc_lib_apply_class_sig(cc_Check *k, cc_Sym *cls);
void cc_lib_apply_member_sigs(cc_Check *k, cc_Sym *cls);

void cc_lib_complete_header(cc_Check *k, cc_Sym *cls) {
    const ld_Module *m = cls->lmod;
    const ld_Class *lc = &m->classes[cls->lidx];
    if (lc->super_class && !cls->is_iface) {
        cc_Sym *s = cc_class_lookup(k, cc_intern_str(k->c, ld_class_name(m, lc->super_class)));
        if (s) cls->super = s->erasure;
    }
    if (lc->ninterfaces) {
        cls->ifaces = cc_alloc(k->c, lc->ninterfaces * sizeof *cls->ifaces);
        for (int i = 0; i < lc->ninterfaces; i++) {
            cc_Sym *s = cc_class_lookup(k, cc_intern_str(k->c, ld_class_name(m, lc->interfaces[i])));
            if (s) cls->ifaces[cls->nifaces++] = s->erasure;
        }
    }
    cc_lib_apply_class_sig(k, cls);
}

static void const_of_pool(cc_Check *k, const ld_Module *m, uint16_t idx, cc_Type *t, cc_Sym *f) {
    const ld_Const *c = &m->pool[idx];
    cc_Const v = {0};
    v.kind = t->kind;
    switch (c->tag) {
    case LD_C_INT: v.i = c->u.i; break;
    case LD_C_LONG: v.i = c->u.j; break;
    case LD_C_FLOAT: {
        float fl;
        memcpy(&fl, &c->u.f, 4);
        v.d = fl;
        break;
    }
    case LD_C_DOUBLE: memcpy(&v.d, &c->u.d, 8); break;
    case LD_C_STRING: {
        /* CESU-8 to UTF-16 */
        const char *b = ld_utf8(m, c->u.ref);
        uint32_t len = m->pool[c->u.ref].u.utf8.len;
        uint16_t *u = cc_alloc(k->c, (len + 1) * sizeof *u);
        uint32_t n = 0;
        for (uint32_t i = 0; i < len;) {
            uint8_t b0 = (uint8_t)b[i];
            if (b0 < 0x80) {
                u[n++] = b0;
                i++;
            } else if ((b0 & 0xe0) == 0xc0 && i + 1 < len) {
                u[n++] = (uint16_t)(((b0 & 0x1f) << 6) | (b[i + 1] & 0x3f));
                i += 2;
            } else if (i + 2 < len) {
                u[n++] = (uint16_t)(((b0 & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
                i += 3;
            } else {
                break;
            }
        }
        v.kind = TY_CLASS;
        v.s = u;
        v.n = n;
        break;
    }
    default: return;
    }
    if (t->kind == TY_BOOLEAN) v.i = v.i != 0;
    f->has_const = 1;
    f->const_state = 2;
    f->cv = v;
}

void cc_lib_complete_members(cc_Check *k, cc_Sym *cls) {
    const ld_Module *m = cls->lmod;
    const ld_Class *lc = &m->classes[cls->lidx];
    for (int i = 0; i < lc->nfields; i++) {
        const ld_Field *lf = &lc->fields[i];
        if (strcmp(ld_utf8(m, lf->name), CC_SIG_FIELD) == 0) continue;
        cc_Sym *f = cc_alloc(k->c, sizeof *f);
        f->kind = SYM_FIELD;
        f->name = cc_intern_str(k->c, ld_utf8(m, lf->name));
        f->flags = lf->flags;
        f->owner = cls;
        f->file = -1;
        f->var_index = -1;
        f->desc = cc_intern_str(k->c, ld_utf8(m, lf->desc));
        const char *d = f->desc;
        f->type = cc_desc_type(k, &d);
        if (!f->type) f->type = k->t_error;
        if (lf->constval && (f->flags & LD_ACC_STATIC) && (f->flags & LD_ACC_FINAL))
            const_of_pool(k, m, lf->constval, f->type, f);
        add_member(k, cls, f);
    }
    for (int i = 0; i < lc->nmethods; i++) {
        const ld_Method *lm = &lc->methods[i];
        const char *name = ld_utf8(m, lm->name);
        if (strcmp(name, "<clinit>") == 0) continue;
        cc_Sym *me = cc_alloc(k->c, sizeof *me);
        me->kind = SYM_METHOD;
        me->name = cc_intern_str(k->c, name);
        me->flags = lm->flags;
        if (strcmp(name, "<init>") == 0) me->flags |= CC_SF_CTOR;
        if (cls->is_iface && !(lm->flags & (LD_ACC_ABSTRACT | LD_ACC_STATIC | LD_ACC_PRIVATE)))
            me->flags |= CC_SF_DEFAULT;
        me->owner = cls;
        me->file = -1;
        me->var_index = -1;
        me->desc = cc_intern_str(k->c, ld_utf8(m, lm->desc));
        const char *d = me->desc + 1;
        int n = ld_desc_nargs(me->desc);
        me->ptypes = cc_alloc(k->c, (size_t)(n + 1) * sizeof *me->ptypes);
        while (*d && *d != ')') {
            cc_Type *t = cc_desc_type(k, &d);
            if (!t) break;
            me->ptypes[me->nparams++] = t;
        }
        if (*d == ')') d++;
        me->type = cc_desc_type(k, &d);
        if (!me->type) me->type = k->t_error;
        add_member(k, cls, me);
    }
    cc_lib_apply_member_sigs(k, cls);
    /* member classes: Outer$Name on the path */
    size_t bl = strlen(cls->bin);
    for (size_t i = 0; i < k->lib_index.cap; i++) {
        const char *key = k->lib_index.keys[i];
        if (!key || strncmp(key, cls->bin, bl) != 0 || key[bl] != '$' || !key[bl + 1]) continue;
        if (strchr(key + bl + 1, '$')) continue;
        cc_Sym *mc = cc_class_lookup(k, key);
        if (mc && (mc->flags & CC_SF_NESTED)) {
            mc->owner = cls;
            add_member(k, cls, mc);
        }
    }
}

/* ------------------------------------------------------------------ */
/* generic signatures (CC_SIG_FIELD, written by gen.c)                 */
/* ------------------------------------------------------------------ */

/* The bootstrap library is written in assembly and has no signature fields; these are
 * the JDK's signatures of its generic interfaces, used when a class has none. */
static const struct {
    const char *bin, *sig;
} builtin_sigs[] = {
    {"java/lang/Comparable", "<T:Ljava/lang/Object;>Ljava/lang/Object;\ncompareTo (Ljava/lang/Object;)I (TT;)I"},
    {"java/lang/Iterable", "<T:Ljava/lang/Object;>Ljava/lang/Object;\niterator ()Ljava/util/Iterator; ()Ljava/util/Iterator<TT;>;"},
    {"java/util/Iterator", "<E:Ljava/lang/Object;>Ljava/lang/Object;\nnext ()Ljava/lang/Object; ()TE;"},
    {"java/lang/Class", "<T:Ljava/lang/Object;>Ljava/lang/Object;"},
};

static const char *lib_signature(cc_Check *k, cc_Sym *cls) {
    const ld_Module *m = cls->lmod;
    const ld_Class *lc = &m->classes[cls->lidx];
    for (int i = 0; i < lc->nfields; i++) {
        const ld_Field *f = &lc->fields[i];
        if (f->constval && strcmp(ld_utf8(m, f->name), CC_SIG_FIELD) == 0 && m->pool[f->constval].tag == LD_C_STRING)
            return ld_utf8(m, m->pool[f->constval].u.ref);
    }
    for (size_t i = 0; i < sizeof builtin_sigs / sizeof *builtin_sigs; i++)
        if (strcmp(cls->bin, builtin_sigs[i].bin) == 0) return builtin_sigs[i].sig;
    (void)k;
    return NULL;
}

typedef struct {
    cc_Check *k;
    const char *p, *end;
    cc_Sym **tv;   /* class type variables */
    int ntv;
    cc_Sym **mtv;  /* method type variables */
    int nmtv;
    int bad;
} SigP;

static cc_Type *sig_mk(cc_Check *k, cc_TyKind kind) {
    cc_Type *t = cc_alloc(k->c, sizeof *t);
    t->kind = kind;
    return t;
}

static cc_Type *sig_type(SigP *s);

static cc_Type *sig_targ(SigP *s) {
    if (s->p >= s->end) {
        s->bad = 1;
        return NULL;
    }
    char c = *s->p;
    if (c == '*' || c == '+' || c == '-') {
        s->p++;
        cc_Type *w = sig_mk(s->k, TY_WILD);
        w->wkind = c == '*' ? 0 : c == '+' ? 1 : 2;
        if (c != '*') w->elem = sig_type(s);
        return w;
    }
    return sig_type(s);
}

static cc_Type *sig_type(SigP *s) {
    cc_Check *k = s->k;
    if (s->bad || s->p >= s->end) {
        s->bad = 1;
        return k->t_error;
    }
    char c = *s->p++;
    switch (c) {
    case 'Z': return k->prim[TY_BOOLEAN];
    case 'B': return k->prim[TY_BYTE];
    case 'S': return k->prim[TY_SHORT];
    case 'C': return k->prim[TY_CHAR];
    case 'I': return k->prim[TY_INT];
    case 'J': return k->prim[TY_LONG];
    case 'F': return k->prim[TY_FLOAT];
    case 'D': return k->prim[TY_DOUBLE];
    case 'V': return k->prim[TY_VOID];
    case '[': return cc_array_of(k, sig_type(s));
    case 'T': {
        const char *st = s->p;
        while (s->p < s->end && *s->p != ';') s->p++;
        const char *name = cc_intern(k->c, st, (size_t)(s->p - st));
        if (s->p < s->end) s->p++;
        for (int i = 0; i < s->nmtv; i++)
            if (s->mtv[i]->name == name) return s->mtv[i]->type;
        for (int i = 0; i < s->ntv; i++)
            if (s->tv[i]->name == name) return s->tv[i]->type;
        return k->c_object ? k->c_object->type : k->t_error;
    }
    case 'L': {
        const char *st = s->p;
        while (s->p < s->end && *s->p != ';' && *s->p != '<' && *s->p != '.') s->p++;
        const char *bin = cc_intern(k->c, st, (size_t)(s->p - st));
        cc_Type **args = NULL;
        int nargs = 0;
        for (;;) {
            if (s->p < s->end && *s->p == '<') {
                s->p++;
                nargs = 0;
                int cap = 4;
                args = cc_alloc(k->c, (size_t)cap * sizeof *args);
                while (s->p < s->end && *s->p != '>' && !s->bad) {
                    if (nargs == cap) {
                        cc_Type **na = cc_alloc(k->c, (size_t)cap * 2 * sizeof *na);
                        memcpy(na, args, (size_t)cap * sizeof *na);
                        args = na;
                        cap *= 2;
                    }
                    args[nargs++] = sig_targ(s);
                }
                if (s->p < s->end) s->p++;
            }
            if (s->p < s->end && *s->p == '.') { /* Outer<..>.Inner: the inner class */
                s->p++;
                const char *is = s->p;
                while (s->p < s->end && *s->p != ';' && *s->p != '<' && *s->p != '.') s->p++;
                char *nb = cc_alloc(k->c, strlen(bin) + (size_t)(s->p - is) + 2);
                sprintf(nb, "%s$%.*s", bin, (int)(s->p - is), is);
                bin = cc_intern_str(k->c, nb);
                args = NULL;
                nargs = 0;
                continue;
            }
            break;
        }
        if (s->p < s->end && *s->p == ';') s->p++;
        else s->bad = 1;
        cc_Sym *cls = cc_class_lookup(k, bin);
        if (!cls) return k->t_error;
        if (!nargs) return cls->erasure;
        cc_Type *t = sig_mk(k, TY_CLASS);
        t->sym = cls;
        t->args = args;
        t->nargs = nargs;
        return t;
    }
    default: s->bad = 1; return k->t_error;
    }
}

/* skips one type signature (for the name pass over type parameters) */
static void sig_skip(SigP *s) {
    while (s->p < s->end && *s->p == '[') s->p++;
    if (s->p >= s->end) return;
    char c = *s->p++;
    if (c != 'L' && c != 'T') return; /* a base type */
    int depth = 0;
    while (s->p < s->end) {
        c = *s->p++;
        if (c == '<') depth++;
        else if (c == '>') depth--;
        else if (c == ';' && depth == 0) return;
    }
}

static void sig_tparams(SigP *s, cc_Sym *owner, cc_Sym ***out, int *nout, int method) {
    cc_Check *k = s->k;
    if (s->p >= s->end || *s->p != '<') return;
    /* pass 1: the names */
    const char *save = s->p + 1;
    int n = 0;
    s->p++;
    while (s->p < s->end && *s->p != '>') {
        while (s->p < s->end && *s->p != ':') s->p++;
        while (s->p < s->end && *s->p == ':') {
            s->p++;
            if (s->p < s->end && *s->p != ':' && *s->p != '>') sig_skip(s);
        }
        n++;
    }
    cc_Sym **tv = cc_alloc(k->c, (size_t)(n + 1) * sizeof *tv);
    s->p = save;
    for (int i = 0; i < n && s->p < s->end; i++) {
        const char *st = s->p;
        while (s->p < s->end && *s->p != ':') s->p++;
        cc_Sym *t = cc_alloc(k->c, sizeof *t);
        t->kind = SYM_TVAR;
        t->name = cc_intern(k->c, st, (size_t)(s->p - st));
        t->owner = owner;
        t->var_index = -1;
        t->file = -1;
        t->type = sig_mk(k, TY_TVAR);
        t->type->sym = t;
        tv[i] = t;
        while (s->p < s->end && *s->p == ':') {
            s->p++;
            if (s->p < s->end && *s->p != ':' && *s->p != '>') sig_skip(s);
        }
    }
    if (method) {
        s->mtv = tv;
        s->nmtv = n;
    } else {
        s->tv = tv;
        s->ntv = n;
    }
    /* pass 2: the bounds */
    s->p = save;
    for (int i = 0; i < n && s->p < s->end; i++) {
        while (s->p < s->end && *s->p != ':') s->p++;
        tv[i]->bounds = cc_alloc(k->c, 8 * sizeof(cc_Type *));
        while (s->p < s->end && *s->p == ':') {
            s->p++;
            if (s->p < s->end && *s->p != ':' && *s->p != '>' && tv[i]->nbounds < 8) tv[i]->bounds[tv[i]->nbounds++] = sig_type(s);
        }
        if (!tv[i]->nbounds) tv[i]->bounds[tv[i]->nbounds++] = k->c_object ? k->c_object->type : k->t_error;
    }
    if (s->p < s->end && *s->p == '>') s->p++;
    *out = tv;
    *nout = n;
}

/* the class line of a library class's signature: type parameters and generic supertypes */
void cc_lib_apply_class_sig(cc_Check *k, cc_Sym *cls) {
    const char *sig = lib_signature(k, cls);
    if (!sig) return;
    const char *nl = strchr(sig, '\n');
    SigP s = {k, sig, nl ? nl : sig + strlen(sig), NULL, 0, NULL, 0, 0};
    if (s.p == s.end) return;
    cc_Sym **tps = NULL;
    int ntp = 0;
    sig_tparams(&s, cls, &tps, &ntp, 0);
    cc_Type *sup = s.p < s.end ? sig_type(&s) : NULL;
    cc_Type *ifs[64];
    int nif = 0;
    while (s.p < s.end && !s.bad && nif < 64) ifs[nif++] = sig_type(&s);
    if (s.bad) return;
    cls->tparams = tps;
    cls->ntparams = ntp;
    if (ntp) {
        cc_Type *t = sig_mk(k, TY_CLASS);
        t->sym = cls;
        t->args = cc_alloc(k->c, (size_t)ntp * sizeof *t->args);
        for (int i = 0; i < ntp; i++) t->args[i] = tps[i]->type;
        t->nargs = ntp;
        cls->type = t;
    }
    if (!cls->is_iface && sup && sup->kind == TY_CLASS) cls->super = sup;
    if (nif) {
        cls->ifaces = cc_alloc(k->c, (size_t)nif * sizeof *cls->ifaces);
        cls->nifaces = 0;
        for (int i = 0; i < nif; i++)
            if (ifs[i]->kind == TY_CLASS) cls->ifaces[cls->nifaces++] = ifs[i];
    }
}

/* the member lines: generic member types and varargs */
void cc_lib_apply_member_sigs(cc_Check *k, cc_Sym *cls) {
    const char *sig = lib_signature(k, cls);
    if (!sig) return;
    const char *line = strchr(sig, '\n');
    while (line) {
        line++;
        const char *end = strchr(line, '\n');
        if (!end) end = line + strlen(line);
        const char *sp1 = memchr(line, ' ', (size_t)(end - line));
        const char *sp2 = sp1 ? memchr(sp1 + 1, ' ', (size_t)(end - sp1 - 1)) : NULL;
        if (sp1 && sp2) {
            const char *name = cc_intern(k->c, line, (size_t)(sp1 - line));
            const char *desc = cc_intern(k->c, sp1 + 1, (size_t)(sp2 - sp1 - 1));
            const char *gs = sp2 + 1;
            const char *ge = memchr(gs, ' ', (size_t)(end - gs));
            int va = ge && ge + 2 <= end && ge[1] == 'V';
            if (!ge) ge = end;
            cc_Sym *m = NULL;
            for (int i = 0; i < cls->nmembers; i++)
                if (cls->members[i]->name == name && cls->members[i]->desc == desc) m = cls->members[i];
            if (m) {
                if (va) m->flags |= CC_SF_VARARGS;
                if (!(ge - gs == 1 && *gs == '-')) {
                    SigP s = {k, gs, ge, cls->tparams, cls->ntparams, NULL, 0, 0};
                    if (m->kind == SYM_FIELD) {
                        cc_Type *t = sig_type(&s);
                        if (!s.bad) m->type = t;
                    } else if (m->kind == SYM_METHOD) {
                        cc_Sym **mtp = NULL;
                        int nmtp = 0;
                        sig_tparams(&s, m, &mtp, &nmtp, 1);
                        cc_Type *pts[256];
                        int np = 0;
                        if (s.p < s.end && *s.p == '(') {
                            s.p++;
                            while (s.p < s.end && *s.p != ')' && np < 256 && !s.bad) pts[np++] = sig_type(&s);
                            if (s.p < s.end) s.p++;
                        } else {
                            s.bad = 1;
                        }
                        cc_Type *rt = sig_type(&s);
                        cc_Type *thr[64];
                        int nt = 0;
                        while (s.p < s.end && *s.p == '^' && nt < 64) {
                            s.p++;
                            thr[nt++] = sig_type(&s);
                        }
                        if (!s.bad && np == m->nparams) {
                            m->tparams = mtp;
                            m->ntparams = nmtp;
                            for (int i = 0; i < np; i++) m->ptypes[i] = pts[i];
                            m->type = rt;
                            if (nt) {
                                m->throws = cc_alloc(k->c, (size_t)nt * sizeof *m->throws);
                                memcpy(m->throws, thr, (size_t)nt * sizeof *thr);
                                m->nthrows = nt;
                            }
                        }
                    }
                }
            }
        }
        line = *end ? end : NULL;
    }
}
