// Double.toString and Float.toString of some thousands of hard values, checked through
// one hash per group (tests/number/compare.sh compares the strings themselves, for every
// float and millions of doubles): powers of two and ten and their neighbours, k * 10^n,
// upper midpoints 2^a * 10^b (1.024E26 rounds up where 5.12E25 does not), integers
// around 2^53..2^64, subnormals, the plain/E-notation boundaries, random bit patterns.
// JDK 17's FloatingDecimal prints these, sometimes with more digits than needed. Values
// are made from bit patterns with exact arithmetic only (the bootstrap library has no
// Double.longBitsToDouble).
// expect: 9.999999999999999E22 1.9999999999999998E23 8.409999999999999E21 1.024E26 5.1199999999999996E25
// expect: 4.9E-324 1.0E-323 2.2250738585072014E-308 1.7976931348623157E308 1.23456789123456784E17
// expect: 1.4E-45 1.17549435E-38 3.4028235E38 1.09951163E12 2.14748365E9 1.0E10 1.23456792E8
// expect: 0.001 0.002 9.999999999999998E-4 1.0E7 9999999.999999998 1.0E7 0.3 0.30000000000000004
// expect: doubles 2^n: 6138 values, hash 1101101023
// expect: doubles near 10^n: 3798 values, hash 626694975
// expect: doubles k*10^n: 5589 values, hash -1464867729
// expect: doubles 2^a*10^b: 495 values, hash 545364401
// expect: doubles integers near 2^53..2^64: 1040 values, hash 1814946648
// expect: doubles subnormal: 682 values, hash 1069826538
// expect: doubles near 10^-3 and 10^7: 756 values, hash -1110528042
// expect: doubles random: 1500 values, hash 1845671228
// expect: floats 2^n: 1662 values, hash -1434975877
// expect: floats near 10^n: 85 values, hash -1735280747
// expect: floats integers: 505 values, hash 250405346
// expect: floats subnormal: 282 values, hash -1748542121
// expect: floats random: 1496 values, hash 1578295699
public class FloatToStringMany {
    static int count;
    static int hash;
    static long seed = 0x2545F4914F6CDD1DL;
    static double[] pow2 = new double[2100]; // pow2[i] = 2^(i - 1074)
    static double[] tens = {1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26,
        1e27, 1e28, 1e29, 1e30};

    static long next() {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        return seed;
    }

    /* Double.longBitsToDouble for finite values, exactly: significand times a power of two */
    static double fromBits(long bits) {
        int e = (int) (bits >>> 52) & 0x7ff;
        long f = bits & 0xfffffffffffffL;
        double v = e == 0 ? f * pow2[0] : (f | (1L << 52)) * pow2[e - 1];
        return bits < 0 ? -v : v;
    }

    static float fromBitsF(int bits) {
        int e = (bits >>> 23) & 0xff;
        int f = bits & 0x7fffff;
        double v = e == 0 ? f * pow2[1074 - 149] : (f | (1 << 23)) * pow2[1074 - 150 + e];
        return (float) (bits < 0 ? -v : v);
    }

    /* the bits of a finite double > 0: the exponent field by bisection, then exactly */
    static long toBits(double v) {
        int lo = 0, hi = 2046; // the largest e with e == 0 or v >= 2^(e - 1023)
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (v >= pow2[mid + 51]) lo = mid;
            else hi = mid - 1;
        }
        if (lo == 0) return (long) (v / pow2[0]);
        return ((long) lo << 52) | ((long) (v / pow2[lo - 1]) & 0xfffffffffffffL);
    }

    static void d(double v) {
        hash = hash * 31 + String.valueOf(v).hashCode();
        count++;
    }

    static void f(float v) {
        hash = hash * 31 + String.valueOf(v).hashCode();
        count++;
    }

    /* v, -v and their neighbours k ulps either side (v > 0 and finite) */
    static void around(double v, int k) {
        long b = toBits(v);
        for (long i = -k; i <= k; i++) {
            if (b + i < 0 || b + i >= 0x7ff0000000000000L) continue;
            double w = fromBits(b + i);
            d(w);
            d(-w);
        }
    }

    static void aroundF(int b, int k) {
        for (int i = -k; i <= k; i++) {
            if (b + i < 0 || b + i >= 0x7f800000) continue;
            float w = fromBitsF(b + i);
            f(w);
            f(-w);
        }
    }

    static void group(String name) {
        System.out.println(name + ": " + count + " values, hash " + hash);
        count = 0;
        hash = 0;
    }

    public static void main(String[] args) {
        pow2[0] = 4.9E-324;
        for (int i = 1; i < pow2.length; i++) pow2[i] = pow2[i - 1] * 2;
        System.out.println(1e23 + " " + 2e23 + " " + 8.41e21 + " " + 1.024e26 + " " + 5.12e25);
        System.out.println(4.9E-324 + " " + 1.0E-323 + " " + 2.2250738585072014E-308 + " "
                + 1.7976931348623157E308 + " " + 123456789123456789.0);
        System.out.println(1.4E-45f + " " + 1.17549435E-38f + " " + 3.4028235E38f + " "
                + (float) (1L << 40) + " " + 2.14748365E9f + " " + 1.0E10f + " " + 123456789f);
        System.out.println(0.001 + " " + 0.002 + " " + 9.999999999999998E-4 + " " + 1.0E7 + " "
                + 9999999.999999998 + " " + 1.00000005E7f + " " + 0.3 + " " + (0.1 + 0.2));

        for (int e = 0; e < 2046; e += 2) around(pow2[e], 1);
        group("doubles 2^n");
        double p = 1;
        for (int n = 0; n <= 308; n++, p *= 10) around(p, 1);
        p = 1;
        for (int n = 0; n <= 323; n++, p /= 10) around(p, 1);
        group("doubles near 10^n");
        p = 1e-320;
        for (int n = -320; n <= 300; n += 3, p *= 1000)
            for (int k = 1; k < 1000; k += 37) d(k * p);
        group("doubles k*10^n");
        for (int a = 0; a <= 64; a += 2)
            for (int b = 0; b < tens.length; b++) d(pow2[1074 + a] * tens[b]);
        group("doubles 2^a*10^b");
        for (int b = 52; b <= 64; b++)
            for (int k = 1; k <= 8; k++) around(k * pow2[1074 + b], 2);
        group("doubles integers near 2^53..2^64");
        for (int i = 1; i <= 300; i++) d(fromBits(i));
        for (int i = 0; i < 300; i++) d(fromBits(next() >>> (12 + (i % 52))));
        around(pow2[1074 - 1022], 20);
        group("doubles subnormal");
        for (int k = 1; k <= 9; k++) {
            around(k * 0.0001, 3);
            around(k * 0.001, 3);
            around(k * 0.01, 3);
            around(k * 1e6, 3);
            around(k * 1e7, 3);
            around(k * 1e8, 3);
        }
        group("doubles near 10^-3 and 10^7");
        for (int i = 0; i < 1500; i++) {
            long b = next();
            if ((b >>> 52 & 0x7ff) != 0x7ff) d(fromBits(b));
        }
        group("doubles random");

        for (int e = 1; e < 255; e++) aroundF(e << 23, 1);
        for (int i = 0; i < 23; i++) aroundF(1 << i, 1);
        group("floats 2^n");
        float q = 1;
        for (int n = 0; n <= 38; n++, q *= 10) f(q);
        q = 1;
        for (int n = 0; n <= 45; n++, q /= 10) f(q);
        group("floats near 10^n");
        for (int b = 24; b <= 64; b++)
            for (int k = 1; k <= 5; k++) f((float) (k * pow2[1074 + b]));
        for (int i = 0; i < 300; i++) f((float) (next() >>> (i % 40)));
        group("floats integers");
        for (int i = 1; i <= 200; i++) f(fromBitsF(i));
        aroundF(1 << 23, 20);
        group("floats subnormal");
        for (int i = 0; i < 1500; i++) {
            int b = (int) next();
            if ((b >>> 23 & 0xff) != 0xff) f(fromBitsF(b));
        }
        group("floats random");
    }
}
