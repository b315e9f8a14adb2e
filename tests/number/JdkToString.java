// The JDK's side of tests/number/compare.sh: prints Double.toString / Float.toString of
// many values, for tests/number/check.c to compare with Oak's vm/number.c.
//
//   java JdkToString doubles SEED N   lines "D <64-bit hex> <Double.toString>": the fixed
//                                     tricky values, then N random ones of mixed kinds
//   java JdkToString floats FROM TO   lines "F <32-bit hex> <Float.toString>" for the bit
//                                     patterns FROM..TO-1 (hex), spaced out when large
//   java JdkToString fhash FROM TO    lines "H <first> <count> <hash>": FNV-1a 64 of the
//                                     strings (each followed by '\n') of every float bit
//                                     pattern in FROM..TO-1 (hex), in blocks of 2^16
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.SplittableRandom;

public class JdkToString {
    static StringBuilder sb = new StringBuilder();
    static PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 20), false);
    static long count;

    static void d(double v) {
        if (Double.isNaN(v)) return;
        sb.setLength(0);
        sb.append("D ").append(Long.toHexString(Double.doubleToRawLongBits(v))).append(' ')
                .append(Double.toString(v)).append('\n');
        out.append(sb);
        count++;
    }

    /* v, its neighbours up to k ulps away, and their negations */
    static void around(double v, int k) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return;
        d(v);
        d(-v);
        double up = v, down = v;
        for (int i = 0; i < k; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            d(up);
            d(down);
        }
    }

    static void fixedDoubles() {
        around(0.0, 3);
        around(Double.MIN_VALUE, 100);
        around(Double.MIN_NORMAL, 100);
        around(Double.MAX_VALUE, 100);
        for (int e = -1074; e <= 1023; e++) around(Math.scalb(1.0, e), 3);
        for (int e = -325; e <= 308; e++) around(Double.parseDouble("1e" + e), 3);
        // k * 10^e for every exponent: short decimals, their ties and neighbours
        for (int e = -340; e <= 310; e++)
            for (int k = 1; k < 1000; k++) around(Double.parseDouble(k + "e" + e), 1);
        // the plain/E-notation boundaries and the integer fast path's limits
        for (int e = -5; e <= 9; e++) {
            double p = Math.pow(10, e);
            around(p, 50);
            for (int k = 2; k <= 9; k++) around(k * p, 10);
        }
        // 2^a * 10^b: upper midpoints between doubles are among them (1.024e26 is one)
        for (int a = 0; a <= 80; a++)
            for (int b = -30; b <= 300; b++) around(Double.parseDouble(BigInteger.ONE.shiftLeft(a) + "e" + b), 1);
        for (int b = 50; b <= 66; b++) {
            double p = Math.scalb(1.0, b);
            for (int k = 1; k <= 16; k++) around(p * k, 20);
        }
        for (long n = 1; n <= 100000; n++) d(n);
        for (long n = 1; n <= 100000; n++) d(Double.longBitsToDouble(n)); // subnormals
        for (int i = 0; i < 100000; i++) d(i / 1000.0);
        for (int i = 0; i < 100000; i++) d(i / 1024.0);
        for (int i = 1; i < 10000; i++) d(1.0 / i);
    }

    static void randomDoubles(SplittableRandom r, long n) {
        for (long i = 0; i < n; i++) {
            switch ((int) (i % 10)) {
                case 0: case 1: // any bit pattern
                    d(Double.longBitsToDouble(r.nextLong()));
                    break;
                case 2: { // a short random decimal, anywhere in the range
                    int digits = 1 + r.nextInt(17);
                    long m = 1 + r.nextLong((long) Math.pow(10, Math.min(digits, 18)));
                    d(Double.parseDouble(m + "e" + (r.nextInt(660) - 345)));
                    break;
                }
                case 3: { // a short decimal near the plain range and its neighbours
                    int digits = 1 + r.nextInt(17);
                    long m = 1 + r.nextLong((long) Math.pow(10, Math.min(digits, 18)));
                    around(Double.parseDouble(m + "e" + (r.nextInt(50) - 30)), 1);
                    i += 5;
                    break;
                }
                case 4: // an integer of up to 64 bits
                    d((double) (r.nextLong() >>> r.nextInt(64)));
                    break;
                case 5: // a value with few significant bits (ties, powers of two)
                    d(Math.scalb((double) (r.nextLong() >>> (40 + r.nextInt(24))), r.nextInt(2100) - 1100));
                    break;
                case 6: // any exponent, uniformly
                    d(Double.longBitsToDouble(((long) r.nextInt(2047) << 52) | (r.nextLong() >>> 12)));
                    break;
                case 7: // subnormal
                    d(Double.longBitsToDouble(r.nextLong() >>> (12 + r.nextInt(52))));
                    break;
                case 8: // odd * 2^a * 10^b and its neighbours: midpoints, ties
                    around(Double.parseDouble(BigInteger.valueOf(1 + 2 * r.nextInt(5000)).shiftLeft(r.nextInt(70))
                            + "e" + r.nextInt(300)), 1);
                    i += 5;
                    break;
                default: // the plain range, uniformly in each decade
                    d(r.nextDouble() * Math.pow(10, r.nextInt(10) - 3));
            }
        }
    }

    static void f(int bits) {
        sb.setLength(0);
        sb.append("F ").append(Integer.toHexString(bits)).append(' ')
                .append(Float.toString(Float.intBitsToFloat(bits))).append('\n');
        out.append(sb);
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "doubles": {
                fixedDoubles();
                randomDoubles(new SplittableRandom(Long.parseLong(args[1])), Long.parseLong(args[2]));
                break;
            }
            case "floats": {
                long from = Long.parseLong(args[1], 16), to = Long.parseLong(args[2], 16);
                long step = Math.max(1, (to - from) / 4000000);
                for (long b = from; b < to; b += step) f((int) b);
                break;
            }
            case "fhash": {
                long from = Long.parseLong(args[1], 16), to = Long.parseLong(args[2], 16);
                for (long first = from; first < to; first += 1 << 16) {
                    long n = Math.min(1 << 16, to - first), h = 0xcbf29ce484222325L;
                    for (long b = first; b < first + n; b++) {
                        String s = Float.toString(Float.intBitsToFloat((int) b));
                        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
                        h = (h ^ '\n') * 0x100000001b3L;
                    }
                    out.println("H " + Long.toHexString(first) + " " + Long.toHexString(n) + " " + Long.toHexString(h));
                }
                break;
            }
            default:
                throw new IllegalArgumentException(args[0]);
        }
        out.flush();
    }
}
