// Assignments between unrelated types.
public class IncompatibleTypes {
    public static void main(String[] args) {
        int x = "s"; // expect error: incompatible types: String cannot be converted to int
        String s = 1; // expect error: incompatible types: int cannot be converted to String
        String c = 'c'; // expect error: incompatible types: char cannot be converted to String
        boolean b = 0; // expect error: incompatible types: int cannot be converted to boolean
        int n = null; // expect error: incompatible types: <null> cannot be converted to int
        Object o = "x";
        String t = o; // expect error: incompatible types: Object cannot be converted to String
        Integer boxed = 1L; // expect error: incompatible types: long cannot be converted to Integer
        int[] arr = new long[2]; // expect error: incompatible types: long[] cannot be converted to int[]
        int one = new int[2]; // expect error: incompatible types: int[] cannot be converted to int
    }
}
