/* test_lexer.c: the oakc lexer (compiler/lexer.c) and diagnostics (compiler/diag.c).
 *
 * Every token kind is generated from the CC_TOKENS table, so a new token is covered
 * without touching this file. Literals are checked by kind, exact text and decoded value;
 * positions against cc_pos_of (an independent computation from the byte offset); errors
 * whole, "line:col: message", with javac's wording.
 */
#include "cc.h"
#include "tests.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

typedef struct {
    cc_Compiler *c;
    cc_Token *t;
    int n;
} Lexed;

static Lexed lex_n(const char *src, size_t len) {
    Lexed l;
    l.c = cc_new();
    int f = cc_add_source(l.c, "T.java", src, len);
    l.n = cc_lex(l.c, f, &l.t);
    return l;
}
static Lexed lex(const char *src) { return lex_n(src, strlen(src)); }

/* "line:col: msg" for every diagnostic, one per line (malloc'ed) */
static char *diag_lines(const cc_Compiler *c) {
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    for (int i = 0; i < c->ndiags; i++)
        fprintf(f, "%d:%d: %s\n", c->diags[i].pos.line, c->diags[i].pos.col, c->diags[i].msg);
    fclose(f);
    return buf;
}

static void expect_no_errors(const char *what, Lexed *l) {
    if (cc_error_count(l->c)) {
        char *d = diag_lines(l->c);
        fprintf(stderr, "\n%s: unexpected errors:\n%s", what, d);
        free(d);
    }
    CU_ASSERT_EQUAL(cc_error_count(l->c), 0);
}

/* src lexes to exactly one token (before EOF) of kind k and text src */
static void one_token(const char *src, cc_TokKind k) {
    Lexed l = lex(src);
    expect_no_errors(src, &l);
    int ok = l.n == 2 && l.t[0].kind == k && l.t[0].len == strlen(src) &&
             memcmp(l.t[0].text, src, l.t[0].len) == 0 && l.t[1].kind == CC_T_EOF;
    if (!ok)
        fprintf(stderr, "\n'%s': want one %s, got %d tokens, first %s '%.*s'\n", src,
                cc_token_enum_name(k), l.n - 1, cc_token_enum_name(l.t[0].kind), (int)l.t[0].len,
                l.t[0].text);
    CU_ASSERT(ok);
    cc_free(l.c);
}

/* the kinds of the tokens of src (without EOF), as "IDENT PLUS ..." */
static char *kinds(const char *src) {
    Lexed l = lex(src);
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    for (int i = 0; i + 1 < l.n; i++) fprintf(f, "%s%s", i ? " " : "", cc_token_enum_name(l.t[i].kind));
    fclose(f);
    cc_free(l.c);
    return buf;
}

static void expect_kinds(const char *src, const char *want) {
    char *got = kinds(src);
    if (strcmp(got, want)) fprintf(stderr, "\n'%s'\n  got:  %s\n  want: %s\n", src, got, want);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
}

/* lexing src reports exactly `want` (diag_lines format) */
static void expect_errors(const char *src, const char *want) {
    Lexed l = lex(src);
    char *got = diag_lines(l.c);
    if (strcmp(got, want)) fprintf(stderr, "\n'%s'\n  got:  %s  want: %s", src, got, want);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    cc_free(l.c);
}

/* the value of the only string or char literal in src, as UTF-16 units */
static int lit_value(const char *src, const uint16_t *want, size_t nwant) {
    Lexed l = lex(src);
    int ok = l.n == 2 && (l.t[0].kind == CC_T_STRING_LIT || l.t[0].kind == CC_T_CHAR_LIT) &&
             l.t[0].nchars == nwant && memcmp(l.t[0].chars, want, nwant * 2) == 0 &&
             cc_error_count(l.c) == 0;
    if (!ok) {
        fprintf(stderr, "\n%s: got %d tokens, %u units:", src, l.n - 1, l.n > 1 ? l.t[0].nchars : 0);
        for (uint32_t i = 0; l.n > 1 && i < l.t[0].nchars; i++) fprintf(stderr, " %04x", l.t[0].chars[i]);
        fputc('\n', stderr);
    }
    cc_free(l.c);
    return ok;
}
#define LIT(src, ...)                                                                      \
    do {                                                                                   \
        static const uint16_t w_[] = {__VA_ARGS__};                                        \
        CU_ASSERT(lit_value(src, w_, sizeof w_ / sizeof *w_));                             \
    } while (0)

/* ------------------------------------------------------------------ */
/* tokens                                                              */
/* ------------------------------------------------------------------ */

static void test_every_token(void) {
    /* each keyword and operator alone, from the table */
    for (int k = CC_T_FIRST_KEYWORD; k < CC_T_COUNT; k++) one_token(cc_token_spelling((cc_TokKind)k), (cc_TokKind)k);
    /* and all of them in one stream, separated by spaces */
    char src[4096] = "", want[8192] = "";
    for (int k = CC_T_FIRST_KEYWORD; k < CC_T_COUNT; k++) {
        strcat(src, cc_token_spelling((cc_TokKind)k));
        strcat(src, " ");
        if (k > CC_T_FIRST_KEYWORD) strcat(want, " ");
        strcat(want, cc_token_enum_name((cc_TokKind)k));
    }
    expect_kinds(src, want);
    CU_ASSERT_EQUAL(CC_T_LAST_KEYWORD - CC_T_FIRST_KEYWORD + 1, 54); /* 50 + true false null _ */
}

static void test_maximal_munch(void) {
    expect_kinds(">>>= >>= >>> >> >= > >>>>", "GTGTGTEQ GTGTEQ GTGTGT GTGT GE GT GTGTGT GT");
    expect_kinds("a+++b", "IDENT PLUSPLUS PLUS IDENT");
    expect_kinds("x-->0", "IDENT MINUSMINUS GT INT_LIT");
    expect_kinds("a->b::c...d..e", "IDENT ARROW IDENT COLONCOLON IDENT ELLIPSIS IDENT DOT DOT IDENT");
    expect_kinds("&&= ||= <<= !== ===", "ANDAND ASSIGN OROR ASSIGN LTLTEQ NE ASSIGN EQEQ ASSIGN");
    expect_kinds("@Override @interface", "AT IDENT AT INTERFACE");
    expect_kinds("a.b.5", "IDENT DOT IDENT DOUBLE_LIT"); /* .5 is a number */
    expect_kinds("1.f 1..2", "FLOAT_LIT DOUBLE_LIT DOUBLE_LIT");
    expect_kinds("non-sealed", "IDENT MINUS IDENT");
    expect_kinds("", "");
    expect_kinds("   \t\f\r\n  ", "");
}

static void test_identifiers(void) {
    static const char *const ids[] = {"x", "_x", "$", "$x1", "x_1$", "A\xc3\xa9", "\xe5\x8f\x98\xe9\x87\x8f",
                                      "\xce\xb1\xce\xb2\xce\xb3", "__", "var", "yield", "record",
                                      "sealed", "permits", "module", "Integer"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) one_token(ids[i], CC_T_IDENT);
    one_token("_", CC_T_UNDERSCORE);
    /* names are interned: equal names, equal pointers */
    Lexed l = lex("foo bar foo");
    CU_ASSERT_PTR_EQUAL(l.t[0].name, l.t[2].name);
    CU_ASSERT_PTR_NOT_EQUAL(l.t[0].name, l.t[1].name);
    CU_ASSERT_STRING_EQUAL(l.t[1].name, "bar");
    CU_ASSERT_PTR_EQUAL(l.t[0].name, cc_intern_str(l.c, "foo"));
    cc_free(l.c);
}

static void test_int_literals(void) {
    static const char *const ints[] = {"0", "7", "123", "1_000_000", "1__2", "0x1F", "0XfF",
                                       "0x7fff_ffff", "0b1010", "0B1", "0b1_0", "017", "0_7",
                                       "00", "2147483648", "08", "09_9", "0xCAFEBABE"};
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) one_token(ints[i], CC_T_INT_LIT);
    static const char *const longs[] = {"0L", "0l", "123L", "0x7fffffffffffffffL", "0b1L",
                                        "077L", "9223372036854775808L", "1_0L"};
    for (size_t i = 0; i < sizeof longs / sizeof *longs; i++) one_token(longs[i], CC_T_LONG_LIT);
}

static void test_float_literals(void) {
    static const char *const doubles[] = {"1.5", "1.", ".5", "0.0", "1e10", "1E-5", "1e+5",
                                          "1.5e3", ".5e-3", "1d", "1D", "1.5d", "0x1p3",
                                          "0x1.8p-3", "0x.8p1", "0X1P+3D", "1_0.0_1",
                                          "1_0e1_0", "09.5", "08e1", "00.0"};
    for (size_t i = 0; i < sizeof doubles / sizeof *doubles; i++) one_token(doubles[i], CC_T_DOUBLE_LIT);
    static const char *const floats[] = {"1f", "1F", "1.5f", "1.f", ".5F", "1e10f", "0x1.8p-3f",
                                         "3.4028235e38f", "09f"};
    for (size_t i = 0; i < sizeof floats / sizeof *floats; i++) one_token(floats[i], CC_T_FLOAT_LIT);
    /* 0x1f is an int (f is a hex digit), 1e5L is a double then L */
    one_token("0x1f", CC_T_INT_LIT);
    expect_kinds("1e5L", "DOUBLE_LIT IDENT");
    expect_kinds("1.e", "DOUBLE_LIT"); /* malformed, reported below */
}

static void test_literal_values(void) {
    uint64_t v;
    int r;
#define IV(s, st, val, rad)                                                                \
    do {                                                                                   \
        CU_ASSERT_EQUAL(cc_int_literal_value(s, strlen(s), &v, &r), st);                   \
        if (st == CC_NUM_OK) CU_ASSERT_EQUAL(v, (uint64_t)(val));                   \
        CU_ASSERT_EQUAL(r, rad);                                                           \
    } while (0)
    IV("0", CC_NUM_OK, 0, 10);
    IV("2147483647", CC_NUM_OK, 2147483647, 10);
    IV("2147483648", CC_NUM_OK, 2147483648u, 10);
    IV("1_000", CC_NUM_OK, 1000, 10);
    IV("0x1F", CC_NUM_OK, 31, 16);
    IV("0xFFFFFFFF", CC_NUM_OK, 0xFFFFFFFFu, 16);
    IV("0b101", CC_NUM_OK, 5, 2);
    IV("017", CC_NUM_OK, 15, 8);
    IV("0_17", CC_NUM_OK, 15, 8);
    IV("0L", CC_NUM_OK, 0, 10);
    IV("123L", CC_NUM_OK, 123, 10);
    IV("0xFFFFFFFFFFFFFFFFL", CC_NUM_OK, UINT64_MAX, 16);
    IV("18446744073709551615", CC_NUM_OK, UINT64_MAX, 10);
    IV("18446744073709551616", CC_NUM_TOO_LARGE, 0, 10);
    IV("0x1_0000_0000_0000_0000L", CC_NUM_TOO_LARGE, 0, 16);
    IV("08", CC_NUM_BAD_DIGIT, 0, 8);
    IV("0779", CC_NUM_BAD_DIGIT, 0, 8);
#undef IV
    double d;
    CU_ASSERT_EQUAL(cc_float_literal_value("1.5", 3, 0, &d), CC_NUM_OK);
    CU_ASSERT_EQUAL(d, 1.5);
    CU_ASSERT_EQUAL(cc_float_literal_value("1_0.2_5e1_0d", 12, 0, &d), CC_NUM_OK);
    CU_ASSERT_EQUAL(d, 10.25e10);
    CU_ASSERT_EQUAL(cc_float_literal_value("0x1.8p1", 7, 0, &d), CC_NUM_OK);
    CU_ASSERT_EQUAL(d, 3.0);
    CU_ASSERT_EQUAL(cc_float_literal_value("0.1f", 4, 1, &d), CC_NUM_OK);
    CU_ASSERT_EQUAL(d, (double)0.1f); /* rounded once, to float */
    CU_ASSERT_EQUAL(cc_float_literal_value("3.4028235e38f", 13, 1, &d), CC_NUM_OK);
    CU_ASSERT_EQUAL(cc_float_literal_value("3.5e38f", 7, 1, &d), CC_NUM_TOO_LARGE);
    CU_ASSERT_EQUAL(cc_float_literal_value("1e309", 5, 0, &d), CC_NUM_TOO_LARGE);
    CU_ASSERT_EQUAL(cc_float_literal_value("1e-50f", 6, 1, &d), CC_NUM_TOO_SMALL);
    CU_ASSERT_EQUAL(cc_float_literal_value("1e-400", 6, 0, &d), CC_NUM_TOO_SMALL);
    CU_ASSERT_EQUAL(cc_float_literal_value("0x1p-1074", 9, 0, &d), CC_NUM_OK);
    CU_ASSERT_EQUAL(d, 4.9e-324);
    CU_ASSERT_EQUAL(cc_float_literal_value("0.0e-999", 8, 0, &d), CC_NUM_OK);
    CU_ASSERT_EQUAL(cc_float_literal_value("0x0.0p0", 7, 0, &d), CC_NUM_OK);
    CU_ASSERT_EQUAL(d, 0.0);
}

static void test_char_literals(void) {
    LIT("'a'", 'a');
    LIT("'\\b'", 8);
    LIT("'\\t'", 9);
    LIT("'\\n'", 10);
    LIT("'\\f'", 12);
    LIT("'\\r'", 13);
    LIT("'\\s'", 32);
    LIT("'\\\"'", '"');
    LIT("'\"'", '"');
    LIT("'\\''", '\'');
    LIT("'\\\\'", '\\');
    LIT("'\\0'", 0);
    LIT("'\\7'", 7);
    LIT("'\\77'", 077);
    LIT("'\\377'", 0377);
    LIT("'\\u0041'", 'A');
    LIT("'\\uuuu0041'", 'A');
    LIT("'\\uFFFF'", 0xFFFF);
    LIT("'\\uD800'", 0xD800); /* a lone surrogate is a char */
    LIT("'\xc3\xa9'", 0xE9);
    LIT("'\xe4\xb8\xad'", 0x4E2D);
    LIT("'\\u005c\\u005c'", '\\'); /* \u005c is a backslash that starts an escape */
    one_token("'x'", CC_T_CHAR_LIT);
}

static void test_string_literals(void) {
    LIT("\"abc\"", 'a', 'b', 'c');
    LIT("\"a\\tb\\n\"", 'a', 9, 'b', 10);
    LIT("\"\\101\\60\\0\\400\"", 'A', '0', 0, 040, '0'); /* \400 is \40 then 0 */
    LIT("\"\\u00e9\xc3\xa9\"", 0xE9, 0xE9);
    LIT("\"\xf0\x9f\x98\x80\"", 0xD83D, 0xDE00); /* U+1F600: a surrogate pair */
    LIT("\"\\\\u0041\"", '\\', 'u', '0', '0', '4', '1'); /* \\u is not a unicode escape */
    LIT("\"\\u005cn\"", 10);
    LIT("\"'\\'\"", '\'', '\'');
    LIT("\"//not a comment /* */\"", '/', '/', 'n', 'o', 't', ' ', 'a', ' ', 'c', 'o', 'm', 'm',
        'e', 'n', 't', ' ', '/', '*', ' ', '*', '/');
    /* an empty string still has a (non-NULL) value */
    Lexed l = lex("\"\"");
    CU_ASSERT_EQUAL(l.t[0].kind, CC_T_STRING_LIT);
    CU_ASSERT_EQUAL(l.t[0].nchars, 0);
    CU_ASSERT_PTR_NOT_NULL(l.t[0].chars);
    cc_free(l.c);
}

static void test_comments(void) {
    expect_kinds("a // b c\nd", "IDENT IDENT");
    expect_kinds("a /* b\n c */ d", "IDENT IDENT");
    expect_kinds("a /** doc */ d", "IDENT IDENT");
    expect_kinds("a /* /* */ d */", "IDENT IDENT STAR SLASH");
    expect_kinds("a /*/ b */ c", "IDENT IDENT");
    expect_kinds("a //", "IDENT");
    expect_kinds("a // \\u000a b", "IDENT"); /* unicode escapes are not decoded in comments */
    expect_kinds("/**/x/***/y", "IDENT IDENT");
    expect_kinds("a/ /b", "IDENT SLASH SLASH IDENT");
}

/* ------------------------------------------------------------------ */
/* positions                                                           */
/* ------------------------------------------------------------------ */

/* every token's pos and end agree with cc_pos_of on its offsets */
static int positions_consistent(Lexed *l) {
    for (int i = 0; i < l->n; i++) {
        cc_Token *t = &l->t[i];
        cc_Pos a = cc_pos_of(l->c, 0, t->pos.off), b = cc_pos_of(l->c, 0, t->end.off);
        if (a.line != t->pos.line || a.col != t->pos.col || b.line != t->end.line ||
            b.col != t->end.col || t->end.off != t->pos.off + t->len) {
            fprintf(stderr, "\ntoken %d at %u: %d:%d-%d:%d, cc_pos_of says %d:%d-%d:%d\n", i,
                    t->pos.off, t->pos.line, t->pos.col, t->end.line, t->end.col, a.line, a.col,
                    b.line, b.col);
            return 0;
        }
    }
    return 1;
}

static void test_positions(void) {
    const char *src = "class A {\n"
                      "\tint x = 1; // c\r\n"
                      "  String s = \"\xc3\xa9t\xc3\xa9\"; char c\r"
                      "= 'x';\n"
                      "/* a\nb */ x++ ;";
    Lexed l = lex(src);
    expect_no_errors("positions", &l);
    static const struct {
        int line, col, end_line, end_col, first;
    } want[] = {
        {1, 1, 1, 6, 1},  /* class */
        {1, 7, 1, 8, 0},  /* A */
        {1, 9, 1, 10, 0}, /* { */
        {2, 2, 2, 5, 1},  /* int: after a tab, which counts as one column */
        {2, 6, 2, 7, 0},  /* x */
        {2, 8, 2, 9, 0},  /* = */
        {2, 10, 2, 11, 0},
        {2, 11, 2, 12, 0},  /* ; */
        {3, 3, 3, 9, 1},    /* String, after CR LF */
        {3, 10, 3, 11, 0},  /* s */
        {3, 12, 3, 13, 0},  /* = */
        {3, 14, 3, 19, 0},  /* "ete": 5 characters, 7 bytes */
        {3, 19, 3, 20, 0},  /* ; */
        {3, 21, 3, 25, 0},  /* char */
        {3, 26, 3, 27, 0},  /* c */
        {4, 1, 4, 2, 1},    /* = after a lone CR */
        {4, 3, 4, 6, 0},    /* 'x' */
        {4, 6, 4, 7, 0},    /* ; */
        {6, 6, 6, 7, 1},    /* x, after a comment over two lines: first token of its line */
        {6, 7, 6, 9, 0},    /* ++ */
        {6, 10, 6, 11, 0},  /* ; */
        {6, 11, 6, 11, 0},  /* EOF */
    };
    CU_ASSERT_EQUAL_FATAL(l.n, (int)(sizeof want / sizeof *want));
    for (int i = 0; i < l.n; i++) {
        cc_Token *t = &l.t[i];
        int ok = t->pos.line == want[i].line && t->pos.col == want[i].col &&
                 t->end.line == want[i].end_line && t->end.col == want[i].end_col &&
                 t->first_on_line == want[i].first && t->pos.file == 0;
        if (!ok)
            fprintf(stderr, "\ntoken %d '%.*s': %d:%d-%d:%d first %d, want %d:%d-%d:%d first %d\n", i,
                    (int)t->len, t->text, t->pos.line, t->pos.col, t->end.line, t->end.col,
                    t->first_on_line, want[i].line, want[i].col, want[i].end_line, want[i].end_col,
                    want[i].first);
        CU_ASSERT(ok);
    }
    CU_ASSERT(positions_consistent(&l));
    /* line texts, without terminators */
    size_t len;
    const char *s = cc_line_text(l.c, 0, 2, &len);
    CU_ASSERT_EQUAL(len, 16);
    CU_ASSERT_EQUAL(memcmp(s, "\tint x = 1; // c", len), 0);
    s = cc_line_text(l.c, 0, 4, &len);
    CU_ASSERT_EQUAL(len, 6);
    CU_ASSERT_EQUAL(l.c->files[0].nlines, 6);
    cc_line_text(l.c, 0, 99, &len);
    CU_ASSERT_EQUAL(len, 0);
    cc_free(l.c);

    /* a UTF-8 byte order mark is skipped; a text block spans lines */
    l = lex("\xef\xbb\xbfx");
    CU_ASSERT_EQUAL(l.n, 2);
    CU_ASSERT_EQUAL(l.t[0].pos.off, 3);
    CU_ASSERT_EQUAL(cc_error_count(l.c), 0);
    cc_free(l.c);
}

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

static void test_errors(void) {
    expect_errors("x = \"abc\n;", "1:5: unclosed string literal\n");
    expect_errors("\"abc", "1:1: unclosed string literal\n");
    expect_errors("a /* b\n c", "1:3: unclosed comment\n");
    expect_errors("a # b", "1:3: illegal character: '#'\n");
    expect_errors("a ` \\ b", "1:3: illegal character: '`'\n1:5: illegal character: '\\'\n");
    expect_errors("a \\u0041", "1:3: illegal character: '\\'\n");
    expect_errors("x\xc2\xa0y", "1:2: illegal character: '\\u00a0'\n");
    expect_errors("x \xe2\x80\x9cq\xe2\x80\x9d", "1:3: illegal character: '\\u201c'\n1:5: illegal character: '\\u201d'\n");
    expect_errors("a\x01", "1:2: illegal character: '\\u0001'\n");
    expect_errors("\"\xe9\" \xff", "1:2: unmappable character (0xE9) for encoding UTF-8\n"
                                    "1:5: unmappable character (0xFF) for encoding UTF-8\n");
    expect_errors("s = \"\\q\";", "1:7: illegal escape character\n");
    expect_errors("c = '\\u00g1';", "1:10: illegal unicode escape\n1:5: unclosed character literal\n");
    expect_errors("\"\\u12\"", "1:6: illegal unicode escape\n");
    expect_errors("c = '';", "1:5: empty character literal\n");
    expect_errors("c = 'ab'; d", "1:5: unclosed character literal\n");
    expect_errors("c = '\n';", "1:5: illegal line end in character literal\n"
                               "2:1: unclosed character literal\n");
    expect_errors("c = '\\\n", "1:7: illegal escape character\n1:5: unclosed character literal\n");
    expect_errors("s = \"abc\\\n\"", "1:10: illegal escape character\n1:5: unclosed string literal\n"
                                     "2:1: unclosed string literal\n");
    expect_errors("s = \"a\\u000ab\";", "1:5: unclosed string literal\n1:14: unclosed string literal\n");
    expect_errors("x = 0x;", "1:5: hexadecimal numbers must contain at least one hexadecimal digit\n");
    expect_errors("x = 0b;", "1:5: binary numbers must contain at least one binary digit\n");
    expect_errors("x = 0b2;", "1:5: binary numbers must contain at least one binary digit\n");
    expect_errors("x = 1_;", "1:6: illegal underscore\n");
    expect_errors("x = 0x_1;", "1:7: illegal underscore\n");
    expect_errors("x = 0_x1;", "1:6: illegal underscore\n");
    expect_errors("x = 1_.5 + 1._5 + 1e_5 + 1__L;",
                  "1:6: illegal underscore\n1:14: illegal underscore\n1:21: illegal underscore\n"
                  "1:27: illegal underscore\n");
    expect_errors("d = 1e; f = 1.0e+f; h = 0x1.0;", "1:5: malformed floating-point literal\n"
                                                 "1:13: malformed floating-point literal\n"
                                                 "1:25: malformed floating-point literal\n");
    expect_errors("h = 0x.p1;", "1:5: hexadecimal numbers must contain at least one hexadecimal digit\n");
    expect_errors("s = \"\"\"\n  hi \\\"\"\" \"\"\";", "1:5: text blocks are not supported yet\n");
    expect_errors("s = \"\"\"\n  hi", "1:5: text blocks are not supported yet\n1:5: unclosed text block\n");
    Lexed z = lex_n("a\0b", 3);
    CU_ASSERT_EQUAL(z.n, 3);
    CU_ASSERT_EQUAL(z.c->ndiags, 1);
    CU_ASSERT_STRING_EQUAL(z.c->diags[0].msg, "illegal character: '\\u0000'");
    CU_ASSERT_EQUAL(z.c->diags[0].pos.col, 2);
    cc_free(z.c);
    /* bad tokens are kept and marked */
    Lexed l = lex("0x 1_ 'ab' ok");
    CU_ASSERT_EQUAL_FATAL(l.n, 5);
    CU_ASSERT(l.t[0].bad && l.t[1].bad && l.t[2].bad && !l.t[3].bad);
    CU_ASSERT_EQUAL(l.t[2].nchars, 1); /* a char literal always has one unit */
    CU_ASSERT_EQUAL(l.t[0].kind, CC_T_INT_LIT);
    cc_free(l.c);
}

/* ------------------------------------------------------------------ */
/* diagnostics                                                         */
/* ------------------------------------------------------------------ */

static char *print_all(cc_Compiler *c) {
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    cc_print_diags(c, f);
    cc_print_summary(c, f);
    fclose(f);
    return buf;
}

static void test_diagnostics_format(void) {
    cc_Compiler *c = cc_new();
    const char *src = "class A {\n\tint x = 1\n  String \xc3\xa9 = #;\n}";
    int f = cc_add_source(c, "Foo.java", src, strlen(src));
    cc_error(c, cc_pos_of(c, f, 20), "';' expected");          /* after 1, on a line with a tab */
    cc_error(c, cc_pos_of(c, f, 35), "illegal character: '%c'", '#'); /* after an e-acute */
    cc_warning(c, cc_pos_of(c, f, 0), "a warning\n  detail line 1\n  detail line 2");
    cc_error(c, (cc_Pos){-1, 0, 0, 0}, "file not found: %s", "X.java");
    cc_error(c, cc_pos_of(c, f, (uint32_t)strlen(src)), "reached end of file while parsing");
    char *got = print_all(c);
    const char *want = "Foo.java:2:11: error: ';' expected\n"
                       "\tint x = 1\n"
                       "\t         ^\n"
                       "Foo.java:3:14: error: illegal character: '#'\n"
                       "  String \xc3\xa9 = #;\n"
                       "             ^\n"
                       "Foo.java:1:1: warning: a warning\n"
                       "class A {\n"
                       "^\n"
                       "  detail line 1\n"
                       "  detail line 2\n"
                       "error: file not found: X.java\n"
                       "Foo.java:4:2: error: reached end of file while parsing\n"
                       "}\n"
                       " ^\n"
                       "4 errors\n"
                       "1 warning\n";
    if (strcmp(got, want)) fprintf(stderr, "\ngot:\n%s\nwant:\n%s\n", got, want);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    CU_ASSERT_EQUAL(cc_error_count(c), 4);
    cc_free(c);

    /* one error: singular; echo prints as reported */
    c = cc_new();
    char *ebuf = NULL;
    size_t en = 0;
    c->echo = open_memstream(&ebuf, &en);
    f = cc_add_source(c, "B.java", "x", 1);
    cc_error(c, cc_pos_of(c, f, 0), "boom");
    fclose(c->echo);
    c->echo = NULL;
    CU_ASSERT_STRING_EQUAL(ebuf, "B.java:1:1: error: boom\nx\n^\n");
    free(ebuf);
    got = print_all(c);
    CU_ASSERT_STRING_EQUAL(got, "B.java:1:1: error: boom\nx\n^\n1 error\n");
    free(got);
    cc_free(c);

    /* a missing file */
    c = cc_new();
    CU_ASSERT_EQUAL(cc_read_source(c, "/nonexistent/Nope.java"), -1);
    CU_ASSERT_EQUAL(c->ndiags, 1);
    CU_ASSERT_STRING_EQUAL(c->diags[0].msg, "file not found: /nonexistent/Nope.java");
    cc_free(c);
}

static void test_error_cap(void) {
    cc_Compiler *c = cc_new();
    char src[400];
    memset(src, '#', 300);
    int f = cc_add_source(c, "M.java", src, 300);
    cc_Token *t;
    cc_lex(c, f, &t);
    CU_ASSERT_EQUAL(cc_error_count(c), 300);
    CU_ASSERT_EQUAL(c->ndiags, 100);
    CU_ASSERT(cc_error_cap_reached(c));
    char *buf = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&buf, &n);
    cc_print_summary(c, o);
    fclose(o);
    CU_ASSERT_STRING_EQUAL(buf, "only showing the first 100 errors, of 300 total\n300 errors\n");
    free(buf);
    cc_free(c);

    c = cc_new();
    c->max_errors = 0; /* no limit */
    f = cc_add_source(c, "M.java", src, 300);
    cc_lex(c, f, &t);
    CU_ASSERT_EQUAL(c->ndiags, 300);
    CU_ASSERT(!cc_error_cap_reached(c));
    cc_free(c);
}

static void test_arena_and_names(void) {
    cc_Compiler *c = cc_new();
    const char *a = cc_intern(c, "a\0b", 3), *b = cc_intern(c, "a\0c", 3), *a2 = cc_intern(c, "a\0b", 3);
    CU_ASSERT_PTR_EQUAL(a, a2);
    CU_ASSERT_PTR_NOT_EQUAL(a, b);
    CU_ASSERT_PTR_NOT_EQUAL(cc_intern(c, "a", 1), a);
    /* many names survive the table's growth */
    const char *keep[5000];
    char buf[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "n%d", i);
        keep[i] = cc_intern_str(c, buf);
    }
    int ok = 1;
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "n%d", i);
        ok &= cc_intern_str(c, buf) == keep[i] && strcmp(keep[i], buf) == 0;
    }
    CU_ASSERT(ok);
    /* zeroed, aligned memory, large blocks too */
    unsigned char *m = cc_alloc(c, 1 << 20);
    CU_ASSERT(((uintptr_t)m & 15) == 0);
    CU_ASSERT(m[0] == 0 && m[(1 << 20) - 1] == 0);
    char *d = cc_strndup(c, "hello", 3);
    CU_ASSERT_STRING_EQUAL(d, "hel");
    cc_free(c);
}

/* random bytes and every prefix of a sample: no crash, positions consistent */
static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void test_robustness(void) {
    const char *sample = "class A { String s = \"\\u00e9\\t\xc3\xa9\"; char c = '\\''; /* c */\r\n"
                         "  long x = 0x1_FL + 0b1 + 017 + 1.5e-3f + .5; // end\n"
                         "  int[] a = {1, 2}; x >>>= 2; a -> b :: c ... @X \"\"\"\nq\"\"\" }";
    size_t len = strlen(sample);
    int ok = 1;
    for (size_t k = 0; k <= len; k++) {
        Lexed l = lex_n(sample, k);
        ok &= l.n >= 1 && l.t[l.n - 1].kind == CC_T_EOF && positions_consistent(&l);
        cc_free(l.c);
    }
    CU_ASSERT(ok);
    static const char alphabet[] = "\"'\\/*u0x1_.eE+-fLpb \n\r\t{}a\xc3\xa9\xff";
    char buf[256];
    for (int it = 0; it < 500; it++) {
        size_t n = rnd() % sizeof buf;
        for (size_t i = 0; i < n; i++)
            buf[i] = it % 2 ? (char)rnd() : alphabet[rnd() % (sizeof alphabet - 1)];
        Lexed l = lex_n(buf, n);
        ok &= l.n >= 1 && l.t[l.n - 1].kind == CC_T_EOF && positions_consistent(&l);
        for (int i = 0; i < l.c->ndiags; i++) ok &= l.c->diags[i].pos.line >= 1 && l.c->diags[i].pos.col >= 1;
        cc_free(l.c);
    }
    CU_ASSERT(ok);
}

void add_lexer_tests(void) {
    CU_pSuite s = CU_add_suite("oakc lexer and diagnostics", NULL, NULL);
    CU_add_test(s, "every keyword and operator (from CC_TOKENS)", test_every_token);
    CU_add_test(s, "maximal munch", test_maximal_munch);
    CU_add_test(s, "identifiers and interning", test_identifiers);
    CU_add_test(s, "integer literals", test_int_literals);
    CU_add_test(s, "floating-point literals", test_float_literals);
    CU_add_test(s, "literal values for the checker", test_literal_values);
    CU_add_test(s, "char literals and escapes", test_char_literals);
    CU_add_test(s, "string literals (UTF-16 values)", test_string_literals);
    CU_add_test(s, "comments", test_comments);
    CU_add_test(s, "positions: lines, columns, tabs, CR LF, UTF-8", test_positions);
    CU_add_test(s, "lexical errors (javac's words)", test_errors);
    CU_add_test(s, "diagnostic format: source line and caret", test_diagnostics_format);
    CU_add_test(s, "error cap", test_error_cap);
    CU_add_test(s, "arena and interned names", test_arena_and_names);
    CU_add_test(s, "prefixes and random bytes", test_robustness);
}
