// Overload resolution phases: strict invocation (widening only) beats boxing, boxing beats
// varargs; int->long widening is preferred over int->Integer boxing; unboxing then
// widening; null picks the most specific reference type.
// expect: a(long)
// expect: a(Integer)
// expect: b(Object)
// expect: c(Integer)
// expect: d(int) d(Object) d(Object)
// expect: e(long) e(Object)
// expect: f(double) f(Integer)
// expect: g(Integer) g(Integer) g(Object) g(Integer)
// expect: h(int,int) h(int...) len 1 h(int...) len 0 h(int...) len 3
// expect: s(String) s(String) s(Object)
// expect: cs(CharSequence) cs(CharSequence) cs(Object)
// expect: d(int) a(long)
public class OverloadBoxing {
    static String a(long x) { return "a(long)"; }
    static String a(Integer x) { return "a(Integer)"; }
    static String b(Object x) { return "b(Object)"; }
    static String b(int... x) { return "b(int...)"; }
    static String c(Integer x) { return "c(Integer)"; }
    static String c(int... x) { return "c(int...)"; }
    static String d(int x) { return "d(int)"; }
    static String d(Object x) { return "d(Object)"; }
    static String e(long x) { return "e(long)"; }
    static String e(Object x) { return "e(Object)"; }
    static String f(double x) { return "f(double)"; }
    static String f(Integer x) { return "f(Integer)"; }
    static String g(Object x) { return "g(Object)"; }
    static String g(Number x) { return "g(Number)"; }
    static String g(Integer x) { return "g(Integer)"; }
    static String h(int x, int y) { return "h(int,int)"; }
    static String h(int... xs) { return "h(int...) len " + xs.length; }
    static String s(String x) { return "s(String)"; }
    static String s(Object x) { return "s(Object)"; }
    static String cs(CharSequence x) { return "cs(CharSequence)"; }
    static String cs(Object x) { return "cs(Object)"; }
    public static void main(String[] args) {
        int i = 3;
        Integer boxed = 4;
        System.out.println(a(i));
        System.out.println(a(boxed));
        System.out.println(b(i));
        System.out.println(c(i));
        System.out.println(d(i) + " " + d(boxed) + " " + d("x"));
        System.out.println(e(i) + " " + e(boxed));
        System.out.println(f(i) + " " + f(boxed));
        System.out.println(g(i) + " " + g(boxed) + " " + g(2.5 > 1 ? "s" : null) + " " + g(null));
        System.out.println(h(1, 2) + " " + h(1) + " " + h() + " " + h(1, 2, 3));
        System.out.println(s(null) + " " + s("x") + " " + s(boxed));
        System.out.println(cs("str") + " " + cs(new StringBuilder()) + " " + cs(boxed));
        char ch = 'z';
        System.out.println(d(ch) + " " + a(ch));
    }
}
