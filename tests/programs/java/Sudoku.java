// A Sudoku solver by backtracking with bit masks for rows, columns and boxes.
// expect: true after 4208 placements
// expect: 534|678|912
// expect: 672|195|348
// expect: 198|342|567
// expect: ---+---+---
// expect: 859|761|423
// expect: 426|853|791
// expect: 713|924|856
// expect: ---+---+---
// expect: 961|537|284
// expect: 287|419|635
// expect: 345|286|179
public class Sudoku {
    static int[] rows = new int[9], cols = new int[9], boxes = new int[9];
    static int[][] g = new int[9][9];
    static long tries;
    static boolean solve(int pos) {
        if (pos == 81) return true;
        int r = pos / 9, c = pos % 9;
        if (g[r][c] != 0) return solve(pos + 1);
        int b = r / 3 * 3 + c / 3;
        for (int d = 1; d <= 9; d++) {
            int bit = 1 << d;
            if ((rows[r] & bit) != 0 || (cols[c] & bit) != 0 || (boxes[b] & bit) != 0) continue;
            tries++;
            g[r][c] = d;
            rows[r] |= bit; cols[c] |= bit; boxes[b] |= bit;
            if (solve(pos + 1)) return true;
            rows[r] &= ~bit; cols[c] &= ~bit; boxes[b] &= ~bit;
            g[r][c] = 0;
        }
        return false;
    }
    public static void main(String[] args) {
        String puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
        for (int i = 0; i < 81; i++) {
            int d = puzzle.charAt(i) - '0';
            int r = i / 9, c = i % 9;
            g[r][c] = d;
            if (d != 0) { rows[r] |= 1 << d; cols[c] |= 1 << d; boxes[r / 3 * 3 + c / 3] |= 1 << d; }
        }
        System.out.println(solve(0) + " after " + tries + " placements");
        for (int r = 0; r < 9; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 9; c++) {
                sb.append(g[r][c]);
                if (c == 2 || c == 5) sb.append('|');
            }
            System.out.println(sb);
            if (r == 2 || r == 5) System.out.println("---+---+---");
        }
    }
}
