// Autoboxing and unboxing with Integer: caching of small values, == vs equals, arithmetic,
// boxes in arrays and Object variables, unboxing null.
// expect: true
// expect: false
// expect: true
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: false
// expect: 55
// expect: 120
// expect: true
// expect: 7
// expect: true
// expect: 42
// expect: 43
// expect: 42
// expect: 303
// expect: 1 2 300 |
// expect: 1 true
// expect: two false
// expect: 3 true
// expect: 40
// expect: 120.0
// expect: 40
// expect: true
// expect: false
// expect: NPE on unboxing null
// expect: NPE again
// expect: 40
// expect: 40.0
// expect: 40
// expect: true
public class Autoboxing {
    static int unbox(Integer i) { return i; }
    static Integer box(int i) { return i; }
    static Object asObject(Object o) { return o; }
    public static void main(String[] args) {
        Integer a = 127, b = 127;
        System.out.println(a == b);
        Integer c = 128, d = 128;
        System.out.println(c == d);
        System.out.println(c.equals(d));
        Integer e = -128, f = -128;
        System.out.println(e == f);
        Integer g = -129, h = -129;
        System.out.println(g == h);
        System.out.println(Integer.valueOf(5) == Integer.valueOf(5));
        System.out.println(Integer.valueOf(500) == Integer.valueOf(500));
        System.out.println(c == 128);
        System.out.println(new Integer(5) == new Integer(5));
        Integer sum = 0;
        for (int i = 1; i <= 10; i++) sum += i;
        System.out.println(sum);
        Integer x = 40;
        int y = x * 2 + x;
        System.out.println(y);
        System.out.println(x < 41);
        System.out.println(unbox(3) + unbox(box(4)));
        Object o = asObject(42);
        System.out.println(o instanceof Integer);
        System.out.println(o);
        Integer back = (Integer) o;
        System.out.println(back + 1);
        int prim = (Integer) o;
        System.out.println(prim);
        Integer[] arr = {1, 2, 300};
        int total = 0;
        for (int v : arr) total += v;
        System.out.println(total);
        for (Integer v : new int[]{4, 5}.length == 2 ? arr : arr) System.out.print(v + " ");
        System.out.println("|");
        Object[] objs = {1, "two", 3};
        for (Object ob : objs) System.out.println(ob + " " + (ob instanceof Integer));
        System.out.println(x.hashCode());
        System.out.println(x.intValue() + x.longValue() + x.doubleValue());
        Number n = x;
        System.out.println(n.intValue());
        System.out.println(x.equals(40));
        System.out.println(x.equals("40"));
        Integer nothing = null;
        try {
            int bad = nothing;
            System.out.println(bad);
        } catch (NullPointerException ex) {
            System.out.println("NPE on unboxing null");
        }
        try {
            System.out.println(nothing + 1);
        } catch (NullPointerException ex) {
            System.out.println("NPE again");
        }
        long widened = x;
        System.out.println(widened);
        double dd = x;
        System.out.println(dd);
        Integer ternary = x > 10 ? x : null;
        System.out.println(ternary);
        System.out.println(a == 127 && 127 == b);
    }
}
