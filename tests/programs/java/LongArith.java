// long arithmetic: mixing with int, the L suffix in constants, division, remainders,
// shifts, comparisons, hashing and a 64-bit xorshift generator.
// expect: 3298534883328 366503875925 1 -366503875925 -1
// expect: 0 4294967296
// expect: 31536000000 1471228928
// expect: 305419896 0 -1 15 2541551402828693504
// expect: 26505 4611686023314106249 -4886718346
// expect: 8748534153485358512
// expect: 3040900993826735515
// expect: 3453997556048239312
// expect: -2015011221783540763
// expect: 8204724074003728306
// expect: sum 2986401481870969266
// expect: fnv 8618312879776256743
// expect: 1973860096
// expect: -446744073709551616
// expect: true
// expect: 4611686014132420609
// expect: -3 -1 -4 9223372036854775804
// expect: 13
public class LongArith {
    public static void main(String[] args) {
        long a = 1L << 40, b = 3;
        System.out.println(a * b + " " + a / b + " " + a % b + " " + -a / b + " " + -a % b);
        int i = 1 << 30;
        long wrong = i * 4;
        long right = i * 4L;
        System.out.println(wrong + " " + right);
        long millisPerYear = 365L * 24 * 60 * 60 * 1000;
        long overflowed = 365 * 24 * 60 * 60 * 1000;
        System.out.println(millisPerYear + " " + overflowed);
        long x = 0x123456789L;
        System.out.println((x >> 4) + " " + (x >>> 60) + " " + (-x >> 60) + " " + (-x >>> 60) + " " + (x << 32));
        System.out.println((x & 0xffff) + " " + (x | 1L << 62) + " " + (x ^ -1L));
        long seed = 88172645463325252L;
        long sum = 0;
        for (int k = 0; k < 5; k++) {
            seed ^= seed << 13;
            seed ^= seed >>> 7;
            seed ^= seed << 17;
            System.out.println(seed);
            sum += seed;
        }
        System.out.println("sum " + sum);
        long fnv = 0xcbf29ce484222325L;
        String text = "hello world";
        for (int k = 0; k < text.length(); k++) { fnv ^= text.charAt(k); fnv *= 0x100000001b3L; }
        System.out.println("fnv " + fnv);
        System.out.println((int) (fnv ^ fnv >>> 32));
        long big = 9_000_000_000_000_000_000L;
        System.out.println(big + big);
        System.out.println(big > Integer.MAX_VALUE);
        System.out.println((long) Integer.MAX_VALUE * Integer.MAX_VALUE);
        long neg = -7;
        System.out.println(neg / 2 + " " + neg % 2 + " " + (neg >> 1) + " " + (neg >>> 1));
        System.out.println(Long0.digits(1234567890123L));
    }
}
class Long0 {
    static int digits(long v) { int n = 0; do { n++; v /= 10; } while (v != 0); return n; }
}
