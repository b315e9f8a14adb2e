// Integer boxes: relational operators unbox, == compares identity (cache -128..127),
// mixed Integer/int comparisons unbox, boxes as Object keys, equals across cache range.
// expect: true true true true
// expect: true true false true
// expect: true true
// expect: 2000 true true
// expect: false true
// expect: false true
// expect: true true
// expect: false true
// expect: 128
// expect: -2147483648
public class IntegerIdentity {
    public static void main(String[] args) {
        Integer a = 1000, b = 1000;
        System.out.println((a <= b) + " " + (a >= b) + " " + (a != b) + " " + a.equals(b));
        Integer c = 100, d = 100;
        System.out.println((c <= d) + " " + (c >= d) + " " + (c != d) + " " + (c == d));
        int prim = 1000;
        System.out.println((a == prim) + " " + (prim == b));
        Integer sum = a + b;
        System.out.println(sum + " " + (sum == 2000) + " " + sum.equals(2000));
        Integer x = 127;
        x++;
        Integer y = 128;
        System.out.println((x == y) + " " + x.equals(y));
        Integer p = -128, q = -128;
        p--;
        q--;
        System.out.println((p == q) + " " + (p.intValue() == q.intValue()));
        Object o1 = 5, o2 = 5;
        System.out.println((o1 == o2) + " " + o1.equals(o2));
        Object o3 = 500, o4 = 500;
        System.out.println((o3 == o4) + " " + o3.equals(o4));
        int count = 0;
        for (Integer i = 0; i < 300; i++) {
            Integer j = i;
            if (j == Integer.valueOf(i.intValue())) count++;
        }
        System.out.println(count);
        Integer big = Integer.MAX_VALUE;
        big++;
        System.out.println(big);
    }
}
