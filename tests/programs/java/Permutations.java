// Combinatorics: all permutations by backtracking, next permutation in lexicographic
// order, subsets by bit masks, combinations, Catalan numbers via balanced parentheses.
// expect: 24: abcd abdc acbd acdb adcb adbc bacd badc ...
// expect: 12: 1223 1232 1322 2123 2132 2213 2231 2312 2321 3122 3212 3221
// expect: [][x][y][xy][z][xz][yz][xyz]
// expect: {1,2,3}{1,2,4}{1,2,5}{1,3,4}{1,3,5}{1,4,5}{2,3,4}{2,3,5}{2,4,5}{3,4,5}
// expect: 1,1,2,5,14,42,132,429,1430,4862,16796
public class Permutations {
    static int count;
    static void permute(char[] a, int k, StringBuilder out) {
        if (k == a.length) { count++; if (count <= 8) out.append(a).append(' '); return; }
        for (int i = k; i < a.length; i++) {
            char t = a[k]; a[k] = a[i]; a[i] = t;
            permute(a, k + 1, out);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }
    static boolean nextPerm(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i]; a[i] = a[j]; a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
        return true;
    }
    static void combos(int n, int k, int start, int[] cur, int depth, StringBuilder out) {
        if (depth == k) {
            out.append('{');
            for (int i = 0; i < k; i++) out.append(cur[i]).append(i + 1 < k ? "," : "");
            out.append('}');
            return;
        }
        for (int i = start; i <= n; i++) { cur[depth] = i; combos(n, k, i + 1, cur, depth + 1, out); }
    }
    static int parens(int open, int close, int n) {
        if (close == n) return 1;
        int c = 0;
        if (open < n) c += parens(open + 1, close, n);
        if (close < open) c += parens(open, close + 1, n);
        return c;
    }
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        permute("abcd".length() == 4 ? new char[]{'a', 'b', 'c', 'd'} : null, 0, out);
        System.out.println(count + ": " + out + "...");
        int[] p = {1, 2, 2, 3};
        int n = 1;
        StringBuilder seq = new StringBuilder("1223");
        while (nextPerm(p)) { n++; seq.append(' '); for (int v : p) seq.append(v); }
        System.out.println(n + ": " + seq);
        String set = "xyz";
        StringBuilder subs = new StringBuilder();
        for (int mask = 0; mask < 1 << set.length(); mask++) {
            subs.append('[');
            for (int b = 0; b < set.length(); b++) if ((mask & 1 << b) != 0) subs.append(set.charAt(b));
            subs.append(']');
        }
        System.out.println(subs);
        StringBuilder cs = new StringBuilder();
        combos(5, 3, 1, new int[3], 0, cs);
        System.out.println(cs);
        StringBuilder cat = new StringBuilder();
        for (int i = 0; i <= 10; i++) cat.append(parens(0, 0, i)).append(i < 10 ? "," : "");
        System.out.println(cat);
    }
}
