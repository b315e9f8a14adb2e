// Integer and long overflow wraps silently, including MIN / -1 and -MIN.
// expect: -2147483648
// expect: 2147483647
// expect: -2147483648
// expect: -2147483648
// expect: 0
// expect: -2
// expect: 1
// expect: -2147483648
// expect: 0
// expect: -2147479015
// expect: -9223372036854775808
// expect: -9223372036854775808
// expect: 0
// expect: -9223372036854775808
// expect: 9223372036854775805
// expect: 689956897
// expect: -7653426353892634447
// expect: -310044363
// expect: true
// expect: -2147483648
public class IntOverflow {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(-min);
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(max * 2);
        System.out.println(max * max);
        System.out.println(min * -1);
        System.out.println(65536 * 65536);
        System.out.println(46341 * 46341);
        long lmax = 9223372036854775807L;
        long lmin = -lmax - 1;
        System.out.println(lmax + 1);
        System.out.println(lmin / -1);
        System.out.println(lmin % -1L);
        System.out.println(-lmin);
        System.out.println(lmax * 3);
        int acc = 1;
        for (int i = 0; i < 40; i++) acc *= 3;
        System.out.println(acc);
        long lacc = 1;
        for (int i = 0; i < 50; i++) lacc *= 7;
        System.out.println(lacc);
        int h = 0;
        String s = "overflowing hash computation";
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        System.out.println(h);
        System.out.println(h == s.hashCode());
        System.out.println(min < 0 ? -min : min);
    }
}
