// Floating-point literals: float/double suffixes, exponents, hex floats, printing.
// expect: 1.5
// expect: 1.0
// expect: 0.5
// expect: 1.0E10
// expect: 0.0015
// expect: 1.0E-5
// expect: 1.23456789E8
// expect: 1.0E7
// expect: 9999999.0
// expect: 0.001
// expect: 1.0E-4
// expect: 2.5
// expect: 1.1
// expect: 0.3
// expect: 0.30000000000000004
// expect: 3.0
// expect: 3.0
// expect: 4.0
// expect: 12.0
// expect: 0.25
// expect: 1.0
// expect: 1000.0001
// expect: 3.4028235E38
// expect: 1.4E-45
// expect: 1.7976931348623157E308
// expect: 4.9E-324
// expect: 100.0
// expect: 1.0E20
// expect: -0.0
// expect: 0.0
// expect: 0.3333333333333333
// expect: 0.33333334
// expect: 0.6666666666666666
// expect: 14.285714285714286
// expect: 1.0E100
// expect: 12345.678
public class FloatLiterals {
    public static void main(String[] args) {
        System.out.println(1.5);
        System.out.println(1.);
        System.out.println(.5);
        System.out.println(1e10);
        System.out.println(1.5E-3);
        System.out.println(1e-5);
        System.out.println(123456789.0);
        System.out.println(1e7);
        System.out.println(9999999.0);
        System.out.println(0.001);
        System.out.println(0.0001);
        System.out.println(2.5f);
        System.out.println(1.1f);
        System.out.println(0.1f + 0.2f);
        System.out.println(0.1 + 0.2);
        System.out.println(3.0d);
        System.out.println(3D);
        System.out.println(4F);
        System.out.println(0x1.8p3);
        System.out.println(0x1p-2);
        System.out.println(0x1.0p0f);
        System.out.println(1_000.000_1);
        System.out.println(3.4028235e38f);
        System.out.println(1.4e-45f);
        System.out.println(1.7976931348623157e308);
        System.out.println(4.9e-324);
        System.out.println(100.0f);
        System.out.println(1e20f);
        System.out.println(-0.0);
        System.out.println(0.0f);
        System.out.println(1.0 / 3);
        System.out.println(1.0f / 3);
        System.out.println(2.0 / 3);
        System.out.println(100.0 / 7.0);
        System.out.println(1e100);
        System.out.println(12345.678f);
    }
}
