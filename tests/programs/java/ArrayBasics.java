// Arrays: default values of every element type, initializers, length, indexing, the
// exceptions for bad indexes and negative sizes.
// expect: false 0 0 0 0 0 0.0 0.0 null
// expect: 5 5 1
// expect: 2 8
// expect: 8
// expect: 0
// expect: 10
// expect: 25 16 1
// expect: Java
// expect: y
// expect: 3
// expect: 99
// expect: true
// expect: null mid null |
// expect: Index -1 out of bounds for length 2
// expect: Index 2 out of bounds for length 2
// expect: NegativeArraySizeException: -6
// expect: 1 0 2 2
// expect: true
// expect: false
// expect: 2
public class ArrayBasics {
    public static void main(String[] args) {
        boolean[] z = new boolean[2];
        byte[] b = new byte[2];
        short[] s = new short[2];
        char[] c = new char[2];
        int[] i = new int[2];
        long[] l = new long[2];
        float[] f = new float[2];
        double[] d = new double[2];
        String[] str = new String[2];
        System.out.println(z[0] + " " + b[0] + " " + s[0] + " " + (int) c[0] + " " + i[0] + " "
            + l[0] + " " + f[0] + " " + d[0] + " " + str[0]);
        int[] init = {5, 4, 3, 2, 1,};
        System.out.println(init.length + " " + init[0] + " " + init[4]);
        int[] viaNew = new int[]{9, 8};
        System.out.println(viaNew.length + " " + viaNew[1]);
        int n = 4;
        long[] sized = new long[n * 2];
        System.out.println(sized.length);
        int[] zero = new int[0];
        System.out.println(zero.length);
        int arr[] = {1, 2, 3}, plain = 7;
        System.out.println(arr.length + plain);
        for (int k = 0; k < init.length; k++) init[k] *= init[k];
        System.out.println(init[0] + " " + init[1] + " " + init[4]);
        char[] word = {'j', 'a', 'v', 'a'};
        word[0] = 'J';
        System.out.println(word);
        System.out.println(new String[]{"x", "y"}[1]);
        System.out.println(new int[3].length);
        int[] a1 = {1}, a2 = a1;
        a2[0] = 99;
        System.out.println(a1[0]);
        System.out.println(a1 == a2);
        String[] names = new String[3];
        names[1] = "mid";
        for (String nm : names) System.out.print(nm + " ");
        System.out.println("|");
        try {
            i[-1] = 0;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(str[2]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            int[] neg = new int[n - 10];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException: " + e.getMessage());
        }
        int idx = 0;
        int[] order = new int[3];
        order[idx++] = idx++;
        order[idx] = idx;
        System.out.println(order[0] + " " + order[1] + " " + order[2] + " " + idx);
        Object asObj = new int[]{1, 2};
        System.out.println(asObj instanceof int[]);
        System.out.println(asObj instanceof Object[]);
        int[] copy = (int[]) asObj;
        System.out.println(copy[1]);
    }
}
