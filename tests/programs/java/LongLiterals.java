// Long literals: L/l suffixes, hex/octal/binary longs, the extremes, int vs long arithmetic.
// expect: 0
// expect: 123
// expect: 9223372036854775807
// expect: -9223372036854775808
// expect: 9223372036854775807
// expect: -9223372036854775808
// expect: -1
// expect: 4294967295
// expect: -1
// expect: 1099511627776
// expect: 1000000000000
// expect: 2147483648
// expect: -2147483648
// expect: 2147483648
// expect: -727379968
// expect: 1000000000000
// expect: 81985529216486895
// expect: 19088743
// expect: -1985229329
// expect: 9223372036854775807
// expect: 1
public class LongLiterals {
    public static void main(String[] args) {
        System.out.println(0L);
        System.out.println(123l);
        System.out.println(9223372036854775807L);
        System.out.println(-9223372036854775808L);
        System.out.println(0x7fffffffffffffffL);
        System.out.println(0x8000000000000000L);
        System.out.println(0xffffffffffffffffL);
        System.out.println(0xFFFF_FFFFL);
        System.out.println(01777777777777777777777L);
        System.out.println(0b1L << 40);
        System.out.println(1_000_000_000_000L);
        System.out.println(2147483648L);
        System.out.println(2147483647 + 1);
        System.out.println(2147483647L + 1);
        System.out.println(1000000 * 1000000);
        System.out.println(1000000L * 1000000);
        long big = 0x123456789ABCDEFL;
        System.out.println(big);
        System.out.println(big >>> 32);
        System.out.println((int) big);
        long m = -1L;
        System.out.println(m >>> 1);
        System.out.println(m >>> 63);
    }
}
