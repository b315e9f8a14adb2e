// System.arraycopy: forward and overlapping copies, object arrays, errors.
// expect: [0, 1, 2, 3, 4, 5, 0]
// expect: [1, 2, 1, 2, 3, 4]
// expect: [3, 4, 5, 6, 5, 6]
// expect: b c null
// expect: wxyz
// expect: AIOOBE
// expect: ASE
// expect: NPE
// expect: [7, 8, 0, 0]
public class ArrayCopy {
    static String show(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(", "); sb.append(a[i]); }
        return sb.append("]").toString();
    }
    public static void main(String[] args) {
        int[] src = {1, 2, 3, 4, 5};
        int[] dst = new int[7];
        System.arraycopy(src, 0, dst, 1, 5);
        System.out.println(show(dst));
        int[] overlap = {1, 2, 3, 4, 5, 6};
        System.arraycopy(overlap, 0, overlap, 2, 4);
        System.out.println(show(overlap));
        int[] back = {1, 2, 3, 4, 5, 6};
        System.arraycopy(back, 2, back, 0, 4);
        System.out.println(show(back));
        String[] s1 = {"a", "b", "c"};
        Object[] o1 = new Object[3];
        System.arraycopy(s1, 1, o1, 0, 2);
        System.out.println(o1[0] + " " + o1[1] + " " + o1[2]);
        char[] cs = new char[4];
        System.arraycopy(new char[]{'w', 'x', 'y', 'z'}, 0, cs, 0, 4);
        System.out.println(cs);
        try {
            System.arraycopy(src, 3, dst, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE");
        }
        try {
            System.arraycopy(src, 0, new long[5], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ASE");
        }
        try {
            System.arraycopy(null, 0, dst, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        int[] grow = {7, 8};
        int[] bigger = new int[grow.length * 2];
        System.arraycopy(grow, 0, bigger, 0, grow.length);
        grow = bigger;
        System.out.println(show(grow));
    }
}
