// Floating-point heavy: an ASCII Mandelbrot set, numerical integration (Simpson),
// Newton's method for square roots, a series for pi, Horner polynomial evaluation.
// expect:                                         |
// expect:                           ...:          |
// expect:                        ...:@@@..        |
// expect:                     ..#+=@@@@@@@:#:.    |
// expect:             .........#@@@@@@@@@@@@-.    |
// expect:            ..:@@@@@:@@@@@@@@@@@@@@@-    |
// expect:    @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@-..    |
// expect:            ..:@@@@@:@@@@@@@@@@@@@@@-    |
// expect:             .........#@@@@@@@@@@@@-.    |
// expect:                     ..#+=@@@@@@@:#:.    |
// expect:                        ...:@@@..        |
// expect:                           ...:          |
// expect: 2.000000010825
// expect: 1.414213562373095 100000.0 false
// expect: 3.1415826535897198
// expect: 3.25 -0.5
// expect: 7.4854784
public class Mandelbrot {
    static double simpson(int n) {
        double a = 0, b = Math.PI, h = (b - a) / n, s = Math.sin(a) + Math.sin(b);
        for (int i = 1; i < n; i++) s += (i % 2 == 0 ? 2 : 4) * Math.sin(a + i * h);
        return s * h / 3;
    }
    static double newtonSqrt(double x) {
        double g = x / 2;
        for (int i = 0; i < 30; i++) g = (g + x / g) / 2;
        return g;
    }
    static double horner(double[] coef, double x) {
        double r = 0;
        for (int i = coef.length - 1; i >= 0; i--) r = r * x + coef[i];
        return r;
    }
    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        for (int row = 0; row < 12; row++) {
            StringBuilder sb = new StringBuilder();
            for (int col = 0; col < 40; col++) {
                double cr = -2.2 + col * 0.075, ci = -1.2 + row * 0.2;
                double zr = 0, zi = 0;
                int it = 0;
                while (it < 50 && zr * zr + zi * zi <= 4) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    it++;
                }
                sb.append(shades.charAt(it * (shades.length() - 1) / 50));
            }
            System.out.println(sb.append('|'));
        }
        System.out.println(Math.rint(simpson(100) * 1e12) / 1e12);
        System.out.println(newtonSqrt(2) + " " + newtonSqrt(1e10) + " " + (newtonSqrt(2) == Math.sqrt(2)));
        double pi = 0;
        for (int k = 0; k < 100000; k++) pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        System.out.println(pi);
        System.out.println(horner(new double[]{1, -3, 0, 2}, 1.5) + " " + horner(new double[]{0.5, 0.25}, -4));
        float f = 0;
        for (int i = 1; i <= 1000; i++) f += 1.0f / i;
        System.out.println(f);
    }
}
