// N-queens: counts all solutions for n = 1..9 by backtracking with boolean arrays, and
// prints the first solution for n = 8 as a board.
// expect: 1: 1
// expect: 2: 0
// expect: 3: 0
// expect: 4: 2
// expect: 5: 10
// expect: 6: 4
// expect: 7: 40
// expect: 8: 92
// expect: 9: 352
// expect: Q.......
// expect: ....Q...
// expect: .......Q
// expect: .....Q..
// expect: ..Q.....
// expect: ......Q.
// expect: .Q......
// expect: ...Q....
public class NQueens {
    static int count;
    static int[] first;
    static void place(int row, int n, int[] cols, boolean[] used, boolean[] d1, boolean[] d2) {
        if (row == n) {
            if (count++ == 0) { first = new int[n]; System.arraycopy(cols, 0, first, 0, n); }
            return;
        }
        for (int c = 0; c < n; c++) {
            if (used[c] || d1[row + c] || d2[row - c + n - 1]) continue;
            used[c] = d1[row + c] = d2[row - c + n - 1] = true;
            cols[row] = c;
            place(row + 1, n, cols, used, d1, d2);
            used[c] = d1[row + c] = d2[row - c + n - 1] = false;
        }
    }
    static int solve(int n) {
        count = 0;
        place(0, n, new int[n], new boolean[n], new boolean[2 * n], new boolean[2 * n]);
        return count;
    }
    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) System.out.println(n + ": " + solve(n));
        solve(8);
        for (int r = 0; r < 8; r++) {
            char[] line = new char[8];
            for (int c = 0; c < 8; c++) line[c] = first[r] == c ? 'Q' : '.';
            System.out.println(line);
        }
    }
}
