// How float and double values print (Float.toString / Double.toString of JDK 17).
// expect: 0.0
// expect: -0.0
// expect: 1.0
// expect: -1.0
// expect: 0.5
// expect: 0.1
// expect: 0.2
// expect: 0.3
// expect: 0.3333333333333333
// expect: 0.6666666666666666
// expect: 10.0
// expect: 100.0
// expect: 1234567.0
// expect: 1.2345678E7
// expect: 1.0E7
// expect: 0.001
// expect: 9.999E-4
// expect: 1.0E-4
// expect: 123.456
// expect: 1.0E15
// expect: 1.0E16
// expect: 1.0E17
// expect: 3.141592653589793
// expect: 2.718281828459045
// expect: 1.0E-300
// expect: 4.9E-324
// expect: 1.7976931348623157E308
// expect: 0.7999999999999999
// expect: 4.35
// expect: 100.5
// expect: 1.0E21
// expect: 1.0E22
// expect: 1.23E-18
// expect: 0.0
// expect: -0.0
// expect: 1.0
// expect: 0.1
// expect: 0.2
// expect: 0.3
// expect: 0.33333334
// expect: 1.0E7
// expect: 0.001
// expect: 123.456
// expect: 3.1415927
// expect: 1.0E10
// expect: 1.0E-10
// expect: 1.6777216E7
// expect: 3.3554432E7
// expect: 0.8
// expect: Infinity
// expect: -Infinity
// expect: NaN
// expect: 3.141592653589793
// expect: 2.718281828459045
// expect: 3.1415927
// expect: 0.9999999999999999
// expect: 1.0000001
// expect: 1.0E7
// expect: 1.0E-4
public class FloatPrinting {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 10.0, 100.0,
            1234567.0, 12345678.0, 1e7, 1e-3, 9.999e-4, 1e-4, 123.456, 1e15, 1e16, 1e17,
            3.141592653589793, 2.718281828459045, 1e-300, 5e-324, 1.7976931348623157e308,
            0.1 + 0.7, 4.35, 100.5, 1e21, 1e22, 123e-20};
        for (double d : ds) System.out.println(d);
        float[] fs = {0f, -0f, 1f, 0.1f, 0.2f, 0.3f, 1f / 3, 1e7f, 1.0e-3f, 123.456f,
            3.14159265f, 1e10f, 1e-10f, 16777216f, 33554434f, 0.7f + 0.1f};
        for (float f : fs) System.out.println(f);
        System.out.println(1.0 / 0);
        System.out.println(-1.0f / 0);
        System.out.println(0.0f / 0);
        System.out.println(Math.PI);
        System.out.println(Math.E);
        System.out.println((float) Math.PI);
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        System.out.println(acc);
        float facc = 0;
        for (int i = 0; i < 10; i++) facc += 0.1f;
        System.out.println(facc);
        System.out.println(1e6 * 10);
        System.out.println(0.001 / 10);
    }
}
