// Enhanced for over arrays: primitives, strings, 2-D arrays, the array expression is
// evaluated once, assigning the loop variable does not change the array, final/var.
// expect: 14 1
// expect: 5 4 5 |
// expect: 6
// expect: [1;2;]
// expect: [3;]
// expect: []
// expect: [4;5;6;]
// expect: xy|
// expect: 1.0 3.0 |
// expect: 1099511627777
// expect: -1 2 |
// expect: alpha/beta/gamma/|
// expect: 1 2 100 |
// expect: falsetrue|
// expect: NPE on null array
public class EnhancedForArrays {
    static int evaluations = 0;
    static int[] data() { evaluations++; return new int[]{3, 1, 4, 1, 5}; }
    public static void main(String[] args) {
        int sum = 0;
        for (int v : data()) sum += v;
        System.out.println(sum + " " + evaluations);
        String[] words = {"alpha", "beta", "gamma"};
        for (String w : words) System.out.print(w.length() + " ");
        System.out.println("|");
        int[] arr = {1, 2, 3};
        for (int v : arr) v *= 10;
        System.out.println(arr[0] + arr[1] + arr[2]);
        int[][] grid = {{1, 2}, {3}, {}, {4, 5, 6}};
        for (int[] row : grid) {
            StringBuilder sb = new StringBuilder("[");
            for (int v : row) sb.append(v).append(';');
            System.out.println(sb.append(']'));
        }
        for (final char c : new char[]{'x', 'y'}) System.out.print(c);
        System.out.println("|");
        for (var d : new double[]{0.5, 1.5}) System.out.print(d * 2 + " ");
        System.out.println("|");
        long total = 0;
        for (long l : new long[]{1L << 40, 1}) total += l;
        System.out.println(total);
        for (int i : new byte[]{-1, 2}) System.out.print(i + " ");
        System.out.println("|");
        Object[] objs = words;
        for (Object o : objs) System.out.print(o + "/");
        System.out.println("|");
        int[] empty = {};
        for (int v : empty) System.out.println("never " + v);
        int[] mutate = {1, 2, 3};
        for (int v : mutate) { mutate[2] = 100; System.out.print(v + " "); }
        System.out.println("|");
        boolean[] bs = {true, false};
        for (boolean b : bs) System.out.print(!b);
        System.out.println("|");
        int[] nul = null;
        try {
            for (int v : nul) System.out.println(v);
        } catch (NullPointerException e) {
            System.out.println("NPE on null array");
        }
    }
}
