// Dynamic programming: longest common subsequence with reconstruction, edit distance,
// 0/1 knapsack, coin change counts (long), longest increasing subsequence.
// expect: GTAB ami
// expect: 3 3 2 0
// expect: 9 220
// expect: 4 139946140451
// expect: 4 6
public class DynamicProgramming {
    static int max(int a, int b) { return a > b ? a : b; }
    static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }
    static String lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--)
            for (int j = b.length() - 1; j >= 0; j--)
                t[i][j] = a.charAt(i) == b.charAt(j) ? 1 + t[i + 1][j + 1] : max(t[i + 1][j], t[i][j + 1]);
        StringBuilder sb = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; }
            else if (t[i + 1][j] >= t[i][j + 1]) i++;
            else j++;
        }
        return sb.toString();
    }
    static int edit(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
    static int knapsack(int[] w, int[] v, int cap) {
        int[] best = new int[cap + 1];
        for (int i = 0; i < w.length; i++)
            for (int c = cap; c >= w[i]; c--) best[c] = max(best[c], best[c - w[i]] + v[i]);
        return best[cap];
    }
    static long coinWays(int[] coins, int amount) {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int c : coins) for (int a = c; a <= amount; a++) ways[a] += ways[a - c];
        return ways[amount];
    }
    static int lis(int[] xs) {
        int[] tails = new int[xs.length];
        int len = 0;
        for (int x : xs) {
            int lo = 0, hi = len;
            while (lo < hi) { int mid = (lo + hi) / 2; if (tails[mid] < x) lo = mid + 1; else hi = mid; }
            tails[lo] = x;
            if (lo == len) len++;
        }
        return len;
    }
    public static void main(String[] args) {
        System.out.println(lcs("AGGTAB", "GXTXAYB") + " " + lcs("dynamic", "programming"));
        System.out.println(edit("kitten", "sitting") + " " + edit("", "abc") + " " + edit("flaw", "lawn") + " " + edit("same", "same"));
        System.out.println(knapsack(new int[]{1, 3, 4, 5}, new int[]{1, 4, 5, 7}, 7) + " "
            + knapsack(new int[]{10, 20, 30}, new int[]{60, 100, 120}, 50));
        System.out.println(coinWays(new int[]{1, 2, 5}, 5) + " " + coinWays(new int[]{1, 5, 10, 25, 50, 100}, 10000));
        System.out.println(lis(new int[]{10, 9, 2, 5, 3, 7, 101, 18}) + " " + lis(new int[]{0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}));
    }
}
