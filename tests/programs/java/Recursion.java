// Recursion: factorial (int and long), Fibonacci, Ackermann, mutual recursion, Towers of
// Hanoi, recursive string building, gcd, power set count.
// expect: 3628800 1932053504
// expect: 2432902008176640000 -4249290049419214848
// expect: 6765
// expect: 9 61
// expect: true true false
// expect: 1023
// expect: 640
// expect: noisrucer
// expect: 21 1
// expect: 252 184756
// expect: 1.073741824E9 7.59375
public class Recursion {
    static int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static long factL(int n) { return n <= 1 ? 1 : n * factL(n - 1); }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }
    static int moves = 0;
    static void hanoi(int n, char from, char to, char via, StringBuilder log) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, log);
        moves++;
        if (n == 3) log.append(from).append("->").append(to).append(' ');
        hanoi(n - 1, via, to, from, log);
    }
    static String reverse(String s, int i) { return i < 0 ? "" : s.charAt(i) + reverse(s, i - 1); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static int binom(int n, int k) { return k == 0 || k == n ? 1 : binom(n - 1, k - 1) + binom(n - 1, k); }
    static double power(double x, int n) {
        if (n == 0) return 1;
        double half = power(x, n / 2);
        return n % 2 == 0 ? half * half : half * half * x;
    }
    public static void main(String[] args) {
        System.out.println(fact(10) + " " + fact(13));
        System.out.println(factL(20) + " " + factL(21));
        System.out.println(fib(20));
        System.out.println(ack(2, 3) + " " + ack(3, 3));
        System.out.println(isEven(10) + " " + isOdd(7) + " " + isEven(7));
        StringBuilder log = new StringBuilder();
        hanoi(10, 'A', 'C', 'B', log);
        System.out.println(moves);
        System.out.println(log.length());
        System.out.println(reverse("recursion", 8));
        System.out.println(gcd(1071, 462) + " " + gcd(17, 5));
        System.out.println(binom(10, 5) + " " + binom(20, 10));
        System.out.println(power(2, 30) + " " + power(1.5, 5));
    }
}
