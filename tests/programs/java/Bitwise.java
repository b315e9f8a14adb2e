// Bitwise operators on int and long, hand-written bit tricks.
// expect: 8
// expect: 14
// expect: 6
// expect: -13
// expect: -1
// expect: 61680
// expect: 61680
// expect: -1085102592571150096
// expect: 0
// expect: 32
// expect: 13
// expect: -2147483648
// expect: -65536
// expect: 00000101
// expect: 11111011
// expect: 11011110101011011011111011101111
// expect: 1
// expect: 1
// expect: false true
// expect: 1099511627775
// expect: 281470681743615
// expect: 42 17
// expect: A
// expect: q
public class Bitwise {
    static int popcount(int x) {
        int n = 0;
        while (x != 0) { x &= x - 1; n++; }
        return n;
    }
    static int reverse(int x) {
        int r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>>= 1; }
        return r;
    }
    static String bin(long v, int bits) {
        StringBuilder sb = new StringBuilder();
        for (int i = bits - 1; i >= 0; i--) sb.append((v >>> i & 1) == 1 ? '1' : '0');
        return sb.toString();
    }
    public static void main(String[] args) {
        int a = 0b1100, b = 0b1010;
        System.out.println(a & b);
        System.out.println(a | b);
        System.out.println(a ^ b);
        System.out.println(~a);
        System.out.println(~0L);
        System.out.println(0xF0F0F0F0L & 0xFFFF);
        System.out.println(0xF0F0F0F0 & 0xFFFFL);
        System.out.println(0x0F0F0F0F0F0F0F0FL ^ -1L);
        System.out.println(popcount(0));
        System.out.println(popcount(-1));
        System.out.println(popcount(0x12345678));
        System.out.println(reverse(1));
        System.out.println(reverse(0x0000FFFF));
        System.out.println(bin(5, 8));
        System.out.println(bin(-5, 8));
        System.out.println(bin(0xDEADBEEFL, 32));
        int x = 12345;
        System.out.println(x & -x);
        System.out.println((x >> 31) | (-x >>> 31));
        System.out.println(((x & (x - 1)) == 0) + " " + ((64 & 63) == 0));
        long mask = (1L << 40) - 1;
        System.out.println(mask);
        System.out.println(Long0(mask));
        int swapA = 17, swapB = 42;
        swapA ^= swapB; swapB ^= swapA; swapA ^= swapB;
        System.out.println(swapA + " " + swapB);
        char c = 'a';
        System.out.println((char) (c & ~32));
        System.out.println((char) ('Q' | 32));
    }
    static long Long0(long m) { return m >>> 8 ^ m << 8; }
}
