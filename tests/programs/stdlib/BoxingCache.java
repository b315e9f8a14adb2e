// Boxing through valueOf: the -128..127 caches of Integer, Long, Short, Byte and the
// 0..127 cache of Character (== is true inside, false outside), Boolean's two boxes,
// unboxing in arithmetic and comparisons, boxes in collections.
// expect: true false true true
// expect: true false
// expect: true false
// expect: true false
// expect: true true true true
// expect: 8 of 15 identical
// expect: 1905 true java.lang.Integer
// expect: Integer Long Double Character true false
// expect: unboxing null: NullPointerException
import java.util.ArrayList;
import java.util.List;

public class BoxingCache {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d));
        Integer e = Integer.valueOf(-128), f = Integer.valueOf(-128), g = Integer.valueOf(-129), h = Integer.valueOf(-129);
        System.out.println((e == f) + " " + (g == h));
        Long l1 = 100L, l2 = 100L, l3 = 1000L, l4 = 1000L;
        System.out.println((l1 == l2) + " " + (l3 == l4));
        Character c1 = 'A', c2 = 'A', c3 = '\u00e9', c4 = '\u00e9';
        System.out.println((c1 == c2) + " " + (c3 == c4));
        Short s1 = -5, s2 = -5;
        Byte b1 = 100, b2 = 100;
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println((s1 == s2) + " " + (b1 == b2) + " " + (t1 == t2) + " " + (Boolean.valueOf(false) == Boolean.FALSE));
        List<Integer> list = new ArrayList<>();
        for (int i = 120; i < 135; i++) list.add(i);
        int same = 0;
        for (int i = 0; i < list.size(); i++) if (list.get(i) == Integer.valueOf(120 + i)) same++;
        System.out.println(same + " of " + list.size() + " identical");
        Integer sum = 0;
        for (Integer x : list) sum += x;
        System.out.println(sum + " " + (sum > 1000) + " " + sum.getClass().getName());
        Object o = 42;
        Object p = 42L;
        Object q = 4.2;
        Object r = 'z';
        System.out.println(o.getClass().getSimpleName() + " " + p.getClass().getSimpleName() + " " + q.getClass().getSimpleName() + " " + r.getClass().getSimpleName() + " " + o.equals(42) + " " + p.equals(42));
        Integer n = null;
        try {
            int bad = n;
            System.out.println(bad);
        } catch (NullPointerException ex) {
            System.out.println("unboxing null: NullPointerException");
        }
    }
}
