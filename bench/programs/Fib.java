// fib: naive doubly recursive Fibonacci. Measures calls and returns (int arguments,
// int results, no allocation). Size: n (default 38).
public class Fib {
    static int fib(int n) {
        if (n < 2) return n;
        return fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 38;
        int r = fib(n);
        System.out.println("fib(" + n + ") = " + r);
        // check: the iterative computation
        int a = 0, b = 1;
        for (int i = 0; i < n; i++) {
            int t = a + b;
            a = b;
            b = t;
        }
        if (r != a) {
            System.out.println("FAIL: expected " + a);
            System.exit(1);
        }
        System.out.println("ok");
    }
}
