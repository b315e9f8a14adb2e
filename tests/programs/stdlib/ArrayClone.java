// clone(): arrays of every kind (a copy, shallow for nested arrays and objects), and
// Object.clone on a class that implements Cloneable (CloneNotSupportedException
// otherwise).
// expect: [1, 2, 3] [99, 2, 3] true
// expect: [1.5, 2.5]abc[true, false][9223372036854775807][1, -1]
// expect: [x, y] [x, changed] String[]
// expect: [[100, 2], [3, 4]] [[100, 2], [7, 7]]
// expect: Dolly Polly 6 true true
// expect: java.lang.CloneNotSupportedException: ArrayClone$Goat
// expect: 0 true
import java.util.Arrays;

public class ArrayClone {
    static class Sheep implements Cloneable {
        String name;
        int[] tags;

        Sheep(String name, int[] tags) {
            this.name = name;
            this.tags = tags;
        }

        public Sheep clone() {
            try {
                return (Sheep) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class Goat {
        Object copy() throws CloneNotSupportedException {
            return clone();
        }
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 99;
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " " + (a != b));
        double[] d = {1.5, 2.5};
        char[] c = "abc".toCharArray();
        boolean[] z = {true, false};
        long[] l = {Long.MAX_VALUE};
        byte[] by = {1, -1};
        System.out.println(Arrays.toString(d.clone()) + new String(c.clone()) + Arrays.toString(z.clone()) + Arrays.toString(l.clone()) + Arrays.toString(by.clone()));
        String[] s = {"x", "y"};
        String[] s2 = s.clone();
        s2[1] = "changed";
        System.out.println(Arrays.toString(s) + " " + Arrays.toString(s2) + " " + s2.getClass().getSimpleName());
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 100;
        shallow[1] = new int[] {7, 7};
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(shallow));
        Sheep dolly = new Sheep("Dolly", new int[] {5});
        Sheep copy = dolly.clone();
        copy.name = "Polly";
        copy.tags[0] = 6;
        System.out.println(dolly.name + " " + copy.name + " " + dolly.tags[0] + " " + (copy != dolly) + " " + (copy.getClass() == Sheep.class));
        try {
            new Goat().copy();
            System.out.println("cloned a goat");
        } catch (CloneNotSupportedException e) {
            System.out.println(e);
        }
        int[] empty = new int[0];
        System.out.println(empty.clone().length + " " + (empty.clone() != empty));
    }
}
