/* test_compiler.c: the oakc back end (compiler/check.c, flow.c, gen.c, classpath.c, oakc.c).
 *
 * Snippets are compiled in memory with oakc_compile_opts against lib/java.base.oak and
 * checked three ways:
 *   - bytecode shape: the opcode list of one method ("iload iconst_2 if_icmpge ..."), or
 *     whole instructions as oakp prints them, as javac 8 (StringBuilder concatenation) /
 *     javac 17 (everything else) would generate them;
 *   - diagnostics: "line:col: message" lists with javac 17's wording and positions;
 *   - the module: every compiled snippet is loaded into a VM and verified.
 * Robustness: random bytes, truncations and token soup must give diagnostics, never a
 * crash (this suite runs under ASan in `make asan`).
 */
#include "disasm.h"
#include "oakc.h"
#include "opcodes.h"
#include "tests.h"
#include "vm.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

static char stdlib_path[PATH_MAX + 64];

/* the standard library: OAK_HOME, next to the test binary (lib, ../lib), or ./lib */
static const char *find_stdlib(void) {
    if (stdlib_path[0]) return stdlib_path;
    const char *home = getenv("OAK_HOME");
    if (home && *home && oakc_find_stdlib(stdlib_path, sizeof stdlib_path) == 0) return stdlib_path;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            snprintf(stdlib_path, sizeof stdlib_path, "%s/lib/java.base.oak", exe);
            if (access(stdlib_path, R_OK) == 0) return stdlib_path;
            snprintf(stdlib_path, sizeof stdlib_path, "%s/../lib/java.base.oak", exe);
            if (access(stdlib_path, R_OK) == 0) return stdlib_path;
        }
    }
    snprintf(stdlib_path, sizeof stdlib_path, "lib/java.base.oak");
    return stdlib_path;
}

/* compiles one file T.java (or NAME) from text; diagnostics into *diags (malloc'ed) */
static ld_Module *compile_named(const char *name, const char *src, char **diags, int *nerr) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    oakc_Options o;
    memset(&o, 0, sizeof o);
    o.stdlib = find_stdlib();
    o.diag_out = f;
    const char *names[1] = {name};
    const char *texts[1] = {src};
    size_t lens[1] = {strlen(src)};
    ld_Module *m = oakc_compile_opts(names, texts, lens, 1, &o, nerr);
    fclose(f);
    if (diags) *diags = buf;
    else free(buf);
    return m;
}

static ld_Module *compile(const char *src, char **diags) {
    int nerr = 0;
    return compile_named("T.java", src, diags, &nerr);
}

/* loads m into a fresh VM and verifies every class; the VM takes m and frees it */
static int verifies(ld_Module *m) {
    vm_Options opt;
    memset(&opt, 0, sizeof opt);
    vm_VM *vm = vm_new(&opt);
    char err[512];
    int ok = 0;
    if (vm_add_path(vm, find_stdlib(), err, sizeof err) == 0) {
        vm_add_module(vm, m, "T.oak");
        ok = vm_boot(vm) == 0 && vm_verify_module(vm, m) == 0;
    } else {
        ld_module_free(m);
    }
    vm_free(vm);
    return ok;
}

/* compiles, expecting success and a verifiable module */
static ld_Module *compile_ok(const char *src) {
    char *d = NULL;
    ld_Module *m = compile(src, &d);
    if (!m) fprintf(stderr, "\n%s\nunexpected errors:\n%s", src, d);
    CU_ASSERT_PTR_NOT_NULL(m);
    free(d);
    return m;
}

static const ld_Method *find_method(const ld_Module *m, const char *cls, const char *name) {
    int ci = ld_find_class(m, cls);
    if (ci < 0) return NULL;
    const ld_Class *c = &m->classes[ci];
    for (int i = 0; i < c->nmethods; i++)
        if (strcmp(ld_utf8(m, c->methods[i].name), name) == 0) return &c->methods[i];
    return NULL;
}

/* "op op op" of a method */
static char *ops_of(const ld_Module *m, const char *cls, const char *name) {
    const ld_Method *me = find_method(m, cls, name);
    if (!me || !me->code) return strdup("<no method>");
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (uint32_t pc = 0; pc < me->code_len;) {
        if (pc) fputc(' ', f);
        fputs(op_info[me->code[pc]].name, f);
        uint32_t l = op_decode_length(me->code, me->code_len, pc);
        if (!l) break;
        pc += l;
    }
    fclose(f);
    return buf;
}

/* instructions one per line as ld_format_insn prints them (branch targets as @pc) */
static char *insns_of(const ld_Module *m, const char *cls, const char *name) {
    const ld_Method *me = find_method(m, cls, name);
    if (!me || !me->code) return strdup("<no method>");
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (uint32_t pc = 0; pc < me->code_len;) {
        char line[512];
        ld_format_insn(m, me->code, me->code_len, pc, line, sizeof line);
        fprintf(f, "%s\n", line);
        uint32_t l = op_decode_length(me->code, me->code_len, pc);
        if (!l) break;
        pc += l;
    }
    fclose(f);
    return buf;
}

static void check_str(const char *src, const char *got, const char *want) {
    if (strcmp(got, want)) fprintf(stderr, "\n%s\n  got:  %s\n  want: %s\n", src, got, want);
    CU_ASSERT_STRING_EQUAL(got, want);
}

/* the opcodes of method `name` of class T in `src` */
static void ops_are(const char *src, const char *name, const char *want) {
    ld_Module *m = compile_ok(src);
    if (!m) return;
    char *got = ops_of(m, "T", name);
    check_str(src, got, want);
    free(got);
    CU_ASSERT(verifies(m));
}

/* a static method body: `static RET m(PARAMS) { BODY }` */
static void body_ops(const char *decl, const char *want) {
    char src[4096];
    snprintf(src, sizeof src, "class T {\n%s\n}", decl);
    ops_are(src, "m", want);
}

/* "line:col: message\n" for every error (first line of each message) */
static char *errors_of(const char *src) {
    char *d = NULL;
    int nerr = 0;
    ld_Module *m = compile_named("T.java", src, &d, &nerr);
    if (m) ld_module_free(m);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    /* diagnostics: "T.java:L:C: error: MSG" lines; keep those */
    for (char *p = d; p && *p;) {
        char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n > 7 && strncmp(p, "T.java:", 7) == 0) {
            const char *e = strstr(p, ": error: ");
            if (e && (size_t)(e - p) < n) {
                fprintf(f, "%.*s: %.*s\n", (int)(e - p - 7), p + 7, (int)(n - (size_t)(e + 9 - p)), e + 9);
            }
        }
        p = nl ? nl + 1 : p + n;
    }
    fclose(f);
    free(d);
    return out;
}

static void errors_are(const char *src, const char *want) {
    char *got = errors_of(src);
    if (strcmp(got, want)) fprintf(stderr, "\n%s\n  got:\n%s  want:\n%s", src, got, want);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
}

/* the whole diagnostic output (with source lines, carets, details and the summary) */
static void output_is(const char *src, const char *want) {
    char *d = NULL;
    int nerr = 0;
    ld_Module *m = compile_named("T.java", src, &d, &nerr);
    if (m) ld_module_free(m);
    if (strcmp(d, want)) fprintf(stderr, "\n%s\n  got:\n%s  want:\n%s", src, d, want);
    CU_ASSERT_STRING_EQUAL(d, want);
    free(d);
}

/* a field's constant value of class T, printed */
static char *const_of(const ld_Module *m, const char *field) {
    int ci = ld_find_class(m, "T");
    char buf[512];
    snprintf(buf, sizeof buf, "<none>");
    if (ci >= 0) {
        const ld_Class *c = &m->classes[ci];
        for (int i = 0; i < c->nfields; i++) {
            if (strcmp(ld_utf8(m, c->fields[i].name), field) != 0 || !c->fields[i].constval) continue;
            const ld_Const *k = &m->pool[c->fields[i].constval];
            switch (k->tag) {
            case LD_C_INT: snprintf(buf, sizeof buf, "%d", k->u.i); break;
            case LD_C_LONG: snprintf(buf, sizeof buf, "%lldL", (long long)k->u.j); break;
            case LD_C_FLOAT: {
                float fl;
                memcpy(&fl, &k->u.f, 4);
                snprintf(buf, sizeof buf, "%.9gf", fl);
                break;
            }
            case LD_C_DOUBLE: {
                double d;
                memcpy(&d, &k->u.d, 8);
                snprintf(buf, sizeof buf, "%.17g", d);
                break;
            }
            case LD_C_STRING: snprintf(buf, sizeof buf, "\"%s\"", ld_utf8(m, k->u.ref)); break;
            default: break;
            }
        }
    }
    return strdup(buf);
}

static void constant_is(const char *decl, const char *want) {
    char src[2048];
    snprintf(src, sizeof src, "class T { static final %s; }", decl);
    ld_Module *m = compile_ok(src);
    if (!m) return;
    char *got = const_of(m, "X");
    check_str(src, got, want);
    free(got);
    ld_module_free(m);
}

/* ------------------------------------------------------------------ */
/* bytecode shapes (each checked against javac's: javac 8 for string concatenation)  */
/* ------------------------------------------------------------------ */

static void test_shape_loops(void) {
    body_ops("static int m(int a, int b) { int s = 0; for (int i = a; i < b; i++) s += i * 2; return s; }",
             "iconst_0 istore iload istore iload iload if_icmpge iload iload iconst_2 imul iadd istore iinc goto iload ireturn");
    body_ops("static int m(int x) { do { x--; } while (x > 0); return x; }", "iinc iload ifgt iload ireturn");
    body_ops("static int m(int a) { while (a > 3) { if (a == 7) break; a--; } return a; }",
             "iload iconst_3 if_icmple iload bipush if_icmpne goto iinc goto iload ireturn");
    body_ops("static void m(int n) { outer: for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { if (j == 2) "
             "continue outer; if (i == 3) break outer; } } }",
             "iconst_0 istore iload iload if_icmpge iconst_0 istore iload iload if_icmpge iload iconst_2 if_icmpne goto "
             "iload iconst_3 if_icmpne goto iinc goto iinc goto return");
    /* for (;;) and while (true): no condition code, nothing after them */
    body_ops("static void m() { for (;;) { } }", "goto");
    body_ops("static int m(int x) { while (true) { if (x > 3) return x; x++; } }",
             "iload iconst_3 if_icmple iload ireturn iinc goto");
}

static void test_shape_conditions(void) {
    body_ops("static boolean m(int a, int b) { return a < b && b != 0 || a == 5; }",
             "iload iload if_icmpge iload ifne iload iconst_5 if_icmpne iconst_1 goto iconst_0 ireturn");
    body_ops("static boolean m(boolean a, boolean b) { return a & b | !a ^ b; }",
             "iload iload iand iload ifne iconst_1 goto iconst_0 iload ixor ior ireturn");
    body_ops("static boolean m(Object a, Object b) { return a == null || a != b; }",
             "aload ifnull aload aload if_acmpeq iconst_1 goto iconst_0 ireturn");
    body_ops("static int m(int a) { int r = a > 0 ? a : -a; return r; }", "iload ifle iload goto iload ineg istore iload ireturn");
    /* float and double: fcmpg/dcmpg for < and <=, fcmpl/dcmpl otherwise */
    body_ops("static boolean m(float a, double b) { return a < 1 && b > 2; }",
             "fload fconst_1 fcmpg ifge dload ldc dcmpl ifle iconst_1 goto iconst_0 ireturn");
    body_ops("static boolean m(long a) { return a != 0; }", "lload lconst_0 lcmp ifeq iconst_1 goto iconst_0 ireturn");
    /* constant conditions: the dead branch is not generated, the empty else loses its goto */
    body_ops("static int m(int a) { if (false) a = 1; else a = 2; if (true) a++; return a; }", "iconst_2 istore iinc iload ireturn");
    body_ops("static int m(int a, boolean b) { if (b) { a++; } else { } return a; }", "iload ifeq iinc iload ireturn");
}

static void test_shape_arith(void) {
    body_ops("static long m(long a, int b) { long c = a * b; c += b; c <<= 2; return c; }",
             "lload iload i2l lmul lstore lload iload i2l ladd lstore lload iconst_2 lshl lstore lload lreturn");
    body_ops("static void m(byte[] b, int i) { b[i] += 3; b[i]++; }",
             "aload iload dup2 baload iconst_3 iadd i2b bastore aload iload dup2 baload iconst_1 iadd i2b bastore return");
    body_ops("static char m(char c) { c += 1; return (char) (c + 1); }", "iload iconst_1 iadd i2c istore iload iconst_1 iadd i2c ireturn");
    body_ops("static double m(int a, float b) { return a / b + 1; }", "iload i2f fload fdiv fconst_1 fadd f2d dreturn");
    body_ops("static float m(long l, double d) { return (float) l + (float) d; }", "lload l2f dload d2f fadd freturn");
    body_ops("static int m(int[] a, int i) { return a[i]++ + --a[i]; }",
             "aload iload dup2 iaload dup_x2 iconst_1 iadd iastore aload iload dup2 iaload iconst_1 isub dup_x2 iastore iadd ireturn");
    /* iinc for int locals, also for += with a short constant; not for byte locals */
    body_ops("static int m(int i) { i += 100; i -= 5; i++; --i; return i; }", "iinc iinc iinc iinc iload ireturn");
    body_ops("static int m(int i) { i += 40000; return i; }", "iload ldc iadd istore iload ireturn");
    body_ops("static byte m(byte b) { b++; return b; }", "iload iconst_1 iadd i2b istore iload ireturn");
    body_ops("static int m(int i) { int j = i++ + ++i; return j; }", "iload iinc iinc iload iadd istore iload ireturn");
    body_ops("static long m(int x) { return ~x + (x >>> 3) + ((long) x << x); }",
             "iload iconst_m1 ixor iload iconst_3 iushr iadd i2l iload i2l iload lshl ladd lreturn");
}

static void test_shape_constants(void) {
    /* folded: the constant local is not even stored (javac) */
    body_ops("static long m(int i) { final int K = 3; return i + K + 1000000L; }", "iload iconst_3 iadd i2l ldc ladd lreturn");
    body_ops("static int m() { return 2 * 3 + (1 << 4) - 'a'; }", "bipush ireturn");
    body_ops("static String m() { return \"a\" + 1 + 'c' + 2.5 + true + 'x' * 2; }", "ldc areturn");
    body_ops("static double m() { return 1 / 2 + 1.0 / 4; }", "ldc dreturn");
    /* a constant converted where it is used: no i2l at run time */
    body_ops("static long m() { long x = 5; double d = 1; byte b = 10; return x; }",
             "ldc lstore dconst_1 dstore bipush istore lload lreturn");
}

static void test_shape_strings(void) {
    body_ops("static String m(String s, int i, char c, double d, Object o) { return s + i + c + d + o + null + 1 + 2; }",
             "new dup invokespecial aload invokevirtual iload invokevirtual iload invokevirtual dload invokevirtual aload "
             "invokevirtual aconst_null invokevirtual iconst_1 invokevirtual iconst_2 invokevirtual invokevirtual areturn");
    body_ops("static void m(StringBuilder sb, String s) { s += sb; s += 1; }",
             "new dup invokespecial aload invokevirtual aload invokevirtual invokevirtual astore new dup invokespecial aload "
             "invokevirtual iconst_1 invokevirtual invokevirtual astore return");
    /* the append overloads: char, boolean, int for byte/short, Object for char[] and null */
    ld_Module *m = compile_ok("class T { static String m(char c, boolean z, short s, char[] a, Integer i) { return \"\" + c + z + s + a + i; } }");
    if (m) {
        char *got = insns_of(m, "T", "m");
        const char *want = "new java/lang/StringBuilder\n"
                           "dup\n"
                           "invokespecial java/lang/StringBuilder.<init>()V\n"
                           "ldc \"\"\n"
                           "invokevirtual java/lang/StringBuilder.append(Ljava/lang/String;)Ljava/lang/StringBuilder;\n"
                           "iload 0\n"
                           "invokevirtual java/lang/StringBuilder.append(C)Ljava/lang/StringBuilder;\n"
                           "iload 1\n"
                           "invokevirtual java/lang/StringBuilder.append(Z)Ljava/lang/StringBuilder;\n"
                           "iload 2\n"
                           "invokevirtual java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder;\n"
                           "aload 3\n"
                           "invokevirtual java/lang/StringBuilder.append(Ljava/lang/Object;)Ljava/lang/StringBuilder;\n"
                           "aload 4\n"
                           "invokevirtual java/lang/StringBuilder.append(Ljava/lang/Object;)Ljava/lang/StringBuilder;\n"
                           "invokevirtual java/lang/StringBuilder.toString()Ljava/lang/String;\n"
                           "areturn\n";
        check_str("concat appends", got, want);
        free(got);
        CU_ASSERT(verifies(m));
    }
}

static void test_shape_switch(void) {
    /* javac's rule: dense keys -> tableswitch, sparse -> lookupswitch */
    body_ops("static int m(int x) { switch (x) { case 1: return 10; case 2: return 20; case 3: return 30; default: return 0; } }",
             "iload tableswitch bipush ireturn bipush ireturn bipush ireturn iconst_0 ireturn");
    body_ops("static int m(int x) { switch (x) { case 1: return 10; case 100: return 20; case 1000: return 30; default: return 0; } }",
             "iload lookupswitch bipush ireturn bipush ireturn bipush ireturn iconst_0 ireturn");
    /* fall-through, no default */
    body_ops("static int m(char c) { int r = 0; switch (c) { case 'a': r++; case 'b': r++; break; } return r; }",
             "iconst_0 istore iload lookupswitch iinc iinc iload ireturn");
    /* strings: String s$ = sel; int tmp$ = -1; switch on hashCode, equals, switch on tmp$ */
    body_ops("static void m(String s) { switch (s) { case \"a\": System.out.println(1); break; case \"b\": "
             "System.out.println(2); break; default: System.out.println(3); } }",
             "aload astore iconst_m1 istore aload invokevirtual lookupswitch aload ldc invokevirtual ifeq iconst_0 istore goto "
             "aload ldc invokevirtual ifeq iconst_1 istore iload lookupswitch getstatic iconst_1 invokevirtual goto getstatic "
             "iconst_2 invokevirtual goto getstatic iconst_3 invokevirtual return");
    /* colliding hash codes ("Aa" and "BB"): tested last first, as javac does */
    ld_Module *m = compile_ok("class T { static int m(String s) { switch (s) { case \"Aa\": return 1; case \"BB\": return 2; } return 0; } }");
    if (m) {
        char *got = insns_of(m, "T", "m");
        CU_ASSERT(strstr(got, "ldc \"BB\"") && strstr(got, "ldc \"Aa\"") && strstr(got, "ldc \"BB\"") < strstr(got, "ldc \"Aa\""));
        free(got);
        CU_ASSERT(verifies(m));
    }
}

static void test_shape_try(void) {
    /* finally inlined on every exit; return value kept in a new local; javac's table */
    const char *src = "class T { static int m(String s) { try { return s.length(); } catch (NullPointerException e) { return -1; } "
                      "finally { System.out.println(\"f\"); } } }";
    ops_are(src, "m",
            "aload invokevirtual istore getstatic ldc invokevirtual iload ireturn astore iconst_m1 istore getstatic ldc "
            "invokevirtual iload ireturn astore getstatic ldc invokevirtual aload athrow");
    ld_Module *m = compile_ok(src);
    if (!m) return;
    const ld_Method *me = find_method(m, "T", "m");
    CU_ASSERT_EQUAL(me->nhandlers, 3);
    if (me->nhandlers == 3) {
        /* [try body) -> catch NPE; [try body) -> any; [catch body) -> any */
        CU_ASSERT_EQUAL(me->handlers[0].start, 0);
        CU_ASSERT_EQUAL(me->handlers[0].end, 9);
        CU_ASSERT_NOT_EQUAL(me->handlers[0].catch_type, 0);
        CU_ASSERT_EQUAL(me->handlers[1].start, 0);
        CU_ASSERT_EQUAL(me->handlers[1].catch_type, 0);
        CU_ASSERT_EQUAL(me->handlers[2].catch_type, 0);
    }
    /* javac's locals: the return temp after e; the catch-all exception in a new segment */
    char *got = insns_of(m, "T", "m");
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "istore 1\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "astore 1\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "istore 2\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "astore 3\n"));
    free(got);
    CU_ASSERT(verifies(m));
    /* multi-catch: one entry per alternative; break through finally */
    body_ops("static int m(int x) { while (true) { try { if (x > 0) break; x++; } finally { x--; } } return x; }",
             /* javac threads the try's exit jump to the loop's goto; oakc leaves a dead goto */
             "iload ifle iinc goto iinc iinc goto astore iinc aload athrow goto iload ireturn");
    ld_Module *m2 = compile_ok("class T { static void m() { try { System.out.println(); } catch (IllegalStateException | "
                               "NullPointerException e) { } } }");
    if (m2) {
        const ld_Method *me2 = find_method(m2, "T", "m");
        CU_ASSERT_EQUAL(me2->nhandlers, 2);
        CU_ASSERT(verifies(m2));
    }
}

static void test_shape_foreach_and_arrays(void) {
    body_ops("static void m(int[] a) { for (int v : a) System.out.println(v); }",
             "aload astore aload arraylength istore iconst_0 istore iload iload if_icmpge aload iload iaload istore getstatic "
             "iload invokevirtual iinc goto return");
    body_ops("static void m(String[] a) { int[][] g = new int[3][4]; String[] s = {\"x\", \"y\"}; Object[] o = new Object[2]; "
             "long[] l = new long[1]; int[][] r = new int[2][]; }",
             "iconst_3 iconst_4 multianewarray astore iconst_2 anewarray dup iconst_0 ldc aastore dup iconst_1 ldc aastore "
             "astore iconst_2 anewarray astore iconst_1 newarray astore iconst_2 anewarray astore return");
    body_ops("static int m(int[][] a) { return a.length + a[0].length; }", "aload arraylength aload iconst_0 aaload arraylength iadd ireturn");
}

static void test_shape_boxing_generics(void) {
    body_ops("static int m(Integer i) { return i; }", "aload invokevirtual ireturn");
    body_ops("static Object m(int i) { Object o = i; Integer j = 'a' + 1; return o; }",
             "iload invokestatic astore bipush invokestatic astore aload areturn");
    /* erasure: a checkcast where the erased type is wider than the generic one */
    const char *src = "class Box<T> { T v; Box(T v) { this.v = v; } T get() { return v; } }\n"
                      "class T { static int m(Box<String> b) { String s = b.get(); Object o = b.get(); return b.get().length() + b.v.length(); } }";
    ld_Module *m = compile_ok(src);
    if (m) {
        char *got = ops_of(m, "T", "m");
        check_str(src, got,
                  "aload invokevirtual checkcast astore aload invokevirtual astore aload invokevirtual checkcast invokevirtual aload "
                  "getfield checkcast invokevirtual iadd ireturn");
        free(got);
        CU_ASSERT(verifies(m));
    }
    /* varargs: the array is made by the caller */
    body_ops("static int f(int... xs) { return xs.length; } static int m() { return f() + f(1, 2); }",
             "iconst_0 newarray invokestatic iconst_2 newarray dup iconst_0 iconst_1 iastore dup iconst_1 iconst_2 iastore "
             "invokestatic iadd ireturn");
}

static void test_shape_calls_and_fields(void) {
    const char *src = "class A { int f; static int s; private int p() { return 1; } int q() { return p(); } }\n"
                      "class T extends A { int m() { return super.q() + q() + f + s + hashCode(); } }";
    ld_Module *m = compile_ok(src);
    if (m) {
        char *got = insns_of(m, "T", "m");
        /* javac: the qualifying class is the site (T), except for Object's methods */
        const char *want = "aload 0\n"
                           "invokespecial A.q()I\n"
                           "aload 0\n"
                           "invokevirtual T.q()I\n"
                           "iadd\n"
                           "aload 0\n"
                           "getfield T.f I\n"
                           "iadd\n"
                           "getstatic T.s I\n"
                           "iadd\n"
                           "aload 0\n"
                           "invokevirtual java/lang/Object.hashCode()I\n"
                           "iadd\n"
                           "ireturn\n";
        check_str(src, got, want);
        free(got);
        got = insns_of(m, "A", "q");
        check_str(src, got, "aload 0\ninvokevirtual A.p()I\nireturn\n");
        free(got);
        CU_ASSERT(verifies(m));
    }
    /* interfaces: invokeinterface */
    body_ops("static int m(CharSequence c) { return c.length(); }", "aload invokeinterface ireturn");
}

static void test_shape_constructors(void) {
    /* field initializers and instance initializers after super(), in textual order */
    const char *src = "class T { int a = 1; int[] b = {2}; { a += 3; } static int s = 4; static final int K = 5; "
                      "T() { a++; } T(int x) { this(); a = x; } }";
    ld_Module *m = compile_ok(src);
    if (!m) return;
    int ci = ld_find_class(m, "T");
    const ld_Class *c = &m->classes[ci];
    int inits = 0;
    for (int i = 0; i < c->nmethods; i++) {
        const ld_Method *me = &c->methods[i];
        if (strcmp(ld_utf8(m, me->name), "<init>") != 0) continue;
        inits++;
        char *got = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&got, &len);
        for (uint32_t pc = 0; pc < me->code_len;) {
            if (pc) fputc(' ', f);
            fputs(op_info[me->code[pc]].name, f);
            pc += op_decode_length(me->code, me->code_len, pc);
        }
        fclose(f);
        if (strcmp(ld_utf8(m, me->desc), "()V") == 0)
            check_str(src, got, "aload invokespecial aload iconst_1 putfield aload iconst_1 newarray dup iconst_0 iconst_2 iastore "
                                "putfield aload dup getfield iconst_3 iadd putfield aload dup getfield iconst_1 iadd putfield return");
        else
            check_str(src, got, "aload invokespecial aload iload putfield return");
        free(got);
    }
    CU_ASSERT_EQUAL(inits, 2);
    char *got = ops_of(m, "T", "<clinit>");
    check_str(src, got, "iconst_4 putstatic return");
    free(got);
    got = const_of(m, "K");
    check_str(src, got, "5");
    free(got);
    CU_ASSERT(verifies(m));
}

static void test_shape_locals_numbering(void) {
    /* parameters one slot each; the other locals numbered as javac (long and double take
     * two JVM slots), so NullPointerException messages name javac's <localN> */
    ld_Module *m = compile_ok("class T { static void m(long a, int b) { long c = 1; String s = null; double d = 2; int e = 3; } }");
    if (!m) return;
    char *got = insns_of(m, "T", "m");
    check_str("locals", got, "lconst_1\nlstore 3\naconst_null\nastore 5\nldc 2.0\ndstore 6\niconst_3\nistore 8\nreturn\n");
    free(got);
    CU_ASSERT(verifies(m));
}

static void test_shape_bridges(void) {
    const char *src = "class T implements Comparable<T> { int v; public int compareTo(T o) { return v - o.v; } }\n"
                      "class A { Object get() { return null; } }\nclass B extends A { String get() { return \"b\"; } }";
    ld_Module *m = compile_ok(src);
    if (!m) return;
    int ci = ld_find_class(m, "T");
    int nb = 0;
    for (int i = 0; i < m->classes[ci].nmethods; i++)
        if (strcmp(ld_utf8(m, m->classes[ci].methods[i].name), "compareTo") == 0) nb++;
    CU_ASSERT_EQUAL(nb, 2);
    ci = ld_find_class(m, "B");
    nb = 0;
    for (int i = 0; i < m->classes[ci].nmethods; i++)
        if (strcmp(ld_utf8(m, m->classes[ci].methods[i].name), "get") == 0) nb++;
    CU_ASSERT_EQUAL(nb, 2);
    CU_ASSERT(verifies(m));
}

/* enhanced for over an Iterable: the library's Iterable and Iterator come from source
 * here (a source class shadows the library's) */
static void test_shape_foreach_iterable(void) {
    const char *names[3] = {"java/lang/Iterable.java", "java/util/Iterator.java", "T.java"};
    const char *texts[3] = {
        "package java.lang; public interface Iterable<T> { java.util.Iterator<T> iterator(); }",
        "package java.util; public interface Iterator<E> { boolean hasNext(); E next(); }",
        "import java.util.Iterator;\n"
        "class Bag implements Iterable<String> { public Iterator<String> iterator() { return null; } }\n"
        "class T { static int m(Bag b, Iterable<Integer> it) { int n = 0; for (String s : b) n += s.length(); "
        "for (int i : it) n += i; return n; } }"};
    size_t lens[3] = {strlen(texts[0]), strlen(texts[1]), strlen(texts[2])};
    oakc_Options o;
    memset(&o, 0, sizeof o);
    o.stdlib = find_stdlib();
    int nerr = 0;
    ld_Module *m = oakc_compile_opts(names, texts, lens, 3, &o, &nerr);
    CU_ASSERT_PTR_NOT_NULL(m);
    if (!m) return;
    char *got = ops_of(m, "T", "m");
    check_str("foreach over Iterable", got,
              "iconst_0 istore aload invokevirtual astore aload invokeinterface ifeq aload invokeinterface checkcast astore "
              "iload aload invokevirtual iadd istore goto aload invokeinterface astore aload invokeinterface ifeq aload "
              "invokeinterface checkcast invokevirtual istore iload iload iadd istore goto iload ireturn");
    free(got);
    got = insns_of(m, "T", "m");
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "invokevirtual Bag.iterator()Ljava/util/Iterator;"));
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "invokeinterface java/lang/Iterable.iterator()Ljava/util/Iterator;"));
    free(got);
    ld_module_free(m);
}

/* inference: from arguments, from the assignment target, and for generic calls and
 * diamonds passed as arguments, from the parameter (javac's poly expressions) */
static void test_generic_inference(void) {
    const char *src =
        "class Box<T> { T v; Box(T v) { this.v = v; } static <T> Box<T> empty() { return new Box<T>(null); }\n"
        "  <R> Box<R> with(R r) { return new Box<>(r); } }\n"
        "class Pair<A, B> { A a; B b; Pair(A a, B b) { this.a = a; this.b = b; } static <X, Y> Pair<X, Y> of(X x, Y y) { return new Pair<>(x, y); } }\n"
        "class T {\n"
        "  static int size(Box<String> b) { return b.v == null ? 0 : b.v.length(); }\n"
        "  static <T> T id(T t) { return t; }\n"
        "  static int m() {\n"
        "    Box<String> e = Box.empty();\n"
        "    int n = size(Box.empty()) + size(new Box<>(\"four\")) + size(id(new Box<>(\"x\")));\n"
        "    String s = Pair.of(\"k\", Pair.of(1, \"v\")).b.b;\n"
        "    Box<Integer> bi = e.with(5);\n"
        "    return n + s.length() + bi.v + T.<String>id(\"y\").length();\n"
        "  }\n"
        "}\n";
    ld_Module *m = compile_ok(src);
    if (m) CU_ASSERT(verifies(m));
    errors_are("class Box<T> { static <T> Box<T> empty() { return null; } }\n"
               "class T { static void take(Box<String> b) { } static void m() { Box<Integer> i = Box.empty(); take(i); } }\n",
               "2:100: incompatible types: Box<Integer> cannot be converted to Box<String>\n");
}

/* ------------------------------------------------------------------ */
/* constant folding                                                    */
/* ------------------------------------------------------------------ */

static void test_constants(void) {
    constant_is("int X = 1 + 2 * 3", "7");
    constant_is("int X = Integer.MAX_VALUE + 1", "-2147483648");
    constant_is("int X = -2147483648", "-2147483648");
    constant_is("long X = -9223372036854775808L", "-9223372036854775808L");
    constant_is("long X = 1L << 63 >>> 62", "2L");
    constant_is("int X = 1 << 33", "2");
    constant_is("int X = -7 / 2 + -7 % 2", "-4");
    constant_is("int X = (byte) 200 + (char) -1 + (short) 70000", "69943");
    constant_is("int X = (int) 1e20", "2147483647");
    constant_is("long X = (long) -1e30", "-9223372036854775808L");
    constant_is("int X = (int) (0.0 / 0.0)", "0");
    constant_is("double X = 1.0 / 0", "inf");
    constant_is("float X = 0.1f + 0.2f", "0.300000012f");
    constant_is("double X = 0.1 + 0.2", "0.30000000000000004");
    constant_is("double X = 5.5 % -3", "2.5");
    constant_is("char X = 'a' + 1", "98");
    constant_is("boolean X = 1 < 2 && !(3 == 4) ^ false", "1");
    constant_is("int X = true ? 1 : 2", "1");
    constant_is("String X = \"a\" + 1 + 2", "\"a12\"");
    constant_is("String X = 1 + 2 + \"a\"", "\"3a\"");
    constant_is("String X = \"\" + 'c' + 1.5 + 1.0f + 1e10 + 100L + true", "\"c1.51.01.0E10100true\"");
    constant_is("String X = \"\" + 0.1f + \" \" + 1e-5 + \" \" + -0.0", "\"0.1 1.0E-5 -0.0\"");
    constant_is("String X = \"x\" + (char) 65", "\"xA\"");
    constant_is("long X = Integer.MAX_VALUE * 2L", "4294967294L");
    constant_is("int X = 0x7fff_ffff + 0b101 + 017", "-2147483629");
    /* a static final initialized from another constant (forward reference through a
     * qualified name) */
    ld_Module *m = compile_ok("class T { static final int A = T.B * 2; static final int B = 21; static final String S = \"v\" + A; }");
    if (m) {
        char *got = const_of(m, "A");
        check_str("A", got, "42");
        free(got);
        got = const_of(m, "S");
        check_str("S", got, "\"v42\"");
        free(got);
        ld_module_free(m);
    }
    /* not constants: division by zero, non-final, null */
    ld_Module *m2 = compile_ok("class T { static final int D = 1 / 0; static int N = 3; static final String Z = null; }");
    if (m2) {
        char *got = const_of(m2, "D");
        check_str("D", got, "<none>");
        free(got);
        got = const_of(m2, "N");
        check_str("N", got, "<none>");
        free(got);
        CU_ASSERT(verifies(m2));
    }
}

/* ------------------------------------------------------------------ */
/* diagnostics (javac 17's messages and positions)                     */
/* ------------------------------------------------------------------ */

static void test_errors_types(void) {
    errors_are("class T {\n"
               "    void m() {\n"
               "        int x = \"s\";\n"
               "        String s = 5;\n"
               "        long y = 2.5;\n"
               "        byte b = 200;\n"
               "        char c = -1;\n"
               "        short sh = 40000;\n"
               "        float f = 1.5;\n"
               "        Integer i = 5L;\n"
               "        boolean z = 1;\n"
               "        int n = null;\n"
               "        byte ok1 = 100; char ok2 = 65; Integer ok3 = 5; Object ok4 = 1;\n"
               "    }\n"
               "}",
               "3:17: incompatible types: String cannot be converted to int\n"
               "4:20: incompatible types: int cannot be converted to String\n"
               "5:18: incompatible types: possible lossy conversion from double to long\n"
               "6:18: incompatible types: possible lossy conversion from int to byte\n"
               "7:18: incompatible types: possible lossy conversion from int to char\n"
               "8:20: incompatible types: possible lossy conversion from int to short\n"
               "9:19: incompatible types: possible lossy conversion from double to float\n"
               "10:21: incompatible types: long cannot be converted to Integer\n"
               "11:21: incompatible types: int cannot be converted to boolean\n"
               "12:17: incompatible types: <null> cannot be converted to int\n");
    errors_are("class T {\n"
               "    void v() { }\n"
               "    void m(int[] arr, Object o, boolean c) {\n"
               "        int x = v();\n"
               "        System.out.println(v());\n"
               "        arr[0] = \"s\";\n"
               "        int i = 0; i[0] = 1;\n"
               "        Integer n = (Integer) \"x\";\n"
               "        boolean q = \"a\" instanceof Integer;\n"
               "        int y = c ? 1 : \"one\";\n"
               "        int w = {1};\n"
               "    }\n"
               "}",
               "4:18: incompatible types: void cannot be converted to int\n"
               "5:29: 'void' type not allowed here\n"
               "6:18: incompatible types: String cannot be converted to int\n"
               "7:21: array required, but int found\n"
               "8:31: incompatible types: String cannot be converted to Integer\n"
               "9:21: incompatible types: String cannot be converted to Integer\n"
               "10:25: incompatible types: bad type in conditional expression\n"
               "11:17: illegal initializer for int\n");
}

static void test_errors_operators(void) {
    errors_are("class T {\n"
               "    void m(String s, Integer i, int x, boolean b) {\n"
               "        int a = s - 1;\n"
               "        boolean c = !5;\n"
               "        int d = -true;\n"
               "        boolean e = i == s;\n"
               "        boolean f = s == 1;\n"
               "        boolean g = true == 1;\n"
               "        s -= 1;\n"
               "        x += \"a\";\n"
               "        b += 1;\n"
               "        5 = x;\n"
               "        x++ ++;\n"
               "    }\n"
               "}",
               "3:19: bad operand types for binary operator '-'\n"
               "4:21: bad operand type int for unary operator '!'\n"
               "5:17: bad operand type boolean for unary operator '-'\n"
               "6:23: incomparable types: Integer and String\n"
               "7:23: bad operand types for binary operator '=='\n"
               "8:26: incomparable types: boolean and int\n"
               "9:11: bad operand types for binary operator '-'\n"
               "10:14: incompatible types: String cannot be converted to int\n"
               "11:11: bad operand types for binary operator '+'\n"
               "12:9: unexpected type\n"
               "13:10: unexpected type\n");
    errors_are("class T {\n"
               "    void m(String s, Integer i, int x, boolean b) {\n"
               "        int a = s - 1;\n"
               "        boolean c = !5;\n"
               "        int d = -true;\n"
               "        boolean e = i == s;\n"
               "        boolean f = s == 1;\n"
               "        boolean g = true == 1;\n"
               "        s -= 1;\n"
               "        x += \"a\";\n"
               "        b += 1;\n"
               "        5 = x;\n"
               "    }\n"
               "}",
               "3:19: bad operand types for binary operator '-'\n"
               "4:21: bad operand type int for unary operator '!'\n"
               "5:17: bad operand type boolean for unary operator '-'\n"
               "6:23: incomparable types: Integer and String\n"
               "7:23: bad operand types for binary operator '=='\n"
               "8:26: incomparable types: boolean and int\n"
               "9:11: bad operand types for binary operator '-'\n"
               "10:14: incompatible types: String cannot be converted to int\n"
               "11:11: bad operand types for binary operator '+'\n"
               "12:9: unexpected type\n");
}

static void test_errors_symbols(void) {
    errors_are("class T {\n"
               "    int f;\n"
               "    static void s() {}\n"
               "    void m(int a, String b) {\n"
               "        undefinedVar = 1;\n"
               "        undefinedMethod(a);\n"
               "        b.nope();\n"
               "        b.field = 2;\n"
               "        Undef u = null;\n"
               "        int q = a.length;\n"
               "        T.f = 1;\n"
               "        s(1);\n"
               "        m(1);\n"
               "        m(\"a\", 1);\n"
               "        this.zz = 1;\n"
               "        java.util.Nope n;\n"
               "        nopkg.Cls c;\n"
               "    }\n"
               "}",
               "5:9: cannot find symbol\n"
               "6:9: cannot find symbol\n"
               "7:10: cannot find symbol\n"
               "8:10: cannot find symbol\n"
               "9:9: cannot find symbol\n"
               "10:18: int cannot be dereferenced\n"
               "11:10: non-static variable f cannot be referenced from a static context\n"
               "12:9: method s in class T cannot be applied to given types;\n"
               "13:9: method m in class T cannot be applied to given types;\n"
               "14:11: incompatible types: String cannot be converted to int\n"
               "15:13: cannot find symbol\n"
               "16:18: cannot find symbol\n"
               "17:14: package nopkg does not exist\n");
    /* the detail lines */
    output_is("class T {\n    void m(String s) { s.bar(1); this.q(); }\n}\n",
              "T.java:2:25: error: cannot find symbol\n"
              "    void m(String s) { s.bar(1); this.q(); }\n"
              "                        ^\n"
              "  symbol:   method bar(int)\n"
              "  location: variable s of type String\n"
              "T.java:2:38: error: cannot find symbol\n"
              "    void m(String s) { s.bar(1); this.q(); }\n"
              "                                     ^\n"
              "  symbol: method q()\n"
              "2 errors\n");
    output_is("class T {\n\tstatic void m(int a) { }\n\tvoid n() { m(); }\n}\n",
              "T.java:3:13: error: method m in class T cannot be applied to given types;\n"
              "\tvoid n() { m(); }\n"
              "\t           ^\n"
              "  required: int\n"
              "  found:    no arguments\n"
              "  reason: actual and formal argument lists differ in length\n"
              "1 error\n");
}

static void test_errors_overloads(void) {
    output_is("class T {\n"
              "    static void m(int a, long b) { }\n"
              "    static void m(long a, int b) { }\n"
              "    static void k(String s) { } static void k(Integer i) { }\n"
              "    static void v(int... xs) { }\n"
              "    void t() { m(1, 2); k(1.5); v(\"x\"); }\n"
              "}\n",
              "T.java:6:16: error: reference to m is ambiguous\n"
              "    void t() { m(1, 2); k(1.5); v(\"x\"); }\n"
              "               ^\n"
              "  both method m(int,long) in T and method m(long,int) in T match\n"
              "T.java:6:25: error: no suitable method found for k(double)\n"
              "    void t() { m(1, 2); k(1.5); v(\"x\"); }\n"
              "                        ^\n"
              "    method T.k(String) is not applicable\n"
              "      (argument mismatch; double cannot be converted to String)\n"
              "    method T.k(Integer) is not applicable\n"
              "      (argument mismatch; double cannot be converted to Integer)\n"
              "T.java:6:33: error: method v in class T cannot be applied to given types;\n"
              "    void t() { m(1, 2); k(1.5); v(\"x\"); }\n"
              "                                ^\n"
              "  required: int[]\n"
              "  found:    String\n"
              "  reason: varargs mismatch; String cannot be converted to int\n"
              "3 errors\n");
    /* most specific: int before long before Object; boxing only in the second phase */
    ld_Module *m = compile_ok("class T { static int f(long x) { return 1; } static int f(Integer x) { return 2; } "
                              "static int f(Object x) { return 3; } static int g(double d) { return 4; } static int g(Object o) { return 5; } "
                              "static int m() { return f(1) * 100 + f('c') * 10 + g(1); } }");
    if (m) {
        char *got = insns_of(m, "T", "m");
        CU_ASSERT_PTR_NOT_NULL(strstr(got, "invokestatic T.f(J)I"));
        CU_ASSERT_PTR_NULL(strstr(got, "T.f(Ljava/lang/Integer;)I"));
        CU_ASSERT_PTR_NOT_NULL(strstr(got, "invokestatic T.g(D)I"));
        free(got);
        CU_ASSERT(verifies(m));
    }
}

static void test_errors_classes(void) {
    errors_are("abstract class A { abstract int f(); void g() { } }\n"
               "interface I { void h(); }\n"
               "class B extends A implements I { int f() { return 1; } void h() { } }\n"
               "class C extends A { }\n"
               "class D { final void k() { } static void s() { } }\n"
               "class E extends D { void k() { } void s() { } }\n"
               "class T { void m() { A a = new A(); I i = new I(); } }\n"
               "class F extends String { }\n"
               "class G implements D { }\n"
               "class H extends H { }\n"
               "class J { @Override public String toSting() { return null; } }\n",
               "8:17: cannot inherit from final String\n"
               "9:20: interface expected here\n"
               "10:1: cyclic inheritance involving H\n"
               "3:61: h() in B cannot implement h() in I\n"
               "4:1: C is not abstract and does not override abstract method f() in A\n"
               "6:26: k() in E cannot override k() in D\n"
               "6:39: s() in E cannot override s() in D\n"
               "7:28: A is abstract; cannot be instantiated\n"
               "7:43: I is abstract; cannot be instantiated\n"
               "11:11: method does not override or implement a method from a supertype\n");
    errors_are("class T { }\nclass T { }\npublic class U { }\n", "2:1: duplicate class: T\n3:8: class U is public, should be declared in a file named U.java\n");
    errors_are("private class T { int x; int x; void m(int a) {} void m(int b) {} }\n",
               "1:9: modifier private not allowed here\n"
               "1:30: variable x is already defined in class T\n"
               "1:55: method m(int) is already defined in class T\n");
    errors_are("class T { class In { } enum E { A } }\n", "1:24: enums are not supported yet\n");
    errors_are("class T { class In { } }\n", "1:11: inner classes are not supported yet\n");
}

static void test_errors_flow(void) {
    /* javac's order: unreachable code and missing returns, then definite assignment */
    errors_are("class T {\n"
               "    int m(int x) {\n"
               "        if (x > 0) return 1;\n"
               "    }\n"
               "    void n() {\n"
               "        return;\n"
               "        System.out.println();\n"
               "    }\n"
               "    void o() {\n"
               "        int y;\n"
               "        y++;\n"
               "        while (true) { }\n"
               "        int dead = 0;\n"
               "    }\n"
               "    void p(boolean b) {\n"
               "        final int k;\n"
               "        if (b) k = 1;\n"
               "        k = 2;\n"
               "        final int z;\n"
               "        for (int i = 0; i < 3; i++) z = i;\n"
               "        int w;\n"
               "        if (b && (w = 1) > 0) System.out.println(w);\n"
               "        else System.out.println(w);\n"
               "    }\n"
               "}",
               "4:5: missing return statement\n"
               "7:9: unreachable statement\n"
               "13:13: unreachable statement\n"
               "11:9: variable y might not have been initialized\n"
               "18:9: variable k might already have been assigned\n"
               "20:37: variable z might be assigned in loop\n"
               "23:33: variable w might not have been initialized\n");
    errors_are("class T {\n"
               "    final int a;\n"
               "    final int b;\n"
               "    T() { a = 1; }\n"
               "    T(int x) { this(); a = 2; }\n"
               "    void m(final int p) { p = 1; }\n"
               "}",
               "4:18: variable b might not have been initialized\n"
               "5:24: variable a might already have been assigned\n"
               "6:27: final parameter p may not be assigned\n");
    /* flow analysis does not run once attribution has reported an error */
    errors_are("class T { int m() { int x = \"s\"; } }\n", "1:29: incompatible types: String cannot be converted to int\n");
    /* definite assignment through switch, try, && and loops: no errors */
    ld_Module *m = compile_ok("class T { static int m(int k, boolean b) { int x; switch (k) { case 1: x = 1; break; default: x = 2; } "
                              "int y; try { y = 1; } finally { } int z; if (b && (z = 3) > 0) return z; int w; while (true) { w = 1; break; } "
                              "return x + y + w; } }");
    if (m) CU_ASSERT(verifies(m));
}

static void test_errors_exceptions(void) {
    errors_are("class T {\n"
               "    void m() throws Exception { }\n"
               "    void n() { m(); }\n"
               "    void o() {\n"
               "        try { System.out.println(); } catch (CloneNotSupportedException e) { }\n"
               "    }\n"
               "    void p() {\n"
               "        try { m(); } catch (Exception e) { } catch (RuntimeException r) { }\n"
               "    }\n"
               "    void q() { throw new Exception(\"x\"); }\n"
               "    void r() throws InterruptedException { try { throw new InterruptedException(); } catch (Exception e) { throw e; } }\n"
               "    void s() { try { m(); } catch (Exception e) { throw new RuntimeException(e); } finally { } }\n"
               "}",
               "3:17: unreported exception Exception; must be caught or declared to be thrown\n"
               "5:39: exception CloneNotSupportedException is never thrown in body of corresponding try statement\n"
               "8:46: exception RuntimeException has already been caught\n"
               "10:16: unreported exception Exception; must be caught or declared to be thrown\n");
}

static void test_errors_statements(void) {
    errors_are("class T {\n"
               "    void m(int x, long l) {\n"
               "        int x = 1;\n"
               "        L: for (;;) { continue M; }\n"
               "    }\n"
               "    void n(int x) {\n"
               "        break;\n"
               "        switch (x) { case 1: case 1: break; default: default: }\n"
               "        String s = null;\n"
               "        switch (s) { case \"a\": case \"a\": }\n"
               "        int k = 2;\n"
               "        switch (x) { case k: }\n"
               "        for (String t : x) { }\n"
               "        if (x) { }\n"
               "        var v;\n"
               "        var w = null;\n"
               "    }\n"
               "}",
               "3:13: variable x is already defined in method m(int,long)\n"
               "4:23: undefined label: M\n"
               "7:9: break outside switch or loop\n"
               "8:30: duplicate case label\n"
               "8:61: duplicate default label\n"
               "10:32: duplicate case label\n"
               "12:27: constant expression required\n"
               "13:25: for-each not applicable to expression type\n"
               "14:13: incompatible types: int cannot be converted to boolean\n"
               "15:13: cannot infer type for local variable v\n"
               "16:13: cannot infer type for local variable w\n");
    errors_are("class T { void m() { return 1; } int n() { return; } T() { return; } static { return; } }\n",
               "1:29: incompatible types: unexpected return value\n"
               "1:44: incompatible types: missing return value\n"
               "1:79: return outside method\n");
}

static void test_errors_static_context(void) {
    errors_are("class T {\n"
               "    int f;\n"
               "    void g() { }\n"
               "    static void m() { f = 1; g(); this.f = 2; super.toString(); }\n"
               "    static class N { void k() { f = 3; } }\n"
               "    T(int a) { }\n"
               "    T() { this(f); }\n"
               "}",
               "4:23: non-static variable f cannot be referenced from a static context\n"
               "4:30: non-static method g() cannot be referenced from a static context\n"
               "4:35: non-static variable this cannot be referenced from a static context\n"
               "4:47: non-static variable super cannot be referenced from a static context\n"
               "5:33: non-static variable f cannot be referenced from a static context\n"
               "7:16: cannot reference f before supertype constructor has been called\n");
}

static void test_errors_generics(void) {
    errors_are("class Box<T> {\n"
               "    T value;\n"
               "    static T shared;\n"
               "    T[] make() { return new T[3]; }\n"
               "}\n"
               "class Sorted<T extends Comparable<T>> { }\n"
               "class T {\n"
               "    void m() {\n"
               "        Box<String> a = new Box<Integer>();\n"
               "        Box<int> c = null;\n"
               "        Box<String, String> d = null;\n"
               "        Sorted<Object> e = null;\n"
               "        Box<String> f = new Box<>();\n"
               "        Integer g = f.value;\n"
               "        String<Integer> h;\n"
               "    }\n"
               "}",
               "3:12: non-static type variable T cannot be referenced from a static context\n"
               "4:25: generic array creation\n"
               "9:25: incompatible types: Box<Integer> cannot be converted to Box<String>\n"
               "10:13: unexpected type\n"
               "11:12: wrong number of type arguments; required 1\n"
               "12:16: type argument Object is not within bounds of type-variable T\n"
               "14:22: incompatible types: String cannot be converted to Integer\n"
               "15:15: type String does not take parameters\n");
}

static void test_errors_unsupported(void) {
    errors_are("class T { Runnable r = () -> { }; }\n", "1:27: lambda expressions are not supported yet\n");
    errors_are("class T { Object o = new Object() { }; }\n", "1:22: anonymous classes are not supported yet\n");
    errors_are("class T { class I { } void m() { Object o = new T().new I(); } }\n",
               "1:11: inner classes are not supported yet\n1:53: inner classes are not supported yet\n");
    errors_are("class T { void m() { Object o = int.class; } }\n", "1:36: class literals of primitive types are not supported yet\n");
}

static void test_errors_literals(void) {
    /* javac's parser errors: reported with the syntax errors, nothing else after them */
    errors_are("class T { int a = 2147483648; int b = -2147483648; long c = 9223372036854775808L; float f = 1e50f; double d = 1e-400; "
               "int e = 0x1_0000_0000; int ok = 0xffffffff; int x = \"s\"; }\n",
               "1:19: integer number too large\n"
               "1:61: integer number too large\n"
               "1:93: floating-point number too large\n"
               "1:111: floating-point number too small\n"
               "1:127: integer number too large\n");
}

static void test_errors_summary(void) {
    /* several files, several errors, javac's summary; errors stop code generation */
    char *d = NULL;
    int nerr = 0;
    ld_Module *m = compile_named("T.java", "class T { void m() { a(); b(); } }", &d, &nerr);
    CU_ASSERT_PTR_NULL(m);
    CU_ASSERT_EQUAL(nerr, 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "2 errors\n"));
    free(d);
    /* javac: at most one error per source position */
    errors_are("class T { final int x; T() { } T(int a) { } }", "1:30: variable x might not have been initialized\n1:43: variable x might not have been initialized\n");
}

/* ------------------------------------------------------------------ */
/* whole programs, modules and the driver                              */
/* ------------------------------------------------------------------ */

static void test_main_class(void) {
    ld_Module *m = compile_ok("class A { } public class T { public static void main(String[] a) { } } class B { static void main(String[] a) { } }");
    if (m) {
        CU_ASSERT_NOT_EQUAL(m->main_class, 0);
        if (m->main_class) CU_ASSERT_STRING_EQUAL(ld_class_name(m, m->main_class), "T");
        ld_module_free(m);
    }
    m = compile_ok("package a.b; class T { public static void main(String[] args) { } }");
    if (m) {
        CU_ASSERT(m->main_class && strcmp(ld_class_name(m, m->main_class), "a/b/T") == 0);
        CU_ASSERT(verifies(m));
    }
    m = compile_ok("class T { }");
    if (m) {
        CU_ASSERT_EQUAL(m->main_class, 0);
        ld_module_free(m);
    }
}

/* Every program of the corpus that compiles gives a module the verifier accepts (whether
 * it compiles is the program runner's business). */
static void test_corpus_verifies(void) {
    FILE *ls = popen("ls tests/programs/java/*.java 2>/dev/null", "r");
    if (!ls) return;
    char path[1024];
    int n = 0, ok = 0;
    while (fgets(path, sizeof path, ls)) {
        path[strcspn(path, "\n")] = 0;
        size_t len;
        uint8_t *src = t_read_file(path, &len);
        if (!src) continue;
        char *text = malloc(len + 1);
        memcpy(text, src, len);
        text[len] = 0;
        free(src);
        int nerr = 0;
        char *d = NULL;
        ld_Module *m = compile_named(path, text, &d, &nerr);
        if (m) {
            n++;
            if (verifies(m)) ok++;
            else fprintf(stderr, "\n%s: does not verify\n", path);
        }
        free(d);
        free(text);
    }
    pclose(ls);
    CU_ASSERT_EQUAL(ok, n);
}

/* ------------------------------------------------------------------ */
/* robustness: never a crash                                           */
/* ------------------------------------------------------------------ */

static uint32_t rng = 12345;
static uint32_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static const char *sample =
    "interface Shape { double area(); default String name() { return \"shape\"; } }\n"
    "abstract class Base<T extends Comparable<T>> implements Comparable<Base<T>> {\n"
    "    protected T key; static int count;\n"
    "    Base(T k) { key = k; count++; }\n"
    "    public int compareTo(Base<T> o) { return key.compareTo(o.key); }\n"
    "    abstract int weight();\n"
    "}\n"
    "class Leaf extends Base<String> implements Shape {\n"
    "    final int w; static final String TAG = \"leaf\" + 1;\n"
    "    Leaf(String s, int w) { super(s); this.w = w; }\n"
    "    int weight() { return w * 2 + key.length(); }\n"
    "    public double area() { return w * 1.5; }\n"
    "}\n"
    "public class T {\n"
    "    static <E> E first(E[] xs, E dflt) { return xs.length > 0 ? xs[0] : dflt; }\n"
    "    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }\n"
    "    public static void main(String[] args) throws Exception {\n"
    "        Leaf a = new Leaf(\"a\", 3), b = new Leaf(\"bb\", 4);\n"
    "        String s = \"\" + a.compareTo(b) + first(args, \"none\") + sum(1, 2, 3);\n"
    "        switch (s) { case \"x\": break; default: s += '!'; }\n"
    "        long l = 1L << 40; int[] arr = {1, 2, 3}; char c = 'q';\n"
    "        outer: for (int i = 0; i < arr.length; i++) { if (arr[i] == 2) continue outer; l += i; }\n"
    "        try { Object o = s; Integer bad = (Integer) o; } catch (ClassCastException | NullPointerException e) { c++; }\n"
    "        finally { System.out.println(s + l + c); }\n"
    "        do { l--; } while (l > 1099511627770L && !(l == 3));\n"
    "        System.out.println(a.area() > 2 ? a.name() : Leaf.TAG);\n"
    "    }\n"
    "}\n";

static void compile_quietly(const char *src, size_t len) {
    char *copy = malloc(len + 1);
    memcpy(copy, src, len);
    copy[len] = 0;
    int nerr = 0;
    ld_Module *m = compile_named("T.java", copy, NULL, &nerr);
    if (m) ld_module_free(m);
    free(copy);
}

static void test_robust_sample_compiles(void) {
    ld_Module *m = compile_ok(sample);
    if (m) CU_ASSERT(verifies(m));
}

static void test_robust_prefixes(void) {
    size_t n = strlen(sample);
    for (size_t i = 0; i < n; i += 7) compile_quietly(sample, i);
    CU_PASS("no crash");
}

static void test_robust_mutations(void) {
    size_t n = strlen(sample);
    static const char pieces[][12] = {";", "{", "}", "(", ")", "int", "x", ".", "=", "new", "<", ">", "\"", "'", "this",
                                       "super", "null", "1L", "return", "class", "static", ",", "[", "]", "?", ":", "++"};
    char *buf = malloc(n + 64);
    for (int round = 0; round < 600; round++) {
        memcpy(buf, sample, n + 1);
        size_t len = n;
        int edits = 1 + (int)(rnd() % 3);
        for (int e = 0; e < edits; e++) {
            size_t at = rnd() % len;
            if (rnd() % 2) { /* delete a span */
                size_t span = 1 + rnd() % 12;
                if (at + span > len) span = len - at;
                memmove(buf + at, buf + at + span, len - at - span + 1);
                len -= span;
            } else { /* insert a token */
                const char *p = pieces[rnd() % (sizeof pieces / sizeof *pieces)];
                size_t pl = strlen(p);
                if (len + pl + 1 > n + 60) continue;
                memmove(buf + at + pl, buf + at, len - at + 1);
                memcpy(buf + at, p, pl);
                len += pl;
            }
        }
        compile_quietly(buf, len);
    }
    free(buf);
    CU_PASS("no crash");
}

static void test_robust_random_bytes(void) {
    char buf[600];
    for (int round = 0; round < 200; round++) {
        size_t len = rnd() % sizeof buf;
        for (size_t i = 0; i < len; i++) {
            static const char alphabet[] = "class T{}();=+-*/<>!&|^~?:.,[]'\"\\ \n\tintvoidnewreturn0123456789abcXYZ_$@";
            buf[i] = (rnd() % 8) ? alphabet[rnd() % (sizeof alphabet - 1)] : (char)(rnd() & 0xff);
        }
        compile_quietly(buf, len);
    }
    CU_PASS("no crash");
}

static void test_robust_deep_nesting(void) {
    /* an expression 400 levels deep and a long chain (under the parser's limit of 1000) */
    size_t cap = 64 * 1024;
    char *b = malloc(cap);
    size_t n = (size_t)snprintf(b, cap, "class T { int m(int x) { return ");
    for (int i = 0; i < 400; i++) b[n++] = '(';
    b[n++] = 'x';
    for (int i = 0; i < 400; i++) b[n++] = ')';
    n += (size_t)snprintf(b + n, cap - n, "; } String s = \"a\"");
    for (int i = 0; i < 400; i++) n += (size_t)snprintf(b + n, cap - n, " + %d", i);
    n += (size_t)snprintf(b + n, cap - n, "; }");
    ld_Module *m = compile_ok(b);
    if (m) CU_ASSERT(verifies(m));
    free(b);
}

void add_compiler_tests(void) {
    CU_pSuite s = CU_add_suite("compiler", NULL, NULL);
    CU_add_test(s, "shape: loops", test_shape_loops);
    CU_add_test(s, "shape: conditions", test_shape_conditions);
    CU_add_test(s, "shape: arithmetic, iinc, compound assignment", test_shape_arith);
    CU_add_test(s, "shape: constants", test_shape_constants);
    CU_add_test(s, "shape: string concatenation", test_shape_strings);
    CU_add_test(s, "shape: switch on int, char, String", test_shape_switch);
    CU_add_test(s, "shape: try, catch, finally", test_shape_try);
    CU_add_test(s, "shape: enhanced for, arrays", test_shape_foreach_and_arrays);
    CU_add_test(s, "shape: enhanced for over Iterable", test_shape_foreach_iterable);
    CU_add_test(s, "shape: boxing, erasure casts, varargs", test_shape_boxing_generics);
    CU_add_test(s, "shape: calls and fields", test_shape_calls_and_fields);
    CU_add_test(s, "shape: constructors, initializers, <clinit>", test_shape_constructors);
    CU_add_test(s, "shape: javac's local numbering", test_shape_locals_numbering);
    CU_add_test(s, "shape: bridges", test_shape_bridges);
    CU_add_test(s, "generics: inference", test_generic_inference);
    CU_add_test(s, "constant folding", test_constants);
    CU_add_test(s, "errors: types and conversions", test_errors_types);
    CU_add_test(s, "errors: operators", test_errors_operators);
    CU_add_test(s, "errors: symbols", test_errors_symbols);
    CU_add_test(s, "errors: overloads", test_errors_overloads);
    CU_add_test(s, "errors: classes", test_errors_classes);
    CU_add_test(s, "errors: flow", test_errors_flow);
    CU_add_test(s, "errors: exceptions", test_errors_exceptions);
    CU_add_test(s, "errors: statements", test_errors_statements);
    CU_add_test(s, "errors: static context", test_errors_static_context);
    CU_add_test(s, "errors: generics", test_errors_generics);
    CU_add_test(s, "errors: not supported yet", test_errors_unsupported);
    CU_add_test(s, "errors: literals", test_errors_literals);
    CU_add_test(s, "errors: summary", test_errors_summary);
    CU_add_test(s, "modules: main class", test_main_class);
    CU_add_test(s, "modules: the program corpus verifies", test_corpus_verifies);
    CU_add_test(s, "robust: sample", test_robust_sample_compiles);
    CU_add_test(s, "robust: prefixes", test_robust_prefixes);
    CU_add_test(s, "robust: mutations", test_robust_mutations);
    CU_add_test(s, "robust: random bytes", test_robust_random_bytes);
    CU_add_test(s, "robust: deep nesting", test_robust_deep_nesting);
}
