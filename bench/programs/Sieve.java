// sieve: the sieve of Eratosthenes over boolean[] up to n, repeated 5 times. Measures
// tight loops over a large array (bounds checks, byte stores). Size: n (default 12000000).
public class Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = true;
        if (n >= 1) composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++) {
            if (!composite[i]) {
                for (int j = i * i; j <= n; j += i) composite[j] = true;
            }
        }
        return composite;
    }

    // check: an odd-only sieve (index k stands for 2k+1), a different loop structure
    static int countOddSieve(int n) {
        if (n < 2) return 0;
        int m = (n - 1) / 2; // odd numbers 3..n are k = 1..m
        boolean[] c = new boolean[m + 1];
        int count = 1; // 2
        for (int k = 1; k <= m; k++) {
            if (!c[k]) {
                count++;
                long p = 2L * k + 1;
                for (long q = p * p; q <= n; q += 2 * p) c[(int) (q / 2)] = true;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 12000000;
        int count = 0;
        long sum = 0;
        for (int rep = 0; rep < 5; rep++) {
            boolean[] composite = sieve(n);
            count = 0;
            sum = 0;
            for (int i = 0; i <= n; i++) {
                if (!composite[i]) {
                    count++;
                    sum += i;
                }
            }
        }
        System.out.println("primes up to " + n + ": " + count + ", sum " + sum);
        int expected = countOddSieve(n);
        if (count != expected) {
            System.out.println("FAIL: expected " + expected + " primes");
            System.exit(1);
        }
        System.out.println("ok");
    }
}
