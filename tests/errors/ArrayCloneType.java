// clone() of an array type is public, throws nothing and returns the array's type
// (JLS 10.7): the results are checked as arrays, not as Object.
public class ArrayCloneType {
    static <T> T[] copy(T[] a) {
        return a.clone();
    }

    public static void main(String[] args) {
        int[] a = {1, 2};
        int[] b = a.clone();
        int[][] grid = {{1}, {2}};
        int[][] g2 = grid.clone();
        int[] row = grid[0].clone();
        String[] names = args.clone();
        Object[] objs = names.clone();
        Cloneable c = a.clone();
        int n = a.clone().length + copy(names).length;
        String s = a.clone(); // expect error: incompatible types: int[] cannot be converted to String
        long[] l = a.clone(); // expect error: incompatible types: int[] cannot be converted to long[]
        String[] t = objs.clone(); // expect error: incompatible types: Object[] cannot be converted to String[]
        Integer[] boxes = a.clone(); // expect error: incompatible types: int[] cannot be converted to Integer[]
    }
}
