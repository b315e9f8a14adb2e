// Double and Float: toString of ordinary and special values, parsing (with white space,
// suffixes, hexadecimal, errors), NaN and -0.0 in equals/compare/==, hashCode, bit
// conversions, MIN/MAX constants, isNaN/isInfinite/isFinite, narrowing and widening.
// expect: 0.0 -0.0 1.0 -1.5 0.1 100.0 1.0E7 0.001 0.001 1234.5678 1.0E-5 1.23456789E8 0.3333333333333333 0.6666666666666666 1.0E21 3.141592653589793
// expect: 0.0 1.5 0.1 0.33333334 1.0E10 3.4E38 1.6777216E7 0.5
// expect: 1.7976931348623157E308 4.9E-324 2.2250738585072014E-308 3.4028235E38 1.4E-45
// expect: NaN Infinity -Infinity NaN Infinity NaN
// expect: 3.14 -2500.0 Infinity 3.0 NaN -Infinity 4.9E-324 2.0 7.0 0.5 5.0 
// expect: [For input string: "abc"] [empty String] [multiple points] [For input string: "1e"] [For input string: "--1"] [For input string: "0x1.8"] 
// expect: 1.1 0.0 2.5 3.25
// expect: false true true 1 true false -1
// expect: true true true false
// expect: 1072693248 -2147483648 1074528256 1065353216 -1071644672
// expect: 4607182418800017408 c000000000000000 4.0 1065353216 3.1415927
// expect: -1 0 1 0.30000000000000004 2.0 -0.0
// expect: 3 -3 9223372036854775807 0 0.1 0.10000000149011612 2147483647
// expect: 2 2 2.75 2.75 1.0E-4 1.0E-4
// expect: 0.9999999999999999 false 1.1102230246251565E-16 0.3
public class DoubleFloat {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.5, 0.1, 100.0, 1e7, 1.0E-3, 0.001, 1234.5678, 1e-5, 123456789.0, 1.0 / 3, 2.0 / 3, 1e21, Math.PI};
        StringBuilder sb = new StringBuilder();
        for (double d : ds) sb.append(d).append(' ');
        System.out.println(sb.toString().trim());
        float[] fs = {0.0f, 1.5f, 0.1f, 1.0f / 3, 1e10f, 3.4e38f, 16777216f, 0.5f};
        sb.setLength(0);
        for (float f : fs) sb.append(f).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.MIN_NORMAL + " " + Float.MAX_VALUE + " " + Float.MIN_VALUE);
        System.out.println(Double.NaN + " " + Double.POSITIVE_INFINITY + " " + Double.NEGATIVE_INFINITY + " " + (0.0 / 0.0) + " " + (1 / 0.0) + " " + Float.NaN);
        String[] inputs = {"3.14", "  -2.5e3  ", "1e400", "0x1.8p1", "NaN", "-Infinity", "4.9e-324", "2f", "7d", ".5", "5."};
        for (String s : inputs) System.out.print(Double.parseDouble(s) + " ");
        System.out.println();
        String[] bad = {"abc", "", "1.2.3", "1e", "--1", "0x1.8"};
        for (String s : bad) {
            try {
                Double.parseDouble(s);
            } catch (NumberFormatException e) {
                System.out.print("[" + e.getMessage() + "] ");
            }
        }
        System.out.println();
        System.out.println(Float.parseFloat("1.1") + " " + Float.parseFloat("1e-50") + " " + Double.valueOf("2.5") + " " + Float.valueOf(3.25f));
        double nan = Double.NaN;
        System.out.println((nan == nan) + " " + Double.isNaN(nan) + " " + Double.valueOf(nan).equals(nan) + " " + Double.compare(nan, 1.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + Double.compare(-0.0, 0.0));
        System.out.println(Double.isInfinite(1 / 0.0) + " " + Double.isFinite(1e308) + " " + Float.isNaN(0f / 0) + " " + Double.valueOf(2.5).isNaN());
        System.out.println(Double.hashCode(1.0) + " " + Double.hashCode(-0.0) + " " + Double.valueOf(3.5).hashCode() + " " + Float.hashCode(1.0f) + " " + Float.valueOf(-2.5f).hashCode());
        System.out.println(Double.doubleToLongBits(1.0) + " " + Long.toHexString(Double.doubleToRawLongBits(-2.0)) + " " + Double.longBitsToDouble(0x4010000000000000L) + " " + Float.floatToIntBits(1.0f) + " " + Float.intBitsToFloat(0x40490fdb));
        System.out.println(Double.compare(1.5, 2.5) + " " + Double.valueOf(1.5).compareTo(1.5) + " " + Float.compare(2f, 1f) + " " + Double.sum(0.1, 0.2) + " " + Double.max(1, 2) + " " + Double.min(-0.0, 0.0));
        System.out.println((int) 3.99 + " " + (int) -3.99 + " " + (long) 1e19 + " " + (int) Double.NaN + " " + (float) 0.1 + " " + (double) 0.1f + " " + (int) 1e10f);
        Double boxed = 2.75;
        System.out.println(boxed.intValue() + " " + boxed.longValue() + " " + boxed.floatValue() + " " + boxed.toString() + " " + Double.toString(1e-4) + " " + Float.toString(1e-4f));
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        System.out.println(acc + " " + (acc == 1.0) + " " + Math.abs(acc - 1.0) + " " + 0.1f * 3);
    }
}
