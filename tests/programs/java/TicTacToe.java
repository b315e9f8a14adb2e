// Tic-tac-toe with full minimax search: counts evaluated positions, plays a perfect game
// against itself (a draw), and solves two set positions.
// expect: value of empty board: 0 after 549946 nodes
// expect: X0 O4 X1 O2 X6 O3 X5 O7 X8 |
// expect: XXO
// expect: OOX
// expect: XOX
// expect: winner: none
// expect: X should block at 7
// expect: X wins at 2, O would win at 5
public class TicTacToe {
    static final int[][] LINES = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
    static int nodes;
    static char winner(char[] b) {
        for (int[] l : LINES) if (b[l[0]] != '.' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]]) return b[l[0]];
        return 0;
    }
    static boolean full(char[] b) { for (char c : b) if (c == '.') return false; return true; }
    static int minimax(char[] b, char player, int depth) {
        nodes++;
        char w = winner(b);
        if (w == 'X') return 10 - depth;
        if (w == 'O') return depth - 10;
        if (full(b)) return 0;
        int best = player == 'X' ? -100 : 100;
        for (int i = 0; i < 9; i++) {
            if (b[i] != '.') continue;
            b[i] = player;
            int score = minimax(b, player == 'X' ? 'O' : 'X', depth + 1);
            b[i] = '.';
            if (player == 'X' ? score > best : score < best) best = score;
        }
        return best;
    }
    static int bestMove(char[] b, char player) {
        int best = -1, bestScore = player == 'X' ? -100 : 100;
        for (int i = 0; i < 9; i++) {
            if (b[i] != '.') continue;
            b[i] = player;
            int s = minimax(b, player == 'X' ? 'O' : 'X', 1);
            b[i] = '.';
            if (player == 'X' ? s > bestScore : s < bestScore) { bestScore = s; best = i; }
        }
        return best;
    }
    public static void main(String[] args) {
        char[] b = ".........".length() == 9 ? new char[]{'.', '.', '.', '.', '.', '.', '.', '.', '.'} : null;
        System.out.println("value of empty board: " + minimax(b, 'X', 0) + " after " + nodes + " nodes");
        char player = 'X';
        StringBuilder moves = new StringBuilder();
        while (winner(b) == 0 && !full(b)) {
            int m = bestMove(b, player);
            b[m] = player;
            moves.append(player).append(m).append(' ');
            player = player == 'X' ? 'O' : 'X';
        }
        System.out.println(moves.append('|'));
        for (int r = 0; r < 3; r++) System.out.println(new char[]{b[3 * r], b[3 * r + 1], b[3 * r + 2]});
        System.out.println("winner: " + (winner(b) == 0 ? "none" : "" + winner(b)));
        char[] p1 = {'X', 'O', 'X', '.', 'O', '.', '.', '.', '.'};
        System.out.println("X should block at " + bestMove(p1, 'X'));
        char[] p2 = {'X', 'X', '.', 'O', 'O', '.', '.', '.', '.'};
        System.out.println("X wins at " + bestMove(p2, 'X') + ", O would win at " + bestMove(p2, 'O'));
    }
}
