// Math's exact arithmetic (addExact, subtractExact, multiplyExact, incrementExact,
// negateExact, toIntExact) and its ArithmeticException messages; integer overflow that
// is not checked; division by zero.
// expect: 3 7 42 123 5
// expect: add 2147483647 1: integer overflow
// expect: 2147483647
// expect: add -2147483648 -1: integer overflow
// expect: multiply -2147483648 -1: integer overflow
// expect: 131072
// expect: multiply 65536 65536: integer overflow
// expect: java.lang.ArithmeticException: long overflow
// expect: java.lang.ArithmeticException: integer overflow
// expect: java.lang.ArithmeticException: integer overflow
// expect: java.lang.ArithmeticException: long overflow
// expect: java.lang.ArithmeticException: / by zero
// expect: -2147483648 -9223372036854775808 -9223372036854775808 -2147483648
// expect: 20! = 2432902008176640000, 21! overflows a long
public class MathExact {
    public static void main(String[] args) {
        System.out.println(Math.addExact(1, 2) + " " + Math.subtractExact(10L, 3L) + " " + Math.multiplyExact(6, 7) + " " + Math.toIntExact(123L) + " " + Math.negateExact(-5));
        long[][] cases = {{Integer.MAX_VALUE, 1}, {Integer.MIN_VALUE, -1}, {1 << 16, 1 << 16}};
        for (long[] c : cases) {
            try {
                System.out.println(Math.addExact((int) c[0], (int) c[1]));
            } catch (ArithmeticException e) {
                System.out.println("add " + c[0] + " " + c[1] + ": " + e.getMessage());
            }
            try {
                System.out.println(Math.multiplyExact((int) c[0], (int) c[1]));
            } catch (ArithmeticException e) {
                System.out.println("multiply " + c[0] + " " + c[1] + ": " + e.getMessage());
            }
        }
        try {
            Math.multiplyExact(Long.MAX_VALUE, 2L);
        } catch (ArithmeticException e) {
            System.out.println(e);
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println(e);
        }
        try {
            Math.incrementExact(Integer.MAX_VALUE);
        } catch (ArithmeticException e) {
            System.out.println(e);
        }
        try {
            Math.negateExact(Long.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println(e);
        }
        try {
            Math.floorMod(5, 0);
        } catch (ArithmeticException e) {
            System.out.println(e);
        }
        System.out.println((Integer.MAX_VALUE + 1) + " " + (Long.MAX_VALUE + 1) + " " + Math.abs(Long.MIN_VALUE) + " " + (Integer.MIN_VALUE / -1));
        long factorial = 1;
        int n = 1;
        try {
            while (true) {
                factorial = Math.multiplyExact(factorial, (long) n);
                n++;
            }
        } catch (ArithmeticException e) {
            System.out.println("20! = " + factorial + ", " + n + "! overflows a long");
        }
    }
}
