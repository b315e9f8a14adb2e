// Comparisons and arithmetic mixing boxes and primitives of different types: an Integer
// against a long, a double, a char; the conditional operator's binary numeric promotion
// with boxes; boxes in compound conditions.
// expect: true true true true
// expect: 20.0
// expect: bigger
// expect: 97
// expect: 5.0
// expect: 5
// expect: 5
// expect: true
// expect: 12.5 2 2 20 -5 -6
// expect: true false true
public class MixedCompare {
    public static void main(String[] args) {
        Integer i = 5;
        long l = 5;
        double d = 5.0;
        char c = 5;
        System.out.println((i == l) + " " + (i == d) + " " + (i == c) + " " + (l == d));
        System.out.println(i + l + d + c);
        Integer big = 100000;
        System.out.println(big > 99999L ? "bigger" : "smaller");
        System.out.println(true ? 'a' : Integer.valueOf(0));
        System.out.println(false ? 1.5 : i);
        Object o = true ? i : "s";
        System.out.println(o);
        long widened = true ? i : 0L;
        System.out.println(widened);
        Integer x = 7, y = 7;
        boolean all = x >= y && x <= y && !(x < y) && x + 0 == y;
        System.out.println(all);
        System.out.println(i * 2.5 + " " + i / 2 + " " + i % 3 + " " + (i << 2) + " " + -i + " " + ~i);
        System.out.println(i.equals(5) + " " + i.equals((Object) "5") + " " + Integer.valueOf(5).equals(i));
    }
}
