/* flow.c: javac's Flow for one class, after attribution: three passes, in javac's order
 * (so errors come out in javac's order too):
 *
 *   alive     reachability (JLS 14.22): "unreachable statement", "missing return
 *             statement", "initializer must be able to complete normally"
 *   assign    definite (un)assignment (JLS 16) of locals and blank final fields, with
 *             javac's bit sets: inits/uninits, when-true/when-false sets for conditions,
 *             pending exits for break/continue/return, a second speculative pass over
 *             loops for "might be assigned in loop"
 *   except    checked exceptions: "unreported exception X; must be caught or declared to
 *             be thrown", "exception X is never thrown in body of corresponding try
 *             statement", "exception X has already been caught", precise rethrow
 *
 * Member classes are separate entries of javac's attribution queue: cc_flow_class does one class without
 * its member classes; the driver calls it for each.
 */
#include "ccsym.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cc_for_children(cc_Node *n, void (*fn)(void *, cc_Node *), void *ctx);
static int trackable_decl_field(cc_Node *m);

enum { DEAD, ALIVE, RECOVERY };

typedef struct Exit {
    cc_Node *tree;      /* BREAK, CONTINUE, RETURN; or the throwing node */
    cc_Node *target;    /* BREAK/CONTINUE: the statement */
    uint64_t *inits, *uninits;
    cc_Type *thrown;    /* except pass: the exception */
    struct Exit *next;
} Exit;

typedef struct {
    Exit *head, *tail;
} ExitList;

typedef struct F {
    cc_Check *k;
    cc_Sym *cls;
    cc_Node *cdecl;
    /* alive */
    int alive;
    ExitList pending;
    /* assign */
    int nw;             /* words per bit set */
    uint64_t *inits, *uninits, *uninits_try;
    uint64_t *inits_t, *inits_f, *uninits_t, *uninits_f;
    int cond_mode;      /* inits/uninits are "reset": the when-true/false sets hold */
    cc_Sym **vars;
    int nvars_cap;
    int firstadr, nextadr, returnadr;
    int speculative;    /* second pass over a loop */
    int initial_ctor;
    int loop_errors;
    /* except */
    cc_Type **thrown;
    int nthrown, thrown_cap;
    cc_Type **caught;
    int ncaught;
    cc_Map rethrow;     /* catch parameter -> Exit list of its precise rethrow types */
    /* arena for bit sets */
    char *arena;
    size_t arena_n, arena_cap;
    char **old_arenas;
    int nold;
} F;

static void ferr(F *f, cc_Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void ferr(F *f, cc_Pos pos, const char *fmt, ...) {
    cc_Compiler *c = f->k->c;
    if (pos.file >= 0)
        for (int i = 0; i < c->ndiags; i++)
            if (c->diags[i].severity == CC_ERROR && c->diags[i].pos.file == pos.file && c->diags[i].pos.off == pos.off)
                return;
    va_list ap;
    va_start(ap, fmt);
    cc_verror(c, CC_ERROR, pos, fmt, ap);
    va_end(ap);
}

static void *falloc(F *f, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (f->arena_n + n > f->arena_cap) {
        if (f->arena) {
            f->old_arenas = realloc(f->old_arenas, (size_t)(f->nold + 1) * sizeof *f->old_arenas);
            f->old_arenas[f->nold++] = f->arena;
        }
        f->arena_cap = n > 65536 ? n : 65536;
        f->arena = malloc(f->arena_cap);
        if (!f->arena) {
            fprintf(stderr, "oakc: out of memory\n");
            exit(1);
        }
        f->arena_n = 0;
    }
    void *p = f->arena + f->arena_n;
    f->arena_n += n;
    memset(p, 0, n);
    return p;
}

static void exit_add(ExitList *l, Exit *e) {
    e->next = NULL;
    if (l->tail) l->tail->next = e;
    else l->head = e;
    l->tail = e;
}

static void exits_append(ExitList *to, ExitList *from) {
    if (!from->head) return;
    if (to->tail) to->tail->next = from->head;
    else to->head = from->head;
    to->tail = from->tail;
    from->head = from->tail = NULL;
}

static cc_Node *strip(cc_Node *n) {
    while (n && n->kind == CC_N_PAREN) n = n->paren.expr;
    return n;
}

static const cc_Const *cond_const(cc_Node *n) {
    const cc_Const *c = cc_const_of(n);
    return c && c->kind == TY_BOOLEAN ? c : NULL;
}
static int is_true(cc_Node *n) {
    const cc_Const *c = cond_const(n);
    return c && c->i;
}
static int is_false(cc_Node *n) {
    const cc_Const *c = cond_const(n);
    return c && !c->i;
}

static cc_Pos end_pos(cc_Node *block) {
    if (block && block->kind == CC_N_BLOCK && block->block.end.file >= 0) return block->block.end;
    return block ? block->pos : (cc_Pos){-1, 0, 0, 0};
}

/* javac's tree position of a statement (where "unreachable statement" points) */
static cc_Pos stmt_pos(cc_Check *k, cc_Node *s) {
    (void)k;
    if (s->kind == CC_N_EXPR_STMT) return cc_node_start(s->expr_stmt.expr);
    return s->pos;
}

/* ================================================================== */
/* alive                                                               */
/* ================================================================== */

static void alive_stat(F *f, cc_Node *s);

static void alive_stats(F *f, cc_List *l) {
    for (int i = 0; i < l->n; i++) alive_stat(f, l->items[i]);
}

static int resolve_jumps(F *f, cc_Node *tree, ExitList *old, cc_NodeKind kind) {
    int resolved = 0;
    Exit *e = f->pending.head;
    f->pending = *old;
    while (e) {
        Exit *nx = e->next;
        if (e->tree->kind == kind && e->target == tree) resolved = 1;
        else exit_add(&f->pending, e);
        e = nx;
    }
    return resolved;
}

static int resolve_continues(F *f, cc_Node *tree) {
    ExitList empty = {0};
    return resolve_jumps(f, tree, &empty, CC_N_CONTINUE);
}

static int resolve_breaks(F *f, cc_Node *tree, ExitList *old) { return resolve_jumps(f, tree, old, CC_N_BREAK); }

static void record_exit(F *f, cc_Node *tree) {
    Exit *e = falloc(f, sizeof *e);
    e->tree = tree;
    cc_Info *in = cc_info_get(f->k, tree);
    e->target = in ? in->target : NULL;
    exit_add(&f->pending, e);
    f->alive = DEAD;
}

static int or_alive(int a, int b) {
    if (a == ALIVE || b == ALIVE) return ALIVE;
    if (a == RECOVERY || b == RECOVERY) return RECOVERY;
    return DEAD;
}

static void alive_stat(F *f, cc_Node *s) {
    if (!s) return;
    if (f->alive == DEAD) {
        ferr(f, stmt_pos(f->k, s), "unreachable statement");
        if (s->kind != CC_N_EMPTY) f->alive = RECOVERY;
    }
    switch (s->kind) {
    case CC_N_BLOCK: alive_stats(f, &s->block.stmts); break;
    case CC_N_DO: {
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        alive_stat(f, s->while_.body);
        if (resolve_continues(f, s)) f->alive = or_alive(f->alive, ALIVE);
        if (is_true(s->while_.cond)) f->alive = DEAD;
        if (resolve_breaks(f, s, &prev)) f->alive = or_alive(f->alive, ALIVE);
        break;
    }
    case CC_N_WHILE: {
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        f->alive = is_false(s->while_.cond) ? DEAD : ALIVE;
        alive_stat(f, s->while_.body);
        resolve_continues(f, s);
        int brk = resolve_breaks(f, s, &prev);
        f->alive = (brk || !is_true(s->while_.cond)) ? ALIVE : DEAD;
        break;
    }
    case CC_N_FOR: {
        ExitList prev = f->pending;
        alive_stats(f, &s->for_.init);
        f->pending = (ExitList){0};
        if (s->for_.cond) f->alive = is_false(s->for_.cond) ? DEAD : ALIVE;
        else f->alive = ALIVE;
        alive_stat(f, s->for_.body);
        resolve_continues(f, s);
        int brk = resolve_breaks(f, s, &prev);
        f->alive = (brk || (s->for_.cond && !is_true(s->for_.cond))) ? ALIVE : DEAD;
        break;
    }
    case CC_N_FOREACH: {
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        alive_stat(f, s->foreach.body);
        resolve_continues(f, s);
        resolve_breaks(f, s, &prev);
        f->alive = ALIVE;
        break;
    }
    case CC_N_LABELED: {
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        alive_stat(f, s->labeled.body);
        if (resolve_breaks(f, s, &prev)) f->alive = or_alive(f->alive, ALIVE);
        break;
    }
    case CC_N_SWITCH: {
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        int has_default = 0;
        for (int i = 0; i < s->switch_.cases.n; i++) {
            cc_Node *c = s->switch_.cases.items[i];
            f->alive = ALIVE;
            if (c->case_.is_default) has_default = 1;
            alive_stats(f, &c->case_.body);
        }
        if (!has_default) f->alive = ALIVE;
        if (resolve_breaks(f, s, &prev)) f->alive = or_alive(f->alive, ALIVE);
        break;
    }
    case CC_N_TRY: {
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        alive_stat(f, s->try_.body);
        int end = f->alive;
        for (int i = 0; i < s->try_.catches.n; i++) {
            cc_Node *c = s->try_.catches.items[i];
            f->alive = ALIVE;
            alive_stat(f, c->catch_.body);
            end = or_alive(end, f->alive);
        }
        if (s->try_.finally_) {
            ExitList exits = f->pending;
            f->pending = prev;
            f->alive = ALIVE;
            alive_stat(f, s->try_.finally_);
            cc_info(f->k, s)->flags = f->alive != DEAD ? 1 : 0; /* finally can complete normally */
            if (f->alive != DEAD) {
                exits_append(&f->pending, &exits);
                f->alive = end;
            }
        } else {
            f->alive = end;
            ExitList exits = f->pending;
            f->pending = prev;
            exits_append(&f->pending, &exits);
        }
        break;
    }
    case CC_N_IF: {
        alive_stat(f, s->if_.then);
        if (s->if_.els) {
            int after_then = f->alive;
            f->alive = ALIVE;
            alive_stat(f, s->if_.els);
            f->alive = or_alive(f->alive, after_then);
        } else {
            f->alive = ALIVE;
        }
        break;
    }
    case CC_N_BREAK:
    case CC_N_CONTINUE:
    case CC_N_RETURN: record_exit(f, s); break;
    case CC_N_THROW: f->alive = DEAD; break;
    default: break;
    }
}

static int is_initial_ctor(cc_Node *m) {
    if (!m->method.is_ctor || !m->method.body) return 0;
    cc_List *st = &m->method.body->block.stmts;
    if (!st->n) return 1;
    cc_Node *s0 = st->items[0];
    return !(s0->kind == CC_N_EXPR_STMT && s0->expr_stmt.expr->kind == CC_N_CTOR_CALL && !s0->expr_stmt.expr->ctor_call.is_super);
}

static int member_static(cc_Node *m) {
    if (m->kind == CC_N_FIELD) return m->sym && cc_is_static(m->sym);
    if (m->kind == CC_N_INITIALIZER) return m->init.is_static;
    return 0;
}

static void alive_class(F *f, cc_Node *cd) {
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < cd->cls.members.n; i++) {
            cc_Node *m = cd->cls.members.items[i];
            if (m->kind != CC_N_FIELD && m->kind != CC_N_INITIALIZER) continue;
            if (member_static(m) != (pass == 0)) continue;
            if (m->kind == CC_N_INITIALIZER) {
                f->alive = ALIVE;
                alive_stat(f, m->init.body);
                if (f->alive == DEAD) ferr(f, m->init.body->pos, "initializer must be able to complete normally");
            }
            f->pending = (ExitList){0};
        }
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind != CC_N_METHOD || !m->method.body || !m->sym) continue;
        f->alive = ALIVE;
        alive_stat(f, m->method.body);
        if (f->alive == ALIVE && m->sym->type->kind != TY_VOID && !m->method.is_ctor)
            ferr(f, end_pos(m->method.body), "missing return statement");
        f->pending = (ExitList){0};
    }
}

/* ================================================================== */
/* assign                                                              */
/* ================================================================== */

#define BW(f) ((size_t)(f)->nw * sizeof(uint64_t))

static uint64_t *bnew(F *f) { return falloc(f, BW(f)); }
static uint64_t *bdup(F *f, const uint64_t *b) {
    uint64_t *r = bnew(f);
    memcpy(r, b, BW(f));
    return r;
}
static void bassign(F *f, uint64_t *d, const uint64_t *s) { memcpy(d, s, BW(f)); }
static void band(F *f, uint64_t *d, const uint64_t *s) {
    for (int i = 0; i < f->nw; i++) d[i] &= s[i];
}
static void bor(F *f, uint64_t *d, const uint64_t *s) {
    for (int i = 0; i < f->nw; i++) d[i] |= s[i];
}
static int bhas(const uint64_t *b, int i) { return i >= 0 && (b[i >> 6] >> (i & 63)) & 1; }
static void bincl(uint64_t *b, int i) {
    if (i >= 0) b[i >> 6] |= 1ull << (i & 63);
}
static void bexcl(uint64_t *b, int i) {
    if (i >= 0) b[i >> 6] &= ~(1ull << (i & 63));
}
static void bincl_range(F *f, uint64_t *b, int from, int to) {
    for (int i = from; i < to && i < f->nw * 64; i++) bincl(b, i);
}
static void bexclude_from(F *f, uint64_t *b, int from) {
    for (int i = from; i < f->nw * 64; i++) bexcl(b, i);
}
/* is there a bit set in a & ~b at or after from? */
static int bdiff_any(F *f, const uint64_t *a, const uint64_t *b, int from) {
    for (int i = from; i < f->nw * 64; i++)
        if (bhas(a, i) && !bhas(b, i)) return 1;
    return 0;
}

static void merge(F *f) {
    bassign(f, f->inits, f->inits_f);
    band(f, f->inits, f->inits_t);
    bassign(f, f->uninits, f->uninits_f);
    band(f, f->uninits, f->uninits_t);
    f->cond_mode = 0;
}

static void split(F *f) {
    bassign(f, f->inits_f, f->inits);
    bassign(f, f->uninits_f, f->uninits);
    bassign(f, f->inits_t, f->inits);
    bassign(f, f->uninits_t, f->uninits);
    f->cond_mode = 1;
}

static void mark_dead(F *f) {
    if (!f->initial_ctor) {
        bincl_range(f, f->inits, f->returnadr, f->nextadr);
    } else {
        for (int a = f->returnadr; a < f->nextadr; a++) {
            cc_Sym *s = f->vars[a];
            if (!(s->kind == SYM_FIELD && cc_is_static(s))) bincl(f->inits, a);
        }
    }
    bincl_range(f, f->uninits, f->returnadr, f->nextadr);
}

static int trackable(F *f, cc_Sym *s) {
    if (!s || s->var_index < 0 || s->var_index >= f->nextadr || f->vars[s->var_index] != s) return 0;
    if (s->kind == SYM_LOCAL) return 1;
    return s->kind == SYM_FIELD && (s->flags & LD_ACC_FINAL) && !(s->flags & CC_SF_HASINIT) && s->owner == f->cls;
}

static void new_var(F *f, cc_Sym *s) {
    if (f->nextadr >= f->nvars_cap) return; /* cannot happen: counted beforehand */
    s->var_index = f->nextadr;
    f->vars[f->nextadr] = s;
    bexcl(f->inits, f->nextadr);
    bincl(f->uninits, f->nextadr);
    f->nextadr++;
}

static void uninit(F *f, cc_Sym *s) {
    if (!bhas(f->inits, s->var_index)) {
        bexcl(f->uninits, s->var_index);
        bexcl(f->uninits_try, s->var_index);
    } else {
        bexcl(f->uninits, s->var_index);
    }
}

static void let_init_sym(F *f, cc_Pos pos, cc_Sym *s) {
    if (s->var_index >= f->firstadr && trackable(f, s)) {
        if (s->kind == SYM_LOCAL && !(s->flags & LD_ACC_FINAL)) {
            if (!bhas(f->uninits, s->var_index)) s->flags &= ~CC_SF_EFFINAL;
            else uninit(f, s);
        } else if (s->flags & LD_ACC_FINAL) {
            if (s->flags & (CC_SF_PARAM | CC_SF_CATCHP)) {
                if ((s->flags & CC_SF_CATCHP) && s->decl && s->decl->var.vtype && s->decl->var.vtype->kind == CC_N_UNION_TYPE)
                    ferr(f, pos, "multi-catch parameter %s may not be assigned", s->name);
                else
                    ferr(f, pos, "final parameter %s may not be assigned", s->name);
            } else if (!bhas(f->uninits, s->var_index)) {
                ferr(f, pos, f->speculative ? "variable %s might be assigned in loop" : "variable %s might already have been assigned",
                     s->name);
            } else {
                uninit(f, s);
            }
        }
        bincl(f->inits, s->var_index);
    } else if (s->flags & LD_ACC_FINAL) {
        ferr(f, pos, "variable %s might already have been assigned", s->name);
    }
}

static void let_init(F *f, cc_Node *t) {
    t = strip(t);
    if ((t->kind == CC_N_NAME || t->kind == CC_N_SELECT) && t->sym &&
        (t->sym->kind == SYM_LOCAL || t->sym->kind == SYM_FIELD))
        let_init_sym(f, t->pos, t->sym);
}

static void check_init_msg(F *f, cc_Pos pos, cc_Sym *s, const char *fmt) {
    if ((s->var_index >= f->firstadr || s->kind == SYM_LOCAL) && trackable(f, s) && !bhas(f->inits, s->var_index)) {
        ferr(f, pos, fmt, s->name);
        bincl(f->inits, s->var_index);
    }
}

static void check_init(F *f, cc_Pos pos, cc_Sym *s) { check_init_msg(f, pos, s, "variable %s might not have been initialized"); }

static void a_expr(F *f, cc_Node *n);
static void a_cond(F *f, cc_Node *n);
static void a_stat(F *f, cc_Node *s);

static void scan_expr(F *f, cc_Node *n) {
    if (!n) return;
    a_expr(f, n);
    if (f->cond_mode) merge(f);
}

static void a_cond(F *f, cc_Node *n) {
    if (is_false(n)) {
        if (f->cond_mode) merge(f);
        bassign(f, f->inits_t, f->inits);
        bincl_range(f, f->inits_t, f->firstadr, f->nextadr);
        bassign(f, f->uninits_t, f->uninits);
        bincl_range(f, f->uninits_t, f->firstadr, f->nextadr);
        bassign(f, f->inits_f, f->inits);
        bassign(f, f->uninits_f, f->uninits);
    } else if (is_true(n)) {
        if (f->cond_mode) merge(f);
        bassign(f, f->inits_f, f->inits);
        bincl_range(f, f->inits_f, f->firstadr, f->nextadr);
        bassign(f, f->uninits_f, f->uninits);
        bincl_range(f, f->uninits_f, f->firstadr, f->nextadr);
        bassign(f, f->inits_t, f->inits);
        bassign(f, f->uninits_t, f->uninits);
    } else {
        a_expr(f, n);
        if (!f->cond_mode) split(f);
    }
    f->cond_mode = 1;
}

static void a_list_expr(F *f, cc_List *l) {
    for (int i = 0; i < l->n; i++) scan_expr(f, l->items[i]);
}

static void a_expr(F *f, cc_Node *n) {
    if (!n) return;
    switch (n->kind) {
    case CC_N_PAREN: a_expr(f, n->paren.expr); break;
    case CC_N_NAME:
        if (n->sym && (n->sym->kind == SYM_LOCAL || n->sym->kind == SYM_FIELD)) check_init(f, n->pos, n->sym);
        break;
    case CC_N_SELECT:
        scan_expr(f, n->select.target);
        if (strip(n->select.target)->kind == CC_N_THIS && n->sym && n->sym->kind == SYM_FIELD) check_init(f, n->pos, n->sym);
        break;
    case CC_N_ASSIGN: {
        cc_Node *l = strip(n->binary.left);
        if (n->binary.op == CC_OP_ASSIGN) {
            int ident = l->kind == CC_N_NAME ||
                        (l->kind == CC_N_SELECT && strip(l->select.target)->kind == CC_N_THIS);
            if (!ident) scan_expr(f, n->binary.left);
            scan_expr(f, n->binary.right);
        } else {
            scan_expr(f, n->binary.left);
            scan_expr(f, n->binary.right);
        }
        let_init(f, n->binary.left);
        break;
    }
    case CC_N_UNARY:
        switch (n->unary.op) {
        case CC_OP_NOT: {
            a_cond(f, n->unary.operand);
            uint64_t *t = f->inits_f;
            f->inits_f = f->inits_t;
            f->inits_t = t;
            t = f->uninits_f;
            f->uninits_f = f->uninits_t;
            f->uninits_t = t;
            break;
        }
        case CC_OP_PREINC:
        case CC_OP_PREDEC:
        case CC_OP_POSTINC:
        case CC_OP_POSTDEC:
            scan_expr(f, n->unary.operand);
            let_init(f, n->unary.operand);
            break;
        default: scan_expr(f, n->unary.operand); break;
        }
        break;
    case CC_N_BINARY:
        if (n->binary.op == CC_OP_AND) {
            a_cond(f, n->binary.left);
            uint64_t *ifl = bdup(f, f->inits_f), *ufl = bdup(f, f->uninits_f);
            bassign(f, f->inits, f->inits_t);
            bassign(f, f->uninits, f->uninits_t);
            f->cond_mode = 0;
            a_cond(f, n->binary.right);
            band(f, f->inits_f, ifl);
            band(f, f->uninits_f, ufl);
        } else if (n->binary.op == CC_OP_OR) {
            a_cond(f, n->binary.left);
            uint64_t *itl = bdup(f, f->inits_t), *utl = bdup(f, f->uninits_t);
            bassign(f, f->inits, f->inits_f);
            bassign(f, f->uninits, f->uninits_f);
            f->cond_mode = 0;
            a_cond(f, n->binary.right);
            band(f, f->inits_t, itl);
            band(f, f->uninits_t, utl);
        } else {
            scan_expr(f, n->binary.left);
            scan_expr(f, n->binary.right);
        }
        break;
    case CC_N_COND: {
        a_cond(f, n->cond.cond);
        uint64_t *ibe = bdup(f, f->inits_f), *ube = bdup(f, f->uninits_f);
        bassign(f, f->inits, f->inits_t);
        bassign(f, f->uninits, f->uninits_t);
        f->cond_mode = 0;
        int boolean = n->cond.then->ty && n->cond.then->ty->kind == TY_BOOLEAN && n->cond.els->ty &&
                      n->cond.els->ty->kind == TY_BOOLEAN;
        if (boolean) {
            a_cond(f, n->cond.then);
            uint64_t *att = bdup(f, f->inits_t), *atf = bdup(f, f->inits_f);
            uint64_t *utt = bdup(f, f->uninits_t), *utf = bdup(f, f->uninits_f);
            bassign(f, f->inits, ibe);
            bassign(f, f->uninits, ube);
            f->cond_mode = 0;
            a_cond(f, n->cond.els);
            band(f, f->inits_t, att);
            band(f, f->inits_f, atf);
            band(f, f->uninits_t, utt);
            band(f, f->uninits_f, utf);
        } else {
            scan_expr(f, n->cond.then);
            uint64_t *iat = bdup(f, f->inits), *uat = bdup(f, f->uninits);
            bassign(f, f->inits, ibe);
            bassign(f, f->uninits, ube);
            scan_expr(f, n->cond.els);
            band(f, f->inits, iat);
            band(f, f->uninits, uat);
        }
        break;
    }
    case CC_N_CALL: scan_expr(f, n->call.target); a_list_expr(f, &n->call.args); break;
    case CC_N_NEW: a_list_expr(f, &n->new_.args); break;
    case CC_N_CTOR_CALL: a_list_expr(f, &n->ctor_call.args); break;
    case CC_N_NEW_ARRAY:
        a_list_expr(f, &n->new_array.dims);
        if (n->new_array.init) a_expr(f, n->new_array.init);
        break;
    case CC_N_ARRAY_INIT: a_list_expr(f, &n->array_init.elems); break;
    case CC_N_INDEX: scan_expr(f, n->index.array); scan_expr(f, n->index.index); break;
    case CC_N_CAST: scan_expr(f, n->cast.expr); break;
    case CC_N_INSTANCEOF: scan_expr(f, n->inst.expr); break;
    default: break;
    }
}

static void resolve_jumps_assign(F *f, cc_Node *tree, ExitList *old, cc_NodeKind kind, int *resolved) {
    Exit *e = f->pending.head;
    f->pending = *old;
    while (e) {
        Exit *nx = e->next;
        if (e->tree->kind == kind && e->target == tree) {
            band(f, f->inits, e->inits);
            band(f, f->uninits, e->uninits);
            if (resolved) *resolved = 1;
        } else {
            exit_add(&f->pending, e);
        }
        e = nx;
    }
}

static void a_continues(F *f, cc_Node *tree) {
    ExitList empty = {0};
    resolve_jumps_assign(f, tree, &empty, CC_N_CONTINUE, NULL);
}
static void a_breaks(F *f, cc_Node *tree, ExitList *old) { resolve_jumps_assign(f, tree, old, CC_N_BREAK, NULL); }

static void a_record_exit(F *f, cc_Node *tree) {
    Exit *e = falloc(f, sizeof *e);
    e->tree = tree;
    cc_Info *in = cc_info_get(f->k, tree);
    e->target = in ? in->target : NULL;
    e->inits = bdup(f, f->inits);
    e->uninits = bdup(f, f->uninits);
    exit_add(&f->pending, e);
    mark_dead(f);
}

static void a_stats(F *f, cc_List *l) {
    for (int i = 0; i < l->n; i++) a_stat(f, l->items[i]);
}

static void a_local(F *f, cc_Node *d) {
    cc_Sym *s = d->sym;
    if (!s) return;
    new_var(f, s);
    if (d->var.init) {
        scan_expr(f, d->var.init);
        let_init_sym(f, d->pos, s);
    }
}

static void a_loop_body_and_check(F *f, cc_Node *s);

static void a_stat(F *f, cc_Node *s) {
    if (!s) return;
    switch (s->kind) {
    case CC_N_BLOCK: {
        int nprev = f->nextadr;
        a_stats(f, &s->block.stmts);
        f->nextadr = nprev;
        break;
    }
    case CC_N_LOCAL: a_local(f, s); break;
    case CC_N_EXPR_STMT: scan_expr(f, s->expr_stmt.expr); break;
    case CC_N_IF: {
        a_cond(f, s->if_.cond);
        uint64_t *ibe = bdup(f, f->inits_f), *ube = bdup(f, f->uninits_f);
        bassign(f, f->inits, f->inits_t);
        bassign(f, f->uninits, f->uninits_t);
        f->cond_mode = 0;
        a_stat(f, s->if_.then);
        if (s->if_.els) {
            uint64_t *iat = bdup(f, f->inits), *uat = bdup(f, f->uninits);
            bassign(f, f->inits, ibe);
            bassign(f, f->uninits, ube);
            a_stat(f, s->if_.els);
            band(f, f->inits, iat);
            band(f, f->uninits, uat);
        } else {
            band(f, f->inits, ibe);
            band(f, f->uninits, ube);
        }
        break;
    }
    case CC_N_WHILE:
    case CC_N_DO:
    case CC_N_FOR:
    case CC_N_FOREACH: a_loop_body_and_check(f, s); break;
    case CC_N_LABELED: {
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        a_stat(f, s->labeled.body);
        a_breaks(f, s, &prev);
        break;
    }
    case CC_N_SWITCH: {
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        int nprev = f->nextadr;
        scan_expr(f, s->switch_.selector);
        uint64_t *isw = bdup(f, f->inits), *usw = bdup(f, f->uninits);
        int has_default = 0;
        for (int i = 0; i < s->switch_.cases.n; i++) {
            cc_Node *c = s->switch_.cases.items[i];
            bassign(f, f->inits, isw);
            band(f, f->uninits, usw);
            if (c->case_.is_default) has_default = 1;
            a_stats(f, &c->case_.body);
            for (int j = 0; j < c->case_.body.n; j++) {
                cc_Node *st = c->case_.body.items[j];
                if (st->kind == CC_N_LOCAL && st->sym) {
                    bexcl(isw, st->sym->var_index);
                    bincl(usw, st->sym->var_index);
                }
            }
        }
        if (!has_default) {
            bassign(f, f->inits, isw);
            band(f, f->uninits, usw);
        }
        a_breaks(f, s, &prev);
        f->nextadr = nprev;
        break;
    }
    case CC_N_TRY: {
        uint64_t *uninits_try_prev = bdup(f, f->uninits_try);
        ExitList prev = f->pending;
        f->pending = (ExitList){0};
        uint64_t *inits_try = bdup(f, f->inits);
        bassign(f, f->uninits_try, f->uninits);
        a_stat(f, s->try_.body);
        band(f, f->uninits_try, f->uninits);
        uint64_t *inits_end = bdup(f, f->inits), *uninits_end = bdup(f, f->uninits);
        int nextadr_catch = f->nextadr;
        uint64_t *icp = bdup(f, inits_try), *ucp = bdup(f, f->uninits_try);
        for (int i = 0; i < s->try_.catches.n; i++) {
            cc_Node *c = s->try_.catches.items[i];
            bassign(f, f->inits, icp);
            bassign(f, f->uninits, ucp);
            cc_Sym *p = c->catch_.param->sym;
            if (p) {
                new_var(f, p);
                bincl(f->inits, p->var_index);
                bexcl(f->uninits, p->var_index);
            }
            a_stat(f, c->catch_.body);
            band(f, inits_end, f->inits);
            band(f, uninits_end, f->uninits);
            f->nextadr = nextadr_catch;
        }
        if (s->try_.finally_) {
            bassign(f, f->inits, inits_try);
            bassign(f, f->uninits, f->uninits_try);
            ExitList exits = f->pending;
            f->pending = prev;
            a_stat(f, s->try_.finally_);
            cc_Info *in = cc_info_get(f->k, s);
            int fin_ok = in ? (in->flags & 1) : 1;
            if (fin_ok) {
                band(f, f->uninits, uninits_end);
                for (Exit *e = exits.head; e; e = e->next) {
                    if (e->inits) {
                        bor(f, e->inits, f->inits);
                        band(f, e->uninits, f->uninits);
                    }
                }
                exits_append(&f->pending, &exits);
                bor(f, f->inits, inits_end);
            }
        } else {
            bassign(f, f->inits, inits_end);
            bassign(f, f->uninits, uninits_end);
            ExitList exits = f->pending;
            f->pending = prev;
            exits_append(&f->pending, &exits);
        }
        band(f, f->uninits_try, uninits_try_prev);
        band(f, f->uninits_try, f->uninits);
        break;
    }
    case CC_N_BREAK:
    case CC_N_CONTINUE: a_record_exit(f, s); break;
    case CC_N_RETURN:
        scan_expr(f, s->ret.expr);
        a_record_exit(f, s);
        break;
    case CC_N_THROW:
        scan_expr(f, s->ret.expr);
        mark_dead(f);
        break;
    case CC_N_ASSERT: {
        uint64_t *ie = bdup(f, f->inits), *ue = bdup(f, f->uninits);
        a_cond(f, s->assert_.cond);
        band(f, ue, f->uninits_t);
        if (s->assert_.msg) {
            bassign(f, f->inits, f->inits_f);
            bassign(f, f->uninits, f->uninits_f);
            f->cond_mode = 0;
            scan_expr(f, s->assert_.msg);
        }
        f->cond_mode = 0;
        bassign(f, f->inits, ie);
        bassign(f, f->uninits, ue);
        break;
    }
    default: break;
    }
}

static void a_loop_body_and_check(F *f, cc_Node *s) {
    ExitList prev = f->pending;
    int prev_spec = f->speculative;
    f->speculative = 0;
    uint64_t *iskip = bnew(f), *uskip = bnew(f);
    int nprev = f->nextadr;
    int errs = cc_error_count(f->k->c);
    if (s->kind == CC_N_WHILE) {
        f->pending = (ExitList){0};
        uint64_t *uentry = bdup(f, f->uninits);
        bexclude_from(f, uentry, f->nextadr);
        for (;;) {
            a_cond(f, s->while_.cond);
            if (!f->speculative) {
                bassign(f, iskip, f->inits_f);
                bassign(f, uskip, f->uninits_f);
            }
            bassign(f, f->inits, f->inits_t);
            bassign(f, f->uninits, f->uninits_t);
            f->cond_mode = 0;
            a_stat(f, s->while_.body);
            a_continues(f, s);
            if (cc_error_count(f->k->c) != errs || f->speculative || !bdiff_any(f, uentry, f->uninits, f->firstadr)) break;
            band(f, uentry, f->uninits);
            bassign(f, f->uninits, uentry);
            f->speculative = 1;
        }
    } else if (s->kind == CC_N_DO) {
        f->pending = (ExitList){0};
        for (;;) {
            uint64_t *uentry = bdup(f, f->uninits);
            bexclude_from(f, uentry, f->nextadr);
            a_stat(f, s->while_.body);
            a_continues(f, s);
            a_cond(f, s->while_.cond);
            if (!f->speculative) {
                bassign(f, iskip, f->inits_f);
                bassign(f, uskip, f->uninits_f);
            }
            if (cc_error_count(f->k->c) != errs || f->speculative || !bdiff_any(f, uentry, f->uninits_t, f->firstadr)) {
                f->cond_mode = 0;
                break;
            }
            bassign(f, f->inits, f->inits_t);
            band(f, uentry, f->uninits_t);
            bassign(f, f->uninits, uentry);
            f->cond_mode = 0;
            f->speculative = 1;
        }
    } else if (s->kind == CC_N_FOR) {
        for (int i = 0; i < s->for_.init.n; i++) a_stat(f, s->for_.init.items[i]);
        f->pending = (ExitList){0};
        for (;;) {
            uint64_t *uentry = bdup(f, f->uninits);
            bexclude_from(f, uentry, f->nextadr);
            if (s->for_.cond) {
                a_cond(f, s->for_.cond);
                if (!f->speculative) {
                    bassign(f, iskip, f->inits_f);
                    bassign(f, uskip, f->uninits_f);
                }
                bassign(f, f->inits, f->inits_t);
                bassign(f, f->uninits, f->uninits_t);
                f->cond_mode = 0;
            } else if (!f->speculative) {
                bassign(f, iskip, f->inits);
                bincl_range(f, iskip, f->firstadr, f->nextadr);
                bassign(f, uskip, f->uninits);
                bincl_range(f, uskip, f->firstadr, f->nextadr);
            }
            a_stat(f, s->for_.body);
            a_continues(f, s);
            for (int i = 0; i < s->for_.update.n; i++) a_stat(f, s->for_.update.items[i]);
            if (cc_error_count(f->k->c) != errs || f->speculative || !bdiff_any(f, uentry, f->uninits, f->firstadr)) break;
            band(f, uentry, f->uninits);
            bassign(f, f->uninits, uentry);
            f->speculative = 1;
        }
    } else { /* FOREACH */
        cc_Sym *v = s->foreach.var->sym;
        if (v) new_var(f, v);
        scan_expr(f, s->foreach.expr);
        uint64_t *istart = bdup(f, f->inits), *ustart = bdup(f, f->uninits);
        if (v) let_init_sym(f, s->pos, v);
        f->pending = (ExitList){0};
        for (;;) {
            uint64_t *uentry = bdup(f, f->uninits);
            bexclude_from(f, uentry, f->nextadr);
            a_stat(f, s->foreach.body);
            a_continues(f, s);
            if (cc_error_count(f->k->c) != errs || f->speculative || !bdiff_any(f, uentry, f->uninits, f->firstadr)) break;
            band(f, uentry, f->uninits);
            bassign(f, f->uninits, uentry);
            f->speculative = 1;
        }
        bassign(f, iskip, istart);
        bassign(f, uskip, ustart);
        band(f, uskip, f->uninits);
    }
    f->speculative = prev_spec;
    bassign(f, f->inits, iskip);
    bassign(f, f->uninits, uskip);
    a_breaks(f, s, &prev);
    f->nextadr = nprev;
}

static void a_method(F *f, cc_Node *m) {
    if (!m->method.body || !m->sym) return;
    uint64_t *iprev = bdup(f, f->inits), *uprev = bdup(f, f->uninits);
    int nprev = f->nextadr, fprev = f->firstadr, rprev = f->returnadr;
    int prev_ic = f->initial_ctor;
    f->initial_ctor = is_initial_ctor(m);
    if (!f->initial_ctor) f->firstadr = f->nextadr;
    cc_Sym *ms = m->sym;
    for (int i = 0; i < ms->nparams; i++) {
        new_var(f, ms->params[i]);
        bincl(f->inits, ms->params[i]->var_index);
        bexcl(f->uninits, ms->params[i]->var_index);
    }
    a_stat(f, m->method.body);
    if (f->initial_ctor) {
        for (int i = f->firstadr; i < f->nextadr; i++) {
            cc_Sym *v = f->vars[i];
            if (v->kind == SYM_FIELD && v->owner == f->cls) check_init(f, end_pos(m->method.body), v);
        }
    }
    /* pending returns */
    for (Exit *e = f->pending.head; e; e = e->next) {
        if (f->initial_ctor && e->inits) {
            bassign(f, f->inits, e->inits);
            for (int i = f->firstadr; i < f->nextadr; i++) check_init(f, e->tree->pos, f->vars[i]);
        }
    }
    f->pending = (ExitList){0};
    bassign(f, f->inits, iprev);
    bassign(f, f->uninits, uprev);
    f->nextadr = nprev;
    f->firstadr = fprev;
    f->returnadr = rprev;
    f->initial_ctor = prev_ic;
}

static void assign_class(F *f, cc_Node *cd) {
    f->firstadr = f->nextadr;
    /* static fields, static initializers, instance fields, instance initializers */
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind == CC_N_FIELD && m->sym && cc_is_static(m->sym) && trackable_decl_field(m)) new_var(f, m->sym);
    }
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if ((m->kind == CC_N_FIELD || m->kind == CC_N_INITIALIZER) && member_static(m)) {
            if (m->kind == CC_N_FIELD) {
                if (m->var.init) {
                    scan_expr(f, m->var.init);
                    if (trackable_decl_field(m)) let_init_sym(f, m->pos, m->sym);
                }
            } else {
                a_stat(f, m->init.body);
            }
            f->pending = (ExitList){0};
        }
    }
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind == CC_N_FIELD && m->sym && !cc_is_static(m->sym) && trackable_decl_field(m)) new_var(f, m->sym);
    }
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if ((m->kind == CC_N_FIELD || m->kind == CC_N_INITIALIZER) && !member_static(m)) {
            if (m->kind == CC_N_FIELD) {
                if (m->var.init && m->sym) {
                    scan_expr(f, m->var.init);
                    if (trackable_decl_field(m)) let_init_sym(f, m->pos, m->sym);
                }
            } else {
                a_stat(f, m->init.body);
            }
            f->pending = (ExitList){0};
        }
    }
    int has_ctor = 0;
    for (int i = 0; i < cd->cls.members.n; i++)
        if (cd->cls.members.items[i]->kind == CC_N_METHOD && cd->cls.members.items[i]->method.is_ctor) has_ctor = 1;
    if (!has_ctor && !f->cls->is_iface) {
        /* the default constructor: javac reports at each field */
        for (int i = f->firstadr; i < f->nextadr; i++) {
            cc_Sym *v = f->vars[i];
            if (v->kind == SYM_FIELD && v->owner == f->cls && v->decl)
                check_init_msg(f, v->decl->pos, v, "variable %s not initialized in the default constructor");
        }
    }
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind == CC_N_METHOD) a_method(f, m);
    }
}

/* ================================================================== */
/* exceptions                                                          */
/* ================================================================== */

int cc_is_checked(cc_Check *k, cc_Type *t) {
    if (!t || t->kind == TY_ERROR || !k->c_throwable) return 0;
    if (t->kind == TY_TVAR) {
        for (int i = 0; i < t->sym->nbounds; i++)
            if (!cc_is_checked(k, t->sym->bounds[i])) return 0;
        return 1;
    }
    if (t->kind != TY_CLASS) return 0;
    if (k->c_runtime && cc_is_subclass(k, t->sym, k->c_runtime)) return 0;
    if (k->c_error && cc_is_subclass(k, t->sym, k->c_error)) return 0;
    return 1;
}

static int sub(F *f, cc_Type *a, cc_Type *b) { return cc_is_subtype(f->k, a, b); }

static int is_handled(F *f, cc_Type *exc, cc_Type **caught, int n) {
    for (int i = 0; i < n; i++)
        if (sub(f, exc, caught[i])) return 1;
    return 0;
}

typedef struct {
    cc_Type **v;
    int n, cap;
} TList;

static void tl_add(TList *l, cc_Type *t) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
    }
    l->v[l->n++] = t;
}

/* javac's chk.incl: add t unless a supertype is there; drop its subtypes */
static void tl_incl(F *f, TList *l, cc_Type *t) {
    for (int i = 0; i < l->n; i++)
        if (sub(f, t, l->v[i])) return;
    int j = 0;
    for (int i = 0; i < l->n; i++)
        if (!sub(f, l->v[i], t)) l->v[j++] = l->v[i];
    l->n = j;
    tl_add(l, t);
}

typedef struct {
    F *f;
    TList thrown;
    TList caught;
    ExitList pending;
} X;

static void x_mark(X *x, cc_Node *tree, cc_Pos pos, cc_Type *exc) {
    F *f = x->f;
    if (!cc_is_checked(f->k, exc)) return;
    if (!is_handled(f, exc, x->caught.v, x->caught.n)) {
        Exit *e = falloc(f, sizeof *e);
        e->tree = tree;
        e->thrown = exc;
        e->inits = (uint64_t *)(uintptr_t)0; /* unused */
        e->target = NULL;
        /* the position travels in a fake node-free way: remember it in the info */
        e->tree = tree;
        (void)pos;
        exit_add(&x->pending, e);
    }
    tl_incl(f, &x->thrown, exc);
}

static cc_Pos throw_pos(cc_Check *k, cc_Node *n) {
    if (n->kind == CC_N_CALL) {
        const cc_File *fl = &k->c->files[n->call.name_pos.file];
        for (uint32_t o = n->call.name_pos.off; o < fl->len; o++)
            if (fl->text[o] == '(') return cc_pos_of(k->c, n->call.name_pos.file, o);
    }
    if (n->kind == CC_N_CTOR_CALL) {
        const cc_File *fl = &k->c->files[n->pos.file];
        for (uint32_t o = n->pos.off; o < fl->len; o++)
            if (fl->text[o] == '(') return cc_pos_of(k->c, n->pos.file, o);
    }
    return n->pos;
}

static void error_uncaught(X *x) {
    F *f = x->f;
    for (Exit *e = x->pending.head; e; e = e->next) {
        if (!e->thrown) continue;
        if (e->tree == f->cdecl)
            ferr(f, e->tree->pos, "unreported exception %s in default constructor", cc_type_str(f->k, e->thrown));
        else
            ferr(f, throw_pos(f->k, e->tree), "unreported exception %s; must be caught or declared to be thrown",
                 cc_type_str(f->k, e->thrown));
    }
    x->pending = (ExitList){0};
}

static void x_node(X *x, cc_Node *n);

static void x_visit(void *ctx, cc_Node *n) { x_node(ctx, n); }

static void x_call_throws(X *x, cc_Node *n) {
    cc_Info *in = cc_info_get(x->f->k, n);
    if (!in) return;
    for (int i = 0; i < in->nthrows; i++) x_mark(x, n, n->pos, in->throws[i]);
}

static void x_resolve(X *x, cc_Node *tree, ExitList *old, cc_NodeKind kind) {
    Exit *e = x->pending.head;
    x->pending = *old;
    while (e) {
        Exit *nx = e->next;
        if (!(e->tree->kind == kind && !e->thrown && e->target == tree)) exit_add(&x->pending, e);
        e = nx;
    }
}

static void x_record(X *x, cc_Node *tree) {
    Exit *e = falloc(x->f, sizeof *e);
    e->tree = tree;
    cc_Info *in = cc_info_get(x->f->k, tree);
    e->target = in ? in->target : NULL;
    exit_add(&x->pending, e);
}

static int is_exception_or_throwable(F *f, cc_Type *t) {
    return t->kind == TY_CLASS && (t->sym == f->k->c_throwable || t->sym == f->k->c_exception);
}

/* does exc intersect (sub- or supertype of) something in l? */
static int tl_intersects(F *f, cc_Type *exc, TList *l) {
    for (int i = 0; i < l->n; i++)
        if (sub(f, exc, l->v[i]) || sub(f, l->v[i], exc)) return 1;
    return 0;
}

static void x_try(X *x, cc_Node *s) {
    F *f = x->f;
    TList caught_prev = x->caught, thrown_prev = x->thrown;
    TList caught = {0};
    for (int i = 0; i < caught_prev.n; i++) tl_add(&caught, caught_prev.v[i]);
    for (int i = 0; i < s->try_.catches.n; i++) {
        cc_Node *c = s->try_.catches.items[i];
        cc_Node *vt = c->catch_.param->var.vtype;
        if (vt->kind == CC_N_UNION_TYPE) {
            for (int a = 0; a < vt->uni.alts.n; a++)
                if (vt->uni.alts.items[a]->ty && vt->uni.alts.items[a]->ty->kind == TY_CLASS)
                    tl_incl(f, &caught, vt->uni.alts.items[a]->ty);
        } else if (vt->ty && vt->ty->kind == TY_CLASS) {
            tl_incl(f, &caught, vt->ty);
        }
    }
    x->caught = caught;
    x->thrown = (TList){0};
    ExitList prev = x->pending;
    x->pending = (ExitList){0};
    x_node(x, s->try_.body);
    TList thrown_in_try = x->thrown;
    if (f->k->c_runtime) tl_incl(f, &thrown_in_try, f->k->c_runtime->type);
    if (f->k->c_error) tl_incl(f, &thrown_in_try, f->k->c_error->type);
    x->thrown = thrown_prev;
    free(caught.v);
    x->caught = caught_prev;
    TList caught_in_try = {0};
    for (int i = 0; i < s->try_.catches.n; i++) {
        cc_Node *c = s->try_.catches.items[i];
        cc_Node *vt = c->catch_.param->var.vtype;
        int nalts = vt->kind == CC_N_UNION_TYPE ? vt->uni.alts.n : 1;
        /* rethrown types: thrown in try minus what earlier catches caught */
        TList rethrown = {0};
        for (int t = 0; t < thrown_in_try.n; t++)
            if (!is_handled(f, thrown_in_try.v[t], caught_in_try.v, caught_in_try.n)) tl_add(&rethrown, thrown_in_try.v[t]);
        TList ctypes = {0};
        for (int a = 0; a < nalts; a++) {
            cc_Node *an = vt->kind == CC_N_UNION_TYPE ? vt->uni.alts.items[a] : vt;
            cc_Type *exc = an->ty;
            if (!exc || exc->kind != TY_CLASS) continue;
            tl_add(&ctypes, exc);
            cc_Pos pos = nalts > 1 ? an->pos : c->pos;
            if (is_handled(f, exc, caught_in_try.v, caught_in_try.n))
                ferr(f, pos, "exception %s has already been caught", cc_type_str(f->k, exc));
            else if (cc_is_checked(f->k, exc) && !is_exception_or_throwable(f, exc) && !tl_intersects(f, exc, &thrown_in_try))
                ferr(f, pos, "exception %s is never thrown in body of corresponding try statement", cc_type_str(f->k, exc));
            tl_incl(f, &caught_in_try, exc);
        }
        /* precise rethrow types: intersect(ctypes, rethrown) */
        cc_Sym *p = c->catch_.param->sym;
        if (p) {
            TList *pr = calloc(1, sizeof *pr);
            for (int a = 0; a < ctypes.n; a++)
                for (int t = 0; t < rethrown.n; t++) {
                    if (sub(f, ctypes.v[a], rethrown.v[t])) tl_incl(f, pr, ctypes.v[a]);
                    else if (sub(f, rethrown.v[t], ctypes.v[a])) tl_incl(f, pr, rethrown.v[t]);
                }
            cc_map_put(&f->rethrow, p, pr);
            x_node(x, c->catch_.body);
            cc_map_put(&f->rethrow, p, NULL);
            free(pr->v);
            free(pr);
        } else {
            x_node(x, c->catch_.body);
        }
        free(rethrown.v);
        free(ctypes.v);
    }
    if (s->try_.finally_) {
        TList saved = x->thrown;
        x->thrown = (TList){0};
        ExitList exits = x->pending;
        x->pending = prev;
        x_node(x, s->try_.finally_);
        cc_Info *in = cc_info_get(f->k, s);
        int fin_ok = in ? (in->flags & 1) : 1;
        if (!fin_ok) {
            for (int i = 0; i < thrown_prev.n; i++) tl_incl(f, &x->thrown, thrown_prev.v[i]);
        } else {
            for (int t = 0; t < thrown_in_try.n; t++)
                if (!is_handled(f, thrown_in_try.v[t], caught_in_try.v, caught_in_try.n)) tl_incl(f, &x->thrown, thrown_in_try.v[t]);
            for (int i = 0; i < saved.n; i++) tl_incl(f, &x->thrown, saved.v[i]);
            exits_append(&x->pending, &exits);
        }
        free(saved.v);
    } else {
        for (int t = 0; t < thrown_in_try.n; t++)
            if (!is_handled(f, thrown_in_try.v[t], caught_in_try.v, caught_in_try.n)) tl_incl(f, &x->thrown, thrown_in_try.v[t]);
        ExitList exits = x->pending;
        x->pending = prev;
        exits_append(&x->pending, &exits);
    }
    free(thrown_in_try.v);
    free(caught_in_try.v);
}

static void x_node(X *x, cc_Node *n) {
    if (!n) return;
    switch (n->kind) {
    case CC_N_CLASS: return; /* member classes are their own entries */
    case CC_N_TRY: x_try(x, n); return;
    case CC_N_WHILE:
    case CC_N_DO:
    case CC_N_FOR:
    case CC_N_FOREACH:
    case CC_N_LABELED:
    case CC_N_SWITCH: {
        ExitList prev = x->pending;
        x->pending = (ExitList){0};
        cc_for_children(n, x_visit, x);
        ExitList empty = {0};
        x_resolve(x, n, &empty, CC_N_CONTINUE);
        ExitList tmp = x->pending;
        x->pending = tmp;
        x_resolve(x, n, &prev, CC_N_BREAK);
        return;
    }
    case CC_N_BREAK:
    case CC_N_CONTINUE: x_record(x, n); return;
    case CC_N_RETURN:
        if (n->ret.expr) x_node(x, n->ret.expr);
        x_record(x, n);
        return;
    case CC_N_THROW: {
        x_node(x, n->ret.expr);
        cc_Node *e = strip(n->ret.expr);
        cc_Sym *s = (e->kind == CC_N_NAME) ? e->sym : NULL;
        TList *pr = s ? cc_map_get(&x->f->rethrow, s) : NULL;
        if (pr && s->kind == SYM_LOCAL && (s->flags & (LD_ACC_FINAL | CC_SF_EFFINAL))) {
            for (int i = 0; i < pr->n; i++) x_mark(x, n, n->pos, pr->v[i]);
        } else if (e->ty) {
            x_mark(x, n, n->pos, e->ty);
        }
        return;
    }
    case CC_N_CALL:
    case CC_N_NEW:
    case CC_N_CTOR_CALL:
        cc_for_children(n, x_visit, x);
        x_call_throws(x, n);
        return;
    default: cc_for_children(n, x_visit, x); return;
    }
}

static void except_class(F *f, cc_Node *cd) {
    X x = {0};
    x.f = f;
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if ((m->kind == CC_N_FIELD || m->kind == CC_N_INITIALIZER) && member_static(m)) {
            if (m->kind == CC_N_FIELD) x_node(&x, m->var.init);
            else x_node(&x, m->init.body);
            error_uncaught(&x);
        }
    }
    /* instance initializers may throw what every initial constructor declares */
    int first = 1;
    TList caught = {0};
    int has_ctor = 0;
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind != CC_N_METHOD || !m->method.is_ctor) continue;
        has_ctor = 1;
        if (!is_initial_ctor(m) || !m->sym) continue;
        TList mt = {0};
        for (int t = 0; t < m->sym->nthrows; t++) tl_add(&mt, m->sym->throws[t]);
        if (first) {
            caught = mt;
            first = 0;
        } else {
            TList r = {0};
            for (int a = 0; a < mt.n; a++)
                for (int b = 0; b < caught.n; b++) {
                    if (sub(f, mt.v[a], caught.v[b])) tl_incl(f, &r, mt.v[a]);
                    else if (sub(f, caught.v[b], mt.v[a])) tl_incl(f, &r, caught.v[b]);
                }
            free(mt.v);
            free(caught.v);
            caught = r;
        }
    }
    x.caught = caught;
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if ((m->kind == CC_N_FIELD || m->kind == CC_N_INITIALIZER) && !member_static(m)) {
            if (m->kind == CC_N_FIELD) x_node(&x, m->var.init);
            else x_node(&x, m->init.body);
            error_uncaught(&x);
        }
    }
    TList class_caught = x.caught;
    /* the default constructor's super() */
    if (!has_ctor) {
        cc_Info *in = cc_info_get(f->k, cd);
        if (in)
            for (int t = 0; t < in->nthrows; t++) {
                if (!cc_is_checked(f->k, in->throws[t]) || is_handled(f, in->throws[t], class_caught.v, class_caught.n)) continue;
                Exit *e = falloc(f, sizeof *e);
                e->tree = cd;
                e->thrown = in->throws[t];
                exit_add(&x.pending, e);
            }
        error_uncaught(&x);
    }
    for (int i = 0; i < cd->cls.members.n; i++) {
        cc_Node *m = cd->cls.members.items[i];
        if (m->kind != CC_N_METHOD || !m->method.body || !m->sym) continue;
        TList mc = {0};
        if (is_initial_ctor(m))
            for (int t = 0; t < class_caught.n; t++) tl_add(&mc, class_caught.v[t]);
        for (int t = 0; t < m->sym->nthrows; t++) tl_incl(f, &mc, m->sym->throws[t]);
        x.caught = mc;
        x.thrown.n = 0;
        /* the implicit super() of a constructor */
        cc_Info *in = cc_info_get(f->k, m);
        if (m->method.is_ctor && in)
            for (int t = 0; t < in->nthrows; t++) {
                cc_Type *exc = in->throws[t];
                if (!cc_is_checked(f->k, exc)) continue;
                if (!is_handled(f, exc, mc.v, mc.n)) {
                    Exit *e = falloc(f, sizeof *e);
                    e->tree = m->method.body;
                    e->thrown = exc;
                    exit_add(&x.pending, e);
                }
            }
        x_node(&x, m->method.body);
        /* drop returns etc., keep thrown exits */
        ExitList keep = {0};
        for (Exit *e = x.pending.head; e;) {
            Exit *nx = e->next;
            if (e->thrown) exit_add(&keep, e);
            e = nx;
        }
        x.pending = keep;
        error_uncaught(&x);
        free(mc.v);
    }
    free(class_caught.v);
    free(x.thrown.v);
}

/* ================================================================== */
/* driver                                                              */
/* ================================================================== */

static void count_vars(void *ctx, cc_Node *n) {
    int *c = ctx;
    if (n->kind == CC_N_CLASS) return;
    if (n->kind == CC_N_LOCAL || n->kind == CC_N_PARAM || n->kind == CC_N_FIELD) (*c)++;
    cc_for_children(n, count_vars, ctx);
}

static int trackable_decl_field(cc_Node *m) {
    cc_Sym *s = m->sym;
    return s && (s->flags & LD_ACC_FINAL) && !(s->flags & CC_SF_HASINIT);
}

void cc_flow_class(cc_Check *k, cc_Sym *cls) {
    cc_Node *cd = cls->decl;
    if (!cd || cd->cls.is_inner) return;
    F f;
    memset(&f, 0, sizeof f);
    f.k = k;
    f.cls = cls;
    f.cdecl = cd;
    int nv = 0;
    for (int i = 0; i < cd->cls.members.n; i++) count_vars(&nv, cd->cls.members.items[i]);
    f.nvars_cap = nv + 8;
    f.nw = (f.nvars_cap + 63) / 64;
    f.vars = calloc((size_t)f.nvars_cap, sizeof *f.vars);
    /* 1. alive */
    alive_class(&f, cd);
    /* 2. assign */
    f.inits = bnew(&f);
    f.uninits = bnew(&f);
    f.uninits_try = bnew(&f);
    f.inits_t = bnew(&f);
    f.inits_f = bnew(&f);
    f.uninits_t = bnew(&f);
    f.uninits_f = bnew(&f);
    f.pending = (ExitList){0};
    assign_class(&f, cd);
    /* 3. exceptions */
    f.pending = (ExitList){0};
    except_class(&f, cd);
    for (int i = 0; i < f.nvars_cap; i++)
        if (f.vars[i] && f.vars[i]->kind == SYM_FIELD) f.vars[i]->var_index = -1;
    free(f.vars);
    cc_map_free(&f.rethrow);
    for (int i = 0; i < f.nold; i++) free(f.old_arenas[i]);
    free(f.old_arenas);
    free(f.arena);
}
