// java.lang.Math: the functions the bootstrap library has, on ordinary and special values.
// (Math.cbrt(27) is rounded: the spec allows 1 ulp; HotSpot gives 3.0, glibc 3.0000000000000004.)
// expect: 1.4142135623730951
// expect: 12.0
// expect: NaN
// expect: 3.0
// expect: -2.0
// expect: 0.0
// expect: 1.0
// expect: 0.0
// expect: 1.0
// expect: -1.0
// expect: 1.5707963267948966
// expect: 0.0
// expect: 0.7853981633974483
// expect: 0.7853981633974483
// expect: -2.356194490192345
// expect: 1.0
// expect: 2.718281828459045
// expect: 0.0
// expect: 1.0
// expect: -Infinity
// expect: 3.0
// expect: 2.0
// expect: -3.0
// expect: 3.0
// expect: -2.0
// expect: -0.0
// expect: 2.0
// expect: 4.0
// expect: -2.0
// expect: 1024.0
// expect: 1.4142135623730951
// expect: 1.0
// expect: NaN
// expect: 5.0
// expect: 8
// expect: 19.634954084936208
// expect: 205891132094649
public class MathFuncs {
    public static void main(String[] args) {
        System.out.println(Math.sqrt(2));
        System.out.println(Math.sqrt(144));
        System.out.println(Math.sqrt(-1));
        System.out.println(Math.rint(Math.cbrt(27) * 1e12) / 1e12);
        System.out.println(Math.cbrt(-8));
        System.out.println(Math.sin(0));
        System.out.println(Math.cos(0));
        System.out.println(Math.tan(0));
        System.out.println(Math.sin(Math.PI / 2));
        System.out.println(Math.cos(Math.PI));
        System.out.println(Math.asin(1));
        System.out.println(Math.acos(1));
        System.out.println(Math.atan(1));
        System.out.println(Math.atan2(1, 1));
        System.out.println(Math.atan2(-1, -1));
        System.out.println(Math.exp(0));
        System.out.println(Math.exp(1));
        System.out.println(Math.log(1));
        System.out.println(Math.log(Math.E));
        System.out.println(Math.log(0));
        System.out.println(Math.log10(1000));
        System.out.println(Math.floor(2.7));
        System.out.println(Math.floor(-2.2));
        System.out.println(Math.ceil(2.1));
        System.out.println(Math.ceil(-2.9));
        System.out.println(Math.ceil(-0.5));
        System.out.println(Math.rint(2.5));
        System.out.println(Math.rint(3.5));
        System.out.println(Math.rint(-2.5));
        System.out.println(Math.pow(2, 10));
        System.out.println(Math.pow(2, 0.5));
        System.out.println(Math.pow(0, 0));
        System.out.println(Math.pow(-8, 1.0 / 3));
        System.out.println(Math.hypot(3, 4));
        System.out.println((int) Math.floor(7.9) + (int) Math.ceil(0.1));
        double r = 2.5;
        System.out.println(Math.PI * r * r);
        System.out.println((long) Math.pow(3, 30));
    }
}
