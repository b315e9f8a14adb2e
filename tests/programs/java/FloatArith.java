// float and double arithmetic: rounding of float operations, double vs float precision,
// integer-to-float conversions, accumulating errors, special values through arithmetic.
// expect: 0.3 0.30000000000000004
// expect: 0.10000000149011612 0.1
// expect: 0.20000000149011612
// expect: 1.0E8 true
// expect: 1.0E16 1.0000000000000002E16
// expect: 1.0 1.0
// expect: 123456792 true
// expect: 123456789123456784 true
// expect: Infinity NaN NaN -Infinity 0.0
// expect: -0.0 0.0 0.0 0.0 -Infinity
// expect: 1.4E-45 0.0 1.4012985E-35
// expect: 0.5
// expect: 3.0 1.0E-5
// expect: 0.8999999999999999
// expect: 0.9
// expect: 110.00000000000001
// expect: 0.8
// expect: 0.8
// expect: 1.0E-7 1.0E-7
// expect: 1.2345679E7 1.234E-5
// expect: 1.6349839001848923
// expect: 3.1320765318091053
public class FloatArith {
    public static void main(String[] args) {
        float f = 0.1f;
        double d = 0.1;
        System.out.println(f * 3 + " " + d * 3);
        System.out.println((double) f + " " + (float) d);
        System.out.println(f + d);
        float big = 1e8f;
        System.out.println(big + 1 + " " + (big + 1 == big));
        double precise = 1e16;
        System.out.println(precise + 1 + " " + (precise + 2));
        System.out.println(1.0f / 3 * 3 + " " + 1.0 / 3 * 3);
        int i = 123456789;
        float fi = i;
        System.out.println((int) fi + " " + (fi == 123456792f));
        long l = 123456789123456789L;
        double dl = l;
        System.out.println((long) dl + " " + (dl == 123456789123456784.0));
        double inf = 1e308 * 10;
        System.out.println(inf + " " + (inf - inf) + " " + (inf * 0) + " " + (-inf) + " " + (1 / inf));
        double nz = -0.0;
        System.out.println(nz + " " + (nz + 0.0) + " " + (0.0 - 0.0) + " " + (nz * -1) + " " + (1 / nz));
        float tiny = 1e-45f;
        System.out.println(tiny + " " + tiny / 2 + " " + tiny * 1e10f);
        double x = 0.5;
        for (int k = 0; k < 5; k++) x = x * x + 0.25;
        System.out.println(x);
        double m = 3.0e-5;
        System.out.println(m * 1e5 + " " + m / 3);
        System.out.println(2.0 - 1.1);
        System.out.println(2.0f - 1.1f);
        System.out.println(100 * 1.1);
        System.out.println(0.1f + 0.7f);
        System.out.println((float) 0.1 + (float) 0.7);
        System.out.println(1e-7 + " " + 1e-7f);
        System.out.println(12345678.9f + " " + 0.00001234f);
        double sum = 0;
        for (int k = 1; k <= 100; k++) sum += 1.0 / (k * k);
        System.out.println(sum);
        System.out.println(Math.sqrt(sum * 6));
    }
}
