// Division and remainder: truncation toward zero, the sign of %, floating %, infinities.
// expect: 7 / 2 = 3, % = 1
// expect: -7 / 2 = -3, % = -1
// expect: 7 / -2 = -3, % = 1
// expect: -7 / -2 = 3, % = -1
// expect: 0 / 3 = 0, % = 0
// expect: 1 / 5 = 0, % = 1
// expect: -1 / 5 = 0, % = -1
// expect: -3 -1
// expect: 1
// expect: 1.5
// expect: -1.5
// expect: 1.5
// expect: 0.5
// expect: Infinity
// expect: -Infinity
// expect: NaN
// expect: Infinity
// expect: -Infinity
// expect: NaN
// expect: Infinity
// expect: -0.0
// expect: true
// expect: 8
// expect: 9
// expect: -4
// expect: -5
// expect: true
// expect: caught / by zero
// expect: caught java.lang.ArithmeticException: / by zero
// expect: long / by zero
// expect: long rem / by zero
public class DivRem {
    public static void main(String[] args) {
        int[] as = {7, -7, 7, -7, 0, 1, -1};
        int[] bs = {2, 2, -2, -2, 3, 5, 5};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + as[i] / bs[i] + ", % = " + as[i] % bs[i]);
        }
        System.out.println(-7L / 2L + " " + -7L % 2L);
        System.out.println(7L % -3L);
        System.out.println(5.5 % 2);
        System.out.println(-5.5 % 2);
        System.out.println(5.5 % -2);
        System.out.println(5.5f % 2.5f);
        System.out.println(1.0 / 0);
        System.out.println(-1.0 / 0);
        System.out.println(0.0 / 0);
        System.out.println(1 / 0.0);
        System.out.println(1 / -0.0);
        System.out.println(5 % 0.0);
        System.out.println(1.0f / 0);
        System.out.println(-0.0 / 5);
        System.out.println(0.0 == -0.0);
        System.out.println(9 / 2 * 2);
        System.out.println(9 * 2 / 2);
        System.out.println(-9 / 2);
        System.out.println(-9 >> 1);
        System.out.println(-9 % 2 == -1);
        try {
            System.out.println(1 / 0);
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.println(5 % 0);
        } catch (ArithmeticException e) {
            System.out.println("caught " + e);
        }
        try {
            long z = 0;
            System.out.println(5L / z);
        } catch (ArithmeticException e) {
            System.out.println("long " + e.getMessage());
        }
        try {
            long z = 0;
            System.out.println(5L % z);
        } catch (ArithmeticException e) {
            System.out.println("long rem " + e.getMessage());
        }
    }
}
