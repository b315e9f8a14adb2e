// Number theory with loops: Collatz sequence lengths, perfect numbers, Armstrong numbers,
// digit reversal with overflow detection, extended Euclid, Euler's totient, base
// conversion.
// expect: longest collatz below 100000: 77031 (350 steps)
// expect: perfect: 6 28 496 8128 |
// expect: armstrong: 1 2 3 4 5 6 7 8 9 153 370 371 407 1634 8208 9474 54748 92727 93084 |
// expect: 321 -654 0 0
// expect: 2 = 240*-9 + 46*47
// expect: 1 12 96 400000
// expect: 11111111 ff -513 1y2p0ij32e8e7 65
public class NumberTheory {
    static int collatz(long n) { int steps = 0; while (n != 1) { n = (n & 1) == 0 ? n / 2 : 3 * n + 1; steps++; } return steps; }
    static boolean perfect(int n) { int s = 1; for (int d = 2; d * d <= n; d++) if (n % d == 0) { s += d; if (d != n / d) s += n / d; } return n > 1 && s == n; }
    static boolean armstrong(int n) {
        int digits = 0;
        for (int t = n; t > 0; t /= 10) digits++;
        int sum = 0;
        for (int t = n; t > 0; t /= 10) { int p = 1; for (int k = 0; k < digits; k++) p *= t % 10; sum += p; }
        return sum == n;
    }
    static int reverse(int x) {
        int r = 0;
        while (x != 0) {
            int d = x % 10;
            if (r > Integer.MAX_VALUE / 10 || r < Integer.MIN_VALUE / 10) return 0;
            r = r * 10 + d;
            x /= 10;
        }
        return r;
    }
    static long[] egcd(long a, long b) {
        if (b == 0) return new long[]{a, 1, 0};
        long[] r = egcd(b, a % b);
        return new long[]{r[0], r[2], r[1] - a / b * r[2]};
    }
    static int phi(int n) {
        int result = n;
        for (int p = 2; p * p <= n; p++) if (n % p == 0) { while (n % p == 0) n /= p; result -= result / p; }
        if (n > 1) result -= result / n;
        return result;
    }
    static String toBase(long v, int base) {
        if (v == 0) return "0";
        String digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        StringBuilder sb = new StringBuilder();
        boolean neg = v < 0;
        while (v != 0) { int d = (int) (v % base); sb.append(digits.charAt(d < 0 ? -d : d)); v /= base; }
        if (neg) sb.append('-');
        StringBuilder r = new StringBuilder();
        for (int i = sb.length() - 1; i >= 0; i--) r.append(sb.charAt(i));
        return r.toString();
    }
    public static void main(String[] args) {
        int best = 0, arg = 0;
        for (int i = 1; i < 100000; i++) { int c = collatz(i); if (c > best) { best = c; arg = i; } }
        System.out.println("longest collatz below 100000: " + arg + " (" + best + " steps)");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < 10000; i++) if (perfect(i)) sb.append(i).append(' ');
        System.out.println("perfect: " + sb.append('|'));
        sb = new StringBuilder();
        for (int i = 1; i < 100000; i++) if (armstrong(i)) sb.append(i).append(' ');
        System.out.println("armstrong: " + sb.append('|'));
        System.out.println(reverse(123) + " " + reverse(-4560) + " " + reverse(1534236469) + " " + reverse(Integer.MIN_VALUE));
        long[] g = egcd(240, 46);
        System.out.println(g[0] + " = 240*" + g[1] + " + 46*" + g[2]);
        System.out.println(phi(1) + " " + phi(36) + " " + phi(97) + " " + phi(1000000));
        System.out.println(toBase(255, 2) + " " + toBase(255, 16) + " " + toBase(-255, 7) + " " + toBase(9223372036854775807L, 36) + " " + toBase(-9223372036854775808L, 2).length());
    }
}
