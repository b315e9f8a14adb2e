// Calls where no overload is most specific.
public class Ambiguous {
    static void m(int a, long b) { }
    static void m(long a, int b) { }
    static void s(String x) { }
    static void s(Integer x) { }
    static void v(int... xs) { }
    static void v(long... xs) { }
    public static void main(String[] args) {
        m(1, 2); // expect error: reference to m is ambiguous
        s(null); // expect error: reference to s is ambiguous
        m(1L, 2);
        s("ok");
    }
}
