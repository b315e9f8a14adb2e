// spectralnorm: the Computer Language Benchmarks Game's spectral norm of the infinite
// matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by 10 power iterations. Measures double
// arithmetic and division in nested loops over double[]. Size: n (default 1300).
public class SpectralNorm {
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static void multiplyAv(double[] v, double[] av) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
            av[i] = sum;
        }
    }

    static void multiplyAtv(double[] v, double[] atv) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += a(j, i) * v[j];
            atv[i] = sum;
        }
    }

    static void multiplyAtAv(double[] v, double[] tmp, double[] atav) {
        multiplyAv(v, tmp);
        multiplyAtv(tmp, atav);
    }

    static String fixed(double x, int decimals) {
        StringBuilder sb = new StringBuilder();
        if (x < 0) {
            sb.append('-');
            x = -x;
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        long v = (long) Math.floor(x * scale + 0.5);
        sb.append(v / scale).append('.');
        String f = String.valueOf(v % scale);
        for (int i = f.length(); i < decimals; i++) sb.append('0');
        return sb.append(f).toString();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1300;
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1;
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(u, tmp, v);
            multiplyAtAv(v, tmp, u);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        double norm = Math.sqrt(vBv / vv);
        System.out.println(fixed(norm, 9));
        // the norm converges to 1.2742241528...; from n = 100 on it is within 1e-5
        double err = norm - 1.2742241528;
        if (err < 0) err = -err;
        if (n >= 100 && err > 1e-5) {
            System.out.println("FAIL: not the spectral norm");
            System.exit(1);
        }
        System.out.println("ok");
    }
}
