// Multi-dimensional arrays: rectangular, ragged, partially sized, initializers, 3-D.
// expect: 3x4 23
// expect: true
// expect: 0 |
// expect: 1 2 |
// expect: 2 3 4 |
// expect: bc0
// expect: 2 3 4 123456789012
// expect: true
// expect: 1 |
// expect: 1 1 |
// expect: 1 2 1 |
// expect: 1 3 3 1 |
// expect: 1 4 6 4 1 |
// expect: ..O
// expect: .X.
// expect: ...
// expect: 3 2
// expect: 2 true
// expect: 3
// expect: negative inner dimension: -1
public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] m = new int[3][4];
        for (int r = 0; r < m.length; r++)
            for (int c = 0; c < m[r].length; c++)
                m[r][c] = r * 10 + c;
        System.out.println(m.length + "x" + m[0].length + " " + m[2][3]);
        int[][] ragged = new int[3][];
        System.out.println(ragged[0] == null);
        for (int r = 0; r < 3; r++) {
            ragged[r] = new int[r + 1];
            for (int c = 0; c <= r; c++) ragged[r][c] = r + c;
        }
        for (int[] row : ragged) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb.append("|"));
        }
        String[][] names = {{"a", "b"}, {"c"}, {}};
        System.out.println(names[0][1] + names[1][0] + names[2].length);
        long[][][] cube = new long[2][3][4];
        cube[1][2][3] = 123456789012L;
        System.out.println(cube.length + " " + cube[0].length + " " + cube[0][0].length + " " + cube[1][2][3]);
        double[][][] partial = new double[2][2][];
        System.out.println(partial[1][1] == null);
        int[][] tri = new int[5][];
        for (int i = 0; i < tri.length; i++) {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        for (int[] row : tri) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb.append("|"));
        }
        char[][] board = new char[3][3];
        for (char[] row : board) for (int j = 0; j < row.length; j++) row[j] = '.';
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(row);
        int[][] swap = {{1, 2}, {3, 4}};
        int[] tmp = swap[0]; swap[0] = swap[1]; swap[1] = tmp;
        System.out.println(swap[0][0] + " " + swap[1][1]);
        Object[] objs = new int[2][2];
        System.out.println(objs.length + " " + (objs[0] instanceof int[]));
        int[] arr[] = new int[2][3];
        System.out.println(arr[1].length);
        try {
            int[][] bad = new int[2][-1];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative inner dimension: " + e.getMessage());
        }
    }
}
