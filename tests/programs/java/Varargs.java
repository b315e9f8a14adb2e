// Varargs: zero, one and many arguments, an array passed directly, null, preceding fixed
// parameters, Object... with boxing, varargs of arrays, length and iteration.
// expect: 0
// expect: 5
// expect: 10
// expect: 30
// expect: a, b, c|
// expect: |
// expect: [x|]
// expect: 0 args
// expect: 3 args
// expect: null array
// expect: 1 args
// expect: 2 args
// expect: 1 args
// expect: java.lang.Integer java.lang.String null [I |
// expect: 3
// expect: c2
public class Varargs {
    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }
    static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) { if (i > 0) sb.append(sep); sb.append(parts[i]); }
        return sb.append("|").toString();
    }
    static String count(Object... os) { return os == null ? "null array" : os.length + " args"; }
    static String kinds(Object... os) {
        StringBuilder sb = new StringBuilder();
        for (Object o : os) sb.append(o == null ? "null" : o.getClass().getName()).append(' ');
        return sb.append("|").toString();
    }
    static int rows(int[]... matrix) { return matrix.length; }
    static <T> T last(T... items) { return items[items.length - 1]; }
    public static void main(String[] args) {
        System.out.println(sum());
        System.out.println(sum(5));
        System.out.println(sum(1, 2, 3, 4));
        System.out.println(sum(new int[]{10, 20}));
        System.out.println(join(", ", "a", "b", "c"));
        System.out.println(join("-"));
        System.out.println("[" + join("+", new String[]{"x"}) + "]");
        System.out.println(count());
        System.out.println(count(1, "two", 3));
        System.out.println(count((Object[]) null));
        System.out.println(count((Object) null));
        System.out.println(count(new String[]{"a", "b"}));
        System.out.println(count((Object) new String[]{"a", "b"}));
        System.out.println(kinds(1, "s", null, new int[0]));
        System.out.println(rows(new int[]{1}, new int[]{2}, new int[0]));
        System.out.println(last("a", "b", "c") + last(1, 2));
    }
}
