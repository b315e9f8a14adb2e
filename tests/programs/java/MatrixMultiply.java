// Matrices: int and double multiplication, transpose, identity, powers (Fibonacci by
// matrix power with long), determinant by Gaussian elimination.
// expect: 58 64
// expect: 139 154
// expect: 1 4
// expect: 2 5
// expect: 3 6
// expect: 17 22 27
// expect: 22 29 36
// expect: 27 36 45
// expect: trace 1980786
// expect: fib(10) = 55
// expect: fib(30) = 832040
// expect: fib(50) = 12586269025
// expect: fib(70) = 190392490709135
// expect: fib(90) = 2880067194370816120
// expect: 0.0
// expect: 0.0
// expect: -32.49999999999999
public class MatrixMultiply {
    static int[][] mul(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                int s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }
    static long[][] mulL(long[][] a, long[][] b) {
        long[][] c = new long[2][2];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) for (int x = 0; x < 2; x++) c[i][j] += a[i][x] * b[x][j];
        return c;
    }
    static long fib(int n) {
        long[][] r = {{1, 0}, {0, 1}}, m = {{1, 1}, {1, 0}};
        while (n > 0) {
            if ((n & 1) == 1) r = mulL(r, m);
            m = mulL(m, m);
            n >>= 1;
        }
        return r[0][1];
    }
    static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }
    static double det(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) { a[i] = new double[n]; System.arraycopy(m[i], 0, a[i], 0, n); }
        double d = 1;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if ((a[r][c] < 0 ? -a[r][c] : a[r][c]) > (a[p][c] < 0 ? -a[p][c] : a[p][c])) p = r;
            if (a[p][c] == 0) return 0;
            if (p != c) { double[] t = a[p]; a[p] = a[c]; a[c] = t; d = -d; }
            d *= a[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) a[r][k] -= f * a[c][k];
            }
        }
        return d;
    }
    static void print(int[][] m) {
        for (int[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < row.length; j++) sb.append(j == 0 ? "" : " ").append(row[j]);
            System.out.println(sb);
        }
    }
    public static void main(String[] args) {
        int[][] a = {{1, 2, 3}, {4, 5, 6}};
        int[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print(mul(a, b));
        print(transpose(a));
        print(mul(transpose(a), a));
        int n = 6;
        int[][] big = new int[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) big[i][j] = (i * 7 + j * 3) % 10 - 4;
        int[][] p = big;
        for (int i = 0; i < 5; i++) p = mul(p, big);
        long trace = 0;
        for (int i = 0; i < n; i++) trace += p[i][i];
        System.out.println("trace " + trace);
        for (int i = 10; i <= 90; i += 20) System.out.println("fib(" + i + ") = " + fib(i));
        System.out.println(det(new double[][]{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}));
        System.out.println(det(new double[][]{{1, 2}, {2, 4}}));
        System.out.println(det(new double[][]{{0.5, 1.5, -2}, {3, 0.25, 1}, {-1, 2, 4}}));
    }
}
