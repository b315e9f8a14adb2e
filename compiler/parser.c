/* parser.c: tokens -> AST, by recursive descent (precedence climbing for binary operators).
 *
 * The grammar is Java 17's, restricted as docs/language.md says. The parser decides the
 * classic ambiguities as javac does, by looking ahead over the token array without
 * building anything (scan_type and friends):
 *   - a statement is a local variable declaration when it starts with a type followed by
 *     an identifier (`List<String> x`, `a.b.C[] y`, `var z`);
 *   - `(` starts a cast when it holds a primitive type, a generic or array type, or an
 *     intersection, or a plain name followed by something that cannot continue an
 *     expression (an identifier, a literal, `(`, `!`, `~`, `this`, `new`, ...): `(a) - b` is a
 *     subtraction, `(int) -b` a cast;
 *   - `(...) ->` and `x ->` are lambdas (rejected), `::` a method reference (rejected);
 *   - `>>` and `>>>` close two or three type argument lists (the token is split).
 *
 * Errors and recovery. An error is reported at most once per token (the first wins, as in
 * javac), "X expected" errors at the end of the previous token as javac does. After a
 * statement or member with an error, the parser skips to a synchronization point unless
 * the construct already ended cleanly with ';' or '}': the next ';' (consumed), a '}'
 * closing the enclosing block (not consumed), a balanced '{...}', or a token that starts
 * a statement (member) as the first token of its line. Every list loop also checks that
 * it consumed something, so no input can make the parser loop; nesting deeper than
 * MAX_DEPTH stops the parse with an error instead of overflowing the C stack.
 */
#include "cc.h"

#include <stdlib.h>
#include <string.h>

/* The deepest nesting accepted. Every level of recursion of the parser and every link of
 * a left-leaning chain (a + b + c, a.b.c, x[i][j], java.util.List) counts, so no AST is
 * deeper than this and recursive passes over it need a bounded stack. */
#define MAX_DEPTH 1000

/* Lookahead scans give up after this many tokens (no type or lambda parameter list is that
 * long), so that input like a<a<a<a... stays linear. */
#define SCAN_BUDGET 512

typedef struct {
    cc_Compiler *c;
    int file;
    cc_Token *t;
    int n, i;
    int err_tok;     /* token index of the last reported error, -1 if none */
    uint32_t err_off; /* and the offset it was reported at */
    int panic;       /* an error happened since the last synchronization point */
    int depth;
    int stop;        /* nesting too deep or the error cap: at EOF, no more errors */
    int no_lambda;   /* parsing case labels: `X ->` is not a lambda */
    const char *s_var, *s_yield, *s_record, *s_sealed, *s_permits, *s_non, *s_error;
} P;

/* growable list in the arena (the abandoned arrays stay in the arena: at most 2x) */
typedef struct {
    cc_List l;
    int cap;
} LB;

static void lpush(P *p, LB *b, cc_Node *n) {
    if (!n) return;
    if (b->l.n == b->cap) {
        int cap = b->cap ? b->cap * 2 : 4;
        cc_Node **v = cc_alloc(p->c, (size_t)cap * sizeof *v);
        if (b->l.n) memcpy(v, b->l.items, (size_t)b->l.n * sizeof *v);
        b->l.items = v;
        b->cap = cap;
    }
    b->l.items[b->l.n++] = n;
}

/* ------------------------------------------------------------------ */
/* tokens                                                              */
/* ------------------------------------------------------------------ */

static cc_Token *tok(P *p) { return &p->t[p->i]; }
static cc_TokKind kind(P *p) { return p->t[p->i].kind; }
static cc_Token *la(P *p, int k) {
    int j = p->i + k;
    if (j >= p->n) j = p->n - 1;
    if (j < 0) j = 0;
    return &p->t[j];
}
static cc_TokKind kat(P *p, int j) { return p->t[j < p->n ? j : p->n - 1].kind; }
static void next(P *p) {
    if (p->i < p->n - 1) p->i++;
}
static int accept(P *p, cc_TokKind k) {
    if (kind(p) != k) return 0;
    next(p);
    return 1;
}
static cc_Pos prev_end(P *p) { return p->i > 0 ? p->t[p->i - 1].end : tok(p)->pos; }

static int is_prim(cc_TokKind k) {
    return k == CC_T_BOOLEAN || k == CC_T_BYTE || k == CC_T_SHORT || k == CC_T_CHAR ||
           k == CC_T_INT || k == CC_T_LONG || k == CC_T_FLOAT || k == CC_T_DOUBLE;
}
static int is_ident_named(P *p, int j, const char *name) {
    return kat(p, j) == CC_T_IDENT && p->t[j < p->n ? j : p->n - 1].name == name;
}

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

static void stop(P *p) {
    p->stop = 1;
    p->panic = 1;
    p->i = p->n - 1;
}

static void error_at(P *p, cc_Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void error_at(P *p, cc_Pos pos, const char *fmt, ...) {
    p->panic = 1;
    if (p->stop) return;
    /* one error per token and none before the last one (javac's rule) */
    if (p->err_tok >= 0 && (p->i <= p->err_tok || pos.off <= p->err_off)) return;
    p->err_tok = p->i;
    p->err_off = pos.off;
    if (tok(p)->bad) return; /* the lexer already said what is wrong here */
    if (kind(p) == CC_T_EOF) {
        cc_Pos at = p->n >= 2 ? p->t[p->n - 2].end : tok(p)->pos;
        cc_error(p->c, at, "reached end of file while parsing");
    } else {
        va_list ap;
        va_start(ap, fmt);
        cc_verror(p->c, CC_ERROR, pos, fmt, ap);
        va_end(ap);
    }
    if (cc_error_cap_reached(p->c)) stop(p);
}

/* "X expected", at the end of the previous token */
static void expected(P *p, const char *what) { error_at(p, prev_end(p), "%s expected", what); }

static int expect(P *p, cc_TokKind k) {
    if (accept(p, k)) return 1;
    char buf[32];
    snprintf(buf, sizeof buf, "'%s'", cc_token_spelling(k));
    expected(p, buf);
    return 0;
}

static int enter(P *p) {
    if (++p->depth <= MAX_DEPTH) return 1;
    if (!p->stop) {
        error_at(p, tok(p)->pos, "code too deeply nested (more than %d levels)", MAX_DEPTH);
        stop(p);
    }
    return 0;
}
static void leave(P *p) { p->depth--; }

/* one more link of a chain built by a loop: counts as a level until the loop's function
 * returns (release) */
static int link(P *p, int *links) {
    if (!enter(p)) return 0;
    (*links)++;
    return 1;
}
static void release(P *p, int links) { p->depth -= links; }

/* ------------------------------------------------------------------ */
/* nodes                                                               */
/* ------------------------------------------------------------------ */

static cc_Node *mk(P *p, cc_NodeKind k, cc_Pos pos) {
    cc_Node *n = cc_alloc(p->c, sizeof *n);
    n->kind = k;
    n->pos = pos;
    return n;
}
static cc_Node *mk_error(P *p, cc_Pos pos) { return mk(p, CC_N_ERROR, pos); }

static cc_Node *clone_type(P *p, const cc_Node *t) {
    if (!t) return NULL;
    cc_Node *n = mk(p, t->kind, t->pos);
    *n = *t;
    switch (t->kind) {
    case CC_N_CLASS_TYPE: {
        n->ctype.outer = clone_type(p, t->ctype.outer);
        LB b = {0};
        for (int k = 0; k < t->ctype.args.n; k++) lpush(p, &b, clone_type(p, t->ctype.args.items[k]));
        n->ctype.args = b.l;
        break;
    }
    case CC_N_ARRAY_TYPE: n->array.elem = clone_type(p, t->array.elem); break;
    case CC_N_WILDCARD: n->wild.bound = clone_type(p, t->wild.bound); break;
    default: break;
    }
    return n;
}

static cc_Node *array_of(P *p, cc_Node *elem, cc_Pos pos) {
    cc_Node *a = mk(p, CC_N_ARRAY_TYPE, pos);
    a->array.elem = elem;
    return a;
}

/* identifier expected: returns its interned name (or "<error>") and sets *pos */
static const char *ident(P *p, cc_Pos *pos) {
    if (pos) *pos = tok(p)->pos;
    if (kind(p) == CC_T_IDENT) {
        const char *s = tok(p)->name;
        next(p);
        return s;
    }
    expected(p, "<identifier>");
    return p->s_error;
}

/* ------------------------------------------------------------------ */
/* lookahead scanners: no nodes, no errors                             */
/* ------------------------------------------------------------------ */

typedef struct {
    int generic, dims, prim;
} TypeInfo;

/* j at '<': index after the matching '>', or -1. Accepts what type arguments contain. */
static int scan_targs(P *p, int j) {
    int depth = 0, limit = j + SCAN_BUDGET;
    for (;; j++) {
        if (j > limit) return -1;
        switch (kat(p, j)) {
        case CC_T_LT: depth++; break;
        case CC_T_GT: depth--; break;
        case CC_T_GTGT: depth -= 2; break;
        case CC_T_GTGTGT: depth -= 3; break;
        case CC_T_IDENT:
        case CC_T_COMMA:
        case CC_T_DOT:
        case CC_T_QUES:
        case CC_T_EXTENDS:
        case CC_T_SUPER:
        case CC_T_AMP:
        case CC_T_LBRACKET:
        case CC_T_RBRACKET:
        case CC_T_AT:
        case CC_T_BOOLEAN:
        case CC_T_BYTE:
        case CC_T_SHORT:
        case CC_T_CHAR:
        case CC_T_INT:
        case CC_T_LONG:
        case CC_T_FLOAT:
        case CC_T_DOUBLE: continue;
        default: return -1;
        }
        if (depth == 0) return j + 1;
        if (depth < 0) return -1;
    }
}

/* skips annotations (@a.B, @B(...)) at j */
static int scan_annos(P *p, int j) {
    int limit0 = j + SCAN_BUDGET;
    while (kat(p, j) == CC_T_AT && kat(p, j + 1) == CC_T_IDENT && j < limit0) {
        j += 2;
        while (kat(p, j) == CC_T_DOT && kat(p, j + 1) == CC_T_IDENT && j < limit0) j += 2;
        if (kat(p, j) == CC_T_LPAREN) {
            int d = 0, limit = j + SCAN_BUDGET;
            do {
                cc_TokKind k = kat(p, j);
                if (k == CC_T_EOF || j > limit) return j;
                if (k == CC_T_LPAREN) d++;
                if (k == CC_T_RPAREN) d--;
                j++;
            } while (d > 0);
        }
    }
    return j;
}

/* A type at token j: the index after it, or -1. */
static int scan_type(P *p, int j, TypeInfo *info) {
    TypeInfo dummy;
    if (!info) info = &dummy;
    memset(info, 0, sizeof *info);
    int limit = j + SCAN_BUDGET;
    j = scan_annos(p, j);
    if (is_prim(kat(p, j))) {
        info->prim = 1;
        j++;
    } else if (kat(p, j) == CC_T_IDENT) {
        j++;
        for (;;) {
            if (j > limit) return -1;
            if (kat(p, j) == CC_T_LT) {
                j = scan_targs(p, j);
                if (j < 0) return -1;
                info->generic = 1;
            }
            if (kat(p, j) == CC_T_DOT && (kat(p, j + 1) == CC_T_IDENT || kat(p, j + 1) == CC_T_AT)) {
                j = scan_annos(p, j + 1);
                if (kat(p, j) != CC_T_IDENT) return -1;
                j++;
                continue;
            }
            break;
        }
    } else {
        return -1;
    }
    for (;;) {
        if (j > limit) return -1;
        int k = scan_annos(p, j);
        if (kat(p, k) == CC_T_LBRACKET && kat(p, k + 1) == CC_T_RBRACKET) {
            j = k + 2;
            info->dims = 1;
        } else {
            return j;
        }
    }
}

/* j just after '(': are these lambda parameters, i.e. `( ... ) ->`? */
static int is_lambda_parens(P *p, int j) {
    for (int limit = j + SCAN_BUDGET;; j++) {
        if (j > limit) return 0;
        switch (kat(p, j)) {
        case CC_T_RPAREN: return kat(p, j + 1) == CC_T_ARROW;
        case CC_T_IDENT:
        case CC_T_COMMA:
        case CC_T_FINAL:
        case CC_T_LBRACKET:
        case CC_T_RBRACKET:
        case CC_T_LT:
        case CC_T_GT:
        case CC_T_GTGT:
        case CC_T_GTGTGT:
        case CC_T_QUES:
        case CC_T_EXTENDS:
        case CC_T_SUPER:
        case CC_T_DOT:
        case CC_T_ELLIPSIS:
        case CC_T_AT:
        case CC_T_AMP:
        case CC_T_UNDERSCORE:
        case CC_T_BOOLEAN:
        case CC_T_BYTE:
        case CC_T_SHORT:
        case CC_T_CHAR:
        case CC_T_INT:
        case CC_T_LONG:
        case CC_T_FLOAT:
        case CC_T_DOUBLE: continue;
        default: return 0;
        }
    }
}

/* Does a local variable declaration start at token j? */
static int is_local_decl(P *p, int j) {
    cc_TokKind k = kat(p, j);
    if (k == CC_T_FINAL || k == CC_T_AT) return 1;
    if (k != CC_T_IDENT && !is_prim(k)) return 0;
    int e = scan_type(p, j, NULL);
    return e >= 0 && kat(p, e) == CC_T_IDENT;
}

/* `record Name (` or `record Name <` */
static int is_record_decl(P *p, int j) {
    return is_ident_named(p, j, p->s_record) && kat(p, j + 1) == CC_T_IDENT &&
           (kat(p, j + 2) == CC_T_LPAREN || kat(p, j + 2) == CC_T_LT);
}

/* ------------------------------------------------------------------ */
/* recovery                                                            */
/* ------------------------------------------------------------------ */

static int starts_statement(cc_TokKind k) {
    switch (k) {
    case CC_T_IDENT:
    case CC_T_IF:
    case CC_T_WHILE:
    case CC_T_DO:
    case CC_T_FOR:
    case CC_T_SWITCH:
    case CC_T_RETURN:
    case CC_T_THROW:
    case CC_T_BREAK:
    case CC_T_CONTINUE:
    case CC_T_TRY:
    case CC_T_FINAL:
    case CC_T_CLASS:
    case CC_T_INTERFACE:
    case CC_T_ENUM:
    case CC_T_SYNCHRONIZED:
    case CC_T_ASSERT:
    case CC_T_THIS:
    case CC_T_SUPER:
    case CC_T_NEW:
    case CC_T_AT:
    case CC_T_PLUSPLUS:
    case CC_T_MINUSMINUS:
    case CC_T_CASE:
    case CC_T_DEFAULT: return 1;
    default: return is_prim(k);
    }
}

static int starts_member(cc_TokKind k) {
    switch (k) {
    case CC_T_IDENT:
    case CC_T_PUBLIC:
    case CC_T_PROTECTED:
    case CC_T_PRIVATE:
    case CC_T_STATIC:
    case CC_T_FINAL:
    case CC_T_ABSTRACT:
    case CC_T_NATIVE:
    case CC_T_SYNCHRONIZED:
    case CC_T_TRANSIENT:
    case CC_T_VOLATILE:
    case CC_T_STRICTFP:
    case CC_T_DEFAULT:
    case CC_T_VOID:
    case CC_T_CLASS:
    case CC_T_INTERFACE:
    case CC_T_ENUM:
    case CC_T_AT:
    case CC_T_LT: return 1;
    default: return is_prim(k);
    }
}

static int starts_toplevel(cc_TokKind k) {
    switch (k) {
    case CC_T_CLASS:
    case CC_T_INTERFACE:
    case CC_T_ENUM:
    case CC_T_IMPORT:
    case CC_T_PACKAGE:
    case CC_T_PUBLIC:
    case CC_T_ABSTRACT:
    case CC_T_FINAL:
    case CC_T_STRICTFP:
    case CC_T_AT: return 1;
    default: return 0;
    }
}

enum { SYNC_STMT, SYNC_MEMBER, SYNC_TOP };

/* After a construct that started at token `start`: if an error happened and the construct
 * did not end cleanly (with ';' or '}' consumed after the error), skip to a sync point. */
static void recover(P *p, int start, int mode) {
    if (!p->panic) return;
    p->panic = 0;
    if (p->stop) return;
    if (p->i > 0 && p->i - 1 >= p->err_tok && p->i > start &&
        (p->t[p->i - 1].kind == CC_T_SEMI || p->t[p->i - 1].kind == CC_T_RBRACE))
        return;
    int depth = 0;
    for (;;) {
        cc_TokKind k = kind(p);
        if (k == CC_T_EOF) return;
        if (depth == 0) {
            if (k == CC_T_SEMI) {
                next(p);
                return;
            }
            if (k == CC_T_RBRACE) return;
            if (p->i > start) {
                int line_start = tok(p)->first_on_line;
                if (mode == SYNC_STMT && (k == CC_T_CASE || k == CC_T_DEFAULT)) return;
                if (mode == SYNC_STMT && line_start && starts_statement(k)) return;
                if (mode == SYNC_MEMBER && line_start && starts_member(k)) return;
                if (mode == SYNC_TOP && starts_toplevel(k)) return;
            }
        }
        if (k == CC_T_LBRACE) {
            depth++;
        } else if (k == CC_T_RBRACE) {
            depth--;
            next(p);
            if (depth == 0) return;
            continue;
        }
        next(p);
    }
}

/* Skips a balanced (...) or {...} group starting at the current token. */
static void skip_group(P *p) {
    cc_TokKind open = kind(p), close = open == CC_T_LPAREN ? CC_T_RPAREN : CC_T_RBRACE;
    if (open != CC_T_LPAREN && open != CC_T_LBRACE) return;
    int depth = 0;
    do {
        cc_TokKind k = kind(p);
        if (k == CC_T_EOF) return;
        if (k == open) depth++;
        if (k == close) depth--;
        next(p);
    } while (depth > 0);
}

/* ------------------------------------------------------------------ */
/* forward declarations                                                */
/* ------------------------------------------------------------------ */

static cc_Node *parse_expr(P *p);
static cc_Node *parse_cond(P *p);
static cc_Node *parse_unary(P *p);
static cc_Node *parse_type(P *p);
static cc_Node *parse_block(P *p);
static cc_Node *parse_statement(P *p);
static void parse_block_stmt(P *p, LB *out);
static cc_Node *parse_annotation(P *p);
static cc_Node *parse_type_decl(P *p, cc_Mods mods, cc_Node *outer);
static void parse_class_body(P *p, cc_Node *cls);
static cc_Node *parse_array_init(P *p, int in_annotation);

/* ------------------------------------------------------------------ */
/* modifiers and annotations                                           */
/* ------------------------------------------------------------------ */

static uint32_t mod_flag(cc_TokKind k) {
    switch (k) {
    case CC_T_PUBLIC: return CC_MOD_PUBLIC;
    case CC_T_PROTECTED: return CC_MOD_PROTECTED;
    case CC_T_PRIVATE: return CC_MOD_PRIVATE;
    case CC_T_STATIC: return CC_MOD_STATIC;
    case CC_T_FINAL: return CC_MOD_FINAL;
    case CC_T_ABSTRACT: return CC_MOD_ABSTRACT;
    case CC_T_NATIVE: return CC_MOD_NATIVE;
    case CC_T_SYNCHRONIZED: return CC_MOD_SYNCHRONIZED;
    case CC_T_TRANSIENT: return CC_MOD_TRANSIENT;
    case CC_T_VOLATILE: return CC_MOD_VOLATILE;
    case CC_T_STRICTFP: return CC_MOD_STRICTFP;
    case CC_T_DEFAULT: return CC_MOD_DEFAULT;
    default: return 0;
    }
}

static cc_Mods parse_modifiers(P *p) {
    cc_Mods m;
    memset(&m, 0, sizeof m);
    m.pos.file = -1;
    LB annos = {0};
    for (;;) {
        cc_TokKind k = kind(p);
        uint32_t f = mod_flag(k);
        if (k == CC_T_DEFAULT && (kat(p, p->i + 1) == CC_T_COLON || kat(p, p->i + 1) == CC_T_ARROW))
            f = 0; /* a switch label, not a modifier */
        if (f) {
            if (m.pos.file < 0) m.pos = tok(p)->pos;
            if (m.flags & f) error_at(p, tok(p)->pos, "repeated modifier");
            m.flags |= f;
            next(p);
        } else if (k == CC_T_AT && kat(p, p->i + 1) != CC_T_INTERFACE) {
            if (m.pos.file < 0) m.pos = tok(p)->pos;
            lpush(p, &annos, parse_annotation(p));
        } else if (is_ident_named(p, p->i, p->s_sealed) &&
                   (mod_flag(kat(p, p->i + 1)) || kat(p, p->i + 1) == CC_T_CLASS ||
                    kat(p, p->i + 1) == CC_T_INTERFACE)) {
            error_at(p, tok(p)->pos, "sealed classes are not supported yet");
            next(p);
        } else if (is_ident_named(p, p->i, p->s_non) && kat(p, p->i + 1) == CC_T_MINUS &&
                   is_ident_named(p, p->i + 2, p->s_sealed) &&
                   la(p, 1)->pos.off == tok(p)->end.off && la(p, 2)->pos.off == la(p, 1)->end.off) {
            error_at(p, tok(p)->pos, "sealed classes are not supported yet");
            next(p), next(p), next(p);
        } else {
            break;
        }
    }
    m.annos = annos.l;
    return m;
}

/* qualified name a.b.c as a CLASS_TYPE chain */
static cc_Node *parse_qualified_type(P *p) {
    cc_Node *t = NULL;
    int links = 0;
    do {
        if (!link(p, &links)) break;
        cc_Pos pos;
        const char *name = ident(p, &pos);
        cc_Node *n = mk(p, CC_N_CLASS_TYPE, pos);
        n->ctype.outer = t;
        n->ctype.name = name;
        t = n;
    } while (kind(p) == CC_T_DOT && kat(p, p->i + 1) == CC_T_IDENT && (next(p), 1));
    release(p, links);
    return t;
}

static cc_Node *parse_element_value(P *p) {
    if (kind(p) == CC_T_AT) return parse_annotation(p);
    if (kind(p) == CC_T_LBRACE) return parse_array_init(p, 1);
    return parse_cond(p);
}

static cc_Node *parse_annotation(P *p) {
    cc_Node *a = mk(p, CC_N_ANNOTATION, tok(p)->pos);
    next(p); /* @ */
    if (!enter(p)) return a;
    a->anno.atype = parse_qualified_type(p);
    if (accept(p, CC_T_LPAREN)) {
        LB args = {0};
        if (kind(p) != CC_T_RPAREN) {
            if (kind(p) == CC_T_IDENT && kat(p, p->i + 1) == CC_T_ASSIGN) {
                do {
                    int start = p->i;
                    cc_Node *nm = mk(p, CC_N_NAME, tok(p)->pos);
                    nm->name.name = ident(p, NULL);
                    cc_Node *as = mk(p, CC_N_ASSIGN, tok(p)->pos);
                    expect(p, CC_T_ASSIGN);
                    as->binary.op = CC_OP_ASSIGN;
                    as->binary.left = nm;
                    as->binary.right = parse_element_value(p);
                    lpush(p, &args, as);
                    if (p->i == start) break;
                } while (accept(p, CC_T_COMMA));
            } else {
                lpush(p, &args, parse_element_value(p));
            }
        }
        expect(p, CC_T_RPAREN);
        a->anno.args = args.l;
    }
    leave(p);
    return a;
}

/* type annotations (@A String): parsed and dropped */
static void skip_type_annos(P *p) {
    while (kind(p) == CC_T_AT && kat(p, p->i + 1) != CC_T_INTERFACE) parse_annotation(p);
}

/* ------------------------------------------------------------------ */
/* types                                                               */
/* ------------------------------------------------------------------ */

static cc_Prim prim_of(cc_TokKind k) {
    switch (k) {
    case CC_T_BOOLEAN: return CC_PRIM_BOOLEAN;
    case CC_T_BYTE: return CC_PRIM_BYTE;
    case CC_T_SHORT: return CC_PRIM_SHORT;
    case CC_T_CHAR: return CC_PRIM_CHAR;
    case CC_T_INT: return CC_PRIM_INT;
    case CC_T_LONG: return CC_PRIM_LONG;
    case CC_T_FLOAT: return CC_PRIM_FLOAT;
    case CC_T_DOUBLE: return CC_PRIM_DOUBLE;
    default: return CC_PRIM_VOID;
    }
}

/* Consumes one '>' closing type arguments, splitting >>, >>>, >=, >>=, >>>=. */
static int close_angle(P *p) {
    cc_Token *t = tok(p);
    cc_TokKind rest;
    switch (t->kind) {
    case CC_T_GT: next(p); return 1;
    case CC_T_GTGT: rest = CC_T_GT; break;
    case CC_T_GTGTGT: rest = CC_T_GTGT; break;
    case CC_T_GE: rest = CC_T_ASSIGN; break;
    case CC_T_GTGTEQ: rest = CC_T_GE; break;
    case CC_T_GTGTGTEQ: rest = CC_T_GTGTEQ; break;
    default: return 0;
    }
    t->kind = rest;
    t->pos.col++;
    t->pos.off++;
    t->text++;
    t->len--;
    t->first_on_line = 0;
    return 1;
}

/* '<' type arguments '>' (at '<'). With allow_diamond, `<>` sets *diamond. */
static cc_List parse_type_args(P *p, int allow_diamond, int *diamond) {
    LB b = {0};
    next(p); /* < */
    if (kind(p) == CC_T_GT && allow_diamond) {
        next(p);
        *diamond = 1;
        return b.l;
    }
    if (kind(p) == CC_T_GT) {
        error_at(p, tok(p)->pos, "illegal start of type");
        next(p);
        return b.l;
    }
    for (;;) {
        int start = p->i;
        skip_type_annos(p);
        if (kind(p) == CC_T_QUES) {
            cc_Node *w = mk(p, CC_N_WILDCARD, tok(p)->pos);
            next(p);
            if (accept(p, CC_T_EXTENDS)) {
                w->wild.bound_kind = 1;
                w->wild.bound = parse_type(p);
            } else if (accept(p, CC_T_SUPER)) {
                w->wild.bound_kind = 2;
                w->wild.bound = parse_type(p);
            }
            lpush(p, &b, w);
        } else {
            lpush(p, &b, parse_type(p));
        }
        if (p->i == start) break;
        if (!accept(p, CC_T_COMMA)) break;
    }
    if (!close_angle(p)) expected(p, ">");
    return b.l;
}

/* [annotations] Name [<args>] {. Name [<args>]}; at an identifier */
static cc_Node *parse_class_type(P *p, int allow_diamond) {
    cc_Node *t = NULL;
    int links = 0;
    for (;;) {
        if (!link(p, &links)) break;
        skip_type_annos(p);
        cc_Pos pos;
        const char *name = ident(p, &pos);
        cc_Node *n = mk(p, CC_N_CLASS_TYPE, pos);
        n->ctype.outer = t;
        n->ctype.name = name;
        t = n;
        if (kind(p) == CC_T_LT) n->ctype.args = parse_type_args(p, allow_diamond, &n->ctype.diamond);
        if (kind(p) == CC_T_DOT && (kat(p, p->i + 1) == CC_T_IDENT || kat(p, p->i + 1) == CC_T_AT)) {
            next(p);
            continue;
        }
        break;
    }
    release(p, links);
    return t ? t : mk_error(p, tok(p)->pos);
}

static cc_Node *parse_dims(P *p, cc_Node *t) {
    int links = 0;
    for (;;) {
        int j = scan_annos(p, p->i);
        if (kat(p, j) != CC_T_LBRACKET || kat(p, j + 1) != CC_T_RBRACKET) break;
        if (!link(p, &links)) break;
        skip_type_annos(p);
        t = array_of(p, t, tok(p)->pos);
        next(p), next(p);
    }
    release(p, links);
    return t;
}

/* A type (primitive or class, with dims). `var` is reported: callers that allow it look
 * for it first. */
static cc_Node *parse_type(P *p) {
    if (!enter(p)) return mk_error(p, tok(p)->pos);
    cc_Node *t;
    skip_type_annos(p);
    if (is_prim(kind(p))) {
        t = mk(p, CC_N_PRIM_TYPE, tok(p)->pos);
        t->prim.prim = prim_of(kind(p));
        next(p);
    } else if (kind(p) == CC_T_IDENT) {
        if (tok(p)->name == p->s_var && kat(p, p->i + 1) != CC_T_DOT && kat(p, p->i + 1) != CC_T_LT)
            error_at(p, tok(p)->pos, "'var' is not allowed here");
        t = parse_class_type(p, 0);
    } else {
        error_at(p, tok(p)->pos, "illegal start of type");
        leave(p);
        return mk_error(p, tok(p)->pos);
    }
    t = parse_dims(p, t);
    leave(p);
    return t;
}

/* result type: void or a type */
static cc_Node *parse_result_type(P *p) {
    if (kind(p) == CC_T_VOID) {
        cc_Node *t = mk(p, CC_N_PRIM_TYPE, tok(p)->pos);
        t->prim.prim = CC_PRIM_VOID;
        next(p);
        return t;
    }
    return parse_type(p);
}

static cc_List parse_type_list(P *p) {
    LB b = {0};
    do {
        int start = p->i;
        lpush(p, &b, parse_type(p));
        if (p->i == start) break;
    } while (accept(p, CC_T_COMMA));
    return b.l;
}

/* <T extends A & B, U> at '<' */
static cc_List parse_type_params(P *p) {
    LB b = {0};
    next(p); /* < */
    for (;;) {
        int start = p->i;
        skip_type_annos(p);
        cc_Pos pos;
        const char *name = ident(p, &pos);
        cc_Node *tp = mk(p, CC_N_TYPE_PARAM, pos);
        tp->tparam.name = name;
        if (accept(p, CC_T_EXTENDS)) {
            LB bounds = {0};
            do {
                int s2 = p->i;
                lpush(p, &bounds, parse_type(p));
                if (p->i == s2) break;
            } while (accept(p, CC_T_AMP));
            tp->tparam.bounds = bounds.l;
        }
        lpush(p, &b, tp);
        if (p->i == start) break;
        if (!accept(p, CC_T_COMMA)) break;
    }
    if (!close_angle(p)) expected(p, ">");
    return b.l;
}

/* ------------------------------------------------------------------ */
/* expressions                                                         */
/* ------------------------------------------------------------------ */

static cc_List parse_args(P *p) {
    LB b = {0};
    expect(p, CC_T_LPAREN);
    if (accept(p, CC_T_RPAREN)) return b.l;
    for (;;) {
        int start = p->i;
        lpush(p, &b, parse_expr(p));
        if (p->i == start) break;
        if (!accept(p, CC_T_COMMA)) break;
    }
    expect(p, CC_T_RPAREN);
    return b.l;
}

static cc_Node *parse_array_init(P *p, int in_annotation) {
    cc_Node *a = mk(p, CC_N_ARRAY_INIT, tok(p)->pos);
    if (!enter(p)) return a;
    LB b = {0};
    expect(p, CC_T_LBRACE);
    while (kind(p) != CC_T_RBRACE && kind(p) != CC_T_EOF) {
        int start = p->i;
        if (in_annotation) lpush(p, &b, parse_element_value(p));
        else if (kind(p) == CC_T_LBRACE) lpush(p, &b, parse_array_init(p, 0));
        else lpush(p, &b, parse_expr(p));
        if (p->i == start) break;
        if (!accept(p, CC_T_COMMA)) break;
    }
    expect(p, CC_T_RBRACE);
    a->array_init.elems = b.l;
    leave(p);
    return a;
}

/* variable initializer: expression or {...} */
static cc_Node *parse_var_init(P *p) {
    if (kind(p) == CC_T_LBRACE) return parse_array_init(p, 0);
    return parse_expr(p);
}

/* Rejects a lambda: at its first token; `arrow` is the index of its '->'. */
static cc_Node *reject_lambda(P *p, int arrow) {
    cc_Pos start = tok(p)->pos;
    while (p->i < arrow) next(p);
    error_at(p, tok(p)->pos, "lambda expressions are not supported yet");
    next(p); /* -> */
    if (kind(p) == CC_T_LBRACE) parse_block(p);
    else parse_expr(p);
    return mk_error(p, start);
}

/* Rejects a method reference: at '::'. */
static cc_Node *reject_method_ref(P *p, cc_Pos start) {
    error_at(p, tok(p)->pos, "method references are not supported yet");
    next(p); /* :: */
    if (kind(p) == CC_T_LT) {
        int d = 0;
        parse_type_args(p, 0, &d);
    }
    if (kind(p) == CC_T_IDENT || kind(p) == CC_T_NEW) next(p);
    else expected(p, "<identifier>");
    return mk_error(p, start);
}

/* NAME / SELECT chain -> CLASS_TYPE chain (for T.class, T.this, T[]), or NULL */
static cc_Node *expr_to_type(P *p, cc_Node *e) {
    if (e->kind == CC_N_NAME) {
        cc_Node *t = mk(p, CC_N_CLASS_TYPE, e->pos);
        t->ctype.name = e->name.name;
        return t;
    }
    if (e->kind == CC_N_SELECT) {
        cc_Node *outer = expr_to_type(p, e->select.target);
        if (!outer) return NULL;
        cc_Node *t = mk(p, CC_N_CLASS_TYPE, e->select.name_pos);
        t->ctype.outer = outer;
        t->ctype.name = e->select.name;
        return t;
    }
    return NULL;
}

/* after a type in expression position (int, int[], String[]): .class or :: */
static cc_Node *type_suffix(P *p, cc_Node *t, cc_Pos start) {
    if (kind(p) == CC_T_DOT && kat(p, p->i + 1) == CC_T_CLASS) {
        cc_Node *cl = mk(p, CC_N_CLASS_LIT, tok(p)->pos);
        next(p), next(p);
        cl->class_lit.ctype = t;
        return cl;
    }
    if (kind(p) == CC_T_COLONCOLON) return reject_method_ref(p, start);
    if (kind(p) == CC_T_DOT) {
        next(p);
        error_at(p, tok(p)->pos, "class expected");
    } else {
        expected(p, "'.class'");
    }
    return mk_error(p, start);
}

/* new ... (at `new`); outer: the expression before `.new`, or NULL */
static cc_Node *parse_new(P *p, cc_Node *outer) {
    cc_Pos pos = tok(p)->pos;
    next(p); /* new */
    if (kind(p) == CC_T_LT) { /* new <T>Foo(): explicit constructor type arguments */
        int d = 0;
        parse_type_args(p, 0, &d);
    }
    skip_type_annos(p);
    cc_Node *t;
    if (is_prim(kind(p))) {
        t = mk(p, CC_N_PRIM_TYPE, tok(p)->pos);
        t->prim.prim = prim_of(kind(p));
        next(p);
        if (kind(p) != CC_T_LBRACKET) {
            error_at(p, tok(p)->pos, "'[' expected");
            return mk_error(p, pos);
        }
    } else if (kind(p) == CC_T_IDENT) {
        if (outer) { /* outer.new Inner<...>(): a simple name */
            t = mk(p, CC_N_CLASS_TYPE, tok(p)->pos);
            t->ctype.name = tok(p)->name;
            next(p);
            if (kind(p) == CC_T_LT) t->ctype.args = parse_type_args(p, 1, &t->ctype.diamond);
        } else {
            t = parse_class_type(p, 1);
        }
    } else {
        expected(p, "<identifier>");
        return mk_error(p, pos);
    }
    if (kind(p) == CC_T_LBRACKET) {
        if (t->kind == CC_N_CLASS_TYPE && t->ctype.diamond)
            error_at(p, p->t[p->i - 2].pos, "cannot create array with '<>'");
        cc_Node *na = mk(p, CC_N_NEW_ARRAY, pos);
        na->new_array.elem = t;
        LB dims = {0};
        while (kind(p) == CC_T_LBRACKET && kat(p, p->i + 1) != CC_T_RBRACKET && !na->new_array.extra_dims) {
            next(p);
            lpush(p, &dims, parse_expr(p));
            expect(p, CC_T_RBRACKET);
            skip_type_annos(p);
        }
        while (kind(p) == CC_T_LBRACKET && kat(p, p->i + 1) == CC_T_RBRACKET) {
            next(p), next(p);
            na->new_array.extra_dims++;
            skip_type_annos(p);
        }
        na->new_array.dims = dims.l;
        if (kind(p) == CC_T_LBRACE) {
            if (dims.l.n) {
                error_at(p, tok(p)->pos,
                         "array creation with both dimension expression and initialization is "
                         "illegal");
                parse_array_init(p, 0);
            } else {
                na->new_array.init = parse_array_init(p, 0);
            }
        } else if (!dims.l.n) {
            error_at(p, tok(p)->pos, "array dimension missing");
        }
        return na;
    }
    if (kind(p) != CC_T_LPAREN) {
        error_at(p, tok(p)->pos, "'(' or '[' expected");
        return mk_error(p, pos);
    }
    cc_Node *n = mk(p, CC_N_NEW, pos);
    n->new_.outer = outer;
    n->new_.ctype = t;
    n->new_.args = parse_args(p);
    if (kind(p) == CC_T_LBRACE) {
        error_at(p, pos, "anonymous classes are not supported yet");
        cc_Node *anon = mk(p, CC_N_CLASS, pos); /* parsed for its errors, then dropped */
        anon->cls.name = t->kind == CC_N_CLASS_TYPE ? t->ctype.name : p->s_error;
        parse_class_body(p, anon);
        return mk_error(p, pos);
    }
    return n;
}

static cc_Node *literal(P *p) {
    cc_Token *t = tok(p);
    cc_Node *n = mk(p, CC_N_LITERAL, t->pos);
    switch (t->kind) {
    case CC_T_INT_LIT: n->lit.lit = CC_LIT_INT; break;
    case CC_T_LONG_LIT: n->lit.lit = CC_LIT_LONG; break;
    case CC_T_FLOAT_LIT: n->lit.lit = CC_LIT_FLOAT; break;
    case CC_T_DOUBLE_LIT: n->lit.lit = CC_LIT_DOUBLE; break;
    case CC_T_CHAR_LIT: n->lit.lit = CC_LIT_CHAR; break;
    case CC_T_STRING_LIT: n->lit.lit = CC_LIT_STRING; break;
    case CC_T_TRUE: n->lit.lit = CC_LIT_TRUE; break;
    case CC_T_FALSE: n->lit.lit = CC_LIT_FALSE; break;
    default: n->lit.lit = CC_LIT_NULL; break;
    }
    n->lit.text = cc_strndup(p->c, t->text, t->len);
    n->lit.chars = t->chars;
    n->lit.nchars = t->nchars;
    next(p);
    return n;
}

static cc_Node *parse_primary(P *p) {
    cc_Token *t = tok(p);
    cc_Pos pos = t->pos;
    switch (t->kind) {
    case CC_T_INT_LIT:
    case CC_T_LONG_LIT:
    case CC_T_FLOAT_LIT:
    case CC_T_DOUBLE_LIT:
    case CC_T_CHAR_LIT:
    case CC_T_STRING_LIT:
    case CC_T_TRUE:
    case CC_T_FALSE:
    case CC_T_NULL: return literal(p);
    case CC_T_THIS:
        next(p);
        if (kind(p) == CC_T_LPAREN) {
            cc_Node *n = mk(p, CC_N_CTOR_CALL, pos);
            n->ctor_call.args = parse_args(p);
            return n;
        }
        return mk(p, CC_N_THIS, pos);
    case CC_T_SUPER:
        next(p);
        if (kind(p) == CC_T_LPAREN) {
            cc_Node *n = mk(p, CC_N_CTOR_CALL, pos);
            n->ctor_call.is_super = 1;
            n->ctor_call.args = parse_args(p);
            return n;
        }
        if (kind(p) != CC_T_DOT && kind(p) != CC_T_COLONCOLON) expected(p, "'.'");
        return mk(p, CC_N_SUPER, pos);
    case CC_T_NEW: return parse_new(p, NULL);
    case CC_T_LPAREN: {
        next(p);
        cc_Node *n = mk(p, CC_N_PAREN, pos);
        n->paren.expr = parse_expr(p);
        expect(p, CC_T_RPAREN);
        return n;
    }
    case CC_T_IDENT: {
        if (kat(p, p->i + 1) == CC_T_ARROW && !p->no_lambda) return reject_lambda(p, p->i + 1);
        if (kat(p, p->i + 1) == CC_T_LPAREN) {
            cc_Node *n = mk(p, CC_N_CALL, pos);
            n->call.name = t->name;
            n->call.name_pos = pos;
            next(p);
            n->call.args = parse_args(p);
            return n;
        }
        if (kat(p, p->i + 1) == CC_T_LT) { /* List<String>::new */
            int e = scan_type(p, p->i, NULL);
            if (e >= 0 && kat(p, e) == CC_T_COLONCOLON) {
                parse_type(p);
                return reject_method_ref(p, pos);
            }
        }
        cc_Node *n = mk(p, CC_N_NAME, pos);
        n->name.name = t->name;
        next(p);
        return n;
    }
    case CC_T_BOOLEAN:
    case CC_T_BYTE:
    case CC_T_SHORT:
    case CC_T_CHAR:
    case CC_T_INT:
    case CC_T_LONG:
    case CC_T_FLOAT:
    case CC_T_DOUBLE:
    case CC_T_VOID: {
        if (t->kind == CC_T_VOID && kat(p, p->i + 1) != CC_T_DOT) {
            error_at(p, pos, "illegal start of expression"); /* javac: only void.class */
            return mk_error(p, pos);
        }
        cc_Node *ty = parse_result_type(p);
        if (ty->kind == CC_N_PRIM_TYPE && ty->prim.prim != CC_PRIM_VOID) ty = parse_dims(p, ty);
        return type_suffix(p, ty, pos);
    }
    case CC_T_SWITCH:
        error_at(p, pos, "switch expressions are not supported yet");
        next(p);
        skip_group(p);
        skip_group(p);
        return mk_error(p, pos);
    default: error_at(p, pos, "illegal start of expression"); return mk_error(p, pos);
    }
}

static cc_Node *parse_postfix(P *p) {
    cc_Node *e = parse_primary(p);
    int links = 0;
    for (;;) {
        cc_Token *t = tok(p);
        cc_Pos pos = t->pos;
        switch (t->kind) {
        case CC_T_DOT:
        case CC_T_LBRACKET:
        case CC_T_PLUSPLUS:
        case CC_T_MINUSMINUS:
        case CC_T_COLONCOLON:
            if (!link(p, &links)) {
                release(p, links);
                return e;
            }
            break;
        default: release(p, links); return e;
        }
        switch (t->kind) {
        case CC_T_DOT: {
            next(p);
            cc_List targs = {0};
            if (kind(p) == CC_T_LT) {
                int d = 0;
                targs = parse_type_args(p, 0, &d);
            }
            cc_TokKind k = kind(p);
            if (k == CC_T_IDENT) {
                cc_Pos npos = tok(p)->pos;
                const char *name = tok(p)->name;
                next(p);
                if (kind(p) == CC_T_LPAREN || targs.n) {
                    cc_Node *c = mk(p, CC_N_CALL, pos);
                    c->call.target = e;
                    c->call.name = name;
                    c->call.name_pos = npos;
                    c->call.targs = targs;
                    c->call.args = parse_args(p);
                    e = c;
                } else {
                    cc_Node *s = mk(p, CC_N_SELECT, pos);
                    s->select.target = e;
                    s->select.name = name;
                    s->select.name_pos = npos;
                    e = s;
                }
            } else if (k == CC_T_NEW && !targs.n) {
                e = parse_new(p, e);
            } else if ((k == CC_T_THIS || k == CC_T_SUPER || k == CC_T_CLASS) && !targs.n) {
                cc_Pos kpos = tok(p)->pos;
                next(p);
                if (k == CC_T_SUPER && kind(p) == CC_T_LPAREN) {
                    cc_Node *c = mk(p, CC_N_CTOR_CALL, kpos);
                    c->ctor_call.is_super = 1;
                    c->ctor_call.outer = e;
                    c->ctor_call.args = parse_args(p);
                    e = c;
                    break;
                }
                cc_Node *ty = expr_to_type(p, e);
                if (!ty) {
                    if (e->kind != CC_N_ERROR) error_at(p, kpos, "<identifier> expected");
                    e = mk_error(p, e->pos);
                    break;
                }
                if (k == CC_T_CLASS) {
                    cc_Node *cl = mk(p, CC_N_CLASS_LIT, pos);
                    cl->class_lit.ctype = ty;
                    e = cl;
                } else {
                    cc_Node *th = mk(p, k == CC_T_THIS ? CC_N_THIS : CC_N_SUPER, kpos);
                    th->this_.qual = ty;
                    if (k == CC_T_SUPER && kind(p) != CC_T_DOT && kind(p) != CC_T_COLONCOLON)
                        expected(p, "'.'");
                    e = th;
                }
            } else {
                expected(p, "<identifier>");
                release(p, links);
                return e;
            }
            break;
        }
        case CC_T_LBRACKET:
            if (kat(p, p->i + 1) == CC_T_RBRACKET) { /* Name[].class, Name[]::new */
                cc_Pos start = cc_node_start(e);
                cc_Node *ty = expr_to_type(p, e);
                if (!ty) {
                    next(p);
                    error_at(p, tok(p)->pos, "illegal start of expression");
                    release(p, links);
                    return e;
                }
                e = type_suffix(p, parse_dims(p, ty), start); /* String[].class.getName() */
            } else {
                next(p);
                cc_Node *ix = mk(p, CC_N_INDEX, pos);
                ix->index.array = e;
                ix->index.index = parse_expr(p);
                expect(p, CC_T_RBRACKET);
                e = ix;
            }
            break;
        case CC_T_PLUSPLUS:
        case CC_T_MINUSMINUS: {
            cc_Node *u = mk(p, CC_N_UNARY, pos);
            u->unary.op = t->kind == CC_T_PLUSPLUS ? CC_OP_POSTINC : CC_OP_POSTDEC;
            u->unary.operand = e;
            next(p);
            e = u;
            break;
        }
        case CC_T_COLONCOLON: e = reject_method_ref(p, cc_node_start(e)); break;
        default: break;
        }
    }
}

/* Tokens after `(Name)` that make it a cast (javac's analyzeParens). */
static int cast_follows(cc_TokKind k) {
    switch (k) {
    case CC_T_BANG:
    case CC_T_TILDE:
    case CC_T_LPAREN:
    case CC_T_THIS:
    case CC_T_SUPER:
    case CC_T_INT_LIT:
    case CC_T_LONG_LIT:
    case CC_T_FLOAT_LIT:
    case CC_T_DOUBLE_LIT:
    case CC_T_CHAR_LIT:
    case CC_T_STRING_LIT:
    case CC_T_TRUE:
    case CC_T_FALSE:
    case CC_T_NULL:
    case CC_T_NEW:
    case CC_T_IDENT:
    case CC_T_ASSERT:
    case CC_T_ENUM:
    case CC_T_UNDERSCORE:
    case CC_T_SWITCH:
    case CC_T_VOID: return 1;
    default: return is_prim(k);
    }
}

enum { PAREN_EXPR, PAREN_CAST, PAREN_LAMBDA };

static int classify_paren(P *p) {
    int j = p->i + 1;
    if (!p->no_lambda && is_lambda_parens(p, j)) return PAREN_LAMBDA;
    TypeInfo info;
    int e = scan_type(p, j, &info);
    if (e < 0) return PAREN_EXPR;
    if (info.prim) return kat(p, e) == CC_T_RPAREN ? PAREN_CAST : PAREN_EXPR;
    int definite = info.generic || info.dims; /* cannot be an expression */
    while (kat(p, e) == CC_T_AMP) { /* (A & B): an intersection cast, or a bitwise and */
        TypeInfo i2;
        e = scan_type(p, e + 1, &i2);
        if (e < 0 || i2.prim) return PAREN_EXPR;
        definite |= i2.generic || i2.dims;
    }
    if (kat(p, e) != CC_T_RPAREN) return PAREN_EXPR;
    if (definite) return PAREN_CAST;
    return cast_follows(kat(p, e + 1)) ? PAREN_CAST : PAREN_EXPR;
}

static cc_Node *parse_unary(P *p) {
    cc_Pos pos = tok(p)->pos;
    if (!enter(p)) return mk_error(p, pos);
    cc_Node *r;
    cc_Op op = CC_OP_COUNT;
    switch (kind(p)) {
    case CC_T_PLUSPLUS: op = CC_OP_PREINC; break;
    case CC_T_MINUSMINUS: op = CC_OP_PREDEC; break;
    case CC_T_PLUS: op = CC_OP_PLUS; break;
    case CC_T_MINUS: op = CC_OP_NEG; break;
    case CC_T_BANG: op = CC_OP_NOT; break;
    case CC_T_TILDE: op = CC_OP_BITNOT; break;
    default: break;
    }
    if (op != CC_OP_COUNT) {
        next(p);
        r = mk(p, CC_N_UNARY, pos);
        r->unary.op = op;
        r->unary.operand = parse_unary(p);
    } else if (kind(p) == CC_T_LPAREN) {
        int what = classify_paren(p);
        if (what == PAREN_LAMBDA) {
            int j = p->i + 1;
            while (kat(p, j) != CC_T_RPAREN) j++;
            r = reject_lambda(p, j + 1);
        } else if (what == PAREN_CAST) {
            next(p);
            r = mk(p, CC_N_CAST, pos);
            r->cast.ctype = parse_type(p);
            if (kind(p) == CC_T_AMP) {
                error_at(p, tok(p)->pos, "intersection types in casts are not supported yet");
                while (accept(p, CC_T_AMP)) parse_type(p);
            }
            expect(p, CC_T_RPAREN);
            r->cast.expr = parse_unary(p);
        } else {
            r = parse_postfix(p);
        }
    } else {
        r = parse_postfix(p);
    }
    leave(p);
    return r;
}

static int binop(cc_TokKind k, cc_Op *op) {
    switch (k) {
    case CC_T_OROR: *op = CC_OP_OR; return 1;
    case CC_T_ANDAND: *op = CC_OP_AND; return 2;
    case CC_T_BAR: *op = CC_OP_BITOR; return 3;
    case CC_T_CARET: *op = CC_OP_BITXOR; return 4;
    case CC_T_AMP: *op = CC_OP_BITAND; return 5;
    case CC_T_EQEQ: *op = CC_OP_EQ; return 6;
    case CC_T_NE: *op = CC_OP_NE; return 6;
    case CC_T_LT: *op = CC_OP_LT; return 7;
    case CC_T_GT: *op = CC_OP_GT; return 7;
    case CC_T_LE: *op = CC_OP_LE; return 7;
    case CC_T_GE: *op = CC_OP_GE; return 7;
    case CC_T_INSTANCEOF: *op = CC_OP_COUNT; return 7;
    case CC_T_LTLT: *op = CC_OP_SHL; return 8;
    case CC_T_GTGT: *op = CC_OP_SHR; return 8;
    case CC_T_GTGTGT: *op = CC_OP_USHR; return 8;
    case CC_T_PLUS: *op = CC_OP_ADD; return 9;
    case CC_T_MINUS: *op = CC_OP_SUB; return 9;
    case CC_T_STAR: *op = CC_OP_MUL; return 10;
    case CC_T_SLASH: *op = CC_OP_DIV; return 10;
    case CC_T_PERCENT: *op = CC_OP_REM; return 10;
    default: return 0;
    }
}

static cc_Node *parse_binary(P *p, int minprec) {
    cc_Node *left = parse_unary(p);
    int links = 0;
    for (;;) {
        cc_Op op;
        int prec = binop(kind(p), &op);
        if (!prec || prec < minprec || !link(p, &links)) {
            release(p, links);
            return left;
        }
        cc_Pos pos = tok(p)->pos;
        next(p);
        if (op == CC_OP_COUNT) { /* instanceof */
            cc_Node *n = mk(p, CC_N_INSTANCEOF, pos);
            n->inst.expr = left;
            int fin = accept(p, CC_T_FINAL);
            n->inst.ctype = parse_type(p);
            if (kind(p) == CC_T_IDENT || fin) {
                error_at(p, tok(p)->pos, "pattern matching in instanceof is not supported yet");
                if (kind(p) == CC_T_IDENT) next(p);
            }
            left = n;
            continue;
        }
        cc_Node *n = mk(p, CC_N_BINARY, pos);
        n->binary.op = op;
        n->binary.left = left;
        n->binary.right = parse_binary(p, prec + 1);
        left = n;
    }
}

static cc_Node *parse_cond(P *p) {
    cc_Node *c = parse_binary(p, 1);
    if (kind(p) != CC_T_QUES) return c;
    cc_Pos pos = tok(p)->pos;
    next(p);
    if (!enter(p)) return c;
    cc_Node *n = mk(p, CC_N_COND, pos);
    n->cond.cond = c;
    n->cond.then = parse_expr(p);
    if (!accept(p, CC_T_COLON)) expected(p, ":");
    n->cond.els = parse_cond(p);
    leave(p);
    return n;
}

static int assign_op(cc_TokKind k, cc_Op *op) {
    switch (k) {
    case CC_T_ASSIGN: *op = CC_OP_ASSIGN; return 1;
    case CC_T_PLUSEQ: *op = CC_OP_ADD; return 1;
    case CC_T_MINUSEQ: *op = CC_OP_SUB; return 1;
    case CC_T_STAREQ: *op = CC_OP_MUL; return 1;
    case CC_T_SLASHEQ: *op = CC_OP_DIV; return 1;
    case CC_T_PERCENTEQ: *op = CC_OP_REM; return 1;
    case CC_T_AMPEQ: *op = CC_OP_BITAND; return 1;
    case CC_T_BAREQ: *op = CC_OP_BITOR; return 1;
    case CC_T_CARETEQ: *op = CC_OP_BITXOR; return 1;
    case CC_T_LTLTEQ: *op = CC_OP_SHL; return 1;
    case CC_T_GTGTEQ: *op = CC_OP_SHR; return 1;
    case CC_T_GTGTGTEQ: *op = CC_OP_USHR; return 1;
    default: return 0;
    }
}

static cc_Node *parse_expr(P *p) {
    if (!enter(p)) return mk_error(p, tok(p)->pos);
    cc_Node *lhs = parse_cond(p);
    cc_Op op;
    if (assign_op(kind(p), &op)) {
        cc_Node *n = mk(p, CC_N_ASSIGN, tok(p)->pos);
        next(p);
        n->binary.op = op;
        n->binary.left = lhs;
        n->binary.right = parse_expr(p);
        lhs = n;
    }
    leave(p);
    return lhs;
}

static cc_Node *paren_expr(P *p) {
    expect(p, CC_T_LPAREN);
    cc_Node *e = parse_expr(p);
    expect(p, CC_T_RPAREN);
    return e;
}

/* ------------------------------------------------------------------ */
/* statements                                                          */
/* ------------------------------------------------------------------ */

static int is_stmt_expr(const cc_Node *e) {
    switch (e->kind) {
    case CC_N_ASSIGN:
    case CC_N_CALL:
    case CC_N_CTOR_CALL:
    case CC_N_NEW:
    case CC_N_ERROR: return 1;
    case CC_N_UNARY:
        return e->unary.op == CC_OP_PREINC || e->unary.op == CC_OP_PREDEC ||
               e->unary.op == CC_OP_POSTINC || e->unary.op == CC_OP_POSTDEC;
    default: return 0;
    }
}

static cc_Node *expr_stmt_of(P *p, cc_Node *e) {
    if (!is_stmt_expr(e)) error_at(p, e->pos, "not a statement");
    cc_Node *s = mk(p, CC_N_EXPR_STMT, e->pos);
    s->expr_stmt.expr = e;
    return s;
}

/* Declarators after `[mods] Type`, the first name at the current token: appends one
 * FIELD or LOCAL node per declarator to out. var_pos.file >= 0: declared with `var`. */
static void parse_declarators(P *p, cc_NodeKind k, cc_Mods mods, cc_Node *type, cc_Pos var_pos,
                              LB *out) {
    int first = 1;
    for (;;) {
        int start = p->i;
        cc_Pos pos;
        const char *name = ident(p, &pos);
        cc_Node *v = mk(p, k, pos);
        v->var.mods = mods;
        v->var.name = name;
        cc_Node *vt = first ? type : clone_type(p, type);
        if (var_pos.file >= 0) {
            v->var.is_var = 1;
            if (kind(p) == CC_T_LBRACKET) {
                error_at(p, var_pos, "'var' is not allowed as an element type of an array");
                parse_dims(p, NULL);
            }
            if (!first) error_at(p, var_pos, "'var' is not allowed in a compound declaration");
        } else {
            vt = parse_dims(p, vt);
        }
        v->var.vtype = vt;
        if (accept(p, CC_T_ASSIGN)) v->var.init = parse_var_init(p);
        lpush(p, out, v);
        first = 0;
        if (p->i == start) return;
        if (!accept(p, CC_T_COMMA)) return;
    }
}

/* local variable declaration without the ';'; mods already parsed */
static void parse_local_rest(P *p, cc_Mods mods, LB *out) {
    cc_Pos var_pos = {-1, 0, 0, 0};
    cc_Node *type = NULL;
    if (kind(p) == CC_T_IDENT && tok(p)->name == p->s_var && kat(p, p->i + 1) == CC_T_IDENT) {
        var_pos = tok(p)->pos;
        next(p);
    } else if (kind(p) == CC_T_IDENT && tok(p)->name == p->s_var &&
               kat(p, p->i + 1) == CC_T_LBRACKET) {
        error_at(p, tok(p)->pos, "'var' is not allowed as an element type of an array");
        next(p);
        type = parse_dims(p, mk_error(p, tok(p)->pos));
    } else {
        type = parse_type(p);
    }
    parse_declarators(p, CC_N_LOCAL, mods, type, var_pos, out);
}

/* class, interface, enum, record or @interface at the current token (after modifiers)? */
static int at_type_decl(P *p) {
    cc_TokKind k = kind(p);
    return k == CC_T_CLASS || k == CC_T_INTERFACE || k == CC_T_ENUM ||
           (k == CC_T_AT && kat(p, p->i + 1) == CC_T_INTERFACE) || is_record_decl(p, p->i);
}

static void local_type_decl(P *p, cc_Mods mods) {
    if (kind(p) == CC_T_CLASS) error_at(p, tok(p)->pos, "local classes are not supported yet");
    else if (kind(p) == CC_T_INTERFACE)
        error_at(p, tok(p)->pos, "local interfaces are not supported yet");
    parse_type_decl(p, mods, NULL); /* enums, records: reported there */
}

static cc_Node *parse_block(P *p) {
    cc_Node *b = mk(p, CC_N_BLOCK, tok(p)->pos);
    if (!expect(p, CC_T_LBRACE)) return b;
    if (!enter(p)) return b;
    LB stmts = {0};
    while (kind(p) != CC_T_RBRACE && kind(p) != CC_T_EOF) {
        int start = p->i;
        parse_block_stmt(p, &stmts);
        recover(p, start, SYNC_STMT);
        if (p->i == start) next(p);
    }
    b->block.stmts = stmts.l;
    b->block.end = tok(p)->pos;
    expect(p, CC_T_RBRACE);
    leave(p);
    return b;
}

/* yield as a statement (javac's rule, simplified) */
static int is_yield_stmt(P *p) {
    if (!is_ident_named(p, p->i, p->s_yield)) return 0;
    switch (kat(p, p->i + 1)) {
    case CC_T_PLUS:
    case CC_T_MINUS:
    case CC_T_INT_LIT:
    case CC_T_LONG_LIT:
    case CC_T_FLOAT_LIT:
    case CC_T_DOUBLE_LIT:
    case CC_T_CHAR_LIT:
    case CC_T_STRING_LIT:
    case CC_T_NULL:
    case CC_T_IDENT:
    case CC_T_TRUE:
    case CC_T_FALSE:
    case CC_T_NEW:
    case CC_T_SWITCH:
    case CC_T_THIS:
    case CC_T_SUPER:
    case CC_T_BANG:
    case CC_T_TILDE:
    case CC_T_LPAREN:
    case CC_T_SEMI: return 1;
    case CC_T_PLUSPLUS:
    case CC_T_MINUSMINUS: return kat(p, p->i + 2) != CC_T_SEMI;
    default: return is_prim(kat(p, p->i + 1));
    }
}

static void parse_block_stmt(P *p, LB *out) {
    cc_TokKind k = kind(p);
    if (k == CC_T_CLASS || k == CC_T_INTERFACE || k == CC_T_ENUM || is_record_decl(p, p->i)) {
        cc_Mods none;
        memset(&none, 0, sizeof none);
        none.pos.file = -1;
        local_type_decl(p, none);
        return;
    }
    if (k == CC_T_FINAL || k == CC_T_AT || k == CC_T_ABSTRACT || k == CC_T_STRICTFP ||
        k == CC_T_STATIC) {
        int start = p->i;
        cc_Mods mods = parse_modifiers(p);
        if (at_type_decl(p)) {
            local_type_decl(p, mods);
            return;
        }
        if (mods.flags & ~CC_MOD_FINAL) {
            int save = p->i;
            p->i = start;
            error_at(p, tok(p)->pos, "illegal start of expression");
            p->i = save;
        }
        parse_local_rest(p, mods, out);
        expect(p, CC_T_SEMI);
        return;
    }
    if (k == CC_T_IDENT && !is_yield_stmt(p) && kat(p, p->i + 1) != CC_T_COLON &&
        is_local_decl(p, p->i)) {
        cc_Mods none;
        memset(&none, 0, sizeof none);
        none.pos.file = -1;
        parse_local_rest(p, none, out);
        expect(p, CC_T_SEMI);
        return;
    }
    if (is_prim(k) && is_local_decl(p, p->i)) {
        cc_Mods none;
        memset(&none, 0, sizeof none);
        none.pos.file = -1;
        parse_local_rest(p, none, out);
        expect(p, CC_T_SEMI);
        return;
    }
    lpush(p, out, parse_statement(p));
}

static cc_Node *parse_switch(P *p) {
    cc_Node *s = mk(p, CC_N_SWITCH, tok(p)->pos);
    next(p);
    s->switch_.selector = paren_expr(p);
    LB cases = {0};
    if (!expect(p, CC_T_LBRACE)) return s;
    while (kind(p) != CC_T_RBRACE && kind(p) != CC_T_EOF) {
        int start = p->i;
        if (kind(p) != CC_T_CASE && kind(p) != CC_T_DEFAULT) {
            error_at(p, tok(p)->pos, "case, default, or '}' expected");
            int depth = 0;
            for (;;) {
                cc_TokKind k = kind(p);
                if (k == CC_T_EOF) break;
                if (depth == 0 && (k == CC_T_CASE || k == CC_T_DEFAULT || k == CC_T_RBRACE)) break;
                if (k == CC_T_LBRACE) depth++;
                if (k == CC_T_RBRACE) depth--;
                next(p);
            }
            p->panic = 0;
            continue;
        }
        cc_Node *c = mk(p, CC_N_CASE, tok(p)->pos);
        if (accept(p, CC_T_DEFAULT)) {
            c->case_.is_default = 1;
        } else {
            next(p); /* case */
            LB labels = {0};
            int save = p->no_lambda;
            p->no_lambda = 1;
            do {
                int s2 = p->i;
                lpush(p, &labels, parse_cond(p));
                if (p->i == s2) break;
            } while (accept(p, CC_T_COMMA));
            p->no_lambda = save;
            c->case_.labels = labels.l;
        }
        if (kind(p) == CC_T_ARROW) {
            error_at(p, tok(p)->pos, "switch rules are not supported yet");
            next(p);
            if (kind(p) == CC_T_LBRACE) {
                parse_block(p);
            } else if (kind(p) == CC_T_THROW) {
                parse_statement(p);
            } else {
                parse_expr(p);
                expect(p, CC_T_SEMI);
            }
            p->panic = 0;
            if (p->i == start) next(p);
            continue;
        }
        if (!accept(p, CC_T_COLON)) expected(p, ": or ->");
        LB body = {0};
        while (kind(p) != CC_T_CASE && kind(p) != CC_T_DEFAULT && kind(p) != CC_T_RBRACE &&
               kind(p) != CC_T_EOF) {
            int s2 = p->i;
            parse_block_stmt(p, &body);
            recover(p, s2, SYNC_STMT);
            if (p->i == s2) next(p);
        }
        c->case_.body = body.l;
        lpush(p, &cases, c);
        p->panic = 0;
        if (p->i == start) next(p);
    }
    s->switch_.cases = cases.l;
    expect(p, CC_T_RBRACE);
    return s;
}

static cc_Node *parse_catch(P *p) {
    cc_Node *c = mk(p, CC_N_CATCH, tok(p)->pos);
    next(p); /* catch */
    expect(p, CC_T_LPAREN);
    cc_Mods mods = parse_modifiers(p);
    cc_Node *t = parse_type(p);
    if (kind(p) == CC_T_BAR) {
        cc_Node *u = mk(p, CC_N_UNION_TYPE, t->pos);
        LB alts = {0};
        lpush(p, &alts, t);
        while (accept(p, CC_T_BAR)) {
            int start = p->i;
            lpush(p, &alts, parse_type(p));
            if (p->i == start) break;
        }
        u->uni.alts = alts.l;
        t = u;
    }
    cc_Pos pos;
    const char *name = ident(p, &pos);
    cc_Node *param = mk(p, CC_N_PARAM, pos);
    param->var.mods = mods;
    param->var.vtype = t;
    param->var.name = name;
    c->catch_.param = param;
    expect(p, CC_T_RPAREN);
    c->catch_.body = parse_block(p);
    return c;
}

static cc_Node *parse_try(P *p) {
    cc_Node *s = mk(p, CC_N_TRY, tok(p)->pos);
    int try_tok = p->i;
    next(p);
    int resources = 0;
    if (kind(p) == CC_T_LPAREN) {
        int save = p->i;
        p->i = try_tok;
        error_at(p, s->pos, "try-with-resources is not supported yet");
        p->i = save;
        skip_group(p);
        resources = 1;
    }
    s->try_.body = parse_block(p);
    LB catches = {0};
    while (kind(p) == CC_T_CATCH) {
        int start = p->i;
        lpush(p, &catches, parse_catch(p));
        if (p->i == start) break;
    }
    s->try_.catches = catches.l;
    if (accept(p, CC_T_FINALLY)) s->try_.finally_ = parse_block(p);
    if (!catches.l.n && !s->try_.finally_ && !resources)
        error_at(p, s->pos, "'try' without 'catch', 'finally' or resource declarations");
    return s;
}

static cc_Node *parse_for(P *p) {
    cc_Node *s = mk(p, CC_N_FOR, tok(p)->pos);
    next(p);
    expect(p, CC_T_LPAREN);
    LB init = {0}, update = {0};
    if (kind(p) != CC_T_SEMI) {
        if (is_local_decl(p, p->i)) {
            cc_Mods mods = parse_modifiers(p);
            LB vars = {0};
            int colon_after = 0;
            {
                /* enhanced for: [mods] Type name : */
                int e = -1;
                if (is_ident_named(p, p->i, p->s_var) && kat(p, p->i + 1) == CC_T_IDENT) e = p->i + 1;
                else {
                    int t = scan_type(p, p->i, NULL);
                    if (t >= 0 && kat(p, t) == CC_T_IDENT) e = t;
                }
                colon_after = e >= 0 && kat(p, e + 1) == CC_T_COLON;
            }
            if (colon_after) {
                cc_Node *f = mk(p, CC_N_FOREACH, s->pos);
                cc_Pos var_pos = {-1, 0, 0, 0};
                cc_Node *type = NULL;
                if (is_ident_named(p, p->i, p->s_var)) {
                    var_pos = tok(p)->pos;
                    next(p);
                } else {
                    type = parse_type(p);
                }
                cc_Pos pos;
                const char *name = ident(p, &pos);
                cc_Node *v = mk(p, CC_N_LOCAL, pos);
                v->var.mods = mods;
                v->var.vtype = type;
                v->var.name = name;
                v->var.is_var = var_pos.file >= 0;
                next(p); /* : */
                f->foreach.var = v;
                f->foreach.expr = parse_expr(p);
                expect(p, CC_T_RPAREN);
                f->foreach.body = parse_statement(p);
                return f;
            }
            parse_local_rest(p, mods, &vars);
            init = vars;
        } else {
            for (;;) {
                int start = p->i;
                lpush(p, &init, expr_stmt_of(p, parse_expr(p)));
                if (p->i == start) break;
                if (!accept(p, CC_T_COMMA)) break;
            }
        }
    }
    expect(p, CC_T_SEMI);
    if (kind(p) != CC_T_SEMI) s->for_.cond = parse_expr(p);
    expect(p, CC_T_SEMI);
    if (kind(p) != CC_T_RPAREN) {
        for (;;) {
            int start = p->i;
            lpush(p, &update, expr_stmt_of(p, parse_expr(p)));
            if (p->i == start) break;
            if (!accept(p, CC_T_COMMA)) break;
        }
    }
    expect(p, CC_T_RPAREN);
    s->for_.init = init.l;
    s->for_.update = update.l;
    s->for_.body = parse_statement(p);
    return s;
}

static cc_Node *jump(P *p, cc_NodeKind k) {
    cc_Node *s = mk(p, k, tok(p)->pos);
    next(p);
    if (kind(p) == CC_T_IDENT) {
        s->jump.label = tok(p)->name;
        next(p);
    }
    expect(p, CC_T_SEMI);
    return s;
}

/* A statement (not a declaration). */
static cc_Node *parse_statement(P *p) {
    cc_Pos pos = tok(p)->pos;
    if (!enter(p)) return mk_error(p, pos);
    cc_Node *s = NULL;
    switch (kind(p)) {
    case CC_T_LBRACE: s = parse_block(p); break;
    case CC_T_SEMI:
        next(p);
        s = mk(p, CC_N_EMPTY, pos);
        break;
    case CC_T_IF:
        s = mk(p, CC_N_IF, pos);
        next(p);
        s->if_.cond = paren_expr(p);
        s->if_.then = parse_statement(p);
        if (accept(p, CC_T_ELSE)) s->if_.els = parse_statement(p);
        break;
    case CC_T_WHILE:
        s = mk(p, CC_N_WHILE, pos);
        next(p);
        s->while_.cond = paren_expr(p);
        s->while_.body = parse_statement(p);
        break;
    case CC_T_DO:
        s = mk(p, CC_N_DO, pos);
        next(p);
        s->while_.body = parse_statement(p);
        expect(p, CC_T_WHILE);
        s->while_.cond = paren_expr(p);
        expect(p, CC_T_SEMI);
        break;
    case CC_T_FOR: s = parse_for(p); break;
    case CC_T_SWITCH: s = parse_switch(p); break;
    case CC_T_RETURN:
    case CC_T_THROW:
        s = mk(p, kind(p) == CC_T_RETURN ? CC_N_RETURN : CC_N_THROW, pos);
        next(p);
        if (s->kind == CC_N_THROW || kind(p) != CC_T_SEMI) s->ret.expr = parse_expr(p);
        expect(p, CC_T_SEMI);
        break;
    case CC_T_BREAK: s = jump(p, CC_N_BREAK); break;
    case CC_T_CONTINUE: s = jump(p, CC_N_CONTINUE); break;
    case CC_T_TRY: s = parse_try(p); break;
    case CC_T_ASSERT:
        s = mk(p, CC_N_ASSERT, pos);
        next(p);
        s->assert_.cond = parse_expr(p);
        if (accept(p, CC_T_COLON)) s->assert_.msg = parse_expr(p);
        expect(p, CC_T_SEMI);
        break;
    case CC_T_SYNCHRONIZED:
        error_at(p, pos, "synchronized statements are not supported yet");
        next(p);
        paren_expr(p);
        parse_block(p);
        s = mk_error(p, pos);
        break;
    case CC_T_ELSE:
        error_at(p, pos, "'else' without 'if'");
        next(p);
        p->panic = 0;
        s = mk_error(p, pos);
        break;
    case CC_T_CASE:
    case CC_T_DEFAULT:
        error_at(p, pos, kind(p) == CC_T_CASE ? "orphaned case" : "orphaned default");
        if (kind(p) == CC_T_CASE) {
            next(p);
            do {
                int start = p->i;
                parse_cond(p);
                if (p->i == start) break;
            } while (accept(p, CC_T_COMMA));
        } else {
            next(p);
        }
        if (!accept(p, CC_T_COLON)) accept(p, CC_T_ARROW);
        p->panic = 0;
        s = mk_error(p, pos);
        break;
    case CC_T_CATCH:
        error_at(p, pos, "'catch' without 'try'");
        parse_catch(p);
        p->panic = 0;
        s = mk_error(p, pos);
        break;
    case CC_T_FINALLY:
        error_at(p, pos, "'finally' without 'try'");
        next(p);
        parse_block(p);
        p->panic = 0;
        s = mk_error(p, pos);
        break;
    case CC_T_RBRACE:
        error_at(p, pos, "illegal start of statement");
        s = mk_error(p, pos);
        break;
    case CC_T_IDENT:
        if (kat(p, p->i + 1) == CC_T_COLON) {
            s = mk(p, CC_N_LABELED, pos);
            s->labeled.label = tok(p)->name;
            next(p), next(p);
            s->labeled.body = parse_statement(p);
            break;
        }
        if (is_yield_stmt(p)) {
            error_at(p, pos, "yield outside of switch expression");
            next(p);
            if (kind(p) != CC_T_SEMI) parse_expr(p);
            expect(p, CC_T_SEMI);
            s = mk_error(p, pos);
            break;
        }
        /* fall through */
    default:
        if (kind(p) == CC_T_FINAL || kind(p) == CC_T_AT || kind(p) == CC_T_CLASS ||
            kind(p) == CC_T_INTERFACE || kind(p) == CC_T_ENUM || is_record_decl(p, p->i) ||
            ((kind(p) == CC_T_IDENT || is_prim(kind(p))) && is_local_decl(p, p->i))) {
            /* a declaration where only a statement may stand: if (x) int y = 1; */
            LB dummy = {0};
            int e = scan_type(p, scan_annos(p, p->i), NULL);
            cc_Pos at = e >= 0 && kat(p, e) == CC_T_IDENT ? p->t[e].pos : pos;
            int save = p->i;
            if (kind(p) != CC_T_CLASS && kind(p) != CC_T_INTERFACE) {
                if (e >= 0) p->i = e;
                error_at(p, at, "variable declaration not allowed here");
                p->i = save;
            }
            parse_block_stmt(p, &dummy);
            s = mk_error(p, pos);
            break;
        }
        s = expr_stmt_of(p, parse_expr(p));
        expect(p, CC_T_SEMI);
        break;
    }
    leave(p);
    return s;
}

/* ------------------------------------------------------------------ */
/* declarations                                                        */
/* ------------------------------------------------------------------ */

static cc_List parse_params(P *p) {
    LB b = {0};
    expect(p, CC_T_LPAREN);
    if (accept(p, CC_T_RPAREN)) return b.l;
    cc_Node *varargs = NULL;
    for (;;) {
        int start = p->i;
        cc_Mods mods = parse_modifiers(p);
        cc_Node *t = parse_type(p);
        int va = 0;
        cc_Pos dots = tok(p)->pos;
        if (kind(p) == CC_T_ELLIPSIS) {
            t = array_of(p, t, dots);
            va = 1;
            next(p);
        }
        cc_Pos pos;
        const char *name = ident(p, &pos);
        cc_Node *prm = mk(p, CC_N_PARAM, pos);
        if (kind(p) == CC_T_LBRACKET && kat(p, p->i + 1) == CC_T_RBRACKET && va)
            error_at(p, tok(p)->pos, "legacy array notation not allowed on variable-arity parameter");
        t = parse_dims(p, t);
        prm->var.mods = mods;
        prm->var.vtype = t;
        prm->var.name = name;
        prm->var.varargs = va;
        if (varargs) {
            int save = p->i;
            error_at(p, varargs->pos, "varargs parameter must be the last parameter");
            p->i = save;
            varargs = NULL;
        }
        if (va) varargs = prm;
        lpush(p, &b, prm);
        if (p->i == start) break;
        if (!accept(p, CC_T_COMMA)) break;
    }
    expect(p, CC_T_RPAREN);
    return b.l;
}

/* method or constructor after [mods] [<T>] [result] name; at '(' */
static cc_Node *parse_method_rest(P *p, cc_Mods mods, cc_List tparams, cc_Node *result,
                                  const char *name, cc_Pos pos, int is_ctor) {
    cc_Node *m = mk(p, CC_N_METHOD, pos);
    m->method.mods = mods;
    m->method.tparams = tparams;
    m->method.name = name;
    m->method.is_ctor = is_ctor;
    m->method.params = parse_params(p);
    if (result) result = parse_dims(p, result);
    m->method.result = result;
    if (accept(p, CC_T_THROWS)) {
        if (kind(p) != CC_T_IDENT) expected(p, "<identifier>");
        else m->method.throws = parse_type_list(p);
    }
    if (kind(p) == CC_T_LBRACE) {
        m->method.body = parse_block(p);
    } else {
        expect(p, CC_T_SEMI);
    }
    return m;
}

/* one member of a class body: appended to out */
static void parse_member(P *p, cc_Node *cls, LB *out) {
    if (accept(p, CC_T_SEMI)) return;
    cc_Pos start_pos = tok(p)->pos;
    cc_Mods mods = parse_modifiers(p);
    if (kind(p) == CC_T_LBRACE) {
        cc_Node *in = mk(p, CC_N_INITIALIZER, mods.pos.file >= 0 ? mods.pos : start_pos);
        in->init.is_static = (mods.flags & CC_MOD_STATIC) != 0;
        in->init.body = parse_block(p);
        lpush(p, out, in);
        return;
    }
    if (at_type_decl(p)) {
        lpush(p, out, parse_type_decl(p, mods, cls));
        return;
    }
    cc_List tparams = {0};
    if (kind(p) == CC_T_LT) tparams = parse_type_params(p);
    if (kind(p) == CC_T_IDENT && kat(p, p->i + 1) == CC_T_LPAREN) {
        cc_Pos pos = tok(p)->pos;
        const char *name = tok(p)->name;
        if (name != cls->cls.name)
            error_at(p, pos, "invalid method declaration; return type required");
        next(p);
        lpush(p, out, parse_method_rest(p, mods, tparams, NULL, name, pos, 1));
        return;
    }
    cc_Node *type;
    if (is_prim(kind(p)) || kind(p) == CC_T_VOID || kind(p) == CC_T_IDENT) {
        type = parse_result_type(p);
    } else {
        error_at(p, tok(p)->pos, "illegal start of type");
        return;
    }
    cc_Pos pos = tok(p)->pos;
    if (kind(p) == CC_T_IDENT && kat(p, p->i + 1) == CC_T_LPAREN) {
        const char *name = tok(p)->name;
        next(p);
        lpush(p, out, parse_method_rest(p, mods, tparams, type, name, pos, 0));
        return;
    }
    if (tparams.n) {
        ident(p, NULL);
        expected(p, "'('");
        return;
    }
    cc_Pos none = {-1, 0, 0, 0};
    parse_declarators(p, CC_N_FIELD, mods, type, none, out);
    expect(p, CC_T_SEMI);
}

static void parse_class_body(P *p, cc_Node *cls) {
    LB members = {0};
    if (!expect(p, CC_T_LBRACE)) return;
    if (!enter(p)) return;
    while (kind(p) != CC_T_RBRACE && kind(p) != CC_T_EOF) {
        int start = p->i;
        parse_member(p, cls, &members);
        recover(p, start, SYNC_MEMBER);
        if (p->i == start) next(p);
    }
    expect(p, CC_T_RBRACE);
    cls->cls.members = members.l;
    leave(p);
}

/* skips the rest of a rejected declaration: up to its body, then the body */
static void skip_decl(P *p) {
    while (kind(p) != CC_T_LBRACE && kind(p) != CC_T_EOF && kind(p) != CC_T_SEMI &&
           kind(p) != CC_T_RBRACE) {
        if (kind(p) == CC_T_LPAREN) skip_group(p);
        else next(p);
    }
    if (kind(p) == CC_T_LBRACE) skip_group(p);
    p->panic = 0;
}

/* class/interface/enum/record/@interface after its modifiers. NULL if rejected. */
static cc_Node *parse_type_decl(P *p, cc_Mods mods, cc_Node *outer) {
    cc_Pos pos = tok(p)->pos;
    if (kind(p) == CC_T_ENUM) {
        error_at(p, pos, "enums are not supported yet");
        skip_decl(p);
        return NULL;
    }
    if (kind(p) == CC_T_AT) {
        error_at(p, pos, "annotation interfaces are not supported yet");
        skip_decl(p);
        return NULL;
    }
    if (kind(p) == CC_T_IDENT) { /* record */
        error_at(p, pos, "records are not supported yet");
        skip_decl(p);
        return NULL;
    }
    if (!enter(p)) return NULL;
    cc_Node *c = mk(p, CC_N_CLASS, pos);
    c->cls.mods = mods;
    c->cls.is_interface = kind(p) == CC_T_INTERFACE;
    c->cls.outer = outer;
    c->cls.is_inner = !c->cls.is_interface && outer && !outer->cls.is_interface &&
                      !(mods.flags & CC_MOD_STATIC);
    next(p);
    c->cls.name = ident(p, &c->cls.name_pos);
    if (kind(p) == CC_T_LT) c->cls.tparams = parse_type_params(p);
    if (accept(p, CC_T_EXTENDS)) {
        if (c->cls.is_interface) {
            c->cls.interfaces = parse_type_list(p);
        } else {
            c->cls.extends = parse_type(p);
        }
    }
    if (kind(p) == CC_T_IMPLEMENTS) {
        if (c->cls.is_interface) error_at(p, tok(p)->pos, "'{' expected");
        next(p);
        cc_List l = parse_type_list(p);
        if (!c->cls.is_interface) c->cls.interfaces = l;
    }
    if (is_ident_named(p, p->i, p->s_permits)) {
        error_at(p, tok(p)->pos, "sealed classes are not supported yet");
        next(p);
        parse_type_list(p);
    }
    if (kind(p) != CC_T_LBRACE) {
        expected(p, "'{'");
        /* find the body: a '{' before the next declaration */
        while (kind(p) != CC_T_LBRACE && kind(p) != CC_T_EOF && kind(p) != CC_T_SEMI &&
               kind(p) != CC_T_RBRACE && !(tok(p)->first_on_line && starts_toplevel(kind(p))))
            next(p);
    }
    if (kind(p) == CC_T_LBRACE) parse_class_body(p, c);
    leave(p);
    return c;
}

static const char *qualified_name(P *p, cc_Pos *pos, int *star) {
    char buf[1024];
    size_t n = 0;
    *pos = tok(p)->pos;
    if (star) *star = 0;
    for (;;) {
        const char *s = ident(p, NULL);
        size_t len = strlen(s);
        if (n + len + 1 < sizeof buf) {
            memcpy(buf + n, s, len);
            n += len;
        }
        if (kind(p) != CC_T_DOT) break;
        if (star && kat(p, p->i + 1) == CC_T_STAR) {
            next(p), next(p);
            *star = 1;
            break;
        }
        next(p);
        if (n + 1 < sizeof buf) buf[n++] = '.';
        if (kind(p) != CC_T_IDENT) {
            expected(p, "<identifier>");
            break;
        }
    }
    return cc_intern(p->c, buf, n);
}

static void init_parser(P *p, cc_Compiler *c, int file) {
    memset(p, 0, sizeof *p);
    p->c = c;
    p->file = file;
    p->n = cc_lex(c, file, &p->t);
    p->err_tok = -1;
    p->s_var = cc_intern_str(c, "var");
    p->s_yield = cc_intern_str(c, "yield");
    p->s_record = cc_intern_str(c, "record");
    p->s_sealed = cc_intern_str(c, "sealed");
    p->s_permits = cc_intern_str(c, "permits");
    p->s_non = cc_intern_str(c, "non");
    p->s_error = cc_intern_str(c, "<error>");
    if (cc_error_cap_reached(c)) stop(p);
}

cc_Node *cc_parse(cc_Compiler *c, int file) {
    P p;
    init_parser(&p, c, file);
    cc_Node *u = mk(&p, CC_N_UNIT, cc_pos_of(c, file, 0));
    LB imports = {0}, types = {0};
    /* package (annotations before it are parsed and dropped) */
    if (kind(&p) == CC_T_PACKAGE || (kind(&p) == CC_T_AT && kat(&p, scan_annos(&p, 0)) == CC_T_PACKAGE)) {
        while (kind(&p) == CC_T_AT) parse_annotation(&p);
        next(&p);
        u->unit.package = qualified_name(&p, &u->unit.package_pos, NULL);
        expect(&p, CC_T_SEMI);
        recover(&p, 0, SYNC_TOP);
    }
    while (kind(&p) != CC_T_EOF) {
        int start = p.i;
        if (accept(&p, CC_T_SEMI)) continue;
        if (kind(&p) == CC_T_IMPORT) {
            if (types.l.n) error_at(&p, tok(&p)->pos, "class, interface, enum, or record expected");
            next(&p);
            cc_Node *im = mk(&p, CC_N_IMPORT, tok(&p)->pos);
            im->import.is_static = accept(&p, CC_T_STATIC);
            im->import.name = qualified_name(&p, &im->pos, &im->import.on_demand);
            expect(&p, CC_T_SEMI);
            if (!types.l.n) lpush(&p, &imports, im);
        } else {
            cc_Mods mods = parse_modifiers(&p);
            if (at_type_decl(&p)) {
                lpush(&p, &types, parse_type_decl(&p, mods, NULL));
            } else {
                error_at(&p, tok(&p)->pos, "class, interface, enum, or record expected");
            }
        }
        recover(&p, start, SYNC_TOP);
        if (p.i == start) next(&p);
    }
    u->unit.imports = imports.l;
    u->unit.types = types.l;
    return u;
}

cc_Node *cc_parse_expression(cc_Compiler *c, int file) {
    P p;
    init_parser(&p, c, file);
    cc_Node *e = parse_expr(&p);
    if (kind(&p) != CC_T_EOF) error_at(&p, tok(&p)->pos, "unexpected '%.*s' after the expression",
                                       (int)tok(&p)->len, tok(&p)->text);
    return e;
}

/* ------------------------------------------------------------------ */
/* AST utilities                                                       */
/* ------------------------------------------------------------------ */

static const char *const node_names[] = {
#define X(n) #n,
    CC_NODES(X)
#undef X
};
static const char *const op_spellings[] = {
#define X(n, s) s,
    CC_OPS(X)
#undef X
};
static const char *const prim_names[] = {"boolean", "byte", "short", "char", "int",
                                          "long", "float", "double", "void"};

const char *cc_node_kind_name(cc_NodeKind k) {
    return (unsigned)k < CC_N_COUNT ? node_names[k] : "?";
}
const char *cc_op_spelling(cc_Op op) { return (unsigned)op < CC_OP_COUNT ? op_spellings[op] : "?"; }
const char *cc_prim_name(cc_Prim p) { return (unsigned)p <= CC_PRIM_VOID ? prim_names[p] : "?"; }

static cc_Pos earlier(cc_Pos a, cc_Pos b) {
    if (a.file < 0) return b;
    if (b.file < 0) return a;
    return a.off <= b.off ? a : b;
}

cc_Pos cc_node_start(const cc_Node *n) {
    if (!n) return (cc_Pos){-1, 0, 0, 0};
    switch (n->kind) {
    case CC_N_BINARY:
    case CC_N_ASSIGN: return cc_node_start(n->binary.left);
    case CC_N_COND: return cc_node_start(n->cond.cond);
    case CC_N_INSTANCEOF: return cc_node_start(n->inst.expr);
    case CC_N_INDEX: return cc_node_start(n->index.array);
    case CC_N_SELECT: return cc_node_start(n->select.target);
    case CC_N_CALL: return n->call.target ? cc_node_start(n->call.target) : n->pos;
    case CC_N_UNARY:
        return n->unary.op == CC_OP_POSTINC || n->unary.op == CC_OP_POSTDEC
                   ? cc_node_start(n->unary.operand)
                   : n->pos;
    case CC_N_CTOR_CALL: return n->ctor_call.outer ? cc_node_start(n->ctor_call.outer) : n->pos;
    case CC_N_NEW: return n->new_.outer ? cc_node_start(n->new_.outer) : n->pos;
    case CC_N_CLASS_LIT: return cc_node_start(n->class_lit.ctype);
    case CC_N_CLASS_TYPE: return n->ctype.outer ? cc_node_start(n->ctype.outer) : n->pos;
    case CC_N_ARRAY_TYPE: return earlier(cc_node_start(n->array.elem), n->pos);
    case CC_N_UNION_TYPE: return n->uni.alts.n ? cc_node_start(n->uni.alts.items[0]) : n->pos;
    case CC_N_THIS:
    case CC_N_SUPER: return n->this_.qual ? cc_node_start(n->this_.qual) : n->pos;
    case CC_N_EXPR_STMT: return cc_node_start(n->expr_stmt.expr);
    case CC_N_FIELD:
    case CC_N_LOCAL:
    case CC_N_PARAM:
        return earlier(n->var.mods.pos, n->var.vtype ? cc_node_start(n->var.vtype) : n->pos);
    case CC_N_METHOD: {
        cc_Pos p = n->pos;
        if (n->method.result) p = earlier(cc_node_start(n->method.result), p);
        if (n->method.tparams.n) p = earlier(cc_node_start(n->method.tparams.items[0]), p);
        return earlier(n->method.mods.pos, p);
    }
    case CC_N_CLASS: return earlier(n->cls.mods.pos, n->pos);
    default: return n->pos;
    }
}

/* --- the S-expression printer --- */

static void dump(const cc_Node *n, FILE *out);

static void dump_list(const cc_List *l, FILE *out) {
    for (int i = 0; i < l->n; i++) {
        fputc(' ', out);
        dump(l->items[i], out);
    }
}

static void dump_type(const cc_Node *t, FILE *out) {
    if (!t) {
        fputs("?null", out);
        return;
    }
    switch (t->kind) {
    case CC_N_PRIM_TYPE: fputs(cc_prim_name(t->prim.prim), out); break;
    case CC_N_CLASS_TYPE:
        if (t->ctype.outer) {
            dump_type(t->ctype.outer, out);
            fputc('.', out);
        }
        fputs(t->ctype.name, out);
        if (t->ctype.diamond) {
            fputs("<>", out);
        } else if (t->ctype.args.n) {
            fputc('<', out);
            for (int i = 0; i < t->ctype.args.n; i++) {
                if (i) fputc(',', out);
                dump_type(t->ctype.args.items[i], out);
            }
            fputc('>', out);
        }
        break;
    case CC_N_ARRAY_TYPE:
        dump_type(t->array.elem, out);
        fputs("[]", out);
        break;
    case CC_N_WILDCARD:
        fputc('?', out);
        if (t->wild.bound_kind) {
            fputs(t->wild.bound_kind == 1 ? " extends " : " super ", out);
            dump_type(t->wild.bound, out);
        }
        break;
    case CC_N_UNION_TYPE:
        for (int i = 0; i < t->uni.alts.n; i++) {
            if (i) fputc('|', out);
            dump_type(t->uni.alts.items[i], out);
        }
        break;
    default: dump(t, out); break;
    }
}

static void dump_mods(const cc_Mods *m, FILE *out) {
    static const char *const names[] = {"public", "protected", "private", "static",
                                        "final", "abstract", "native", "synchronized",
                                        "transient", "volatile", "strictfp", "default"};
    if (!m->flags && !m->annos.n) return;
    fputs(" (mods", out);
    for (int i = 0; i < m->annos.n; i++) {
        fputc(' ', out);
        dump(m->annos.items[i], out);
    }
    for (unsigned i = 0; i < sizeof names / sizeof *names; i++)
        if (m->flags & (1u << i)) fprintf(out, " %s", names[i]);
    fputc(')', out);
}

static void dump_tparams(const cc_List *l, FILE *out) {
    if (!l->n) return;
    fputs(" (tparams", out);
    dump_list(l, out);
    fputc(')', out);
}

static void dump_typelist(const char *head, const cc_List *l, FILE *out) {
    if (!l->n) return;
    fprintf(out, " (%s", head);
    for (int i = 0; i < l->n; i++) {
        fputc(' ', out);
        dump_type(l->items[i], out);
    }
    fputc(')', out);
}

static void dump_opt(const cc_Node *n, FILE *out) {
    if (!n) return;
    fputc(' ', out);
    dump(n, out);
}

static void dump(const cc_Node *n, FILE *out) {
    if (!n) {
        fputs("?null", out);
        return;
    }
    switch (n->kind) {
    case CC_N_UNIT:
        fputs("(unit", out);
        if (n->unit.package) fprintf(out, " (package %s)", n->unit.package);
        dump_list(&n->unit.imports, out);
        dump_list(&n->unit.types, out);
        fputc(')', out);
        break;
    case CC_N_IMPORT:
        fprintf(out, "(import%s %s%s)", n->import.is_static ? "-static" : "", n->import.name,
                n->import.on_demand ? ".*" : "");
        break;
    case CC_N_CLASS:
        fprintf(out, "(%s %s", n->cls.is_interface ? "interface" : "class", n->cls.name);
        if (n->cls.is_inner) fputs(" inner", out);
        dump_mods(&n->cls.mods, out);
        dump_tparams(&n->cls.tparams, out);
        if (n->cls.extends) {
            fputs(" (extends ", out);
            dump_type(n->cls.extends, out);
            fputc(')', out);
        }
        dump_typelist(n->cls.is_interface ? "extends" : "implements", &n->cls.interfaces, out);
        dump_list(&n->cls.members, out);
        fputc(')', out);
        break;
    case CC_N_TYPE_PARAM:
        if (!n->tparam.bounds.n) {
            fputs(n->tparam.name, out);
        } else {
            fprintf(out, "(%s", n->tparam.name);
            dump_typelist("extends", &n->tparam.bounds, out);
            fputc(')', out);
        }
        break;
    case CC_N_FIELD:
    case CC_N_LOCAL:
    case CC_N_PARAM:
        fputs(n->kind == CC_N_FIELD   ? "(field"
              : n->kind == CC_N_LOCAL ? "(local"
              : n->var.varargs        ? "(varargs"
                                      : "(param",
              out);
        dump_mods(&n->var.mods, out);
        fputc(' ', out);
        if (n->var.is_var) fputs("var", out);
        else dump_type(n->var.vtype, out);
        fprintf(out, " %s", n->var.name);
        dump_opt(n->var.init, out);
        fputc(')', out);
        break;
    case CC_N_METHOD:
        fputs(n->method.is_ctor ? "(ctor" : "(method", out);
        dump_mods(&n->method.mods, out);
        dump_tparams(&n->method.tparams, out);
        if (n->method.result) {
            fputc(' ', out);
            dump_type(n->method.result, out);
        }
        fprintf(out, " %s (params", n->method.name);
        dump_list(&n->method.params, out);
        fputc(')', out);
        dump_typelist("throws", &n->method.throws, out);
        dump_opt(n->method.body, out);
        fputc(')', out);
        break;
    case CC_N_INITIALIZER:
        fputs(n->init.is_static ? "(static-init" : "(init", out);
        dump_opt(n->init.body, out);
        fputc(')', out);
        break;
    case CC_N_ANNOTATION:
        fputs("(@ ", out);
        dump_type(n->anno.atype, out);
        dump_list(&n->anno.args, out);
        fputc(')', out);
        break;
    case CC_N_PRIM_TYPE:
    case CC_N_CLASS_TYPE:
    case CC_N_ARRAY_TYPE:
    case CC_N_WILDCARD:
    case CC_N_UNION_TYPE: dump_type(n, out); break;
    case CC_N_BLOCK:
        fputs("(block", out);
        dump_list(&n->block.stmts, out);
        fputc(')', out);
        break;
    case CC_N_EXPR_STMT:
        fputs("(expr ", out);
        dump(n->expr_stmt.expr, out);
        fputc(')', out);
        break;
    case CC_N_IF:
        fputs("(if ", out);
        dump(n->if_.cond, out);
        dump_opt(n->if_.then, out);
        dump_opt(n->if_.els, out);
        fputc(')', out);
        break;
    case CC_N_WHILE:
        fputs("(while ", out);
        dump(n->while_.cond, out);
        dump_opt(n->while_.body, out);
        fputc(')', out);
        break;
    case CC_N_DO:
        fputs("(do ", out);
        dump(n->while_.body, out);
        dump_opt(n->while_.cond, out);
        fputc(')', out);
        break;
    case CC_N_FOR:
        fputs("(for (init", out);
        dump_list(&n->for_.init, out);
        fputc(')', out);
        dump_opt(n->for_.cond, out);
        fputs(" (update", out);
        dump_list(&n->for_.update, out);
        fputc(')', out);
        dump_opt(n->for_.body, out);
        fputc(')', out);
        break;
    case CC_N_FOREACH:
        fputs("(foreach ", out);
        dump(n->foreach.var, out);
        dump_opt(n->foreach.expr, out);
        dump_opt(n->foreach.body, out);
        fputc(')', out);
        break;
    case CC_N_SWITCH:
        fputs("(switch ", out);
        dump(n->switch_.selector, out);
        dump_list(&n->switch_.cases, out);
        fputc(')', out);
        break;
    case CC_N_CASE:
        if (n->case_.is_default) {
            fputs("(default", out);
        } else {
            fputs("(case (", out);
            for (int i = 0; i < n->case_.labels.n; i++) {
                if (i) fputc(' ', out);
                dump(n->case_.labels.items[i], out);
            }
            fputc(')', out);
        }
        dump_list(&n->case_.body, out);
        fputc(')', out);
        break;
    case CC_N_LABELED:
        fprintf(out, "(label %s", n->labeled.label);
        dump_opt(n->labeled.body, out);
        fputc(')', out);
        break;
    case CC_N_BREAK:
    case CC_N_CONTINUE:
        fputs(n->kind == CC_N_BREAK ? "(break" : "(continue", out);
        if (n->jump.label) fprintf(out, " %s", n->jump.label);
        fputc(')', out);
        break;
    case CC_N_RETURN:
    case CC_N_THROW:
        fputs(n->kind == CC_N_RETURN ? "(return" : "(throw", out);
        dump_opt(n->ret.expr, out);
        fputc(')', out);
        break;
    case CC_N_TRY:
        fputs("(try ", out);
        dump(n->try_.body, out);
        dump_list(&n->try_.catches, out);
        if (n->try_.finally_) {
            fputs(" (finally ", out);
            dump(n->try_.finally_, out);
            fputc(')', out);
        }
        fputc(')', out);
        break;
    case CC_N_CATCH:
        fputs("(catch ", out);
        dump(n->catch_.param, out);
        dump_opt(n->catch_.body, out);
        fputc(')', out);
        break;
    case CC_N_ASSERT:
        fputs("(assert ", out);
        dump(n->assert_.cond, out);
        dump_opt(n->assert_.msg, out);
        fputc(')', out);
        break;
    case CC_N_EMPTY: fputs("(empty)", out); break;
    case CC_N_LITERAL: fputs(n->lit.text, out); break;
    case CC_N_NAME: fputs(n->name.name, out); break;
    case CC_N_SELECT:
        fputs("(. ", out);
        dump(n->select.target, out);
        fprintf(out, " %s)", n->select.name);
        break;
    case CC_N_CALL:
        fputs("(call ", out);
        if (n->call.target) {
            fputs("(. ", out);
            dump(n->call.target, out);
            fputc(' ', out);
        }
        if (n->call.targs.n) {
            fputc('<', out);
            for (int i = 0; i < n->call.targs.n; i++) {
                if (i) fputc(',', out);
                dump_type(n->call.targs.items[i], out);
            }
            fputc('>', out);
        }
        fputs(n->call.name, out);
        if (n->call.target) fputc(')', out);
        dump_list(&n->call.args, out);
        fputc(')', out);
        break;
    case CC_N_CTOR_CALL:
        fputs(n->ctor_call.is_super ? "(super-call" : "(this-call", out);
        if (n->ctor_call.outer) {
            fputs(" (outer ", out);
            dump(n->ctor_call.outer, out);
            fputc(')', out);
        }
        dump_list(&n->ctor_call.args, out);
        fputc(')', out);
        break;
    case CC_N_NEW:
        fputs("(new ", out);
        if (n->new_.outer) {
            fputs("(outer ", out);
            dump(n->new_.outer, out);
            fputs(") ", out);
        }
        dump_type(n->new_.ctype, out);
        dump_list(&n->new_.args, out);
        fputc(')', out);
        break;
    case CC_N_NEW_ARRAY:
        fputs("(new-array ", out);
        dump_type(n->new_array.elem, out);
        dump_list(&n->new_array.dims, out);
        for (int i = 0; i < n->new_array.extra_dims; i++) fputs(" []", out);
        dump_opt(n->new_array.init, out);
        fputc(')', out);
        break;
    case CC_N_ARRAY_INIT:
        fputs("(init", out);
        dump_list(&n->array_init.elems, out);
        fputc(')', out);
        break;
    case CC_N_INDEX:
        fputs("([] ", out);
        dump(n->index.array, out);
        dump_opt(n->index.index, out);
        fputc(')', out);
        break;
    case CC_N_UNARY: {
        const char *pre = n->unary.op == CC_OP_PREINC || n->unary.op == CC_OP_PREDEC ? "pre"
                          : n->unary.op == CC_OP_POSTINC || n->unary.op == CC_OP_POSTDEC
                              ? "post"
                              : "";
        fprintf(out, "(%s%s ", pre, cc_op_spelling(n->unary.op));
        dump(n->unary.operand, out);
        fputc(')', out);
        break;
    }
    case CC_N_BINARY:
    case CC_N_ASSIGN:
        if (n->kind == CC_N_BINARY) fprintf(out, "(%s ", cc_op_spelling(n->binary.op));
        else if (n->binary.op == CC_OP_ASSIGN) fputs("(= ", out);
        else fprintf(out, "(%s= ", cc_op_spelling(n->binary.op));
        dump(n->binary.left, out);
        dump_opt(n->binary.right, out);
        fputc(')', out);
        break;
    case CC_N_COND:
        fputs("(? ", out);
        dump(n->cond.cond, out);
        dump_opt(n->cond.then, out);
        dump_opt(n->cond.els, out);
        fputc(')', out);
        break;
    case CC_N_CAST:
        fputs("(cast ", out);
        dump_type(n->cast.ctype, out);
        dump_opt(n->cast.expr, out);
        fputc(')', out);
        break;
    case CC_N_INSTANCEOF:
        fputs("(instanceof ", out);
        dump(n->inst.expr, out);
        fputc(' ', out);
        dump_type(n->inst.ctype, out);
        fputc(')', out);
        break;
    case CC_N_THIS:
    case CC_N_SUPER:
        if (n->this_.qual) {
            dump_type(n->this_.qual, out);
            fputc('.', out);
        }
        fputs(n->kind == CC_N_THIS ? "this" : "super", out);
        break;
    case CC_N_CLASS_LIT:
        fputs("(class-lit ", out);
        dump_type(n->class_lit.ctype, out);
        fputc(')', out);
        break;
    case CC_N_PAREN:
        fputs("(paren ", out);
        dump(n->paren.expr, out);
        fputc(')', out);
        break;
    case CC_N_ERROR: fputs("(error)", out); break;
    default: fprintf(out, "(?%d)", (int)n->kind); break;
    }
}

void cc_ast_dump(const cc_Node *n, FILE *out) { dump(n, out); }
