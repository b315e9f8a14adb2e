// A numeric kernel (a sieve of Eratosthenes, repeated) whose speed differs a lot between
// the interpreter and the JIT: try `bin/oak --compare samples/Primes.java`.
public class Primes {
    static int sieve(boolean[] composite) {
        int n = composite.length, count = 0;
        java.util.Arrays.fill(composite, false);
        for (int i = 2; i < n; i++) {
            if (composite[i]) continue;
            count++;
            for (long j = (long) i * i; j < n; j += i) composite[(int) j] = true;
        }
        return count;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        boolean[] composite = new boolean[n];
        int count = 0;
        for (int round = 0; round < 20; round++) count = sieve(composite);
        System.out.println("primes below " + n + ": " + count);
    }
}
