// Arrays through methods: passed by reference (callee changes are visible), returned
// fresh arrays, 2-D arrays of rows shared between arrays, varargs vs array parameters,
// swapping references does not change the caller's variable.
// expect: [7,7,7]
// expect: [7,7,7]
// expect: [0,1,2,3,4] 0
// expect: [0,0,1]
// expect: [0,1,0]
// expect: [1,0,0]
// expect: [1,20] true
// expect: [0,1,2,9,8]
// expect: y2
// expect: 9
// expect: -1
public class ArrayParams {
    static void fill(int[] a, int v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    static void reassign(int[] a) { a = new int[]{99}; a[0] = 100; }
    static int[] range(int n) { int[] r = new int[n]; for (int i = 0; i < n; i++) r[i] = i; return r; }
    static int[][] identity(int n) { int[][] m = new int[n][n]; for (int i = 0; i < n; i++) m[i][i] = 1; return m; }
    static String show(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i > 0 ? "," : "").append(a[i]);
        return sb.append(']').toString();
    }
    static int[] concat(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
    static void swapRows(int[][] m, int i, int j) { int[] t = m[i]; m[i] = m[j]; m[j] = t; }
    static String[] names() { return new String[]{"x", "y"}; }
    public static void main(String[] args) {
        int[] a = new int[3];
        fill(a, 7);
        System.out.println(show(a));
        reassign(a);
        System.out.println(show(a));
        System.out.println(show(range(5)) + " " + range(0).length);
        int[][] id = identity(3);
        swapRows(id, 0, 2);
        for (int[] row : id) System.out.println(show(row));
        int[] shared = {1, 2};
        int[][] twice = {shared, shared};
        twice[0][1] = 20;
        System.out.println(show(twice[1]) + " " + (twice[0] == twice[1]));
        System.out.println(show(concat(range(3), new int[]{9, 8})));
        System.out.println(names()[1] + names().length);
        System.out.println(range(10)[range(10).length - 1]);
        int[] alias = a;
        alias[0] = -1;
        System.out.println(a[0]);
    }
}
