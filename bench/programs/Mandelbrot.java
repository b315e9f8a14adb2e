// mandelbrot: the Computer Language Benchmarks Game's Mandelbrot set bitmap (n x n pixels
// of [-1.5,0.5] x [-1,1], 50 iterations, 8 pixels a byte), reduced to a checksum instead
// of a PBM file. Measures double arithmetic in a tight loop. Size: n (default 1600).
public class Mandelbrot {
    static int hash, count;

    static void row(int y, int n, byte[] bits) {
        double ci = 2.0 * y / n - 1.0;
        int bitNum = 0, byteAcc = 0, pos = 0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5;
            double zr = 0, zi = 0, tr = 0, ti = 0;
            int i = 0;
            while (i < 50 && tr + ti <= 4.0) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
                i++;
            }
            byteAcc <<= 1;
            if (tr + ti <= 4.0) byteAcc |= 1;
            bitNum++;
            if (bitNum == 8 || x == n - 1) {
                if (bitNum != 8) byteAcc <<= 8 - bitNum;
                bits[pos++] = (byte) byteAcc;
                byteAcc = 0;
                bitNum = 0;
            }
        }
    }

    // check: one pixel, written the straightforward way
    static boolean inSet(double cr, double ci) {
        double zr = 0, zi = 0;
        for (int i = 0; i < 50; i++) {
            double t = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = t;
            if (zr * zr + zi * zi > 4.0) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1600;
        byte[] bits = new byte[(n + 7) / 8];
        hash = 0;
        count = 0;
        boolean good = true;
        for (int y = 0; y < n; y++) {
            row(y, n, bits);
            for (int i = 0; i < bits.length; i++) {
                int b = bits[i] & 0xff;
                hash = hash * 31 + b;
                for (int k = 0; k < 8; k++) count += (b >> k) & 1;
            }
            if (y % 16 == 0) {
                for (int x = 0; x < n; x++) {
                    boolean bit = ((bits[x >> 3] >> (7 - (x & 7))) & 1) != 0;
                    if (bit != inSet(2.0 * x / n - 1.5, 2.0 * y / n - 1.0)) good = false;
                }
            }
        }
        System.out.println("mandelbrot " + n + "x" + n + ": " + count + " points in the set, hash " + hash);
        if (!good) {
            System.out.println("FAIL: the bitmap differs from the per-pixel check");
            System.exit(1);
        }
        System.out.println("ok");
    }
}
