/* cc.h: the front end of oakc: source files, diagnostics, tokens, the AST, the lexer and
 * the parser.
 *
 * Why: oakc compiles a practical subset of Java (docs/language.md) to .oak modules. The
 * front end turns bytes into a syntax tree and nothing more: it knows the grammar, not the
 * meaning. Names are not resolved, types are not computed, literal values are not range
 * checked; the tree keeps everything the checker needs to do that with javac's judgement
 * (the exact text of every literal, every parenthesis, every modifier and its position).
 * Constructs outside the subset that javac would accept (lambdas, enums, records, ...) are
 * parsed far enough to be rejected with "<feature> are not supported yet" at their position
 * and skipped, so one run reports every problem of a file, not just the first.
 *
 * Everything lives in a cc_Compiler: the files, one arena for every token, node and string
 * (freed all at once by cc_free), the table of interned names and the diagnostics. There
 * is no global state, so several compilers can coexist (the tests make hundreds).
 *
 * Positions. A cc_Pos is (file index, line, column, byte offset). Lines and columns are
 * 1-based. A column counts characters, not bytes: it is 1 + the number of bytes before the
 * position on its line that are not UTF-8 continuation bytes (0x80-0xBF), so a tab counts
 * as 1 and so does 'é'. Lines end at LF, CR LF or a lone CR, as in Java.
 *
 * Diagnostics look like gcc's and carry javac's wording:
 *
 *     Foo.java:12:9: error: ';' expected
 *             int x = 1
 *                     ^
 *
 * The caret line copies the tabs of the source line so that it lines up in a terminal.
 * At most max_errors (100) errors are stored; later ones are only counted, and the parser
 * stops at the cap. The lexer and the parser never read outside the file, never loop
 * forever and never crash, whatever the bytes (tests/unit/test_parser.c checks every prefix
 * of real files and random bytes under ASan).
 *
 * Typical use:
 *
 *     cc_Compiler *c = cc_new();
 *     c->echo = stderr;                       // print diagnostics as they come
 *     int f = cc_read_source(c, "Foo.java");  // -1 (and an error) if unreadable
 *     cc_Node *unit = f >= 0 ? cc_parse(c, f) : NULL;
 *     ... check and generate if cc_error_count(c) == 0 ...
 *     cc_print_summary(c, stderr);            // "2 errors"
 *     cc_free(c);
 */
#ifndef OAK_CC_H
#define OAK_CC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ------------------------------------------------------------------ */
/* positions, files, compiler context                                  */
/* ------------------------------------------------------------------ */

typedef struct {
    int32_t file;  /* index into cc_Compiler.files; -1: no position */
    int32_t line;  /* 1-based */
    int32_t col;   /* 1-based, in characters (see above) */
    uint32_t off;  /* byte offset in the file */
} cc_Pos;

typedef struct {
    const char *name;  /* as given to cc_add_source / cc_read_source */
    const char *text;  /* a private copy of the bytes, followed by a NUL (which the lexer
                          does not rely on: a NUL inside the file is an illegal character) */
    size_t len;
    uint32_t *lines;   /* byte offset of the start of each line; lines[0] == 0 */
    int nlines;
} cc_File;

typedef enum { CC_ERROR, CC_WARNING } cc_Severity;

typedef struct {
    cc_Severity severity;
    cc_Pos pos;       /* pos.file < 0: the message has no position ("error: file not found") */
    const char *msg;  /* first line: the message; further lines (after '\n') are printed
                         after the source line and caret, like javac's "symbol: ..." lines */
} cc_Diag;

typedef struct cc_Chunk cc_Chunk;  /* arena block (diag.c) */
typedef struct cc_Name cc_Name;    /* interned name (diag.c) */

typedef struct cc_Compiler {
    cc_File *files;
    int nfiles, files_cap;

    cc_Diag *diags;        /* stored diagnostics, in the order reported */
    int ndiags, diags_cap;
    int nerrors;           /* every error reported, including those beyond max_errors */
    int nwarnings;
    int max_errors;        /* errors stored at most (default 100); 0: no limit */
    FILE *echo;            /* if set, each stored diagnostic is also printed here at once */

    cc_Chunk *arena;       /* private */
    cc_Name **names;       /* private: open hash table of interned names */
    size_t names_cap, names_n;
} cc_Compiler;

cc_Compiler *cc_new(void);
void cc_free(cc_Compiler *c);

/* Zeroed memory that lives until cc_free. Never returns NULL (aborts if out of memory). */
void *cc_alloc(cc_Compiler *c, size_t n);
char *cc_strndup(cc_Compiler *c, const char *s, size_t n); /* NUL-terminated copy */

/* Interned names: equal strings give the same pointer, so names compare with ==. The
 * string is NUL-terminated; n bytes are used (it may contain a NUL: the hash uses n). */
const char *cc_intern(cc_Compiler *c, const char *s, size_t n);
const char *cc_intern_str(cc_Compiler *c, const char *s);

/* Adds a file (the bytes are copied). Returns its index. */
int cc_add_source(cc_Compiler *c, const char *name, const char *text, size_t len);
/* Reads a file from disk and adds it; -1 and the error "file not found: PATH" (javac's
 * wording) if it cannot be read. */
int cc_read_source(cc_Compiler *c, const char *path);

/* The position of byte offset off of a file (off is clamped to the file's length). */
cc_Pos cc_pos_of(const cc_Compiler *c, int file, uint32_t off);
/* Line `line` of a file without its terminator: *len bytes at the returned pointer. */
const char *cc_line_text(const cc_Compiler *c, int file, int line, size_t *len);

/* Diagnostics. The message is printf-formatted; javac's wording is used wherever javac has
 * one. Errors beyond max_errors are counted but neither stored nor echoed. */
void cc_error(cc_Compiler *c, cc_Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void cc_warning(cc_Compiler *c, cc_Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void cc_verror(cc_Compiler *c, cc_Severity sev, cc_Pos pos, const char *fmt, va_list ap);
int cc_error_count(const cc_Compiler *c);
/* 1 when max_errors errors were reported: the parser stops, so should later passes. */
int cc_error_cap_reached(const cc_Compiler *c);

/* "FILE:LINE:COL: error: MSG", the source line, a caret line, then any further message
 * lines. Without a position: "error: MSG". */
void cc_print_diag(const cc_Compiler *c, const cc_Diag *d, FILE *out);
void cc_print_diags(const cc_Compiler *c, FILE *out); /* every stored one, in order */
/* javac's closing line(s): "1 error", "3 errors", "1 warning"; nothing if there were none.
 * When errors were dropped: "only showing the first 100 errors, of 130 total". */
void cc_print_summary(const cc_Compiler *c, FILE *out);

/* ------------------------------------------------------------------ */
/* tokens and the lexer                                                */
/* ------------------------------------------------------------------ */

/* X(NAME, spelling). Keywords are CC_T_ABSTRACT ... CC_T_UNDERSCORE (every Java keyword,
 * including those the subset rejects or Java never uses: const, goto, _). The contextual
 * keywords (var, yield, record, sealed, permits, module words) are identifiers; the parser
 * looks at their text. */
#define CC_TOKENS(X)                                                                       \
    X(EOF, "<EOF>")                                                                        \
    X(IDENT, "<identifier>")                                                               \
    X(INT_LIT, "<int literal>")                                                            \
    X(LONG_LIT, "<long literal>")                                                          \
    X(FLOAT_LIT, "<float literal>")                                                        \
    X(DOUBLE_LIT, "<double literal>")                                                      \
    X(CHAR_LIT, "<char literal>")                                                          \
    X(STRING_LIT, "<string literal>")                                                      \
    X(ABSTRACT, "abstract")                                                                \
    X(ASSERT, "assert")                                                                    \
    X(BOOLEAN, "boolean")                                                                  \
    X(BREAK, "break")                                                                      \
    X(BYTE, "byte")                                                                        \
    X(CASE, "case")                                                                        \
    X(CATCH, "catch")                                                                      \
    X(CHAR, "char")                                                                        \
    X(CLASS, "class")                                                                      \
    X(CONST, "const")                                                                      \
    X(CONTINUE, "continue")                                                                \
    X(DEFAULT, "default")                                                                  \
    X(DO, "do")                                                                            \
    X(DOUBLE, "double")                                                                    \
    X(ELSE, "else")                                                                        \
    X(ENUM, "enum")                                                                        \
    X(EXTENDS, "extends")                                                                  \
    X(FINAL, "final")                                                                      \
    X(FINALLY, "finally")                                                                  \
    X(FLOAT, "float")                                                                      \
    X(FOR, "for")                                                                          \
    X(GOTO, "goto")                                                                        \
    X(IF, "if")                                                                            \
    X(IMPLEMENTS, "implements")                                                            \
    X(IMPORT, "import")                                                                    \
    X(INSTANCEOF, "instanceof")                                                            \
    X(INT, "int")                                                                          \
    X(INTERFACE, "interface")                                                              \
    X(LONG, "long")                                                                        \
    X(NATIVE, "native")                                                                    \
    X(NEW, "new")                                                                          \
    X(PACKAGE, "package")                                                                  \
    X(PRIVATE, "private")                                                                  \
    X(PROTECTED, "protected")                                                              \
    X(PUBLIC, "public")                                                                    \
    X(RETURN, "return")                                                                    \
    X(SHORT, "short")                                                                      \
    X(STATIC, "static")                                                                    \
    X(STRICTFP, "strictfp")                                                                \
    X(SUPER, "super")                                                                      \
    X(SWITCH, "switch")                                                                    \
    X(SYNCHRONIZED, "synchronized")                                                        \
    X(THIS, "this")                                                                        \
    X(THROW, "throw")                                                                      \
    X(THROWS, "throws")                                                                    \
    X(TRANSIENT, "transient")                                                              \
    X(TRY, "try")                                                                          \
    X(VOID, "void")                                                                        \
    X(VOLATILE, "volatile")                                                                \
    X(WHILE, "while")                                                                      \
    X(TRUE, "true")                                                                        \
    X(FALSE, "false")                                                                      \
    X(NULL, "null")                                                                        \
    X(UNDERSCORE, "_")                                                                     \
    X(LPAREN, "(")                                                                         \
    X(RPAREN, ")")                                                                         \
    X(LBRACE, "{")                                                                         \
    X(RBRACE, "}")                                                                         \
    X(LBRACKET, "[")                                                                       \
    X(RBRACKET, "]")                                                                       \
    X(SEMI, ";")                                                                           \
    X(COMMA, ",")                                                                          \
    X(DOT, ".")                                                                            \
    X(ELLIPSIS, "...")                                                                     \
    X(AT, "@")                                                                             \
    X(COLONCOLON, "::")                                                                    \
    X(ASSIGN, "=")                                                                         \
    X(GT, ">")                                                                             \
    X(LT, "<")                                                                             \
    X(BANG, "!")                                                                           \
    X(TILDE, "~")                                                                          \
    X(QUES, "?")                                                                           \
    X(COLON, ":")                                                                          \
    X(ARROW, "->")                                                                         \
    X(EQEQ, "==")                                                                          \
    X(LE, "<=")                                                                            \
    X(GE, ">=")                                                                            \
    X(NE, "!=")                                                                            \
    X(ANDAND, "&&")                                                                        \
    X(OROR, "||")                                                                          \
    X(PLUSPLUS, "++")                                                                      \
    X(MINUSMINUS, "--")                                                                    \
    X(PLUS, "+")                                                                           \
    X(MINUS, "-")                                                                          \
    X(STAR, "*")                                                                           \
    X(SLASH, "/")                                                                          \
    X(AMP, "&")                                                                            \
    X(BAR, "|")                                                                            \
    X(CARET, "^")                                                                          \
    X(PERCENT, "%")                                                                        \
    X(LTLT, "<<")                                                                          \
    X(GTGT, ">>")                                                                          \
    X(GTGTGT, ">>>")                                                                       \
    X(PLUSEQ, "+=")                                                                        \
    X(MINUSEQ, "-=")                                                                       \
    X(STAREQ, "*=")                                                                        \
    X(SLASHEQ, "/=")                                                                       \
    X(AMPEQ, "&=")                                                                         \
    X(BAREQ, "|=")                                                                         \
    X(CARETEQ, "^=")                                                                       \
    X(PERCENTEQ, "%=")                                                                     \
    X(LTLTEQ, "<<=")                                                                       \
    X(GTGTEQ, ">>=")                                                                       \
    X(GTGTGTEQ, ">>>=")

typedef enum {
#define X(n, s) CC_T_##n,
    CC_TOKENS(X)
#undef X
        CC_T_COUNT
} cc_TokKind;

#define CC_T_FIRST_KEYWORD CC_T_ABSTRACT
#define CC_T_LAST_KEYWORD CC_T_UNDERSCORE

typedef struct {
    cc_TokKind kind;
    cc_Pos pos;            /* first character */
    cc_Pos end;            /* just after the last character */
    const char *text;      /* the token's source text (points into the file; len bytes, not
                              NUL-terminated) */
    uint32_t len;
    const char *name;      /* IDENT: the interned name (UTF-8 as in the source) */
    const uint16_t *chars; /* CHAR_LIT, STRING_LIT: the value in UTF-16 code units, escapes
                              decoded (a CHAR_LIT has exactly one unit) */
    uint32_t nchars;
    uint8_t bad;           /* a lexical error was reported for this token */
    uint8_t first_on_line; /* no token before it on its line (used by error recovery) */
} cc_Token;

/* Tokenizes file `file`. Returns the number of tokens and sets *out to an arena array;
 * the last token is always CC_T_EOF (at the end of the file). Lexical errors are reported
 * as diagnostics; the bad character or literal is skipped (an illegal character) or kept
 * as a token marked `bad` (a malformed literal), so parsing can go on. */
int cc_lex(cc_Compiler *c, int file, cc_Token **out);

const char *cc_token_spelling(cc_TokKind k); /* ";", "class", "<identifier>", ... */
const char *cc_token_enum_name(cc_TokKind k); /* "SEMI", "CLASS", "IDENT", ... (tests) */

/* Literal values, for the checker (the lexer keeps literals as text, since whether
 * 2147483648 is legal depends on a unary minus the lexer cannot see).
 *
 * cc_int_literal_value: text is an INT_LIT or LONG_LIT token's text (digits, underscores,
 * 0x/0b/0 prefixes, optional L). Sets *radix (10, 16, 8, 2) and *value (the magnitude) and
 * returns CC_NUM_OK; CC_NUM_TOO_LARGE if the digits exceed 64 bits; CC_NUM_BAD_DIGIT for a
 * leading-zero literal with an 8 or 9 (javac: "integer number too large"). Java's rules,
 * for the checker: a decimal int must be <= 2147483647, or == 2147483648 as the direct
 * operand of unary minus; a hex/octal/binary int must fit in 32 bits (<= 0xFFFFFFFF, the
 * bits are the value); likewise a decimal long <= 2^63-1 or 2^63 under unary minus and a
 * hex/octal/binary long anything that fits in 64 bits.
 *
 * cc_float_literal_value: text is a FLOAT_LIT or DOUBLE_LIT token's text. Rounds to float
 * (is_float) or double, correctly, and returns CC_NUM_OK, CC_NUM_TOO_LARGE (infinite:
 * javac's "floating-point number too large") or CC_NUM_TOO_SMALL (a nonzero literal that
 * rounds to zero: "floating-point number too small"). */
enum { CC_NUM_OK, CC_NUM_TOO_LARGE, CC_NUM_BAD_DIGIT, CC_NUM_TOO_SMALL };
int cc_int_literal_value(const char *text, size_t len, uint64_t *value, int *radix);
int cc_float_literal_value(const char *text, size_t len, int is_float, double *value);

/* ------------------------------------------------------------------ */
/* the AST                                                             */
/* ------------------------------------------------------------------ */

/* Node kinds. Every node has kind, pos and the two checker slots (ty, sym), then a
 * payload chosen by the kind (the union in cc_Node; the comment names the member). */
#define CC_NODES(X)                                                                        \
    /* --- declarations --- */                                                             \
    X(UNIT)         /* unit: one source file */                                            \
    X(IMPORT)       /* import */                                                           \
    X(CLASS)        /* cls: class or interface declaration */                              \
    X(TYPE_PARAM)   /* tparam: T extends A & B */                                          \
    X(FIELD)        /* var: one field (one per declarator) */                              \
    X(METHOD)       /* method: method or constructor */                                    \
    X(PARAM)        /* var: formal parameter, also the catch parameter */                  \
    X(INITIALIZER)  /* init: {...} or static {...} in a class body */                      \
    X(ANNOTATION)   /* anno: @Name, @Name(expr), @Name(a = x, b = {...}) */                \
    /* --- types --- */                                                                    \
    X(PRIM_TYPE)    /* prim: boolean .. double, and void (method result only) */           \
    X(CLASS_TYPE)   /* ctype: [outer.]Name[<args>] */                                      \
    X(ARRAY_TYPE)   /* array: elem[] */                                                    \
    X(WILDCARD)     /* wild: ?, ? extends T, ? super T (type arguments only) */            \
    X(UNION_TYPE)   /* uni: A | B (multi-catch parameters only) */                         \
    /* --- statements --- */                                                               \
    X(BLOCK)        /* block */                                                            \
    X(LOCAL)        /* var: local variable (one per declarator) */                         \
    X(EXPR_STMT)    /* expr_stmt */                                                        \
    X(IF)           /* if_ */                                                              \
    X(WHILE)        /* while_ */                                                           \
    X(DO)           /* while_: do body while (cond); */                                    \
    X(FOR)          /* for_ */                                                             \
    X(FOREACH)      /* foreach */                                                          \
    X(SWITCH)       /* switch_ */                                                          \
    X(CASE)         /* case_: one group of labels and the statements after it */           \
    X(LABELED)      /* labeled */                                                          \
    X(BREAK)        /* jump */                                                             \
    X(CONTINUE)     /* jump */                                                             \
    X(RETURN)       /* ret: return [expr]; and throw expr; */                              \
    X(THROW)        /* ret */                                                              \
    X(TRY)          /* try_ */                                                             \
    X(CATCH)        /* catch_ */                                                           \
    X(ASSERT)       /* assert_ */                                                          \
    X(EMPTY)        /* (none): ; */                                                        \
    /* --- expressions --- */                                                              \
    X(LITERAL)      /* lit */                                                              \
    X(NAME)         /* name: a simple name (variable, type or package: unresolved) */      \
    X(SELECT)       /* select: target.name (field, or qualified type/package name) */      \
    X(CALL)         /* call: [target.][<targs>]name(args) */                               \
    X(CTOR_CALL)    /* ctor_call: this(args) / super(args) / outer.super(args) */          \
    X(NEW)          /* new_: [outer.]new T(args) */                                        \
    X(NEW_ARRAY)    /* new_array: new T[e]...[]... or new T[]...{...} */                   \
    X(ARRAY_INIT)   /* array_init: {a, b, ...} */                                          \
    X(INDEX)        /* index: a[i] */                                                      \
    X(UNARY)        /* unary: -x !x ~x +x ++x --x x++ x-- */                               \
    X(BINARY)       /* binary: a op b, including && and || */                              \
    X(ASSIGN)       /* binary: a = b, a op= b (op says which) */                           \
    X(COND)         /* cond: c ? a : b */                                                  \
    X(CAST)         /* cast: (T) x */                                                      \
    X(INSTANCEOF)   /* inst: x instanceof T */                                             \
    X(THIS)         /* this_: this, Outer.this */                                          \
    X(SUPER)        /* this_: super, Outer.super (only as the target of SELECT/CALL) */    \
    X(CLASS_LIT)    /* class_lit: T.class */                                               \
    X(PAREN)        /* paren: (x) */                                                       \
    X(ERROR)        /* (none): stands for a construct that was rejected or malformed */

typedef enum {
#define X(n) CC_N_##n,
    CC_NODES(X)
#undef X
        CC_N_COUNT
} cc_NodeKind;

/* Operators of UNARY, BINARY and ASSIGN. ASSIGN uses CC_OP_ASSIGN for `=` and the binary
 * operator for compound assignment (`a += b` is ASSIGN with op CC_OP_ADD). */
#define CC_OPS(X)                                                                          \
    X(ADD, "+") X(SUB, "-") X(MUL, "*") X(DIV, "/") X(REM, "%")                            \
    X(SHL, "<<") X(SHR, ">>") X(USHR, ">>>")                                               \
    X(LT, "<") X(GT, ">") X(LE, "<=") X(GE, ">=") X(EQ, "==") X(NE, "!=")                  \
    X(BITAND, "&") X(BITOR, "|") X(BITXOR, "^") X(AND, "&&") X(OR, "||")                   \
    X(NEG, "-") X(PLUS, "+") X(NOT, "!") X(BITNOT, "~")                                    \
    X(PREINC, "++") X(PREDEC, "--") X(POSTINC, "++") X(POSTDEC, "--")                      \
    X(ASSIGN, "=")

typedef enum {
#define X(n, s) CC_OP_##n,
    CC_OPS(X)
#undef X
        CC_OP_COUNT
} cc_Op;

typedef enum {
    CC_PRIM_BOOLEAN, CC_PRIM_BYTE, CC_PRIM_SHORT, CC_PRIM_CHAR, CC_PRIM_INT,
    CC_PRIM_LONG, CC_PRIM_FLOAT, CC_PRIM_DOUBLE, CC_PRIM_VOID
} cc_Prim;

typedef enum {
    CC_LIT_INT, CC_LIT_LONG, CC_LIT_FLOAT, CC_LIT_DOUBLE, CC_LIT_CHAR, CC_LIT_STRING,
    CC_LIT_TRUE, CC_LIT_FALSE, CC_LIT_NULL
} cc_LitKind;

/* Modifier flags (cc_Mods.flags). The parser reports a repeated modifier but does not
 * check which are allowed where: that is the checker's (javac does it in Attr too). */
enum {
    CC_MOD_PUBLIC = 1 << 0,
    CC_MOD_PROTECTED = 1 << 1,
    CC_MOD_PRIVATE = 1 << 2,
    CC_MOD_STATIC = 1 << 3,
    CC_MOD_FINAL = 1 << 4,
    CC_MOD_ABSTRACT = 1 << 5,
    CC_MOD_NATIVE = 1 << 6,
    CC_MOD_SYNCHRONIZED = 1 << 7,
    CC_MOD_TRANSIENT = 1 << 8,
    CC_MOD_VOLATILE = 1 << 9,
    CC_MOD_STRICTFP = 1 << 10,
    CC_MOD_DEFAULT = 1 << 11, /* interface default method */
};

typedef struct cc_Node cc_Node;

/* A list of nodes: items[0..n-1], never containing NULL. An empty list has n == 0. */
typedef struct {
    cc_Node **items;
    int n;
} cc_List;

typedef struct {
    uint32_t flags;  /* CC_MOD_* */
    cc_Pos pos;      /* the first modifier or annotation; file -1 if there is none */
    cc_List annos;   /* ANNOTATION nodes, in source order */
} cc_Mods;

struct cc_Type; /* the checker's types and symbols: not defined by the front end */
struct cc_Sym;

/* One AST node. The parser sets kind, pos and the payload and leaves ty and sym NULL
 * for the checker. `pos` is where javac would put the caret for an error about the node:
 * for an operator expression the operator, for SELECT and a qualified CALL the '.', for a
 * declaration its name (for a CLASS the `class`/`interface` keyword); each payload says.
 * cc_node_start() gives the leftmost position instead. */
struct cc_Node {
    cc_NodeKind kind;
    cc_Pos pos;
    struct cc_Type *ty;  /* checker: the type of an expression or type node */
    struct cc_Sym *sym;  /* checker: the declaration a name refers to, ... */
    union {
        struct { /* UNIT; pos: start of the file */
            const char *package;  /* "a.b.c" or NULL (interned) */
            cc_Pos package_pos;   /* the name after `package` */
            cc_List imports;      /* IMPORT */
            cc_List types;        /* CLASS */
        } unit;
        struct { /* IMPORT; pos: the name */
            const char *name;     /* "java.util.List", or "java.util" for java.util.* */
            int is_static;        /* import static a.B.m / a.B.*: parsed, checker decides */
            int on_demand;        /* ends in .* */
        } import;
        struct { /* CLASS; pos: the `class` / `interface` keyword */
            cc_Mods mods;
            const char *name;
            cc_Pos name_pos;
            int is_interface;
            int is_inner;         /* a non-static member class: a class (not interface)
                                     declared in a class body without `static`. Inner
                                     classes are parsed; the checker rejects them. */
            cc_Node *outer;       /* enclosing CLASS, NULL at top level */
            cc_List tparams;      /* TYPE_PARAM */
            cc_Node *extends;     /* class: the superclass type or NULL */
            cc_List interfaces;   /* class: implements; interface: extends */
            cc_List members;      /* FIELD, METHOD, INITIALIZER, CLASS in source order */
        } cls;
        struct { /* TYPE_PARAM; pos: the name */
            const char *name;
            cc_List bounds;       /* extends A & B: type nodes; empty if none */
        } tparam;
        struct { /* FIELD, LOCAL, PARAM; pos: the name */
            cc_Mods mods;
            cc_Node *vtype;       /* the declared type; `int a[]` is stored as int[].
                                     NULL for a local declared with `var`. Declarators
                                     of one declaration (int a, b;) get their own copy. */
            const char *name;
            cc_Node *init;        /* expression, ARRAY_INIT or NULL; always NULL for PARAM
                                     and for the variable of a FOREACH */
            int varargs;          /* PARAM: T... p (vtype is then T[]) */
            int is_var;           /* LOCAL declared with `var` (vtype NULL) */
        } var;
        struct { /* METHOD; pos: the name */
            cc_Mods mods;
            cc_List tparams;      /* TYPE_PARAM */
            cc_Node *result;      /* result type (PRIM_TYPE void for void); NULL: ctor.
                                     `int m()[]` is stored as int[]. */
            const char *name;     /* constructor: the class name as written */
            int is_ctor;
            cc_List params;       /* PARAM; only the last one can be varargs */
            cc_List throws;       /* type nodes */
            cc_Node *body;        /* BLOCK, or NULL for `;` (abstract, native, interface) */
        } method;
        struct { /* INITIALIZER; pos: `static` or `{` */
            int is_static;
            cc_Node *body;        /* BLOCK */
        } init;
        struct { /* ANNOTATION; pos: '@' */
            cc_Node *atype;       /* CLASS_TYPE */
            cc_List args;         /* a single value expression, or ASSIGN nodes (NAME = value)
                                     for name=value pairs; values may be ARRAY_INIT or
                                     ANNOTATION. Annotations are kept, not interpreted. */
        } anno;
        struct { /* PRIM_TYPE; pos: the keyword */
            cc_Prim prim;
        } prim;
        struct { /* CLASS_TYPE; pos: the name. a.b.C<X>.D is D(outer C<X>(outer b(outer a))):
                    whether the leading parts are packages is for the checker to find. */
            cc_Node *outer;       /* CLASS_TYPE or NULL */
            const char *name;
            cc_List args;         /* type arguments: types and WILDCARDs */
            int diamond;          /* `new C<>()`: args is empty */
        } ctype;
        struct { /* ARRAY_TYPE; pos: the '[' (or, from `int a[]`, the element type's) */
            cc_Node *elem;
        } array;
        struct { /* WILDCARD; pos: '?' */
            int bound_kind;       /* 0: ?, 1: ? extends bound, 2: ? super bound */
            cc_Node *bound;
        } wild;
        struct { /* UNION_TYPE; pos: the first alternative */
            cc_List alts;         /* at least two CLASS_TYPEs */
        } uni;
        struct { /* BLOCK; pos: '{' */
            cc_List stmts;
            cc_Pos end;           /* the closing '}' (javac reports "missing return" there) */
        } block;
        struct { /* EXPR_STMT; pos: the expression's pos */
            cc_Node *expr;        /* ASSIGN, UNARY ++/--, CALL, CTOR_CALL or NEW: the parser
                                     reports "not a statement" for anything else */
        } expr_stmt;
        struct { /* IF; pos: `if` */
            cc_Node *cond, *then, *els; /* els may be NULL */
        } if_;
        struct { /* WHILE, DO; pos: `while` / `do` */
            cc_Node *cond, *body;
        } while_;
        struct { /* FOR; pos: `for` */
            cc_List init;         /* LOCAL nodes, or EXPR_STMT nodes */
            cc_Node *cond;        /* NULL: for (;;) */
            cc_List update;       /* EXPR_STMT nodes */
            cc_Node *body;
        } for_;
        struct { /* FOREACH; pos: `for` */
            cc_Node *var;         /* LOCAL without init (vtype NULL if `var`) */
            cc_Node *expr;
            cc_Node *body;
        } foreach;
        struct { /* SWITCH; pos: `switch` */
            cc_Node *selector;
            cc_List cases;        /* CASE, in order; fall-through is the checker's to see */
        } switch_;
        struct { /* CASE; pos: `case` / `default` */
            cc_List labels;       /* expressions (case A, B: gives two); empty for default */
            int is_default;
            cc_List body;         /* block statements up to the next case */
        } case_;
        struct { /* LABELED; pos: the label */
            const char *label;
            cc_Node *body;
        } labeled;
        struct { /* BREAK, CONTINUE; pos: the keyword */
            const char *label;    /* NULL if none */
        } jump;
        struct { /* RETURN, THROW; pos: the keyword */
            cc_Node *expr;        /* NULL for a bare return */
        } ret;
        struct { /* TRY; pos: `try` */
            cc_Node *body;        /* BLOCK */
            cc_List catches;      /* CATCH */
            cc_Node *finally_;    /* BLOCK or NULL */
        } try_;
        struct { /* CATCH; pos: `catch` */
            cc_Node *param;       /* PARAM; its vtype is a UNION_TYPE for catch (A | B e) */
            cc_Node *body;        /* BLOCK */
        } catch_;
        struct { /* ASSERT; pos: `assert` */
            cc_Node *cond, *msg;  /* msg may be NULL */
        } assert_;
        struct { /* LITERAL; pos: the literal */
            cc_LitKind lit;
            const char *text;     /* the exact source text, NUL-terminated (1_000L, 0x1p3f,
                                     'a', "a\n"); for a malformed literal, what there was */
            const uint16_t *chars; /* CHAR and STRING: the value in UTF-16 units */
            uint32_t nchars;
        } lit;
        struct { /* NAME; pos: the identifier */
            const char *name;
        } name;
        struct { /* SELECT; pos: the '.' */
            cc_Node *target;
            const char *name;
            cc_Pos name_pos;
        } select;
        struct { /* CALL; pos: the name if unqualified, else the '.' before it */
            cc_Node *target;      /* NULL: unqualified; may be SUPER, THIS, any expression
                                     or a (type) name */
            const char *name;
            cc_Pos name_pos;
            cc_List targs;        /* explicit type arguments: a.<T>m() */
            cc_List args;
        } call;
        struct { /* CTOR_CALL; pos: `this` / `super` */
            int is_super;
            cc_Node *outer;       /* outer.super(...): the expression, else NULL */
            cc_List targs;
            cc_List args;
        } ctor_call;
        struct { /* NEW; pos: `new` */
            cc_Node *outer;       /* outer.new Inner(): the expression, else NULL */
            cc_Node *ctype;       /* CLASS_TYPE (diamond flag for new C<>()) */
            cc_List args;
        } new_;
        struct { /* NEW_ARRAY; pos: `new` */
            cc_Node *elem;        /* the element type, not an array type: int for int[3][] */
            cc_List dims;         /* dimension expressions: [3] for new int[3][] */
            int extra_dims;       /* the [] after them: 1 for new int[3][], 1 for int[]{} */
            cc_Node *init;        /* ARRAY_INIT (then dims is empty) or NULL */
        } new_array;
        struct { /* ARRAY_INIT; pos: '{' */
            cc_List elems;        /* expressions and nested ARRAY_INITs */
        } array_init;
        struct { /* INDEX; pos: '[' */
            cc_Node *array, *index;
        } index;
        struct { /* UNARY; pos: the operator */
            cc_Op op;
            cc_Node *operand;
        } unary;
        struct { /* BINARY, ASSIGN; pos: the operator */
            cc_Op op;
            cc_Node *left, *right;
        } binary;
        struct { /* COND; pos: '?' */
            cc_Node *cond, *then, *els;
        } cond;
        struct { /* CAST; pos: '(' */
            cc_Node *ctype;
            cc_Node *expr;
        } cast;
        struct { /* INSTANCEOF; pos: `instanceof` */
            cc_Node *expr;
            cc_Node *ctype;
        } inst;
        struct { /* THIS, SUPER; pos: the keyword */
            cc_Node *qual;        /* Outer.this: CLASS_TYPE Outer; else NULL */
        } this_;
        struct { /* CLASS_LIT; pos: the '.' before `class` */
            cc_Node *ctype;       /* any type incl. PRIM_TYPE void and arrays */
        } class_lit;
        struct { /* PAREN; pos: '(' */
            cc_Node *expr;
        } paren;
    };
};

/* ------------------------------------------------------------------ */
/* the parser                                                          */
/* ------------------------------------------------------------------ */

/* Parses file `file` (lexing it first). Always returns a UNIT; errors are diagnostics,
 * and whatever parsed is kept (malformed parts become ERROR nodes or are left out). The
 * checker should not run on a file whose parse reported errors. */
cc_Node *cc_parse(cc_Compiler *c, int file);

/* Parses the whole file as one expression (for tests and tools). ERROR on failure. */
cc_Node *cc_parse_expression(cc_Compiler *c, int file);

/* ------------------------------------------------------------------ */
/* AST utilities                                                       */
/* ------------------------------------------------------------------ */

const char *cc_node_kind_name(cc_NodeKind k); /* "UNIT", "CLASS", ... */
const char *cc_op_spelling(cc_Op op);         /* "+", "++", "=", ... */
const char *cc_prim_name(cc_Prim p);          /* "int", "void", ... */

/* The leftmost source position of a node (its first token), e.g. `a` for a + b. */
cc_Pos cc_node_start(const cc_Node *n);

/* Writes n as one line of S-expression text (no newline). The format, by example:
 *   expressions  (+ a (* b c))  (= x 1)  (+= x 1)  (pre++ i)  (post-- i)  (- x)
 *                (? c a b)  (cast int x)  (instanceof o String)  ([] a i)  (paren x)
 *                (. a f)  (call f 1 2)  (call (. a f) x)  (call (. a <T>f))
 *                (this-call 1)  (super-call)  (new Foo<> 1)  (new-array int 3 [])
 *                (new-array int [] (init 1 2))  (class-lit int[])  this  Outer.this
 *                literals as written: 1 1L 0x1F 1.5f 'a' "s" true null
 *   types        Java syntax: int  String[]  Map<String,List<? extends T>>  A|B  (in a
 *                declaration or cast, as written: (local int[] a) (cast List<T> x))
 *   statements   (block ...)  (local int x 1)  (local var x 1)  (expr (call f))
 *                (if c s1 s2)  (while c s)  (do s c)  (for (init...) c (update...) s)
 *                (foreach (local String s) xs s)  (switch e (case (1 2) s...) (default s...))
 *                (label L s)  (break)  (break L)  (continue L)  (return x)  (throw x)
 *                (try (block) (catch (param A|B e) (block)) (finally (block)))
 *                (assert c msg)  (empty)  (error)
 *   declarations (unit (package a.b) (import a.B) (import-static a.B.*) (class ...))
 *                (class Name [inner] (mods ...) (tparams T (U extends A B)) (extends T)
 *                (implements I J) members...)  (interface Name ... (extends I J) members...)
 *                annotations inside mods: (@ Override) (@ A 1) (@ A (= x 1) (= y (init 1 2)))
 *                (field (mods ...) int x init)  (method (mods ...) int m (params ...)
 *                (throws ...) (block ...))  (ctor Name (params) body)  (init (block))
 *                (static-init (block))  (param int x)  (varargs String[] a)
 * Absent optional parts print nothing; empty lists are omitted where they are optional. */
void cc_ast_dump(const cc_Node *n, FILE *out);

#endif
