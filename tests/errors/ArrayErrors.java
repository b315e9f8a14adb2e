// Array initializers and array types must match.
public class ArrayErrors {
    public static void main(String[] args) {
        int[] a = {1, "two", 3}; // expect error: incompatible types: String cannot be converted to int
        String[] s = new int[3]; // expect error: incompatible types: int[] cannot be converted to String[]
        int[][] m = {{1}, 2}; // expect error: incompatible types: int cannot be converted to int[]
        int n = {1}; // expect error: illegal initializer for int
        int[] idx = new int["3"]; // expect error: incompatible types: String cannot be converted to int
        long big = 5;
        int[] sized = new int[big]; // expect error: incompatible types: possible lossy conversion from long to int
        Object[] objs = new int[2]; // expect error: incompatible types: int[] cannot be converted to Object[]
    }
}
