/* disasm.c: the disassembler (see disasm.h and docs/assembly.md).
 *
 * Everything is formatted into a growable string first (Sb) so that a line can be padded
 * before its "; @pc" comment, then written out. The quoting rules here are the mirror of
 * the word-ending rules in asm.c (STOP_* there): a name is printed bare only if the
 * assembler would read it back as one word, else as a "string".
 */
#include "disasm.h"
#include "opcodes.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *b;
    size_t n, cap;
    size_t line_start; /* offset of the current line, for padding */
} Sb;

static void sb_put(Sb *s, const char *p, size_t n) {
    if (s->n + n + 1 > s->cap) {
        size_t c = s->cap ? s->cap : 256;
        while (c < s->n + n + 1)
            c *= 2;
        char *nb = realloc(s->b, c);
        if (!nb) {
            fprintf(stderr, "oak: out of memory\n");
            exit(1);
        }
        s->b = nb;
        s->cap = c;
    }
    memcpy(s->b + s->n, p, n);
    s->n += n;
    s->b[s->n] = 0;
}
static void sb_puts(Sb *s, const char *p) {
    sb_put(s, p, strlen(p));
}
static void sb_printf(Sb *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(Sb *s, const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof buf) {
        sb_put(s, buf, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) return;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_put(s, big, (size_t)n);
    free(big);
}
static void sb_nl(Sb *s) {
    sb_put(s, "\n", 1);
    s->line_start = s->n;
}
/* Pads the current line to column col (at least two spaces). */
static void sb_pad(Sb *s, size_t col) {
    size_t w = s->n - s->line_start;
    size_t k = w + 2 > col ? 2 : col - w;
    for (size_t i = 0; i < k; i++)
        sb_put(s, " ", 1);
}
static void sb_flush(Sb *s, FILE *out) {
    if (s->n) fwrite(s->b, 1, s->n, out);
    s->n = 0;
    s->line_start = 0;
}

/* ------------------------------------------------------------------ */
/* names, strings, numbers                                             */
/* ------------------------------------------------------------------ */

/* Mirrors asm.c's STOP_* sets. */
#define STOP_CLASS ""
#define STOP_OWNER ".("
#define STOP_MNAME "("
#define STOP_FNAME "=("
#define STOP_FDESC "="
#define STOP_MDESC ""

static const char *const keywords[] = {
    "public",   "private", "protected", "static", "final", "super", "native", "interface",
    "abstract", "extends", "any",       "class",  "from",  "to",    "using",  "default",
    "stack",    "locals",  "nan",       "inf",    "nanf",  "inff"};

static void put_quoted(Sb *s, const char *str, uint32_t n) {
    const uint8_t *b = (const uint8_t *)str;
    sb_put(s, "\"", 1);
    for (uint32_t i = 0; i < n;) {
        uint32_t u, c = b[i];
        if (c < 0x80) {
            u = c, i += 1;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < n && (b[i + 1] & 0xC0) == 0x80) {
            u = (c & 0x1F) << 6 | (b[i + 1] & 0x3F), i += 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < n && (b[i + 1] & 0xC0) == 0x80 &&
                   (b[i + 2] & 0xC0) == 0x80) {
            u = (c & 0x0F) << 12 | (uint32_t)(b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F), i += 3;
        } else {
            u = 0xFFFD, i += 1; /* not modified UTF-8: the reader never lets this through */
        }
        if (u == '"')
            sb_puts(s, "\\\"");
        else if (u == '\\')
            sb_puts(s, "\\\\");
        else if (u == '\n')
            sb_puts(s, "\\n");
        else if (u == '\t')
            sb_puts(s, "\\t");
        else if (u == '\r')
            sb_puts(s, "\\r");
        else if (u >= 0x20 && u < 0x7f) {
            char ch = (char)u;
            sb_put(s, &ch, 1);
        } else
            sb_printf(s, "\\u%04x", u);
    }
    sb_put(s, "\"", 1);
}

static int bare_ok(const char *b, uint32_t n, const char *stops) {
    if (n == 0) return 0;
    for (uint32_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)b[i];
        if (c <= 0x20 || c >= 0x7f || c == '"' || (i == 0 && c == ';') || strchr(stops, c))
            return 0;
    }
    for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
        if (strlen(keywords[k]) == n && memcmp(keywords[k], b, n) == 0) return 0;
    return 1;
}

static void put_name(Sb *s, const char *b, uint32_t n, const char *stops) {
    if (bare_ok(b, n, stops))
        sb_put(s, b, n);
    else
        put_quoted(s, b, n);
}

static const ld_Const *cst(const ld_Module *m, uint32_t i, int tag) {
    if (i == 0 || i > m->npool || !m->pool) return NULL;
    if (tag && m->pool[i].tag != tag) return NULL;
    return &m->pool[i];
}

static void put_bad(Sb *s, uint32_t i) {
    sb_printf(s, "\"<bad constant #%u>\"", i);
}

static void put_utf8(Sb *s, const ld_Module *m, uint32_t i, const char *stops) {
    const ld_Const *c = cst(m, i, LD_C_UTF8);
    if (!c)
        put_bad(s, i);
    else
        put_name(s, c->u.utf8.bytes, c->u.utf8.len, stops);
}

static void put_class(Sb *s, const ld_Module *m, uint32_t i, const char *stops) {
    const ld_Const *c = cst(m, i, LD_C_CLASS);
    if (!c)
        put_bad(s, i);
    else
        put_utf8(s, m, c->u.ref, stops);
}

/* Is the UTF8 constant i bare-printable with these stops? */
static int utf8_bare(const ld_Module *m, uint32_t i, const char *stops) {
    const ld_Const *c = cst(m, i, LD_C_UTF8);
    return c && bare_ok(c->u.utf8.bytes, c->u.utf8.len, stops);
}

/* name(desc) when both are bare, else name "desc". */
static void put_name_desc(Sb *s, const ld_Module *m, uint16_t name, uint16_t desc, int is_method) {
    put_utf8(s, m, name, is_method ? STOP_MNAME : STOP_FNAME);
    const char *dstops = is_method ? STOP_MDESC : STOP_FDESC;
    if (!is_method || !utf8_bare(m, name, STOP_MNAME) || !utf8_bare(m, desc, dstops))
        sb_put(s, " ", 1);
    put_utf8(s, m, desc, dstops);
}

static void put_member(Sb *s, const ld_Module *m, uint32_t i, int tag) {
    const ld_Const *c = cst(m, i, tag);
    if (!c) {
        put_bad(s, i);
        return;
    }
    put_class(s, m, c->u.member.cls, STOP_OWNER);
    sb_put(s, ".", 1);
    put_name_desc(s, m, c->u.member.name, c->u.member.desc, tag == LD_C_METHOD);
}

/* Shortest decimal that reads back (strtod/strtof) as exactly the same bits: the shortest
 * %.Ng, or a plain %.Nf if that is at most a little longer (100.0 rather than 1e+02).
 * Always contains '.' or 'e' so the assembler reads a floating-point literal. Returns 0
 * if nothing round-trips (the caller then prints the bits). */
static int shortest_decimal(double v, int is_float, char *out, size_t cap) {
    char g[64] = "", f[64] = "";
    for (int p = 1; p <= 17 && !g[0]; p++) {
        snprintf(g, sizeof g, "%.*g", p, v);
        int same = is_float ? strtof(g, NULL) == (float)v : strtod(g, NULL) == v;
        if (!same || (v == 0 && signbit(strtod(g, NULL)) != signbit(v))) g[0] = 0;
    }
    if (!g[0]) return 0;
    double a = fabs(v);
    if (a == 0 || (a >= 1e-5 && a < 1e17))
        for (int d = 0; d <= 25 && !f[0]; d++) {
            snprintf(f, sizeof f, "%.*f", d, v);
            int same = is_float ? strtof(f, NULL) == (float)v : strtod(f, NULL) == v;
            if (!same || signbit(strtod(f, NULL)) != signbit(v)) f[0] = 0;
        }
    const char *best = f[0] && strlen(f) <= strlen(g) + 3 ? f : g;
    snprintf(out, cap, "%s%s", best, strpbrk(best, ".e") ? "" : ".0");
    return 1;
}

static void put_float(Sb *s, uint32_t bits) {
    if ((bits & 0x7f800000u) == 0x7f800000u) {
        if (bits & 0x007fffffu) {
            if (bits == 0x7fc00000u)
                sb_puts(s, "nanf");
            else
                sb_printf(s, "float:0x%08x", bits);
        } else {
            sb_puts(s, bits >> 31 ? "-inff" : "inff");
        }
        return;
    }
    float f;
    memcpy(&f, &bits, 4);
    char buf[80];
    if (shortest_decimal((double)f, 1, buf, sizeof buf))
        sb_printf(s, "%sf", buf);
    else
        sb_printf(s, "float:0x%08x", bits);
}

static void put_double(Sb *s, uint64_t bits) {
    if ((bits & 0x7ff0000000000000ull) == 0x7ff0000000000000ull) {
        if (bits & 0x000fffffffffffffull) {
            if (bits == 0x7ff8000000000000ull)
                sb_puts(s, "nan");
            else
                sb_printf(s, "double:0x%016llx", (unsigned long long)bits);
        } else {
            sb_puts(s, bits >> 63 ? "-inf" : "inf");
        }
        return;
    }
    double d;
    memcpy(&d, &bits, 8);
    char buf[80];
    if (shortest_decimal(d, 0, buf, sizeof buf))
        sb_puts(s, buf);
    else
        sb_printf(s, "double:0x%016llx", (unsigned long long)bits);
}

/* A loadable constant in ldc / field-value syntax. */
static void put_const(Sb *s, const ld_Module *m, uint32_t i) {
    const ld_Const *c = cst(m, i, 0);
    if (!c) {
        put_bad(s, i);
        return;
    }
    switch (c->tag) {
    case LD_C_INT: sb_printf(s, "%d", c->u.i); break;
    case LD_C_LONG: sb_printf(s, "%lldL", (long long)c->u.j); break;
    case LD_C_FLOAT: put_float(s, c->u.f); break;
    case LD_C_DOUBLE: put_double(s, c->u.d); break;
    case LD_C_STRING: {
        const ld_Const *u = cst(m, c->u.ref, LD_C_UTF8);
        if (u)
            put_quoted(s, u->u.utf8.bytes, u->u.utf8.len);
        else
            put_bad(s, i);
        break;
    }
    case LD_C_CLASS:
        sb_puts(s, "class ");
        put_class(s, m, i, STOP_CLASS);
        break;
    default: put_bad(s, i); break;
    }
}

typedef struct {
    const char *word;
    uint16_t bit;
} Flag;
static const Flag flag_words[] = {
    {"public", LD_ACC_PUBLIC}, {"private", LD_ACC_PRIVATE},     {"protected", LD_ACC_PROTECTED},
    {"static", LD_ACC_STATIC}, {"final", LD_ACC_FINAL},         {"super", LD_ACC_SUPER},
    {"native", LD_ACC_NATIVE}, {"interface", LD_ACC_INTERFACE}, {"abstract", LD_ACC_ABSTRACT},
};

static void put_flags(Sb *s, uint16_t flags, uint16_t allowed) {
    for (size_t i = 0; i < sizeof flag_words / sizeof flag_words[0]; i++)
        if (flags & flag_words[i].bit & allowed) sb_printf(s, "%s ", flag_words[i].word);
}

/* ------------------------------------------------------------------ */
/* code                                                                */
/* ------------------------------------------------------------------ */

typedef struct {
    const ld_Module *m;
    const uint8_t *code;
    uint32_t len;
    const uint8_t *start; /* instruction starts (and len); NULL: print targets as @pc */
} Code;

static void put_target(Sb *s, const Code *c, int64_t t) {
    if (c->start && t >= 0 && t <= (int64_t)c->len && c->start[t])
        sb_printf(s, "L%lld", (long long)t);
    else
        sb_printf(s, "@%lld", (long long)t);
}

static const char *const atype_names[] = {
    [OAK_T_BOOLEAN] = "boolean", [OAK_T_CHAR] = "char", [OAK_T_FLOAT] = "float",
    [OAK_T_DOUBLE] = "double",   [OAK_T_BYTE] = "byte", [OAK_T_SHORT] = "short",
    [OAK_T_INT] = "int",         [OAK_T_LONG] = "long"};

/* Formats the instruction at pc (decodable, checked by the caller). Switch entries go on
 * their own lines indented by case_indent, or on the same line when case_indent is NULL.
 * If comment_col, the first line gets a "; @pc" comment at that column. */
static void put_insn(Sb *s, const Code *c, uint32_t pc, const char *case_indent,
                     size_t comment_col) {
    const uint8_t *p = c->code + pc;
    const op_Info *in = &op_info[p[0]];
    const uint8_t *a = p + 1;
    sb_puts(s, in->name);
    switch ((op_Format)in->format) {
    case OPF_NONE: break;
    case OPF_S1: sb_printf(s, " %d", (int8_t)a[0]); break;
    case OPF_S2: sb_printf(s, " %d", op_s16(a)); break;
    case OPF_LOCAL: sb_printf(s, " %u", op_u16(a)); break;
    case OPF_IINC: sb_printf(s, " %u %d", op_u16(a), op_s16(a + 2)); break;
    case OPF_BRANCH:
        sb_put(s, " ", 1);
        put_target(s, c, (int64_t)pc + op_s32(a));
        break;
    case OPF_CONST:
        sb_put(s, " ", 1);
        put_const(s, c->m, op_u16(a));
        break;
    case OPF_CLASS:
        sb_put(s, " ", 1);
        put_class(s, c->m, op_u16(a), STOP_CLASS);
        break;
    case OPF_FIELD:
    case OPF_METHOD:
        sb_put(s, " ", 1);
        put_member(s, c->m, op_u16(a), in->format == OPF_FIELD ? LD_C_FIELD : LD_C_METHOD);
        break;
    case OPF_ATYPE:
        if (a[0] >= OAK_T_BOOLEAN && a[0] <= OAK_T_LONG)
            sb_printf(s, " %s", atype_names[a[0]]);
        else
            sb_printf(s, " <bad element type %u>", a[0]);
        break;
    case OPF_MULTI:
        sb_put(s, " ", 1);
        put_class(s, c->m, op_u16(a), STOP_CLASS);
        sb_printf(s, " %u", a[2]);
        break;
    case OPF_TABLESWITCH:
    case OPF_LOOKUPSWITCH: {
        int table = in->format == OPF_TABLESWITCH;
        int32_t lo = op_s32(a + 4), hi = op_s32(a + 8);
        if (table) sb_printf(s, " %d %d", lo, hi);
        sb_puts(s, " default=");
        put_target(s, c, (int64_t)pc + op_s32(a));
        if (comment_col) {
            sb_pad(s, comment_col);
            sb_printf(s, "; @%u", pc);
            comment_col = 0;
        }
        uint64_t n = table ? (uint64_t)((int64_t)hi - lo + 1) : op_u32(a + 4);
        for (uint64_t i = 0; i < n; i++) {
            if (case_indent) {
                sb_nl(s);
                sb_puts(s, case_indent);
            } else {
                sb_put(s, " ", 1);
            }
            if (table) {
                put_target(s, c, (int64_t)pc + op_s32(a + 12 + 4 * i));
            } else {
                sb_printf(s, "%d: ", op_s32(a + 8 + 8 * i));
                put_target(s, c, (int64_t)pc + op_s32(a + 12 + 8 * i));
            }
        }
        break;
    }
    case OPF__COUNT: break;
    }
    if (comment_col) {
        sb_pad(s, comment_col);
        sb_printf(s, "; @%u", pc);
    }
}

char *ld_format_insn(const ld_Module *m, const uint8_t *code, uint32_t code_len, uint32_t pc,
                     char *buf, size_t buflen) {
    if (!buflen) return buf;
    if (!op_decode_length(code, code_len, pc)) {
        snprintf(buf, buflen, "<bad code>");
        return buf;
    }
    Sb s = {0};
    Code c = {m, code, code_len, NULL};
    put_insn(&s, &c, pc, NULL, 0);
    snprintf(buf, buflen, "%s", s.b ? s.b : "");
    free(s.b);
    return buf;
}

/* Branch targets of the instruction at pc, passed to mark(). */
static void mark_targets(const Code *c, uint32_t pc, uint8_t *label) {
    const uint8_t *p = c->code + pc, *a = p + 1;
    const op_Info *in = &op_info[p[0]];
#define MARK(t)                                                                                    \
    do {                                                                                           \
        int64_t t_ = (t);                                                                          \
        if (t_ >= 0 && t_ <= (int64_t)c->len && c->start[t_]) label[t_] = 1;                       \
    } while (0)
    if (in->format == OPF_BRANCH) MARK((int64_t)pc + op_s32(a));
    if (in->format == OPF_TABLESWITCH) {
        MARK((int64_t)pc + op_s32(a));
        uint64_t n = (uint64_t)((int64_t)op_s32(a + 8) - op_s32(a + 4) + 1);
        for (uint64_t i = 0; i < n; i++)
            MARK((int64_t)pc + op_s32(a + 12 + 4 * i));
    }
    if (in->format == OPF_LOOKUPSWITCH) {
        MARK((int64_t)pc + op_s32(a));
        uint32_t n = op_u32(a + 4);
        for (uint32_t i = 0; i < n; i++)
            MARK((int64_t)pc + op_s32(a + 12 + 8 * i));
    }
#undef MARK
}

static void put_method(Sb *s, const ld_Module *m, const ld_Method *me, FILE *out) {
    sb_puts(s, "    .method ");
    put_flags(s, me->flags, LD_METHOD_FLAGS);
    put_name_desc(s, m, me->name, me->desc, 1);
    sb_nl(s);
    if (me->flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT)) {
        sb_puts(s, "    .end method");
        sb_nl(s);
        return;
    }
    sb_printf(s, "        .limit stack %u", me->max_stack);
    sb_nl(s);
    sb_printf(s, "        .limit locals %u", me->max_locals);
    sb_nl(s);
    uint32_t len = me->code_len;
    uint8_t *start = calloc((size_t)len + 1, 1), *label = calloc((size_t)len + 1, 1);
    if (!start || !label) {
        fprintf(stderr, "oak: out of memory\n");
        exit(1);
    }
    Code c = {m, me->code, len, start};
    uint32_t bad = UINT32_MAX; /* first undecodable pc */
    for (uint32_t pc = 0; pc < len;) {
        uint32_t n = op_decode_length(me->code, len, pc);
        if (!n) {
            bad = pc;
            break;
        }
        start[pc] = 1;
        pc += n;
    }
    start[len] = bad == UINT32_MAX;
    for (uint32_t pc = 0; pc < len && pc < bad; pc++)
        if (start[pc]) mark_targets(&c, pc, label);
    for (uint32_t i = 0; i < me->nhandlers; i++) {
        const ld_Handler *h = &me->handlers[i];
        uint32_t t[3] = {h->start, h->end, h->handler};
        for (int k = 0; k < 3; k++)
            if (t[k] <= len && start[t[k]]) label[t[k]] = 1;
    }
    /* line entries go inline if they are in pc order at instruction starts */
    int inline_lines = 1;
    for (uint32_t i = 0; i < me->nlines && inline_lines; i++) {
        uint32_t lpc = me->lines[i].pc;
        inline_lines = lpc < len && start[lpc] && (i == 0 || me->lines[i - 1].pc <= lpc);
    }
    if (!inline_lines)
        for (uint32_t i = 0; i < me->nlines; i++) {
            sb_printf(s, "        .line %u @%u", me->lines[i].line, me->lines[i].pc);
            sb_nl(s);
        }
    uint32_t li = 0;
    for (uint32_t pc = 0; pc < len; pc++) {
        if (!start[pc]) continue;
        if (label[pc]) {
            sb_printf(s, "    L%u:", pc);
            sb_nl(s);
        }
        while (inline_lines && li < me->nlines && me->lines[li].pc == pc) {
            sb_printf(s, "        .line %u", me->lines[li++].line);
            sb_nl(s);
        }
        sb_puts(s, "        ");
        put_insn(s, &c, pc, "            ", 48);
        sb_nl(s);
        if (s->n > 65536) sb_flush(s, out);
    }
    if (bad != UINT32_MAX) {
        sb_printf(s, "        ; undecodable code from pc %u (length %u)", bad, len);
        sb_nl(s);
    } else if (label[len]) {
        sb_printf(s, "    L%u:", len);
        sb_nl(s);
    }
    for (uint32_t i = 0; i < me->nhandlers; i++) {
        const ld_Handler *h = &me->handlers[i];
        sb_puts(s, "        .catch ");
        if (h->catch_type)
            put_class(s, m, h->catch_type, STOP_CLASS);
        else
            sb_puts(s, "any");
        sb_puts(s, " from ");
        put_target(s, &c, h->start);
        sb_puts(s, " to ");
        put_target(s, &c, h->end);
        sb_puts(s, " using ");
        put_target(s, &c, h->handler);
        sb_nl(s);
    }
    free(start);
    free(label);
    sb_puts(s, "    .end method");
    sb_nl(s);
}

static void put_class_def(Sb *s, const ld_Module *m, const ld_Class *k, FILE *out) {
    sb_puts(s, ".class ");
    put_flags(s, k->flags, LD_CLASS_FLAGS);
    put_class(s, m, k->this_class, STOP_CLASS);
    if (k->super_class) {
        sb_puts(s, " extends ");
        put_class(s, m, k->super_class, STOP_CLASS);
    }
    sb_nl(s);
    if (k->source) {
        sb_puts(s, "    .source ");
        const ld_Const *u = cst(m, k->source, LD_C_UTF8);
        if (u)
            put_quoted(s, u->u.utf8.bytes, u->u.utf8.len);
        else
            put_bad(s, k->source);
        sb_nl(s);
    }
    for (uint32_t i = 0; i < k->ninterfaces; i++) {
        sb_puts(s, "    .implements ");
        put_class(s, m, k->interfaces[i], STOP_CLASS);
        sb_nl(s);
    }
    for (uint32_t i = 0; i < k->nfields; i++) {
        const ld_Field *f = &k->fields[i];
        sb_puts(s, "    .field ");
        put_flags(s, f->flags, LD_FIELD_FLAGS);
        put_name_desc(s, m, f->name, f->desc, 0);
        if (f->constval) {
            sb_puts(s, " = ");
            put_const(s, m, f->constval);
        }
        sb_nl(s);
    }
    for (uint32_t i = 0; i < k->nmethods; i++) {
        sb_nl(s);
        put_method(s, m, &k->methods[i], out);
        sb_flush(s, out);
    }
    sb_puts(s, ".end class");
    sb_nl(s);
}

int ld_find_class(const ld_Module *m, const char *name) {
    for (uint32_t i = 0; i < m->nclasses; i++) {
        const ld_Const *c = cst(m, m->classes[i].this_class, LD_C_CLASS);
        const ld_Const *u = c ? cst(m, c->u.ref, LD_C_UTF8) : NULL;
        if (u && strcmp(u->u.utf8.bytes, name) == 0) return (int)i;
    }
    return -1;
}

void ld_disassemble(const ld_Module *m, const char *only_class, FILE *out) {
    Sb s = {0};
    int only = only_class ? ld_find_class(m, only_class) : -1;
    if (only_class && only < 0) return;
    int first = 1;
    if (!only_class) {
        if (m->major != LD_MAJOR || m->minor != LD_MINOR) {
            sb_printf(&s, ".version %u %u", m->major, m->minor);
            sb_nl(&s);
            first = 0;
        }
        if (m->main_class) {
            sb_puts(&s, ".main ");
            put_class(&s, m, m->main_class, STOP_CLASS);
            sb_nl(&s);
            first = 0;
        }
    }
    for (uint32_t i = 0; i < m->nclasses; i++) {
        if (only >= 0 && (int)i != only) continue;
        if (!first) sb_nl(&s);
        first = 0;
        put_class_def(&s, m, &m->classes[i], out);
        sb_flush(&s, out);
    }
    sb_flush(&s, out);
    free(s.b);
}
