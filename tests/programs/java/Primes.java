// Primes: the sieve of Eratosthenes, trial division, counting primes below powers of ten,
// factorization, Goldbach pairs, twin primes, modular exponentiation with longs.
// expect: pi(10) = 4
// expect: pi(100) = 25
// expect: pi(1000) = 168
// expect: pi(10000) = 1229
// expect: pi(100000) = 9592
// expect: pi(1000000) = 78498
// expect: 2,3,5,7,11,13,17,19,23,29,31,37,41,43,47
// expect: true true false
// expect: 2*2*2*3*3*5 9999991 71*839*1471*6857 2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2
// expect: 4 = 2 + 2
// expect: 30 = 7 + 23
// expect: twin pairs below 10000: 205
// expect: 688423210 1
public class Primes {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++)
            if (!composite[i]) for (int j = i * i; j <= n; j += i) composite[j] = true;
        return composite;
    }
    static boolean isPrime(long n) {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (long d = 3; d * d <= n; d += 2) if (n % d == 0) return false;
        return true;
    }
    static String factor(long n) {
        StringBuilder sb = new StringBuilder();
        for (long d = 2; d * d <= n; d++)
            while (n % d == 0) { sb.append(d).append('*'); n /= d; }
        if (n > 1) return sb.append(n).toString();
        String r = sb.toString();
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < r.length() - 1; i++) cut.append(r.charAt(i));
        return cut.toString();
    }
    static long powmod(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = r * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }
    public static void main(String[] args) {
        boolean[] comp = sieve(1_000_000);
        int count = 0, limit = 10;
        for (int i = 0; i <= 1_000_000; i++) {
            if (!comp[i]) count++;
            if (i == limit) { System.out.println("pi(" + limit + ") = " + count); limit *= 10; }
        }
        StringBuilder first = new StringBuilder();
        for (int i = 0, n = 0; n < 15; i++) if (!comp[i]) { first.append(i).append(n < 14 ? "," : ""); n++; }
        System.out.println(first);
        System.out.println(isPrime(2147483647L) + " " + isPrime(1000000007L) + " " + isPrime(1000000008L));
        System.out.println(factor(360) + " " + factor(9999991) + " " + factor(600851475143L) + " " + factor(1L << 20));
        for (int even = 4; even <= 30; even += 13) {
            for (int p = 2; p <= even / 2; p++) if (!comp[p] && !comp[even - p]) { System.out.println(even + " = " + p + " + " + (even - p)); break; }
        }
        int twins = 0;
        for (int i = 3; i + 2 < 10000; i += 2) if (!comp[i] && !comp[i + 2]) twins++;
        System.out.println("twin pairs below 10000: " + twins);
        System.out.println(powmod(2, 1000, 1000000007L) + " " + powmod(3, 1000000006L, 1000000007L));
    }
}
