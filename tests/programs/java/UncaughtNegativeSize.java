// An uncaught NegativeArraySizeException from a computed size, after output.
// expect: 5: 5
// expect: 4: 3
// expect: 3: 1
// expect runtime error: java.lang.NegativeArraySizeException: -1
// expect stderr: at UncaughtNegativeSize.make(UncaughtNegativeSize.java:9)
// expect stderr: at UncaughtNegativeSize.main(UncaughtNegativeSize.java:11)
public class UncaughtNegativeSize {
    static int[] make(int n) { return new int[n * 2 - 5]; }
    public static void main(String[] args) {
        for (int n = 5; n >= 0; n--) System.out.println(n + ": " + make(n).length);
    }
}
