public class Loops {
    static int loops(int n) {
        int s = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) s += (i ^ j) & 7;
        return s;
    }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    public static void main(String[] args) {
        System.out.println(loops(3000));
        System.out.println(fib(27));
    }
}
