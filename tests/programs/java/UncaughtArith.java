// An uncaught ArithmeticException from integer division by zero, two frames deep.
// expect: 2
// expect runtime error: java.lang.ArithmeticException: / by zero
// expect stderr: at UncaughtArith.average(UncaughtArith.java:10)
// expect stderr: at UncaughtArith.main(UncaughtArith.java:14)
public class UncaughtArith {
    static int average(int[] xs) {
        int sum = 0;
        for (int x : xs) sum += x;
        return sum / xs.length;
    }
    public static void main(String[] args) {
        System.out.println(average(new int[]{1, 2, 3}));
        System.out.println(average(new int[0]));
    }
}
