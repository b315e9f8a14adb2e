// System: arraycopy (overlapping, between arrays, its exceptions), identityHashCode of
// null, nanoTime and currentTimeMillis moving forward, getProperty for a few keys and
// defaults, lineSeparator, System.err next to System.out.
// expect: [1, 2, 1, 2, 3, 4, 5, 8]
// expect: [1, 2, 3, 4, 5, 4, 5, 8]
// expect: [null, a, b, c, null]
// expect: arraycopy: type mismatch: can not copy int[] into long[]
// expect: ArrayIndexOutOfBoundsException
// expect: arraycopy: length -1 is negative
// expect: 0
// expect: true
// expect: 4999950000 true true
// expect: true 1 / :
// expect: null fallback true true
// expect: after stderr
public class SystemMethods {
    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println(java.util.Arrays.toString(a));
        System.arraycopy(a, 3, a, 1, 4);
        System.out.println(java.util.Arrays.toString(a));
        String[] src = {"a", "b", "c"};
        Object[] dst = new Object[5];
        System.arraycopy(src, 0, dst, 1, 3);
        System.out.println(java.util.Arrays.toString(dst));
        try {
            System.arraycopy(a, 0, new long[8], 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.arraycopy(a, 5, a, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException");
        }
        try {
            System.arraycopy(a, 0, a, 0, -1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(System.identityHashCode(null));
        Object o = new Object();
        System.out.println(System.identityHashCode(o) == o.hashCode());
        long t0 = System.nanoTime(), m0 = System.currentTimeMillis();
        long spin = 0;
        for (int i = 0; i < 100000; i++) spin += i;
        long t1 = System.nanoTime();
        System.out.println(spin + " " + (t1 >= t0) + " " + (m0 > 1600000000000L));
        System.out.println(System.lineSeparator().equals("\n") + " " + System.getProperty("line.separator").length() + " " + System.getProperty("file.separator") + " " + System.getProperty("path.separator"));
        System.out.println(System.getProperty("no.such.property") + " " + System.getProperty("no.such.property", "fallback") + " " + (System.getProperty("user.dir") != null) + " " + (System.getProperty("java.version") != null));
        System.err.println("to stderr");
        System.out.println("after stderr");
        System.out.flush();
    }
}
