// java.lang.Math: abs, min, max (with -0.0 and NaN), sqrt, pow (special cases), floor,
// ceil, rint, round (ties and large values), floorDiv, floorMod, the trigonometric and
// exponential functions on exactly known values, hypot, signum, toRadians/toDegrees, PI, E,
// and random() staying in [0, 1).
// expect: 5 5 2.5 0.0 -2147483648
// expect: 3 7 -0.0 0.0 NaN 1.5
// expect: 1.4142135623730951 12.0 NaN 0.5
// expect: 1024.0 0.5 1.0 1.0 NaN NaN NaN 2.25
// expect: 2.0 -3.0 3.0 -2.0 -0.0 2.0 4.0
// expect: 3 -2 2 0 0 9223372036854775807 0 -2147483648
// expect: 3 -4 1 -2 -4 2 -3 -1
// expect: 0.0 1.0 0.0 0.7853981633974483 0.7853981633974483 3.141592653589793 1.5707963267948966 0.0
// expect: 1.0 2.718281828459045 0.0 1.0 3.0 -Infinity NaN -3.0
// expect: 5.0 13.0 -1.0 0.0 1.0 -2.0
// expect: 180.0 3.141592653589793 3.141592653589793 2.718281828459045
// expect: 2.0 0.0 1.0 0.0 0.0 0.0
// expect: random in [0, 1): true
// expect: 55.0 2.220446049250313E-16 1.0000000000000002 10
// expect: range -9..6, distance 15
public class MathFunctions {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " " + Math.abs(Integer.MIN_VALUE));
        System.out.println(Math.min(3, 7) + " " + Math.max(3L, 7L) + " " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.max(1.0, Double.NaN) + " " + Math.min(1.5f, 2.5f));
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(144) + " " + Math.sqrt(-1) + " " + Math.sqrt(0.25));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(10, 0) + " " + Math.pow(0, 0) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(-1, Double.POSITIVE_INFINITY) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(1.5, 2));
        System.out.println(Math.floor(2.7) + " " + Math.floor(-2.7) + " " + Math.ceil(2.1) + " " + Math.ceil(-2.1) + " " + Math.ceil(-0.5) + " " + Math.rint(2.5) + " " + Math.rint(3.5));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(2.4f) + " " + Math.round(-0.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(1e20) + " " + Math.round(Double.NaN) + " " + Math.round(-1e20f));
        System.out.println(Math.floorDiv(7, 2) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorMod(7, -3) + " " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 3) + " " + (-7 / 2) + " " + (-7 % 2));
        System.out.println(Math.sin(0) + " " + Math.cos(0) + " " + Math.tan(0) + " " + Math.atan(1) + " " + Math.atan2(1, 1) + " " + Math.atan2(0, -1) + " " + Math.asin(1) + " " + Math.acos(1));
        System.out.println(Math.exp(0) + " " + Math.exp(1) + " " + Math.log(1) + " " + Math.log(Math.E) + " " + Math.log10(1000) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.log10(0.001));
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.signum(-3.2) + " " + Math.signum(0.0) + " " + Math.signum(7f) + " " + Math.copySign(2.0, -1.0));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.PI + " " + Math.E);
        System.out.println(Math.cbrt(8) + " " + Math.sinh(0) + " " + Math.cosh(0) + " " + Math.tanh(0) + " " + Math.expm1(0) + " " + Math.log1p(0));
        boolean ok = true;
        for (int i = 0; i < 1000; i++) {
            double r = Math.random();
            if (r < 0 || r >= 1) ok = false;
        }
        System.out.println("random in [0, 1): " + ok);
        double sum = 0;
        for (int i = 1; i <= 10; i++) sum += Math.sqrt(i * i);
        System.out.println(sum + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.getExponent(1024.0));
        int[] xs = {3, -1, 4, -1, 5, -9, 2, 6};
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int x : xs) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        System.out.println("range " + lo + ".." + hi + ", distance " + Math.abs(hi - lo));
    }
}
