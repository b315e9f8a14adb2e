// java.util.Arrays: sort of every primitive type (doubles with -0.0 and NaN in
// Double.compare order), ranges, objects in natural order and with a Comparator
// (stable), binarySearch (found, not found, ranges), fill, copyOf (padding, truncating,
// keeping the array type), copyOfRange, equals, hashCode, deepEquals, deepHashCode,
// toString, deepToString (nested and self-containing arrays), asList (writing through),
// setAll.
// expect: [-100, -7, -3, 0, 3, 3, 5, 9, 12, 100] 7 -7 -1
// expect: [-5, 0, 3, 1099511627776] [-1.0E300, -0.0, -0.0, 0.0, 1.5, 2.5, Infinity, NaN] [ acghinorrsst] [-128, 0, 5, 127][-2, 7, 300][-2.0, 0.0, 1.5, NaN]
// expect: [9, 8, 4, 5, 6, 7, 3, 2, 1] 3
// expect: [apple, banana, date, fig, kiwi, pear, plum] [fig, pear, kiwi, date, plum, apple, banana] 4
// expect: [3, 2, 1]
// expect: [7, -1, -1, 7, 7, 7] [x, x, x]
// expect: [-100, -7, -3, 0, 3, 3, 5, 9, 12, 100, 0, 0][-100, -7, -3][-3, 0, 3][12, 100, 0, 0][pear, fig, banana, kiwi, apple, date, plum, null, null] String[]
// expect: true false true true
// expect: 30817 3968 40359 1073217567 0
// expect: [[1, 2, 3], [4, 5], []] [1, two, [3], [four, null], null, [[5.5]]] [me, [...]] true
// expect: true false 31895
// expect: PEAR [PEAR, fig, banana, kiwi, apple, date, plum] 7 true 3
// expect: [1, 2, 3]
// expect: [0, 1, 4, 9, 16, 25] [] null
// expect: true 0 49999 31337
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class ArraysMethods {
    static class ByLength implements Comparator<String> {
        public int compare(String a, String b) {
            return a.length() - b.length();
        }
    }

    static class Squares implements java.util.function.IntUnaryOperator {
        public int applyAsInt(int i) {
            return i * i;
        }
    }

    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, 12, -7, 3, 3, 100, -100};
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints) + " " + Arrays.binarySearch(ints, 9) + " " + Arrays.binarySearch(ints, 4) + " " + Arrays.binarySearch(ints, -1000));
        long[] longs = {3L, 1L << 40, -5L, 0L};
        Arrays.sort(longs);
        double[] ds = {2.5, -0.0, Double.NaN, 0.0, -1e300, Double.POSITIVE_INFINITY, 1.5, -0.0};
        Arrays.sort(ds);
        char[] cs = "sorting chars".toCharArray();
        Arrays.sort(cs);
        byte[] bs = {5, -128, 127, 0};
        Arrays.sort(bs);
        short[] ss = {300, -2, 7};
        Arrays.sort(ss);
        float[] fs = {1.5f, Float.NaN, -2f, 0f};
        Arrays.sort(fs);
        System.out.println(Arrays.toString(longs) + " " + Arrays.toString(ds) + " [" + new String(cs) + "] " + Arrays.toString(bs) + Arrays.toString(ss) + Arrays.toString(fs));
        int[] part = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(part, 2, 6);
        System.out.println(Arrays.toString(part) + " " + Arrays.binarySearch(part, 2, 6, 5));
        String[] words = {"pear", "fig", "banana", "kiwi", "apple", "date", "plum"};
        String[] natural = Arrays.copyOf(words, words.length);
        Arrays.sort(natural);
        String[] byLen = Arrays.copyOf(words, words.length);
        Arrays.sort(byLen, new ByLength());
        System.out.println(Arrays.toString(natural) + " " + Arrays.toString(byLen) + " " + Arrays.binarySearch(natural, "kiwi"));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, java.util.Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        String[] names = new String[3];
        Arrays.fill(names, "x");
        System.out.println(Arrays.toString(filled) + " " + Arrays.toString(names));
        int[] grown = Arrays.copyOf(ints, 12);
        int[] cut = Arrays.copyOf(ints, 3);
        int[] mid = Arrays.copyOfRange(ints, 2, 5);
        int[] past = Arrays.copyOfRange(ints, 8, 12);
        String[] longer = Arrays.copyOf(words, 9);
        System.out.println(Arrays.toString(grown) + Arrays.toString(cut) + Arrays.toString(mid) + Arrays.toString(past) + Arrays.toString(longer) + " " + longer.getClass().getSimpleName());
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new int[] {1}, new int[] {2}) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals((int[]) null, null));
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new String[] {"a", null}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode((long[]) null));
        int[][] grid = {{1, 2, 3}, {4, 5}, {}};
        Object[] nested = {1, "two", new int[] {3}, new String[] {"four", null}, null, new double[][] {{5.5}}};
        Object[] selfRef = new Object[2];
        selfRef[0] = "me";
        selfRef[1] = selfRef;
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(nested) + " " + Arrays.deepToString(selfRef) + " " + Arrays.toString(grid).startsWith("[[I@"));
        System.out.println(Arrays.deepEquals(new int[][] {{1}}, new int[][] {{1}}) + " " + Arrays.equals(new int[][] {{1}}, new int[][] {{1}}) + " " + Arrays.deepHashCode(new Object[] {new int[] {1, 2}, "x"}));
        List<String> view = Arrays.asList(words);
        view.set(0, "PEAR");
        System.out.println(words[0] + " " + view + " " + view.size() + " " + view.contains("fig") + " " + view.indexOf("kiwi"));
        List<Integer> small = Arrays.asList(3, 1, 2);
        java.util.Collections.sort(small);
        System.out.println(small);
        int[] sq = new int[6];
        Arrays.setAll(sq, new Squares());
        System.out.println(Arrays.toString(sq) + " " + Arrays.toString(new int[0]) + " " + Arrays.toString((Object[]) null));
        int[] big = new int[50000];
        for (int i = 0; i < big.length; i++) big[i] = (i * 7919) % 50000;
        Arrays.sort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) sorted = false;
        System.out.println(sorted + " " + big[0] + " " + big[49999] + " " + Arrays.binarySearch(big, 31337));
    }
}
