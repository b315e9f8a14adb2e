// An immutable matrix class over doubles: factory methods, multiplication with
// dimension checks (IllegalArgumentException), equals with a tolerance, toString with
// rows, the power method for the dominant eigenvalue.
// expect: [2.0, 1.0][1.0, 3.0] * [1.0][1.0] = [3.0][4.0]
// expect: true false
// expect: 3.618033989 vs 3.618033989
// expect: 2x1 times 2x2
// expect: ragged row 1
final class Matrix {
    private final double[][] a;
    final int rows, cols;
    private Matrix(double[][] a) { this.a = a; rows = a.length; cols = a[0].length; }
    static Matrix of(double[]... rows) {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != rows[0].length) throw new IllegalArgumentException("ragged row " + i);
            c[i] = new double[rows[i].length];
            System.arraycopy(rows[i], 0, c[i], 0, rows[i].length);
        }
        return new Matrix(c);
    }
    static Matrix identity(int n) {
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) c[i][i] = 1;
        return new Matrix(c);
    }
    Matrix times(Matrix o) {
        if (cols != o.rows) throw new IllegalArgumentException(rows + "x" + cols + " times " + o.rows + "x" + o.cols);
        double[][] c = new double[rows][o.cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < o.cols; j++) {
                double s = 0;
                for (int k = 0; k < cols; k++) s += a[i][k] * o.a[k][j];
                c[i][j] = s;
            }
        return new Matrix(c);
    }
    double get(int i, int j) { return a[i][j]; }
    boolean approx(Matrix o, double eps) {
        if (rows != o.rows || cols != o.cols) return false;
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) {
            double d = a[i][j] - o.a[i][j];
            if (d > eps || d < -eps) return false;
        }
        return true;
    }
    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (double[] row : a) {
            sb.append('[');
            for (int j = 0; j < row.length; j++) sb.append(j > 0 ? ", " : "").append(row[j]);
            sb.append(']');
        }
        return sb.toString();
    }
}
public class MatrixClass {
    public static void main(String[] args) {
        Matrix m = Matrix.of(new double[]{2, 1}, new double[]{1, 3});
        Matrix v = Matrix.of(new double[]{1}, new double[]{1});
        System.out.println(m + " * " + v + " = " + m.times(v));
        System.out.println(m.times(Matrix.identity(2)).approx(m, 0) + " " + m.approx(v, 1));
        double lambda = 0;
        Matrix x = v;
        for (int it = 0; it < 50; it++) {
            Matrix y = m.times(x);
            double norm = Math.sqrt(y.get(0, 0) * y.get(0, 0) + y.get(1, 0) * y.get(1, 0));
            x = Matrix.of(new double[]{y.get(0, 0) / norm}, new double[]{y.get(1, 0) / norm});
            lambda = norm;
        }
        System.out.println(Math.rint(lambda * 1e9) / 1e9 + " vs " + Math.rint((5 + Math.sqrt(5)) / 2 * 1e9) / 1e9);
        try {
            v.times(m);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Matrix.of(new double[]{1, 2}, new double[]{3});
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
