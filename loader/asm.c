/* asm.c: the assembler (see asm.h and docs/assembly.md).
 *
 * One pass over the text with a cursor; no separate token stream, because what a token is
 * depends on where it is (a descriptor may contain ';' and '(' that elsewhere end a word).
 * Forward label references are recorded as fixups and patched at '.end method'. The first
 * error longjmps back to ld_assemble with the message formatted; everything allocated on
 * the way hangs off the As state and is freed there.
 */
#include "asm.h"
#include "opcodes.h"

#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* small containers                                                    */
/* ------------------------------------------------------------------ */

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "oak: out of memory\n");
        exit(1);
    }
    return q;
}

/* Grows *arr (of *cap elements of size sz) so that it holds at least need elements. */
static void grow(void **arr, size_t *cap, size_t need, size_t sz) {
    if (need <= *cap) return;
    size_t c = *cap ? *cap : 8;
    while (c < need)
        c *= 2;
    *arr = xrealloc(*arr, c * sz);
    *cap = c;
}

/* A decoded byte string (modified UTF-8), always NUL-terminated. */
typedef struct {
    char *b;
    size_t n, cap;
} Str;

static void str_put(Str *s, const void *p, size_t n) {
    grow((void **)&s->b, &s->cap, s->n + n + 1, 1);
    memcpy(s->b + s->n, p, n);
    s->n += n;
    s->b[s->n] = 0;
}
static void str_reset(Str *s) {
    s->n = 0;
    grow((void **)&s->b, &s->cap, 1, 1);
    s->b[0] = 0;
}

/* One UTF-16 unit as modified UTF-8 (U+0000 is C0 80, never a 0 byte). */
static void str_unit(Str *s, uint32_t u) {
    uint8_t b[3];
    if (u != 0 && u < 0x80) {
        b[0] = (uint8_t)u;
        str_put(s, b, 1);
    } else if (u < 0x800) {
        b[0] = (uint8_t)(0xC0 | (u >> 6));
        b[1] = (uint8_t)(0x80 | (u & 0x3F));
        str_put(s, b, 2);
    } else {
        b[0] = (uint8_t)(0xE0 | (u >> 12));
        b[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
        b[2] = (uint8_t)(0x80 | (u & 0x3F));
        str_put(s, b, 3);
    }
}
/* A code point: supplementary characters become a surrogate pair, each unit alone. */
static void str_cp(Str *s, uint32_t cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        str_unit(s, 0xD800 | (cp >> 10));
        str_unit(s, 0xDC00 | (cp & 0x3FF));
    } else {
        str_unit(s, cp);
    }
}

/* Strict UTF-8: returns the sequence length at s[0..n) and the code point, or 0. */
static int utf8_decode(const uint8_t *s, size_t n, uint32_t *cp) {
    if (n == 0) return 0;
    uint8_t c = s[0];
    if (c < 0x80) return *cp = c, 1;
    int len;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0)
        len = 2, v = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0)
        len = 3, v = c & 0x0F, min = 0x800;
    else if ((c & 0xF8) == 0xF0)
        len = 4, v = c & 0x07, min = 0x10000;
    else
        return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

/* String-keyed hash map (keys point into the source text, which outlives the map). */
typedef struct {
    const char *k; /* NULL = empty slot */
    uint32_t klen;
    int64_t val;
    size_t pos; /* where the name was defined */
} Ent;
typedef struct {
    Ent *e;
    uint32_t cap, n;
} Map;

static uint32_t hash_str(const char *p, uint32_t n) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)p[i]) * 16777619u;
    return h;
}
static Ent *map_find(const Map *m, const char *k, uint32_t n) {
    if (!m->cap) return NULL;
    for (uint32_t i = hash_str(k, n) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        Ent *e = &m->e[i];
        if (!e->k) return NULL;
        if (e->klen == n && memcmp(e->k, k, n) == 0) return e;
    }
}
/* Inserts a new key (the caller checked it is absent). */
static Ent *map_add(Map *m, const char *k, uint32_t n) {
    if ((m->n + 1) * 2 > m->cap) {
        Map nm = {0};
        nm.cap = m->cap ? m->cap * 2 : 64;
        nm.e = calloc(nm.cap, sizeof(Ent));
        if (!nm.e) {
            fprintf(stderr, "oak: out of memory\n");
            exit(1);
        }
        for (uint32_t i = 0; i < m->cap; i++)
            if (m->e[i].k) {
                uint32_t j = hash_str(m->e[i].k, m->e[i].klen) & (nm.cap - 1);
                while (nm.e[j].k)
                    j = (j + 1) & (nm.cap - 1);
                nm.e[j] = m->e[i];
            }
        nm.n = m->n;
        free(m->e);
        *m = nm;
    }
    uint32_t i = hash_str(k, n) & (m->cap - 1);
    while (m->e[i].k)
        i = (i + 1) & (m->cap - 1);
    m->e[i].k = k;
    m->e[i].klen = n;
    m->n++;
    return &m->e[i];
}
static void map_clear(Map *m) {
    free(m->e);
    memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------------ */
/* assembler state                                                     */
/* ------------------------------------------------------------------ */

/* A branch or handler target: a label name or an absolute pc ("@N"). */
typedef struct {
    const char *name; /* NULL = absolute */
    uint32_t nlen;
    int64_t abs;
    size_t pos;
} Target;

typedef struct {
    Target t;
    uint32_t at, base; /* where the s32 goes, pc of the instruction */
} Fixup;

typedef struct {
    Target from, to, using;
    uint16_t type;
    size_t pos;
} Catch;

typedef struct {
    uint32_t pc, line;
    int explicit_pc;
    size_t pos;
} Line;

typedef struct {
    int32_t key;
    Target t;
    size_t pos;
} Case;

typedef struct {
    uint16_t ci, mi; /* class and method index */
    uint16_t flags;
    size_t pos, name_pos;
    Str desc;
    uint8_t *code;
    size_t len, cap;
    Map labels; /* val = pc */
    Fixup *fix;
    size_t nfix, capfix;
    Catch *catches;
    size_t ncatch, capcatch;
    Line *lines;
    size_t nlines, caplines;
    int have_stack, have_locals;
    uint16_t max_stack, max_locals;
} MState;

typedef struct {
    const char *src;
    size_t len, pos;
    const char *file;
    char *err;
    size_t errlen;
    jmp_buf fail;
    ld_Module *m;
    Map consts;
    Str s[4]; /* scratch for decoded names */
    int in_class, in_method;
    uint16_t ci;
    size_t class_pos;
    MState ms;
    Case *cases; /* lookupswitch cases being read */
    size_t ncases, capcases;
    int have_main, have_version;
    uint16_t main_cls;
    size_t main_pos;
} As;

static unsigned line_of(const As *a, size_t pos) {
    unsigned line = 1;
    for (size_t i = 0; i < pos && i < a->len; i++)
        line += a->src[i] == '\n';
    return line;
}

static void fail_at(As *a, size_t pos, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
static void fail_at(As *a, size_t pos, const char *fmt, ...) {
    if (pos > a->len) pos = a->len;
    unsigned line = 1;
    size_t ls = 0;
    for (size_t i = 0; i < pos; i++)
        if (a->src[i] == '\n') line++, ls = i + 1;
    unsigned col = 1;
    for (size_t i = ls; i < pos; i++)
        if (((uint8_t)a->src[i] & 0xC0) != 0x80) col++;
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(a->err, a->errlen, "%s:%u:%u: error: %s", a->file, line, col, msg);
    longjmp(a->fail, 1);
}

static int utf8_decode(const uint8_t *s, size_t n, uint32_t *cp);

/* Quotes at most 48 bytes of p[0..n) for a message: unprintable ASCII and invalid UTF-8
 * become '?', valid non-ASCII is kept (messages are UTF-8, like the source). */
static const char *quote(char *buf, size_t cap, const char *p, size_t n) {
    size_t o = 0;
    int cut = n > 48;
    if (cut) n = 45;
    for (size_t i = 0; i < n && o + 5 < cap;) {
        uint8_t c = (uint8_t)p[i];
        uint32_t cp;
        int k = c < 0x80 ? 1 : utf8_decode((const uint8_t *)p + i, n - i, &cp);
        if (k <= 1) {
            buf[o++] = (c < 0x20 || c >= 0x7f) ? '?' : (char)c;
            i++;
        } else {
            memcpy(buf + o, p + i, (size_t)k);
            o += (size_t)k;
            i += (size_t)k;
        }
    }
    if (cut && o + 4 < cap) memcpy(buf + o, "...", 3), o += 3;
    buf[o] = 0;
    return buf;
}

/* ------------------------------------------------------------------ */
/* lexical helpers                                                     */
/* ------------------------------------------------------------------ */

static int peekc(const As *a) {
    return a->pos < a->len ? (uint8_t)a->src[a->pos] : -1;
}
static int peekc_at(const As *a, size_t p) {
    return p < a->len ? (uint8_t)a->src[p] : -1;
}
static int is_blank(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
static int is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}
static int is_digit(int c) {
    return c >= '0' && c <= '9';
}
static int is_ident(int c) {
    return is_ident_start(c) || is_digit(c);
}

/* Skips blanks and a comment (';' at the start of a token runs to the end of the line). */
static void skip_blank(As *a) {
    for (;;) {
        int c = peekc(a);
        if (is_blank(c)) {
            a->pos++;
        } else if (c == ';') {
            while (a->pos < a->len && a->src[a->pos] != '\n')
                a->pos++;
        } else {
            return;
        }
    }
}
static void skip_space_nl(As *a) {
    for (;;) {
        skip_blank(a);
        if (peekc(a) != '\n') return;
        a->pos++;
    }
}
static int at_eol(As *a) {
    skip_blank(a);
    return a->pos >= a->len || a->src[a->pos] == '\n';
}

/* Describes what is at the cursor, for "expected X, found Y" messages. */
static const char *describe_here(As *a, char *buf, size_t cap) {
    if (a->pos >= a->len) return "end of file";
    int c = peekc(a);
    if (c == '\n') return "end of line";
    uint32_t cp;
    if (c < 0x20 || c == 0x7f ||
        (c >= 0x80 && !utf8_decode((const uint8_t *)a->src + a->pos, a->len - a->pos, &cp))) {
        snprintf(buf, cap, "byte 0x%02x", c);
        return buf;
    }
    size_t e = a->pos;
    while (e < a->len && !is_blank((uint8_t)a->src[e]) && a->src[e] != '\n' && e - a->pos < 48)
        e++;
    char q[64];
    snprintf(buf, cap, "'%s'", quote(q, sizeof q, a->src + a->pos, e - a->pos));
    return buf;
}

static void expect_eol(As *a) {
    if (at_eol(a)) return;
    char d[80];
    fail_at(a, a->pos, "unexpected %s; expected end of line", describe_here(a, d, sizeof d));
}

/* Reads an identifier at the cursor (no blanks skipped); returns its length (0 = none). */
static uint32_t read_ident(As *a, const char **p) {
    size_t s = a->pos;
    if (!is_ident_start(peekc(a))) return 0;
    while (is_ident(peekc(a)))
        a->pos++;
    *p = a->src + s;
    return (uint32_t)(a->pos - s);
}

static int span_is(const char *p, uint32_t n, const char *w) {
    return strlen(w) == n && memcmp(p, w, n) == 0;
}

/* True if the word at the cursor is exactly kw followed by a blank, newline or EOF. */
static int at_keyword(As *a, const char *kw) {
    size_t n = strlen(kw);
    if (a->len - a->pos < n || memcmp(a->src + a->pos, kw, n) != 0) return 0;
    int c = peekc_at(a, a->pos + n);
    return c == -1 || c == '\n' || is_blank(c) || c == ';';
}

static void expect_keyword(As *a, const char *kw, const char *ctx) {
    skip_blank(a);
    if (at_keyword(a, kw)) {
        a->pos += strlen(kw);
        return;
    }
    char d[80];
    fail_at(a, a->pos, "expected '%s' %s, found %s", kw, ctx, describe_here(a, d, sizeof d));
}

/* Decodes a string literal at the cursor (which is at '"') into out (modified UTF-8). */
static void read_string(As *a, Str *out) {
    size_t start = a->pos;
    str_reset(out);
    a->pos++;
    for (;;) {
        if (a->pos >= a->len || a->src[a->pos] == '\n')
            fail_at(a, start, "unterminated string (a string ends on its line)");
        uint8_t c = (uint8_t)a->src[a->pos];
        if (c == '"') {
            a->pos++;
            return;
        }
        if (c == '\\') {
            size_t esc = a->pos;
            int e = peekc_at(a, a->pos + 1);
            a->pos += 2;
            switch (e) {
            case 'n': str_unit(out, '\n'); break;
            case 't': str_unit(out, '\t'); break;
            case 'r': str_unit(out, '\r'); break;
            case 'b': str_unit(out, '\b'); break;
            case 'f': str_unit(out, '\f'); break;
            case '0': str_unit(out, 0); break;
            case '"': str_unit(out, '"'); break;
            case '\'': str_unit(out, '\''); break;
            case '\\': str_unit(out, '\\'); break;
            case 'u': {
                uint32_t v = 0;
                for (int i = 0; i < 4; i++) {
                    int h = peekc(a);
                    int d = is_digit(h)              ? h - '0'
                            : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                            : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                                     : -1;
                    if (d < 0) fail_at(a, esc, "\\u needs exactly 4 hex digits");
                    v = v * 16 + (uint32_t)d;
                    a->pos++;
                }
                str_unit(out, v);
                break;
            }
            default:
                if (e == -1 || e == '\n')
                    fail_at(a, start, "unterminated string (a string ends on its line)");
                fail_at(a, esc,
                        "unknown escape sequence (known: \\n \\t \\r \\b \\f \\0 \\\" \\' "
                        "\\\\ \\uXXXX)");
            }
            continue;
        }
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            fail_at(a, a->pos, "control character 0x%02x in string (write it as an escape)", c);
        uint32_t cp;
        int n = utf8_decode((const uint8_t *)a->src + a->pos, a->len - a->pos, &cp);
        if (!n) fail_at(a, a->pos, "invalid UTF-8 in string");
        str_cp(out, cp);
        a->pos += (size_t)n;
    }
}

/* Reads a name: a quoted string, or a bare word ending at a blank, newline, '"', a
 * control character or any character of stops. Returns its position; what names the
 * expected thing for the error message. */
static size_t read_name(As *a, Str *out, const char *stops, const char *what) {
    skip_blank(a);
    size_t start = a->pos;
    if (peekc(a) == '"') {
        read_string(a, out);
        return start;
    }
    str_reset(out);
    size_t nstops = strlen(stops);
    while (a->pos < a->len) {
        uint8_t c = (uint8_t)a->src[a->pos];
        if (c <= 0x20 || c == 0x7f || c == '"' || memchr(stops, c, nstops)) break;
        if (c < 0x80) {
            str_unit(out, c);
            a->pos++;
            continue;
        }
        uint32_t cp;
        int n = utf8_decode((const uint8_t *)a->src + a->pos, a->len - a->pos, &cp);
        if (!n) fail_at(a, a->pos, "invalid UTF-8");
        str_cp(out, cp);
        a->pos += (size_t)n;
    }
    if (a->pos == start) {
        char d[80];
        fail_at(a, start, "expected %s, found %s", what, describe_here(a, d, sizeof d));
    }
    return start;
}

/* Name stop sets; the disassembler (disasm.c) quotes names that contain these. */
#define STOP_CLASS ""
#define STOP_OWNER ".("
#define STOP_MNAME "("
#define STOP_FNAME "=("
#define STOP_FDESC "="
#define STOP_MDESC ""

/* ------------------------------------------------------------------ */
/* names, descriptors                                                  */
/* ------------------------------------------------------------------ */

static const char *qname(char *buf, size_t cap, const Str *s) {
    return quote(buf, cap, s->b, s->n);
}

static void check_class(As *a, size_t pos, const Str *s) {
    if (!ld_check_class_name(s->b, s->n)) {
        char q[64];
        fail_at(a, pos, "invalid class name '%s'", qname(q, sizeof q, s));
    }
}

static void check_member(As *a, size_t pos, const Str *s, int is_method) {
    if (ld_check_member_name(s->b, s->n, is_method)) return;
    char q[64];
    fail_at(a, pos, "invalid %s name '%s'", is_method ? "method" : "field", qname(q, sizeof q, s));
}

static void check_desc(As *a, size_t pos, const Str *s, int is_method) {
    if (is_method ? ld_check_method_desc(s->b, s->n) : ld_check_field_desc(s->b, s->n)) return;
    char q[64];
    fail_at(a, pos, "invalid %s descriptor '%s'%s", is_method ? "method" : "field",
            qname(q, sizeof q, s),
            is_method ? " (expected e.g. (ILjava/lang/String;)V)"
                      : " (expected e.g. I, [J or Ljava/lang/String;)");
}

static uint16_t pool_check(As *a, size_t pos, uint16_t idx) {
    if (!idx) fail_at(a, pos, "too many constants (the pool holds at most %u)", LD_MAX_POOL);
    return idx;
}

static uint16_t class_operand(As *a, Str *s, const char *what) {
    size_t p = read_name(a, s, STOP_CLASS, what);
    check_class(a, p, s);
    return pool_check(a, p, ld_pool_class(a->m, s->b));
}

/* owner.name desc (field) or owner.name(desc) (method). */
static uint16_t member_operand(As *a, int is_method) {
    Str *own = &a->s[0], *name = &a->s[1], *desc = &a->s[2];
    size_t p = read_name(a, own, STOP_OWNER, is_method ? "method reference" : "field reference");
    check_class(a, p, own);
    if (peekc(a) != '.') {
        char d[80];
        fail_at(a, a->pos, "expected '.' between class and %s name, found %s",
                is_method ? "method" : "field", describe_here(a, d, sizeof d));
    }
    a->pos++;
    if (is_blank(peekc(a)))
        fail_at(a, a->pos, "expected %s name after '.'", is_method ? "method" : "field");
    size_t np = read_name(a, name, is_method ? STOP_MNAME : STOP_FNAME,
                          is_method ? "method name" : "field name");
    check_member(a, np, name, is_method);
    size_t dp = read_name(a, desc, is_method ? STOP_MDESC : STOP_FDESC,
                          is_method ? "method descriptor" : "field descriptor");
    check_desc(a, dp, desc, is_method);
    return pool_check(
        a, p, ld_pool_member(a->m, is_method ? LD_C_METHOD : LD_C_FIELD, own->b, name->b, desc->b));
}

/* ------------------------------------------------------------------ */
/* numbers                                                             */
/* ------------------------------------------------------------------ */

/* An integer: [+-](digits | 0x hexdigits) or the name of a .const. */
static int64_t int_operand(As *a, int64_t min, int64_t max, const char *what) {
    skip_blank(a);
    size_t start = a->pos;
    int64_t v;
    const char *id;
    uint32_t idn = read_ident(a, &id);
    if (idn) {
        Ent *e = map_find(&a->consts, id, idn);
        if (!e) {
            char q[64];
            fail_at(a, start, "undefined constant '%s' (expected %s)", quote(q, sizeof q, id, idn),
                    what);
        }
        v = e->val;
    } else {
        int neg = 0;
        if (peekc(a) == '-' || peekc(a) == '+') neg = peekc(a) == '-', a->pos++;
        int hex = peekc(a) == '0' && (peekc_at(a, a->pos + 1) | 0x20) == 'x';
        if (hex) a->pos += 2;
        size_t ds = a->pos;
        uint64_t mag = 0;
        int over = 0;
        for (;;) {
            int c = peekc(a), d;
            if (is_digit(c))
                d = c - '0';
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                d = (c | 0x20) - 'a' + 10;
            else
                break;
            uint64_t base = hex ? 16 : 10;
            if (mag > (UINT64_MAX - (uint64_t)d) / base) over = 1;
            mag = mag * base + (uint64_t)d;
            a->pos++;
        }
        if (a->pos == ds) {
            char d[80];
            a->pos = start;
            fail_at(a, start, "expected %s, found %s", what, describe_here(a, d, sizeof d));
        }
        if (is_ident(peekc(a)) || peekc(a) == '.') {
            while (is_ident(peekc(a)) || peekc(a) == '.')
                a->pos++;
            char q[64];
            fail_at(a, start, "bad integer '%s' (expected %s)",
                    quote(q, sizeof q, a->src + start, a->pos - start), what);
        }
        if (over || mag > (uint64_t)INT64_MAX + neg)
            fail_at(a, start, "%s out of range (%lld..%lld)", what, (long long)min, (long long)max);
        v = neg ? (int64_t)(0 - mag) : (int64_t)mag;
    }
    if (v < min || v > max)
        fail_at(a, start, "%s %lld out of range (%lld..%lld)", what, (long long)v, (long long)min,
                (long long)max);
    return v;
}

/* Expected type of a field's constant value, from its descriptor (0: none allowed). */
static int const_type_of_desc(const char *d) {
    switch (d[0]) {
    case 'I':
    case 'S':
    case 'B':
    case 'C':
    case 'Z': return LD_C_INT;
    case 'J': return LD_C_LONG;
    case 'F': return LD_C_FLOAT;
    case 'D': return LD_C_DOUBLE;
    default: return strcmp(d, "Ljava/lang/String;") == 0 ? LD_C_STRING : 0;
    }
}

static const char *type_word(int tag) {
    switch (tag) {
    case LD_C_INT: return "int";
    case LD_C_LONG: return "long";
    case LD_C_FLOAT: return "float";
    case LD_C_DOUBLE: return "double";
    case LD_C_STRING: return "string";
    case LD_C_CLASS: return "class";
    default: return "?";
    }
}

static int hexval(int c) {
    if (is_digit(c)) return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* float:0xXXXXXXXX / double:0xXXXXXXXXXXXXXXXX; the cursor is after the ':'. */
static uint64_t bits_operand(As *a, int ndigits, size_t start) {
    if (peekc(a) != '0' || (peekc_at(a, a->pos + 1) | 0x20) != 'x')
        fail_at(a, a->pos, "expected 0x followed by %d hex digits", ndigits);
    a->pos += 2;
    uint64_t v = 0;
    int n = 0;
    while (hexval(peekc(a)) >= 0) {
        v = v << 4 | (uint64_t)hexval(peekc(a));
        a->pos++;
        n++;
    }
    if (n == 0 || n > ndigits || is_ident(peekc(a)))
        fail_at(a, start, "expected 0x followed by 1 to %d hex digits", ndigits);
    return v;
}

/* Pool entry for a number of type tag: from the literal text (NUL-terminated, without
 * suffix) when text != NULL, else from the integer v (a .const). */
static uint16_t number_const(As *a, size_t start, int tag, const char *text, int64_t v,
                             const char *q) {
    if (text && (tag == LD_C_INT || tag == LD_C_LONG)) {
        errno = 0;
        v = strtoll(text, NULL, 10);
        if (errno == ERANGE) fail_at(a, start, "%s constant '%s' out of range", type_word(tag), q);
    }
    switch (tag) {
    case LD_C_INT:
        if (v < INT32_MIN || v > INT32_MAX)
            fail_at(a, start, "int constant '%s' out of range (add L for a long)", q);
        return ld_pool_int(a->m, (int32_t)v);
    case LD_C_LONG: return ld_pool_long(a->m, v);
    case LD_C_FLOAT: {
        float f = text ? strtof(text, NULL) : (float)v;
        if (isinf(f)) fail_at(a, start, "float constant '%s' out of range", q);
        uint32_t bits;
        memcpy(&bits, &f, 4);
        return ld_pool_float(a->m, bits);
    }
    default: {
        double d = text ? strtod(text, NULL) : (double)v;
        if (isinf(d)) fail_at(a, start, "double constant '%s' out of range", q);
        uint64_t bits;
        memcpy(&bits, &d, 8);
        return ld_pool_double(a->m, bits);
    }
    }
}

/* A constant: ldc's operand (want = 0: the literal decides its type) or a field's value
 * (want = the field's type, and a number without suffix takes it). Returns the pool
 * index. field_desc is for messages. */
static uint16_t const_operand(As *a, int want, const char *field_desc) {
    skip_blank(a);
    size_t start = a->pos;
    int c = peekc(a);
    char q[80];
    int kind = 0, fixed = 1; /* the literal's own type; whether it states it */
    if (c == '"') {
        if (want && want != LD_C_STRING) {
            kind = LD_C_STRING;
            quote(q, sizeof q, "string", 6);
            goto mismatch;
        }
        read_string(a, &a->s[0]);
        return pool_check(a, start, ld_pool_string(a->m, a->s[0].b, (uint32_t)a->s[0].n));
    }
    if (at_keyword(a, "class")) {
        if (want) fail_at(a, start, "a field's constant value cannot be a class");
        a->pos += 5;
        return class_operand(a, &a->s[0], "class name");
    }
    if (is_ident_start(c)) {
        const char *id;
        uint32_t n = read_ident(a, &id);
        if ((span_is(id, n, "float") || span_is(id, n, "double")) && peekc(a) == ':') {
            a->pos++;
            kind = id[0] == 'f' ? LD_C_FLOAT : LD_C_DOUBLE;
            uint64_t bits = bits_operand(a, kind == LD_C_FLOAT ? 8 : 16, start);
            quote(q, sizeof q, a->src + start, a->pos - start);
            if (want && want != kind) goto mismatch;
            return pool_check(a, start,
                              kind == LD_C_FLOAT ? ld_pool_float(a->m, (uint32_t)bits)
                                                 : ld_pool_double(a->m, bits));
        }
        a->pos = start;
        if (!(span_is(id, n, "nan") || span_is(id, n, "inf") || span_is(id, n, "nanf") ||
              span_is(id, n, "inff"))) {
            /* a .const name: an integer without suffix */
            int64_t v = int_operand(a, INT64_MIN, INT64_MAX, "constant");
            quote(q, sizeof q, id, n);
            kind = LD_C_INT;
            if (want == LD_C_STRING) goto mismatch;
            return pool_check(a, start, number_const(a, start, want ? want : LD_C_INT, NULL, v, q));
        }
    } else if (!(is_digit(c) || c == '-' || c == '+' || c == '.')) {
        char d[80];
        fail_at(a, start, "expected a constant (number, \"string\" or class NAME), found %s",
                describe_here(a, d, sizeof d));
    }

    /* a number; its extent: sign, then [0-9A-Za-z_$.], and +/- right after an exponent e */
    if (peekc(a) == '-' || peekc(a) == '+') a->pos++;
    size_t body = a->pos;
    int hex = peekc(a) == '0' && (peekc_at(a, a->pos + 1) | 0x20) == 'x';
    while (is_ident(peekc(a)) || peekc(a) == '.' ||
           (!hex && (peekc(a) == '+' || peekc(a) == '-') && a->pos > body &&
            (a->src[a->pos - 1] | 0x20) == 'e'))
        a->pos++;
    const char *t = a->src + start, *b = a->src + body;
    size_t tn = a->pos - start, bn = a->pos - body;
    int neg = t[0] == '-';
    quote(q, sizeof q, t, tn);
    char text[512];
    if (tn >= sizeof text) fail_at(a, start, "numeric literal too long");

    if (span_is(b, (uint32_t)bn, "nan") || span_is(b, (uint32_t)bn, "nanf") ||
        span_is(b, (uint32_t)bn, "inf") || span_is(b, (uint32_t)bn, "inff")) {
        int is_nan = b[0] == 'n';
        if (is_nan && tn != bn)
            fail_at(a, start, "NaN has no sign; write its bits (float:0x... or double:0x...)");
        kind = bn == 4 ? LD_C_FLOAT : LD_C_DOUBLE;
        fixed = bn == 4;
        int t2 = fixed || !want ? kind : want;
        if ((fixed && want && want != kind) || (t2 != LD_C_FLOAT && t2 != LD_C_DOUBLE))
            goto mismatch;
        if (t2 == LD_C_FLOAT)
            return pool_check(a, start,
                              ld_pool_float(a->m, is_nan ? 0x7fc00000u
                                                  : neg  ? 0xff800000u
                                                         : 0x7f800000u));
        return pool_check(a, start,
                          ld_pool_double(a->m, is_nan ? 0x7ff8000000000000ull
                                               : neg  ? 0xfff0000000000000ull
                                                      : 0x7ff0000000000000ull));
    }
    if (hex) {
        uint64_t mag = 0;
        size_t i = 2;
        int over = 0, nd = 0;
        for (; i < bn && hexval((uint8_t)b[i]) >= 0; i++, nd++) {
            if (mag >> 60) over = 1;
            mag = mag << 4 | (uint64_t)hexval((uint8_t)b[i]);
        }
        int suffix_l = i + 1 == bn && (b[i] | 0x20) == 'l';
        if (nd == 0 || (i != bn && !suffix_l)) fail_at(a, start, "bad number '%s'", q);
        kind = suffix_l ? LD_C_LONG : LD_C_INT;
        fixed = suffix_l;
        int t2 = fixed || !want ? kind : want;
        if ((fixed && want && want != kind) || (t2 != LD_C_INT && t2 != LD_C_LONG)) goto mismatch;
        if (over || mag > (uint64_t)INT64_MAX + (uint64_t)neg)
            fail_at(a, start, "number '%s' out of range", q);
        int64_t v = neg ? (int64_t)(0 - mag) : (int64_t)mag;
        return pool_check(a, start, number_const(a, start, t2, NULL, v, q));
    }
    /* decimal: digits [. digits] [e [+-] digits] [suffix f F d D l L] */
    size_t i = 0, mant = 0;
    int dot = 0, exp = 0;
    while (i < bn && is_digit((uint8_t)b[i]))
        i++, mant++;
    if (i < bn && b[i] == '.') {
        dot = 1;
        i++;
        while (i < bn && is_digit((uint8_t)b[i]))
            i++, mant++;
    }
    if (mant && i < bn && (b[i] | 0x20) == 'e') {
        exp = 1;
        i++;
        if (i < bn && (b[i] == '+' || b[i] == '-')) i++;
        size_t ed = i;
        while (i < bn && is_digit((uint8_t)b[i]))
            i++;
        if (i == ed) fail_at(a, start, "bad number '%s' (the exponent has no digits)", q);
    }
    int suffix = 0;
    if (mant && i + 1 == bn && strchr("fFdDlL", b[i])) suffix = b[i] | 0x20, i++;
    if (!mant || i != bn) fail_at(a, start, "bad number '%s'", q);
    if (suffix == 'l' && (dot || exp))
        fail_at(a, start, "bad number '%s' (a long has no fraction or exponent)", q);
    kind = suffix == 'l'                 ? LD_C_LONG
           : suffix == 'f'               ? LD_C_FLOAT
           : suffix == 'd' || dot || exp ? LD_C_DOUBLE
                                         : LD_C_INT;
    fixed = suffix != 0;
    int t2 = fixed || !want ? kind : want;
    if (fixed && want && want != kind) goto mismatch;
    if (t2 == LD_C_STRING || (kind == LD_C_DOUBLE && (t2 == LD_C_INT || t2 == LD_C_LONG)))
        goto mismatch;
    memcpy(text, t, tn - (suffix ? 1 : 0));
    text[tn - (suffix ? 1 : 0)] = 0;
    return pool_check(a, start, number_const(a, start, t2, text, 0, q));

mismatch:
    fail_at(a, start, "constant %s is a%s %s, but the field has type %s", q,
            kind == LD_C_INT ? "n" : "", type_word(kind), field_desc);
}

/* ------------------------------------------------------------------ */
/* code                                                                */
/* ------------------------------------------------------------------ */

static void emit(As *a, size_t pos, const void *p, size_t n) {
    MState *ms = &a->ms;
    if (ms->len + n > UINT32_MAX) fail_at(a, pos, "method code exceeds 4 GiB");
    grow((void **)&ms->code, &ms->cap, ms->len + n, 1);
    memcpy(ms->code + ms->len, p, n);
    ms->len += n;
}
static void emit_u8(As *a, size_t pos, uint8_t v) {
    emit(a, pos, &v, 1);
}
static void emit_u16(As *a, size_t pos, uint16_t v) {
    uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    emit(a, pos, b, 2);
}
static void emit_u32(As *a, size_t pos, uint32_t v) {
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    emit(a, pos, b, 4);
}
static void put_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8), p[2] = (uint8_t)(v >> 16),
    p[3] = (uint8_t)(v >> 24);
}

/* A target: a label name or @N (absolute pc; for branches it may lie outside the code). */
static Target target_operand(As *a, const char *what) {
    skip_blank(a);
    Target t = {0};
    t.pos = a->pos;
    if (peekc(a) == '@') {
        a->pos++;
        if (!is_digit(peekc(a)) && peekc(a) != '-' && peekc(a) != '+') {
            char d[80];
            fail_at(a, a->pos, "expected a pc after '@', found %s", describe_here(a, d, sizeof d));
        }
        t.abs = int_operand(a, -((int64_t)1 << 33), (int64_t)1 << 33, "pc");
        return t;
    }
    const char *id;
    uint32_t n = read_ident(a, &id);
    if (!n) {
        char d[80];
        fail_at(a, t.pos, "expected %s (a label or @pc), found %s", what,
                describe_here(a, d, sizeof d));
    }
    t.name = id;
    t.nlen = n;
    return t;
}

static void add_fixup(As *a, Target t, uint32_t at, uint32_t base) {
    MState *ms = &a->ms;
    grow((void **)&ms->fix, &ms->capfix, ms->nfix + 1, sizeof(Fixup));
    ms->fix[ms->nfix++] = (Fixup){t, at, base};
}

/* The pc a target denotes, or fails ("undefined label"). */
static int64_t resolve(As *a, const Target *t) {
    if (!t->name) return t->abs;
    Ent *e = map_find(&a->ms.labels, t->name, t->nlen);
    if (!e) {
        char q[64];
        fail_at(a, t->pos, "undefined label '%s'", quote(q, sizeof q, t->name, t->nlen));
    }
    return e->val;
}

static void branch_operand(As *a, uint32_t pc, uint32_t at) {
    Target t = target_operand(a, "branch target");
    add_fixup(a, t, at, pc);
}

/* default=TARGET */
static Target default_operand(As *a) {
    skip_blank(a);
    if (a->len - a->pos < 7 || memcmp(a->src + a->pos, "default", 7) != 0 ||
        is_ident(peekc_at(a, a->pos + 7))) {
        char d[80];
        fail_at(a, a->pos, "expected 'default=TARGET', found %s", describe_here(a, d, sizeof d));
    }
    a->pos += 7;
    skip_blank(a);
    if (peekc(a) != '=') {
        char d[80];
        fail_at(a, a->pos, "expected '=' after 'default', found %s", describe_here(a, d, sizeof d));
    }
    a->pos++;
    return target_operand(a, "default target");
}

static const char *const atype_names[] = {
    [OAK_T_BOOLEAN] = "boolean", [OAK_T_CHAR] = "char", [OAK_T_FLOAT] = "float",
    [OAK_T_DOUBLE] = "double",   [OAK_T_BYTE] = "byte", [OAK_T_SHORT] = "short",
    [OAK_T_INT] = "int",         [OAK_T_LONG] = "long"};

static int case_cmp(const void *x, const void *y) {
    const Case *p = x, *q = y;
    return p->key < q->key ? -1 : p->key > q->key;
}

/* True if the cursor is at a lookupswitch case "KEY:" (KEY an integer or a .const). */
static int at_case(As *a) {
    size_t p = a->pos;
    int c = peekc(a);
    if (c == '-' || c == '+') c = peekc_at(a, p + 1);
    if (is_digit(c)) return 1;
    if (!is_ident_start(c)) return 0;
    const char *id;
    uint32_t n = read_ident(a, &id);
    int r = map_find(&a->consts, id, n) != NULL;
    a->pos = p;
    return r;
}

static void instruction(As *a, const char *mn, uint32_t mnlen, size_t pos) {
    MState *ms = &a->ms;
    int op = op_lookup(mn, (int)mnlen);
    if (op < 0) {
        char q[64];
        fail_at(a, pos, "unknown instruction '%s'", quote(q, sizeof q, mn, mnlen));
    }
    if (ms->flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT))
        fail_at(a, pos, "%s method cannot have code",
                ms->flags & LD_ACC_NATIVE ? "a native" : "an abstract");
    const op_Info *in = &op_info[op];
    uint32_t pc = (uint32_t)ms->len;
    if (ms->len >= UINT32_MAX - 16) fail_at(a, pos, "method code exceeds 4 GiB");
    emit_u8(a, pos, (uint8_t)op);
    switch ((op_Format)in->format) {
    case OPF_NONE: break;
    case OPF_S1: emit_u8(a, pos, (uint8_t)int_operand(a, -128, 127, "byte operand")); break;
    case OPF_S2: emit_u16(a, pos, (uint16_t)int_operand(a, -32768, 32767, "short operand")); break;
    case OPF_LOCAL: emit_u16(a, pos, (uint16_t)int_operand(a, 0, 65535, "local variable")); break;
    case OPF_IINC:
        emit_u16(a, pos, (uint16_t)int_operand(a, 0, 65535, "local variable"));
        emit_u16(a, pos, (uint16_t)int_operand(a, -32768, 32767, "increment"));
        break;
    case OPF_BRANCH:
        emit_u32(a, pos, 0);
        branch_operand(a, pc, pc + 1);
        break;
    case OPF_CONST: emit_u16(a, pos, const_operand(a, 0, NULL)); break;
    case OPF_CLASS: emit_u16(a, pos, class_operand(a, &a->s[0], "class name")); break;
    case OPF_FIELD: emit_u16(a, pos, member_operand(a, 0)); break;
    case OPF_METHOD: emit_u16(a, pos, member_operand(a, 1)); break;
    case OPF_ATYPE: {
        skip_blank(a);
        size_t p = a->pos;
        const char *id;
        uint32_t n = read_ident(a, &id);
        int t = 0;
        for (int i = OAK_T_BOOLEAN; i <= OAK_T_LONG && n; i++)
            if (span_is(id, n, atype_names[i])) t = i;
        if (!t) {
            a->pos = p;
            char d[80];
            fail_at(a, p,
                    "expected an element type (boolean byte char short int long float "
                    "double), found %s",
                    describe_here(a, d, sizeof d));
        }
        emit_u8(a, pos, (uint8_t)t);
        break;
    }
    case OPF_MULTI: {
        uint16_t cls = class_operand(a, &a->s[0], "array class");
        unsigned dims = 0;
        while (a->s[0].b[dims] == '[')
            dims++;
        skip_blank(a);
        size_t p = a->pos;
        int64_t n = int_operand(a, 1, 255, "dimension count");
        if (n > dims)
            fail_at(a, p, "%lld dimensions, but %s has only %u", (long long)n, a->s[0].b, dims);
        emit_u16(a, pos, cls);
        emit_u8(a, pos, (uint8_t)n);
        break;
    }
    case OPF_TABLESWITCH: {
        int64_t lo = int_operand(a, INT32_MIN, INT32_MAX, "low key");
        skip_blank(a);
        size_t hp = a->pos;
        int64_t hi = int_operand(a, INT32_MIN, INT32_MAX, "high key");
        if (hi < lo)
            fail_at(a, hp, "high key %lld is below low key %lld", (long long)hi, (long long)lo);
        Target d = default_operand(a);
        emit_u32(a, pos, 0);
        add_fixup(a, d, pc + 1, pc);
        emit_u32(a, pos, (uint32_t)(int32_t)lo);
        emit_u32(a, pos, (uint32_t)(int32_t)hi);
        int64_t n = hi - lo + 1;
        for (int64_t i = 0; i < n; i++) {
            skip_space_nl(a);
            size_t p = a->pos;
            const char *id;
            uint32_t idn = read_ident(a, &id);
            a->pos = p;
            if (a->pos >= a->len || peekc(a) == '.' ||
                (idn && (op_lookup(id, (int)idn) >= 0 || peekc_at(a, p + idn) == ':')))
                fail_at(a, p, "tableswitch %lld %lld needs %lld targets, found %lld", (long long)lo,
                        (long long)hi, (long long)n, (long long)i);
            Target t = target_operand(a, "tableswitch target");
            uint32_t at = (uint32_t)ms->len;
            emit_u32(a, pos, 0);
            add_fixup(a, t, at, pc);
        }
        return; /* the caller's expect_eol checks the last line */
    }
    case OPF_LOOKUPSWITCH: {
        Target d = default_operand(a);
        a->ncases = 0;
        for (;;) {
            size_t save = a->pos;
            skip_space_nl(a);
            if (a->pos >= a->len || !at_case(a)) {
                a->pos = save;
                break;
            }
            Case k;
            k.pos = a->pos;
            k.key = (int32_t)int_operand(a, INT32_MIN, INT32_MAX, "lookupswitch key");
            skip_blank(a);
            if (peekc(a) != ':') {
                char dd[80];
                fail_at(a, a->pos, "expected ':' after the key, found %s",
                        describe_here(a, dd, sizeof dd));
            }
            a->pos++;
            k.t = target_operand(a, "lookupswitch target");
            grow((void **)&a->cases, &a->capcases, a->ncases + 1, sizeof(Case));
            a->cases[a->ncases++] = k;
        }
        /* keys are stored sorted; the source may list them in any order */
        Case *cs = a->cases;
        size_t nc = a->ncases;
        if (nc) qsort(cs, nc, sizeof(Case), case_cmp);
        for (size_t i = 1; i < nc; i++)
            if (cs[i].key == cs[i - 1].key)
                fail_at(a, cs[i].pos > cs[i - 1].pos ? cs[i].pos : cs[i - 1].pos,
                        "duplicate lookupswitch key %d", cs[i].key);
        emit_u32(a, pos, 0);
        add_fixup(a, d, pc + 1, pc);
        emit_u32(a, pos, (uint32_t)nc);
        for (size_t i = 0; i < nc; i++) {
            emit_u32(a, pos, (uint32_t)cs[i].key);
            add_fixup(a, cs[i].t, (uint32_t)ms->len, pc);
            emit_u32(a, pos, 0);
        }
        return;
    }
    case OPF__COUNT: break;
    }
}

/* ------------------------------------------------------------------ */
/* stack and locals inference (when .limit is omitted)                 */
/* ------------------------------------------------------------------ */

/* Stack slots popped and pushed by the instruction at pc (every value is one slot). */
static void stack_effect(const ld_Module *m, const uint8_t *code, uint32_t pc, int *pops,
                         int *pushes) {
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
    case OP_invokevirtual:
    case OP_invokespecial:
    case OP_invokestatic:
    case OP_invokeinterface: {
        const char *d = ld_utf8(m, m->pool[op_u16(code + pc + 1)].u.member.desc);
        *pops = ld_desc_nargs(d) + (code[pc] != OP_invokestatic);
        *pushes = strchr(d, ')')[1] != 'V';
        break;
    }
    default: break;
    }
}

static int ends_flow(int op) {
    return op == OP_goto || op == OP_tableswitch || op == OP_lookupswitch || op == OP_athrow ||
           (op >= OP_ireturn && op <= OP_return);
}

/* Computes the largest stack depth over all paths; 0 or -1 with why set. */
static int infer_stack(const ld_Module *m, const uint8_t *code, uint32_t len, const ld_Handler *hs,
                       size_t nh, uint16_t *out, char *why, size_t wl) {
    int32_t *depth = malloc(((size_t)len + 1) * sizeof(int32_t));
    uint32_t *work = malloc(((size_t)len + nh + 1) * sizeof(uint32_t));
    uint8_t *start = calloc((size_t)len + 1, 1);
    if (!depth || !work || !start) {
        fprintf(stderr, "oak: out of memory\n");
        exit(1);
    }
    for (uint32_t pc = 0; pc < len;) {
        start[pc] = 1;
        pc += op_decode_length(code, len, pc);
    }
    for (size_t i = 0; i <= len; i++)
        depth[i] = -1;
    size_t nw = 0;
    int32_t max = 0, rc = 0;
#define MERGE(t, d)                                                                                \
    do {                                                                                           \
        int64_t t_ = (t);                                                                          \
        if (t_ >= 0 && t_ < (int64_t)len && start[t_]) {                                           \
            if (depth[t_] < 0) {                                                                   \
                depth[t_] = (d);                                                                   \
                work[nw++] = (uint32_t)t_;                                                         \
            } else if (depth[t_] != (d)) {                                                         \
                snprintf(why, wl, "the stack depth at pc %u is %d on one path and %d on another",  \
                         (unsigned)t_, depth[t_], (d));                                            \
                rc = -1;                                                                           \
                goto out;                                                                          \
            }                                                                                      \
        }                                                                                          \
    } while (0)
    MERGE(0, 0);
    for (size_t i = 0; i < nh; i++) {
        MERGE(hs[i].handler, 1);
        if (max < 1) max = 1;
    }
    while (nw) {
        uint32_t pc = work[--nw];
        int32_t d = depth[pc];
        int pops, pushes;
        stack_effect(m, code, pc, &pops, &pushes);
        if (d < pops) {
            snprintf(why, wl, "%s at pc %u pops %d values from a stack of %d",
                     op_info[code[pc]].name, pc, pops, d);
            rc = -1;
            goto out;
        }
        int32_t nd = d - pops + pushes;
        if (nd > 65535) {
            snprintf(why, wl, "the stack grows beyond 65535 at pc %u", pc);
            rc = -1;
            goto out;
        }
        if (nd > max) max = nd;
        int op = code[pc];
        uint32_t n = op_decode_length(code, len, pc);
        const uint8_t *p = code + pc;
        if (op_info[op].format == OPF_BRANCH) MERGE((int64_t)pc + op_s32(p + 1), nd);
        if (op == OP_tableswitch) {
            MERGE((int64_t)pc + op_s32(p + 1), nd);
            int64_t cnt = (int64_t)op_s32(p + 9) - op_s32(p + 5) + 1;
            for (int64_t i = 0; i < cnt; i++)
                MERGE((int64_t)pc + op_s32(p + 13 + 4 * i), nd);
        }
        if (op == OP_lookupswitch) {
            MERGE((int64_t)pc + op_s32(p + 1), nd);
            uint32_t cnt = op_u32(p + 5);
            for (uint32_t i = 0; i < cnt; i++)
                MERGE((int64_t)pc + op_s32(p + 13 + 8 * i), nd);
        }
        if (!ends_flow(op)) MERGE((int64_t)pc + n, nd);
    }
#undef MERGE
    *out = (uint16_t)max;
out:
    free(depth);
    free(work);
    free(start);
    return rc;
}

/* ------------------------------------------------------------------ */
/* directives                                                          */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *word;
    uint16_t bit;
} Flag;
static const Flag flag_words[] = {
    {"public", LD_ACC_PUBLIC}, {"private", LD_ACC_PRIVATE},     {"protected", LD_ACC_PROTECTED},
    {"static", LD_ACC_STATIC}, {"final", LD_ACC_FINAL},         {"super", LD_ACC_SUPER},
    {"native", LD_ACC_NATIVE}, {"interface", LD_ACC_INTERFACE}, {"abstract", LD_ACC_ABSTRACT},
};

static uint16_t read_flags(As *a, uint16_t allowed, const char *what) {
    uint16_t flags = 0;
    for (;;) {
        skip_blank(a);
        const Flag *f = NULL;
        for (size_t i = 0; i < sizeof flag_words / sizeof flag_words[0]; i++)
            if (at_keyword(a, flag_words[i].word)) f = &flag_words[i];
        if (!f) return flags;
        if (!(f->bit & allowed)) fail_at(a, a->pos, "'%s' is not allowed on a %s", f->word, what);
        if (flags & f->bit) fail_at(a, a->pos, "duplicate flag '%s'", f->word);
        flags |= f->bit;
        a->pos += strlen(f->word);
    }
}

static ld_Class *cur_class(As *a) {
    return &a->m->classes[a->ci];
}

static void dir_class(As *a, size_t dpos) {
    if (a->in_method) fail_at(a, dpos, "'.class' inside a method (missing '.end method'?)");
    if (a->in_class) fail_at(a, dpos, "'.class' inside a class (missing '.end class'?)");
    uint16_t flags = read_flags(a, LD_CLASS_FLAGS, "class");
    Str *s = &a->s[0];
    size_t p = read_name(a, s, STOP_CLASS, "class name");
    check_class(a, p, s);
    if (s->b[0] == '[') fail_at(a, p, "an array type cannot be defined");
    uint16_t this_cls = pool_check(a, p, ld_pool_class(a->m, s->b));
    for (uint32_t i = 0; i < a->m->nclasses; i++)
        if (a->m->classes[i].this_class == this_cls) fail_at(a, p, "duplicate class '%s'", s->b);
    int is_object = strcmp(s->b, "java/lang/Object") == 0;
    uint16_t super = 0;
    skip_blank(a);
    if (at_keyword(a, "extends")) {
        a->pos += 7;
        size_t sp = read_name(a, s, STOP_CLASS, "superclass name");
        check_class(a, sp, s);
        if (s->b[0] == '[') fail_at(a, sp, "the superclass cannot be an array type");
        super = pool_check(a, sp, ld_pool_class(a->m, s->b));
    } else if (!is_object) {
        super = pool_check(a, p, ld_pool_class(a->m, "java/lang/Object"));
    }
    expect_eol(a);
    ld_Class *c = ld_module_add_class(a->m);
    if (!c) fail_at(a, dpos, "too many classes (at most 65535)");
    c->flags = flags;
    c->this_class = this_cls;
    c->super_class = super;
    a->ci = (uint16_t)(a->m->nclasses - 1);
    a->in_class = 1;
    a->class_pos = dpos;
}

static void dir_field(As *a, size_t dpos) {
    uint16_t flags = read_flags(a, LD_FIELD_FLAGS, "field");
    Str *name = &a->s[1], *desc = &a->s[2];
    size_t np = read_name(a, name, STOP_FNAME, "field name");
    check_member(a, np, name, 0);
    size_t dp = read_name(a, desc, STOP_FDESC, "field descriptor");
    check_desc(a, dp, desc, 0);
    uint16_t ni = pool_check(a, np, ld_pool_utf8(a->m, name->b, (uint32_t)name->n));
    uint16_t di = pool_check(a, dp, ld_pool_utf8(a->m, desc->b, (uint32_t)desc->n));
    ld_Class *c = cur_class(a);
    for (uint32_t i = 0; i < c->nfields; i++)
        if (c->fields[i].name == ni && c->fields[i].desc == di)
            fail_at(a, np, "duplicate field '%s %s'", name->b, desc->b);
    uint16_t cv = 0;
    skip_blank(a);
    if (peekc(a) == '=') {
        size_t ep = a->pos;
        a->pos++;
        int want = const_type_of_desc(desc->b);
        if (!want) fail_at(a, ep, "a field of type %s cannot have a constant value", desc->b);
        /* const_operand may reuse a->s[0]; the descriptor is in s[2] */
        cv = const_operand(a, want, desc->b);
    }
    expect_eol(a);
    ld_Field *f = ld_class_add_field(c);
    if (!f) fail_at(a, dpos, "too many fields (at most 65535)");
    f->flags = flags;
    f->name = ni;
    f->desc = di;
    f->constval = cv;
}

static void dir_method(As *a, size_t dpos) {
    MState *ms = &a->ms;
    uint16_t flags = read_flags(a, LD_METHOD_FLAGS, "method");
    Str *name = &a->s[1];
    size_t np = read_name(a, name, STOP_MNAME, "method name");
    check_member(a, np, name, 1);
    size_t dp = read_name(a, &ms->desc, STOP_MDESC, "method descriptor");
    check_desc(a, dp, &ms->desc, 1);
    expect_eol(a);
    uint16_t ni = pool_check(a, np, ld_pool_utf8(a->m, name->b, (uint32_t)name->n));
    uint16_t di = pool_check(a, dp, ld_pool_utf8(a->m, ms->desc.b, (uint32_t)ms->desc.n));
    ld_Class *c = cur_class(a);
    for (uint32_t i = 0; i < c->nmethods; i++)
        if (c->methods[i].name == ni && c->methods[i].desc == di)
            fail_at(a, np, "duplicate method '%s%s'", name->b, ms->desc.b);
    ld_Method *me = ld_class_add_method(c);
    if (!me) fail_at(a, dpos, "too many methods (at most 65535)");
    me->flags = flags;
    me->name = ni;
    me->desc = di;
    ms->ci = a->ci;
    ms->mi = (uint16_t)(c->nmethods - 1);
    ms->flags = flags;
    ms->pos = dpos;
    ms->name_pos = np;
    ms->len = 0;
    ms->nfix = ms->ncatch = ms->nlines = 0;
    ms->have_stack = ms->have_locals = 0;
    map_clear(&ms->labels);
    a->in_method = 1;
}

static void no_code_check(As *a, size_t pos, const char *what) {
    if (a->ms.flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT))
        fail_at(a, pos, "%s method cannot have %s",
                a->ms.flags & LD_ACC_NATIVE ? "a native" : "an abstract", what);
}

static void dir_limit(As *a, size_t dpos) {
    MState *ms = &a->ms;
    no_code_check(a, dpos, "'.limit'");
    skip_blank(a);
    size_t kp = a->pos;
    int stack = at_keyword(a, "stack");
    if (!stack && !at_keyword(a, "locals")) {
        char d[80];
        fail_at(a, kp, "expected 'stack' or 'locals' after '.limit', found %s",
                describe_here(a, d, sizeof d));
    }
    a->pos += stack ? 5 : 6;
    if (stack ? ms->have_stack : ms->have_locals)
        fail_at(a, kp, "duplicate '.limit %s'", stack ? "stack" : "locals");
    uint16_t v = (uint16_t)int_operand(a, 0, 65535, stack ? "stack limit" : "locals limit");
    if (stack)
        ms->have_stack = 1, ms->max_stack = v;
    else
        ms->have_locals = 1, ms->max_locals = v;
    expect_eol(a);
}

static void dir_line(As *a, size_t dpos) {
    MState *ms = &a->ms;
    no_code_check(a, dpos, "'.line'");
    Line l = {0};
    l.pos = dpos;
    l.line = (uint32_t)int_operand(a, 0, UINT32_MAX, "line number");
    l.pc = (uint32_t)ms->len;
    skip_blank(a);
    if (peekc(a) == '@') {
        a->pos++;
        l.pc = (uint32_t)int_operand(a, 0, UINT32_MAX, "pc");
        l.explicit_pc = 1;
    }
    expect_eol(a);
    if (ms->nlines >= 65535) fail_at(a, dpos, "too many '.line' entries (at most 65535)");
    grow((void **)&ms->lines, &ms->caplines, ms->nlines + 1, sizeof(Line));
    ms->lines[ms->nlines++] = l;
}

static void dir_catch(As *a, size_t dpos) {
    MState *ms = &a->ms;
    no_code_check(a, dpos, "'.catch'");
    Catch k = {0};
    k.pos = dpos;
    skip_blank(a);
    if (at_keyword(a, "any")) {
        a->pos += 3;
    } else {
        k.type = class_operand(a, &a->s[0], "exception class or 'any'");
    }
    expect_keyword(a, "from", "in '.catch'");
    k.from = target_operand(a, "start label");
    expect_keyword(a, "to", "in '.catch'");
    k.to = target_operand(a, "end label");
    expect_keyword(a, "using", "in '.catch'");
    k.using = target_operand(a, "handler label");
    expect_eol(a);
    if (ms->ncatch >= 65535) fail_at(a, dpos, "too many handlers (at most 65535)");
    grow((void **)&ms->catches, &ms->capcatch, ms->ncatch + 1, sizeof(Catch));
    ms->catches[ms->ncatch++] = k;
}

static void end_method(As *a, size_t dpos) {
    MState *ms = &a->ms;
    ld_Method *me = &a->m->classes[ms->ci].methods[ms->mi];
    uint32_t len = (uint32_t)ms->len;
    char q[64];
    if (!(ms->flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT)) && len == 0)
        fail_at(a, dpos,
                "method '%s' has no instructions (only native and abstract methods "
                "have no code)",
                quote(q, sizeof q, ld_utf8(a->m, me->name), strlen(ld_utf8(a->m, me->name))));
    for (size_t i = 0; i < ms->nfix; i++) {
        Fixup *f = &ms->fix[i];
        int64_t off = resolve(a, &f->t) - (int64_t)f->base;
        if (off < INT32_MIN || off > INT32_MAX)
            fail_at(a, f->t.pos, "branch offset %lld does not fit in 32 bits", (long long)off);
        put_u32(ms->code + f->at, (uint32_t)(int32_t)off);
    }
    ld_Handler *hs = calloc(ms->ncatch ? ms->ncatch : 1, sizeof(ld_Handler));
    ld_Line *ls = calloc(ms->nlines ? ms->nlines : 1, sizeof(ld_Line));
    if (!hs || !ls) {
        fprintf(stderr, "oak: out of memory\n");
        exit(1);
    }
    /* hand the arrays to the method at once so a failure below frees them with it */
    me->handlers = hs;
    me->lines = ls;
    for (size_t i = 0; i < ms->ncatch; i++) {
        Catch *k = &ms->catches[i];
        int64_t s = resolve(a, &k->from), e = resolve(a, &k->to), h = resolve(a, &k->using);
        if (s < 0 || s > len)
            fail_at(a, k->from.pos, "start pc %lld outside the code", (long long)s);
        if (e < 0 || e > len) fail_at(a, k->to.pos, "end pc %lld outside the code", (long long)e);
        if (s >= e)
            fail_at(a, k->to.pos,
                    "empty handler range: 'to' (pc %lld) must come after 'from' "
                    "(pc %lld)",
                    (long long)e, (long long)s);
        if (h < 0 || h >= len)
            fail_at(a, k->using.pos, "handler pc %lld is not an instruction of the method",
                    (long long)h);
        hs[i] = (ld_Handler){(uint32_t)s, (uint32_t)e, (uint32_t)h, k->type};
    }
    for (size_t i = 0; i < ms->nlines; i++) {
        Line *l = &ms->lines[i];
        if (l->pc >= len) {
            if (l->explicit_pc)
                fail_at(a, l->pos, "'.line' pc %u outside the code (length %u)", l->pc, len);
            fail_at(a, l->pos, "'.line' must be followed by an instruction");
        }
        ls[i] = (ld_Line){l->pc, l->line};
    }
    me->nhandlers = (uint16_t)ms->ncatch;
    me->nlines = (uint16_t)ms->nlines;
    if (!(ms->flags & (LD_ACC_NATIVE | LD_ACC_ABSTRACT))) {
        me->code = ms->code;
        me->code_len = len;
        ms->code = NULL;
        ms->cap = 0;
        ms->len = 0;
        if (ms->have_stack) {
            me->max_stack = ms->max_stack;
        } else {
            char why[200];
            if (infer_stack(a->m, me->code, len, hs, ms->ncatch, &me->max_stack, why, sizeof why) !=
                0)
                fail_at(a, ms->pos, "cannot infer '.limit stack': %s; write '.limit stack N'", why);
        }
        if (ms->have_locals) {
            me->max_locals = ms->max_locals;
        } else {
            uint32_t n = (uint32_t)ld_desc_nargs(ms->desc.b) + !(ms->flags & LD_ACC_STATIC);
            for (uint32_t pc = 0; pc < len;) {
                int f = op_info[me->code[pc]].format;
                if (f == OPF_LOCAL || f == OPF_IINC) {
                    uint32_t l = op_u16(me->code + pc + 1) + 1u;
                    if (l > n) n = l;
                }
                pc += op_decode_length(me->code, len, pc);
            }
            if (n > 65535) fail_at(a, ms->pos, "more than 65535 locals");
            me->max_locals = (uint16_t)n;
        }
    } else {
        free(hs);
        free(ls);
        me->handlers = NULL;
        me->lines = NULL;
    }
    a->in_method = 0;
}

static void dir_const(As *a, size_t dpos) {
    skip_blank(a);
    size_t p = a->pos;
    const char *id;
    uint32_t n = read_ident(a, &id);
    if (!n) {
        char d[80];
        fail_at(a, p, "expected a constant name, found %s", describe_here(a, d, sizeof d));
    }
    char q[64];
    if (map_find(&a->consts, id, n))
        fail_at(a, p, "constant '%s' is already defined", quote(q, sizeof q, id, n));
    if (op_lookup(id, (int)n) >= 0 || span_is(id, n, "nan") || span_is(id, n, "inf") ||
        span_is(id, n, "nanf") || span_is(id, n, "inff") || span_is(id, n, "class") ||
        span_is(id, n, "float") || span_is(id, n, "double"))
        fail_at(a, p, "'%s' is reserved and cannot name a constant", quote(q, sizeof q, id, n));
    int64_t v = int_operand(a, INT64_MIN, INT64_MAX, "integer value");
    expect_eol(a);
    Ent *e = map_add(&a->consts, id, n);
    e->val = v;
    e->pos = dpos;
}

static void label_def(As *a, const char *id, uint32_t n, size_t pos) {
    char q[64];
    no_code_check(a, pos, "labels");
    if (op_lookup(id, (int)n) >= 0)
        fail_at(a, pos, "'%s' is an instruction and cannot be a label", quote(q, sizeof q, id, n));
    if (map_find(&a->consts, id, n))
        fail_at(a, pos, "label '%s' has the name of a constant", quote(q, sizeof q, id, n));
    Ent *e = map_find(&a->ms.labels, id, n);
    if (e) {
        fail_at(a, pos, "duplicate label '%s' (first defined on line %u)",
                quote(q, sizeof q, id, n), line_of(a, e->pos));
    }
    e = map_add(&a->ms.labels, id, n);
    e->val = (int64_t)a->ms.len;
    e->pos = pos;
}

static void directive(As *a) {
    size_t dpos = a->pos;
    a->pos++;
    const char *id;
    uint32_t n = read_ident(a, &id);
    char q[64];
#define IS(w) span_is(id, n, w)
    if (IS("const")) {
        dir_const(a, dpos);
        return;
    }
    if (IS("main") || IS("version")) {
        if (a->in_class)
            fail_at(a, dpos, "'.%s' belongs outside classes", IS("main") ? "main" : "version");
        if (IS("main")) {
            if (a->have_main) fail_at(a, dpos, "duplicate '.main'");
            a->have_main = 1;
            skip_blank(a);
            a->main_pos = a->pos;
            a->main_cls = class_operand(a, &a->s[0], "main class name");
        } else {
            if (a->have_version) fail_at(a, dpos, "duplicate '.version'");
            a->have_version = 1;
            skip_blank(a);
            size_t vp = a->pos;
            a->m->major = (uint16_t)int_operand(a, 0, 65535, "major version");
            a->m->minor = (uint16_t)int_operand(a, 0, 65535, "minor version");
            if (a->m->major != LD_MAJOR || a->m->minor > LD_MINOR)
                fail_at(a, vp, "unsupported version %u.%u (this Oak reads %u.0 to %u.%u)",
                        a->m->major, a->m->minor, LD_MAJOR, LD_MAJOR, LD_MINOR);
        }
        expect_eol(a);
        return;
    }
    if (IS("class")) {
        dir_class(a, dpos);
        return;
    }
    if (IS("end")) {
        skip_blank(a);
        size_t kp = a->pos;
        if (at_keyword(a, "method")) {
            a->pos += 6;
            expect_eol(a);
            if (!a->in_method) fail_at(a, dpos, "'.end method' without '.method'");
            {
                end_method(a, dpos);
                return;
            }
        }
        if (at_keyword(a, "class")) {
            a->pos += 5;
            expect_eol(a);
            if (a->in_method) fail_at(a, dpos, "missing '.end method' before '.end class'");
            if (!a->in_class) fail_at(a, dpos, "'.end class' without '.class'");
            a->in_class = 0;
            return;
        }
        char d[80];
        fail_at(a, kp, "expected 'class' or 'method' after '.end', found %s",
                describe_here(a, d, sizeof d));
    }
    int member = IS("source") || IS("implements") || IS("field") || IS("method");
    int code = IS("limit") || IS("line") || IS("catch");
    if (!member && !code) {
        a->pos = dpos;
        fail_at(a, dpos, "unknown directive %s", describe_here(a, q, sizeof q));
    }
    if (member) {
        if (a->in_method)
            fail_at(a, dpos, "'.%s' inside a method (missing '.end method'?)",
                    quote(q, sizeof q, id, n));
        if (!a->in_class) fail_at(a, dpos, "'.%s' outside a class", quote(q, sizeof q, id, n));
        if (IS("field")) {
            dir_field(a, dpos);
            return;
        }
        if (IS("method")) {
            dir_method(a, dpos);
            return;
        }
        ld_Class *c = cur_class(a);
        if (IS("source")) {
            if (c->source) fail_at(a, dpos, "duplicate '.source'");
            skip_blank(a);
            size_t sp = a->pos;
            if (peekc(a) != '"') {
                char d[80];
                fail_at(a, sp, "expected a \"string\" after '.source', found %s",
                        describe_here(a, d, sizeof d));
            }
            read_string(a, &a->s[0]);
            c->source = pool_check(a, sp, ld_pool_utf8(a->m, a->s[0].b, (uint32_t)a->s[0].n));
        } else {
            uint16_t i = class_operand(a, &a->s[0], "interface name");
            if (ld_class_add_interface(cur_class(a), i) != 0)
                fail_at(a, dpos, "too many interfaces (at most 65535)");
        }
        expect_eol(a);
        return;
    }
    if (!a->in_method) fail_at(a, dpos, "'.%s' outside a method", quote(q, sizeof q, id, n));
    if (IS("limit")) {
        dir_limit(a, dpos);
        return;
    }
    if (IS("line")) {
        dir_line(a, dpos);
        return;
    }
    {
        dir_catch(a, dpos);
        return;
    }
#undef IS
}

static void statement(As *a) {
    size_t pos = a->pos;
    int c = peekc(a);
    if (c == '.') return directive(a);
    const char *id;
    uint32_t n = read_ident(a, &id);
    if (!n) {
        char d[80];
        fail_at(a, pos, "unexpected %s; expected a directive, label or instruction",
                describe_here(a, d, sizeof d));
    }
    if (peekc(a) == ':') {
        if (!a->in_method) {
            char q[64];
            fail_at(a, pos, "label '%s' outside a method", quote(q, sizeof q, id, n));
        }
        a->pos++;
        label_def(a, id, n, pos);
        if (at_eol(a)) return;
        pos = a->pos;
        n = read_ident(a, &id);
        if (!n) {
            char d[80];
            fail_at(a, pos, "unexpected %s after a label; expected an instruction",
                    describe_here(a, d, sizeof d));
        }
    }
    if (!a->in_method) {
        char q[64];
        int known = op_lookup(id, (int)n) >= 0;
        fail_at(a, pos, "%s '%s' outside a method", known ? "instruction" : "unexpected word",
                quote(q, sizeof q, id, n));
    }
    if (n && !is_blank(peekc(a)) && peekc(a) != '\n' && peekc(a) != ';' && peekc(a) != -1) {
        /* e.g. "iload_1" is one word; "goto!" is not a mnemonic */
        while (a->pos < a->len && !is_blank(peekc(a)) && peekc(a) != '\n')
            a->pos++;
        char q[64];
        fail_at(a, pos, "unknown instruction '%s'", quote(q, sizeof q, id, a->pos - pos));
    }
    instruction(a, id, n, pos);
    expect_eol(a);
}

static void free_state(As *a) {
    map_clear(&a->consts);
    map_clear(&a->ms.labels);
    for (int i = 0; i < 4; i++)
        free(a->s[i].b);
    free(a->ms.desc.b);
    free(a->ms.code);
    free(a->ms.fix);
    free(a->ms.catches);
    free(a->ms.lines);
    free(a->cases);
}

ld_Module *ld_assemble(const char *src, size_t len, const char *filename, char *err,
                       size_t errlen) {
    As a;
    memset(&a, 0, sizeof a);
    a.src = src ? src : "";
    a.len = src ? len : 0;
    a.file = filename ? filename : "<input>";
    a.err = err;
    a.errlen = errlen;
    a.m = ld_module_new();
    if (setjmp(a.fail)) {
        ld_module_free(a.m);
        free_state(&a);
        return NULL;
    }
    for (;;) {
        skip_space_nl(&a);
        if (a.pos >= a.len) break;
        statement(&a);
    }
    if (a.in_method)
        fail_at(&a, a.len, "missing '.end method' (the method starts on line %u)",
                line_of(&a, a.ms.pos));
    if (a.in_class)
        fail_at(&a, a.len, "missing '.end class' (the class starts on line %u)",
                line_of(&a, a.class_pos));
    if (a.have_main) {
        int found = 0;
        for (uint32_t i = 0; i < a.m->nclasses; i++)
            found |= a.m->classes[i].this_class == a.main_cls;
        if (!found)
            fail_at(&a, a.main_pos, "main class '%s' is not defined in this file",
                    ld_class_name(a.m, a.main_cls));
        a.m->main_class = a.main_cls;
    }
    char cerr[400];
    if (ld_module_canonicalize(a.m, cerr, sizeof cerr) != 0) fail_at(&a, 0, "%s", cerr);
    /* safety net: what we return must read back */
    uint8_t *bytes;
    size_t n;
    if (ld_write(a.m, &bytes, &n) != 0) fail_at(&a, 0, "the module cannot be encoded");
    ld_Module *back = ld_read(bytes, n, a.file, cerr, sizeof cerr);
    free(bytes);
    if (!back) fail_at(&a, 0, "internal error: the assembled module does not read back: %s", cerr);
    ld_module_free(back);
    ld_Module *m = a.m;
    a.m = NULL;
    free_state(&a);
    return m;
}
