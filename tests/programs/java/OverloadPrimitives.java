// Overload resolution among primitive parameters: exact match, then the most specific
// widening (byte->short->int->long->float->double, char->int).
// expect: f(int) f(int) f(int) f(int) f(long) f(double) f(double)
// expect: g(long) g(long) g(long) g(long) g(float)
// expect: h(short) h(short) h(int) h(int)
// expect: k(double) k(double) k(Object)
// expect: m(int,long) m(long,int) m(long,long)
// expect: f(int) f(long) f(double)
// expect: f(int) f(int)
public class OverloadPrimitives {
    static String f(int x) { return "f(int)"; }
    static String f(long x) { return "f(long)"; }
    static String f(double x) { return "f(double)"; }
    static String g(long x) { return "g(long)"; }
    static String g(float x) { return "g(float)"; }
    static String h(short x) { return "h(short)"; }
    static String h(int x) { return "h(int)"; }
    static String k(double x) { return "k(double)"; }
    static String k(Object x) { return "k(Object)"; }
    static String m(int a, long b) { return "m(int,long)"; }
    static String m(long a, int b) { return "m(long,int)"; }
    static String m(long a, long b) { return "m(long,long)"; }
    public static void main(String[] args) {
        byte b = 1; short s = 2; char c = 'c'; int i = 4; long l = 5; float fl = 6; double d = 7;
        System.out.println(f(b) + " " + f(s) + " " + f(c) + " " + f(i) + " " + f(l) + " " + f(fl) + " " + f(d));
        System.out.println(g(b) + " " + g(c) + " " + g(i) + " " + g(l) + " " + g(fl));
        System.out.println(h(b) + " " + h(s) + " " + h(c) + " " + h(i));
        System.out.println(k(i) + " " + k(l) + " " + k("s"));
        System.out.println(m(1, 2L) + " " + m(1L, 2) + " " + m(1L, 2L));
        System.out.println(f('x' + 1) + " " + f(1L + 1) + " " + f(1 + 1f));
        System.out.println(f(Integer.MAX_VALUE + 1) + " " + f(1 << 40));
    }
}
