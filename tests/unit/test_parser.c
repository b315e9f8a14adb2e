/* test_parser.c: the oakc parser (compiler/parser.c) and the AST printer.
 *
 * Snippets are compared through cc_ast_dump (the S-expression format documented in cc.h):
 * expressions alone, statements inside `class T { void m() { ... } }`, members inside
 * `class T { ... }`, and whole files. Error cases are compared whole, "line:col: message",
 * with javac's wording and (where javac has one) its position. The robustness tests parse
 * every prefix of two sample programs (valid Java: javac compiles them) and of
 * bench/interp/Loops.java, mutations of them, random bytes and random token soup, and
 * absurdly deep nesting: the parser must never crash (this suite runs under ASan in
 * `make asan`), must report diagnostics inside the file, and must stop at the error cap.
 */
#include "cc.h"
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

static char *dump_str(const cc_Node *n) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cc_ast_dump(n, f);
    fclose(f);
    return buf;
}

static char *diag_lines(const cc_Compiler *c) {
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    for (int i = 0; i < c->ndiags; i++)
        fprintf(f, "%d:%d: %s\n", c->diags[i].pos.line, c->diags[i].pos.col, c->diags[i].msg);
    fclose(f);
    return buf;
}

static int report_errors(const char *src, cc_Compiler *c) {
    if (!cc_error_count(c)) return 1;
    char *d = diag_lines(c);
    fprintf(stderr, "\n%s\nunexpected errors:\n%s", src, d);
    free(d);
    return 0;
}

static void check_dump(const char *src, const char *got, const char *want) {
    if (strcmp(got, want)) fprintf(stderr, "\n%s\n  got:  %s\n  want: %s\n", src, got, want);
    CU_ASSERT_STRING_EQUAL(got, want);
}

/* an expression alone */
static void expr_is(const char *src, const char *want) {
    cc_Compiler *c = cc_new();
    int f = cc_add_source(c, "E.java", src, strlen(src));
    cc_Node *e = cc_parse_expression(c, f);
    CU_ASSERT(report_errors(src, c));
    char *got = dump_str(e);
    check_dump(src, got, want);
    free(got);
    cc_free(c);
}

/* parses src as a whole file, no errors expected; returns the dump (malloc'ed) */
static char *unit_dump(const char *src, cc_Node **unit_out, cc_Compiler **c_out) {
    cc_Compiler *c = cc_new();
    int f = cc_add_source(c, "T.java", src, strlen(src));
    cc_Node *u = cc_parse(c, f);
    CU_ASSERT(report_errors(src, c));
    char *d = dump_str(u);
    if (unit_out) *unit_out = u;
    if (c_out) *c_out = c;
    else cc_free(c);
    return d;
}

static void unit_is(const char *src, const char *want) {
    char *got = unit_dump(src, NULL, NULL);
    check_dump(src, got, want);
    free(got);
}

/* statements: want is what the method body's (block ...) contains */
static void stmts_are(const char *body, const char *want) {
    char src[4096], w[4096];
    snprintf(src, sizeof src, "class T { void m() {\n%s\n} }", body);
    snprintf(w, sizeof w, "(unit (class T (method void m (params) (block %s))))", want);
    unit_is(src, w);
}

/* members of a class T */
static void members_are(const char *body, const char *want) {
    char src[4096], w[4096];
    snprintf(src, sizeof src, "class T {\n%s\n}", body);
    snprintf(w, sizeof w, "(unit (class T %s))", want);
    unit_is(src, w);
}

/* the diagnostics of a whole file, "line:col: msg\n" each */
static void errors_are(const char *src, const char *want) {
    cc_Compiler *c = cc_new();
    int f = cc_add_source(c, "T.java", src, strlen(src));
    cc_parse(c, f);
    char *got = diag_lines(c);
    if (strcmp(got, want)) fprintf(stderr, "\n%s\n  got:\n%s  want:\n%s", src, got, want);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    cc_free(c);
}

/* errors_are and the dump of what was kept */
static void recovers_to(const char *src, const char *errs, const char *want) {
    errors_are(src, errs);
    cc_Compiler *c = cc_new();
    int f = cc_add_source(c, "T.java", src, strlen(src));
    char *got = dump_str(cc_parse(c, f));
    check_dump(src, got, want);
    free(got);
    cc_free(c);
}

/* ------------------------------------------------------------------ */
/* sample programs (valid Java: javac 17 compiles both)                */
/* ------------------------------------------------------------------ */

static const char SHAPES_JAVA[] =
    "package demo.shapes;\n"
    "\n"
    "import java.util.ArrayList;\n"
    "import java.util.List;\n"
    "import java.util.*;\n"
    "\n"
    "/** Shapes: a sample of the oakc subset. */\n"
    "public abstract class Shapes implements Comparable<Shapes> {\n"
    "    public static final int MAX = 0x7fff_ffff, MIN = -2147483648;\n"
    "    static final long BIG = 9_223_372_036_854_775_807L;\n"
    "    protected static int count;\n"
    "    private final String name;\n"
    "    double[] weights = {1.0, .5, 2e-3, 0x1p3};\n"
    "    char[][] grid = new char[3][];\n"
    "\n"
    "    static {\n"
    "        count = 0;\n"
    "    }\n"
    "\n"
    "    {\n"
    "        grid[0] = new char[] {'a', '\\n', '\\u0041', '\\\\', '\\''};\n"
    "    }\n"
    "\n"
    "    protected Shapes(String name) {\n"
    "        super();\n"
    "        this.name = name;\n"
    "        count++;\n"
    "    }\n"
    "\n"
    "    Shapes() {\n"
    "        this(\"anonymous\");\n"
    "    }\n"
    "\n"
    "    public abstract double area();\n"
    "\n"
    "    public String getName() { return name; }\n"
    "\n"
    "    @Override\n"
    "    public int compareTo(Shapes other) {\n"
    "        return Double.compare(area(), other.area());\n"
    "    }\n"
    "\n"
    "    static int sum(int... xs) {\n"
    "        int s = 0;\n"
    "        for (int x : xs) s += x;\n"
    "        return s;\n"
    "    }\n"
    "\n"
    "    static <T extends Comparable<T>> T max(List<? extends T> xs) {\n"
    "        T best = null;\n"
    "        for (T x : xs)\n"
    "            if (best == null || x.compareTo(best) > 0) best = x;\n"
    "        return best;\n"
    "    }\n"
    "\n"
    "    static String describe(int n) {\n"
    "        String r;\n"
    "        switch (n) {\n"
    "        case 0:\n"
    "            r = \"none\";\n"
    "            break;\n"
    "        case 1: case 2:\n"
    "            r = \"few\";\n"
    "            break;\n"
    "        default:\n"
    "            r = \"many\";\n"
    "        }\n"
    "        return r + \":\" + n;\n"
    "    }\n"
    "\n"
    "    static int loops(int[][] m) {\n"
    "        int total = 0;\n"
    "        outer:\n"
    "        for (int i = 0, j = m.length - 1; i < m.length; i++, j--) {\n"
    "            int k = 0;\n"
    "            while (true) {\n"
    "                if (k >= m[i].length) continue outer;\n"
    "                if (m[i][k] < 0) break outer;\n"
    "                total += m[i][k++] << 1 >>> 1;\n"
    "            }\n"
    "        }\n"
    "        do { total--; } while (total > 100);\n"
    "        return total > 0 ? total : -total;\n"
    "    }\n"
    "\n"
    "    static Object tryIt(Object o) {\n"
    "        try {\n"
    "            String s = (String) o;\n"
    "            var n = s.length();\n"
    "            return n;\n"
    "        } catch (ClassCastException | NullPointerException e) {\n"
    "            return e;\n"
    "        } finally {\n"
    "            count--;\n"
    "        }\n"
    "    }\n"
    "\n"
    "    static class Circle extends Shapes {\n"
    "        final double r;\n"
    "        Circle(double r) { super(\"circle\"); this.r = r; }\n"
    "        public double area() { return Math.PI * r * r; }\n"
    "    }\n"
    "\n"
    "    interface Visitor<R> {\n"
    "        int VERSION = 1;\n"
    "        R visit(Shapes s);\n"
    "        default R visitAll(List<Shapes> xs) {\n"
    "            R last = null;\n"
    "            for (Shapes s : xs) last = visit(s);\n"
    "            return last;\n"
    "        }\n"
    "        static int version() { return VERSION; }\n"
    "    }\n"
    "\n"
    "    public static void main(String[] args) {\n"
    "        List<Shapes> shapes = new ArrayList<>();\n"
    "        shapes.add(new Circle(1.5));\n"
    "        Map<String, List<Integer>> index = new HashMap<String, List<Integer>>();\n"
    "        int[] a = new int[] {3, 1, 2};\n"
    "        long h = ((long) a[0] << 32) | (a[1] & 0xFFFFFFFFL);\n"
    "        boolean b = shapes.get(0) instanceof Circle && !(h == 0);\n"
    "        float f = (float) 1.5 + 2f;\n"
    "        char c = (char) ('a' + 1);\n"
    "        System.out.println(describe(sum(a)) + max(Arrays.asList(1, 2)) + b + f + c + index + loops(new int[][] {{1}, {}}));\n"
    "        if (args.length > 0) System.out.println(args[0]); else System.out.println(tryIt(null));\n"
    "        throw new IllegalStateException(\"done \" + Shapes.count);\n"
    "    }\n"
    "}\n"
    "\n"
    "class Helper {\n"
    "    static int twice(int x) { return x * 2; }\n"
    "}\n";

static const char LISTS_JAVA[] =
    "import java.util.Iterator;\n"
    "import java.util.NoSuchElementException;\n"
    "\n"
    "public class Lists<E extends Comparable<? super E>> implements Iterable<E> {\n"
    "    private Object[] items = new Object[8];\n"
    "    private int size;\n"
    "\n"
    "    public void add(E e) {\n"
    "        if (size == items.length) {\n"
    "            Object[] bigger = new Object[size * 2 + 1];\n"
    "            System.arraycopy(items, 0, bigger, 0, size);\n"
    "            items = bigger;\n"
    "        }\n"
    "        items[size++] = e;\n"
    "    }\n"
    "\n"
    "    @SuppressWarnings(\"unchecked\")\n"
    "    public E get(int i) {\n"
    "        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(\"Index \" + i + \" out of bounds\");\n"
    "        return (E) items[i];\n"
    "    }\n"
    "\n"
    "    public Iterator<E> iterator() {\n"
    "        return new It();\n"
    "    }\n"
    "\n"
    "    class It implements Iterator<E> {\n"
    "        int next;\n"
    "        public boolean hasNext() { return next < size; }\n"
    "        public E next() {\n"
    "            if (!hasNext()) throw new NoSuchElementException();\n"
    "            return get(next++);\n"
    "        }\n"
    "    }\n"
    "\n"
    "    static final class Pair<A, B> {\n"
    "        final A first; final B second;\n"
    "        Pair(A a, B b) { first = a; second = b; }\n"
    "        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }\n"
    "    }\n"
    "\n"
    "    static int kind(String s) {\n"
    "        switch (s) {\n"
    "            case \"a\": return 1;\n"
    "            case \"b\":\n"
    "            case \"c\": { return 2; }\n"
    "            default: break;\n"
    "        }\n"
    "        return s.isEmpty() ? 0 : s.charAt(0) >= 'a' && s.charAt(0) <= 'z' ? 3 : 4;\n"
    "    }\n"
    "\n"
    "    static Pair<Lists<String>, Pair<Integer, Pair<Long, String>>> nested() {\n"
    "        Pair<Integer, Pair<Long, String>> inner = new Pair<>(1, new Pair<>(2L, \"x\"));\n"
    "        return new Pair<Lists<String>, Pair<Integer, Pair<Long, String>>>(new Lists<String>(), inner);\n"
    "    }\n"
    "\n"
    "    public static void main(String... args) throws Exception {\n"
    "        Lists<String> l = new Lists<>();\n"
    "        for (String a : args) l.add(a);\n"
    "        int total = 0;\n"
    "        scan:\n"
    "        for (String s : l) {\n"
    "            for (int i = 0; i < s.length(); i++) {\n"
    "                char ch = s.charAt(i);\n"
    "                if (ch == ' ') continue scan;\n"
    "                total += kind(String.valueOf(ch)) * (i % 2 == 0 ? 1 : -1);\n"
    "            }\n"
    "        }\n"
    "        int x = total >>> 3, y = total >> 1, z = ~total ^ 0b1010 | 017 & x;\n"
    "        x <<= 2; y >>>= 1; z ^= x; z %= 7; z /= 3; z *= 2; z -= 1; z += 1; z &= 3; z |= 4; z >>= 1;\n"
    "        System.out.println(nested().second.second.first + l.get(0) + (x + y + z) + (Object) null);\n"
    "    }\n"
    "}\n";

/* ------------------------------------------------------------------ */
/* expressions                                                         */
/* ------------------------------------------------------------------ */

static void test_precedence(void) {
    expr_is("a + b * c", "(+ a (* b c))");
    expr_is("a * b + c", "(+ (* a b) c)");
    expr_is("a - b - c", "(- (- a b) c)");
    expr_is("a % b / c * d", "(* (/ (% a b) c) d)");
    expr_is("a << b + c", "(<< a (+ b c))");
    expr_is("a >>> 2 >> 1 << 3", "(<< (>> (>>> a 2) 1) 3)");
    expr_is("a < b == c > d", "(== (< a b) (> c d))");
    expr_is("a <= b != c >= d", "(!= (<= a b) (>= c d))");
    expr_is("a & b ^ c | d", "(| (^ (& a b) c) d)");
    expr_is("a | b ^ c & d", "(| a (^ b (& c d)))");
    expr_is("a || b && c | d", "(|| a (&& b (| c d)))");
    expr_is("a == b & c", "(& (== a b) c)");
    expr_is("a ? b : c ? d : e", "(? a b (? c d e))");
    expr_is("a ? b ? c : d : e", "(? a (? b c d) e)");
    expr_is("a ? b = c : d", "(? a (= b c) d)");
    expr_is("x = a || b ? c : d", "(= x (? (|| a b) c d))");
    expr_is("a = b = c", "(= a (= b c))");
    expr_is("a |= b &= c ^= d %= e /= f *= g -= h += i <<= j >>= k >>>= l",
            "(|= a (&= b (^= c (%= d (/= e (*= f (-= g (+= h (<<= i (>>= j (>>>= k l)))))))))))");
    expr_is("-a * -b", "(* (- a) (- b))");
    expr_is("!a && ~b == +c", "(&& (! a) (== (~ b) (+ c)))");
    expr_is("a++ + ++b", "(+ (post++ a) (pre++ b))");
    expr_is("a+++b", "(+ (post++ a) b)");
    expr_is("a - -1 - --b", "(- (- a (- 1)) (pre-- b))");
    expr_is("- -x", "(- (- x))");
    expr_is("-2147483648", "(- 2147483648)");
    expr_is("x instanceof String && y", "(&& (instanceof x String) y)");
    expr_is("a instanceof B == c", "(== (instanceof a B) c)");
    expr_is("a + b instanceof C", "(instanceof (+ a b) C)");
    expr_is("(a + b) * c", "(* (paren (+ a b)) c)");
    expr_is("\"s\" + 1 + 2L + 1.5f + 'c' + true + null",
            "(+ (+ (+ (+ (+ (+ \"s\" 1) 2L) 1.5f) 'c') true) null)");
}

static void test_primaries(void) {
    expr_is("a.b.c", "(. (. a b) c)");
    expr_is("f()", "(call f)");
    expr_is("f(1, g(2))", "(call f 1 (call g 2))");
    expr_is("a.b(1).c[2].d", "(. ([] (. (call (. a b) 1) c) 2) d)");
    expr_is("a[i][j]", "([] ([] a i) j)");
    expr_is("this", "this");
    expr_is("this.x", "(. this x)");
    expr_is("super.f(1)", "(call (. super f) 1)");
    expr_is("Outer.this.x", "(. Outer.this x)");
    expr_is("a.b.Outer.this", "a.b.Outer.this");
    expr_is("I.super.m()", "(call (. I.super m))");
    expr_is("new A()", "(new A)");
    expr_is("new a.b.C<T>(1, 2)", "(new a.b.C<T> 1 2)");
    expr_is("outer.new Inner(1)", "(new (outer outer) Inner 1)");
    expr_is("new Outer().new Inner<>()", "(new (outer (new Outer)) Inner<>)");
    expr_is("String.class", "(class-lit String)");
    expr_is("java.lang.String.class", "(class-lit java.lang.String)");
    expr_is("int.class", "(class-lit int)");
    expr_is("void.class", "(class-lit void)");
    expr_is("int[][].class", "(class-lit int[][])");
    expr_is("String[].class", "(class-lit String[])");
    expr_is("int.class.getName()", "(call (. (class-lit int) getName))");
    expr_is("Object[].class.isAssignableFrom(c)", "(call (. (class-lit Object[]) isAssignableFrom) c)");
    expr_is("a.length", "(. a length)");
    expr_is("x++ --", "(post-- (post++ x))");
    expr_is("0x1F + 0b1 + 017 + 1_000 + .5e3 + 0x1p3f", "(+ (+ (+ (+ (+ 0x1F 0b1) 017) 1_000) .5e3) 0x1p3f)");
}

static void test_casts(void) {
    expr_is("(int) -x", "(cast int (- x))");
    expr_is("(int) +x", "(cast int (+ x))");
    expr_is("(a) - x", "(- (paren a) x)");
    expr_is("(a) + b", "(+ (paren a) b)");
    expr_is("(Integer) -1", "(- (paren Integer) 1)"); /* as javac: a subtraction */
    expr_is("(A) x", "(cast A x)");
    expr_is("(A) !x", "(cast A (! x))");
    expr_is("(a.b.C) ~x", "(cast a.b.C (~ x))");
    expr_is("(A) (b)", "(cast A (paren b))");
    expr_is("(A) this", "(cast A this)");
    expr_is("(A) new B()", "(cast A (new B))");
    expr_is("(A) \"s\"", "(cast A \"s\")");
    expr_is("(A) 1", "(cast A 1)");
    expr_is("(List<String>) x", "(cast List<String> x)");
    expr_is("(List<String>) -x", "(cast List<String> (- x))"); /* generic: always a cast */
    expr_is("(String[]) o", "(cast String[] o)");
    expr_is("(int[][]) o", "(cast int[][] o)");
    expr_is("(T) (Object) x", "(cast T (cast Object x))");
    expr_is("(char) 'a' + 1", "(+ (cast char 'a') 1)");
    expr_is("(int) x.y[0]", "(cast int ([] (. x y) 0))");
    expr_is("(byte) ~b", "(cast byte (~ b))");
    expr_is("(long) (int) 1.5", "(cast long (cast int 1.5))");
    expr_is("(x)++", "(post++ (paren x))");
    expr_is("(a < b)", "(paren (< a b))");
    expr_is("(a) < b", "(< (paren a) b)");
    expr_is("(a[0])", "(paren ([] a 0))");
    expr_is("(int.class)", "(paren (class-lit int))");
    expr_is("(Map.Entry<K, V>) e", "(cast Map.Entry<K,V> e)");
    expr_is("((b & MASK) != 0)", "(paren (!= (paren (& b MASK)) 0))"); /* not an intersection */
    expr_is("(a & b) + (c & d)", "(+ (paren (& a b)) (paren (& c d)))");
}

static void test_generics(void) {
    expr_is("new ArrayList<>()", "(new ArrayList<>)");
    expr_is("new HashMap<String, List<Integer>>()", "(new HashMap<String,List<Integer>>)");
    expr_is("new A<B<C<D>>>()", "(new A<B<C<D>>>)");
    expr_is("Collections.<String>emptyList()", "(call (. Collections <String>emptyList))");
    expr_is("this.<K, V>m(1)", "(call (. this <K,V>m) 1)");
    expr_is("a < b > c", "(> (< a b) c)");
    expr_is("a >> b > c", "(> (>> a b) c)");
    expr_is("x instanceof List<?>", "(instanceof x List<?>)");
    expr_is("x instanceof Map<? extends K, ? super V>[]", "(instanceof x Map<? extends K,? super V>[])");
    stmts_are("Map<String, Map<String, List<Integer>>> m;", "(local Map<String,Map<String,List<Integer>>> m)");
    stmts_are("List<? extends Number> a; List<? super T> b; List<?> c;",
              "(local List<? extends Number> a) (local List<? super T> b) (local List<?> c)");
    stmts_are("Outer<String>.Inner<Integer> x;", "(local Outer<String>.Inner<Integer> x)");
    stmts_are("List<List<String>>[] a = null;", "(local List<List<String>>[] a null)");
    stmts_are("java.util.List<String> l;", "(local java.util.List<String> l)");
    stmts_are("A<B<C>>= x;", "(expr (>>= (< (< A B) C) x))"); /* not a declaration: no name */
    stmts_are("a<b<c>> d;", "(local a<b<c>> d)");
    members_are("<T extends Comparable<T>> T max(T a, T b) { return a; }",
                "(method (tparams (T (extends Comparable<T>))) T max (params (param T a) (param T b)) "
                "(block (return a)))");
    members_are("<K, V extends List<K> & Cloneable> void m() {}",
                "(method (tparams K (V (extends List<K> Cloneable))) void m (params) (block))");
    members_are("<T> T() { }", "(ctor (tparams T) T (params) (block))");
    unit_is("class A<T extends Number & Comparable<? super T>> extends B<T> implements C<T, D<T>> {}",
            "(unit (class A (tparams (T (extends Number Comparable<? super T>))) (extends B<T>) "
            "(implements C<T,D<T>>)))");
    unit_is("interface I<T> extends J<T>, K {}", "(unit (interface I (tparams T) (extends J<T> K)))");
}

static void test_arrays(void) {
    expr_is("new int[3]", "(new-array int 3)");
    expr_is("new int[3][]", "(new-array int 3 [])");
    expr_is("new int[a][b][][]", "(new-array int a b [] [])");
    expr_is("new String[n + 1]", "(new-array String (+ n 1))");
    expr_is("new int[]{1, 2}", "(new-array int [] (init 1 2))");
    expr_is("new int[] {}", "(new-array int [] (init))");
    expr_is("new String[][]{{\"a\"}, {}, null}", "(new-array String [] [] (init (init \"a\") (init) null))");
    expr_is("new int[]{1}[0]", "([] (new-array int [] (init 1)) 0)");
    expr_is("new java.util.List<String>[3]", "(new-array java.util.List<String> 3)");
    expr_is("new int[3][4]", "(new-array int 3 4)");
    stmts_are("int[] a = {1, 2,};", "(local int[] a (init 1 2))");
    stmts_are("int a[] = {}, b[][], c;", "(local int[] a (init)) (local int[][] b) (local int c)");
    stmts_are("int[] a[] = {{1}, {2, 3}};", "(local int[][] a (init (init 1) (init 2 3)))");
    stmts_are("a[i][j] = b[0];", "(expr (= ([] ([] a i) j) ([] b 0)))");
    stmts_are("String[] args = new String[0];", "(local String[] args (new-array String 0))");
    members_are("int[] f = {1}, g[] = new int[0][];", "(field int[] f (init 1)) (field int[][] g (new-array int 0 []))");
    members_are("int m()[] { return null; }", "(method int[] m (params) (block (return null)))");
    members_are("void m(int a[], String... b) {}", "(method void m (params (param int[] a) (varargs String[] b)) (block))");
    members_are("void m(int[]... a) {}", "(method void m (params (varargs int[][] a)) (block))");
}

/* ------------------------------------------------------------------ */
/* statements                                                          */
/* ------------------------------------------------------------------ */

static void test_statements(void) {
    stmts_are("if (a) b(); else if (c) d(); else { e(); }",
              "(if a (expr (call b)) (if c (expr (call d)) (block (expr (call e)))))");
    stmts_are("if (a) if (b) x(); else y();", "(if a (if b (expr (call x)) (expr (call y))))");
    stmts_are("while (i < n) i++;", "(while (< i n) (expr (post++ i)))");
    stmts_are("do { i--; } while (i > 0);", "(do (block (expr (post-- i))) (> i 0))");
    stmts_are("do x(); while (true);", "(do (expr (call x)) true)");
    stmts_are("for (int i = 0, j = n; i < j; i++, j--) f(i, j);",
              "(for (init (local int i 0) (local int j n)) (< i j) (update (expr (post++ i)) (expr (post-- j))) "
              "(expr (call f i j)))");
    stmts_are("for (;;) ;", "(for (init) (update) (empty))");
    stmts_are("for (i = 0, j = 1; ; ) {}", "(for (init (expr (= i 0)) (expr (= j 1))) (update) (block))");
    stmts_are("for (final var x = 1; x < 2;) break;", "(for (init (local (mods final) var x 1)) (< x 2) (update) (break))");
    stmts_are("for (String s : list) print(s);", "(foreach (local String s) list (expr (call print s)))");
    stmts_are("for (final int[] row : m) {}", "(foreach (local (mods final) int[] row) m (block))");
    stmts_are("for (var e : map.entrySet()) ;", "(foreach (local var e) (call (. map entrySet)) (empty))");
    stmts_are("for (Map.Entry<K, V> e : m) ;", "(foreach (local Map.Entry<K,V> e) m (empty))");
    stmts_are("switch (x) { case 1: a(); case 2, 3: b(); break; default: c(); case 4: }",
              "(switch x (case (1) (expr (call a))) (case (2 3) (expr (call b)) (break)) "
              "(default (expr (call c))) (case (4)))");
    stmts_are("switch (s) { case \"a\": case 'b': case -1: case A: case (1 + 2): case X.Y: { } }",
              "(switch s (case (\"a\")) (case ('b')) (case ((- 1))) (case (A)) (case ((paren (+ 1 2)))) "
              "(case ((. X Y)) (block)))");
    stmts_are("switch (x) { }", "(switch x)");
    stmts_are("switch (x) { default: int y = 1; y++; }", "(switch x (default (local int y 1) (expr (post++ y))))");
    stmts_are("outer: for (;;) { inner: while (true) { break outer; } continue; }",
              "(label outer (for (init) (update) (block (label inner (while true (block (break outer)))) (continue))))");
    stmts_are("a: b: ;", "(label a (label b (empty)))");
    stmts_are("continue x; break;", "(continue x) (break)");
    stmts_are("return; return x + 1;", "(return) (return (+ x 1))");
    stmts_are("throw new E(\"m\");", "(throw (new E \"m\"))");
    stmts_are("try { a(); } catch (A e) { b(); } catch (B | C | D e) { } finally { c(); }",
              "(try (block (expr (call a))) (catch (param A e) (block (expr (call b)))) "
              "(catch (param B|C|D e) (block)) (finally (block (expr (call c)))))");
    stmts_are("try { } finally { }", "(try (block) (finally (block)))");
    stmts_are("try { } catch (final java.io.IOException e) { }",
              "(try (block) (catch (param (mods final) java.io.IOException e) (block)))");
    stmts_are("{ { } ; }", "(block (block) (empty))");
    stmts_are("assert x; assert x > 0 : \"neg\";", "(assert x) (assert (> x 0) \"neg\")");
}

static void test_locals_and_expression_statements(void) {
    stmts_are("int x; int y = 1, z;", "(local int x) (local int y 1) (local int z)");
    stmts_are("var v = new ArrayList<String>();", "(local var v (new ArrayList<String>))");
    stmts_are("final int k = 1; final var w = k;", "(local (mods final) int k 1) (local (mods final) var w k)");
    stmts_are("@SuppressWarnings(\"x\") final List<T> l = null;",
              "(local (mods (@ SuppressWarnings \"x\") final) List<T> l null)");
    stmts_are("int var = 1; var = 2;", "(local int var 1) (expr (= var 2))"); /* var is a name here */
    stmts_are("a.b c; a.b(c); a.b.c = d;", "(local a.b c) (expr (call (. a b) c)) (expr (= (. (. a b) c) d))");
    stmts_are("a<b> c; a[0] = 1; a[] b;", "(local a<b> c) (expr (= ([] a 0) 1)) (local a[] b)");
    stmts_are("x = 1; x += 2; x++; --x; f(); new A(); a.new B(); this.f();",
              "(expr (= x 1)) (expr (+= x 2)) (expr (post++ x)) (expr (pre-- x)) (expr (call f)) "
              "(expr (new A)) (expr (new (outer a) B)) (expr (call (. this f)))");
    stmts_are("this(1, 2);", "(expr (this-call 1 2))");
    stmts_are("super();", "(expr (super-call))");
    stmts_are("outer.super(x);", "(expr (super-call (outer outer) x))");
    stmts_are("int.class.getName();", "(expr (call (. (class-lit int) getName)))");
    stmts_are("String s = \"a\" + 'b';", "(local String s (+ \"a\" 'b'))");
    stmts_are("yield = 1; yield.x();", "(expr (= yield 1)) (expr (call (. yield x)))");
    stmts_are("record = 1;", "(expr (= record 1))");
}

/* ------------------------------------------------------------------ */
/* declarations                                                        */
/* ------------------------------------------------------------------ */

static void test_declarations(void) {
    unit_is("", "(unit)");
    unit_is("// nothing\n/* at all */", "(unit)");
    unit_is("package a.b.c;", "(unit (package a.b.c))");
    unit_is("package p; import a.B; import a.b.*; import static a.B.m; import static a.B.*; class A {}",
            "(unit (package p) (import a.B) (import a.b.*) (import-static a.B.m) (import-static a.B.*) (class A))");
    unit_is("class A {} ; class B {} interface C {}", "(unit (class A) (class B) (interface C))");
    unit_is("public abstract class A extends B implements C, D { abstract void m(); }",
            "(unit (class A (mods public abstract) (extends B) (implements C D) (method (mods abstract) void m (params))))");
    members_are("static final int X = 1, Y = X + 1; private String s;",
                "(field (mods static final) int X 1) (field (mods static final) int Y (+ X 1)) (field (mods private) String s)");
    members_are("T() { this(1); } T(int x) { super(x); }",
                "(ctor T (params) (block (expr (this-call 1)))) (ctor T (params (param int x)) (block (expr (super-call x))))");
    members_are("static { init(); } { x = 1; } ;",
                "(static-init (block (expr (call init)))) (init (block (expr (= x 1))))");
    members_are("static class N {} class I {} interface J { class K {} } private static interface L {}",
                "(class N (mods static)) (class I inner) (interface J (class K)) (interface L (mods private static))");
    members_are("@Override public String toString() { return \"\"; }",
                "(method (mods (@ Override) public) String toString (params) (block (return \"\")))");
    members_are("@A(x = 1, y = {1, 2}) @a.b.C @D(@E) @F({}) int f;",
                "(field (mods (@ A (= x 1) (= y (init 1 2))) (@ a.b.C) (@ D (@ E)) (@ F (init))) int f)");
    members_are("public static synchronized native strictfp transient volatile final protected private int x;",
                "(field (mods public protected private static final native synchronized transient volatile strictfp) int x)");
    members_are("void m() throws A, b.C {}", "(method void m (params) (throws A b.C) (block))");
    members_are("abstract <T> void m(final T t, int... rest);",
                "(method (mods abstract) (tparams T) void m (params (param (mods final) T t) (varargs int[] rest)))");
    unit_is("interface I { int K = 1; void m(); default int d() { return K; } static I s() { return null; } "
            "private void p() {} }",
            "(unit (interface I (field int K 1) (method void m (params)) (method (mods default) int d (params) "
            "(block (return K))) (method (mods static) I s (params) (block (return null))) (method (mods private) "
            "void p (params) (block))))");
    unit_is("class A { class B { class C {} static class D {} } }",
            "(unit (class A (class B inner (class C inner) (class D (mods static)))))");
    unit_is("@Deprecated public final class A {}", "(unit (class A (mods (@ Deprecated) public final)))");
}

/* the AST, beyond what the dump shows */
static void test_ast_details(void) {
    cc_Node *u;
    cc_Compiler *c;
    const char *src = "class A {\n"
                      "  int a, b[];\n"
                      "  A() {}\n"
                      "  class I {}\n"
                      "  void m(String... s) {\n"
                      "    x = a + b.c(1);\n"
                      "    var v = \"h\\u00e9\";\n"
                      "  }\n"
                      "}\n";
    free(unit_dump(src, &u, &c));
    cc_Node *cls = u->unit.types.items[0];
    CU_ASSERT_EQUAL(cls->kind, CC_N_CLASS);
    CU_ASSERT_EQUAL(cls->pos.line, 1);
    CU_ASSERT_EQUAL(cls->pos.col, 1); /* the class keyword */
    CU_ASSERT_EQUAL(cls->cls.name_pos.col, 7);
    CU_ASSERT_STRING_EQUAL(cls->cls.name, "A");
    CU_ASSERT_PTR_EQUAL(cls->cls.name, cc_intern_str(c, "A"));
    CU_ASSERT_EQUAL_FATAL(cls->cls.members.n, 5);
    cc_Node *fa = cls->cls.members.items[0], *fb = cls->cls.members.items[1];
    CU_ASSERT(fa->kind == CC_N_FIELD && fb->kind == CC_N_FIELD);
    CU_ASSERT_EQUAL(fa->pos.col, 7);
    CU_ASSERT_EQUAL(fb->pos.col, 10);
    CU_ASSERT_EQUAL(fb->var.vtype->kind, CC_N_ARRAY_TYPE);
    CU_ASSERT_PTR_NOT_EQUAL(fb->var.vtype->array.elem, fa->var.vtype); /* each declarator its own type */
    CU_ASSERT_EQUAL(fb->var.vtype->array.elem->prim.prim, CC_PRIM_INT);
    cc_Node *ctor = cls->cls.members.items[2];
    CU_ASSERT(ctor->method.is_ctor && ctor->method.result == NULL);
    CU_ASSERT_PTR_NOT_NULL(ctor->method.body);
    CU_ASSERT_EQUAL(ctor->method.body->block.end.col, 8);
    cc_Node *inner = cls->cls.members.items[3];
    CU_ASSERT(inner->cls.is_inner);
    CU_ASSERT_PTR_EQUAL(inner->cls.outer, cls);
    cc_Node *m = cls->cls.members.items[4];
    CU_ASSERT_EQUAL(m->pos.line, 5);
    CU_ASSERT_EQUAL(m->pos.col, 8);
    CU_ASSERT(m->method.params.items[0]->var.varargs);
    cc_Node *st = m->method.body->block.stmts.items[0];
    cc_Node *as = st->expr_stmt.expr;
    CU_ASSERT_EQUAL(as->kind, CC_N_ASSIGN);
    CU_ASSERT_EQUAL(as->pos.col, 7); /* the '=' */
    cc_Node *plus = as->binary.right;
    CU_ASSERT_EQUAL(plus->pos.col, 11); /* the '+' */
    CU_ASSERT_EQUAL(cc_node_start(plus).col, 9);
    CU_ASSERT_EQUAL(cc_node_start(as).col, 5);
    cc_Node *call = plus->binary.right;
    CU_ASSERT_EQUAL(call->kind, CC_N_CALL);
    CU_ASSERT_EQUAL(call->pos.col, 14); /* the '.' */
    CU_ASSERT_EQUAL(call->call.name_pos.col, 15);
    CU_ASSERT_EQUAL(cc_node_start(call).col, 13);
    cc_Node *v = m->method.body->block.stmts.items[1];
    CU_ASSERT(v->kind == CC_N_LOCAL && v->var.is_var && v->var.vtype == NULL);
    cc_Node *lit = v->var.init;
    CU_ASSERT_EQUAL(lit->lit.lit, CC_LIT_STRING);
    CU_ASSERT_STRING_EQUAL(lit->lit.text, "\"h\\u00e9\"");
    CU_ASSERT_EQUAL(lit->lit.nchars, 2);
    CU_ASSERT(lit->lit.chars[0] == 'h' && lit->lit.chars[1] == 0xE9);
    CU_ASSERT(u->ty == NULL && u->sym == NULL);
    cc_free(c);

    /* names and helpers */
    CU_ASSERT_STRING_EQUAL(cc_node_kind_name(CC_N_NEW_ARRAY), "NEW_ARRAY");
    CU_ASSERT_STRING_EQUAL(cc_op_spelling(CC_OP_USHR), ">>>");
    CU_ASSERT_STRING_EQUAL(cc_prim_name(CC_PRIM_BOOLEAN), "boolean");
    CU_ASSERT_STRING_EQUAL(cc_token_spelling(CC_T_GTGTGTEQ), ">>>=");

    /* modifiers' position; the split '>>' keeps positions right */
    free(unit_dump("class B {\n  public static List<List<X>> f;\n}", &u, &c));
    cc_Node *f = u->unit.types.items[0]->cls.members.items[0];
    CU_ASSERT_EQUAL(f->var.mods.pos.col, 3);
    CU_ASSERT_EQUAL(cc_node_start(f).col, 3);
    CU_ASSERT_EQUAL(f->pos.col, 31);
    cc_free(c);
}

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

#define M(body) "class A { void m() { " body " } }\n"

static void test_syntax_errors(void) {
    /* javac's words and (mostly) javac's positions */
    errors_are(M("int x = 1 2;"), "1:31: ';' expected\n");
    errors_are("class A { void m() { int x = 1\n int y = 2; } }\n", "1:31: ';' expected\n");
    errors_are(M("a + b; x; (a = 1);"), "1:24: not a statement\n1:29: not a statement\n1:32: not a statement\n");
    errors_are(M("1; \"s\"; a[0]; a.b; new int[1]; -x; x == y;"),
               "1:22: not a statement\n1:25: not a statement\n1:31: not a statement\n1:37: not a statement\n"
               "1:41: not a statement\n1:53: not a statement\n1:59: not a statement\n");
    errors_are(M("else x();"), "1:22: 'else' without 'if'\n");
    errors_are(M("case 1: x();"), "1:22: orphaned case\n");
    errors_are(M("default: x();"), "1:22: orphaned default\n");
    errors_are(M("catch (E e) {} finally {}"), "1:22: 'catch' without 'try'\n1:37: 'finally' without 'try'\n");
    errors_are(M("try { }"), "1:22: 'try' without 'catch', 'finally' or resource declarations\n");
    errors_are("int x;\nclass A {}\n", "1:1: class, interface, enum, or record expected\n");
    errors_are(M("x = ;"), "1:26: illegal start of expression\n");
    errors_are(M("foo(1, );"), "1:29: illegal start of expression\n");
    errors_are(M("x = 1 +;"), "1:29: illegal start of expression\n");
    errors_are(M("x = (int) ;"), "1:32: illegal start of expression\n");
    errors_are(M("goto x;"), "1:22: illegal start of expression\n");
    errors_are("class A { void m() { if (x) } }\n", "1:29: illegal start of statement\n");
    errors_are("class A { int x }\n", "1:16: ';' expected\n");
    errors_are("class A { void m() { for (int i = 0; i < 3; i++ ) {} }\n",
               "1:55: reached end of file while parsing\n");
    errors_are("class A {\n", "1:10: reached end of file while parsing\n");
    errors_are("class A { public public void m() {} }\n", "1:18: repeated modifier\n");
    errors_are(M("var a = 1, b = 2; var c[] = {1};"),
               "1:22: 'var' is not allowed in a compound declaration\n"
               "1:40: 'var' is not allowed as an element type of an array\n");
    errors_are("class A { var x = 1; var m() { return 1; } }\n",
               "1:11: 'var' is not allowed here\n1:22: 'var' is not allowed here\n");
    errors_are("class A { void m() { break } }\n", "1:27: ';' expected\n");
    errors_are("class A extends { }\n", "1:17: illegal start of type\n");
    errors_are("class A implements { }\n", "1:20: illegal start of type\n");
    errors_are("package a.b\nclass A {}\n", "1:12: ';' expected\n");
    errors_are("import java.util.*\nclass A {}\n", "1:19: ';' expected\n");
    errors_are("class A { int ; void m(int) {} }\n", "1:14: <identifier> expected\n1:27: <identifier> expected\n");
    errors_are("class A { x = 1; }\n", "1:12: <identifier> expected\n");
    errors_are("class { }\n", "1:6: <identifier> expected\n");
    errors_are(M("int x = (a + b;"), "1:36: ')' expected\n");
    errors_are(M("a[1 = 2;"), "1:29: ']' expected\n");
    errors_are(M("List<String> x = new ArrayList<>(;"), "1:55: illegal start of expression\n");
    errors_are(M("switch (x) { foo(); case 1: }"), "1:35: case, default, or '}' expected\n");
    errors_are("class A { void m() { do x(); while (y) } }\n", "1:39: ';' expected\n");
    errors_are(M("try {} catch () {}"), "1:36: illegal start of type\n");
    errors_are(M("try { } catch (Exception) {}"), "1:46: <identifier> expected\n");
    errors_are(M("this.<>foo();"), "1:28: illegal start of type\n");
    errors_are(M("x = y instanceof ;"), "1:39: illegal start of type\n");
    errors_are(M("f(a b);"), "1:25: ')' expected\n");
    errors_are(M("int x = a ? b;"), "1:35: : expected\n");
    errors_are(M("import x;"), "1:22: illegal start of expression\n");
    errors_are("class A { abstract; }\n", "1:19: illegal start of type\n");
    errors_are(M("if (x) int y = 1;"), "1:33: variable declaration not allowed here\n");
    errors_are("class A { foo() {} }\n", "1:11: invalid method declaration; return type required\n");
    errors_are(M("x = super; y = int.foo;"), "1:31: '.' expected\n1:41: class expected\n");
    errors_are(M("x = int; y = int[].foo;"), "1:29: '.class' expected\n1:41: class expected\n");
    errors_are(M("new int(); x = new ;"), "1:29: '[' expected\n1:40: <identifier> expected\n");
    errors_are(M("this.x(;"), "1:29: illegal start of expression\n");
    errors_are(M("a.;"), "1:24: <identifier> expected\n");
    errors_are(M("int[] a = {1, 2;"), "1:37: '}' expected\n");
    errors_are(M("int[] a = new int[3]{1}; int[] b = new int[];"),
               "1:42: array creation with both dimension expression and initialization is illegal\n"
               "1:66: array dimension missing\n");
    errors_are(M("switch (x) { case 1 x(); }"), "1:41: : or -> expected\n");
    errors_are("class A { void m() throws { } void n() x }\n", "1:26: <identifier> expected\n1:39: ';' expected\n");
    errors_are(M("for (int i = 0; i < 3) {}"), "1:43: ';' expected\n");
    errors_are(M("static int x = 1;"), "1:22: illegal start of expression\n");
    errors_are("class A { void m(int... a[]) {} }\n",
               "1:26: legacy array notation not allowed on variable-arity parameter\n");
    errors_are("class A { void m(String... a, int b) {} }\n", "1:28: varargs parameter must be the last parameter\n");
    errors_are(M("while x {}"), "1:27: '(' expected\n1:29: ')' expected\n");
    errors_are(M("new ArrayList<>[3];"), "1:35: cannot create array with '<>'\n");
    errors_are(M("List<String>> x;"), "1:26: not a statement\n");
    errors_are(M("x = (a, b);"), "1:28: ')' expected\n");
    errors_are("class A {\n  void m() {\n    x();\n\n  void n() {\n    y();\n  }\n  int f;\n}\n",
               "5:3: illegal start of expression\n9:2: reached end of file while parsing\n"); /* a missing } */
}

static void test_rejected_features(void) {
    errors_are(M("Runnable r = () -> {}; f(x -> x + 1); g((a, b) -> a); h((int a) -> { return; });"),
               "1:38: lambda expressions are not supported yet\n1:49: lambda expressions are not supported yet\n"
               "1:69: lambda expressions are not supported yet\n1:86: lambda expressions are not supported yet\n");
    errors_are(M("f(String::length); g(this::foo); h(int[]::clone); i(ArrayList<String>::new); j(super::x);"),
               "1:30: method references are not supported yet\n1:47: method references are not supported yet\n"
               "1:62: method references are not supported yet\n1:91: method references are not supported yet\n"
               "1:106: method references are not supported yet\n");
    errors_are(M("Object o = new Object() { public String toString() { return \"\"; } }; x();"),
               "1:33: anonymous classes are not supported yet\n");
    errors_are("enum E { A, B; void m() {} }\nclass B {}\n", "1:1: enums are not supported yet\n");
    errors_are("class A { enum E { X } int y; }\n", "1:11: enums are not supported yet\n");
    errors_are("record R(int x) { }\nclass B {}\n", "1:1: records are not supported yet\n");
    errors_are("class A { record R(int x) {} int y; void m() { record L(int a) {} } }\n",
               "1:11: records are not supported yet\n1:48: records are not supported yet\n");
    errors_are("class A { int m(int x) { return switch (x) { case 1 -> 2; default -> 3; }; } }\n",
               "1:33: switch expressions are not supported yet\n");
    errors_are("class A { void m(int x) { switch (x) { case 1 -> f(); case 2 -> { g(); } default -> throw new E(); } } }\n",
               "1:47: switch rules are not supported yet\n1:62: switch rules are not supported yet\n"
               "1:82: switch rules are not supported yet\n");
    errors_are("class A { void m(Object o) { if (o instanceof String s) {} } }\n",
               "1:54: pattern matching in instanceof is not supported yet\n");
    errors_are(M("class L {} interface I {} enum E {A}"),
               "1:22: local classes are not supported yet\n1:33: local interfaces are not supported yet\n"
               "1:48: enums are not supported yet\n");
    errors_are("class A { String s = \"\"\"\n  hi\n  \"\"\"; int x; }\n", "1:22: text blocks are not supported yet\n");
    errors_are(M("try (R r = new R()) { }"), "1:22: try-with-resources is not supported yet\n");
    errors_are(M("yield 1;"), "1:22: yield outside of switch expression\n");
    errors_are(M("synchronized (this) { x(); }"), "1:22: synchronized statements are not supported yet\n");
    errors_are("sealed class A permits B {}\nnon-sealed class B extends A {}\n",
               "1:1: sealed classes are not supported yet\n1:16: sealed classes are not supported yet\n"
               "2:1: sealed classes are not supported yet\n");
    errors_are("@interface X { int v(); }\nclass B {}\n", "1:1: annotation interfaces are not supported yet\n");
    errors_are(M("Object o = (Runnable & java.io.Serializable) x;"),
               "1:43: intersection types in casts are not supported yet\n");
}

static void test_recovery(void) {
    /* what follows an error is parsed */
    recovers_to("class A {\n  void m() {\n    int x = 1\n    int y = 2;\n    f(;\n    g();\n  }\n"
                "  int z = ;\n  void n() { h(); }\n}\nclass B {}\n",
                "3:14: ';' expected\n5:7: illegal start of expression\n8:11: illegal start of expression\n",
                "(unit (class A (method void m (params) (block (local int x 1) (local int y 2) (expr (call f (error))) "
                "(expr (call g)))) (field int z (error)) (method void n (params) (block (expr (call h))))) (class B))");
    recovers_to("class A {\n  void m( { int a; }\n  void n() {}\n}\n", "2:11: illegal start of type\n",
                "(unit (class A (method void m (params (param (error) <error>)) (block (local int a))) "
                "(method void n (params) (block))))");
    recovers_to("class A { void m() { x = (1 + ; y(); } }\nclass B {}\n",
                "1:31: illegal start of expression\n",
                "(unit (class A (method void m (params) (block (expr (= x (paren (+ 1 (error))))) (expr (call y))))) (class B))");
    recovers_to("class A { int x = 1 } class B { }\n", "1:20: ';' expected\n",
                "(unit (class A (field int x 1)) (class B))");
    recovers_to("garbage here; class A {} more garbage\nclass B {}\n",
                "1:1: class, interface, enum, or record expected\n1:26: class, interface, enum, or record expected\n",
                "(unit (class A) (class B))");
    recovers_to(M("Runnable r = () -> { int x = ; }; y();"),
                "1:38: lambda expressions are not supported yet\n1:51: illegal start of expression\n",
                "(unit (class A (method void m (params) (block (local Runnable r (error)) (expr (call y))))))");
    recovers_to("class A { void m() { switch (x) { case 1 -> a(); case 2: b(); } } }\n",
                "1:42: switch rules are not supported yet\n",
                "(unit (class A (method void m (params) (block (switch x (case (2) (expr (call b))))))))");
    /* one error per token, none before the last one */
    errors_are(M("int x = = = = ;"), /* as javac */
               "1:30: illegal start of expression\n1:32: illegal start of expression\n"
               "1:34: illegal start of expression\n1:36: illegal start of expression\n");
    errors_are(M("f(a b c d e);"), "1:25: ')' expected\n");
}

static void test_error_cap_and_depth(void) {
    /* 300 errors: the parser stops at the cap */
    char *src = malloc(300 * 8 + 64);
    strcpy(src, "class A { void m() {\n");
    for (int i = 0; i < 300; i++) strcat(src, "x = ;\n");
    strcat(src, "} }\n");
    cc_Compiler *c = cc_new();
    int f = cc_add_source(c, "T.java", src, strlen(src));
    cc_parse(c, f);
    CU_ASSERT_EQUAL(c->ndiags, 100);
    CU_ASSERT_EQUAL(cc_error_count(c), 100);
    CU_ASSERT_EQUAL(c->diags[99].pos.line, 101);
    cc_free(c);
    free(src);

    /* nesting far beyond the limit: an error, not a stack overflow */
    static const char *const opens[] = {"(", "{", "-", "new A(", "a[", "x ? y : ", "(int)", "List<", "@A(", "l: "};
    static const char *const pre[] = {"class A { int x = ", "class A { void m() ", "class A { int x = ",
                                      "class A { Object x = ", "class A { int x = ", "class A { int x = ",
                                      "class A { int x = ", "class A { ", "class A { ", "class A { void m() { "};
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
        size_t n = 20000, ol = strlen(opens[k]);
        char *s = malloc(strlen(pre[k]) + n * ol + 16);
        strcpy(s, pre[k]);
        char *q = s + strlen(s);
        for (size_t i = 0; i < n; i++, q += ol) memcpy(q, opens[k], ol);
        strcpy(q, "1;");
        c = cc_new();
        f = cc_add_source(c, "D.java", s, strlen(s));
        cc_Node *u = cc_parse(c, f);
        int found = 0;
        for (int i = 0; i < c->ndiags; i++) found |= strstr(c->diags[i].msg, "too deeply nested") != NULL;
        if (!found) fprintf(stderr, "\nno depth error for %s\n", opens[k]);
        CU_ASSERT(found);
        char *d = dump_str(u); /* the tree is bounded too: printing it recurses */
        free(d);
        cc_free(c);
        free(s);
    }

    /* long chains are fine up to the limit, and bounded beyond it */
    char *chain = malloc(200000);
    strcpy(chain, "class A { int x = a");
    for (int i = 0; i < 900; i++) strcat(chain, " + a");
    strcat(chain, "; }");
    free(unit_dump(chain, NULL, NULL));
    strcpy(chain, "class A { int x = a");
    for (int i = 0; i < 30000; i++) strcat(chain + 19 + i * 2, ".b");
    strcat(chain, "; }");
    c = cc_new();
    f = cc_add_source(c, "L.java", chain, strlen(chain));
    cc_Node *u = cc_parse(c, f);
    CU_ASSERT_EQUAL(cc_error_count(c), 1);
    free(dump_str(u));
    cc_free(c);
    free(chain);
}

/* ------------------------------------------------------------------ */
/* robustness                                                          */
/* ------------------------------------------------------------------ */

static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint64_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* parses b[0..n-1] and checks what can be checked of any result: diagnostics inside the
 * file, at most the cap, the dump prints. Returns 1 if all held. */
static int parse_any(const char *b, size_t n) {
    cc_Compiler *c = cc_new();
    int f = cc_add_source(c, "R.java", b, n);
    cc_Node *u = cc_parse(c, f);
    int ok = u && u->kind == CC_N_UNIT && c->ndiags <= 100;
    for (int i = 0; i < c->ndiags; i++) {
        cc_Pos p = c->diags[i].pos;
        if (p.file != 0 || p.line < 1 || p.line > c->files[0].nlines || p.col < 1 || p.off > n) ok = 0;
    }
    FILE *nul = fopen("/dev/null", "w");
    cc_ast_dump(u, nul);
    cc_print_diags(c, nul);
    fclose(nul);
    cc_free(c);
    return ok;
}

static void prefixes_and_mutations(const char *src, size_t len) {
    /* the whole file is valid */
    cc_Compiler *c = cc_new();
    int f = cc_add_source(c, "S.java", src, len);
    cc_parse(c, f);
    CU_ASSERT(report_errors("(sample)", c));
    cc_free(c);
    int ok = 1;
    for (size_t k = 0; k < len; k++) ok &= parse_any(src, k);
    CU_ASSERT(ok);
    char *m = malloc(len + 1);
    static const char pick[] = "(){}[];,.<>=+-*/\"'\\@?:&|!~ \nabc019xX_";
    for (int it = 0; it < 400; it++) {
        memcpy(m, src, len);
        int edits = 1 + (int)(rnd() % 4);
        for (int e = 0; e < edits; e++) {
            size_t at = rnd() % len;
            m[at] = rnd() % 4 ? pick[rnd() % (sizeof pick - 1)] : (char)rnd();
        }
        ok &= parse_any(m, len);
        /* and with a piece cut out */
        size_t a = rnd() % len, b = a + rnd() % (len - a);
        memmove(m + a, m + b, len - b);
        ok &= parse_any(m, len - (b - a));
    }
    CU_ASSERT(ok);
    free(m);
}

static void test_prefixes(void) {
    prefixes_and_mutations(SHAPES_JAVA, strlen(SHAPES_JAVA));
    prefixes_and_mutations(LISTS_JAVA, strlen(LISTS_JAVA));
    size_t n;
    uint8_t *loops = t_read_file("bench/interp/Loops.java", &n);
    if (loops) {
        prefixes_and_mutations((const char *)loops, n);
        free(loops);
    }
}

static void test_random_input(void) {
    int ok = 1;
    char buf[512];
    for (int it = 0; it < 300; it++) {
        size_t n = rnd() % sizeof buf;
        for (size_t i = 0; i < n; i++) buf[i] = (char)rnd();
        ok &= parse_any(buf, n);
    }
    /* token soup: random Java tokens, which get much further into the parser */
    static const char *const words[] = {
        "class", "interface", "A", "x", "int", "void", "(", ")", "{", "}", "[", "]", ";", ",", ".",
        "<", ">", ">>", "=", "+", "-", "*", "?", ":", "->", "::", "@", "...", "new", "this", "super",
        "if", "else", "for", "while", "do", "switch", "case", "default", "try", "catch", "finally",
        "return", "break", "continue", "throw", "static", "final", "public", "extends", "implements",
        "instanceof", "var", "yield", "record", "enum", "1", "\"s\"", "'c'", "true", "null", "&", "|",
        "&&", "!", "~", "++", "--", "+=", "<<", "String", "List", "T", "?", "assert", "synchronized"};
    size_t nw = sizeof words / sizeof *words;
    for (int it = 0; it < 1500; it++) {
        size_t len = 0, count = rnd() % 60;
        if (it % 3 == 0) len += (size_t)snprintf(buf, sizeof buf, "class A { void m() { ");
        for (size_t i = 0; i < count && len + 16 < sizeof buf; i++)
            len += (size_t)snprintf(buf + len, sizeof buf - len, "%s ", words[rnd() % nw]);
        ok &= parse_any(buf, len);
    }
    CU_ASSERT(ok);
}

void add_parser_tests(void) {
    CU_pSuite s = CU_add_suite("oakc parser", NULL, NULL);
    CU_add_test(s, "operator precedence and associativity", test_precedence);
    CU_add_test(s, "primaries and selectors", test_primaries);
    CU_add_test(s, "casts vs parenthesized expressions", test_casts);
    CU_add_test(s, "generics", test_generics);
    CU_add_test(s, "arrays", test_arrays);
    CU_add_test(s, "statements", test_statements);
    CU_add_test(s, "local declarations vs expression statements", test_locals_and_expression_statements);
    CU_add_test(s, "declarations", test_declarations);
    CU_add_test(s, "AST details: positions, copies, flags, values", test_ast_details);
    CU_add_test(s, "syntax errors (javac's words and positions)", test_syntax_errors);
    CU_add_test(s, "rejected features", test_rejected_features);
    CU_add_test(s, "recovery", test_recovery);
    CU_add_test(s, "error cap and nesting limits", test_error_cap_and_depth);
    CU_add_test(s, "every prefix and mutations of sample files", test_prefixes);
    CU_add_test(s, "random bytes and token soup", test_random_input);
}
