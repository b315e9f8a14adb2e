// Comparisons: mixed types, NaN, signed zeros, chars, longs.
// expect: false
// expect: true
// expect: false
// expect: false
// expect: false
// expect: true
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
// expect: true
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
// expect: false
// expect: true
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: 166
// expect: true
// expect: true
// expect: 0
// expect: -1
// expect: -2
// expect: -31
public class Comparison {
    public static void main(String[] args) {
        double nan = 0.0 / 0.0;
        System.out.println(nan == nan);
        System.out.println(nan != nan);
        System.out.println(nan < 1);
        System.out.println(nan > 1);
        System.out.println(nan <= nan);
        System.out.println(!(nan >= 0));
        System.out.println(0.0 == -0.0);
        System.out.println(0.0 > -0.0);
        System.out.println(1.0 / 0.0 > 1e308);
        System.out.println('a' < 'b');
        System.out.println('a' == 97);
        System.out.println(97L == 'a');
        System.out.println(1 == 1.0);
        System.out.println(0.1f == 0.1);
        System.out.println(0.5f == 0.5);
        System.out.println(16777217 == 16777217f);
        System.out.println(9007199254740993L == 9007199254740993.0);
        System.out.println(-1 < 0xffffffff);
        System.out.println(-1L < 0xffffffffL);
        System.out.println(Integer.MIN_VALUE < Integer.MAX_VALUE);
        System.out.println(Integer.MIN_VALUE - 1 < 0);
        long big = 1L << 40;
        int small = 1 << 30;
        System.out.println(big > small);
        byte bb = -1;
        char cc = '\uffff';
        System.out.println(bb == cc);
        System.out.println((char) bb == cc);
        float fnan = 0f / 0f;
        System.out.println(fnan == fnan);
        System.out.println(fnan != 1f);
        int cmp = 0;
        for (int i = -3; i <= 3; i++) {
            if (i < 0) cmp -= i; else if (i > 0) cmp += i * 10; else cmp += 100;
        }
        System.out.println(cmp);
        String s1 = "apple", s2 = "banana";
        System.out.println(s1.compareTo(s2) < 0);
        System.out.println(s2.compareTo(s1) > 0);
        System.out.println(s1.compareTo("apple"));
        System.out.println("abc".compareTo("abd"));
        System.out.println("ab".compareTo("abcd"));
        System.out.println("B".compareTo("a"));
    }
}
