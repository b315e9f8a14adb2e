// LeafCalls: calls to small methods that call nothing and cannot throw (the JIT gives
// them no frame record and their callers no exception test: jit/jit.c cannot_throw),
// next to look-alikes that can throw (division by a variable, array access), which must
// still throw from the right place. Runs hot loops so tiered mode compiles them too.
public class LeafCalls {
    static double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }
    static int half(int x) { return x / 2; }
    static int byMinusOne(int x) { return x / -1; }
    static long lrem(long x) { return x % 1000000007L; }
    static int mix(int x) { return x < 0 ? -x : (x & 0xff) ^ (x >>> 3); }
    static float f(float x) { return x * 0.5f + 1; }
    static int div(int x, int y) { return x / y; }       // can throw: not a leaf of that kind
    static int at(int[] a, int i) { return a[i]; }        // can throw
    static int twice(int x) { return half(x) + half(x + 1); } // calls: not a leaf

    public static void main(String[] args) {
        double sum = 0;
        long acc = 0;
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 300; i++)
                for (int j = 0; j < 300; j++) sum += a(i, j);
            for (int i = -50000; i < 50000; i++) {
                acc += half(i) + byMinusOne(i) + mix(i) + twice(i);
                acc = lrem(acc * 31 + i);
            }
        }
        System.out.println(sum);
        System.out.println(acc);
        System.out.println(byMinusOne(Integer.MIN_VALUE));
        System.out.println(half(Integer.MIN_VALUE) + " " + half(-7) + " " + f(3.0f));
        int[] arr = {4, 5, 6};
        int ok = 0;
        for (int i = 0; i < 20000; i++) ok += div(i, 3) + at(arr, i % 3);
        System.out.println(ok);
        try {
            System.out.println(div(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.println(at(arr, 3));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
// expect: 35.7160377731675
// expect: 784982125
// expect: -2147483648
// expect: -1073741824 -3 2.5
// expect: 66756666
// expect: caught / by zero
// expect: caught Index 3 out of bounds for length 3
