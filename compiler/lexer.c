/* lexer.c: Java source bytes -> tokens (cc_lex), and the values of numeric literals.
 *
 * The whole file is tokenized up front into an array ending in EOF, so the parser can look
 * ahead as far as it needs (casts, generics, lambdas). Every token records its position,
 * its end and its exact text. Lexical errors use javac's words and positions and never stop
 * the lexer: an illegal character is reported and skipped, a malformed literal becomes a
 * token marked `bad`.
 *
 * Differences from javac, by design:
 * - Unicode escapes (\uXXXX) are decoded inside char and string literals only, with javac's
 *   meaning there ('\u0027' closes the literal, "\u005cn" is a newline escape). Elsewhere a
 *   backslash is "illegal character: '\'"; inside comments it is ignored.
 * - Any non-ASCII character is accepted in identifiers except a few ranges of punctuation,
 *   symbols and spaces (javac asks Character.isJavaIdentifierPart).
 * - A literal like 08 is one INT_LIT token (javac 17 splits it into 0 and 8); the checker
 *   gets CC_NUM_BAD_DIGIT from cc_int_literal_value for it.
 * - Text blocks are recognized and reported as not supported.
 */
#include "cc.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const tok_spelling[] = {
#define X(n, s) s,
    CC_TOKENS(X)
#undef X
};
static const char *const tok_enum[] = {
#define X(n, s) #n,
    CC_TOKENS(X)
#undef X
};

const char *cc_token_spelling(cc_TokKind k) {
    return (unsigned)k < CC_T_COUNT ? tok_spelling[k] : "?";
}
const char *cc_token_enum_name(cc_TokKind k) {
    return (unsigned)k < CC_T_COUNT ? tok_enum[k] : "?";
}

typedef struct {
    cc_Compiler *c;
    int file;
    const unsigned char *s;
    size_t n;
    size_t i;      /* current offset */
    int line, col; /* of offset i */
    cc_Token *toks;
    int ntoks, cap;
    int last_line; /* line of the last token emitted */
    uint16_t *buf; /* value of the current char/string literal */
    size_t blen, bcap;
    int bad;       /* the current token had an error */
} Lx;

static int at(const Lx *l, size_t k) { return l->i + k < l->n ? l->s[l->i + k] : -1; }

static void adv(Lx *l) {
    if (l->i >= l->n) return;
    unsigned char ch = l->s[l->i++];
    if (ch == '\n') {
        l->line++;
        l->col = 1;
    } else if (ch == '\r') {
        if (l->i < l->n && l->s[l->i] == '\n') {
            l->col++; /* the LF ends the line */
        } else {
            l->line++;
            l->col = 1;
        }
    } else if ((ch & 0xC0) != 0x80) {
        l->col++;
    }
}

static cc_Pos here(const Lx *l) { return (cc_Pos){l->file, l->line, l->col, (uint32_t)l->i}; }

static void err(Lx *l, cc_Pos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void err(Lx *l, cc_Pos p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    cc_verror(l->c, CC_ERROR, p, fmt, ap);
    va_end(ap);
    l->bad = 1;
}

static void push_unit(Lx *l, uint16_t u) {
    if (l->blen == l->bcap) {
        l->bcap = l->bcap ? l->bcap * 2 : 64;
        uint16_t *nb = realloc(l->buf, l->bcap * sizeof *nb);
        if (!nb) abort();
        l->buf = nb;
    }
    l->buf[l->blen++] = u;
}

static void push_cp(Lx *l, uint32_t cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        push_unit(l, (uint16_t)(0xD800 + (cp >> 10)));
        push_unit(l, (uint16_t)(0xDC00 + (cp & 0x3FF)));
    } else {
        push_unit(l, (uint16_t)cp);
    }
}

static cc_Token *emit(Lx *l, cc_TokKind kind, cc_Pos start) {
    if (l->ntoks == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        cc_Token *nt = realloc(l->toks, (size_t)l->cap * sizeof *nt);
        if (!nt) abort();
        l->toks = nt;
    }
    cc_Token *t = &l->toks[l->ntoks++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->pos = start;
    t->end = here(l);
    t->text = (const char *)l->s + start.off;
    t->len = (uint32_t)(l->i - start.off);
    t->bad = (uint8_t)l->bad;
    t->first_on_line = start.line != l->last_line;
    l->last_line = t->end.line;
    return t;
}

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */
/* ------------------------------------------------------------------ */

/* Decodes the UTF-8 sequence at s[0..n-1]: its length, or 0 if it is malformed (overlong,
 * surrogate, beyond U+10FFFF, truncated). */
static int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    unsigned char b = s[0];
    int len;
    uint32_t v, min;
    if (b < 0x80) {
        *cp = b;
        return 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
        len = 2, v = b & 0x1F, min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3, v = b & 0x0F, min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4, v = b & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n) return 0;
    for (int k = 1; k < len; k++) {
        if ((s[k] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[k] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

/* Non-ASCII code points that are not identifier characters (an approximation of
 * Character.isJavaIdentifierPart: spaces, punctuation, arrows, math and box symbols). */
static int non_ascii_ident(uint32_t cp) {
    if (cp >= 0xA0 && cp <= 0xBF)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xA2 && cp <= 0xA5);
    if (cp == 0xD7 || cp == 0xF7) return 0;
    if (cp >= 0x2000 && cp <= 0x206F) return cp == 0x203F || cp == 0x2040;
    if (cp >= 0x2190 && cp <= 0x23FF) return 0;
    if (cp >= 0x2500 && cp <= 0x27BF) return 0;
    if (cp >= 0x3000 && cp <= 0x3004) return 0;
    if (cp == 0xFEFF) return 0;
    return 1;
}

static void illegal_char(Lx *l, cc_Pos p, uint32_t cp) {
    if (cp >= 0x20 && cp < 0x7F) {
        err(l, p, "illegal character: '%c'", (char)cp);
    } else if (cp < 0x10000) {
        err(l, p, "illegal character: '\\u%04x'", (unsigned)cp);
    } else {
        uint32_t v = cp - 0x10000;
        err(l, p, "illegal character: '\\u%04x\\u%04x'", (unsigned)(0xD800 + (v >> 10)),
            (unsigned)(0xDC00 + (v & 0x3FF)));
    }
}

/* ------------------------------------------------------------------ */
/* identifiers and keywords                                            */
/* ------------------------------------------------------------------ */

static int ascii_ident_start(int ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || ch == '$';
}
static int ascii_ident_part(int ch) { return ascii_ident_start(ch) || (ch >= '0' && ch <= '9'); }

/* Length of the identifier character at l->i (0 if it is not one). */
static int ident_char_len(const Lx *l, int part) {
    int ch = at(l, 0);
    if (ch < 0) return 0;
    if (ch < 0x80) return (part ? ascii_ident_part(ch) : ascii_ident_start(ch)) ? 1 : 0;
    uint32_t cp;
    int len = utf8_decode(l->s + l->i, l->n - l->i, &cp);
    return len && non_ascii_ident(cp) ? len : 0;
}

static cc_TokKind keyword(const char *s, size_t n) {
    for (int k = CC_T_FIRST_KEYWORD; k <= CC_T_LAST_KEYWORD; k++)
        if (tok_spelling[k][0] == s[0] && strlen(tok_spelling[k]) == n &&
            memcmp(tok_spelling[k], s, n) == 0)
            return (cc_TokKind)k;
    return CC_T_IDENT;
}

static void lex_ident(Lx *l, cc_Pos start) {
    int len;
    while ((len = ident_char_len(l, 1)) > 0)
        for (int k = 0; k < len; k++) adv(l);
    const char *s = (const char *)l->s + start.off;
    size_t n = l->i - start.off;
    cc_TokKind k = keyword(s, n);
    cc_Token *t = emit(l, k, start);
    if (k == CC_T_IDENT) t->name = cc_intern(l->c, s, n);
}

/* ------------------------------------------------------------------ */
/* numbers                                                             */
/* ------------------------------------------------------------------ */

static int is_digit_radix(int ch, int radix) {
    if (ch < 0) return 0;
    switch (radix) {
    case 2: return ch == '0' || ch == '1';
    case 16: return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    default: return ch >= '0' && ch <= '9'; /* 10, and 8 (8 and 9 are the checker's) */
    }
}

/* Digits of a radix with underscores between them; returns how many digits. An underscore
 * that is not between two digits is "illegal underscore" (at the first of its run). */
static int scan_digits(Lx *l, int radix) {
    int count = 0;
    for (;;) {
        int ch = at(l, 0);
        if (is_digit_radix(ch, radix)) {
            count++;
            adv(l);
        } else if (ch == '_') {
            cc_Pos up = here(l);
            while (at(l, 0) == '_') adv(l);
            if (!count || !is_digit_radix(at(l, 0), radix)) err(l, up, "illegal underscore");
        } else {
            return count;
        }
    }
}

/* e/E/p/P exponent: optional sign and at least one digit. 0 if malformed. */
static int scan_exponent(Lx *l) {
    adv(l);
    if (at(l, 0) == '+' || at(l, 0) == '-') adv(l);
    return scan_digits(l, 10) > 0;
}

static void lex_number(Lx *l, cc_Pos start) {
    int is_float = 0;
    cc_TokKind kind = CC_T_INT_LIT;
    int c0 = at(l, 0), c1 = at(l, 1);
    if (c0 == '0' && (c1 == 'x' || c1 == 'X')) {
        adv(l), adv(l);
        int nd = 0;
        if (at(l, 0) == '_') {
            cc_Pos up = here(l);
            while (at(l, 0) == '_') adv(l);
            err(l, up, "illegal underscore");
        }
        nd += scan_digits(l, 16);
        if (at(l, 0) == '.' || at(l, 0) == 'p' || at(l, 0) == 'P') {
            is_float = 1;
            if (at(l, 0) == '.') {
                adv(l);
                nd += scan_digits(l, 16);
            }
            if (!nd) {
                err(l, start, "hexadecimal numbers must contain at least one hexadecimal digit");
            } else if (at(l, 0) == 'p' || at(l, 0) == 'P') {
                if (!scan_exponent(l)) err(l, start, "malformed floating-point literal");
            } else {
                err(l, start, "malformed floating-point literal");
            }
        } else if (!nd) {
            err(l, start, "hexadecimal numbers must contain at least one hexadecimal digit");
        }
    } else if (c0 == '0' && (c1 == 'b' || c1 == 'B')) {
        adv(l), adv(l);
        if (at(l, 0) == '_') {
            cc_Pos up = here(l);
            while (at(l, 0) == '_') adv(l);
            err(l, up, "illegal underscore");
        }
        if (!scan_digits(l, 2)) err(l, start, "binary numbers must contain at least one binary digit");
    } else {
        if (c0 != '.') scan_digits(l, 10);
        if (at(l, 0) == '.') {
            is_float = 1;
            adv(l);
            if (at(l, 0) == '_') {
                cc_Pos up = here(l);
                while (at(l, 0) == '_') adv(l);
                err(l, up, "illegal underscore");
            }
            scan_digits(l, 10);
        }
        if (at(l, 0) == 'e' || at(l, 0) == 'E') {
            is_float = 1;
            if (!scan_exponent(l)) err(l, start, "malformed floating-point literal");
        }
    }
    int s = at(l, 0);
    if (s == 'f' || s == 'F') {
        adv(l);
        kind = CC_T_FLOAT_LIT;
    } else if (s == 'd' || s == 'D') {
        adv(l);
        kind = CC_T_DOUBLE_LIT;
    } else if (is_float) {
        kind = CC_T_DOUBLE_LIT;
    } else if (s == 'l' || s == 'L') {
        adv(l);
        kind = CC_T_LONG_LIT;
    }
    emit(l, kind, start);
}

/* ------------------------------------------------------------------ */
/* char and string literals                                            */
/* ------------------------------------------------------------------ */

enum { LIT_EOF = -1, LIT_BAD = -2, LIT_EOL = -3 };

/* The next character of a literal: decodes UTF-8 and, where a backslash is preceded by an
 * even number of backslashes, unicode escapes. Returns the code point, LIT_EOF, or LIT_EOL
 * for a line terminator (raw, which is not consumed, or \u000a / \u000d as javac sees
 * them), and sets *p to where it starts. */
static int32_t lit_next(Lx *l, size_t lit_start, cc_Pos *p) {
    *p = here(l);
    int ch = at(l, 0);
    if (ch < 0) return LIT_EOF;
    if (ch == '\n' || ch == '\r') return LIT_EOL;
    if (ch == '\\' && at(l, 1) == 'u') {
        size_t k = l->i, bs = 0;
        while (k > lit_start && l->s[k - 1] == '\\') k--, bs++;
        if (bs % 2 == 0) {
            adv(l);
            while (at(l, 0) == 'u') adv(l);
            uint32_t v = 0;
            for (int d = 0; d < 4; d++) {
                int h = at(l, 0);
                int x = h >= '0' && h <= '9'   ? h - '0'
                        : h >= 'a' && h <= 'f' ? h - 'a' + 10
                        : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                               : -1;
                if (x < 0) {
                    err(l, here(l), "illegal unicode escape");
                    return LIT_BAD;
                }
                v = v * 16 + (uint32_t)x;
                adv(l);
            }
            return v == '\n' || v == '\r' ? LIT_EOL : (int32_t)v;
        }
    }
    if (ch < 0x80) {
        adv(l);
        return ch;
    }
    uint32_t cp;
    int len = utf8_decode(l->s + l->i, l->n - l->i, &cp);
    if (!len) {
        err(l, *p, "unmappable character (0x%02X) for encoding UTF-8", ch);
        adv(l);
        return 0xFFFD;
    }
    for (int k = 0; k < len; k++) adv(l);
    return (int32_t)cp;
}

/* After a backslash: the escape's value, or LIT_BAD (reported), or LIT_EOL / LIT_EOF
 * (the caller reports the unclosed literal). */
static int32_t lit_escape(Lx *l, size_t lit_start) {
    cc_Pos p;
    int32_t e = lit_next(l, lit_start, &p);
    switch (e) {
    case 'b': return '\b';
    case 't': return '\t';
    case 'n': return '\n';
    case 'f': return '\f';
    case 'r': return '\r';
    case 's': return ' ';
    case '"': return '"';
    case '\'': return '\'';
    case '\\': return '\\';
    case LIT_BAD: return LIT_BAD;
    case LIT_EOF:
    case LIT_EOL: err(l, p, "illegal escape character"); return e;
    default: break;
    }
    if (e >= '0' && e <= '7') {
        int32_t v = e - '0';
        int more = e <= '3' ? 2 : 1;
        for (int k = 0; k < more; k++) {
            Lx s2 = *l;
            cc_Pos q;
            int32_t d = lit_next(l, lit_start, &q);
            if (d >= '0' && d <= '7') {
                v = v * 8 + (d - '0');
            } else {
                *l = s2;
                break;
            }
        }
        return v;
    }
    err(l, p, "illegal escape character");
    return LIT_BAD;
}

static void finish_lit(Lx *l, cc_Token *t) {
    t->nchars = (uint32_t)l->blen;
    uint16_t *v = cc_alloc(l->c, (l->blen ? l->blen : 1) * sizeof *v);
    if (l->blen) memcpy(v, l->buf, l->blen * sizeof *v);
    t->chars = v;
}

static void lex_text_block(Lx *l, cc_Pos start) {
    adv(l), adv(l), adv(l);
    err(l, start, "text blocks are not supported yet");
    for (;;) {
        int ch = at(l, 0);
        if (ch < 0) {
            err(l, start, "unclosed text block");
            break;
        }
        if (ch == '\\') {
            adv(l);
            adv(l);
            continue;
        }
        if (ch == '"' && at(l, 1) == '"' && at(l, 2) == '"') {
            adv(l), adv(l), adv(l);
            break;
        }
        adv(l);
    }
    l->blen = 0;
    finish_lit(l, emit(l, CC_T_STRING_LIT, start));
}

static void lex_string(Lx *l, cc_Pos start) {
    if (at(l, 1) == '"' && at(l, 2) == '"') {
        lex_text_block(l, start);
        return;
    }
    size_t lit_start = l->i;
    adv(l);
    l->blen = 0;
    for (;;) {
        cc_Pos p;
        int32_t ch = lit_next(l, lit_start, &p);
        if (ch == LIT_EOF || ch == LIT_EOL) {
            err(l, start, "unclosed string literal");
            break;
        }
        if (ch == '"') break;
        if (ch == LIT_BAD) continue;
        if (ch == '\\') {
            ch = lit_escape(l, lit_start);
            if (ch == LIT_EOF || ch == LIT_EOL) {
                err(l, start, "unclosed string literal");
                break;
            }
            if (ch == LIT_BAD) continue;
            push_unit(l, (uint16_t)ch);
            continue;
        }
        push_cp(l, (uint32_t)ch);
    }
    finish_lit(l, emit(l, CC_T_STRING_LIT, start));
}

/* Skips the rest of a broken char literal: to the next ' on the line (consumed) or the
 * end of the line. */
static void skip_char_lit(Lx *l) {
    for (int ch; (ch = at(l, 0)) >= 0 && ch != '\n' && ch != '\r';) {
        adv(l);
        if (ch == '\'') return;
    }
}

static void lex_char(Lx *l, cc_Pos start) {
    size_t lit_start = l->i;
    adv(l);
    l->blen = 0;
    cc_Pos p;
    int32_t ch = lit_next(l, lit_start, &p);
    if (ch == '\'') {
        err(l, start, "empty character literal");
    } else if (ch == LIT_EOF || ch == LIT_EOL) {
        err(l, start, "illegal line end in character literal");
    } else {
        if (ch == '\\') {
            ch = lit_escape(l, lit_start);
            if (ch == LIT_EOF || ch == LIT_EOL) {
                err(l, start, "unclosed character literal");
                goto done;
            }
        }
        if (ch >= 0) push_cp(l, (uint32_t)ch);
        Lx save = *l;
        int32_t close = lit_next(l, lit_start, &p);
        if (close != '\'' || l->blen > 1) {
            *l = save;
            err(l, start, "unclosed character literal");
            skip_char_lit(l);
        }
    }
done:
    if (l->blen != 1) { /* keep the promise: one unit */
        l->blen = 0;
        push_unit(l, 0);
    }
    finish_lit(l, emit(l, CC_T_CHAR_LIT, start));
}

/* ------------------------------------------------------------------ */
/* operators, comments, the main loop                                  */
/* ------------------------------------------------------------------ */

static int lex_operator(Lx *l, cc_Pos start) {
    int best = -1;
    size_t best_len = 0;
    for (int k = CC_T_LPAREN; k < CC_T_COUNT; k++) {
        const char *sp = tok_spelling[k];
        size_t len = strlen(sp);
        if (len > best_len && l->i + len <= l->n && memcmp(l->s + l->i, sp, len) == 0) {
            best = k;
            best_len = len;
        }
    }
    if (best < 0) return 0;
    for (size_t k = 0; k < best_len; k++) adv(l);
    emit(l, (cc_TokKind)best, start);
    return 1;
}

/* Skips whitespace and comments. */
static void skip_space(Lx *l) {
    for (;;) {
        int ch = at(l, 0);
        if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\n' || ch == '\r') {
            adv(l);
        } else if (ch == '/' && at(l, 1) == '/') {
            while ((ch = at(l, 0)) >= 0 && ch != '\n' && ch != '\r') adv(l);
        } else if (ch == '/' && at(l, 1) == '*') {
            cc_Pos start = here(l);
            adv(l), adv(l);
            for (;;) {
                if (at(l, 0) < 0) {
                    err(l, start, "unclosed comment");
                    break;
                }
                if (at(l, 0) == '*' && at(l, 1) == '/') {
                    adv(l), adv(l);
                    break;
                }
                adv(l);
            }
        } else {
            return;
        }
    }
}

int cc_lex(cc_Compiler *c, int file, cc_Token **out) {
    Lx l;
    memset(&l, 0, sizeof l);
    l.c = c;
    l.file = file;
    l.s = (const unsigned char *)c->files[file].text;
    l.n = c->files[file].len;
    l.line = 1;
    l.col = 1;
    if (l.n >= 3 && l.s[0] == 0xEF && l.s[1] == 0xBB && l.s[2] == 0xBF) l.i = 3; /* BOM */
    for (;;) {
        skip_space(&l);
        cc_Pos start = here(&l);
        l.bad = 0;
        int ch = at(&l, 0);
        if (ch < 0) {
            emit(&l, CC_T_EOF, start);
            break;
        }
        if (ch >= '0' && ch <= '9') {
            lex_number(&l, start);
        } else if (ch == '.' && at(&l, 1) >= '0' && at(&l, 1) <= '9') {
            lex_number(&l, start);
        } else if (ident_char_len(&l, 0) > 0) {
            lex_ident(&l, start);
        } else if (ch == '"') {
            lex_string(&l, start);
        } else if (ch == '\'') {
            lex_char(&l, start);
        } else if (!lex_operator(&l, start)) {
            /* an illegal character: report it and skip it (one whole UTF-8 sequence) */
            uint32_t cp = (uint32_t)ch;
            int len = 1;
            if (ch >= 0x80) {
                len = utf8_decode(l.s + l.i, l.n - l.i, &cp);
                if (!len) {
                    err(&l, start, "unmappable character (0x%02X) for encoding UTF-8", ch);
                    len = 1;
                    cp = 0;
                } else {
                    illegal_char(&l, start, cp);
                }
            } else {
                illegal_char(&l, start, cp);
            }
            for (int k = 0; k < len; k++) adv(&l);
        }
    }
    cc_Token *toks = cc_alloc(c, (size_t)l.ntoks * sizeof *toks);
    memcpy(toks, l.toks, (size_t)l.ntoks * sizeof *toks);
    free(l.toks);
    free(l.buf);
    *out = toks;
    return l.ntoks;
}

/* ------------------------------------------------------------------ */
/* literal values                                                      */
/* ------------------------------------------------------------------ */

int cc_int_literal_value(const char *text, size_t len, uint64_t *value, int *radix) {
    size_t i = 0;
    int r = 10;
    if (len >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) r = 16, i = 2;
    else if (len >= 2 && text[0] == '0' && (text[1] == 'b' || text[1] == 'B')) r = 2, i = 2;
    else if (len >= 2 && text[0] == '0' && text[1] != 'l' && text[1] != 'L') r = 8, i = 1;
    if (len && (text[len - 1] == 'l' || text[len - 1] == 'L')) len--;
    uint64_t v = 0;
    int status = CC_NUM_OK;
    for (; i < len; i++) {
        char ch = text[i];
        if (ch == '_') continue;
        unsigned d = ch >= '0' && ch <= '9'   ? (unsigned)(ch - '0')
                     : ch >= 'a' && ch <= 'f' ? (unsigned)(ch - 'a' + 10)
                     : ch >= 'A' && ch <= 'F' ? (unsigned)(ch - 'A' + 10)
                                              : 99;
        if (d >= (unsigned)r) {
            if (r == 8 && d < 10) status = CC_NUM_BAD_DIGIT;
            continue;
        }
        if (status == CC_NUM_OK && v > (UINT64_MAX - d) / (unsigned)r) status = CC_NUM_TOO_LARGE;
        v = v * (unsigned)r + d;
    }
    *value = v;
    if (radix) *radix = r;
    return status;
}

int cc_float_literal_value(const char *text, size_t len, int is_float, double *value) {
    char small[128];
    char *b = len < sizeof small ? small : malloc(len + 1);
    if (!b) abort();
    size_t n = 0;
    int hex = len >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    int nonzero = 0, in_exp = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = text[i];
        if (ch == '_') continue;
        if (i == len - 1 && (ch == 'f' || ch == 'F' || ch == 'd' || ch == 'D')) continue;
        if (hex ? (ch == 'p' || ch == 'P') : (ch == 'e' || ch == 'E')) in_exp = 1;
        if (!in_exp && ((ch >= '1' && ch <= '9') || (hex && i >= 2 && ((ch >= 'a' && ch <= 'f') ||
                                                                     (ch >= 'A' && ch <= 'F')))))
            nonzero = 1;
        b[n++] = ch;
    }
    b[n] = 0;
    double v;
    errno = 0;
    if (is_float) v = strtof(b, NULL);
    else v = strtod(b, NULL);
    if (b != small) free(b);
    *value = v;
    if (isinf(v)) return CC_NUM_TOO_LARGE;
    if (v == 0 && nonzero) return CC_NUM_TOO_SMALL;
    return CC_NUM_OK;
}
